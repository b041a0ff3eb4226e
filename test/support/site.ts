import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser.ts';

/** What an e2e test file gets: the site's address and a way to open watched pages on it. */
export interface Site {
  baseUrl: string;
  /** Opens a page in a fresh context; the context is closed after the test. */
  open(): Promise<WatchedPage>;
}

/** Starts Chromium for the calling test file and closes it, and every page it opened, afterwards. */
export function useSite(): Site {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    async open() {
      if (!browser) throw new Error('the browser is not running (useSite() must be called in the describe body)');
      const watched = await openWatchedPage(browser, baseUrl);
      opened.push(watched);
      return watched;
    },
  };
}

/** The path of a page's URL ("/letters/x/"), for comparing where navigation landed. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
