import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian's Chromium lives; `npm test` installs it there when it is missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for Chromium in a container: no sandbox, no GPU, and no background traffic filling the log. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the system Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A page in its own context (axe needs one), with every console error and uncaught page error it reports. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens a fresh context and page whose console errors and page errors are collected in `errors`. */
export async function openWatchedPage(browser: Browser, baseURL: string): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { context, page, errors };
}
