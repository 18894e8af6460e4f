/**
 * What staff type to find one patient's submissions — the reference they read out (`rc 7kq2 9f`), the phone number
 * or e-mail address they gave, or words they wrote — made into patterns the store can look for (a first, rough
 * pass in SQL) and a check of each candidate against what the patient actually sent (the answer). Pure.
 *
 * A phone number matches however it was typed: the digits are compared, so `(555) 010-2040` finds `555 010 2040`.
 * Words match inside the patient's own answers only, never inside field names or the survey's ids (searching
 * "first" must not find every first-impression survey). Letters A–Z match in either case.
 */
import { normalizeReference } from '../../src/core/reference-lookup.js';
import { referenceFromId } from '../../src/core/reference.js';
import { likeLiteral } from '../store/erasure.js';

export type MatchedBy = 'reference' | 'id' | 'contact' | 'words';

export interface PatientQuery {
  /** As typed, trimmed. */
  text: string;
  reference?: string | undefined;
  id?: string | undefined;
  email?: string | undefined;
  /** The digits of a phone number (at least six of them). */
  digits?: string | undefined;
  /** Lower case; at least three characters. */
  words?: string | undefined;
}

export const MIN_WORDS = 3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE = /^[+\d\s().-]+$/;

/** What the typed text could be; undefined when it is too short to mean anything. */
export function patientQuery(typed: string): PatientQuery | undefined {
  const text = typed.trim().slice(0, 200);
  const query: PatientQuery = { text };
  query.reference = normalizeReference(text);
  if (UUID.test(text)) query.id = text.toLowerCase();
  if (/^[^\s@]+@[^\s@]+$/.test(text)) query.email = text.toLowerCase();
  const digits = text.replace(/\D/g, '');
  if (PHONE.test(text) && digits.length >= 6) query.digits = digits;
  // A reference, an id or a phone number is looked for as such: also reading it as words would scan twice for it.
  if (text.length >= MIN_WORDS && !query.reference && !query.id && !query.digits) query.words = text.toLowerCase();
  return query.reference || query.id || query.email || query.digits || query.words ? query : undefined;
}

/** Text as JSON writes it inside a string (quotes and backslashes escaped), which is how the body stores it. */
const asStored = (text: string) => JSON.stringify(text).slice(1, -1);

/** LIKE patterns (lower case, `\` escaping) for the store's first pass; wider than the match, never narrower. */
export function searchPatterns(query: PatientQuery): string[] {
  const patterns = new Set<string>();
  if (query.reference) patterns.add(`%${likeLiteral(query.reference.toLowerCase())}%`);
  if (query.id) patterns.add(`%${likeLiteral(query.id)}%`);
  if (query.digits) patterns.add(`%${query.digits.split('').join('%')}%`);
  if (query.words) patterns.add(`%${likeLiteral(asStored(query.words))}%`);
  if (query.email) patterns.add(`%${likeLiteral(asStored(query.email))}%`);
  return [...patterns];
}

/** The strings a patient wrote or gave: free-text answers, the contact's value and best time, lists' entries. */
function patientStrings(answers: unknown): string[] {
  if (!answers || typeof answers !== 'object') return [];
  const out: string[] = [];
  for (const value of Object.values(answers as Record<string, unknown>)) {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === 'string'));
    else if (value && typeof value === 'object') {
      const { value: contact, bestTime } = value as Record<string, unknown>;
      if (typeof contact === 'string') out.push(contact);
      if (typeof bestTime === 'string') out.push(bestTime);
    }
  }
  return out;
}

function contactValue(answers: unknown): string {
  const contact = (answers as Record<string, unknown> | undefined)?.contact;
  const value = contact && typeof contact === 'object' ? (contact as Record<string, unknown>).value : undefined;
  return typeof value === 'string' ? value : '';
}

/** How a stored submission matches the query, the strongest way first; undefined when it does not. */
export function matchedBy(
  submission: { id: string; body: Record<string, unknown> },
  query: PatientQuery,
): MatchedBy | undefined {
  const { body } = submission;
  const reference = typeof body.reference === 'string' && body.reference ? body.reference : undefined;
  if (query.reference && (reference ?? referenceFromId(submission.id)) === query.reference) return 'reference';
  if (query.id && submission.id.toLowerCase() === query.id) return 'id';
  const contact = contactValue(body.answers);
  if (query.email && contact.toLowerCase() === query.email) return 'contact';
  if (query.digits && contact.replace(/\D/g, '').includes(query.digits)) return 'contact';
  if (query.words) {
    const words = query.words;
    if (patientStrings(body.answers).some((s) => s.toLowerCase().includes(words))) return 'words';
  }
  return undefined;
}
