/**
 * Misuse (issue 9, stage 6): a submission that looks sent by a program — the hidden honeypot field filled, or sent
 * faster than a person can answer — is stored (201, as usual: never silently dropped), shown to staff as such, left
 * out of the inbox's totals and counts, and exported with a mark. Over real HTTP, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  let inbox = '';

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    for (const s of [patient, honeypot, tooFast]) expect((await post(app.url, s)).status).toBe(201);
    inbox = await (await app.staffFetch(`/staff/`)).text();
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

  it.skipIf(engine.skip)('shows staff each one as looking automated, and why', () => {
    expect(inbox).toContain('Looks automated: a field people never see was filled in. Not counted in results.');
    expect(inbox).toContain('Looks automated: sent faster than a person can answer. Not counted in results.');
    // The patient's row carries no such words: two notes, for the two automated ones.
    expect(inbox.match(/Looks automated: /g)).toHaveLength(2);
    const card = inbox.slice(inbox.indexOf(`id="case-${tooFast.id as string}"`));
    expect(card.slice(0, card.indexOf('</article>'))).toContain('sent faster than a person can answer');
  });

  it.skipIf(engine.skip)('leaves them out of the totals and counts, and counts them apart', () => {
    const counted = (label: string) => new RegExp(`${label}: <strong>(\\d+)</strong>`).exec(inbox)?.[1];
    expect(counted('All submissions')).toBe('1');
    expect(counted('First impressions')).toBe('1');
    expect(counted('What went wrong')).toBe('0');
    expect(counted('Looks automated, not counted')).toBe('2');
    expect(counted('Good')).toBe('1');
    expect(counted('Very poor')).toBe('0');
    expect(inbox).toContain('(0 open)');
  });

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
