/**
 * How long the collector keeps things, on both engines: an admin chooses the periods through /api/staff/settings
 * (the console's Settings screen; wrong values refused, naming the field, nothing saved), and applying them erases
 * the words of submissions past theirs the same way a patient's request does, and removes audit rows past theirs —
 * while the database itself refuses to remove an audit row that is younger, whoever asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../../collector/accounts/audit.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, startCollector, whatWentWrong, type Running } from '../helpers.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

function saveSettings(app: Running, settings: Record<string, unknown>, csrf = app.staff.csrf) {
  return app.staffFetch('/api/staff/settings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify(settings),
  });
}

describe.each(engines)('retention on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running;
  const old = whatWentWrong({ answers: { categories: ['billing'], details: 'Old complaint words' } });
  const oldSurvey = firstImpression();
  const recent = whatWentWrong({ answers: { categories: ['billing'], details: 'Recent complaint words' } });

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    const { store } = app.collector;
    await store.save(old as { id: string; kind: string }, daysAgo(400).toISOString());
    await store.save(oldSurvey as { id: string; kind: string }, daysAgo(366).toISOString());
    await store.save(recent as { id: string; kind: string }, daysAgo(10).toISOString());
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('keeps everything until a period is chosen; the audit trail six years', async () => {
    expect(await app.collector.retention.settings()).toEqual({ submissionDays: null, auditDays: 2192 });
    expect(await app.collector.retention.apply()).toEqual({ erased: 0, auditRemoved: 0 });
    expect((await app.collector.store.get(String(old.id)))?.erased).toBeUndefined();
    const read = await app.staffFetch('/api/staff/settings');
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(await read.json()).toEqual({ submissionDays: null, auditDays: 2192 });
  });

  it.skipIf(engine.skip)('refuses a wrong period, naming the field, and saves nothing', async () => {
    const refusal = async (res: Response) => ({ status: res.status, ...((await res.json()) as object) });
    expect(await refusal(await saveSettings(app, { submissionDays: 365, auditDays: 30 }))).toMatchObject({
      status: 400,
      path: 'auditDays',
      error: 'auditDays must be a whole number of days from 365 to 36500',
    });
    expect(await refusal(await saveSettings(app, { submissionDays: 7, auditDays: 3000 }))).toMatchObject({
      status: 400,
      path: 'submissionDays',
      error: 'submissionDays must be a whole number of days from 30 to 36500',
    });
    expect(await refusal(await saveSettings(app, { submissionDays: 'soon', auditDays: 3000 }))).toMatchObject({
      status: 400,
      path: 'submissionDays',
    });
    expect(await refusal(await saveSettings(app, { submissionDays: 365, auditDays: 3000.5 }))).toMatchObject({
      status: 400,
      path: 'auditDays',
    });
    expect(await refusal(await saveSettings(app, { submissionDays: 365 }))).toMatchObject({ path: 'auditDays' });
    // A change from a session needs its CSRF token.
    expect((await saveSettings(app, { submissionDays: 365, auditDays: 3000 }, 'forged')).status).toBe(403);
    expect(await app.collector.retention.settings()).toEqual({ submissionDays: null, auditDays: 2192 });
  });

  it.skipIf(engine.skip)(
    'erases the words of what is past its period, audited once per batch; keeps the rest',
    async () => {
      const saved = await saveSettings(app, { submissionDays: 365, auditDays: 3000 });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toEqual({ submissionDays: 365, auditDays: 3000 });
      const changes = await app.collector.signIn.audit.list({ action: 'setting.changed' });
      expect(changes.map((e) => [e.target, e.detail.days])).toEqual([
        ['audit-retention-days', 3000],
        ['submission-retention-days', 365],
      ]);

      expect(await app.collector.retention.apply()).toEqual({ erased: 2, auditRemoved: 0 });
      const erased = await app.collector.store.get(String(old.id));
      expect(erased?.erased?.reason).toBe('retention');
      expect(erased?.body.answers).toEqual({ categories: ['billing'] });
      expect((await app.collector.store.get(String(oldSurvey.id)))?.body.answers).toEqual({
        overall: 'good',
        greeting: 'very-good',
      });
      expect((await app.collector.store.get(String(recent.id)))?.body).toEqual(recent);
      const [batch] = await app.collector.signIn.audit.list({ action: 'retention.erased' });
      expect(batch).toMatchObject({ actor: 'retention (automatic)', detail: { days: 365 } });
      expect([...(batch?.detail.submissions as string[])].sort()).toEqual([old.id, oldSurvey.id].sort());
      // Applying again finds nothing more to do.
      expect(await app.collector.retention.apply()).toEqual({ erased: 0, auditRemoved: 0 });
    },
  );

  it.skipIf(engine.skip)(
    'removes audit rows past their period; the database refuses removing a younger one',
    async () => {
      const { db } = app.collector.store;
      await new AuditTrail(db, () => daysAgo(3100)).record({ name: 'old@smiledental.example' }, 'viewed inbox');
      await new AuditTrail(db, () => daysAgo(2900)).record({ name: 'kept@smiledental.example' }, 'viewed inbox');
      expect(await app.collector.retention.apply()).toEqual({ erased: 0, auditRemoved: 1 });
      const actors = (await app.collector.signIn.audit.list({ limit: 1000 })).map((e) => e.actor);
      expect(actors).not.toContain('old@smiledental.example');
      expect(actors).toContain('kept@smiledental.example');
      const [removed] = await app.collector.signIn.audit.list({ action: 'retention.audit-removed' });
      expect(removed?.detail).toEqual({ rows: 1, days: 3000 });

      // Whoever has the database cannot quietly remove a row still in its period (nor change one).
      await expect(
        db.deleteFrom('audit_events').where('actor', '=', 'kept@smiledental.example').execute(),
      ).rejects.toThrow(/kept for their retention period/);
      await expect(
        db
          .updateTable('audit_events')
          .set({ actor: 'someone else' })
          .where('actor', '=', 'kept@smiledental.example')
          .execute(),
      ).rejects.toThrow(/append-only/);
      // A shorter period, once chosen (and audited), lets the older rows go.
      await app.collector.retention.change({ name: 'test' }, { submissionDays: 365, auditDays: 2800 });
      expect(await app.collector.retention.apply()).toEqual({ erased: 0, auditRemoved: 1 });
    },
  );
});
