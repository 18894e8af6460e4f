/**
 * The pure parts of forwarding to a FHIR server: what each answer means, the words kept from an OperationOutcome,
 * the resource sent (the export's mapping, without `id`, with the identifier its conditional create searches), the
 * credentials an admin may give, and the SMART client assertion — verified here with node:crypto's public key.
 */
import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialsInput, shownCredentials, thumbprint } from '../../../collector/webhooks/fhir-credentials.js';
import { fhirVerdict, outcomeWords } from '../../../collector/webhooks/fhir-forwarding.js';
import { forwardedResource } from '../../../collector/webhooks/fhir-resource.js';
import { clientAssertion } from '../../../collector/webhooks/smart-token.js';
import { WebhookInputError } from '../../../collector/webhooks/endpoint-rules.js';
import { BUILT_IN_SURVEYS } from '../../../collector/surveys/known-surveys.js';
import type { Submission } from '../../../src/core/definition.js';
import { toFhirBundle } from '../../../src/export/fhir-bundle.js';
import { schemaErrors } from '../../unit/fhir-conformance.js';
import { whatWentWrong } from '../helpers.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const pem = (key: typeof rsa.privateKey) => key.export({ format: 'pem', type: 'pkcs8' }) as string;
const smart = (privateKey: unknown, more = {}) =>
  credentialsInput({
    type: 'smart',
    clientId: 'feedback',
    tokenUrl: 'https://ehr.example/auth/token',
    privateKey,
    ...more,
  });

function pathOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof WebhookInputError) return error.path;
    throw error;
  }
  return undefined;
}

describe("a FHIR server's answer", () => {
  it.each([
    [201, false, null, 'delivered'],
    [200, false, null, 'delivered'],
    [400, true, null, 'refused'],
    [422, false, 500, 'refused'],
    [412, false, null, 'refused'],
    [401, true, null, 'retry-now'],
    [401, true, 500, 'retry-now'],
    [401, true, 401, 'retry'],
    [401, false, null, 'retry'],
    [403, true, null, 'retry'],
    [410, false, null, 'retry'],
    [429, false, null, 'retry'],
    [500, true, null, 'retry'],
    [null, true, null, 'retry'],
  ] as const)('%s (SMART %s, last %s) → %s', (code, isSmart, last, verdict) => {
    expect(fhirVerdict(code, isSmart, last)).toBe(verdict);
  });

  it("keeps an OperationOutcome's words, shortened, and nothing from an answer that is not one", () => {
    const outcome = {
      resourceType: 'OperationOutcome',
      issue: [{ diagnostics: 'first problem' }, { details: { text: 'second problem' } }, { code: 'x' }],
    };
    expect(outcomeWords(JSON.stringify(outcome))).toBe('first problem; second problem');
    expect(outcomeWords('<html>Bad gateway</html>')).toBe('');
    expect(outcomeWords(undefined)).toBe('');
    const long = outcomeWords(JSON.stringify({ issue: [{ diagnostics: 'x'.repeat(1000) }] }));
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the resource forwarded', () => {
  const submission = whatWentWrong() as unknown as Submission;

  it("is the export's QuestionnaireResponse without its id, valid, searched for by its identifier", () => {
    const { body, ifNoneExist } = forwardedResource(
      { body: submission as unknown as Record<string, unknown>, automation: 'too-fast' },
      BUILT_IN_SURVEYS,
    );
    const resource = JSON.parse(body) as Record<string, unknown>;
    const exported = toFhirBundle([submission]).entry[0]!.resource as unknown as Record<string, unknown>;
    const { id, extension, ...same } = exported;
    expect(id).toBe(submission.id);
    expect(resource).not.toHaveProperty('id');
    expect(resource).toMatchObject(same);
    expect(resource.extension).toEqual([
      ...(extension as unknown[]),
      { url: 'urn:patient-feedback:looks-automated', valueCode: 'too-fast' },
    ]);
    expect(ifNoneExist).toBe(`identifier=urn:ietf:rfc:3986|urn:uuid:${submission.id}`);
    expect(schemaErrors(resource)).toEqual([]);
  });
});

describe("a FHIR destination's credentials", () => {
  it('reads an RSA key as PEM (RS384) and an EC P-384 key as a JWK (ES384), kept as PKCS #8', () => {
    const fromPem = smart(pem(rsa.privateKey), { keyId: 'k1' });
    expect(fromPem).toMatchObject({ type: 'smart', algorithm: 'RS384', keyId: 'k1' });
    const jwk = ec.privateKey.export({ format: 'jwk' });
    const fromJwk = smart(JSON.stringify(jwk));
    expect(fromJwk).toMatchObject({ algorithm: 'ES384', keyId: thumbprint(ec.privateKey) });
    expect(smart({ ...jwk, kid: 'from-the-jwk' })).toMatchObject({ keyId: 'from-the-jwk' });
    if (fromJwk.type !== 'smart') throw new Error('smart');
    expect(fromJwk.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(fromJwk.scope).toBe('system/QuestionnaireResponse.write');
  });

  it('shows the public key and whether the secret parts are set, never them', () => {
    const shown = shownCredentials(JSON.stringify(smart(pem(ec.privateKey), { keyId: 'k2' })));
    expect(shown).toMatchObject({ type: 'smart', privateKeySet: true, keyId: 'k2', algorithm: 'ES384' });
    expect(shown && 'publicKey' in shown && shown.publicKey).toMatchObject({ kty: 'EC', crv: 'P-384', kid: 'k2' });
    expect(JSON.stringify(shown)).not.toMatch(/"d"|PRIVATE/);
    expect(shownCredentials(JSON.stringify({ type: 'bearer', token: 'secret-token' }))).toEqual({
      type: 'bearer',
      tokenSet: true,
    });
  });

  it('refuses keys SMART does not name, and says which field is wrong', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;
    for (const key of [pem(small), pem(p256), pem(ed), 'garbage', '{"kty":"RSA"}', 42]) {
      expect(pathOf(() => smart(key))).toBe('credentials.privateKey');
    }
    expect(pathOf(() => smart(pem(rsa.privateKey), { tokenUrl: 'ftp://x' }))).toBe('credentials.tokenUrl');
    expect(pathOf(() => smart(pem(rsa.privateKey), { clientId: '' }))).toBe('credentials.clientId');
    expect(pathOf(() => smart(pem(rsa.privateKey), { secret: 'x' }))).toBe('credentials.secret');
    expect(pathOf(() => credentialsInput({ type: 'bearer', token: 'two words' }))).toBe('credentials.token');
  });
});

describe('the SMART client assertion', () => {
  it.each([
    ['RS384', rsa],
    ['ES384', ec],
  ] as const)('is a %s JWT the public key verifies, for the token URL, short-lived', (alg, pair) => {
    const credentials = smart(pem(pair.privateKey), { keyId: 'k' });
    if (credentials.type !== 'smart') throw new Error('smart');
    const now = new Date('2026-12-06T10:00:00Z');
    const jwt = clientAssertion(credentials, now, 'jti-1');
    const [header, claims, signature] = jwt.split('.');
    const part = (p: string | undefined) => JSON.parse(Buffer.from(p!, 'base64url').toString()) as unknown;
    expect(part(header)).toEqual({ alg, kid: 'k', typ: 'JWT' });
    const seconds = now.getTime() / 1000;
    expect(part(claims)).toEqual({
      iss: 'feedback',
      sub: 'feedback',
      aud: 'https://ehr.example/auth/token',
      exp: seconds + 240,
      iat: seconds,
      jti: 'jti-1',
    });
    const key = { key: pair.publicKey, dsaEncoding: 'ieee-p1363' as const };
    const signed = Buffer.from(`${header}.${claims}`);
    expect(verify('sha384', signed, key, Buffer.from(signature!, 'base64url'))).toBe(true);
    expect(verify('sha384', Buffer.from(`${header}.${claims}x`), key, Buffer.from(signature!, 'base64url'))).toBe(
      false,
    );
    // Without one given, each assertion has a fresh jti (a server refuses one it has seen).
    const fresh = [1, 2].map(() => part(clientAssertion(credentials, now).split('.')[1]) as { jti: string });
    expect(fresh[0]!.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh[0]!.jti).not.toBe(fresh[1]!.jti);
  });
});
