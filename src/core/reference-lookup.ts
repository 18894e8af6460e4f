/**
 * Finding a submission by the reference a patient quotes (staff inbox, collector): what staff type is made comparable.
 * Kept apart from reference.ts so the embedded elements, which only make codes, do not carry it.
 */

/** `RC-` then four and two Crockford base32 characters (no I, L, O or U). */
const PATTERN = /^RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

export function isReference(s: string): boolean {
  return PATTERN.test(s);
}

/**
 * What staff type into a search box, made comparable: case, spaces and the letters Crockford reads as digits
 * (`O`→0, `I`/`L`→1). Returns undefined when it still is not a reference.
 */
export function normalizeReference(s: string): string | undefined {
  const raw = s.trim().toUpperCase();
  const t = raw.replace(/[\s-]/g, '');
  // "RC 7KQ2" is a prefix and a half code, not the code "RC7KQ2": a separator after RC marks the prefix.
  const prefixed = /^RC[\s-]/.test(raw) || (t.length === 8 && t.startsWith('RC'));
  const body = (prefixed ? t.slice(2) : t).replace(/O/g, '0').replace(/[IL]/g, '1');
  const ref = `RC-${body.slice(0, 4)}-${body.slice(4)}`;
  return body.length === 6 && isReference(ref) ? ref : undefined;
}
