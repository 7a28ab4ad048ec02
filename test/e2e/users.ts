import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './browser-steps.ts';
import { launchBrowser, newPage, startApp, type RunningApp } from './harness.ts';

/** One signed-in browser context per person, kept for the whole journey. */
export class People {
  private pages = new Map<string, { context: BrowserContext; page: Page }>();

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly opts: { width?: number; locale?: string } = {},
  ) {}

  async as(username: string): Promise<Page> {
    let entry = this.pages.get(username);
    if (!entry) {
      entry = await newPage(this.browser, this.opts);
      entry.page.on('pageerror', (e) => console.error(`[${username}] page error: ${e.message}`));
      await signIn(entry.page, this.baseUrl, username);
      this.pages.set(username, entry);
    }
    return entry.page;
  }

  async closeAll(): Promise<void> {
    for (const { context } of this.pages.values()) await context.close();
    this.pages.clear();
  }
}

export interface Journey {
  app: RunningApp;
  browser: Browser;
  people: People;
}

/**
 * The server, a browser and the signed-in people of one test file: started before its tests,
 * stopped after. Read the fields inside the tests (they are set once `before` has run).
 */
export function journey(): Journey {
  const j = {} as Journey;
  before(async () => {
    j.app = await startApp();
    j.browser = await launchBrowser();
    j.people = new People(j.browser, j.app.baseUrl);
  });
  after(async () => {
    await j.people?.closeAll();
    await j.browser?.close();
    await j.app?.stop();
  });
  return j;
}
