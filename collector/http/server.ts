/**
 * The collector's HTTP server (Fastify): the practice's endpoint, the staff inbox and exports, and the built demo
 * site, kiosk and embed scripts on one origin. Created but not listening: main.ts, or a test on port 0, decides
 * where it listens. Every route and setting is listed in docs/collector.md.
 *
 * Before any route: the Host allow-list (hosts.ts), then security headers, then the route's own guards (staff,
 * CSRF, rate limit). Failures of every kind become answers in one place (error-handler.ts).
 */
import { join } from 'node:path';
import type { Socket } from 'node:net';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { ApiTokens } from '../accounts/api-tokens.js';
import { SignIn } from '../accounts/sign-in.js';
import { PatientData } from '../patient-data/patient-data.js';
import { PracticeDirectory } from '../practices/practice-directory.js';
import { Practices } from '../practices/practices.js';
import { Retention, startRetention } from '../patient-data/retention.js';
import { MonthlyResults } from '../results/monthly-results.js';
import { startResults } from '../results/results-job.js';
import { openStore } from '../store/index.js';
import { answerError, installErrorHandling } from './error-handler.js';
import { hostsPlugin } from './hosts.js';
import { plainHttpCheck } from './plain-http.js';
import { logLine, requestLogPlugin, type LogLine } from './request-log.js';
import { auditRoutes } from './routes/audit.js';
import { settingsRoutes } from './routes/settings.js';
import { sessionRoutes } from './routes/sessions.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { patientDataRoutes } from './routes/patient-data.js';
import { practiceRoutes } from './routes/practices.js';
import { clockSettingsRoutes } from './routes/clock-settings.js';
import { resultsApiRoutes } from './routes/results-api.js';
import { signInRoutes } from './routes/sign-in.js';
import { staffAccountRoutes } from './routes/staff-account.js';
import { staffIdleRoutes } from './routes/staff-idle.js';
import { staffConsoleRoutes } from './routes/staff-console.js';
import { staticRoutes } from './routes/static.js';
import { dataHeaders, permissionsPlugin } from './security-headers.js';
import { storePlugin } from './store.js';
import { SurveyDirectory } from '../surveys/survey-directory.js';
import { SurveyRegistry } from '../surveys/survey-registry.js';
import { surveyRoutes } from './routes/surveys.js';
import { staffApiRoutes } from './routes/staff-api.js';
import { webhookRoutes } from './routes/webhooks.js';
import { tabletRoutes } from './routes/tablets.js';
import { tabletReportRoutes } from './routes/tablet-report.js';
import { Tablets } from '../tablets/tablets.js';
import { silentTablets } from '../tablets/silent-tablets.js';
import { Webhooks } from '../webhooks/webhooks.js';
import { Alerts } from '../alerts/alerts.js';
import { alertRoutes } from './routes/alerts.js';
import { AccountAdmin } from '../accounts/account-admin.js';
import { SetupLinks } from '../accounts/setup-links.js';
import { accountRoutes } from './routes/accounts.js';
import { accountSetupRoutes } from './routes/account-setup.js';

import type { Collector, CollectorOptions } from './collector-options.js';

export type { Collector, CollectorOptions };

/** An absolute-form target (`GET http://host/path`) is routed by its path, and its authority is the Host. */
function originForm(request: { url?: string; headers: Record<string, unknown> }): string {
  const target = request.url ?? '/';
  if (target.startsWith('/') || target === '*') return target;
  try {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return target;
    request.headers.host = url.host;
    return `${url.pathname}${url.search}`;
  } catch {
    // Left as it is: the router refuses it with 400.
    return target;
  }
}

/** A request Node could not parse at all (a broken request line or header): 400 and a sanitised log line. */
function clientErrorHandler(log: LogLine) {
  return (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const reason =
      status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
    const body = 'The request could not be understood.\n';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
    log(logLine('-', '(unparsed)', status, ` ${String(error.code ?? 'client-error')}`));
  };
}

export async function createCollector(options: CollectorOptions): Promise<Collector> {
  const log = options.log ?? ((line: string) => console.log(line));
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const https = options.publicUrl?.protocol === 'https:' || options.tls !== undefined;
  const notice = options.notice ?? ((line: string) => console.log(line));
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, log: notice });

  const app = Fastify({
    logger: false,
    ...(options.tls ? { https: options.tls } : {}),
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    bodyLimit: maxBodyBytes,
    // A stalled client must not hold a connection open for ever.
    requestTimeout: 30_000,
    forceCloseConnections: true,
    rewriteUrl: originForm,
    frameworkErrors: (error, request, reply) => void answerError(error, request, reply, 'json'),
    clientErrorHandler: clientErrorHandler(log),
  }) as unknown as FastifyInstance;
  app.server.headersTimeout = 15_000;
  // A client that asks before uploading (Expect: 100-continue) is told 413 without sending the body at all.
  app.server.on('checkContinue', (req, res) => {
    const declared = Number(req.headers['content-length']);
    if (!(Number.isFinite(declared) && declared > maxBodyBytes)) res.writeContinue();
    app.routing(req, res);
  });

  const names = [options.publicUrl?.hostname, ...(options.allowedHosts ?? [])].filter((n): n is string => !!n);
  await app.register(hostsPlugin, { names: names.map((n) => n.replace(/^\[(.*)\]$/, '$1').toLowerCase()) });
  await app.register(requestLogPlugin, { log });
  installErrorHandling(app);
  await app.register(helmet, dataHeaders(https));
  await app.register(permissionsPlugin);
  await app.register(compress, { global: false });
  await app.register(storePlugin, { store });

  await app.register(cookie);
  const access = {
    signIn: new SignIn(store.db, store.engine, options.signIn),
    tokens: new ApiTokens(store.db),
    https,
  };
  const origins = {
    ...(options.publicUrl ? { publicOrigin: options.publicUrl.origin } : {}),
    allowedHosts: options.allowedHosts ?? [],
  };
  const { audit } = access.signIn;
  const now = options.signIn?.now ?? (() => new Date());
  const surveys = new SurveyDirectory(new SurveyRegistry(store.db, audit, now), options.practicesMaxAgeMs);
  const retention = new Retention(store.db, store, audit, surveys.known, now);
  const practices = new Practices(store.db, now);
  const results = new MonthlyResults(store, surveys.known);
  const directory = new PracticeDirectory(practices, options.practicesMaxAgeMs);
  const webhooks = new Webhooks(store, audit, notice, {
    ...(options.webhookOptions || {}),
    publicUrl: options.publicUrl,
    definitions: async () => (await surveys.all()).map((s) => s.definition),
    ...(options.signIn?.now ? { now: options.signIn.now } : {}),
  });
  if (options.webhook) await webhooks.endpoints.provision(options.webhook.url, options.webhook.secret);
  const alerts = new Alerts(store, directory, webhooks, audit, notice, {
    ...(options.alertOptions || {}),
    publicUrl: options.publicUrl,
    smtp: options.smtp,
    ...(options.signIn?.now ? { now: options.signIn.now } : {}),
  });
  const tablets = new Tablets(store.db, now);
  alerts.silentTablets = async (at, minutes) =>
    (await silentTablets(store.db, at, minutes)).map((t) => ({ ...t, id: t.tabletId }));
  await app.register(healthRoutes);
  await app.register(ingestRoutes, {
    prefix: '/api/feedback',
    allowedOrigins: options.allowedOrigins ?? [],
    maxBodyBytes,
    ingestRate: options.ingestRate ?? 120,
    ingestWindowMs: options.ingestWindowMs ?? 60_000,
    surveys,
    practices: directory,
    webhooks,
    alerts,
    tablets,
  });
  await app.register(tabletReportRoutes, { tablets });
  await app.register(signInRoutes, { access, origins, plainHttp: plainHttpCheck(options.httpSignIn ?? []) });
  await app.register(staffAccountRoutes, { access });
  await app.register(staffIdleRoutes, { access });
  await app.register(auditRoutes, { access });
  await app.register(settingsRoutes, { access, retention });
  await app.register(sessionRoutes, { access });
  await app.register(exportRoutes, {
    access,
    practices: directory,
    surveys,
  });
  const consoleFolder = options.staticDir === undefined ? undefined : join(options.staticDir, 'staff');
  await app.register(staffConsoleRoutes, { access, https, folder: consoleFolder });
  await app.register(patientDataRoutes, {
    access,
    patientData: new PatientData(store, audit, surveys.known, now),
    surveys: surveys.known,
  });
  await app.register(staffApiRoutes, { access, practices: directory, surveys, webhooks });
  await app.register(clockSettingsRoutes, { access, practices, directory });
  await app.register(resultsApiRoutes, { access, practices, directory, results, surveys });
  await app.register(surveyRoutes, {
    access,
    surveys,
    practices: directory,
    allowedOrigins: options.allowedOrigins ?? [],
  });
  await app.register(practiceRoutes, {
    access,
    practices,
    directory,
    environmentOrigins: options.allowedOrigins ?? [],
    publicOrigin: options.publicUrl?.origin,
  });
  await app.register(webhookRoutes, { access, webhooks });
  await app.register(alertRoutes, { access, alerts, directory });
  await app.register(tabletRoutes, { access, tablets, practices: directory, publicOrigin: options.publicUrl?.origin });
  const setupLinks = new SetupLinks(store.db, { now, ...(options.signIn?.cost ? { cost: options.signIn.cost } : {}) });
  const { accounts, secondFactor } = access.signIn;
  const accountAdmin = new AccountAdmin(store.db, store.engine, { accounts, secondFactor, setupLinks, now });
  await app.register(accountRoutes, { access, admin: accountAdmin, publicOrigin: options.publicUrl?.origin });
  await app.register(accountSetupRoutes, {
    access,
    setupLinks,
    origins,
    plainHttp: plainHttpCheck(options.httpSignIn ?? []),
  });
  if (options.staticDir) {
    await app.register(staticRoutes, { root: options.staticDir, version: options.version ?? '', https });
  }
  await app.ready();
  const retentionJob =
    options.retentionEveryMs === false
      ? undefined
      : startRetention(retention, store.claims, notice, options.retentionEveryMs);
  const resultsJob =
    options.resultsEveryMs === false ? undefined : startResults(results, notice, options.resultsEveryMs);
  if (options.webhookOptions !== false) webhooks.start();
  if (options.alertOptions !== false) alerts.start();

  return {
    app,
    server: app.server,
    store,
    signIn: access.signIn,
    retention,
    results,
    practices,
    directory,
    webhooks,
    alerts,
    tablets,
    async close() {
      await alerts.stop();
      await webhooks.stop();
      await retentionJob?.stop();
      await resultsJob?.stop();
      await app.close();
    },
  };
}
