// Target B: real nginx with deploy/nginx.conf in front of the mock ModelArts, both over HTTPS. The
// app must run under the strict CSP with no violation, and the proxy must be GET-only, cookie-free,
// no open relay, and talk only to an upstream whose certificate it can verify.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, newPage, freePort } from "./harness.mjs";
import { projectRoot } from "./paths.mjs";
import { startMock, TOKEN } from "./mock.mjs";
import { startNginx, selfSignedCert } from "./nginx.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
let certs;
let upstreamCert;
let mock;
let nginx;
let browser;

before(async () => {
  certs = mkdtempSync(join(tmpdir(), "job-viewer-certs-"));
  // The mock plays ModelArts itself here, over https with a self-signed certificate that nginx is
  // given as its CA bundle: its API answers at /v2/... (an empty sub-path prefix).
  upstreamCert = selfSignedCert(certs, "upstream");
  mock = await startMock({ subPath: "/", tls: upstreamCert });
  nginx = await startNginx({ port: await freePort(), upstream: mock.url.replace(/\/$/, ""), upstreamCa: upstreamCert.certPath });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.close();
  await mock?.close();
  if (certs) rmSync(certs, { recursive: true, force: true });
});

/** A page that records CSP violations from the first script on; it accepts nginx's test certificate. */
async function cspPage(options) {
  const page = await newPage(browser, { ignoreHTTPSErrors: true, ...options });
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
  const index = await nginx.request(nginx.url);
  const csp = index.headers["content-security-policy"];
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(index.headers["x-content-type-options"], "nosniff");
  assert.equal(index.headers["referrer-policy"], "no-referrer");
  assert.equal(index.headers["cache-control"], "no-store");
  assert.equal((await nginx.request("config.json")).headers["cache-control"], "no-store");
  const wasm = index.body.match(/href="?\.\/([^"\s>]+_bg\.wasm)/)[1];
  const response = await nginx.request(wasm, { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(response.headers["content-type"], "application/wasm");
  assert.equal(response.headers["content-encoding"], "gzip");
  assert.match(response.headers["cache-control"], /max-age=31536000, immutable/);
});

test("plain HTTP only redirects to the HTTPS origin, which sends HSTS", async () => {
  const path = `v2/demo/training-jobs/${FAILED}?a=b`;
  mock.requests.length = 0;
  const plain = await nginx.request(new URL(path, nginx.httpUrl), { headers: { "X-Auth-Token": TOKEN, Host: "evil.example" } });
  assert.equal(plain.status, 301);
  assert.equal(plain.headers.location, new URL(path, nginx.url).href, "to the configured origin, not the client's Host");
  assert.equal(plain.headers["strict-transport-security"], undefined, "HSTS means nothing over plain HTTP");
  assert.equal(mock.requests.length, 0, "plain HTTP proxies nothing");
  for (const response of [await nginx.request(nginx.url), await nginx.request(`v2/demo/training-jobs/${FAILED}`), await nginx.request("nope")]) {
    assert.match(response.headers["strict-transport-security"] ?? "", /^max-age=\d{8,}/);
  }
});

test("every response, the redirect and errors included, names no nginx version and has the full CSP", async () => {
  const responses = {
    page: await nginx.request(nginx.url),
    api: await nginx.request(`v2/demo/training-jobs/${FAILED}`),
    "upstream error": await nginx.request("v2/demo/training-jobs/not-found"),
    "refused method": await nginx.request(`v2/demo/training-jobs/${FAILED}`, { method: "POST" }),
    "unknown API path": await nginx.request("v2/demo/training-jobs"),
    "missing file": await nginx.request("nope.js"),
    redirect: await nginx.request(new URL(nginx.httpUrl)),
  };
  for (const [what, response] of Object.entries(responses)) {
    assert.equal(response.headers.server, "nginx", what);
    assert.doesNotMatch(response.body, /nginx\/\d/, `${what}: nginx's own error page names no version`);
    const csp = response.headers["content-security-policy"] ?? "";
    assert.match(csp, /base-uri 'none'/, what);
    assert.match(csp, /form-action 'none'/, what);
    assert.match(csp, /frame-ancestors 'none'/, what);
  }
});

test("the proxy is GET-only, strips cookies, passes the token through and relays nothing else", async () => {
  const api = `v2/demo/training-jobs/${FAILED}`;
  mock.requests.length = 0;
  const ok = await nginx.request(api, { headers: { "X-Auth-Token": TOKEN, Cookie: "session=secret" } });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers["set-cookie"], undefined);
  const seen = mock.requests.at(-1);
  assert.equal(seen.headers["x-auth-token"], TOKEN);
  assert.equal(seen.headers.cookie, undefined, "cookies are stripped");
  const forwarded = mock.requests.length;
  assert.equal((await nginx.request(api, { method: "POST", body: "{}" })).status, 403);
  assert.equal((await nginx.request(api, { method: "DELETE" })).status, 403);
  for (const path of ["v2/demo/training-jobs", "v2/demo/training-job-searches", "v2/demo/training-jobs/x/actions", `v2/demo/training-jobs/${"a".repeat(200)}`]) {
    assert.equal((await nginx.request(path)).status, 404, path);
  }
  assert.equal(mock.requests.length, forwarded, "nothing else reached the upstream");
});

test("only the token, Accept, Content-Type and X-Language reach the upstream: no other header, query or body", async () => {
  mock.requests.length = 0;
  mock.received.length = 0;
  const response = await nginx.request(`v2/demo/training-jobs/${FAILED}?limit=1&project_id=other`, {
    method: "GET",
    headers: {
      "X-Auth-Token": TOKEN,
      Accept: "application/json",
      "Content-Type": "application/json",
      "X-Language": "zh-cn",
      "X-HTTP-Method-Override": "DELETE",
      "X-Original-URL": "/v2/other/training-jobs",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-For": "10.0.0.1",
      "Proxy-Authorization": "Basic c2VjcmV0OnNlY3JldA==",
      Authorization: "Bearer client",
      "X-Security-Token": "client-security-token",
      Cookie: "session=secret",
      "User-Agent": "curious-client",
    },
    body: "GET-body-payload",
  });
  assert.equal(response.status, 200);
  assert.equal(mock.requests.length, 1);
  const [seen] = mock.requests;
  assert.equal(seen.method, "GET");
  assert.equal(seen.path, `/v2/demo/training-jobs/${FAILED}`, "no query string");
  assert.equal(seen.body, "", "no body");
  assert.doesNotMatch(mock.received.join(""), /GET-body-payload/, "nor after the request, unframed");
  // Host and Connection are nginx's own, not the client's.
  assert.deepEqual(Object.keys(seen.headers).sort(), ["accept", "connection", "content-type", "host", "x-auth-token", "x-language"]);
  assert.equal(seen.headers.host, new URL(mock.url).host);
  assert.equal(seen.headers["x-auth-token"], TOKEN);
  assert.equal(seen.headers.accept, "application/json");
  assert.equal(seen.headers["content-type"], "application/json");
  assert.equal(seen.headers["x-language"], "zh-cn");
});

test("with UPSTREAM_TOKEN, only ALLOWED_PROJECTS are proxied, with the injected token and no client one", async () => {
  const injected = "tok-injected-456";
  const proxy = await startNginx({ port: await freePort(), upstream: mock.url.replace(/\/$/, ""), upstreamCa: upstreamCert.certPath, upstreamToken: injected, allowedProjects: "demo|team-b" });
  try {
    const clientHeaders = { "X-Auth-Token": TOKEN, "X-Security-Token": "client-security-token" };
    mock.requests.length = 0;
    for (const project of ["demo", "team-b"]) {
      const response = await proxy.request(`v2/${project}/training-jobs/${FAILED}`, { headers: clientHeaders });
      assert.equal(response.status, 200, project);
      const seen = mock.requests.at(-1);
      assert.equal(seen.path, `/v2/${project}/training-jobs/${FAILED}`);
      assert.equal(seen.headers["x-auth-token"], injected, "the injected token replaces the browser's");
      assert.equal(seen.headers["x-security-token"], undefined, "no client security token beside it");
    }
    const forwarded = mock.requests.length;
    // Neighbours of the listed ids too: the alternation must be anchored as a whole.
    for (const project of ["other", "demo2", "xdemo", "team-bc", "team"]) {
      const response = await proxy.request(`v2/${project}/training-jobs/${FAILED}`, { headers: clientHeaders });
      assert.equal(response.status, 403, project);
      assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
    }
    assert.equal(mock.requests.length, forwarded, "no refused project reached the upstream");
  } finally {
    await proxy.close();
  }
});

test("without UPSTREAM_TOKEN every project passes, on the browser's own token", async () => {
  mock.requests.length = 0;
  const response = await nginx.request(`v2/other/training-jobs/${FAILED}`, { headers: { "X-Auth-Token": TOKEN } });
  assert.equal(response.status, 200);
  assert.equal(mock.requests.at(-1).headers["x-auth-token"], TOKEN);
});

test("an upstream whose certificate is not in UPSTREAM_CA gets no request and no token", async () => {
  // Same names (localhost, 127.0.0.1) as the real upstream, but its own self-signed certificate,
  // which the CA bundle nginx is given does not contain: a man in the middle.
  const impostor = await startMock({ subPath: "/", tls: selfSignedCert(certs, "impostor") });
  const proxy = await startNginx({ port: await freePort(), upstream: impostor.url.replace(/\/$/, ""), upstreamCa: upstreamCert.certPath });
  try {
    const response = await proxy.request(`v2/demo/training-jobs/${FAILED}`, { headers: { "X-Auth-Token": TOKEN } });
    assert.equal(response.status, 502);
    assert.equal(response.headers.server, "nginx");
    assert.deepEqual(impostor.requests, [], "the impostor received no request, so no token");
    assert.match(proxy.errorLog(), /upstream SSL certificate verify error/);
  } finally {
    await proxy.close();
    await impostor.close();
  }
});

test("upstream errors keep their status and JSON body", async () => {
  const response = await nginx.request("v2/demo/training-jobs/not-found");
  assert.equal(response.status, 400);
  assert.equal(JSON.parse(response.body).error_code, "ModelArts.2775");
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
