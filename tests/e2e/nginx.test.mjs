// Target B: real nginx with deploy/nginx.conf in front of the mock ModelArts, both over HTTPS. The
// app must run under the strict CSP with no violation, and the proxy must relay only a job, its
// events, a task's log preview and its usage by GET and the job list by POST (a JSON body of at most 16 KB),
// cookie-free, no open relay, and talk only to an upstream whose certificate it can verify.
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
const SEARCHES = "v2/demo/training-job-searches";
const JSON_TYPE = { "Content-Type": "application/json" };
/** A JSON search body of exactly `size` bytes. */
const searchOfSize = (size) => JSON.stringify({ limit: 50, filters: [{ key: "name", operator: "like", value: ["x".repeat(size - 70)] }] });
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
  await page.getByRole("link", { name: "Show, copy or download the document as JSON" }).click();
  await page.locator(".raw-json").waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.problems, []);
  const proxied = mock.requests.filter((r) => r.path === `/v2/demo/training-jobs/${FAILED}`);
  assert.ok(proxied.length > 0, "nginx forwarded the API call to the mock");
});

test("a job's events, a task's log and the tasks' usage come through the proxy, under the CSP", async () => {
  const page = await cspPage();
  await page.goto(`${nginx.url}#/projects/demo/training-jobs/${FAILED}?endpoint=proxy&section=logs&task=worker-2`);
  // The scrolled view sizes and moves its lines through the CSSOM, which the CSP allows.
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".log__line--current").textContent(), /^206torch\.cuda\.OutOfMemoryError/);
  await page.locator(".section-nav a", { hasText: "Events" }).click();
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  await page.locator(".section-nav a", { hasText: "Resource usage" }).click();
  // Drawn in SVG with a stylesheet's stroke: nothing the CSP refuses.
  await page.locator("#metrics .usage-chart path").first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.problems, []);
  assert.ok(mock.requests.some((r) => r.path === `/v2/demo/training-jobs/${FAILED}/events?limit=100`));
});

test("the finder page lists a project's jobs through the proxy's search and the demo folder, under the CSP", async () => {
  const page = await cspPage();
  await page.goto(`${nginx.url}jobs.html#/projects/demo/training-jobs?endpoint=proxy&phase=Failed`);
  await page.locator("#jobs tbody tr").first().waitFor({ timeout: 15_000 });
  const searched = mock.requests.filter((r) => r.method === "POST" && r.path === "/v2/demo/training-job-searches");
  assert.equal(searched.length, 1, "nginx relayed the search");
  assert.deepEqual(JSON.parse(searched[0].body).filters, [{ key: "phase", operator: "in", value: ["Failed"] }]);
  assert.deepEqual(await page.locator("#jobs tbody th[scope=row] a").allTextContents(), ["llm-pretrain-7b-4node"]);
  // The demo folder is a static file behind nginx: its POST is refused and the file is read.
  await page.goto(`${nginx.url}jobs.html#/projects/demo/training-jobs?endpoint=demo`);
  await page.locator("#jobs tbody tr").nth(8).waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
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
    "search by GET": await nginx.request(SEARCHES),
    "search too large": await nginx.request(SEARCHES, { method: "POST", headers: JSON_TYPE, body: searchOfSize(17 * 1024) }),
    "search not JSON": await nginx.request(SEARCHES, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }),
    "POST to a file": await nginx.request("config.json", { method: "POST", body: "{}" }),
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
  for (const path of ["v2/demo/training-jobs", "v2/demo/training-jobs/x/actions", `v2/demo/training-jobs/${"a".repeat(200)}`]) {
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

test("a job's events, a task's log preview and its usage are relayed by GET, the events with their page size only", async () => {
  mock.requests.length = 0;
  const events = await nginx.request(`v2/demo/training-jobs/${FAILED}/events?limit=100&level=Error&project_id=other`, { headers: { "X-Auth-Token": TOKEN } });
  assert.equal(events.status, 200);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/events?limit=100`);
  assert.equal(mock.requests.at(-1).headers["x-auth-token"], TOKEN);
  // A job whose id is "events" is a job: its query is dropped.
  await nginx.request("v2/demo/training-jobs/events?limit=5");
  assert.equal(mock.requests.at(-1).path, "/v2/demo/training-jobs/events");
  // Nor is the usage of a task called "events" of a job called "training-jobs" an events call.
  await nginx.request("v2/demo/training-jobs/training-jobs/metrics/events?limit=5");
  assert.equal(mock.requests.at(-1).path, "/v2/demo/training-jobs/training-jobs/metrics/events");
  // Nor in project v2, where the path holds "v2/training-jobs/training-jobs/metrics/events".
  await nginx.request("v2/v2/training-jobs/training-jobs/metrics/events?limit=5");
  assert.equal(mock.requests.at(-1).path, "/v2/v2/training-jobs/training-jobs/metrics/events");
  // A page size outside 1 to 100 is dropped, not forwarded.
  await nginx.request(`v2/demo/training-jobs/${FAILED}/events?limit=100000`);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/events`);
  const log = await nginx.request(`v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/preview?limit=100`, { headers: { "X-Auth-Token": TOKEN } });
  assert.equal(log.status, 200);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/preview`);
  assert.match(JSON.parse(log.body).content, /exit with 137/);
  const usage = await nginx.request(`v2/demo/training-jobs/${FAILED}/metrics/worker-2?limit=5`, { headers: { "X-Auth-Token": TOKEN } });
  assert.equal(usage.status, 200);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/metrics/worker-2`);
  assert.deepEqual(JSON.parse(usage.body).metrics.map((series) => series.metric), ["cpuUsage", "memUsage", "gpuUtil", "gpuMemUsage", "npuUtil", "npuMemUsage"]);
  // The log link, asked for as text to read: the header goes up, a query the app never sends does not.
  const link = await nginx.request(`v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/url?Content-Type=application/octet-stream`, { headers: { "X-Auth-Token": TOKEN, "Content-Type": "text/plain" } });
  assert.equal(link.status, 200);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/url`);
  assert.equal(mock.requests.at(-1).headers["content-type"], "text/plain");
  assert.match(JSON.parse(link.body).obs_url, /worker-2\.log\?.*disposition=inline$/);
  const stages = await nginx.request(`v2/demo/training-jobs/${FAILED}/stages?record_order=1`, { headers: { "X-Auth-Token": TOKEN } });
  assert.equal(stages.status, 200);
  assert.equal(mock.requests.at(-1).path, `/v2/demo/training-jobs/${FAILED}/stages`);
  assert.equal(JSON.parse(stages.body).running_records.length, 2);
  const forwarded = mock.requests.length;
  assert.equal((await nginx.request(`v2/demo/training-jobs/${FAILED}/events`, { method: "POST", body: "{}" })).status, 403);
  assert.equal((await nginx.request(`v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/preview`, { method: "DELETE" })).status, 403);
  assert.equal((await nginx.request(`v2/demo/training-jobs/${FAILED}/metrics/worker-2`, { method: "PUT", body: "{}" })).status, 403);
  // The calls the viewer does not make stay unrelayed.
  for (const path of [
    `v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/url/x`,
    `v2/demo/training-jobs/${FAILED}/stages/1`,
    `v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs`,
    `v2/demo/training-jobs/${FAILED}/tasks/worker-2/logs/download`,
    `v2/demo/training-jobs/${FAILED}/metrics`,
    `v2/demo/training-jobs/${FAILED}/metrics/worker-2/x`,
    `v2/demo/training-jobs/${FAILED}/tasks`,
    `v2/demo/training-jobs/${FAILED}/events/x`,
    `v2/demo/training-jobs/${FAILED}/tasks/../logs/preview`,
  ]) {
    assert.equal((await nginx.request(path)).status, 404, path);
  }
  assert.equal(mock.requests.length, forwarded, "nothing else reached the upstream");
});

test("a job-list search is relayed: POST, its JSON body as sent, the token and the API's headers, nothing else", async () => {
  mock.requests.length = 0;
  const search = JSON.stringify(
    { offset: 0, limit: 50, sort_by: "create_time", order: "desc", filters: [{ key: "phase", operator: "in", value: ["Failed", "运行中"] }] },
    null,
    1,
  );
  const response = await nginx.request(SEARCHES, {
    method: "POST",
    headers: {
      "X-Auth-Token": TOKEN,
      Accept: "application/json",
      "Content-Type": "application/json; charset=utf-8",
      "X-Language": "zh-cn",
      "X-HTTP-Method-Override": "DELETE",
      "X-Forwarded-Host": "evil.example",
      Authorization: "Bearer client",
      "X-Security-Token": "client-security-token",
      Cookie: "session=secret",
      Origin: "https://evil.example",
    },
    body: search,
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers["content-type"], "application/json");
  assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
  const list = JSON.parse(response.body);
  assert.equal(list.count, 1);
  assert.equal(list.items.length, 1);
  assert.equal(mock.requests.length, 1);
  const [seen] = mock.requests;
  assert.equal(seen.method, "POST");
  assert.equal(seen.path, "/v2/demo/training-job-searches");
  assert.equal(seen.body, search, "the body, byte for byte");
  assert.deepEqual(Object.keys(seen.headers).sort(), ["accept", "connection", "content-length", "content-type", "host", "x-auth-token", "x-language"]);
  assert.equal(seen.headers["content-length"], String(Buffer.byteLength(search)));
  assert.equal(seen.headers["x-auth-token"], TOKEN);
  assert.equal(seen.headers["content-type"], "application/json; charset=utf-8");
  assert.equal(seen.headers["x-language"], "zh-cn");
});

test("a search's query string is not forwarded", async () => {
  mock.requests.length = 0;
  const response = await nginx.request(`${SEARCHES}?x=1&project_id=other`, { method: "POST", headers: { ...JSON_TYPE, "X-Auth-Token": TOKEN }, body: "{}" });
  assert.equal(response.status, 200);
  assert.deepEqual(mock.requests.map((r) => [r.method, r.path, r.body]), [["POST", "/v2/demo/training-job-searches", "{}"]]);
});

test("a search body over 16 KB is refused with 413, by length or chunked, and never reaches the upstream", async () => {
  mock.requests.length = 0;
  mock.received.length = 0;
  const limit = searchOfSize(16 * 1024);
  assert.equal(limit.length, 16 * 1024);
  assert.equal((await nginx.request(SEARCHES, { method: "POST", headers: JSON_TYPE, body: limit })).status, 200, "16 KB exactly passes");
  assert.doesNotMatch(nginx.errorLog(), /buffered to a temporary file/, "held in memory, not written to disk");
  const small = searchOfSize(1024);
  const chunked = await nginx.request(SEARCHES, { method: "POST", headers: { ...JSON_TYPE, "Transfer-Encoding": "chunked" }, body: small });
  assert.equal(chunked.status, 200, "a chunked body within the limit passes");
  assert.deepEqual(mock.requests.map((r) => r.body), [limit, small], "both bodies as sent");
  assert.equal(mock.requests[1].headers["content-length"], String(small.length), "nginx frames the chunked body with a length");
  const over = searchOfSize(17 * 1024).replace("xxxx", "OVER");
  for (const headers of [JSON_TYPE, { ...JSON_TYPE, "Transfer-Encoding": "chunked" }]) {
    const response = await nginx.request(SEARCHES, { method: "POST", headers, body: over });
    assert.equal(response.status, 413, JSON.stringify(headers));
    assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
  }
  assert.equal(mock.requests.length, 2, "no oversized search reached the upstream");
  assert.doesNotMatch(mock.received.join(""), /OVER/, "not a byte of it");
});

test("a search whose body is not declared JSON is refused with 415 and never reaches the upstream", async () => {
  mock.requests.length = 0;
  for (const type of ["application/json", "Application/JSON; Charset=UTF-8", "application/json;charset=utf-8"]) {
    assert.equal((await nginx.request(SEARCHES, { method: "POST", headers: { "Content-Type": type }, body: "{}" })).status, 200, type);
  }
  const forwarded = mock.requests.length;
  // What an HTML form can send, no type at all, and types that only start or end like JSON.
  for (const type of [undefined, "", "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x", "application/jsonp", "application/json-patch+json", "text/json",
    "application/json; charset=latin1", "text/plain, application/json", "application/json, text/plain"]) {
    const headers = type === undefined ? {} : { "Content-Type": type };
    const response = await nginx.request(SEARCHES, { method: "POST", headers, body: '{"limit": 1}' });
    assert.equal(response.status, 415, String(type));
    assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
  }
  assert.equal(mock.requests.length, forwarded, "nothing refused reached the upstream");
});

test("every other method on the search path is answered 405 with Allow: POST and reaches nothing", async () => {
  mock.requests.length = 0;
  for (const method of ["GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const body = ["PUT", "PATCH"].includes(method) ? "{}" : undefined;
    const response = await nginx.request(SEARCHES, { method, headers: { ...JSON_TYPE, "X-Auth-Token": TOKEN }, body });
    assert.equal(response.status, 405, method);
    assert.equal(response.headers.allow, "POST", method);
    assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
  }
  assert.deepEqual(mock.requests, [], "the upstream saw none of them");
  // Only nginx's own 405 carries an Allow of its own making.
  assert.equal((await nginx.request(SEARCHES, { method: "POST", headers: JSON_TYPE, body: "{}" })).headers.allow, undefined);
  assert.equal((await nginx.request(`v2/demo/training-jobs/${FAILED}`)).headers.allow, undefined);
});

test("a POST anywhere else is refused and reaches nothing; a POST to a file is 405, as on a static host", async () => {
  mock.requests.length = 0;
  const refused = {
    [`v2/demo/training-jobs/${FAILED}`]: 403,
    "v2/demo/training-jobs": 404,
    "v2/demo/training-job-searches/extra": 404,
    "v2/demo/training-job-searches/": 404,
    "v2/demo/training-job-searches%2Fextra": 404,
    "v2/demo/training-job-searches.json": 404,
    "v2/demo/training-job-searchesx": 404,
    "v2/demo/Training-Job-Searches": 404,
    "v2/training-job-searches": 404,
    "v2/demo/x/training-job-searches": 404,
    [`v2/${"a".repeat(65)}/training-job-searches`]: 404,
    "v3/demo/training-job-searches": 405,
    "demo/v2/demo/training-job-searches.json": 405,
  };
  for (const [path, status] of Object.entries(refused)) {
    const response = await nginx.request(path, { method: "POST", headers: { ...JSON_TYPE, "X-Auth-Token": TOKEN }, body: "{}" });
    assert.equal(response.status, status, path);
    if (status === 405) assert.equal(response.headers.allow, "GET, HEAD", path);
  }
  assert.deepEqual(mock.requests.map((r) => r.path), [], "nothing reached the upstream");
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
      const search = await proxy.request(`v2/${project}/training-job-searches`, { method: "POST", headers: { ...clientHeaders, ...JSON_TYPE }, body: "{}" });
      assert.equal(search.status, 200, `${project} search`);
      assert.equal(mock.requests.at(-1).path, `/v2/${project}/training-job-searches`);
      assert.equal(mock.requests.at(-1).headers["x-auth-token"], injected, "the search too goes with the injected token");
    }
    const forwarded = mock.requests.length;
    // Neighbours of the listed ids too: the alternation must be anchored as a whole.
    for (const project of ["other", "demo2", "xdemo", "team-bc", "team"]) {
      const response = await proxy.request(`v2/${project}/training-jobs/${FAILED}`, { headers: clientHeaders });
      assert.equal(response.status, 403, project);
      assert.match(response.headers["content-security-policy"], /base-uri 'none'/);
      const search = await proxy.request(`v2/${project}/training-job-searches`, { method: "POST", headers: { ...clientHeaders, ...JSON_TYPE }, body: "{}" });
      assert.equal(search.status, 403, `${project} search`);
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
    const search = await proxy.request("v2/demo/training-job-searches", { method: "POST", headers: { "X-Auth-Token": TOKEN, ...JSON_TYPE }, body: "{}" });
    assert.equal(search.status, 502, "the search is not sent either");
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
