/**
 * A fingerprint of a submission that ignores key order and whitespace, so a device that re-serialises the same
 * submission on retry is recognised as a repeat, while any changed answer is not.
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    // No prototype, so a "__proto__" key (JSON.parse makes it an ordinary field) is kept like any other: on a
    // plain {} the assignment would set the prototype instead, and two different bodies would look the same.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) sorted[key] = canonical((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

export function canonicalHash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}
