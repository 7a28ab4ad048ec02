import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './browser-steps.ts';
import { newPage } from './harness.ts';

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
