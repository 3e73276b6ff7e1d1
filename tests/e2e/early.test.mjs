// The first requests start while the wasm downloads (prefetch.js), and the app takes their answers
// instead of asking twice; an endpoint that needs a token is never asked early.
import { test } from "node:test";
import assert from "node:assert/strict";
import { holdAnswers, newPage, mockForTests } from "./harness.mjs";
import { startMock } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';
const served = mockForTests({
  jobs: { "boot-hostile": JSON.stringify({ metadata: { id: "boot-hostile", name: HOSTILE_NAME }, status: { phase: "Running" } }) },
  config: {
    endpoints: [
      { name: "proxy", base_url: "", auth: "none" },
      { name: "secure", base_url: "secure/", auth: "token" },
    ],
    default_endpoint: "proxy",
    refresh_seconds: 0,
    timeout_seconds: 20,
  },
});

// The job's own call, not the events and logs read beside it once it is shown.
const jobRequests = () => served.mock.requests.filter((request) => /\/training-jobs\/[^/?]+(?:\?|$)/.test(request.path));
const configRequests = () => served.mock.requests.filter((request) => request.path.endsWith("/config.json"));
const jobPaths = (mock) => mock.requests.filter((request) => request.path.includes("/training-jobs/")).map((request) => request.path);

/**
 * Holds the page's wasm back, so that whatever is asked for meanwhile was asked for by the page,
 * not the app: until `release()`, or for `ms` after the wasm is asked for when given. `asked` is
 * then the job calls `mock` had received when the wasm went through.
 */
async function holdWasm(page, { mock = served.mock, ms } = {}) {
  const held = { asked: undefined };
  const released = new Promise((resolve) => (held.release = resolve));
  await page.route("**/*_bg.wasm", async (route) => {
    if (ms !== undefined) setTimeout(held.release, ms);
    await released;
    held.asked = jobPaths(mock);
    await route.continue();
  });
  return held;
}

test("config.json and the job are asked for while the wasm downloads, once each", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  const wasm = await holdWasm(page, { ms: 1_000 });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`);
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.deepEqual(wasm.asked, [`/tools/jobs/v2/p/training-jobs/${FAILED}`]);
  assert.equal(jobRequests().length, 1, "the app took the early answer instead of asking again");
  assert.equal(configRequests().length, 1);
  assert.equal(jobRequests()[0].headers.accept, "application/json");
});

test("a token endpoint is never asked early, and a job opened later is asked for once, by the app", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").waitFor({ timeout: 15_000 });
  assert.deepEqual(jobRequests(), [], "nothing is asked of a token endpoint before there is a token");
  // A page that changes its hash after loading asks for the new job itself, once.
  await page.evaluate((id) => (location.hash = `#/projects/p/training-jobs/${id}`), FAILED);
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.equal(jobRequests().length, 1);
});

test("the skeleton is painted before the wasm has started, and the app replaces it", async () => {
  const page = await newPage(served.browser);
  await holdWasm(page, { ms: 1_000 });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
  assert.equal(await page.locator("#boot .skeleton").isVisible(), true);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#boot").count(), 0);
});

/**
 * Records, in the page, the top of a heading that shows `name` in every frame from the first that
 * shows it until the job's overview does: `null` for a frame where none shows it.
 */
const watchName = (name) => {
  window.__nameTops = [];
  const look = () => {
    const heading = [...document.querySelectorAll("h1")].find((h1) => h1.textContent === name && h1.getClientRects().length > 0);
    if (heading || window.__nameTops.length > 0) window.__nameTops.push(heading ? heading.getBoundingClientRect().top : null);
    if (!document.querySelector("#overview h1")) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

test("a linked job's name is on screen before the wasm has started, and stays there until the job is shown", async () => {
  const page = await newPage(served.browser);
  const wasm = await holdWasm(page);
  await page.addInitScript(watchName, "llm-pretrain-7b-4node");
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
  const heading = page.locator("#boot h1");
  await heading.filter({ hasText: "llm-pretrain-7b-4node" }).waitFor({ state: "visible", timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, "painted before the app started");
  wasm.release();
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  const frames = await page.evaluate(() => window.__nameTops);
  assert.ok(frames.length > 1);
  assert.deepEqual(frames.filter((top) => top === null), [], "the name never left the screen on its way from the skeleton to the job");
  assert.equal(await page.locator("#boot").count(), 0);
});

test("the job's name stays where it was first painted, from the skeleton to the job's overview", async () => {
  // The English page at a desktop and a phone's width: the skeleton holds the room of the bars
  // the app puts above the job (main.css, "boot__").
  for (const width of [1280, 390]) {
    const page = await newPage(served.browser, { viewport: { width, height: 844 } });
    const wasm = await holdWasm(page);
    await page.addInitScript(watchName, "llm-pretrain-7b-4node");
    await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
    await page.locator("#boot h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ state: "visible", timeout: 15_000 });
    wasm.release();
    await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
    const tops = await page.evaluate(() => window.__nameTops);
    assert.ok(tops.length > 1);
    const [first] = tops;
    assert.deepEqual(tops.filter((top) => top === null || Math.abs(top - first) > 1), [], `at ${width} px the name moved from ${first} px`);
    await page.close();
  }
});

test("the job's card does not move from the skeleton to the app's loading card to the overview", async () => {
  // The English page at widths on each side of the skeleton's rows (main.css, "boot__").
  for (const width of [1280, 1000, 700, 390]) {
    const page = await newPage(served.browser, { viewport: { width, height: 844 } });
    const wasm = await holdWasm(page);
    const job = await holdJob(page);
    const cardTop = (selector) => page.locator(selector).evaluate((card) => card.getBoundingClientRect().top);
    await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
    const tops = [await cardTop("#boot .card")];
    wasm.release();
    await page.locator(".job-toolbar").waitFor({ timeout: 15_000 });
    tops.push(await cardTop(".app-main .card.skeleton"));
    job.release();
    await page.locator("#overview h1").waitFor({ timeout: 15_000 });
    tops.push(await cardTop("#overview"));
    assert.ok(Math.max(...tops) - Math.min(...tops) <= 1, `at ${width} px: skeleton, loading card, overview at ${tops.join(", ")} px`);
    await page.close();
  }
});

test("the section links are there while the job loads, and one picked then is scrolled to once it is shown", async () => {
  const page = await newPage(served.browser, { viewport: { width: 1280, height: 700 } });
  const job = await holdJob(page);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`);
  await page.locator(".skeleton[aria-busy=true]").waitFor({ timeout: 15_000 });
  await page.locator(".section-nav").getByRole("link", { name: "Parameters" }).click();
  assert.match(page.url(), /section=parameters/);
  job.release();
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => {
    const top = document.getElementById("parameters")?.getBoundingClientRect().top;
    return top !== undefined && top >= 0 && top < 200;
  }, null, { timeout: 15_000 });
  await page.close();
});

/** Holds the answer to the job's own call until `release()`, or for `ms` after it is asked for. */
function holdJob(page, options) {
  return holdAnswers(page, /\/training-jobs\/[^/?]+$/, options);
}

/** Records, in the page, when the skeleton first showed a name and when the wasm started. */
const recordStart = () => {
  window.__order = [];
  addEventListener("TrunkApplicationStarted", () => window.__order.push("started"));
  const look = () => {
    if (document.getElementById("boot-name")?.textContent) window.__order.push("named");
    else if (!window.__order.includes("started")) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

test("the wasm starts once the skeleton shows the linked job's name, not before", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  // Slower than the wasm, which alone would start the app first and take the name off the screen
  // until the job is shown.
  await holdJob(page, { ms: 250 });
  await page.addInitScript(recordStart);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`);
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__order), ["named", "started"]);
  assert.equal(jobRequests().length, 1);
  await page.close();
});

test("an answer slower than half a second does not hold the app back, which then shows the job", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  const job = await holdJob(page);
  await page.addInitScript(recordStart);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`);
  await page.locator("#boot").waitFor({ state: "detached", timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__order), ["started"], "started while the job was still on its way");
  job.release();
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.equal(jobRequests().length, 1, "the app took the early answer it had waited for");
  await page.close();
});

test("an early answer that comes after the link has changed paints no name", async () => {
  const page = await newPage(served.browser);
  const wasm = await holdWasm(page);
  const job = await holdJob(page);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction((id) => performance.getEntriesByType("resource").length > 0 && window.modelartsEarly !== undefined, FAILED);
  await page.evaluate(() => (location.hash = "#/projects/p/training-jobs/boot-hostile"));
  job.release();
  // The old job's answer lands; its name must not.
  await page.waitForFunction((id) => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith(id) && entry.responseEnd > 0), FAILED);
  await page.waitForTimeout(200);
  assert.equal(await page.locator("#boot h1").textContent(), "");
  wasm.release();
  await page.locator("#overview h1", { hasText: HOSTILE_NAME }).waitFor({ timeout: 15_000 });
  await page.close();
});

test("the early name is text, and a job that is not found paints none", async () => {
  const hostile = await newPage(served.browser);
  const missing = await newPage(served.browser);
  const held = [await holdWasm(hostile), await holdWasm(missing)];
  try {
    await hostile.goto(`${served.mock.url}#/projects/p/training-jobs/boot-hostile`, { waitUntil: "domcontentloaded" });
    await hostile.locator("#boot h1", { hasText: "<img" }).waitFor({ state: "visible", timeout: 15_000 });
    assert.equal(await hostile.locator("#boot h1").textContent(), HOSTILE_NAME);
    assert.equal(await hostile.locator("#boot img").count(), 0);

    await missing.goto(`${served.mock.url}#/projects/p/training-jobs/not-found`, { waitUntil: "domcontentloaded" });
    await missing.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith("/training-jobs/not-found")));
    await missing.waitForTimeout(200);
    assert.equal(await missing.locator("#boot h1").textContent(), "");
    assert.equal(await missing.locator("#boot h1").isVisible(), false, "an empty heading takes no room");
  } finally {
    for (const wasm of held) wasm.release();
  }
  await hostile.locator("#overview h1", { hasText: HOSTILE_NAME }).waitFor({ timeout: 15_000 });
  assert.equal(await hostile.evaluate(() => window.__pwned), undefined);
  await missing.locator(".error-panel__title").waitFor({ timeout: 15_000 });
  assert.equal(await missing.locator("h1", { hasText: "llm" }).count(), 0);
});

for (const [link, call] of [
  ["section=logs&task=worker-2", "/tasks/worker-2/logs/preview"],
  ["section=events", "/events?limit=100"],
]) {
  test(`the diagnostics page asks for the job and its first call (${link}) while the wasm downloads, once each`, async () => {
    served.mock.requests.length = 0;
    const page = await newPage(served.browser);
    const wasm = await holdWasm(page, { ms: 1_000 });
    await page.goto(`${served.mock.url}diagnostics.html#/projects/p/training-jobs/${FAILED}?${link}`);
    await page.locator(call.includes("logs") ? ".log__line" : "#events tbody tr").first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    const job = `/tools/jobs/v2/p/training-jobs/${FAILED}`;
    assert.deepEqual(wasm.asked.toSorted(), [job, job + call].toSorted());
    const asked = jobPaths(served.mock);
    assert.equal(asked.filter((path) => path === job).length, 1, "the app took the early job");
    assert.equal(asked.filter((path) => path === job + call).length, 1, "the app took the early call");
    await page.close();
  });
}

test("a folder of saved answers is asked early for the files the app reads, and a link changed before the app starts drops the early name", async () => {
  const demo = await startMock({
    config: { endpoints: [{ name: "demo", base_url: "demo/", auth: "none", files: true }], default_endpoint: "demo", refresh_seconds: 0, timeout_seconds: 20 },
  });
  const page = await newPage(served.browser);
  try {
    const wasm = await holdWasm(page, { mock: demo });
    await page.goto(`${demo.url}diagnostics.html#/projects/demo/training-jobs/${FAILED}?section=logs&task=worker-2`);
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith("/logs/preview.json")));
    wasm.release();
    await page.locator(".log__line").first().waitFor({ timeout: 15_000 });
    const job = `/tools/jobs/demo/v2/demo/training-jobs/${FAILED}`;
    assert.deepEqual(wasm.asked.toSorted(), [`${job}.json`, `${job}/tasks/worker-2/logs/preview.json`]);
    assert.equal(demo.requests.filter((request) => request.path.endsWith("/logs/preview.json")).length, 1);

    // The viewer: the early name is painted, then the link changes while the wasm still loads.
    const viewer = await newPage(served.browser);
    const viewerWasm = await holdWasm(viewer, { mock: demo });
    await viewer.goto(`${demo.url}#/projects/demo/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
    await viewer.locator("#boot h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
    await viewer.evaluate(() => (location.hash = "#/projects/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347"));
    await viewer.waitForFunction(() => document.querySelector("#boot h1")?.textContent === "");
    viewerWasm.release();
    await viewer.locator("#overview h1", { hasText: "trainjob--py14_mem06-108" }).waitFor({ timeout: 15_000 });
    assert.equal(await viewer.locator("h1", { hasText: "llm-pretrain-7b-4node" }).count(), 0);
    await viewer.close();
  } finally {
    await page.close();
    await demo.close();
  }
});

test("the diagnostics page asks for nothing early on a token endpoint, nor for a log it must first find a task for", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  const wasm = await holdWasm(page, { ms: 1_000 });
  await page.goto(`${served.mock.url}diagnostics.html#/projects/p/training-jobs/${FAILED}?endpoint=secure&section=logs&task=worker-2`);
  await page.locator("input[name=token]").first().waitFor({ timeout: 15_000 });
  assert.deepEqual(wasm.asked, []);
  await page.close();
  served.mock.requests.length = 0;
  const taskless = await newPage(served.browser);
  const tasklessWasm = await holdWasm(taskless, { ms: 1_000 });
  await taskless.goto(`${served.mock.url}diagnostics.html#/projects/p/training-jobs/${FAILED}?section=logs`);
  await taskless.locator(".log__line").first().waitFor({ timeout: 15_000 });
  assert.deepEqual(tasklessWasm.asked, [`/tools/jobs/v2/p/training-jobs/${FAILED}`], "the job only: the task comes from it");
  await taskless.close();
});

test("a config.json the app would refuse gets no early request for the job", async () => {
  // An unknown auth makes the app refuse the whole file and use the bundled demo instead.
  const refused = await startMock({
    config: { endpoints: [{ name: "proxy", base_url: "" }, { name: "other", base_url: "", auth: "bearer" }], default_endpoint: "proxy" },
  });
  const page = await newPage(served.browser);
  try {
    const wasm = await holdWasm(page, { mock: refused, ms: 1_000 });
    await page.goto(`${refused.url}#/projects/demo/training-jobs/${FAILED}`);
    await page.locator(".banner--warning", { hasText: "config.json is not valid" }).waitFor({ timeout: 15_000 });
    await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
    assert.deepEqual(wasm.asked, []);
  } finally {
    // An open page keeps its connections, and the server would wait for them to close.
    await page.close();
    await refused.close();
  }
});
