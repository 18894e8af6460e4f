/**
 * The webhooks' admin API refuses honestly (on SQLite and PostgreSQL): who may not (no one signed in, staff, an admin
 * of some practices, a session without its CSRF token), what is wrong (a field named by `path`), what is not there.
 * Every change is in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import type { WebhookEndpointWithSecret } from '../../../src/core/webhooks-api.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, startCollector, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };

describe.each(engines)('the webhooks admin API on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let admin: string;
  let staff: string;
  let northAdmin: string;

  const call = (path: string, as: string | undefined, body?: unknown) =>
    fetch(`${app.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', ...(as ? { Authorization: `Bearer ${as}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      retentionEveryMs: false,
      resultsEveryMs: false,
      webhookOptions: false,
    });
    await app.collector.practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    const tokens = new ApiTokens(app.collector.store.db);
    admin = (await tokens.create(SETUP, 'manager', 'admin')).secret;
    staff = (await tokens.create(SETUP, 'desk', 'staff')).secret;
    northAdmin = (await tokens.create(SETUP, 'north manager', 'admin', ['north'])).secret;
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('is for admins who see every practice, with the CSRF token on a session', async () => {
    expect((await call('/api/staff/webhooks', undefined)).status).toBe(401);
    expect((await call('/api/staff/webhooks', staff)).status).toBe(403);
    expect((await call('/api/staff/webhooks', northAdmin)).status).toBe(403);
    expect((await call('/api/staff/webhooks', staff, { url: 'https://pms.example/' })).status).toBe(403);
    const noCsrf = await app.staffFetch('/api/staff/webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: 'https://pms.example/' }),
    });
    expect(noCsrf.status).toBe(403);
    const withCsrf = await app.staffFetch('/api/staff/webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': app.staff.csrf },
      body: JSON.stringify({ url: 'https://pms.example/', practices: ['north'] }),
    });
    expect(withCsrf.status).toBe(201);
    expect(withCsrf.headers.get('location')).toMatch(/^\/api\/staff\/webhooks\/ep_/);
    const added = (await withCsrf.json()) as WebhookEndpointWithSecret;
    expect(added.secret).toMatch(/^whsec_/);
    expect(added.endpoint).toMatchObject({ practices: ['north'], types: 'every', enabled: true, setBy: 'api' });
    const audit = await app.collector.signIn.audit.list({ target: added.endpoint.id });
    expect(audit.map((e) => e.action)).toEqual(['webhook.added']);
  });

  it.skipIf(engine.skip)('names the field that is wrong, and says 404 for what is not there', async () => {
    const refused = async (body: unknown, path: string, at = '/api/staff/webhooks') => {
      const res = await call(at, admin, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ path, error: expect.stringContaining(path) });
    };
    await refused({}, 'url');
    await refused({ url: 'not an address' }, 'url');
    await refused({ url: 'https://pms.example/', types: ['submission.created', 'patient.called'] }, 'types[1]');
    await refused({ url: 'https://pms.example/', practices: [] }, 'practices');
    await refused({ url: 'https://pms.example/', secret: 'whsec_mine' }, 'secret');
    const { endpoint } = (await (
      await call('/api/staff/webhooks', admin, { url: 'https://pms.example/' })
    ).json()) as WebhookEndpointWithSecret;
    await refused({ enabled: 'no' }, 'enabled', `/api/staff/webhooks/${endpoint.id}`);
    expect((await call('/api/staff/webhooks/ep_nothing', admin, { enabled: false })).status).toBe(404);
    expect((await call('/api/staff/webhooks/ep_nothing/rotate-secret', admin, {})).status).toBe(404);
    expect((await call('/api/staff/webhooks/ep_nothing/messages', admin)).status).toBe(404);
    expect((await call(`/api/staff/webhooks/${endpoint.id}/messages/msg_nothing`, admin)).status).toBe(404);
    expect((await call(`/api/staff/webhooks/${endpoint.id}/messages/msg_nothing/send-again`, admin, {})).status).toBe(
      404,
    );

    const off = await call(`/api/staff/webhooks/${endpoint.id}`, admin, { enabled: false, types: ['case.created'] });
    expect(await off.json()).toMatchObject({
      enabled: false,
      disabledReason: 'turned off by token "manager"',
      types: ['case.created'],
    });
    const on = await call(`/api/staff/webhooks/${endpoint.id}`, admin, { enabled: true, practices: 'every' });
    expect(await on.json()).toMatchObject({ enabled: true, disabledReason: null, practices: 'every' });
    const audit = await app.collector.signIn.audit.list({ target: endpoint.id });
    expect(audit.map((e) => e.action)).toEqual(['webhook.changed', 'webhook.changed', 'webhook.added']);
  });

  it.skipIf(engine.skip)('deletes an endpoint with its waiting messages and their log, audited', async () => {
    const { endpoint } = (await (
      await call('/api/staff/webhooks', admin, { url: 'https://pms.example/gone-soon' })
    ).json()) as WebhookEndpointWithSecret;
    expect((await post(app.url, firstImpression())).status).toBe(201);
    const queued = () =>
      app.collector.store.db
        .selectFrom('webhook_messages')
        .select('id')
        .where('endpoint_id', '=', endpoint.id)
        .execute();
    expect(await queued()).toHaveLength(1);
    expect((await call(`/api/staff/webhooks/${endpoint.id}/delete`, staff, {})).status).toBe(403);
    const deleted = await call(`/api/staff/webhooks/${endpoint.id}/delete`, admin, {});
    expect(await deleted.json()).toEqual({ deleted: endpoint.id });
    expect(await queued()).toEqual([]);
    expect((await call(`/api/staff/webhooks/${endpoint.id}/messages`, admin)).status).toBe(404);
    expect((await call(`/api/staff/webhooks/${endpoint.id}/delete`, admin, {})).status).toBe(404);
    const [audit] = await app.collector.signIn.audit.list({ target: endpoint.id });
    expect(audit).toMatchObject({ action: 'webhook.deleted', detail: { url: 'https://pms.example/gone-soon' } });
  });
});
