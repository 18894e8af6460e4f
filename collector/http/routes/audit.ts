/**
 * The audit trail for admins who see every practice (docs/collector.md; src/core/audit-api.ts is the contract):
 *
 *   GET /api/staff/audit   AuditPage: 100 entries, newest first, filtered (`who`, `action`, `from`, `to`, `tz`) and
 *                          paged by keyset (`before` / `after` an entry's seq) · 400 { error, path } a wrong filter
 *   GET /staff/audit.csv   every entry the same filters match, newest first, as a spreadsheet
 *
 * Looking at the trail is itself written to it, with the filters used. The console's Audit screen is served at
 * /staff/audit (staff-console.ts).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  AUDIT_PAGE_SIZE as PAGE,
  auditDetailText,
  type AuditPage,
  type AuditQuery as Wanted,
} from '../../../src/core/audit-api.js';
import { csvCell } from '../../../src/export/index.js';
import { AuditFilterError, auditFilterOf } from '../../accounts/audit-filter.js';
import type { AuditQuery } from '../../accounts/audit.js';
import { computerZone } from '../../exports/local-time.js';
import { HttpError } from '../errors.js';
import { actorOf, staffOnly, type StaffAccess } from '../staff-session.js';

const CSV_CHUNK = 1000;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const QUERY = {
  type: 'object',
  properties: {
    before: { type: 'integer', minimum: 1 },
    after: { type: 'integer', minimum: 0 },
    who: text(200),
    action: text(100),
    from: text(10),
    to: text(10),
    tz: text(64),
  },
} as const;

function filterOf(wanted: Wanted): AuditQuery {
  try {
    return auditFilterOf(wanted, computerZone());
  } catch (error) {
    if (!(error instanceof AuditFilterError)) throw error;
    throw new HttpError(400, 'audit-filter-invalid', error.message, { path: error.path });
  }
}

/** The filters a person chose, for the trail's own entry about the reading (empty ones left out). */
function chosen(wanted: Wanted): Record<string, string> {
  const { who, action, from, to } = wanted;
  return Object.fromEntries(Object.entries({ who, action, from, to }).filter(([, v]) => v)) as Record<string, string>;
}

export function auditRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  const { audit } = options.access.signIn;
  const groupAdmins = { onRequest: staffOnly(options.access, { page: false, role: 'admin', wholeGroup: true }) };
  // A download link: a browser without a session is led to sign in, as before.
  const download = { onRequest: staffOnly(options.access, { role: 'admin', wholeGroup: true }) };

  /** Whether an entry matching the filters lies beyond `seq` that way. */
  async function beyond(filter: AuditQuery, way: 'before' | 'after', seq: number): Promise<boolean> {
    const { before: _b, after: _a, ...rest } = filter;
    return (await audit.list({ ...rest, [way]: seq, limit: 1 })).length > 0;
  }

  app.get<{ Querystring: Wanted }>(
    '/api/staff/audit',
    { ...groupAdmins, schema: { querystring: QUERY } },
    async (request, reply) => {
      const filter = filterOf(request.query);
      const rows = await audit.list({ ...filter, limit: PAGE + 1 });
      const more = rows.length > PAGE;
      let page: AuditPage;
      if (filter.after !== undefined) {
        // Newest first, the farthest one past the page dropped.
        const entries = more ? rows.slice(1) : rows;
        const last = entries[entries.length - 1];
        page = {
          entries,
          newer: more ? entries[0]!.seq : null,
          older: last && (await beyond(filter, 'before', last.seq)) ? last.seq : null,
        };
      } else {
        const entries = rows.slice(0, PAGE);
        const first = entries[0];
        page = {
          entries,
          older: more ? entries[entries.length - 1]!.seq : null,
          newer: first && filter.before !== undefined && (await beyond(filter, 'after', first.seq)) ? first.seq : null,
        };
      }
      await audit.record(actorOf(request), 'viewed audit trail', null, {
        entries: page.entries.length,
        ...chosen(request.query),
      });
      return reply.header('Cache-Control', 'no-store').send(page);
    },
  );

  app.get<{ Querystring: Wanted }>(
    '/staff/audit.csv',
    { ...download, schema: { querystring: QUERY } },
    async (request, reply) => {
      const { before: _b, after: _a, ...filter } = filterOf(request.query);
      await audit.record(actorOf(request), 'exported audit trail', null, chosen(request.query));
      async function* lines() {
        yield `\uFEFF${['when', 'who', 'action', 'target', 'details', 'address'].join(',')}\r\n`;
        let before: number | undefined;
        for (;;) {
          const events = await audit.list({ ...filter, limit: CSV_CHUNK, ...(before ? { before } : {}) });
          for (const e of events) {
            const cells = [e.at, e.actor, e.action, e.target ?? '', auditDetailText(e.detail), e.address ?? ''];
            yield cells.map(csvCell).join(',') + '\r\n';
          }
          if (events.length < CSV_CHUNK) return;
          before = events[events.length - 1]?.seq;
        }
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="audit-trail-${new Date().toISOString().slice(0, 10)}.csv"`,
        )
        .header('Cache-Control', 'no-store')
        .send(Readable.from(lines()));
    },
  );
  done();
}
