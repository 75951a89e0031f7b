// Drives the API docs in Debian's Chromium (headless, through npm playwright-core; no browser download).
//   node docs-browser.mjs try-it-out BASE_URL   Swagger UI at /docs: Try it out -> Execute on every route, in order.
//   node docs-browser.mjs redoc BASE_URL        ReDoc at /redoc: the page renders every operation.
// Prints one JSON object: what ran, the statuses Swagger UI showed, every failed request or page error (problems),
// what the page's Content-Security-Policy blocked (blocked) and every request that left BASE_URL's origin (external).
import { chromium } from 'playwright-core';

const [command, base] = process.argv.slice(2);
const routes = [
  ['post', '/events'],
  ['get', '/events'],
  ['get', '/events/{eventId}'],
  ['put', '/events/{eventId}'],
  ['delete', '/events/{eventId}'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  // Root in CI has no sandbox; the rest keep Chromium off the (closed) network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps'],
});
const problems = [];
const blocked = new Set();
const requested = new Set();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A blocked load is reported twice, here and as a failed request; the request names it.
    if (message.type() === 'error' && !message.text().includes('Content Security Policy directive')) {
      problems.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('request', (request) => requested.add(request.url()));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'csp') blocked.add(request.url());
    else problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`); });
  const result = await (command === 'redoc' ? redoc(page) : tryItOut(page)).catch((error) => ({ error: error.message }));
  const origin = new URL(base).origin;
  const external = [...requested].filter((url) => new URL(url).origin !== origin && !blocked.has(url) && !url.startsWith('data:') && !url.startsWith('blob:'));
  console.log(JSON.stringify({ ...result, problems, blocked: [...blocked], external }));
} finally {
  await browser.close();
}

async function tryItOut(page) {
  await page.goto(`${base}/docs`);
  await page.locator('.opblock').first().waitFor();
  const statuses = [];
  for (const [method, path] of routes) {
    const block = page.locator(`.opblock.opblock-${method}`)
      .filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) });
    await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    statuses.push({ method: method.toUpperCase(), path, status: (await status.innerText()).trim() });
  }

  return { page: 'docs', statuses };
}

async function redoc(page) {
  await page.goto(`${base}/redoc`);
  await page.locator('[data-section-id^="operation/"]').first().waitFor();
  const operations = await page.locator('[data-section-id^="operation/"]').evaluateAll(
    (elements) => [...new Set(elements.map((e) => e.getAttribute('data-section-id').slice('operation/'.length)))]);
  return { page: 'redoc', operations };
}
