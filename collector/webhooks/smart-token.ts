/**
 * SMART Backend Services (HL7 SMART App Launch, "Backend Services"; client-confidential-asymmetric authentication):
 * the collector signs a client assertion — a JWT with header `alg` (RS384 or ES384), `kid`, `typ: JWT` and claims
 * `iss` = `sub` = the client id, `aud` = the token URL, `exp` at most five minutes ahead, a fresh `jti` — with
 * node:crypto, and trades it at the token URL (`grant_type=client_credentials`, `client_assertion_type=
 * urn:ietf:params:oauth:client-assertion-type:jwt-bearer`, the scope) for an access token. The token is kept in
 * memory until a minute before its `expires_in`, per destination and credentials (a change of credentials asks
 * again), and forgotten when the FHIR server refuses it. Attempts that need one at the same moment (the sender runs
 * several at once) share one request.
 */
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { reason } from './delivery.js';
import type { StoredCredentials } from './fhir-credentials.js';

type Smart = Extract<StoredCredentials, { type: 'smart' }>;

/** The assertion's lifetime: under the spec's five minutes, so a clock a little ahead is still believed. */
const ASSERTION_SECONDS = 240;
/** A token is not used in its last minute (or, for a short one, its last half). */
const MARGIN_SECONDS = 60;
/** What the spec recommends when a server leaves `expires_in` out. */
const DEFAULT_EXPIRES_IN = 300;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function clientAssertion(credentials: Smart, now: Date, jti: string = randomUUID()): string {
  const header = { alg: credentials.algorithm, kid: credentials.keyId, typ: 'JWT' };
  const seconds = Math.floor(now.getTime() / 1000);
  const claims = {
    iss: credentials.clientId,
    sub: credentials.clientId,
    aud: credentials.tokenUrl,
    exp: seconds + ASSERTION_SECONDS,
    iat: seconds,
    jti,
  };
  const signed = `${base64url(header)}.${base64url(claims)}`;
  const key = createPrivateKey(credentials.privateKey);
  // JWS wants an ECDSA signature as r‖s (IEEE P1363), not node's default DER.
  const signature = sign('sha384', Buffer.from(signed), { key, dsaEncoding: 'ieee-p1363' });
  return `${signed}.${signature.toString('base64url')}`;
}

/** The token URL did not give a token: why, in words for the delivery log (the server's error code, never the key). */
export class TokenRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRefusal';
  }
}

interface Kept {
  credentials: string;
  token: string;
  /** Epoch ms after which it is not used. */
  until: number;
}

export class SmartTokens {
  private readonly kept = new Map<string, Kept>();
  /** Requests under way, per destination and credentials. */
  private readonly asking = new Map<string, Promise<string>>();
  /** Tokens asked for (for the tests and the log's honesty: a cached token costs no request). */
  asked = 0;

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly timeoutMs = 15_000,
  ) {}

  /** An access token for this destination: the one kept, or a new one from its token URL. */
  async token(endpointId: string, credentials: Smart, stopping: AbortSignal): Promise<string> {
    const key = JSON.stringify(credentials);
    const kept = this.kept.get(endpointId);
    if (kept && kept.credentials === key && kept.until > this.now().getTime()) return kept.token;
    const asked = `${endpointId}\u0000${key}`;
    let pending = this.asking.get(asked);
    if (!pending) {
      pending = this.ask(credentials, stopping)
        .then(({ token, expiresIn }) => {
          const margin = Math.min(MARGIN_SECONDS, expiresIn / 2);
          const until = this.now().getTime() + (expiresIn - margin) * 1000;
          this.kept.set(endpointId, { credentials: key, token, until });
          return token;
        })
        .finally(() => this.asking.delete(asked));
      this.asking.set(asked, pending);
    }
    return pending;
  }

  /** The FHIR server refused the token: the next attempt asks for a fresh one. */
  forget(endpointId: string): void {
    this.kept.delete(endpointId);
  }

  private async ask(credentials: Smart, stopping: AbortSignal): Promise<{ token: string; expiresIn: number }> {
    this.asked += 1;
    const form = new URLSearchParams({
      scope: credentials.scope,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: clientAssertion(credentials, this.now()),
    });
    let response: Response;
    try {
      response = await fetch(credentials.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), stopping]),
      });
    } catch (error) {
      throw new TokenRefusal(`no access token: the token URL: ${reason(error, this.timeoutMs)}`);
    }
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const token = answer.access_token;
    if (response.status !== 200 || typeof token !== 'string' || token === '') {
      const code = typeof answer.error === 'string' ? ` (${answer.error.slice(0, 100)})` : '';
      throw new TokenRefusal(`no access token: the token URL answered ${response.status}${code}`);
    }
    const expiresIn = Number(answer.expires_in);
    return { token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN };
  }
}
