/**
 * The waiting-room tablets of the group (migration 018): set up (a device token, shown once), retired (the token
 * stops working at once), listed with their health, and their reports recorded. Also each practice's opening hours,
 * which say when a silent tablet is a problem. Every change by staff is written to the audit trail; a tablet's
 * token is kept only as a SHA-256 hash (accounts/secrets.ts), like an API token.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { OpeningHours, OpeningHoursSettings, Tablet, TabletReport } from '../../src/core/tablets-api.js';
import { AuditTrail, type Actor } from '../accounts/audit.js';
import { looksLikeDeviceToken, newDeviceToken, sha256 } from '../accounts/secrets.js';
import type { Database, TabletsTable } from '../store/schema.js';
import { checkOpeningHours, isOpen, storedOpeningHours } from './opening-hours.js';
import { tabletHealth } from './tablet-status.js';

/** Whose a valid device token is: the tablet, its practice and location. */
export interface KnownTablet {
  id: string;
  practiceId: string;
  location: string;
}

export type TokenCheck = { ok: true; tablet: KnownTablet } | { ok: false; reason: 'retired' | 'unknown' };

const flag = (value: number | null): boolean | null => (value === null ? null : Number(value) === 1);
const bit = (value: boolean | null | undefined): number | null =>
  value === null || value === undefined ? null : value ? 1 : 0;

/** A row as the contract says it, its health judged at `now` with its practice open or not. */
export function toTablet(row: Selectable<TabletsTable>, now: number, practiceOpen: boolean): Tablet {
  const facts = {
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    lastSeenAt: row.last_seen_at,
    waiting: row.waiting === null ? null : Number(row.waiting),
    undeliverable: row.undeliverable === null ? null : Number(row.undeliverable),
    storagePersisted: flag(row.storage_persisted),
    batteryLevel: row.battery_level === null ? null : Number(row.battery_level),
    batteryCharging: flag(row.battery_charging),
  };
  return {
    id: row.id,
    practiceId: row.practice_id,
    location: row.location,
    name: row.name,
    createdBy: row.created_by,
    retiredBy: row.retired_by,
    appVersion: row.app_version,
    ...facts,
    ...tabletHealth(facts, now, practiceOpen),
  };
}

export class Tablets {
  private readonly audit: AuditTrail;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.audit = new AuditTrail(db, now);
  }

  /** A new tablet of a practice that exists (the caller checked): its token is in the answer and nowhere else. */
  async add(
    actor: Actor,
    input: { practiceId: string; location: string; name: string },
  ): Promise<{ tablet: Tablet; token: string }> {
    const { secret, hash } = newDeviceToken();
    const id = randomUUID();
    const at = this.now().toISOString();
    await this.db
      .insertInto('tablets')
      .values({
        id,
        practice_id: input.practiceId,
        location: input.location,
        name: input.name,
        token_hash: hash,
        created_at: at,
        created_by: actor.name,
      })
      .execute();
    await this.audit.record(actor, 'tablet.added', id, {
      practice: input.practiceId,
      location: input.location,
      name: input.name,
    });
    const tablet = await this.find(id);
    return { tablet: tablet!, token: secret };
  }

  /** Retires a tablet (its token stops working); undefined when there is no such tablet, as it was when retired. */
  async retire(actor: Actor, id: string): Promise<Tablet | undefined> {
    const at = this.now().toISOString();
    const changed = await this.db
      .updateTable('tablets')
      .set({ retired_at: at, retired_by: actor.name })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 1) {
      await this.audit.record(actor, 'tablet.retired', id, {});
    }
    return this.find(id);
  }

  async find(id: string): Promise<Tablet | undefined> {
    return (await this.list(undefined, id))[0];
  }

  /** Tablets of these practices (undefined: every one): in use first, then by practice and name. */
  async list(practices?: readonly string[], id?: string): Promise<Tablet[]> {
    if (practices?.length === 0) return [];
    let query = this.db
      .selectFrom('tablets')
      .innerJoin('practices', 'practices.id', 'tablets.practice_id')
      .selectAll('tablets')
      .select(['practices.time_zone', 'practices.opening_hours']);
    if (practices) query = query.where('tablets.practice_id', 'in', practices);
    if (id !== undefined) query = query.where('tablets.id', '=', id);
    const rows = await query.orderBy('tablets.practice_id').orderBy('tablets.name').orderBy('tablets.id').execute();
    const now = this.now().getTime();
    return rows
      .map(({ time_zone, opening_hours, ...row }) =>
        toTablet(row, now, isOpen(storedOpeningHours(opening_hours), time_zone, now)),
      )
      .sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null));
  }

  /** Whose a Bearer token is; a retired tablet's token is refused as retired, so its staff know why. */
  async verify(token: string): Promise<TokenCheck> {
    if (!looksLikeDeviceToken(token)) return { ok: false, reason: 'unknown' };
    const row = await this.db
      .selectFrom('tablets')
      .select(['id', 'practice_id', 'location', 'retired_at'])
      .where('token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.retired_at !== null) return { ok: false, reason: 'retired' };
    return { ok: true, tablet: { id: row.id, practiceId: row.practice_id, location: row.location } };
  }

  /** A tablet's health report: its last-seen time is now. */
  async recordReport(id: string, report: Required<TabletReport>): Promise<void> {
    await this.db
      .updateTable('tablets')
      .set({
        last_seen_at: this.now().toISOString(),
        app_version: report.appVersion,
        waiting: report.waiting,
        undeliverable: report.undeliverable,
        storage_persisted: bit(report.storagePersisted),
        battery_level: report.batteryLevel,
        battery_charging: bit(report.batteryCharging),
      })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .execute();
  }

  /** A practice's opening hours (the default until an admin sets them); undefined for no such practice. */
  async openingHours(practiceId: string): Promise<OpeningHoursSettings | undefined> {
    const row = await this.db
      .selectFrom('practices')
      .select(['id', 'time_zone', 'opening_hours'])
      .where('id', '=', practiceId)
      .executeTakeFirst();
    return row
      ? {
          practiceId: row.id,
          timeZone: row.time_zone,
          openingHours: storedOpeningHours(row.opening_hours),
          set: row.opening_hours !== null,
        }
      : undefined;
  }

  /** Sets a practice's opening hours (checked: an OpeningHoursError names the wrong field), audited. */
  async setOpeningHours(actor: Actor, practiceId: string, input: unknown): Promise<OpeningHoursSettings | undefined> {
    const hours: OpeningHours = checkOpeningHours(input);
    const changed = await this.db
      .updateTable('practices')
      .set({ opening_hours: JSON.stringify(hours), updated_at: this.now().toISOString() })
      .where('id', '=', practiceId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) return undefined;
    await this.audit.record(actor, 'practice.opening-hours', practiceId, {
      days: Object.entries(hours).map(([day, periods]) => `${day} ${periods.map((p) => p.join('–')).join(', ')}`),
    });
    return this.openingHours(practiceId);
  }
}
