// A running job's log and events (issue 12) are read again whenever the job is, under its refresh
// policy: a view at the log's end stays at the end as lines arrive, one scrolled elsewhere stays
// where it is, and a job that has ended is read once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";

const RUNNING = "66ff6991-fd66-40b6-8101-0829a46d3731";
const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";

const served = mockForTests({
  config: {
    endpoints: [{ name: "proxy", base_url: "", auth: "none" }],
    default_endpoint: "proxy",
    refresh_seconds: 2,
    timeout_seconds: 20,
  },
});

/** Waits until `condition()` holds, checking every 100 ms, for at most `ms`. */
async function until(condition, ms = 10_000) {
  for (const start = Date.now(); !condition(); ) {
    assert.ok(Date.now() - start < ms, "waited too long");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const job = (id, query) => `${served.mock.url}#/projects/p/training-jobs/${id}?${query}`;
const calls = (part) => served.mock.requests.filter((request) => request.path.includes(part)).length;
/** The last line on screen in the log box, and whether the box is scrolled to its end. */
const logEnd = (page) =>
  page.evaluate(() => {
    const box = document.querySelector(".log");
    const lines = [...document.querySelectorAll(".log__line")].filter((line) => line.getBoundingClientRect().top < box.getBoundingClientRect().bottom);
    return { last: lines.at(-1)?.textContent, atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 1, top: box.scrollTop };
  });

test("a running job's log follows its end while the view is there, and stays put once scrolled up", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(RUNNING, "section=logs&task=growing"));
  await page.locator(".log__line").first().waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#logs").textContent(), /The job is running: its log is read again every 2 s/);
  const first = await logEnd(page);
  assert.ok(first.atEnd, JSON.stringify(first));
  // Two more readings later the newest line is on screen, at the end.
  const reading = Number(/of reading (\d+)/.exec(first.last)[1]);
  await page.waitForFunction((after) => {
    const lines = [...document.querySelectorAll(".log__line")];
    return lines.some((line) => line.textContent.endsWith(`of reading ${after}`));
  }, reading + 2, { timeout: 15_000 });
  await page.waitForTimeout(100);
  const later = await logEnd(page);
  assert.ok(later.atEnd, JSON.stringify(later));
  assert.match(later.last, new RegExp(`^\\d+line ${95 + (reading + 2) * 5} of reading ${reading + 2}$`));
  // Scrolled to the top, the view stays there while the log goes on growing.
  await page.locator(".log").evaluate((box) => (box.scrollTop = 0));
  const logCalls = calls("/tasks/growing/logs/preview");
  await page.waitForFunction((before) => document.querySelector(".log__space").style.height !== before, await page.locator(".log__space").evaluate((space) => space.style.height), { timeout: 15_000 });
  const up = await logEnd(page);
  assert.equal(up.top, 0);
  assert.ok(calls("/tasks/growing/logs/preview") > logCalls);
  assert.deepEqual(page.problems, []);
});

test("a running job's events are read again with the job; an ended job's log and events are read once", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(RUNNING, "section=events"));
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  const events = calls(`/${RUNNING}/events`);
  await until(() => calls(`/${RUNNING}/events`) >= events + 2);
  await page.goto(job(FAILED, "section=logs&task=worker-2"));
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  assert.doesNotMatch(await page.locator("#logs").textContent(), /is running/);
  const logs = calls(`/${FAILED}/tasks/worker-2/logs/preview`);
  const jobs = calls(`/training-jobs/${FAILED}`) - calls(`/training-jobs/${FAILED}/`);
  await page.waitForTimeout(4_500);
  assert.equal(calls(`/${FAILED}/tasks/worker-2/logs/preview`), logs);
  assert.equal(calls(`/training-jobs/${FAILED}`) - calls(`/training-jobs/${FAILED}/`), jobs);
  assert.deepEqual(page.problems, []);
});
