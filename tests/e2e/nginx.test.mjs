// Target B: real nginx with deploy/nginx.conf in front of the mock ModelArts. The app must run under
// the strict CSP with no violation, and the proxy must be GET-only, cookie-free and no open relay.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, newPage, freePort } from "./harness.mjs";
import { projectRoot } from "./paths.mjs";
import { startMock, TOKEN } from "./mock.mjs";
import { startNginx } from "./nginx.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
let mock;
let nginx;
let browser;

before(async () => {
  // The mock plays ModelArts itself here: its API answers at /v2/... (an empty sub-path prefix).
  mock = await startMock({ subPath: "/" });
  nginx = await startNginx({ port: await freePort(), upstream: mock.url.replace(/\/$/, "") });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.close();
  await mock?.close();
});

/** A page that records CSP violations from the first script on. */
async function cspPage(options) {
  const page = await newPage(browser, options);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}

test("the app runs under the strict CSP with zero violations, through the proxy", async () => {
  const page = await cspPage();
  await page.goto(`${nginx.url}#/projects/demo/training-jobs/${FAILED}?endpoint=proxy`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Show the document as JSON" }).click();
  await page.locator(".raw-json").waitFor();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.problems, []);
  const proxied = mock.requests.filter((r) => r.path === `/v2/demo/training-jobs/${FAILED}`);
  assert.ok(proxied.length > 0, "nginx forwarded the API call to the mock");
});

test("security and caching headers are sent", async () => {
  const index = await fetch(nginx.url);
  const csp = index.headers.get("content-security-policy");
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(index.headers.get("x-content-type-options"), "nosniff");
  assert.equal(index.headers.get("referrer-policy"), "no-referrer");
  assert.equal(index.headers.get("cache-control"), "no-store");
  assert.equal((await fetch(`${nginx.url}config.json`)).headers.get("cache-control"), "no-store");
  const html = await index.text();
  const wasm = html.match(/href="\.\/([^"]+_bg\.wasm)"/)[1];
  const response = await fetch(`${nginx.url}${wasm}`, { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(response.headers.get("content-type"), "application/wasm");
  assert.equal(response.headers.get("content-encoding"), "gzip");
  assert.match(response.headers.get("cache-control"), /max-age=31536000, immutable/);
});

test("the proxy is GET-only, strips cookies, passes the token through and relays nothing else", async () => {
  const api = `${nginx.url}v2/demo/training-jobs/${FAILED}`;
  mock.requests.length = 0;
  const ok = await fetch(api, { headers: { "X-Auth-Token": TOKEN, Cookie: "session=secret" } });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get("set-cookie"), null);
  const seen = mock.requests.at(-1);
  assert.equal(seen.headers["x-auth-token"], TOKEN);
  assert.equal(seen.headers.cookie, undefined, "cookies are stripped");
  const forwarded = mock.requests.length;
  assert.equal((await fetch(api, { method: "POST", body: "{}" })).status, 403);
  assert.equal((await fetch(api, { method: "DELETE" })).status, 403);
  for (const path of ["v2/demo/training-jobs", "v2/demo/training-job-searches", "v2/demo/training-jobs/x/actions", `v2/demo/training-jobs/${"a".repeat(200)}`]) {
    assert.equal((await fetch(`${nginx.url}${path}`)).status, 404, path);
  }
  assert.equal(mock.requests.length, forwarded, "nothing else reached the upstream");
});

test("upstream errors keep their status and JSON body", async () => {
  const response = await fetch(`${nginx.url}v2/demo/training-jobs/not-found`);
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error_code, "ModelArts.2775");
});

test("screenshots at 1280 px and 390 px, light and dark, for review", async () => {
  const dir = join(projectRoot, "target/screenshots");
  mkdirSync(dir, { recursive: true });
  for (const [width, scheme] of [[1280, "light"], [390, "light"], [1280, "dark"], [390, "dark"]]) {
    const page = await cspPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${nginx.url}#/projects/demo/training-jobs/${FAILED}?endpoint=proxy`);
    await page.locator("#overview h1").waitFor({ timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
    await page.screenshot({ path: join(dir, `failed-job-${width}-${scheme}.png`), fullPage: true });
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
  }
});
