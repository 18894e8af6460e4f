/** The audit trail's part of the staff JSON API (src/core/audit-api.ts), as the console asks it. */
import type { AuditPage, AuditQuery } from '../../src/core/audit-api.js';
import type { StaffApi } from './client.js';

/** The query string of a set of filters (empty ones left out): the same for the page and the spreadsheet. */
export function auditParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

export class AuditApi {
  constructor(private readonly api: StaffApi) {}

  page(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
    const search = auditParams(query).toString();
    return this.api.request<AuditPage>(`/api/staff/audit${search ? `?${search}` : ''}`, signal ? { signal } : {});
  }
}
