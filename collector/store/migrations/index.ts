/**
 * The numbered migrations, in code: the collector is bundled into one file, so there is no folder to read them from.
 * Kysely applies them in name order and records each in `kysely_migration`. Add a new one at the end; never edit one
 * that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../schema.js';
import { todaysSchema } from './001-todays-schema.js';
import { arrivalOrder } from './002-arrival-order.js';
import { staffAccounts } from './003-staff-accounts.js';
import { signIn } from './004-sign-in.js';
import { automationFlag } from './005-automation-flag.js';
import { answersChecked } from './006-answers-checked.js';
import { erasure } from './007-erasure.js';
import { signInFailures } from './008-sign-in-failures.js';
import { practices } from './009-practices.js';
import { monthlyResults } from './010-monthly-results.js';
import { surveys } from './011-surveys.js';
import { resultsPerSurvey } from './012-results-per-survey.js';
import { caseHistory } from './013-case-history.js';
import { caseClocks } from './014-case-clocks.js';
import { fftResults } from './015-fft-results.js';
import { webhooks } from './016-webhooks.js';
import { alerts } from './017-alerts.js';
import { tablets } from './018-tablets.js';
import { fhirDestinations } from './019-fhir-destinations.js';
import { setupLinks } from './020-setup-links.js';

export function migrations(engine: Engine): Record<string, Migration> {
  return {
    '001-todays-schema': todaysSchema,
    '002-arrival-order': arrivalOrder(engine),
    '003-staff-accounts': staffAccounts(engine),
    '004-sign-in': signIn,
    '005-automation-flag': automationFlag,
    '006-answers-checked': answersChecked,
    '007-erasure': erasure(engine),
    '008-sign-in-failures': signInFailures,
    '009-practices': practices(engine),
    '010-monthly-results': monthlyResults(engine),
    '011-surveys': surveys,
    '012-results-per-survey': resultsPerSurvey(engine),
    '013-case-history': caseHistory(engine),
    '014-case-clocks': caseClocks(engine),
    '015-fft-results': fftResults(engine),
    '016-webhooks': webhooks(engine),
    '017-alerts': alerts(engine),
    '018-tablets': tablets(engine),
    '019-fhir-destinations': fhirDestinations,
    '020-setup-links': setupLinks,
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(engine)) };
}
