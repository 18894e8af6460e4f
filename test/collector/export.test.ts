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

  it('FHIR gives a Bundle of QuestionnaireResponses', async () => {
    const res = await app.staffFetch(`/api/feedback/export.fhir.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = await res.json();
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e: { resource: { id: string } }) => e.resource.id)).toEqual([happy.id, risky.id]);
    expect(bundle.entry[0].resource.resourceType).toBe('QuestionnaireResponse');
  });

  it('is also reachable under /staff/', async () => {
    const res = await app.staffFetch(`/staff/export.json`);
    expect(res.status).toBe(200);
  });
});
