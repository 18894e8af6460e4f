/**
 * Which screen a route shows, with what it is given, and the name the page title and the screen's heading share.
 * Every screen renders its `<h1>` at once (before its data arrives), so focus can move to it after a move.
 */
import { html, type TemplateResult } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import type { StaffStrings } from '../i18n/index.js';
import { sessionsStrings } from '../i18n/sessions.js';
import type { Route } from './router.js';

export interface ScreenContext {
  api: StaffApi;
  me: Me;
  lang: StaffLanguage;
}

export function screenTitle(route: Route, t: StaffStrings, lang: StaffLanguage = 'en'): string {
  switch (route.screen) {
    case 'inbox':
      return t.inboxTitle;
    case 'cases':
      return t.casesTitle;
    case 'submission':
      return t.submissionTitle;
    case 'exports':
      return t.exportsTitle;
    case 'accounts':
      return t.navAccounts;
    case 'clocks':
      return t.navClocks;
    case 'results':
      return t.resultsTitle;
    case 'surveys':
      return t.navSurveys;
    case 'webhooks':
      return t.navWebhooks;
    case 'tablets':
      return t.navTablets;
    case 'alerts':
      return t.navAlerts;
    case 'audit':
      return t.navAudit;
    case 'settings':
      return t.navSettings;
    case 'sessions':
      return sessionsStrings(lang).title;
    case 'practices':
      return t.navPractices;
    case 'not-found':
      return t.notFoundTitle;
  }
}

export function screenTemplate(route: Route, { api, me, lang }: ScreenContext): TemplateResult {
  switch (route.screen) {
    case 'inbox':
      return html`<pf-staff-inbox .api=${api} .me=${me} .lang=${lang} .query=${route.query}></pf-staff-inbox>`;
    case 'cases':
      return html`<pf-staff-cases .api=${api} .me=${me} .lang=${lang}></pf-staff-cases>`;
    case 'submission':
      return html`<pf-staff-submission
        .api=${api}
        .me=${me}
        .lang=${lang}
        .submissionId=${route.id}
      ></pf-staff-submission>`;
    case 'exports':
      return html`<pf-staff-exports .me=${me} .lang=${lang} .query=${route.query}></pf-staff-exports>`;
    case 'results':
      return html`<pf-staff-results .api=${api} .me=${me} .lang=${lang} .query=${route.query}></pf-staff-results>`;
    case 'clocks':
      return html`<pf-staff-clocks .api=${api} .me=${me} .lang=${lang} .practice=${route.practice}></pf-staff-clocks>`;
    case 'surveys':
      return html`<pf-staff-surveys .api=${api} .me=${me} .lang=${lang}></pf-staff-surveys>`;
    case 'alerts':
      return html`<pf-staff-alerts .api=${api} .me=${me} .lang=${lang} .alertId=${route.alert}></pf-staff-alerts>`;
    case 'tablets':
      return html`<pf-staff-tablets
        .api=${api}
        .me=${me}
        .lang=${lang}
        .practice=${route.practice}
      ></pf-staff-tablets>`;
    case 'webhooks':
      return html`<pf-staff-webhooks .api=${api} .me=${me} .lang=${lang}></pf-staff-webhooks>`;
    case 'accounts':
      return html`<pf-staff-accounts .api=${api} .me=${me} .lang=${lang}></pf-staff-accounts>`;
    case 'audit':
      return html`<pf-staff-audit .api=${api} .me=${me} .lang=${lang}></pf-staff-audit>`;
    case 'settings':
      return html`<pf-staff-settings .api=${api} .me=${me} .lang=${lang}></pf-staff-settings>`;
    case 'sessions':
      return html`<pf-staff-sessions .api=${api} .me=${me} .lang=${lang}></pf-staff-sessions>`;
    case 'practices':
      return html`<pf-staff-practices .api=${api} .me=${me} .lang=${lang}></pf-staff-practices>`;
    default:
      return html`<pf-staff-elsewhere .me=${me} .lang=${lang} .screen=${route.screen}></pf-staff-elsewhere>`;
  }
}
