/**
 * The exports take the staff inbox's filters too (DESIGN.md: `rating`, `category`, `status`, `q`), on SQLite and
 * PostgreSQL over real HTTP: each file holds exactly the submissions the filter names — checked by id against what
 * the test stored — in every format, and the audit row says a search was made, never what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceFromId } from '../../../src/core/reference.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, startCollector, whatWentWrong, type Running } from '../helpers.js';

describe.each(engines)('export filters by answers and cases on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  const poor = firstImpression({ answers: { overall: 'poor', comments: 'Cold waiting room' } });
  const good = firstImpression({ answers: { overall: 'good', comments: 'Kind nurse' } });
  const billing = whatWentWrong({ answers: { categories: ['billing'], details: 'Charged twice for one visit' } });
  const waiting = whatWentWrong({ answers: { categories: ['wait-time'], details: 'An hour late' } });
  for (const s of [billing, waiting]) s.reference = referenceFromId(s.id as string);

  const ids = async (query: string, format = 'json') => {
    const res = await app.staffFetch(`/api/feedback/export.${format}${query}`);
    expect(res.status, await res.clone().text()).toBe(200);
    if (format === 'json') return ((await res.json()) as { id: string }[]).map((s) => s.id).sort();
    const text = await res.text();
    return [poor, good, billing, waiting]
      .map((s) => s.id as string)
      .filter((id) => text.includes(id))
      .sort();
  };
  const sorted = (...list: Record<string, unknown>[]) => list.map((s) => s.id as string).sort();

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    for (const s of [poor, good, billing, waiting]) await app.collector.store.save(s as { id: string; kind: string });
    await app.collector.store.caseFiles.change(
      waiting.id as string,
      'test setup',
      { status: 'contacted' },
      new Date().toISOString(),
    );
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('holds exactly what each filter names, in every format', async () => {
    for (const format of ['json', 'csv', 'fhir.json']) {
      expect(await ids('?rating=poor', format), format).toEqual(sorted(poor));
      expect(await ids('?category=billing', format), format).toEqual(sorted(billing));
      expect(await ids('?status=contacted', format), format).toEqual(sorted(waiting));
      expect(await ids('?status=new', format), format).toEqual(sorted(billing));
      expect(await ids('?q=charged+twice', format), format).toEqual(sorted(billing));
    }
    const spoken = (billing.reference as string).toLowerCase().replace(/-/g, ' ');
    expect(await ids(`?q=${encodeURIComponent(spoken)}`)).toEqual(sorted(billing));
    // Words match what the patient wrote, never a field name or a survey's id.
    expect(await ids('?q=overall')).toEqual([]);
    expect(await ids('?rating=poor&kind=what-went-wrong')).toEqual([]);
  });

  it.skipIf(engine.skip)(
    'refuses what it cannot use, and writes down that a search was made, not its words',
    async () => {
      expect((await app.staffFetch('/api/feedback/export.csv?status=closed')).status).toBe(400);
      expect((await app.staffFetch('/api/feedback/export.csv?q=ab')).status).toBe(400);
      await ids('?q=charged+twice');
      const events = await app.collector.signIn.audit.list({});
      const exported = events.filter((e) => e.action === 'exported');
      expect(exported.find((e) => e.detail.q !== undefined)?.detail).toMatchObject({ q: 'given', rows: 1 });
      expect(JSON.stringify(exported)).not.toContain('charged');
    },
  );
});
