// The first requests start while the wasm downloads (prefetch.js), and the app takes their answers
// instead of asking twice; an endpoint that needs a token is never asked early.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";
import { startMock } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const served = mockForTests({
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

const jobRequests = () => served.mock.requests.filter((request) => request.path.includes("/training-jobs/"));
const configRequests = () => served.mock.requests.filter((request) => request.path.endsWith("/config.json"));

test("config.json and the job are asked for while the wasm downloads, once each", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  let askedBeforeWasm;
  // Hold the wasm back: whatever is asked for meanwhile was asked for by the page, not the app.
  await page.route("**/*_bg.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    askedBeforeWasm = jobRequests().map((request) => request.path);
    await route.continue();
  });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`);
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.deepEqual(askedBeforeWasm, [`/tools/jobs/v2/p/training-jobs/${FAILED}`]);
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
  await page.route("**/*_bg.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}`, { waitUntil: "domcontentloaded" });
  assert.equal(await page.locator("#boot .skeleton").isVisible(), true);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#boot").count(), 0);
});

test("a config.json the app would refuse gets no early request for the job", async () => {
  // An unknown auth makes the app refuse the whole file and use the bundled demo instead.
  const refused = await startMock({
    config: { endpoints: [{ name: "proxy", base_url: "" }, { name: "other", base_url: "", auth: "bearer" }], default_endpoint: "proxy" },
  });
  const page = await newPage(served.browser);
  try {
    let askedBeforeWasm;
    await page.route("**/*_bg.wasm", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      askedBeforeWasm = refused.requests.filter((request) => request.path.includes("/training-jobs/")).map((request) => request.path);
      await route.continue();
    });
    await page.goto(`${refused.url}#/projects/demo/training-jobs/${FAILED}`);
    await page.locator(".banner--warning", { hasText: "config.json is not valid" }).waitFor({ timeout: 15_000 });
    await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
    assert.deepEqual(askedBeforeWasm, []);
  } finally {
    // An open page keeps its connections, and the server would wait for them to close.
    await page.close();
    await refused.close();
  }
});
