/**
 * The short code a patient can quote on the phone ("RC-7KQ2-9F"). Derived from the submission id, so the device,
 * the endpoint and staff all compute the same code without storing or sending anything extra.
 */

/** Crockford base32: no I, L, O or U, so a code read aloud or copied by hand cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 32 bits from the id: its last 8 hex digits (random in a uuid v4), or a FNV-1a hash for any other id. */
function bits(id: string): number {
  const hex = id.toLowerCase().replace(/-/g, '');
  if (/^[0-9a-f]{32}$/.test(hex)) return parseInt(hex.slice(-8), 16);
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `RC-XXXX-XX`: 30 random bits, about a billion codes — plenty for one practice's complaints. */
export function referenceFromId(id: string): string {
  let n = bits(id) >>> 2;
  let code = '';
  for (let i = 0; i < 6; i++) {
    code = ALPHABET[n & 31] + code;
    n >>>= 5;
  }
  return `RC-${code.slice(0, 4)}-${code.slice(4)}`;
}
