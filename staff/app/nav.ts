/**
 * The console's navigation, built from who is signed in (Me): what everyone needs every day first, then what admins
 * look after. A screen not built yet in this stage is either a page the server already has (a plain link, loaded
 * as a page) or a console screen that says what it will do — never a dead link. Pages for the whole deployment
 * (audit trail, settings, practices, who is signed in) are offered only to admins who see every practice, as the
 * server allows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Me } from '../../src/core/staff-api.js';
import type { StaffStrings } from '../i18n/index.js';
import { pathOf, type ScreenName } from './router.js';

export interface NavItem {
  label: string;
  href: string;
  /** The console screen it opens (for aria-current); none for a page of the server. */
  screen?: ScreenName;
}

export interface NavGroup {
  /** Named when there is more than one group: "Administration". */
  label?: string;
  items: NavItem[];
}

export function navGroups(me: Me, t: StaffStrings, exportQuery: URLSearchParams): NavGroup[] {
  const daily: NavItem[] = [
    { label: t.navInbox, href: pathOf('inbox'), screen: 'inbox' },
    { label: t.navCases, href: pathOf('cases'), screen: 'cases' },
    // Everyone: front-office staff acknowledge and close alerts; admins set their rules there too.
    { label: t.navAlerts, href: pathOf('alerts'), screen: 'alerts' },
    { label: t.navResults, href: pathOf('results'), screen: 'results' },
    { label: t.navExports, href: pathOf('exports', exportQuery), screen: 'exports' },
  ];
  if (me.role !== 'admin') return [{ items: daily }];
  const wholeGroup = me.everyPractice;
  const admin: NavItem[] = [
    { label: t.navSurveys, href: pathOf('surveys'), screen: 'surveys' },
    { label: t.navTablets, href: pathOf('tablets'), screen: 'tablets' },
    ...(wholeGroup ? [{ label: t.navWebhooks, href: pathOf('webhooks'), screen: 'webhooks' as const }] : []),
    { label: t.navAccounts, href: pathOf('accounts'), screen: 'accounts' },
    { label: t.navClocks, href: pathOf('clocks'), screen: 'clocks' },
    ...(wholeGroup
      ? [
          { label: t.navAudit, href: pathOf('audit'), screen: 'audit' as const },
          { label: t.navSettings, href: pathOf('settings'), screen: 'settings' as const },
          { label: t.navPractices, href: pathOf('practices'), screen: 'practices' as const },
        ]
      : []),
    { label: t.navPatientData, href: '/staff/patient-data' },
  ];
  return [{ items: daily }, { label: t.navAdmin, items: admin }];
}

/** The lists of links; the current screen is marked for assistive technology, and drawn apart in words' weight. */
export function navLists(groups: NavGroup[], current: ScreenName): TemplateResult {
  return html`${groups.map(
    (group, i) =>
      html`${group.label ? html`<p class="group" id=${`nav-group-${i}`}>${group.label}</p>` : nothing}
        <ul aria-labelledby=${group.label ? `nav-group-${i}` : nothing}>
          ${group.items.map(
            (item) =>
              html`<li>
                <a href=${item.href} aria-current=${item.screen === current ? 'page' : 'false'}>${item.label}</a>
              </li>`,
          )}
        </ul>`,
  )}`;
}
