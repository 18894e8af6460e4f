/**
 * Which sheets a spreadsheet export has, and what each must know before its first row is written: a sheet per
 * survey version its submissions name — the built-in ones and the practice's own, in the registry's order — and one
 * "Other surveys" sheet, last, for versions the collector does not know. The export reads its rows once to learn
 * this (`see` each), then once per sheet to write it (xlsx-writer.ts).
 */
import type { AnswerValue, ContactAnswer, Submission, SurveyDefinition } from '../../src/core/definition.js';
import type { FindSurvey } from '../../src/core/submission-check.js';
import { surveyOf } from '../surveys/staff-words.js';

/**
 * Answer ids a sheet gives a column of their own beyond its survey's questions (answers its version does not ask;
 * on the other surveys' sheet, every id). Past it, the rest share one column: a flood of made-up ids must not make
 * a sheet wider than Excel opens (16,384 columns) nor the first read hold every id it meets.
 */
export const MAX_EXTRA_COLUMNS = 200;

export interface SheetPlan {
  /** undefined: the sheet of survey versions the collector does not know. */
  readonly definition: SurveyDefinition | undefined;
  /** The kinds its rows are of: with one, each read for the sheet asks the store for that kind only. */
  readonly kinds: Set<string>;
  /** The time zones of the practices its rows belong to. */
  readonly zones: Set<string>;
  /** Answer ids its survey does not have, in the order met (at most MAX_EXTRA_COLUMNS). */
  readonly extraIds: Set<string>;
  /** Those answered with a contact (`{ method, value, consent, bestTime }`): four columns each. */
  readonly contactIds: Set<string>;
  /** More ids than MAX_EXTRA_COLUMNS were met: the rest of each row's answers go in one last column. */
  overflow: boolean;
}

export const isContact = (v: AnswerValue | undefined): v is ContactAnswer =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const keyOf = (d: SurveyDefinition | undefined) => (d ? `${d.id}\u0000${d.version}` : '');

export class SheetPlanner {
  private readonly plans = new Map<string, { plan: SheetPlan; asked: ReadonlySet<string> }>();

  constructor(private readonly find: FindSurvey) {}

  /** The key of the sheet a submission goes on (the same for every read). */
  sheetOf(s: Submission): string {
    return keyOf(surveyOf(this.find, s));
  }

  keyOf(plan: SheetPlan): string {
    return keyOf(plan.definition);
  }

  see(s: Submission, zone: string): void {
    const definition = surveyOf(this.find, s);
    const key = keyOf(definition);
    let found = this.plans.get(key);
    if (!found) {
      const sets = { kinds: new Set<string>(), zones: new Set<string>(), extraIds: new Set<string>() };
      found = {
        plan: { definition, ...sets, contactIds: new Set(), overflow: false },
        asked: new Set(definition?.questions.map((q) => q.id)),
      };
      this.plans.set(key, found);
    }
    const { plan, asked } = found;
    plan.kinds.add(s.kind);
    plan.zones.add(zone);
    for (const [id, value] of Object.entries(s.answers ?? {})) {
      if (asked.has(id)) continue;
      if (!plan.extraIds.has(id)) {
        if (plan.extraIds.size >= MAX_EXTRA_COLUMNS) {
          plan.overflow = true;
          continue;
        }
        plan.extraIds.add(id);
      }
      if (isContact(value)) plan.contactIds.add(id);
    }
  }

  /** The sheets, in the order of `surveys` (the registry's: the built-in surveys first), other surveys last. */
  sheets(surveys: readonly SurveyDefinition[]): SheetPlan[] {
    const order = new Map(surveys.map((d, i) => [keyOf(d), i]));
    const rank = (key: string) => (key === '' ? Infinity : (order.get(key) ?? surveys.length));
    return [...this.plans.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, found]) => found.plan);
  }
}
