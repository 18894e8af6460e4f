import { describe, expect, it } from 'vitest';
import { isReference, normalizeReference } from '../../src/core/reference-lookup.js';
import { referenceFromId } from '../../src/core/reference.js';
import { newSubmissionId } from '../../src/core/submission.js';

describe('referenceFromId', () => {
  it('is RC-XXXX-XX, pinned: a code printed for a patient must still be found after an upgrade', () => {
    const id = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
    // Worked out outside this code: 0x3e4f5a6b >>> 2, six base-32 digits.
    expect(referenceFromId(id)).toBe('RC-7S7N-MT');
    expect(referenceFromId(id.toUpperCase())).toBe('RC-7S7N-MT');
  });

  it('matches a value worked out by hand', () => {
    // last 8 hex digits ffffffff → 30 bits all ones → "ZZZZZZ"; 00000000 → "000000"; 00000084 → 0x21 → "000011".
    expect(referenceFromId('00000000-0000-4000-8000-0000ffffffff')).toBe('RC-ZZZZ-ZZ');
    expect(referenceFromId('00000000-0000-4000-8000-000000000000')).toBe('RC-0000-00');
    expect(referenceFromId('00000000-0000-4000-8000-000000000084')).toBe('RC-0000-11');
  });

  it('uses only Crockford letters (no I, L, O, U) and spreads across ids', () => {
    const refs = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const ref = referenceFromId(newSubmissionId());
      expect(ref).not.toMatch(/[ILOU]/);
      expect(isReference(ref)).toBe(true);
      refs.add(ref);
    }
    expect(refs.size).toBeGreaterThan(1990);
  });

  it('still gives a stable reference for an id that is not a uuid', () => {
    // FNV-1a of the id, worked out outside this code.
    expect(referenceFromId('legacy-42')).toBe('RC-G310-EV');
    expect(referenceFromId('legacy-43')).toBe('RC-FZ10-BQ');
  });
});

describe('isReference and normalizeReference', () => {
  it('accepts only the printed form', () => {
    expect(isReference('RC-7KQ2-9F')).toBe(true);
    for (const bad of ['rc-7kq2-9f', 'RC-7KQ2-9', 'RC-7KO2-9F', 'RC7KQ29F', 'XX-7KQ2-9F'])
      expect(isReference(bad), bad).toBe(false);
  });

  it('reads what a patient says over the phone into the printed form', () => {
    expect(normalizeReference('rc 7kq2 9f')).toBe('RC-7KQ2-9F');
    expect(normalizeReference('7KQ2-9F')).toBe('RC-7KQ2-9F');
    expect(normalizeReference('RC-OIL2-9F')).toBe('RC-0112-9F');
    expect(normalizeReference('RC-7KQ2')).toBeUndefined();
    expect(normalizeReference('hello!')).toBeUndefined();
  });
});
