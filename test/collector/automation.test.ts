/**
 * Misuse (issue 9, stage 6): a submission that looks sent by a program — the hidden honeypot field filled, or sent
 * faster than a person can answer — is stored (201, as usual: never silently dropped), shown to staff as such, left
 * out of the totals, results and open cases, and exported with a mark. Over real HTTP, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsPage } from '../../src/core/results-api.js';
import type { InboxPage } from '../../src/core/staff-api.js';
import { engines, type TestDatabase } from './engines.js';
import { firstImpression, post, startCollector, whatWentWrong, type Running } from './helpers.js';

const sent = '2026-11-22T10:15:00.000Z';
const minutesBefore = (m: number) => new Date(Date.parse(sent) - m * 60_000).toISOString();

// A patient who took two minutes; a bot that filled the field people never see; one that answered in 0.3 seconds.
const patient = firstImpression({ submittedAt: sent, startedAt: minutesBefore(2), answers: { overall: 'good' } });
const honeypot = firstImpression({
  submittedAt: sent,
  startedAt: minutesBefore(3),
  honeypot: 'https://spam.example',
  answers: { overall: 'very-poor' },
});
const tooFast = whatWentWrong({ submittedAt: sent, startedAt: new Date(Date.parse(sent) - 300).toISOString() });

describe.each(engines)('submissions that look automated, on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running | undefined;
  let inbox: InboxPage = { items: [] };

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    for (const s of [patient, honeypot, tooFast]) expect((await post(app.url, s)).status).toBe(201);
    inbox = (await (await app.staffFetch('/api/staff/inbox')).json()) as InboxPage;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  const url = () => app?.url ?? '';

  it.skipIf(engine.skip)('stores them as usual, and a resend is a repeat, not a new row', async () => {
    const again = await post(url(), honeypot);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await app?.collector.store.count()).toBe(3);
  });

  it.skipIf(engine.skip)('lists each one for staff as looking automated, and why', () => {
    // The console says it in words (test/collector/console/console-cases.test.ts): "Looks automated: …".
    const why = Object.fromEntries(inbox.items.map((i) => [i.id, i.looksAutomated]));
    expect(why).toEqual({
      [String(patient.id)]: undefined,
      [String(honeypot.id)]: 'hidden-field',
      [String(tooFast.id)]: 'too-fast',
    });
  });

  it.skipIf(engine.skip)(
    'leaves them out of the totals, the results and the open cases, and counts them apart',
    async () => {
      const { practices } = (await (await app!.staffFetch('/api/staff/practices')).json()) as {
        practices: { counts: Record<string, number> }[];
      };
      expect(practices[0]?.counts).toMatchObject({
        firstImpressions: 1,
        whatWentWrong: 0,
        openCases: 0,
        looksAutomated: 2,
      });
      const results = (await (await app!.staffFetch('/api/staff/results')).json()) as ResultsPage;
      const counted = (answer: 'good' | 'very-poor') => results.fft.reduce((n, m) => n + m.all.counts[answer], 0);
      expect(counted('good')).toBe(1);
      expect(counted('very-poor')).toBe(0);
      expect(results.recoveryForms).toBe(0);
    },
  );

  it.skipIf(engine.skip)('exports them all, marked: JSON field, spreadsheet column, FHIR extension', async () => {
    const json = (await (await app!.staffFetch(`/api/feedback/export.json`)).json()) as Record<string, unknown>[];
    expect(json).toEqual([
      patient,
      { ...honeypot, looksAutomated: 'hidden-field' },
      { ...tooFast, looksAutomated: 'too-fast' },
    ]);

    const csv = (await (await app!.staffFetch(`/api/feedback/export.csv`)).text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    // The collector's own columns come last: looksAutomated, then erasedAt (empty: nothing here was erased).
    expect(header?.slice(-2)).toEqual(['looksAutomated', 'erasedAt']);
    expect(rows.map((r) => [r[0], r.at(-2)])).toEqual([
      [patient.id, ''],
      [honeypot.id, 'hidden-field'],
      [tooFast.id, 'too-fast'],
    ]);

    const bundle = (await (await app!.staffFetch(`/api/feedback/export.fhir.json`)).json()) as {
      entry: { resource: { resourceType: string; id: string; extension: { url: string; valueCode?: string }[] } }[];
    };
    const responses = bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse');
    const marks = responses.map((e) => [
      e.resource.id,
      e.resource.extension.find((x) => x.url === 'urn:patient-feedback:looks-automated')?.valueCode,
    ]);
    expect(marks).toEqual([
      [patient.id, undefined],
      [honeypot.id, 'hidden-field'],
      [tooFast.id, 'too-fast'],
    ]);
  });
});
