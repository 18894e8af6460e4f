/**
 * Staff passwords are kept only as scrypt hashes (node:crypto), salted per password, in a self-describing text:
 *
 *   $scrypt$ln=17,r=8,p=1$<salt, base64>$<hash, base64>
 *
 * The cost travels with the hash, so raising it later leaves old hashes readable: `needsRehash` says when a
 * successful sign-in should store a fresh hash at today's cost.
 *
 * Cost: N = 2^17, r = 8, p = 1 (128 MiB, the OWASP minimum for scrypt) — about 0.4 s per hash on this project's
 * 2-core machine. Sign-ins are rare; a guesser pays that for every guess. At most two hashes run at once, so a burst
 * of sign-ins cannot take all of libuv's threads (the database and files share them) or gigabytes of memory.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N, the CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}

export const CURRENT_COST: ScryptCost = { ln: 17, r: 8, p: 1 };

const SALT_BYTES = 16;
const HASH_BYTES = 32;
const MAX_RUNNING = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.ln;
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 128 * N * cost.r * 2 };
  return inTurn(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(password.normalize('NFC'), salt, HASH_BYTES, options, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

function format(cost: ScryptCost, salt: Buffer, hash: Buffer): string {
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface Parsed {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

const STORED = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

function parse(stored: string): Parsed | undefined {
  const match = STORED.exec(stored);
  if (!match) return undefined;
  const [, ln, r, p, salt, hash] = match;
  const cost = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (cost.ln < 1 || cost.ln > 24 || cost.r < 1 || cost.p < 1) return undefined;
  return { cost, salt: Buffer.from(salt ?? '', 'base64'), hash: Buffer.from(hash ?? '', 'base64') };
}

/** A new hash of `password` at `cost` (today's unless a test asks for a cheaper one). */
export async function hashPassword(password: string, cost: ScryptCost = CURRENT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return format(cost, salt, await derive(password, salt, cost));
}

/** Whether `password` matches `stored`; false for a stored text that is not one of our hashes. Constant-time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.hash.length !== HASH_BYTES) return false;
  const given = await derive(password, parsed.salt, parsed.cost);
  return timingSafeEqual(given, parsed.hash);
}

/** Whether a hash that just verified was made at less than today's cost. */
export function needsRehash(stored: string, cost: ScryptCost = CURRENT_COST): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.cost.ln < cost.ln || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}

/**
 * A hash of no one's password, for signing in as an email that has no account: checking against it takes as long
 * as a real check, so the answer's timing does not tell a guesser which addresses have accounts.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64'));
  return decoy;
}
