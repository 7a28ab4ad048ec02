import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  secureCookies: boolean;
  maxAttachmentBytes: number;
  webRoot: string;
  logRequests: boolean;
  dbPoolSize: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.KHIEN_DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || `pglite:${join(dataDir, 'pglite')}`;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir,
    production,
    demoData: env.KHIEN_DEMO_DATA ? env.KHIEN_DEMO_DATA === 'true' : !production,
    cookieSecret: env.KHIEN_COOKIE_SECRET ?? cookieSecretFor(dataDir, production),
    secureCookies: env.KHIEN_SECURE_COOKIES ? env.KHIEN_SECURE_COOKIES === 'true' : production,
    maxAttachmentBytes: Number(env.KHIEN_MAX_ATTACHMENT_BYTES ?? 20 * 1024 * 1024),
    webRoot: resolve(env.KHIEN_WEB_ROOT ?? 'web/dist'),
    logRequests: env.KHIEN_LOG_REQUESTS === 'true' || production,
    dbPoolSize: Number(env.KHIEN_DB_POOL_SIZE ?? 10),
  };
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
