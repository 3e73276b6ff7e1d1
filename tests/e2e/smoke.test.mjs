// The smallest proof that the built site works: a demo deep link under a sub-path renders its job.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveDistForTests, newPage } from "./harness.mjs";

const served = serveDistForTests("/tools/jobs/");

test("a demo job's deep link renders its name, id and phase", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731`);
  const name = page.locator("#overview h1");
  await name.waitFor({ timeout: 15_000 });
  assert.equal(await name.textContent(), "test-pytorch-cpu01");
  const overview = await page.locator("#overview").textContent();
  assert.match(overview, /66ff6991-fd66-40b6-8101-0829a46d3731/);
  assert.match(overview, /Running/);
  assert.deepEqual(page.problems, []);
});

test("the home page links to the demo jobs", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  const links = page.locator("#demo-jobs a");
  await links.first().waitFor({ timeout: 15_000 });
  assert.ok((await links.count()) >= 2);
  await links.first().click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.match(page.url(), /#\/projects\/demo\/training-jobs\//);
});

test("a failed job says which task exited, what the code means and what its message shows", async () => {
  const page = await newPage(served.browser);
  // The real failed example: the cause is only in a running record.
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347`);
  const headline = page.locator("#overview .triage--failed");
  await headline.waitFor({ timeout: 15_000 });
  assert.equal(await headline.locator("code[translate=no]").first().textContent(), "worker-2");
  assert.match(await headline.textContent(), /^worker-2 exited with 127: the command was not found/);
  // Its log, read once the job is on screen, names the command that was not found.
  await headline.getByText("The log of worker-2 shows at line 203:").waitFor({ timeout: 15_000 });
  assert.match(await headline.textContent(), /line 203: .*torchrun/);
  // Three workers killed alike: their message is read as the node running out of memory.
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58`);
  await page.locator("#overview .triage--failed .signature").waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#overview .triage--failed").textContent(), /3 of 4 workers exited with 137/);
  // Their message says the node ran out of memory; once their logs are read, the headline gives
  // the most telling evidence, the GPU's, from the first to fail, its name kept as sent.
  const fromLog = page.locator("#overview .triage--failed", { hasText: "The log of worker-2 shows at line 206:" });
  await fromLog.waitFor({ timeout: 15_000 });
  assert.match(await fromLog.textContent(), /line 206: the GPU ran out of memory/);
  assert.equal(await fromLog.locator("[translate=no]", { hasText: /^worker-2$/ }).count(), 1);
  await page.locator("#tasks .task-row--failed").first().waitFor();
  // Each failed worker's message, and once read, its log: the line that shows the failure,
  // linked to it on the diagnostics page.
  const fromLogs = page.locator("#tasks .task-row__log");
  await fromLogs.nth(2).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#tasks .task-row .signature").count(), 6);
  assert.equal(await fromLogs.count(), 3);
  const first = fromLogs.first();
  assert.match(await first.textContent(), /^Log line \d+: /);
  assert.match(await first.locator("a").getAttribute("href"), /^diagnostics\.html#.*section=logs&task=worker-\d&line=\d+/);
  assert.deepEqual(page.problems, []);
});
