/**
 * What `createCollector` (server.ts) is given and what it answers: the collector's options (deployment settings from
 * main.ts, shorter clocks and schedules from tests) and the rooms it hands back.
 */
import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { SignIn, SignInOptions } from '../accounts/sign-in.js';
import type { AlertOptions, Alerts } from '../alerts/alerts.js';
import type { Retention } from '../patient-data/retention.js';
import type { PracticeDirectory } from '../practices/practice-directory.js';
import type { Practices } from '../practices/practices.js';
import type { MonthlyResults } from '../results/monthly-results.js';
import type { SubmissionStore } from '../store/index.js';
import type { Tablets } from '../tablets/tablets.js';
import type { WebhookOptions, Webhooks } from '../webhooks/webhooks.js';
import type { LogLine } from './request-log.js';

export interface CollectorOptions {
  /** DATA_DIR: the SQLite file (feedback.sqlite) and its backups. */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** The built site (dist/): demo/, kiosk/, the embed scripts. Without it only the API and staff pages answer. */
  staticDir?: string;
  /** The address staff and patients use (PUBLIC_URL): an allowed host and origin. */
  publicUrl?: URL;
  /** Extra host names served (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Practice websites on other origins allowed to POST (exact origins, or `*`). */
  allowedOrigins?: readonly string[];
  /** Reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy?: readonly string[];
  /** Submissions per minute per client address; default 120. */
  ingestRate?: number;
  /** The window INGEST_RATE counts in; a minute, shorter only in tests that wait for it to pass. */
  ingestWindowMs?: number;
  /** Largest submission accepted; default 64 KiB (a full recovery form is a few KiB). */
  maxBodyBytes?: number;
  /** Networks allowed to sign in over plain HTTP (ALLOW_HTTP_SIGN_IN); this computer always is. */
  httpSignIn?: readonly string[];
  /** Tests only: shorter session limits, a clock, a cheaper password hash. */
  signIn?: SignInOptions;
  /** Serve HTTPS directly (TLS_CERT + TLS_KEY, read by the caller). */
  tls?: { cert: Buffer; key: Buffer };
  /** How often the retention periods are applied (also once at start); default an hour. `false`: never (tests). */
  retentionEveryMs?: number | false;
  /** How often submissions are rolled up into the monthly results (also once at start); default a minute. `false`: never. */
  resultsEveryMs?: number | false;
  /** How long a process serves a practice's details (and the survey registry) before reading them again; default 10 seconds. */
  practicesMaxAgeMs?: number;
  /** WEBHOOK_URL + WEBHOOK_SECRET: one endpoint provisioned at start. */
  webhook?: { url: string; secret: string } | undefined;
  /** Tests only: the retry schedule, the answer timeout, how often the sender looks; `false`: no sender at all. */
  webhookOptions?: Omit<WebhookOptions, 'publicUrl'> | false;
  /** SMTP_URL + MAIL_FROM: alert and digest e-mails. */
  smtp?: { url: string; from: string } | undefined;
  /** Tests only: how often the alerts job looks, the mail schedule; `false`: no alerts job (rules can still be set). */
  alertOptions?: Omit<AlertOptions, 'publicUrl' | 'smtp'> | false;
  /** This build's version, for the embed scripts' versioned URL. */
  version?: string;
  /** Where one line per request goes; never given answers. Default: console.log. */
  log?: LogLine;
  /** Where start-up notices go (migrations applied, a backup made, where the data is). Default: console.log. */
  notice?: LogLine;
}

export interface Collector {
  app: FastifyInstance;
  server: Server;
  /** The store, for tests and tools that look inside (the routes use `app.store`). */
  store: SubmissionStore;
  /** Staff accounts, sessions and the audit trail. */
  signIn: SignIn;
  /** The retention periods, for tests that apply them at a moment of their choosing. */
  retention: Retention;
  /** Results per practice and month (the aggregates plus what arrived since the last roll-up). */
  results: MonthlyResults;
  /** The group's practices and their locations. */
  practices: Practices;
  /** The practices as this process serves them (cached for a few seconds). */
  directory: PracticeDirectory;
  /** Alert rules, alerts, digests and the e-mail outbox. */
  alerts: Alerts;
  /** Webhook endpoints, their queue and sender. */
  webhooks: Webhooks;
  /** The waiting-room tablets and the practices' opening hours. */
  tablets: Tablets;
  close(): Promise<void>;
}
