import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { startRuntime } from './bootstrap.ts';
import { buildServer } from './http/app.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { copyFirstStartTemplate } from './demo/first-start-template.ts';
import { DEMO_PREPARED_MARKER } from './demo/prepared-marker.ts';
import { printDemoAccounts, seedDemoIfEmpty } from './demo/seed-if-empty.ts';
import { smtpMailer } from './mail/mailer.ts';
import { loadSigningKey } from './app/verify/signing-key.ts';
import { secretBoxFrom } from './app/auth/second-factor/secret-box.ts';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof Error && error.message.startsWith('KHIEN_'))) throw error;
    console.error(`Khiên: refusing to start / không khởi động: ${error.message}`);
    process.exit(1);
  }
}
const config = configOrExit();
const releaseLock = config.databaseUrl.startsWith('pglite:') ? acquireDataDirLock(config.dataDir) : () => undefined;
// The first start on a fresh clone copies the demo database that `npm install` prepared.
if (config.databaseUrl.startsWith('pglite:') && config.demoData)
  copyFirstStartTemplate(config.databaseUrl.slice('pglite:'.length), config.dataDir, new Date());
const runtime = await startRuntime({
  databaseUrl: config.databaseUrl,
  maxAttachmentBytes: config.maxAttachmentBytes,
  dbPoolSize: config.dbPoolSize,
  dbPreparedStatements: config.dbPreparedStatements,
  mailer: config.smtp ? smtpMailer(config.smtp) : undefined,
  publicUrl: config.publicUrl,
  documentTrustAnchorsPem: config.documentTrustAnchorsPem,
  sessionLimits: { idleMs: config.sessionIdleMinutes * 60_000, absoluteMs: config.sessionMaxHours * 3_600_000 },
  secondFactor: { requiredRoles: config.mfaRequiredRoles, stepUpMs: config.stepUpMinutes * 60_000 },
  secondFactorSecrets: secretBoxFrom(config.secondFactorKey),
  jobs: { leaseMs: config.jobLeaseMs },
  background: config.backgroundJobs
    ? {
        sweepIntervalMs: config.sweepIntervalMs,
        digestHour: config.digestHour,
        checkpointIntervalMs: config.checkpointIntervalMs,
      }
    : undefined,
  checkpoints: {
    key: loadSigningKey(process.env, config.dataDir),
    mirrorFile: config.checkpointFile,
    witnessEmails: config.witnessEmails,
  },
  snapshot: config.snapshot,
});

// The demo data is usually loaded by `npm install` already (scripts/prepare-first-start.ts), so that
// the first `npm start` only opens the database; its accounts are printed on that first start.
const preparedMarker = join(config.dataDir, DEMO_PREPARED_MARKER);
if (config.demoData && ((await seedDemoIfEmpty(runtime)) || existsSync(preparedMarker))) {
  printDemoAccounts(config.mfaRequiredRoles);
  rmSync(preparedMarker, { force: true });
}

const server = await buildServer(runtime.app, {
  cookieSecret: config.cookieSecret,
  secureCookies: config.secureCookies,
  logger: config.logRequests,
  webRoot: config.webRoot,
  trustedProxies: config.trustedProxies,
  oidc: config.oidc,
});
await server.listen({ port: config.port, host: config.host });
runtime.startBackground();
console.log(`Khiên đang chạy tại / is serving at http://localhost:${config.port} (${runtime.database.kind})`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: đang dừng / stopping…`);
  await server.close().catch(() => undefined);
  // PGlite must be closed cleanly: an unclean stop can leave its data directory unreadable.
  await runtime.close();
  releaseLock();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
