/** The accounts' part of the staff JSON API (src/core/accounts-api.ts), as the console asks it (admins). */
import type {
  AccountChange,
  AccountList,
  AccountSetup,
  NewAccount,
  StaffAccountSummary,
} from '../../src/core/accounts-api.js';
import type { StaffApi } from './client.js';

const one = (id: string, rest = '') => `/api/staff/accounts/${encodeURIComponent(id)}${rest}`;

export class AccountsApi {
  constructor(private readonly api: StaffApi) {}

  list(options: { background?: boolean; signal?: AbortSignal } = {}): Promise<AccountList> {
    return this.api.request<AccountList>('/api/staff/accounts', options);
  }

  /** A new account without a password: its set-up link, shown once. */
  add(account: NewAccount): Promise<AccountSetup> {
    return this.api.request<AccountSetup>('/api/staff/accounts', { method: 'POST', body: account });
  }

  change(id: string, change: AccountChange): Promise<StaffAccountSummary> {
    return this.api.request<StaffAccountSummary>(one(id), { method: 'POST', body: change });
  }

  disable(id: string): Promise<StaffAccountSummary> {
    return this.api.request<StaffAccountSummary>(one(id, '/disable'), { method: 'POST', body: {} });
  }

  enable(id: string): Promise<StaffAccountSummary> {
    return this.api.request<StaffAccountSummary>(one(id, '/enable'), { method: 'POST', body: {} });
  }

  /** A new set-up link: their password stops working and their sessions end. */
  newSetupLink(id: string): Promise<AccountSetup> {
    return this.api.request<AccountSetup>(one(id, '/setup-link'), { method: 'POST', body: {} });
  }

  secondFactorOff(id: string): Promise<StaffAccountSummary> {
    return this.api.request<StaffAccountSummary>(one(id, '/second-factor/off'), { method: 'POST', body: {} });
  }
}
