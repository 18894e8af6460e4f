/**
 * Who may see patients' answers (staff inbox and exports).
 *
 * With a staff password: HTTP Basic auth (any user name, the password compared in constant time) and a limit on
 * failed attempts per address, so the password cannot be guessed at network speed.
 * Without one: only this machine may look. A request that came through a reverse proxy (X-Forwarded-For or
 * Forwarded) is not "this machine" even though its socket is, so a proxy never opens the inbox to the world.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const STAFF_REALM = 'patient-feedback staff';

export type StaffDecision =
  { allowed: true } | { allowed: false; status: 401 | 403 | 429; message: string; retryAfterSeconds?: number };

export interface StaffGateOptions {
  password?: string;
  /** Failed attempts allowed per address within the window before it must wait. */
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

/** What the gate needs to know about a request; the HTTP side fills it in. */
export interface StaffRequest {
  /** The client's address (through a trusted proxy: the address it forwarded for). */
  address: string;
  /** A loopback socket with no sign of a proxy in between. */
  thisComputer: boolean;
  authorization: string | undefined;
}

export type StaffGate = (request: StaffRequest) => StaffDecision;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The password from an `Authorization: Basic …` header, or undefined. */
function basicPassword(header: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

export function createStaffGate(options: StaffGateOptions): StaffGate {
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const now = options.now ?? Date.now;
  const expected = options.password ? digest(options.password) : undefined;
  const failures = new Map<string, { count: number; since: number }>();

  return function checkStaff(req: StaffRequest): StaffDecision {
    if (!expected) {
      return req.thisComputer
        ? { allowed: true }
        : {
            allowed: false,
            status: 403,
            message: 'Staff pages are open only on this computer until STAFF_PASSWORD is set.',
          };
    }
    const address = req.address;
    const record = failures.get(address);
    if (record && now() - record.since > windowMs) failures.delete(address);
    const current = failures.get(address);
    if (current && current.count >= maxFailures) {
      const retryAfterSeconds = Math.ceil((current.since + windowMs - now()) / 1000);
      return { allowed: false, status: 429, message: 'Too many wrong passwords. Try again later.', retryAfterSeconds };
    }
    const given = basicPassword(req.authorization);
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (given !== undefined && timingSafeEqual(digest(given), expected)) {
      failures.delete(address);
      return { allowed: true };
    }
    if (given !== undefined) {
      if (current) current.count += 1;
      else failures.set(address, { count: 1, since: now() });
      // Many addresses guessing must not grow memory without bound: forget expired records.
      if (failures.size > 10_000) {
        for (const [key, value] of failures) if (now() - value.since > windowMs) failures.delete(key);
      }
    }
    return { allowed: false, status: 401, message: 'Staff password required.' };
  };
}
