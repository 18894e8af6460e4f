/** The alerts' part of the staff JSON API (src/core/alerts-api.ts), as the console asks it. */
import type {
  AlertChange,
  AlertDetail,
  AlertPage,
  AlertRule,
  AlertRuleInput,
  AlertSettings,
  DigestSettings,
} from '../../src/core/alerts-api.js';
import type { StaffApi } from './client.js';

export type AlertView = 'active' | 'closed';

export class AlertsApi {
  constructor(private readonly api: StaffApi) {}

  list(view: AlertView, before?: string, signal?: AbortSignal): Promise<AlertPage> {
    const search = new URLSearchParams({ status: view, ...(before ? { before } : {}) });
    return this.api.request<AlertPage>(`/api/staff/alerts?${search.toString()}`, signal ? { signal } : {});
  }

  detail(id: string, signal?: AbortSignal): Promise<AlertDetail> {
    return this.api.request<AlertDetail>(`/api/staff/alerts/${encodeURIComponent(id)}`, signal ? { signal } : {});
  }

  change(id: string, change: AlertChange): Promise<AlertDetail> {
    return this.api.request<AlertDetail>(`/api/staff/alerts/${encodeURIComponent(id)}`, {
      method: 'POST',
      body: change,
    });
  }

  settings(signal?: AbortSignal): Promise<AlertSettings> {
    return this.api.request<AlertSettings>('/api/staff/alert-rules', signal ? { signal } : {});
  }

  addRule(rule: AlertRuleInput): Promise<AlertRule> {
    return this.api.request<AlertRule>('/api/staff/alert-rules', { method: 'POST', body: rule });
  }

  changeRule(id: string, change: AlertRuleInput): Promise<AlertRule> {
    return this.api.request<AlertRule>(`/api/staff/alert-rules/${encodeURIComponent(id)}`, {
      method: 'POST',
      body: change,
    });
  }

  removeRule(id: string): Promise<{ outcome: string }> {
    return this.api.request(`/api/staff/alert-rules/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  setDigest(practiceId: string, digest: Partial<DigestSettings>): Promise<DigestSettings> {
    return this.api.request<DigestSettings>(`/api/staff/practices/${encodeURIComponent(practiceId)}/digest`, {
      method: 'POST',
      body: digest,
    });
  }
}
