// Shared by the delivery tests: a fresh outbox per test, the real scripted endpoint (test/server/endpoint-routes.mjs),
// and submissions shaped as docs/submission-and-delivery.md shows. No fetch is mocked anywhere.
import type { Submission } from '../../../src/core/definition.js';
import { configureDelivery } from '../../../src/delivery/index.js';
import { waitFor } from '../helpers/wait.js';

export { waitFor };

export type Step = number | 'hang' | 'cut' | 'offline' | { status: number; retryAfter?: number | string };

export interface Received {
  body: Submission;
  headers: Record<string, string>;
  step: Step;
  at: number;
}

/** A bucket of its own at the endpoint, so no test sees another's submissions. */
export function newBucket(name: string): string {
  return `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const endpointFor = (bucket: string) => `/test-endpoint/${bucket}`;

export async function script(bucket: string, steps: Step[]): Promise<void> {
  const response = await fetch(`${endpointFor(bucket)}/script`, { method: 'PUT', body: JSON.stringify(steps) });
  if (response.status !== 204) throw new Error(`scripting the endpoint failed: ${response.status}`);
}

export async function storedIds(bucket: string): Promise<string[]> {
  return (await fetch(`${endpointFor(bucket)}/stored`)).json();
}

export async function received(bucket: string): Promise<Received[]> {
  return (await fetch(`${endpointFor(bucket)}/received`)).json();
}

/** A fresh, empty outbox with short timings: each test gets its own database (and so its own lock). */
export function freshOutbox(changes: Parameters<typeof configureDelivery>[0] = {}): string {
  const dbName = newBucket('pf-test-outbox');
  configureDelivery({ dbName, baseDelayMs: 20, maxDelayMs: 200, timeoutMs: 3_000, concurrency: 4, ...changes }, true);
  return dbName;
}

let counter = 0;

export function makeSubmission(overrides: Partial<Submission> = {}): Submission {
  counter += 1;
  return {
    id: crypto.randomUUID(),
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    submittedAt: new Date().toISOString(),
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
    answers: { overall: 'very-good', greeting: 'good', comments: `Lovely staff (${counter})` },
    ...overrides,
  };
}

/** Waits until the endpoint has stored `count` ids. */
export async function waitForStored(bucket: string, count: number, timeoutMs = 8_000): Promise<string[]> {
  let ids: string[] = [];
  await waitFor(async () => (ids = await storedIds(bucket)).length >= count, `${count} stored at ${bucket}`, timeoutMs);
  return ids;
}

/** How many POSTs the endpoint received per submission id. */
export function postsPerId(entries: Received[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.body.id, (counts.get(entry.body.id) ?? 0) + 1);
  return counts;
}

export const sorted = (ids: readonly string[]) => [...ids].sort();
