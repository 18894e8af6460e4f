/**
 * The statutory clocks a formal complaint runs on, per nation (issue 13, stage 2): how many working days a practice
 * has to acknowledge it, then to respond. Presets with their sources, every one editable by the practice (a
 * `custom` rule starts from them). Only a case marked a formal complaint runs them; the practice's own promise
 * ("we will call you within one working day") is a clock of its own on every case the patient may be contacted about.
 *
 * Figures checked on 2026-12-06 against the sources named; a practice must check its own contract and the current
 * regulations before relying on them.
 */

import type { ComplaintRuleId, ComplaintStage } from '../../src/core/staff-api.js';

/**
 * A stage's `acknowledgeDays` null: the stage has no acknowledgement of its own; `respondDays` null: no fixed limit
 * (agree one with the patient).
 */
export interface ComplaintRule {
  id: ComplaintRuleId;
  name: string;
  stages: readonly ComplaintStage[];
  /** Where no response limit is set: months after which a late response must be explained (England: 6). */
  explainAfterMonths?: number;
  /** What the rule asks beyond the clocks, in words for the practice manager. */
  note: string;
  /** Where the figures come from. */
  source: string;
}

export const COMPLAINT_RULES: readonly ComplaintRule[] = [
  {
    id: 'england',
    name: 'England (NHS complaints regulations)',
    stages: [{ name: 'Complaint', acknowledgeDays: 3, respondDays: null }],
    explainAfterMonths: 6,
    note:
      'Acknowledge within 3 working days and offer to agree how and when you will respond; there is no fixed limit ' +
      'for the response, but if it is not made within 6 months, explain why to the patient.',
    source:
      'The Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, ' +
      'regulations 13(1) and 14(2).',
  },
  {
    id: 'wales',
    name: 'Wales (Putting Things Right)',
    stages: [{ name: 'Concern', acknowledgeDays: 2, respondDays: 30 }],
    note: 'Acknowledge within 2 working days; respond within 30 working days, or explain the delay.',
    source:
      'The National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011, ' +
      'regulations 15 and 24.',
  },
  {
    id: 'scotland',
    name: 'Scotland (NHS Model Complaints Handling Procedure)',
    stages: [
      { name: 'Stage 1: early resolution', acknowledgeDays: null, respondDays: 5 },
      { name: 'Stage 2: investigation', acknowledgeDays: 3, respondDays: 20 },
    ],
    note: 'Stage 1 within 5 working days (10 with a reason); stage 2 acknowledged within 3, answered within 20.',
    source: 'SPSO, The NHS Model Complaints Handling Procedure (Scotland), 2017.',
  },
  {
    id: 'northern-ireland',
    name: 'Northern Ireland (NIPSO model procedure)',
    stages: [
      { name: 'Stage 1: frontline response', acknowledgeDays: null, respondDays: 5 },
      { name: 'Stage 2: investigation', acknowledgeDays: 3, respondDays: 20 },
    ],
    note:
      'Sources differ: the Ombudsman’s model procedure (stage 1 in 5 working days, up to 10; stage 2 acknowledged ' +
      'in 3 and answered in 20), as HSC trusts now publish it, replaced an older HSC rule. Check which one your ' +
      'contract names, and edit the rule if it differs.',
    source:
      'NI Public Services Ombudsman, Model Complaints Handling Procedure (nipso.org.uk, "Complaints standards for ' +
      'Northern Ireland"); South Eastern HSC Trust, "What happens when you complain" (setrust.hscni.net).',
  },
  {
    id: 'custom',
    name: 'Our own rule',
    stages: [{ name: 'Complaint', acknowledgeDays: 3, respondDays: 20 }],
    note: 'Set by the practice.',
    source: 'The practice.',
  },
];

export const complaintRule = (id: string): ComplaintRule | undefined => COMPLAINT_RULES.find((r) => r.id === id);

/** The rule a practice runs on when it has chosen none. */
export const DEFAULT_RULE = COMPLAINT_RULES[0]!;
