import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../collector/canonical-hash.js';

describe('the fingerprint of a submission', () => {
  it('ignores key order and whitespace', () => {
    const a = JSON.parse('{"id":"a","answers":{"overall":"good","comments":"Kind staff"}}') as unknown;
    const b = JSON.parse('{ "answers": { "comments": "Kind staff", "overall": "good" }, "id": "a" }') as unknown;
    expect(canonicalHash(a)).toBe(canonicalHash(b));
  });

  it('differs when a "__proto__" key differs (it was dropped, so a changed resend looked like a repeat)', () => {
    const first = JSON.parse('{"id":"a","__proto__":{"x":1}}') as unknown;
    const second = JSON.parse('{"id":"a","__proto__":{"x":2}}') as unknown;
    const without = JSON.parse('{"id":"a"}') as unknown;
    expect(canonicalHash(first)).not.toBe(canonicalHash(second));
    expect(canonicalHash(first)).not.toBe(canonicalHash(without));
    expect(canonicalHash(JSON.parse('{"answers":{"__proto__":"a"}}'))).not.toBe(
      canonicalHash(JSON.parse('{"answers":{"__proto__":"b"}}')),
    );
  });

  it('differs for any changed value, however deep', () => {
    const base = { id: 'a', answers: { categories: ['wait-time', 'billing'], contact: { value: '555-0142' } } };
    const variants = [
      { ...base, id: 'b' },
      { ...base, answers: { ...base.answers, categories: ['billing', 'wait-time'] } },
      { ...base, answers: { ...base.answers, contact: { value: '555-0143' } } },
      { ...base, answers: { ...base.answers, contact: { value: 5550142 } } },
      { ...base, extra: null },
    ];
    const hashes = new Set([base, ...variants].map(canonicalHash));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('is unchanged for submissions without such a key, so stored fingerprints still recognise repeats', () => {
    // Computed with the fingerprint as it was before the "__proto__" fix; rows stored then carry it.
    const sample = {
      id: 'a1',
      kind: 'first-impression',
      answers: { '10': 'x', '2': 'y', b: [3, { z: 1, a: null }], a: 'ñ 😀 مرحبا' },
      n: 1.5,
    };
    expect(canonicalHash(sample)).toBe('7b53da535508d0336714ce86867615d17264139652c49d1369b8ea8e137e7f3d');
  });
});
