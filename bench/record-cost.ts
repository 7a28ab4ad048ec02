// The cost of the record's checks (issue 12, "Cost"), on this machine, at the scale stated in each
// line: `/verify` of a 50-event case (p50/p95 of 200 requests), its dossier ZIP, a checkpoint over
// the heads of N cases in a database (1 M heads: bench/checkpoint-scale.ts).
// PGlite unless TEST_DATABASE_URL is set.   npx tsx bench/record-cost.ts [cases=200]
import { performance } from 'node:perf_hooks';
import { createCheckpoint } from '../src/app/verify/create-checkpoint.ts';
import { startTestApp } from '../test/support/test-app.ts';
import { caseIn } from '../test/support/fixtures.ts';
import { multipart } from '../test/record/record-fixture.ts';

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const cases = Number(process.argv[2] ?? 200);
const backend = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const t = await startTestApp();
try {
  const code = await caseIn(t, 'under_consideration', 'Đo chi phí kiểm tra hồ sơ');
  const proposer = await t.login('truongphong.stc');
  const count = async () =>
    (
      await t.runtime.app.db
        .selectFrom('cases')
        .select('event_count')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).event_count;
  for (let i = 0; (await count()) < 50; i++) {
    const m = multipart(`Phu-luc-${i}.pdf`, Buffer.from(`%PDF-1.4\nphụ lục ${i}\n%%EOF\n`));
    const r = await proposer.post(`/api/cases/${code}/attachments`, m.body, m.headers);
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  }
  const events = await count();
  const attachments = (
    await t.runtime.app.db
      .selectFrom('attachments')
      .select('id')
      .where(
        'case_id',
        '=',
        (
          await t.runtime.app.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()
        ).id,
      )
      .execute()
  ).length;
  const verify: number[] = [];
  for (let i = 0; i < 220; i++) {
    const started = performance.now();
    const r = await proposer.get(`/api/cases/${code}/verify`);
    if (i >= 20) verify.push(performance.now() - started);
    if (!r.body.ok) throw new Error(JSON.stringify(r.body));
  }
  console.log(
    `${backend}: /verify of a ${events}-event case with ${attachments} attachments: p50 ${ms(quantile(verify, 0.5))}, p95 ${ms(quantile(verify, 0.95))} (200 requests, one at a time)`,
  );
  const dossier: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await proposer.get(`/api/cases/${code}/dossier`);
    dossier.push(performance.now() - started);
  }
  console.log(
    `${backend}: dossier ZIP of that case: p50 ${ms(quantile(dossier, 0.5))}, slowest ${ms(Math.max(...dossier))} (20 requests)`,
  );

  for (let i = 0; i < cases; i++) await caseIn(t, 'submitted', `Đề xuất đo ${i}`);
  let started = performance.now();
  const first = await createCheckpoint(t.runtime.app);
  console.log(`${backend}: first checkpoint over ${first.treeSize} chain heads: ${ms(performance.now() - started)}`);
  for (let i = 0; i < 10; i++) await caseIn(t, 'submitted', `Đề xuất mới ${i}`);
  started = performance.now();
  const next = await createCheckpoint(t.runtime.app);
  console.log(
    `${backend}: next checkpoint, ${next.treeSize - first.treeSize} heads moved of ${next.treeSize}: ${ms(performance.now() - started)}`,
  );
} finally {
  await t.close();
}
