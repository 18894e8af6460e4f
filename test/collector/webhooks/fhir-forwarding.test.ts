/**
 * Forwarding submissions to a practice's FHIR server, over real HTTP, on SQLite and PostgreSQL. The server
 * (fhir-server.ts) checks every resource with the official FHIR R4 JSON schema and honours conditional create; its
 * token endpoint verifies SMART Backend Services client assertions with node:crypto. A submission arrives as one
 * valid QuestionnaireResponse; a server that fails, or loses its answer, still ends with one; a restart with a
 * message waiting sends it once; bearer and SMART credentials (RSA and EC keys); a refused token is replaced; a
 * refused resource fails at once with the server's words. The schedule is shortened to milliseconds.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  FhirDestinationAdded,
  WebhookEndpointList,
  WebhookMessageDetail,
  WebhookMessagePage,
} from '../../../src/core/webhooks-api.js';
import type { CollectorOptions } from '../../../collector/http/server.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, startCollector, whatWentWrong, type Running, until } from '../helpers.js';
import { schemaErrors } from '../../unit/fhir-conformance.js';
import { startFhirServer, type FhirServer } from './fhir-server.js';

// A generous timeout: the server validates each resource, slowly on a busy machine, and no test here needs one to pass.
const FAST = { schedule: [150, 150, 150, 150], timeoutMs: 5000, pollMs: 100, random: () => 0.5, stopGraceMs: 300 };
const TOKEN = 'practice-ehr-token-7f3a';
const IDENTIFIER = 'urn:ietf:rfc:3986';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }) as string;

// The schema validator compiles the whole FHIR schema on first use: longer than the shortened timeout.
beforeAll(() => void schemaErrors({ resourceType: 'QuestionnaireResponse', status: 'completed' }));

describe.each(engines)('forwarding to a FHIR server on $name', (engine) => {
  let database: TestDatabase;
  let app: Running | undefined;
  let fhir: FhirServer;

  async function start(options: Partial<CollectorOptions> = {}) {
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      retentionEveryMs: false,
      resultsEveryMs: false,
      webhookOptions: FAST,
      ...options,
    });
    return app;
  }

  const api = (path: string, body?: unknown) =>
    app!.staffFetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': app!.staff.csrf },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  async function json<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
    const answer = await res;
    expect(answer.status, await answer.clone().text()).toBe(status);
    return (await answer.json()) as T;
  }
  const addDestination = (credentials: Record<string, unknown> = { type: 'bearer', token: TOKEN }, more = {}) =>
    json<FhirDestinationAdded>(api('/api/staff/webhooks', { kind: 'fhir', url: fhir.base, credentials, ...more }), 201);
  const messages = (endpoint: string) =>
    json<WebhookMessagePage>(api(`/api/staff/webhooks/${endpoint}/messages`)).then((p) => p.messages);
  const detail = (endpoint: string, id: string) =>
    json<WebhookMessageDetail>(api(`/api/staff/webhooks/${endpoint}/messages/${id}`));
  /** The one message of an endpoint, once it is no longer pending. */
  async function settled(endpoint: string): Promise<WebhookMessageDetail> {
    let found: WebhookMessageDetail | undefined;
    await until(async () => {
      const [message] = await messages(endpoint);
      found = message && (await detail(endpoint, message.id));
      return found !== undefined && found.message.status !== 'pending';
    }, 'the message settled');
    return found!;
  }
  const resourcesOf = (id: unknown) =>
    fhir.resources.filter((r) => (r.identifier as { value: string }).value === `urn:uuid:${id as string}`);

  beforeEach(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    fhir = await startFhirServer();
    fhir.bearerTokens.push(TOKEN);
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await fhir?.close();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    "sends a patient's submission as one valid QuestionnaireResponse, a conditional create with the token",
    async () => {
      await start();
      const { endpoint } = await addDestination();
      expect(endpoint).toMatchObject({ kind: 'fhir', types: ['submission.created'], url: fhir.base });
      // Another practice's records system hears nothing of this practice's patients.
      const north = await addDestination({ type: 'bearer', token: TOKEN }, { practices: ['north'] });
      const submission = whatWentWrong({ location: 'front-desk' });
      expect((await post(app!.url, submission)).status).toBe(201);
      await fhir.waitFor(1);
      const { message, attempts } = await settled(endpoint.id);
      expect(message).toMatchObject({ status: 'delivered', type: 'submission.created', lastStatusCode: 201 });
      expect(attempts.map((a) => a.statusCode)).toEqual([201]);

      // Only submission.created goes to a FHIR server: the case it opened is not sent.
      await new Promise((r) => setTimeout(r, 300));
      expect(fhir.received).toHaveLength(1);
      const [received] = fhir.received;
      expect(received!.headers).toMatchObject({
        'content-type': 'application/fhir+json',
        accept: 'application/fhir+json',
        'if-none-exist': `identifier=${IDENTIFIER}|urn:uuid:${submission.id as string}`,
        authorization: `Bearer ${TOKEN}`,
      });
      const [resource] = resourcesOf(submission.id);
      expect(fhir.resources).toHaveLength(1);
      expect(resource).toMatchObject({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'urn:patient-feedback:survey:what-went-wrong|1',
        authored: submission.submittedAt,
      });
      // The EHR holds the patient's words; the collector's delivery log does not.
      expect(received!.body).toContain('nobody told me why');
      expect(JSON.stringify(await detail(endpoint.id, message.id))).not.toMatch(/nobody told me|555-0142/);
      expect(await messages(north.endpoint.id)).toEqual([]);
    },
  );

  it.skipIf(engine.skip)(
    'a server that fails, or makes the resource and loses its answer, still ends with exactly one',
    async () => {
      await start();
      const { endpoint } = await addDestination({ type: 'bearer', token: TOKEN }, { practices: ['default'] });
      fhir.answers.push(500, 'created-then-500');
      const submission = firstImpression();
      expect((await post(app!.url, submission)).status).toBe(201);
      await fhir.waitFor(3);
      const { message, attempts } = await settled(endpoint.id);
      // The third attempt found the resource the second made (conditional create): 200, nothing new.
      expect(attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
      expect(message).toMatchObject({ status: 'delivered', attempts: 3 });
      expect(resourcesOf(submission.id)).toHaveLength(1);
      expect(fhir.resources).toHaveLength(1);
    },
  );

  it.skipIf(engine.skip)('loses nothing across a restart: a message queued goes out after it, once', async () => {
    await start({ webhookOptions: false });
    const { endpoint } = await addDestination();
    const submissions = [firstImpression(), firstImpression()];
    for (const s of submissions) expect((await post(app!.url, s)).status).toBe(201);
    expect((await messages(endpoint.id)).map((m) => m.status)).toEqual(['pending', 'pending']);
    await app!.stop();

    await start();
    await fhir.waitFor(2);
    await until(async () => (await messages(endpoint.id)).every((m) => m.status === 'delivered'), 'delivered');
    await new Promise((r) => setTimeout(r, 400));
    expect(fhir.received).toHaveLength(2);
    for (const s of submissions) expect(resourcesOf(s.id)).toHaveLength(1);
  });

  it.skipIf(engine.skip)(
    'SMART Backend Services: an RS384 assertion for a token, kept for the next; a refused token is replaced',
    async () => {
      fhir.smartClients.push({
        clientId: 'smile-dental-feedback',
        keyId: 'feedback-2026',
        publicKey: rsa.publicKey,
        scope: 'system/QuestionnaireResponse.write',
      });
      await start();
      const { endpoint } = await addDestination({
        type: 'smart',
        clientId: 'smile-dental-feedback',
        tokenUrl: fhir.tokenUrl,
        privateKey: pem(rsa.privateKey),
        keyId: 'feedback-2026',
      });
      expect(endpoint.credentials).toMatchObject({ type: 'smart', algorithm: 'RS384', privateKeySet: true });
      for (let i = 0; i < 2; i += 1) expect((await post(app!.url, firstImpression())).status).toBe(201);
      await fhir.waitFor(2);
      await until(async () => (await messages(endpoint.id)).every((m) => m.status === 'delivered'), 'delivered');
      // One token for both: the second submission used the one kept.
      expect(fhir.tokenRequests.map((t) => t.outcome)).toEqual(['issued']);
      const [request] = fhir.tokenRequests;
      expect(request!.header).toEqual({ alg: 'RS384', kid: 'feedback-2026', typ: 'JWT' });
      expect(request!.claims).toMatchObject({
        iss: 'smile-dental-feedback',
        sub: 'smile-dental-feedback',
        aud: fhir.tokenUrl,
      });

      // The FHIR server forgets its tokens: the next submission's first attempt is refused, the second has a new one.
      fhir.revokeTokens();
      const third = firstImpression();
      expect((await post(app!.url, third)).status).toBe(201);
      await fhir.waitFor(4);
      await until(async () => (await messages(endpoint.id)).every((m) => m.status === 'delivered'), 'delivered');
      const [latest] = await messages(endpoint.id);
      const { attempts } = await detail(endpoint.id, latest!.id);
      expect(attempts.map((a) => [a.statusCode, a.error])).toEqual([
        [401, 'the access token was refused: a fresh one is asked for'],
        [201, null],
      ]);
      expect(fhir.tokenRequests.map((t) => t.outcome)).toEqual(['issued', 'issued']);
      expect(resourcesOf(third.id)).toHaveLength(1);
      // Never shown again: the private key.
      expect(JSON.stringify(await json(api('/api/staff/webhooks')))).not.toMatch(/PRIVATE KEY|"d":/);
    },
  );

  it.skipIf(engine.skip)('three messages waiting after a restart go out with one token between them', async () => {
    fhir.smartClients.push({
      clientId: 'feedback',
      keyId: 'k1',
      publicKey: rsa.publicKey,
      scope: 'system/QuestionnaireResponse.write',
    });
    await start({ webhookOptions: false });
    const { endpoint } = await addDestination({
      type: 'smart',
      clientId: 'feedback',
      tokenUrl: fhir.tokenUrl,
      privateKey: pem(rsa.privateKey),
      keyId: 'k1',
    });
    for (let i = 0; i < 3; i += 1) expect((await post(app!.url, firstImpression())).status).toBe(201);
    await app!.stop();
    await start();
    await fhir.waitFor(3);
    await until(async () => (await messages(endpoint.id)).every((m) => m.status === 'delivered'), 'delivered');
    expect(fhir.tokenRequests.map((t) => t.outcome)).toEqual(['issued']);
    expect(fhir.resources).toHaveLength(3);
  });

  it.skipIf(engine.skip)('SMART with an EC P-384 key given as a JWK signs ES384 the server verifies', async () => {
    const jwk = { ...ec.privateKey.export({ format: 'jwk' }), kid: 'ec-key-1' };
    fhir.smartClients.push({
      clientId: 'north-clinic',
      keyId: 'ec-key-1',
      publicKey: ec.publicKey,
      scope: 'system/QuestionnaireResponse.c',
    });
    await start();
    const { endpoint } = await addDestination({
      type: 'smart',
      clientId: 'north-clinic',
      tokenUrl: fhir.tokenUrl,
      privateKey: jwk,
      scope: 'system/QuestionnaireResponse.c',
    });
    expect(endpoint.credentials).toMatchObject({ algorithm: 'ES384', keyId: 'ec-key-1' });
    expect((await post(app!.url, firstImpression())).status).toBe(201);
    await fhir.waitFor(1);
    expect((await settled(endpoint.id)).message.status).toBe('delivered');
    expect(fhir.tokenRequests.map((t) => [t.outcome, t.header.alg])).toEqual([['issued', 'ES384']]);
  });

  it.skipIf(engine.skip)('a token URL that refuses the client: tried again on the schedule, then failed', async () => {
    // No client registered: every assertion is refused.
    await start();
    const { endpoint } = await addDestination({
      type: 'smart',
      clientId: 'unknown',
      tokenUrl: fhir.tokenUrl,
      privateKey: pem(rsa.privateKey),
    });
    expect((await post(app!.url, firstImpression())).status).toBe(201);
    const { message, attempts } = await settled(endpoint.id);
    expect(message.status).toBe('failed');
    expect(attempts).toHaveLength(5);
    expect(attempts[0]).toMatchObject({
      statusCode: null,
      error: 'no access token: the token URL answered 400 (invalid_client)',
    });
    expect(fhir.received).toHaveLength(0);
  });

  it.skipIf(engine.skip)(
    'a resource the server refuses fails at once, with its words; a duplicate identifier too (412)',
    async () => {
      await start();
      const { endpoint } = await addDestination();
      fhir.answers.push({ status: 422, outcome: 'QuestionnaireResponse.questionnaire: unknown Questionnaire' });
      expect((await post(app!.url, firstImpression())).status).toBe(201);
      const { message, attempts } = await settled(endpoint.id);
      expect(message).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 422 });
      expect(attempts[0]!.error).toBe(
        'the FHIR server refused the resource: QuestionnaireResponse.questionnaire: unknown Questionnaire',
      );

      // "Send again" after the practice fixed its server: the same message, delivered.
      await json(api(`/api/staff/webhooks/${endpoint.id}/messages/${message.id}/send-again`, {}), 202);
      await until(async () => (await detail(endpoint.id, message.id)).message.status === 'delivered', 'delivered');
      expect(fhir.resources).toHaveLength(1);

      const twice = firstImpression();
      const identifier = { system: IDENTIFIER, value: `urn:uuid:${twice.id as string}` };
      fhir.resources.push({ id: 'a', identifier }, { id: 'b', identifier });
      expect((await post(app!.url, twice)).status).toBe(201);
      await until(async () => (await messages(endpoint.id)).every((m) => m.status !== 'pending'), 'settled');
      const [latest] = await messages(endpoint.id);
      expect(latest).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 412 });
      expect(latest!.lastError).toMatch(/^the FHIR server found more than one resource with its identifier/);
    },
  );

  it.skipIf(engine.skip)('the API keeps credentials to itself and says what is wrong', async () => {
    await start({ webhookOptions: false });
    const { endpoint } = await addDestination();
    const { endpoints } = await json<WebhookEndpointList>(api('/api/staff/webhooks'));
    expect(endpoints[0]!.credentials).toEqual({ type: 'bearer', tokenSet: true });
    expect(JSON.stringify(endpoints)).not.toContain(TOKEN);

    const refusals: [unknown, string][] = [
      [{ kind: 'fhir', url: fhir.base }, 'credentials'],
      [{ kind: 'fhir', url: `${fhir.base}?x=1`, credentials: { type: 'bearer', token: 'x' } }, 'url'],
      [{ kind: 'fhir', url: fhir.base, credentials: { type: 'bearer', token: 'has space' } }, 'credentials.token'],
      [{ kind: 'fhir', url: fhir.base, credentials: { type: 'basic' } }, 'credentials.type'],
      [{ kind: 'fhir', url: fhir.base, types: ['case.created'], credentials: { type: 'bearer', token: 'x' } }, 'types'],
      [
        {
          kind: 'fhir',
          url: fhir.base,
          credentials: { type: 'smart', clientId: 'c', tokenUrl: fhir.tokenUrl, privateKey: 'not a key' },
        },
        'credentials.privateKey',
      ],
      [
        {
          kind: 'fhir',
          url: fhir.base,
          credentials: {
            type: 'smart',
            clientId: 'c',
            tokenUrl: fhir.tokenUrl,
            privateKey: pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey),
          },
        },
        'credentials.privateKey',
      ],
    ];
    for (const [body, path] of refusals) {
      const refused = await api('/api/staff/webhooks', body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(((await refused.json()) as { path: string }).path).toBe(path);
    }
    const rotate = await api(`/api/staff/webhooks/${endpoint.id}/rotate-secret`, {});
    expect(rotate.status).toBe(409);
    expect(((await rotate.json()) as { error: string }).error).toMatch(/signs nothing: change its credentials/);
    const typed = await api(`/api/staff/webhooks/${endpoint.id}`, { types: ['case.created'] });
    expect(typed.status).toBe(400);

    const changed = await json<{ credentials: unknown }>(
      api(`/api/staff/webhooks/${endpoint.id}`, { credentials: { type: 'bearer', token: 'a-new-token' } }),
    );
    expect(changed.credentials).toEqual({ type: 'bearer', tokenSet: true });
    const audit = await app!.collector.signIn.audit.list({ target: endpoint.id });
    expect(audit.map((a) => [a.action, a.detail])).toEqual(
      expect.arrayContaining([
        ['webhook.added', { url: fhir.base, kind: 'fhir' }],
        ['webhook.changed', { fields: ['credentials'] }],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('a-new-token');
  });
});
