import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { demoPlan } from '../../src/demo/demo-plan.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startOnFreePort } from '../support/free-port.ts';

const TITLE = 'Thí điểm một cửa liên thông sau sự cố máy chủ';

/** The real server as `npm start` runs it (scripts/start.mjs), in a child process, so that it can die as a crash would. */
async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is serving at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return child;
}

/** Starts the server on a free port (another, if that one was taken meanwhile). */
const startServerOnFreePort = (env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> =>
  startOnFreePort(async (port) => ({
    child: await startServer({ ...env, PORT: String(port) }),
    base: `http://127.0.0.1:${port}`,
  }));

async function signIn(base: string) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'truongphong.stc', password: DEMO_PASSWORD }),
  });
  assert.equal(r.status, 200);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

function createCase(base: string, auth: Record<string, string>, key: string) {
  return fetch(`${base}/api/cases`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ plan: demoPlan(TITLE, 'economy') }),
  });
}

// Issue 11, item 2: an idempotency key whose request did not finish becomes retryable.
describe('idempotency keys after a crash (issue 11, item 2)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'khien-crash-'));
  let databaseUrl = '';
  let dropSchema = async (): Promise<void> => undefined;
  before(async () => {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) return;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query('create extension if not exists pg_trgm schema public');
    await admin.query('create extension if not exists btree_gin schema public');
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  });
  after(async () => {
    await dropSchema();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the server dies after creating the case but before storing the answer: the retry answers with that case, and only one exists', async () => {
    const env = {
      HOST: '127.0.0.1',
      KHIEN_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      KHIEN_DEMO_DATA: 'true',
      KHIEN_BACKGROUND_JOBS: 'false',
      KHIEN_WEB_ROOT: join(dataDir, 'no-web'),
    };
    const { child: crashing, base: crashingBase } = await startServerOnFreePort({
      ...env,
      KHIEN_TEST_CRASH_AT: 'before_answer',
    });
    const died = new Promise((resolve) => crashing.on('exit', resolve));
    const auth = await signIn(crashingBase);
    const outcome = await createCase(crashingBase, auth, 'create-after-crash').then(
      () => 'answered',
      () => 'dropped',
    );
    if (outcome === 'answered') crashing.kill('SIGKILL');
    await died;
    assert.equal(outcome, 'dropped', 'the process died between the commit and the answer');

    // The process started again, on whatever port is free now: the retry is the same request.
    const { child: restarted, base } = await startServerOnFreePort(env);
    try {
      const again = await signIn(base);
      const retry = await createCase(base, again, 'create-after-crash');
      const body = (await retry.json()) as { code: string; title: string };
      assert.equal(retry.status, 201, JSON.stringify(body));
      assert.match(body.code, /^TH-\d{4}-\d{6}$/);
      assert.equal(body.title, TITLE);
      const second = await createCase(base, again, 'create-after-crash');
      assert.equal(((await second.json()) as { code: string }).code, body.code, 'every retry answers the same');
      const list = await fetch(`${base}/api/cases?q=${encodeURIComponent('su co may chu')}`, { headers: again });
      const items = ((await list.json()) as { items: { code: string }[] }).items;
      assert.deepEqual(
        items.map((i) => i.code),
        [body.code],
        'exactly one case',
      );
    } finally {
      restarted.kill('SIGTERM');
      await new Promise((resolve) => restarted.on('exit', resolve));
    }
  });
});

describe('an abandoned claim without an effect (issue 11, item 2)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('is taken over once its lease has run out, and the request runs once', async () => {
    const proposer = await t.login('truongphong.stc');
    const body = { plan: demoPlan('Số hóa hồ sơ sau sự cố', 'economy') };
    const first = await proposer.post('/api/cases', body, { 'idempotency-key': 'abandoned' });
    assert.equal(first.status, 201);
    // As a process that died right after claiming the key would have left it:
    await t.runtime.database.pool.query(
      `update idempotency_keys set status = 0, response = '{}', lease_until = now() - interval '1 second' where key = 'abandoned'`,
    );
    const fresh = await proposer.post('/api/cases', body, { 'idempotency-key': 'abandoned' });
    assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
    const replay = await proposer.post('/api/cases', body, { 'idempotency-key': 'abandoned' });
    assert.equal(replay.body.code, fresh.body.code);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    // While the lease of a live request holds, a retry is told to wait.
    await t.runtime.database.pool.query(
      `insert into idempotency_keys (person_id, key, request_hash, status, response, lease_until) select person_id, 'live', request_hash, 0, '{}', now() + interval '1 minute' from idempotency_keys where key = 'abandoned'`,
    );
    const live = await proposer.post('/api/cases', body, { 'idempotency-key': 'live' });
    assert.equal(live.status, 409);
    assert.equal(live.body.error.code, 'request_in_progress');
  });
});
