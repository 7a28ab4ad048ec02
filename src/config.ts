import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SmtpSettings } from './mail/mailer.ts';
import { oidcSettingsFromEnv, type OidcSettings } from './app/auth/oidc-settings.ts';
import { snapshotSettingsFromEnv, type SnapshotSettings } from './ops/snapshot.ts';
import { ROLES, type Role } from './domain/case/case-snapshot.ts';
import { DEFAULT_REQUIRED_ROLES, DEFAULT_STEP_UP_MINUTES } from './domain/auth/second-factor.ts';

/** Configuration from the environment, with the defaults that make `npm start` work on a fresh clone. */
export interface Config {
  port: number;
  host: string;
  /** `pglite:<dir>` or a `postgres://` URL. */
  databaseUrl: string;
  dataDir: string;
  production: boolean;
  demoData: boolean;
  cookieSecret: string;
  /** What the key sealing TOTP secrets is derived from: KHIEN_SECRET_KEY, or else the cookie secret. */
  secondFactorKey: string;
  secureCookies: boolean;
  maxAttachmentBytes: number;
  webRoot: string;
  logRequests: boolean;
  dbPoolSize: number;
  /** Writes as named prepared statements (KHIEN_DB_PREPARED_STATEMENTS, on unless 'false'). */
  dbPreparedStatements: boolean;
  /** Base URL of the web application, for links in e-mails. */
  publicUrl: string;
  /** SMTP server for e-mail notifications; undefined (the default) keeps them in the application. */
  smtp: SmtpSettings | undefined;
  /** Run the job runner, deadline sweep and digests in this process. */
  backgroundJobs: boolean;
  sweepIntervalMs: number;
  digestHour: number;
  jobLeaseMs: number;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies whose `X-Forwarded-For` and
   * `X-Forwarded-Proto` are believed; empty (the default) believes no one.
   */
  trustedProxies: string[];
  /** Signed checkpoints: how often, the file they are mirrored to, the witnesses they are mailed to. */
  checkpointIntervalMs: number;
  checkpointFile: string;
  witnessEmails: string[];
  /** CA certificates (PEM) accepted on signed copies of official documents, from the bundle KHIEN_DOCUMENT_TRUST_ANCHORS names. */
  documentTrustAnchorsPem: string[];
  /** Session limits: ended after this idle time, and this long after sign-in whatever the activity. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Single sign-on with OpenID Connect (KHIEN_OIDC_*); off when KHIEN_OIDC_ISSUER is unset. */
  oidc: OidcSettings | undefined;
  /** Scheduled snapshots (KHIEN_SNAPSHOT_*); off unless KHIEN_SNAPSHOT_INTERVAL_HOURS is above 0. */
  snapshot: SnapshotSettings | undefined;
  /** Roles whose holders must use a second factor (KHIEN_MFA_REQUIRED_ROLES; empty: nobody). */
  mfaRequiredRoles: Role[];
  /** A deciding action needs a second factor given within this many minutes (KHIEN_STEP_UP_MINUTES). */
  stepUpMinutes: number;
}

/** A setting that makes starting unsafe: the server refuses to start and says why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEMO_IN_PRODUCTION =
  'KHIEN_DEMO_DATA=true is refused with NODE_ENV=production: the demo accounts share a published password. ' +
  'Unset KHIEN_DEMO_DATA (or set it to false). / Không được dùng dữ liệu mẫu (mật khẩu chung công khai) khi NODE_ENV=production.';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.KHIEN_DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || `pglite:${join(dataDir, 'pglite')}`;
  const demoData = env.KHIEN_DEMO_DATA ? env.KHIEN_DEMO_DATA === 'true' : !production;
  // The demo accounts share a published password: in production they would be open doors.
  if (production && demoData) throw new ConfigError(DEMO_IN_PRODUCTION);
  const cookieSecret = env.KHIEN_COOKIE_SECRET ?? cookieSecretFor(dataDir, production);
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir,
    production,
    demoData,
    cookieSecret,
    secondFactorKey: env.KHIEN_SECRET_KEY || cookieSecret,
    secureCookies: env.KHIEN_SECURE_COOKIES ? env.KHIEN_SECURE_COOKIES === 'true' : production,
    maxAttachmentBytes: Number(env.KHIEN_MAX_ATTACHMENT_BYTES ?? 20 * 1024 * 1024),
    webRoot: resolve(env.KHIEN_WEB_ROOT ?? 'web/dist'),
    logRequests: env.KHIEN_LOG_REQUESTS === 'true' || production,
    dbPoolSize: Number(env.KHIEN_DB_POOL_SIZE ?? 10),
    dbPreparedStatements: env.KHIEN_DB_PREPARED_STATEMENTS !== 'false',
    publicUrl: env.KHIEN_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    smtp: env.KHIEN_SMTP_HOST
      ? {
          host: env.KHIEN_SMTP_HOST,
          port: Number(env.KHIEN_SMTP_PORT ?? 587),
          secure: env.KHIEN_SMTP_SECURE === 'true',
          user: env.KHIEN_SMTP_USER || undefined,
          password: env.KHIEN_SMTP_PASSWORD || undefined,
          from: env.KHIEN_MAIL_FROM ?? 'Khiên <no-reply@khien.local>',
          rejectUnauthorized: env.KHIEN_SMTP_REJECT_UNAUTHORIZED !== 'false',
        }
      : undefined,
    backgroundJobs: env.KHIEN_BACKGROUND_JOBS !== 'false',
    sweepIntervalMs: Number(env.KHIEN_SWEEP_INTERVAL_SECONDS ?? 60) * 1000,
    digestHour: Number(env.KHIEN_DIGEST_HOUR ?? 7),
    jobLeaseMs: Number(env.KHIEN_JOB_LEASE_SECONDS ?? 300) * 1000,
    trustedProxies: (env.KHIEN_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    checkpointIntervalMs: Number(env.KHIEN_CHECKPOINT_INTERVAL_MINUTES ?? 10) * 60_000,
    checkpointFile: resolve(env.KHIEN_CHECKPOINT_FILE ?? join(dataDir, 'checkpoints.jsonl')),
    witnessEmails: (env.KHIEN_WITNESS_EMAILS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    documentTrustAnchorsPem: env.KHIEN_DOCUMENT_TRUST_ANCHORS
      ? (readFileSync(env.KHIEN_DOCUMENT_TRUST_ANCHORS, 'utf8').match(
          /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g,
        ) ?? [])
      : [],
    sessionIdleMinutes: positive(env.KHIEN_SESSION_IDLE_MINUTES, 15, 'KHIEN_SESSION_IDLE_MINUTES'),
    sessionMaxHours: positive(env.KHIEN_SESSION_MAX_HOURS, 12, 'KHIEN_SESSION_MAX_HOURS'),
    oidc: oidcSettings(env),
    snapshot: fromEnv(() => snapshotSettingsFromEnv(env, dataDir)),
    mfaRequiredRoles: requiredRoles(env.KHIEN_MFA_REQUIRED_ROLES),
    stepUpMinutes: positive(env.KHIEN_STEP_UP_MINUTES, DEFAULT_STEP_UP_MINUTES, 'KHIEN_STEP_UP_MINUTES'),
  };
}

function oidcSettings(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  return fromEnv(() => oidcSettingsFromEnv(env, env.KHIEN_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`));
}

/** A setting read by its feature's own code; what it refuses stops the start with its reason. */
function fromEnv<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** Unset: administrators, heads and deputies; an empty string: nobody; else a comma list of role codes. */
function requiredRoles(value: string | undefined): Role[] {
  if (value === undefined) return [...DEFAULT_REQUIRED_ROLES];
  const codes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = codes.filter((c) => !(ROLES as readonly string[]).includes(c));
  if (unknown.length)
    throw new ConfigError(
      `KHIEN_MFA_REQUIRED_ROLES: unknown role ${unknown.join(', ')} (known: ${ROLES.join(', ')}) / vai trò không có`,
    );
  return codes as Role[];
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${name} must be a positive number / phải là số dương`);
  return n;
}

/**
 * Production must be given a secret shared by all server processes; a single embedded
 * installation keeps a generated one beside its data so sessions survive restarts.
 */
function cookieSecretFor(dataDir: string, production: boolean): string {
  if (production) throw new Error('KHIEN_COOKIE_SECRET must be set in production');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'cookie-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
