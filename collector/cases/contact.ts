/**
 * How the patient asked to be contacted, only when they agreed to be (a what-went-wrong form's `answers.contact`):
 * what the case's detail shows, and what makes a case contactable — the promise clock runs on it, and a formal
 * complaint can be acknowledged to the patient only then.
 */
export interface Contact {
  method: string;
  value: string;
  bestTime?: string;
}

export function contactOf(body: Record<string, unknown>): Contact | undefined {
  const answers = body.answers;
  if (!answers || typeof answers !== 'object') return undefined;
  const contact = (answers as Record<string, unknown>).contact as
    { method?: unknown; value?: unknown; consent?: unknown; bestTime?: unknown } | undefined;
  if (!contact || contact.consent !== true || typeof contact.method !== 'string' || contact.method === 'none') {
    return undefined;
  }
  return {
    method: contact.method,
    value: typeof contact.value === 'string' ? contact.value : '',
    ...(typeof contact.bestTime === 'string' && contact.bestTime ? { bestTime: contact.bestTime } : {}),
  };
}

/** A way to reach the patient, with their agreement. */
export const isContactable = (body: Record<string, unknown>): boolean => {
  const contact = contactOf(body);
  return contact !== undefined && contact.value.trim() !== '';
};
