// Drives the search page in Chromium as a reader does (types, presses Enter) and times, inside the
// page, what the reader sees: the first result, the count, the facet menus' counts.

/**
 * Installed in the page before the first query. At each Enter it starts a new record; observers note
 * when the first result item is inserted into the list, the frame that paints it, when the status
 * shows a count and when a facet menu gets its values. All times are performance.now() milliseconds.
 */
function installProbes() {
  const probe = { runs: [] };
  window.__searchProbe = probe;
  const current = () => probe.runs.at(-1);
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') probe.runs.push({ enter: event.timeStamp, inserted: null, painted: null, status: null, facets: null });
    },
    true,
  );
  const list = document.getElementById('search-results');
  new MutationObserver((records) => {
    const run = current();
    if (!run || run.inserted !== null) return;
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'LI'))) {
      run.inserted = performance.now();
      requestAnimationFrame(() => (run.painted = performance.now()));
    }
  }).observe(list, { childList: true });
  const status = document.getElementById('search-status');
  new MutationObserver(() => {
    const run = current();
    if (run && run.status === null && /^\d/.test(status.textContent ?? '')) run.status = performance.now();
  }).observe(status, { childList: true, characterData: true, subtree: true });
  const facet = document.querySelector('select[name="year"]');
  if (facet) {
    new MutationObserver(() => {
      const run = current();
      if (run && run.facets === null && facet.options.length > 1) run.facets = performance.now();
    }).observe(facet, { childList: true });
  }
}

/** Opens the search page in a fresh context (empty cache) and waits until it has loaded and gone quiet. */
export async function openSearchPage(browser, server) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/search/', { waitUntil: 'load' });
  await page.evaluate(installProbes);
  await server.quiet();
  return { context, page, errors };
}

/** Milliseconds between keystrokes: faster than anyone types, so that little loads before Enter. */
export const TYPING_DELAY_MS = 20;

/**
 * Types `query` into the search box, presses Enter, waits until the first result shows and the network
 * is quiet again; returns the in-page times (ms after the Enter keydown) and the server's requests
 * that arrived from the click into the box on (whatever the page loads while the reader types counts).
 */
export async function measureQuery(page, server, query) {
  const box = page.locator('#q');
  // The query starts when the reader comes to the box (the page may start loading the search then).
  const logFrom = server.log.length;
  const startedAt = Date.now();
  await box.fill('');
  await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
  const pressedAt = Date.now();
  await page.keyboard.press('Enter');
  // Done when the count shows and, unless it is 0, the first result has been painted.
  await page.waitForFunction(() => {
    const run = window.__searchProbe.runs.at(-1);
    const none = /^0 /.test(document.getElementById('search-status')?.textContent ?? '');
    return run && run.status !== null && (run.painted !== null || none);
  }, undefined, { timeout: 30_000 });
  await server.quiet();
  const run = await page.evaluate(() => window.__searchProbe.runs.at(-1));
  const since = (t) => (t === null ? null : t - run.enter);
  return {
    query,
    shownMs: since(run.painted),
    insertedMs: since(run.inserted),
    statusMs: since(run.status),
    facetsMs: since(run.facets),
    results: await page.locator('#search-results > li').count(),
    status: await page.locator('#search-status').innerText(),
    // Requests the server saw from the click into the box on, with the time each arrived relative to Enter
    // (negative while the reader was typing).
    requests: server.log.slice(logFrom).filter((r) => r.at >= startedAt).map((r) => ({ ...r, afterMs: r.at - pressedAt })),
  };
}
