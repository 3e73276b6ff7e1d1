// Hostile documents cost bounded work: whatever a document carries, the page renders at most a first
// page of each list (so a bounded number of elements), and the raw view shows a first screenful.
// Element counts, not timings, so the test holds on a busy machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";
import { demoJob } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const MAX_ELEMENTS = 6_000;
/** The "Show all N" each document must offer for its long list. */
const SHOW_ALL = { "unknown-keys": 100_000, annotations: 100_000, "task-statuses": 400_000 };

function hostile(change) {
  const job = JSON.parse(demoJob(FAILED));
  job.metadata.name = "hostile-job";
  change(job);
  return JSON.stringify(job);
}

const DOCUMENTS = {
  // 100,000 keys nobody knows: each is an unknown field.
  "unknown-keys": hostile((job) => {
    for (let i = 0; i < 100_000; i += 1) job.metadata[`unknown_${i}`] = i;
  }),
  // 100,000 annotations: each is a chip.
  annotations: hostile((job) => {
    job.metadata.annotations = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`team/key-${i}`, `v${i}`]));
  }),
  // 400,000 task statuses of the wrong type: each is a type warning.
  "task-statuses": hostile((job) => {
    job.status.tasks = Array.from({ length: 400_000 }, (_, i) => i);
  }),
};

const served = mockForTests({
  jobs: Object.fromEntries(Object.entries(DOCUMENTS).map(([id, text]) => [`hostile-${id}`, text])),
  config: { endpoints: [{ name: "proxy", base_url: "", auth: "none" }], default_endpoint: "proxy", refresh_seconds: 0, timeout_seconds: 120 },
});

for (const id of Object.keys(DOCUMENTS)) {
  test(`a document with ${id} renders a bounded page, raw view included`, async () => {
    const page = await newPage(served.browser);
    await page.goto(`${served.mock.url}#/projects/p/training-jobs/hostile-${id}`);
    await page.locator("#overview h1").waitFor({ timeout: 90_000 });
    // The sections below the overview come a frame later.
    await page.locator("#raw").waitFor({ timeout: 90_000 });
    assert.equal(await page.locator("#overview h1").textContent(), "hostile-job");
    const elements = () => page.evaluate(() => document.getElementsByTagName("*").length);
    const shown = await elements();
    assert.ok(shown < MAX_ELEMENTS, `${shown} elements on the page`);
    // Cut, not dropped: the whole list is one click away.
    await page.getByRole("button", { name: new RegExp(`^Show all ${SHOW_ALL[id]}$`) }).waitFor();
    assert.deepEqual(page.problems, []);
    // The raw JSON, on the diagnostics page, is a first screenful, not the document.
    await page.getByRole("link", { name: "Show, copy or download the document as JSON" }).click();
    await page.locator(".raw-json").waitFor({ timeout: 90_000 });
    assert.ok((await elements()) < 200, "the raw JSON is one element of text");
    assert.ok((await page.locator(".raw-json").textContent()).split("\n").length <= 2_000);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
