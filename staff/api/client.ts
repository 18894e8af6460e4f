/**
 * The staff JSON API as the console asks it (src/core/staff-api.ts is the contract, one definition for both sides).
 * Every request goes through `request()`, which knows three things the screens should not have to:
 *
 * - A request a person caused (opening a case, Show more, Save) keeps their session alive; one the console makes by
 *   itself (a refresh) is marked `X-Background-Refresh: 1`, so a desk that was left still signs out after 15 minutes.
 *   The session clock (app/session-clock.ts) is told of each person's request, because the server counts it.
 * - A change carries the session's CSRF token (`X-CSRF-Token`).
 * - 401 means the session is over: the console leaves for the sign-in page (`onSignedOut`), saying why.
 */
import type {
  CaseChange,
  CaseDetail,
  ClockSettings,
  ClockSettingsChange,
  InboxPage,
  InboxQuery,
  Me,
  StaffLanguage,
  SubmissionDetail,
} from '../../src/core/staff-api.js';
import type {
  FftMonth,
  HandCounts,
  HandIn,
  OrganisationCode,
  ResultsPage,
  ResultsQuery,
} from '../../src/core/results-api.js';
import type {
  NewTablet,
  OpeningHours,
  OpeningHoursSettings,
  Tablet,
  TabletList,
  TabletSetup,
} from '../../src/core/tablets-api.js';
import { inboxParams } from './inbox-query.js';
import { resultsParams } from './results-query.js';
import type { SurveyPublished, SurveyVersion, SurveyWithDefinition } from './surveys.js';
import type {
  FhirDestinationAdded,
  NewFhirDestination,
  NewWebhookEndpoint,
  WebhookEndpoint,
  WebhookEndpointChange,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
  WebhookMessage,
  WebhookMessageDetail,
  WebhookMessagePage,
} from '../../src/core/webhooks-api.js';

const hook = (id: string, rest = '') => `/api/staff/webhooks/${encodeURIComponent(id)}${rest}`;

/** A refusal in the API's words (`{ error, path? }`), or `status` 0 when the collector could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiHooks {
  /** A person's request reached the server: their session's idle time starts again there. */
  personActed(): void;
  /** The session has ended (401): leave the screen. */
  signedOut(): void;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  background?: boolean;
  signal?: AbortSignal;
}

export class StaffApi {
  /** The session's CSRF token (from `me()`), sent with every change. */
  private csrfToken = '';

  constructor(private readonly hooks: ApiHooks) {}

  async me(): Promise<Me> {
    const me = await this.request<Me>('/api/staff/me');
    this.csrfToken = me.csrfToken ?? '';
    return me;
  }

  inbox(query: InboxQuery, options: { background?: boolean; signal?: AbortSignal } = {}): Promise<InboxPage> {
    const search = inboxParams(query).toString();
    return this.request<InboxPage>(`/api/staff/inbox${search ? `?${search}` : ''}`, options);
  }

  submission(id: string, lang: StaffLanguage, signal?: AbortSignal): Promise<SubmissionDetail> {
    const search = new URLSearchParams({ lang }).toString();
    return this.request<SubmissionDetail>(`/api/staff/submissions/${encodeURIComponent(id)}?${search}`, { signal });
  }

  changeCase(id: string, change: CaseChange): Promise<CaseDetail> {
    return this.request<CaseDetail>(`/api/staff/cases/${encodeURIComponent(id)}`, { method: 'POST', body: change });
  }

  results(query: ResultsQuery, signal?: AbortSignal): Promise<ResultsPage> {
    const search = resultsParams(query).toString();
    return this.request<ResultsPage>(`/api/staff/results${search ? `?${search}` : ''}`, signal ? { signal } : {});
  }

  /** Counts typed in from paper cards, text messages or calls: they replace that method's for the month. */
  handCounts(counts: HandCounts): Promise<FftMonth> {
    return this.request<FftMonth>('/api/staff/results/hand-counts', { method: 'POST', body: counts });
  }

  /** Marks a month handed in: its figures are frozen as they are now (admins). */
  handIn(handIn: HandIn): Promise<FftMonth> {
    return this.request<FftMonth>('/api/staff/results/hand-in', { method: 'POST', body: handIn });
  }

  organisationCode(code: OrganisationCode): Promise<{ odsCode: string | null }> {
    return this.request<{ odsCode: string | null }>('/api/staff/results/organisation-code', {
      method: 'POST',
      body: code,
    });
  }

  /** A practice's promise, complaint rule and holidays. */
  clocks(practiceId: string, signal?: AbortSignal): Promise<ClockSettings> {
    return this.request<ClockSettings>(`/api/staff/practices/${encodeURIComponent(practiceId)}/clocks`, { signal });
  }

  changeClocks(practiceId: string, change: ClockSettingsChange): Promise<ClockSettings> {
    return this.request<ClockSettings>(`/api/staff/practices/${encodeURIComponent(practiceId)}/clocks`, {
      method: 'POST',
      body: change,
    });
  }

  /** The survey versions the person's practices use: the built-in ones first, then the practices' own. */
  async surveys(signal?: AbortSignal): Promise<SurveyVersion[]> {
    return (await this.request<{ surveys: SurveyVersion[] }>('/api/staff/surveys', { signal })).surveys;
  }

  survey(id: string, version: string, signal?: AbortSignal): Promise<SurveyWithDefinition> {
    const path = `${encodeURIComponent(id)}/${encodeURIComponent(version)}`;
    return this.request<SurveyWithDefinition>(`/api/staff/surveys/${path}`, { signal });
  }

  /** Publishes a definition (admins); `practice` null: for every practice (admins of the whole group). */
  publishSurvey(definition: unknown, practice: string | null): Promise<SurveyPublished> {
    const search = practice === null ? '' : `?${new URLSearchParams({ practice }).toString()}`;
    return this.request<SurveyPublished>(`/api/staff/surveys${search}`, { method: 'POST', body: definition });
  }

  /** The tablets of the practices the person sees, with their health; `background`: a refresh of the list. */
  tablets(options: { background?: boolean; signal?: AbortSignal } = {}): Promise<TabletList> {
    return this.request<TabletList>('/api/staff/tablets', options);
  }

  /** A new tablet (admins): its setup link and QR code, shown once. */
  addTablet(tablet: NewTablet): Promise<TabletSetup> {
    return this.request<TabletSetup>('/api/staff/tablets', { method: 'POST', body: tablet });
  }

  retireTablet(id: string): Promise<Tablet> {
    return this.request<Tablet>(`/api/staff/tablets/${encodeURIComponent(id)}/retire`, { method: 'POST', body: {} });
  }

  openingHours(practiceId: string, signal?: AbortSignal): Promise<OpeningHoursSettings> {
    const path = `/api/staff/practices/${encodeURIComponent(practiceId)}/opening-hours`;
    return this.request<OpeningHoursSettings>(path, signal ? { signal } : {});
  }

  changeOpeningHours(practiceId: string, openingHours: OpeningHours): Promise<OpeningHoursSettings> {
    return this.request<OpeningHoursSettings>(`/api/staff/practices/${encodeURIComponent(practiceId)}/opening-hours`, {
      method: 'POST',
      body: { openingHours },
    });
  }

  /** Webhook endpoints and FHIR destinations (admins who see every practice). */
  async webhooks(signal?: AbortSignal): Promise<WebhookEndpoint[]> {
    return (await this.request<WebhookEndpointList>('/api/staff/webhooks', { signal })).endpoints;
  }

  addWebhook(
    endpoint: NewWebhookEndpoint | NewFhirDestination,
  ): Promise<WebhookEndpointWithSecret | FhirDestinationAdded> {
    return this.request('/api/staff/webhooks', { method: 'POST', body: endpoint });
  }

  changeWebhook(id: string, change: WebhookEndpointChange): Promise<WebhookEndpoint> {
    return this.request(hook(id), { method: 'POST', body: change });
  }

  rotateSecret(id: string): Promise<WebhookEndpointWithSecret> {
    return this.request(hook(id, '/rotate-secret'), { method: 'POST', body: {} });
  }

  deleteWebhook(id: string): Promise<{ deleted: string }> {
    return this.request(hook(id, '/delete'), { method: 'POST', body: {} });
  }

  webhookMessages(id: string, before?: string, signal?: AbortSignal): Promise<WebhookMessagePage> {
    const search = before ? `?${new URLSearchParams({ before }).toString()}` : '';
    return this.request(hook(id, `/messages${search}`), { signal });
  }

  webhookMessage(id: string, message: string): Promise<WebhookMessageDetail> {
    return this.request(hook(id, `/messages/${encodeURIComponent(message)}`));
  }

  sendAgain(id: string, message: string): Promise<WebhookMessage> {
    return this.request(hook(id, `/messages/${encodeURIComponent(message)}/send-again`), { method: 'POST', body: {} });
  }

  /** Any staff API call, with the session's rules above (the rooms' own clients, such as api/alerts.ts, use it). */
  async request<T>(url: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.background) headers['X-Background-Refresh'] = '1';
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.method === 'POST' || options.method === 'DELETE') headers['X-CSRF-Token'] = this.csrfToken;
    let response: Response;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, 'offline');
    }
    if (response.status === 401) {
      this.hooks.signedOut();
      throw new ApiError(401, 'signed-out');
    }
    if (!options.background) this.hooks.personActed();
    const body = (await response.json().catch(() => undefined)) as unknown;
    if (!response.ok) {
      const refusal = (body ?? {}) as { error?: unknown; path?: unknown };
      const message = typeof refusal.error === 'string' ? refusal.error : `${response.status}`;
      throw new ApiError(response.status, message, typeof refusal.path === 'string' ? refusal.path : undefined);
    }
    return body as T;
  }
}
