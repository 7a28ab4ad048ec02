import { ConfigError, loadConfig, type Config } from './config.ts';
import { startRuntime } from './bootstrap.ts';
import { buildServer } from './http/app.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_UNITS, seedDemoOrganisation } from './demo/demo-organisation.ts';
import { seedDemoCases } from './demo/demo-cases.ts';
import { seedDemoCampaigns } from './demo/demo-campaigns.ts';
import { smtpMailer } from './mail/mailer.ts';
import { loadSigningKey } from './app/verify/signing-key.ts';
import { roleName } from './i18n/role-names.ts';

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
const runtime = await startRuntime({
  databaseUrl: config.databaseUrl,
  maxAttachmentBytes: config.maxAttachmentBytes,
  dbPoolSize: config.dbPoolSize,
  mailer: config.smtp ? smtpMailer(config.smtp) : undefined,
  publicUrl: config.publicUrl,
  documentTrustAnchorsPem: config.documentTrustAnchorsPem,
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
});

if (config.demoData) {
  const empty = !(await runtime.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
  if (empty) {
    const org = await seedDemoOrganisation(runtime.db);
    await seedDemoCases(runtime.app, org);
    await seedDemoCampaigns(runtime.app, org);
    console.log('\nKhiên: dữ liệu mẫu đã được tạo / demo data loaded.');
    console.log(`Mật khẩu chung / shared password: ${DEMO_PASSWORD}`);
    const unitCode = (key: string) => DEMO_UNITS.find((u) => u.key === key)?.code ?? key;
    for (const p of DEMO_PEOPLE) {
      console.log(
        `  ${p.username.padEnd(22)} ${p.name} — ${unitCode(p.unit)} (${p.grants.map((g) => roleName(g[0])).join('; ')})`,
      );
    }
    console.log(
      '  Đơn vị HCM-…: bộ quy trình HCM-124 / units HCM-…: the HCM-124 profile; các đơn vị khác / others: ND73',
    );
    console.log('');
  }
}

const server = await buildServer(runtime.app, {
  cookieSecret: config.cookieSecret,
  secureCookies: config.secureCookies,
  logger: config.logRequests,
  webRoot: config.webRoot,
  trustedProxies: config.trustedProxies,
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
