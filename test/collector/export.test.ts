import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

let app: Running;
const happy = firstImpression();
// A patient (or a prankster) whose words would run as a spreadsheet formula.
const risky = whatWentWrong({
  answers: { details: '=HYPERLINK("http://evil.example","Click")', remedy: 'Café, "quoted", 😀' },
});

beforeAll(async () => {
  app = await startCollector();
  for (const s of [happy, risky]) expect((await post(app.url, s)).status).toBe(201);
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

const today = () => new Date().toISOString().slice(0, 10);

describe('staff exports', () => {
  it('CSV opens cleanly in Excel: BOM, the rows, formulas neutralised, a dated attachment', async () => {
    const res = await app.staffFetch(`/api/feedback/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="patient-feedback-${today()}.csv"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(happy.id as string);
    expect(text).toContain(risky.id as string);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toContain('"Café, ""quoted"", 😀"');
  });

  it('JSON gives back every submission exactly as posted', async () => {
    const res = await app.staffFetch(`/api/feedback/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="patient-feedback-${today()}.json"`);
    const all = (await res.json()) as Record<string, unknown>[];
    expect(all).toEqual([happy, risky]);
  });

  it('FHIR gives a Bundle of QuestionnaireResponses, then the Questionnaires they answer', async () => {
    const res = await app.staffFetch(`/api/feedback/export.fhir.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = await res.json();
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e: { resource: { id: string; resourceType: string } }) => e.resource)).toMatchObject([
      { resourceType: 'QuestionnaireResponse', id: happy.id },
      { resourceType: 'QuestionnaireResponse', id: risky.id },
      { resourceType: 'Questionnaire', url: 'urn:patient-feedback:survey:first-impression', version: '1' },
      { resourceType: 'Questionnaire', url: 'urn:patient-feedback:survey:what-went-wrong', version: '1' },
    ]);
  });

  it('is also reachable under /staff/', async () => {
    const res = await app.staffFetch(`/staff/export.json`);
    expect(res.status).toBe(200);
  });
});

describe('export filters', () => {
  const ids = async (query: string) =>
    ((await (await app.staffFetch(`/api/feedback/export.json?${query}`)).json()) as { id: string }[]).map((s) => s.id);

  it('keeps one kind', async () => {
    expect(await ids('kind=what-went-wrong')).toEqual([risky.id]);
    expect(await ids('kind=first-impression')).toEqual([happy.id]);
  });

  it('keeps the days from and to (inclusive) on when the patient sent it', async () => {
    // Both were sent on 2026-11-22 (in the morning UTC, the same day in any practice's clock from UTC-10 to UTC+13).
    expect(await ids('from=2026-11-22&to=2026-11-22')).toEqual([happy.id, risky.id]);
    expect(await ids('from=2026-11-23')).toEqual([]);
    expect(await ids('to=2026-11-21')).toEqual([]);
    const csv = await (await app.staffFetch(`/api/feedback/export.csv?kind=what-went-wrong&from=2026-11-01`)).text();
    expect(csv).toContain(risky.id as string);
    expect(csv).not.toContain(happy.id as string);
  });

  it('refuses a filter it does not understand instead of exporting everything', async () => {
    for (const query of ['from=22-11-2026', 'to=2026-13-01', 'kind=other']) {
      const res = await app.staffFetch(`/api/feedback/export.csv?${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it('sends the older /staff/ address to the new one, filters kept', async () => {
    const res = await app.staffFetch(`/staff/export.csv?kind=what-went-wrong`, { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/api/feedback/export.csv?kind=what-went-wrong');
  });
});
