import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort, startOnFreePort } from '../support/free-port.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');
export const PASSWORD = 'Khien@2026-demo';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export { freePort };

export interface RunningApp {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Stops the server; its data directory is removed unless kept (to start it again on the same data). */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

/**
 * The real server, started as `npm start` starts it (scripts/start.mjs: the bundle `npm install`
 * built when it is current, else src/main.ts), on PGlite in a fresh temporary data directory, with
 * the demo organisation and cases, serving the built web app on a free port.
 */
export async function startApp(
  opts: { env?: Record<string, string>; dataDir?: string; port?: number } = {},
): Promise<RunningApp> {
  if (opts.port !== undefined) return startAppOn(opts.port, opts);
  return startOnFreePort(async (port) => {
    const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'khien-e2e-'));
    return startAppOn(port, { ...opts, dataDir }).catch((e: unknown) => {
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      throw e;
    });
  });
}

async function startAppOn(port: number, opts: { env?: Record<string, string>; dataDir?: string }): Promise<RunningApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'khien-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KHIEN_DATA_DIR: dataDir,
      KHIEN_DEMO_DATA: 'true',
      KHIEN_WEB_ROOT: join(ROOT, 'web', 'dist'),
      KHIEN_LOG_REQUESTS: 'false',
      // Nobody must enrol a second factor unless a journey asks (test/e2e/second-factor.test.ts).
      KHIEN_MFA_REQUIRED_ROLES: '',
      NODE_ENV: 'test',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  await new Promise<void>((res, rej) => {
    // A server that did not start in time is stopped, not left running after the journey failed.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`server did not start in time:\n${output}`));
    }, 90_000);
    const check = () => {
      if (output.includes('is serving at')) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    async stop(stopOpts = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((res) => child.once('exit', res));
        child.kill('SIGTERM');
        // Unreferenced: a pending timer would keep this test file's process alive for the rest of the 15 s.
        await Promise.race([exited, new Promise((res) => setTimeout(res, 15_000).unref())]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!stopOpts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(
  browser: Browser,
  opts: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    locale: opts.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  // CI runs two journeys beside the PostgreSQL suite on two cores: a step that takes 2 s alone can take
  // several times that there, so a wait gives up after 30 s rather than 15.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A and AA) on the page as it is; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page, name: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  )) as AxeViolation[];
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
          .join('\n  ')}`,
    )
    .join('\n');
}

/**
 * Waits until the focused element's text is `text`. It polls through `page.evaluate`, which the
 * page's Content Security Policy does not govern; `waitForFunction` with a string predicate
 * evaluates it inside the page, where the policy (no 'unsafe-eval') refuses it.
 */
export async function waitForFocusOn(page: Page, text: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let focused = '';
  while (Date.now() < deadline) {
    focused = String(await page.evaluate('document.activeElement?.textContent?.trim() ?? ""'));
    if (focused === text) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`focus expected on “${text}”, found on “${focused}”`);
}
