// Run by `npm install` (scripts/postinstall.mjs): makes the embedded database that the first
// `npm start` copies — migrations, reference data and demo data applied — so the first page is
// served in seconds. See src/demo/first-start-template.ts for when the copy is used.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRuntime } from '../src/bootstrap.ts';
import { TEMPLATE_DIR, templateMeta } from '../src/demo/first-start-template.ts';
import { seedDemoIfEmpty } from '../src/demo/seed-if-empty.ts';

const started = performance.now();
rmSync(TEMPLATE_DIR, { recursive: true, force: true });
mkdirSync(TEMPLATE_DIR, { recursive: true });
try {
  const runtime = await startRuntime({ databaseUrl: `pglite:${join(TEMPLATE_DIR, 'pglite')}` });
  await seedDemoIfEmpty(runtime);
  await runtime.close();
  writeFileSync(join(TEMPLATE_DIR, 'meta.json'), JSON.stringify(templateMeta(new Date())));
  console.log(`khien: demo database prepared for the first start in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  throw error;
}
