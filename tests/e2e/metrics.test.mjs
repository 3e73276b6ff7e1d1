// The tasks' resource usage (issue 12), on the diagnostics page: a chart for each series with data, gaps
// where the API sent -1, the empty series named rather than drawn, each chart's peak and last value
// in words, the time span labelled approximate, and each task's call in its own states.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests, seriousViolations } from "./harness.mjs";
import { demoJob } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";

/** The failed demo job with `count` tasks, each of which exited with 137. */
function jobWithTasks(count) {
  const job = JSON.parse(demoJob(FAILED));
  job.status.tasks = Array.from({ length: count }, (_, index) => `worker-${index}`);
  job.status.task_statuses = job.status.tasks.map((task) => ({ task, exit_code: 137, message: "" }));
  delete job.status.running_records;
  return JSON.stringify(job);
}

const served = mockForTests({
  config: {
    endpoints: [
      { name: "proxy", base_url: "", auth: "none" },
      { name: "demo", base_url: "demo/", auth: "none", files: true },
    ],
    default_endpoint: "proxy",
    refresh_seconds: 0,
    timeout_seconds: 20,
  },
  jobs: { "ten-tasks": jobWithTasks(10) },
});

const job = (id, query) => `${served.mock.url}#/projects/p/training-jobs/${id}?${query}`;

/** Each shown task's name and its charts' captions and figures. */
const usage = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("#metrics h2")].map((heading) => {
      const charts = [];
      for (let next = heading.nextElementSibling; next && next.tagName !== "H2"; next = next.nextElementSibling) {
        for (const chart of next.querySelectorAll(".usage-chart")) {
          charts.push(`${chart.querySelector("figcaption").textContent}: ${chart.querySelector(".usage-chart__figures").textContent}`);
        }
      }
      return [heading.textContent, charts];
    }),
  );

test("a deep link to the usage shows every task's charts on the diagnostics page, the first to fail first", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=metrics"));
  await page.locator("#metrics .usage-chart").nth(15).waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/diagnostics.html"), page.url());
  assert.equal(await page.locator(".section-nav__link--current").first().textContent(), "Resource usage");
  assert.equal(await page.locator(".task-picker a[aria-current=page]").textContent(), "All tasks");
  const shown = await usage(page);
  assert.deepEqual(
    shown.map(([task]) => task),
    ["worker-2", "worker-0", "worker-1", "worker-3"],
  );
  // A GPU flavor: CPU, memory and the GPU's two series are drawn; the killed task's memory climbs
  // to 99.8% before it ends.
  assert.deepEqual(shown[0][1], [
    "CPU usage: Peak 84.9%, last 47.8%",
    "Memory usage: Peak 99.8%, last 99.8%",
    "GPU utilisation: Peak 84.9%, last 31.3%",
    "GPU memory usage: Peak 71.5%, last 71.5%",
  ]);
  // The tasks killed with 137 say how full their memory was just before; worker-0 (143) does not.
  assert.deepEqual(await page.locator("#metrics .triage--failed").allTextContents(), [
    "Memory reached 99.8% before worker-2 was killed (exit code 137): most likely out of memory.",
    "Memory reached 99.8% before worker-1 was killed (exit code 137): most likely out of memory.",
    "Memory reached 99.8% before worker-3 was killed (exit code 137): most likely out of memory.",
  ]);
  const first = page.locator("#metrics .usage-charts").first();
  // The minute without CPU data in the middle breaks the line: two pieces.
  const cpu = await first.locator(".usage-chart").first().locator("path").getAttribute("d");
  assert.equal(cpu.match(/M/g).length, 2, cpu);
  assert.match(cpu, /^M16\.6 /, "the two leading -1 minutes are left blank");
  // What was not drawn is named, and the time is said to be approximate.
  const notes = await page.locator("#metrics > p.muted").allTextContents();
  assert.ok(notes.includes("No data for NPU utilisation, NPU memory usage."), notes.join(" | "));
  assert.ok(notes.includes("30 minutes from the job's start, one averaged sample a minute. The API sends no times, so these are approximate."), notes.join(" | "));
  assert.match(await page.locator("#metrics .usage-span").first().textContent(), /^≈ .+ – ≈ .+$/);
  // One call per task, no more.
  const calls = served.mock.requests.filter((request) => request.path.includes(`/training-jobs/${FAILED}/metrics/`));
  assert.equal(calls.length, 4, calls.map((call) => call.path).join(" "));
  assert.deepEqual(page.problems, []);
});

test("the usage of one linked task, and the tasks that have no data, no series or a failing call, each in its own place", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=metrics&task=no-data"));
  await page.locator("#metrics h2", { hasText: "no-data" }).waitFor({ timeout: 15_000 });
  await page.locator("#metrics p", { hasText: "No data for" }).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#metrics .usage-chart").count(), 0);
  assert.equal(
    await page.locator("#metrics p", { hasText: "No data for" }).textContent(),
    "No data for CPU usage, Memory usage, GPU utilisation, GPU memory usage, NPU utilisation, NPU memory usage.",
  );
  // The picker names every task and a way back to all of them; the linked task is not among them,
  // so none is current.
  assert.deepEqual(await page.locator(".task-picker a").allTextContents(), ["All tasks", "worker-2", "worker-0", "worker-1", "worker-3"]);
  assert.match(await page.locator(".task-picker a").first().getAttribute("href"), /section=metrics$/);
  assert.equal(await page.locator(".task-picker a[aria-current]").count(), 0);

  await page.goto(job(FAILED, "section=metrics&task=nothing"));
  await page.locator("#metrics p", { hasText: "No resource usage was recorded for this task." }).waitFor({ timeout: 15_000 });

  await page.goto(job(FAILED, "section=metrics&task=broken"));
  await page.locator("#metrics .error-panel").waitFor({ timeout: 15_000 });
  // The job's name stays: the failing call takes only its own place.
  assert.equal(await page.locator("#diagnostics-title").textContent(), "llm-pretrain-7b-4node");
  // Closed, or its failed call, tried again after a back-off, would count in the next test's calls.
  await page.close();
});

test("a job of ten tasks shows the first eight at once, and says so", async () => {
  const page = await newPage(served.browser);
  await page.goto(job("ten-tasks", "section=metrics"));
  await page.locator("#metrics h2").nth(7).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#metrics h2").count(), 8);
  assert.equal(await page.locator(".task-picker a").first().textContent(), "The first 8 tasks");
  assert.equal(await page.locator(".task-picker a").count(), 11);
});

test("in Chinese the usage has Chinese words, and a change of language asks nothing again", async () => {
  const page = await newPage(served.browser, { locale: "zh-CN" });
  await page.goto(job(FAILED, "section=metrics&task=worker-2"));
  await page.locator("#metrics .usage-chart").first().waitFor({ timeout: 15_000 });
  assert.equal(await page.locator(".task-picker a[aria-current=page]").textContent(), "worker-2");
  assert.equal(await page.locator("#metrics figcaption").first().textContent(), "CPU 使用率");
  assert.equal(await page.locator("#metrics .usage-chart__figures").nth(1).textContent(), "峰值 99.8%，最新 99.8%");
  assert.ok(await page.locator("#metrics p", { hasText: "NPU 利用率、NPU 内存使用率没有数据。" }).isVisible());
  assert.equal(await page.locator("#metrics .triage--failed").textContent(), "worker-2 被终止（退出码 137）前，内存使用率达到 99.8%：很可能是内存不足。");
  const asked = served.mock.requests.length;
  await page.getByRole("button", { name: "English" }).click();
  await page.locator("#metrics figcaption", { hasText: "CPU usage" }).waitFor();
  assert.equal(served.mock.requests.length, asked);
  // Every task at once: the tasks and their calls stay, and so does what the memory shows.
  await page.goto(job(FAILED, "section=metrics"));
  await page.locator("#metrics .usage-chart").nth(15).waitFor({ timeout: 15_000 });
  const before = served.mock.requests.length;
  await page.getByRole("button", { name: "中文" }).click();
  await page.locator("#metrics figcaption", { hasText: "CPU 使用率" }).first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(served.mock.requests.length, before, "a change of language fetched again");
  assert.equal(await page.locator("#metrics .triage--failed").count(), 3);
});

test("the demo folder's usage files are read from a static host, and the page passes axe in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const page = await newPage(served.browser, { colorScheme });
    await page.goto(`${served.mock.url}#/projects/demo/training-jobs/${FAILED}?endpoint=demo&section=metrics&task=worker-1`);
    await page.locator("#metrics .usage-chart").nth(3).waitFor({ timeout: 15_000 });
    assert.ok(served.mock.requests.some((request) => request.path.endsWith(`/demo/v2/demo/training-jobs/${FAILED}/metrics/worker-1.json`)));
    assert.deepEqual(await seriousViolations(page), [], colorScheme);
  }
});
