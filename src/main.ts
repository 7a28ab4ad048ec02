import { loadConfig } from './config.ts';
import { startRuntime } from './bootstrap.ts';
import { buildServer } from './http/app.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoOrganisation } from './demo/demo-organisation.ts';
import { seedDemoCases } from './demo/demo-cases.ts';
import { smtpMailer } from './mail/mailer.ts';

const config = loadConfig();
const releaseLock = config.databaseUrl.startsWith('pglite:') ? acquireDataDirLock(config.dataDir) : () => undefined;
const runtime = await startRuntime({
  databaseUrl: config.databaseUrl,
  maxAttachmentBytes: config.maxAttachmentBytes,
  dbPoolSize: config.dbPoolSize,
  mailer: config.smtp ? smtpMailer(config.smtp) : undefined,
  publicUrl: config.publicUrl,
  documentTrustAnchorsPem: config.documentTrustAnchorsPem,
  jobs: { leaseMs: config.jobLeaseMs },
  background: config.backgroundJobs ? { sweepIntervalMs: config.sweepIntervalMs, digestHour: config.digestHour } : undefined,
});

if (config.demoData) {
  const empty = !(await runtime.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
  if (empty) {
    const org = await seedDemoOrganisation(runtime.db);
    await seedDemoCases(runtime.app, org);
    console.log('\nKhiên: dữ liệu mẫu đã được tạo / demo data loaded.');
    console.log(`Mật khẩu chung / shared password: ${DEMO_PASSWORD}`);
    for (const p of DEMO_PEOPLE) console.log(`  ${p.username.padEnd(20)} ${p.name} (${p.grants.map((g) => g[0]).join(', ')})`);
    console.log('');
  }
}

const server = await buildServer(runtime.app, {
  cookieSecret: config.cookieSecret,
  secureCookies: config.secureCookies,
  logger: config.logRequests,
  webRoot: config.webRoot,
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
