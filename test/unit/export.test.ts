import { describe, expect, it } from 'vitest';
import type { Submission } from '../../src/core/definition.js';
import { buildSubmission } from '../../src/core/submission.js';
import { toCsv, toJson } from '../../src/export/index.js';
import { parseCsv } from '../fixtures/csv-reader.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const now = new Date('2026-11-22T10:15:00.000Z');
const first = buildSubmission({
  definition: firstImpression,
  answers: { overall: 'very-good', comments: 'Señora Núñez was lovely 😀' },
  lang: 'es',
  channel: 'kiosk',
  practice: 'Smile Dental, Inc.',
  id: '11111111-1111-4111-8111-111111111111',
  now,
});
const recovery = buildSubmission({
  definition: whatWentWrong,
  answers: {
    categories: ['wait-time', 'billing'],
    details: 'He said "wait"\r\nthen left, 歯が痛い, شكرا',
    remedy: '=HYPERLINK("http://evil.example","click")',
    contact: { method: 'email', value: 'ana@example.org', consent: true, bestTime: '-mornings' },
  },
  lang: 'en',
  channel: 'embed',
  relatedTo: first.id,
  id: '22222222-2222-4222-8222-222222222222',
  now,
});

function table(submissions: readonly Submission[]) {
  const csv = toCsv(submissions);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
}

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF, and keeps stable columns', () => {
    const csv = toCsv([first, recovery]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    const header = parseCsv(csv.slice(1))[0];
    expect(header).toEqual([
      'id',
      'kind',
      'survey',
      'version',
      'submittedAt',
      'lang',
      'channel',
      'practice',
      'location',
      'relatedTo',
      'reference',
      'overall',
      'greeting',
      'front-desk',
      'waiting-area',
      'wait',
      'listened',
      'comments',
      'categories',
      'details',
      'remedy',
      'contact_method',
      'contact_value',
      'contact_consent',
      'contact_bestTime',
    ]);
    expect(parseCsv(toCsv([]).slice(1))).toEqual([header]);
  });

  it('writes one row per submission with answers in their columns', () => {
    const [a, b] = table([first, recovery]);
    expect(a).toMatchObject({
      id: first.id,
      kind: 'first-impression',
      practice: 'Smile Dental, Inc.',
      overall: 'very-good',
      reference: '',
      contact_method: '',
    });
    expect(a!.comments).toBe('Señora Núñez was lovely 😀');
    expect(b).toMatchObject({
      relatedTo: first.id,
      reference: recovery.reference,
      categories: 'wait-time; billing',
      contact_method: 'email',
      contact_value: 'ana@example.org',
      contact_consent: 'yes',
    });
  });

  it('quotes commas, quotes and line breaks, and keeps CJK and right-to-left text intact', () => {
    const [, b] = table([first, recovery]);
    expect(b!.details).toBe('He said "wait"\r\nthen left, 歯が痛い, شكرا');
    expect(toCsv([first])).toContain('"Smile Dental, Inc."');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const [, b] = table([first, recovery]);
    expect(b!.remedy).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(b!.contact_bestTime).toBe("'-mornings");
    const tricky = ['+1+1', '@SUM(A1)', '\tcmd', '\r=1+1', 'plain = fine'];
    const rows = table(tricky.map((details, i) => ({ ...recovery, id: `id-${i}`, answers: { details } })));
    expect(rows.map((r) => r.details)).toEqual(["'+1+1", "'@SUM(A1)", "'\tcmd", "'\r=1+1", 'plain = fine']);
  });

  it('adds columns for a custom survey after the built-in ones, sorted, flattening any contact answer', () => {
    const custom: Submission = {
      ...first,
      survey: { id: 'custom', version: '1' },
      answers: { zeta: 'z', alpha: ['x', 'y'], reach: { method: 'none', value: '', consent: false, bestTime: '' } },
    };
    const csv = toCsv([custom]);
    const header = parseCsv(csv.slice(1))[0]!;
    expect(header.slice(-6)).toEqual([
      'alpha',
      'reach_method',
      'reach_value',
      'reach_consent',
      'reach_bestTime',
      'zeta',
    ]);
    expect(table([custom])[0]).toMatchObject({ alpha: 'x; y', reach_method: 'none', reach_consent: 'no', zeta: 'z' });
  });
});

describe('toJson', () => {
  it('round-trips the submissions exactly, pretty-printed', () => {
    const json = toJson([first, recovery]);
    expect(JSON.parse(json)).toEqual([first, recovery]);
    expect(json).toContain('\n  {');
  });
});
