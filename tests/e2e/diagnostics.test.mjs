// A job's events and a task's log (issue 12), on the diagnostics page: the deep links from the
// viewer, the failure a log shows and the line it is on, search, masking and terminal codes, each
// call's own error, and a 5 MB log of which only the lines in view are built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { holdAnswers, newPage, mockForTests, seriousViolations } from "./harness.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { demoJob, TOKEN } from "./mock.mjs";
import { demoAnswers, DEMO_JOBS } from "./demo-answers.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";

const served = mockForTests({
  config: {
    endpoints: [
      { name: "proxy", base_url: "", auth: "none" },
      { name: "demo", base_url: "demo/", auth: "none", files: true },
      { name: "secure", base_url: "secure/", auth: "token" },
    ],
    default_endpoint: "proxy",
    refresh_seconds: 0,
    timeout_seconds: 20,
  },
  // A job whose events call fails while the job itself loads.
  jobs: {
    "events-broken": demoJob(FAILED),
    "stages-unknown": demoJob(FAILED),
    "stages-broken": demoJob(FAILED),
    "no-tasks": JSON.stringify({ kind: "job", metadata: { name: "queued-job" }, status: { phase: "Pending" } }),
  },
});

const job = (id, query) => `${served.mock.url}#/projects/p/training-jobs/${id}?${query}`;

test("a deep link to a task's log search opens it on the diagnostics page, at the first match, with the failure named", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=logs&task=worker-2&q=out%20of%20memory"));
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/diagnostics.html"), page.url());
  assert.equal(await page.locator("#logs h2").textContent(), "worker-2");
  // The task's own exit under the job's name, as on every tab of a linked task.
  assert.equal(await page.locator(".task-summary").textContent(), "worker-2 · Exit code: 137 killed (SIGKILL), most likely out of memory");
  assert.match(await page.locator(".log-tools [role=status]").textContent(), /^1 match$/);
  const current = page.locator(".log__line--current");
  assert.match(await current.textContent(), /^206torch\.cuda\.OutOfMemoryError: CUDA out of memory/);
  assert.ok(await current.isVisible());
  // On screen, not below the fold: the page scrolled to the log box.
  const box = await current.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 900, JSON.stringify(box));
  // The failure the log shows, and a link to its line that keeps the link shareable.
  const found = page.locator("#logs .triage--failed");
  assert.match(await found.textContent(), /^Line 206 shows: the GPU ran out of memory/);
  assert.match(await found.locator("a").getAttribute("href"), /section=logs&task=worker-2&line=206$/);
  // Terminal colour codes are gone and the secret is masked everywhere, the page's HTML included.
  await page.locator(".log-tools input").fill("training start");
  await page.locator(".log-tools input").press("Enter");
  await page.waitForFunction(() => document.querySelector(".log__line--current")?.textContent.startsWith("1["));
  assert.equal(await page.locator(".log__line--current").textContent(), "1[ModelArts Service Log] training start");
  const html = await page.content();
  assert.ok(!html.includes("hunter2") && !html.includes("\u001b"), "a secret or an escape code reached the page");
  // A line number's link moves the mark and writes the link.
  await page.locator(".log__line", { hasText: /^4step 2 loss/ }).locator("a").click();
  assert.match(page.url(), /&line=4$/);
  assert.match(await page.locator(".log__line--current").textContent(), /^4step 2 loss/);
  assert.deepEqual(page.problems, []);
});

test("a log that comes before its job is scrolled to once the job's summary and task picker are above it", async () => {
  const page = await newPage(served.browser);
  const held = await holdAnswers(page, new RegExp(`/training-jobs/${FAILED}$`));
  try {
    await page.goto(job(FAILED, "section=logs&task=worker-2&q=out%20of%20memory"));
    await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  } finally {
    held.release();
  }
  await page.locator(".task-picker").waitFor({ timeout: 15_000 });
  // Scrolled to with the job's lines above it: before them, they pushed it below the fold.
  const onScreen = () => {
    const box = document.querySelector(".log__line--current").getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  };
  await page.waitForFunction(onScreen, null, { timeout: 2_000 });
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(onScreen), "and it stays there");
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the task's line under the job's name is held while the job loads, and gone when the job cannot be read", async () => {
  const page = await newPage(served.browser);
  const held = await holdAnswers(page, /\/training-jobs\/not-found$/);
  try {
    await page.goto(job("not-found", "section=logs&task=worker-2"));
    await page.locator(".task-summary", { hasText: "worker-2" }).waitFor({ timeout: 15_000 });
  } finally {
    held.release();
  }
  await page.locator(".error-panel").first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector(".task-summary"));
  assert.equal(await page.locator(".task-summary").count(), 0);
  await page.close();
});

test("the last section= of a link decides its page, so no link is sent back and forth", async () => {
  const page = await newPage(served.browser);
  // Another copy of the failed job: its job page reads its failed tasks' logs once shown, which
  // must not land among the next test's count of FAILED's log calls.
  const other = "stages-unknown";
  await page.goto(job(other, "section=logs&section=raw"));
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  assert.ok(!new URL(page.url()).pathname.endsWith("/diagnostics.html"), page.url());
  await page.goto(job(other, "section=raw&section=events"));
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/diagnostics.html"), page.url());
  await page.close();
});

test("switching the language keeps the log, its search and its line, without asking again", async () => {
  const page = await newPage(served.browser);
  served.mock.requests.length = 0;
  await page.goto(job(FAILED, "section=logs&task=worker-2&q=step%2019"));
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  const current = await page.locator(".log__line--current").textContent();
  await page.getByRole("button", { name: "中文" }).click();
  await page.locator(".log-tools [role=status]", { hasText: "处匹配" }).waitFor();
  assert.equal(await page.locator(".log-tools input").inputValue(), "step 19");
  await page.locator(".log__line--current").waitFor();
  assert.equal(await page.locator(".log__line--current").textContent(), current);
  const logCalls = served.mock.requests.filter((request) => request.path.includes(`/${FAILED}/tasks/worker-2/logs/preview`));
  assert.equal(logCalls.length, 1, logCalls.map((request) => request.path).join(", "));
});

test("on a token endpoint, one token saved in either prompt loads the job and its log", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "endpoint=secure&section=logs&task=worker-2"));
  await page.locator("#logs input[name=token]").nth(1).waitFor({ timeout: 15_000 });
  await page.locator("#logs input[name=token]").nth(1).fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).nth(1).click();
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector("#diagnostics-title")?.textContent === "llm-pretrain-7b-4node");
  assert.equal(await page.locator("#logs input[name=token]").count(), 0);
});

test("the section links of a job page lead to its events and logs, and a failed job's log opens on its failed task", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "endpoint=proxy"));
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  // Each failed task's row links to its own log and usage, keeping the endpoint.
  await page.locator("#tasks a[href*='section=']").first().waitFor({ timeout: 15_000 });
  const taskLinks = await page.locator("#tasks a[href*='section=']").evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute("href")]));
  const linked = (section, task) => `diagnostics.html#/projects/p/training-jobs/${FAILED}?section=${section}&task=${task}&endpoint=proxy`;
  for (const task of ["worker-2", "worker-0"]) {
    assert.ok(taskLinks.some(([text, href]) => text === "Logs" && href === linked("logs", task)), JSON.stringify(taskLinks));
    assert.ok(taskLinks.some(([text, href]) => text === "Resource usage" && href === linked("metrics", task)), JSON.stringify(taskLinks));
    assert.ok(taskLinks.some(([text, href]) => text === "Events" && href === linked("events", task)), JSON.stringify(taskLinks));
  }
  await page.locator(".section-nav a", { hasText: "Logs" }).click();
  await page.locator("#logs h2").waitFor({ timeout: 15_000 });
  // The first task to fail (the running records say worker-2), then the other failures.
  assert.equal(await page.locator("#logs h2").textContent(), "worker-2");
  assert.deepEqual(await page.locator(".task-picker a").allTextContents(), ["worker-2", "worker-0", "worker-1", "worker-3"]);
  // Opened at the line that shows why it failed.
  await page.locator(".log__line--current").waitFor();
  assert.match(await page.locator(".log__line--current").textContent(), /^206torch\.cuda\.OutOfMemoryError/);
  await page.locator(".section-nav a", { hasText: "Events" }).click();
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#diagnostics-title").textContent(), "llm-pretrain-7b-4node");
  const rows = page.locator("#events tbody tr");
  assert.equal(await rows.count(), 7);
  assert.match(await rows.first().textContent(), /Error.*Job.*Training job failed\./);
  // An event without a source has an empty cell, not a made-up one.
  const unsourced = rows.filter({ hasText: "Image pull" });
  assert.equal(await unsourced.locator("td").nth(2).textContent(), "");
  assert.match(await unsourced.locator(".event__level").textContent(), /^Warning$/);
  await page.locator("#events select").selectOption("error");
  // Four tasks exited with a failure code, and the job failed.
  assert.equal(await rows.count(), 5);
  await page.locator("#events input[type=search]").fill("worker-3");
  assert.equal(await rows.count(), 1);
  assert.match(await page.locator("#events [role=status]").textContent(), /^1 of 7 events$/);
  // A task's events link shows the events that name it, the filter ready to be cleared.
  await page.goto(job(FAILED, "section=events&task=worker-3"));
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#events input[type=search]").inputValue(), "worker-3");
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().textContent(), /\[worker-3\]/);
  assert.deepEqual(page.problems, []);
});

test("each call stands alone: a cleared log, a log not yet written and failing events are explained in place", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=logs&task=cleared"));
  await page.locator("#logs .error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#logs .error-panel").textContent(), /ModelArts\.2819/);
  assert.equal(await page.locator("#diagnostics-title").textContent(), "llm-pretrain-7b-4node");
  await page.goto(job(FAILED, "section=logs&task=not-yet"));
  await page.locator("#logs .error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#logs .error-panel").textContent(), /ModelArts\.2818/);
  await page.goto(job("events-broken", "section=events"));
  await page.locator("#events .error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#events .error-panel").textContent(), /ModelArts\.50004000/);
  // The job still names the page.
  await page.waitForFunction(() => document.querySelector("#diagnostics-title")?.textContent === "llm-pretrain-7b-4node");
  // A job that names no task yet says so instead of showing nothing.
  await page.goto(job("no-tasks", "section=logs"));
  await page.locator("#logs p.muted", { hasText: "names no task" }).waitFor({ timeout: 15_000 });
});

test("the events page shows each attempt's stages above the events, the latest first, and nothing where the call is unknown", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=events"));
  await page.locator("#events ol.stages").first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.locator("#events h2").allTextContents(), ["Stages", "Events"]);
  // No task linked, none summed up.
  assert.equal(await page.locator(".task-summary").count(), 0);
  assert.deepEqual(await page.locator("#events h3").allTextContents(), ["Attempt 2 of 2", "Attempt 1 of 2"]);
  // The earlier attempt is folded away, one click from open, its heading still a heading.
  const earlier = page.locator("#events details.stages__earlier");
  assert.equal(await earlier.locator("summary").textContent(), "Attempt 1 of 2");
  assert.equal(await earlier.getAttribute("open"), null);
  assert.ok(!(await earlier.locator("ol.stages").isVisible()));
  await earlier.locator("summary").click();
  assert.ok(await earlier.locator("ol.stages").isVisible());
  // A change of language builds the list again, and leaves it open.
  await page.getByRole("button", { name: "中文" }).click();
  await page.locator("#events h3", { hasText: "第 1 次尝试" }).waitFor();
  assert.ok(await page.locator("#events details.stages__earlier ol.stages").isVisible());
  await page.getByRole("button", { name: "English" }).click();
  await page.locator("#events h3", { hasText: "Attempt 1 of 2" }).waitFor();
  const latest = page.locator("#events ol.stages").first().locator(":scope > li");
  assert.deepEqual(await latest.locator(":scope > strong").allTextContents(), ["Scheduling", "Preparing", "Running", "End"]);
  // Times in the page's mode, how long each took, what it says, and its steps.
  assert.match(await latest.nth(2).textContent(), / · 43 min 09 sTraining ran\.$/);
  // The end is one moment: one time, no span, no duration.
  assert.match(await latest.nth(3).textContent(), /exit with 137/);
  assert.equal(await latest.nth(3).locator("time").count(), 1);
  assert.doesNotMatch(await latest.nth(3).textContent(), /–| · /);
  assert.match(await latest.nth(1).locator("ul li").textContent(), /Pulling the image\./);
  assert.equal(await latest.first().locator("time").count(), 2);
  await page.locator("#events tbody tr").first().waitFor();
  // An endpoint without the call says nothing about it; a failing call is explained in place.
  // A running job's stage has no end yet, and says so by saying none.
  await page.goto(job("66ff6991-fd66-40b6-8101-0829a46d3731", "section=events"));
  const running = page.locator("#events ol.stages > li", { hasText: "Running" });
  await running.waitFor({ timeout: 15_000 });
  assert.equal(await running.locator("time").count(), 1);
  assert.doesNotMatch(await running.textContent(), /null|–/);
  served.mock.requests.length = 0;
  await page.goto(job("stages-unknown", "section=events"));
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector("#events [aria-busy]"));
  assert.ok(served.mock.requests.some((request) => request.path.endsWith("/stages-unknown/stages")));
  assert.deepEqual(await page.locator("#events h2").allTextContents(), ["Events"]);
  await page.goto(job("stages-broken", "section=events"));
  await page.locator("#events .error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#events .error-panel").textContent(), /ModelArts\.0010/);
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
});

test("the full log's link is asked for only on a click, for reading, and opens in a new tab without a referrer", async () => {
  const page = await newPage(served.browser);
  served.mock.requests.length = 0;
  await page.goto(job(FAILED, "section=logs&task=worker-2"));
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  const linkCalls = () => served.mock.requests.filter((request) => request.path.includes("/logs/url"));
  assert.deepEqual(linkCalls(), []);
  await page.locator("#logs button", { hasText: "Link to the full log" }).click();
  const link = page.locator("#logs a", { hasText: "Open the full log" });
  await link.waitFor({ timeout: 15_000 });
  assert.equal(await link.getAttribute("href"), `https://obs.example.com/logs/${FAILED}/worker-2.log?AWSAccessKeyId=AK&Signature=S&response-content-disposition=inline`);
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  assert.match(await page.locator("#logs").textContent(), /works for a limited time/);
  const [call] = linkCalls();
  assert.ok(call.path.endsWith(`/v2/p/training-jobs/${FAILED}/tasks/worker-2/logs/url`), call.path);
  assert.equal(call.headers["content-type"], "text/plain");
  // An expired link is asked for again, not by reloading the page.
  await page.locator("#logs button", { hasText: "Ask for a new link" }).click();
  await page.waitForFunction(() => document.querySelector("#logs a[target=_blank]"));
  assert.equal(linkCalls().length, 2);
  // The log above stays as it was.
  assert.ok(await page.locator(".log__line--current").isVisible());
  // A log kept in parts links each part, and nothing that is not a web link.
  await page.goto(job(FAILED, "section=logs&task=sharded"));
  await page.locator("#logs button", { hasText: "Link to the full log" }).click();
  await page.locator("#logs a", { hasText: "part 2 of 2" }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.locator("#logs a[target=_blank]").allTextContents(), ["Open part 1 of 2 of the full log", "Open part 2 of 2 of the full log"]);
  assert.equal(await page.locator("a[href^='javascript:']").count(), 0);
  assert.deepEqual(page.problems, []);
  // A cleared log has no link either, and says so in place, as its preview does.
  await page.goto(job(FAILED, "section=logs&task=cleared"));
  await page.locator("#logs .error-panel").waitFor({ timeout: 15_000 });
  await page.locator("#logs button", { hasText: "Link to the full log" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#logs .error-panel").length === 2);
  assert.match(await page.locator("#logs .error-panel").first().textContent(), /ModelArts\.2819/);
  assert.match(await page.locator("#logs .error-panel").last().textContent(), /ModelArts\.2819/);
});

/** Each built line's box, its text's and the log box's, to see that wrapped rows are drawn as counted. */
const lineLayout = (page) =>
  page.evaluate(() => {
    const box = document.querySelector(".log");
    return {
      sideways: box.scrollWidth > box.clientWidth,
      lines: [...document.querySelectorAll(".log__line")].map((line) => {
        const text = line.querySelector(".log__text");
        // The box's right edge inside its border and scrollbar.
        const inner = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
        return { top: line.getBoundingClientRect().top, height: line.offsetHeight, cut: text.scrollHeight > line.clientHeight || text.getBoundingClientRect().right > inner + 0.5 };
      }),
      // The number of the first line whose bottom is inside the box.
      topLine: [...document.querySelectorAll(".log__line")]
        .find((line) => line.getBoundingClientRect().bottom > box.getBoundingClientRect().top + box.clientTop + 1)
        ?.querySelector(".log__number").textContent,
    };
  });

test("long lines wrap on request, each line as tall as its rows, nothing cut or drawn over, the top line kept", async () => {
  for (const [width, locale] of [[1280, "en-US"], [390, "en-US"]]) {
    const page = await newPage(served.browser, { viewport: { width, height: 900 }, locale });
    await page.goto(job(FAILED, "section=logs&task=long-lines&line=24"));
    await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
    const plain = await lineLayout(page);
    assert.ok(Number(plain.topLine) > 1 && Number(plain.topLine) < 24, plain.topLine);
    assert.ok(plain.sideways && plain.lines.every((line) => line.height === 20), JSON.stringify(plain).slice(0, 300));
    const toggle = page.getByRole("button", { name: "Wrap lines" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    await page.waitForFunction(() => document.querySelector(".log--wrap .log__line[style*=height]"));
    await page.waitForTimeout(100);
    const wrapped = await lineLayout(page);
    assert.ok(!wrapped.sideways, `${width}: still scrolls sideways`);
    assert.ok(wrapped.lines.some((line) => line.height > 20), `${width}: no line wrapped`);
    assert.deepEqual(wrapped.lines.filter((line) => line.cut), [], `${width}: a wrapped line is cut`);
    // Each line starts where the one before ends: no gap, no overlap.
    for (const [index, line] of wrapped.lines.slice(1).entries()) {
      const before = wrapped.lines[index];
      assert.ok(Math.abs(before.top + before.height - line.top) < 1, `${width}: line ${index + 2} at ${line.top}, not ${before.top + before.height}`);
    }
    // The reader's place is kept: the same line at the top, wrapped or not.
    assert.equal(wrapped.topLine, plain.topLine, `${width}: the top line moved`);
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector(".log--wrap"));
    await page.waitForTimeout(100);
    const unwrapped = await lineLayout(page);
    assert.ok(unwrapped.lines.every((line) => line.height === 20));
    assert.equal(unwrapped.topLine, plain.topLine, `${width}: the top line moved back`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test("a 5 MB log builds only the lines in view, and search finds its last line", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "section=logs&task=big"));
  await page.locator(".log__line").first().waitFor({ timeout: 20_000 });
  assert.match(await page.locator("#logs").textContent(), /Only the newest 5\.\d MB of 20\.0 MB were sent\./);
  assert.ok((await page.locator(".log__line").count()) < 200);
  assert.ok((await page.evaluate(() => document.getElementsByTagName("*").length)) < 3000);
  assert.match(await page.locator("#logs .triage--failed").textContent(), /^Line 72001 shows: NCCL communication between tasks timed out/);
  await page.locator(".log-tools input").fill("NCCL");
  await page.locator(".log-tools button", { hasText: "Next" }).click();
  await page.locator(".log__line--current").waitFor();
  assert.match(await page.locator(".log__line--current").textContent(), /^72001RuntimeError: NCCL/);
  assert.ok((await page.locator(".log__line").count()) < 200);
});

for (const scheme of ["light", "dark"]) {
  test(`no serious or critical axe violations on a failed job's events and log, ${scheme}`, async () => {
    const page = await newPage(served.browser, { colorScheme: scheme });
    await page.goto(job(FAILED, "section=events"));
    await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(job(FAILED, "section=logs&task=worker-2&q=memory"));
    await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
    assert.deepEqual(await seriousViolations(page), []);
  });
}

test("the demo folder holds every demo job's events and logs, as demo-answers.mjs writes them", () => {
  const answers = demoAnswers();
  assert.ok(answers.length >= 20, `${answers.length}`);
  for (const [path, text] of answers) assert.equal(readFileSync(join(DEMO_JOBS, path), "utf8"), text, path);
});

test("a static host serves the demo's events and logs from its folder of files", async () => {
  const page = await newPage(served.browser);
  served.mock.requests.length = 0;
  await page.goto(`${served.mock.url}#/projects/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347?endpoint=demo&section=logs`);
  // The real failed example: the record names worker-2, whose log says what was not found.
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#logs h2").textContent(), "worker-2");
  assert.match(await page.locator("#logs .triage--failed").textContent(), /a file or command is missing: torchrun/);
  await page.locator(".section-nav a", { hasText: "Events" }).click();
  await page.locator("#events tbody tr").first().waitFor({ timeout: 15_000 });
  const paths = served.mock.requests.map((request) => request.path);
  assert.ok(paths.some((path) => path.endsWith("/demo/v2/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347/tasks/worker-2/logs/preview.json")), paths.join("\n"));
  assert.ok(paths.some((path) => path.endsWith("/3faf5c03-aaa1-4cbe-879d-24b05d997347/events.json")), paths.join("\n"));
  // The log link names the whole log beside its answer file, resolved against it.
  await page.locator(".section-nav a", { hasText: "Logs" }).click();
  await page.locator("#logs button", { hasText: "Link to the full log" }).click();
  const full = page.locator("#logs a", { hasText: "Open the full log" });
  await full.waitFor({ timeout: 15_000 });
  const href = await full.getAttribute("href");
  assert.equal(href, `${served.mock.url}demo/v2/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347/tasks/worker-2/logs/full.txt`);
  assert.match(await (await fetch(href)).text(), /torchrun: not found/);
  assert.deepEqual(page.problems, []);
});

test("the job page marks the job's warning and error events on its timeline and names what each failed task's log shows", async () => {
  const page = await newPage(served.browser);
  await page.goto(job(FAILED, "endpoint=proxy"));
  const legend = page.locator("#status .legend");
  await legend.getByText("5 error events").waitFor({ timeout: 15_000 });
  assert.match(await legend.textContent(), /1 warning event/);
  assert.ok((await page.locator("#status .timeline__event--error").count()) >= 1);
  assert.equal(await page.locator("#status .timeline__event--warning").count(), 1);
  assert.match(await page.locator("#status .timeline__event--warning title").textContent(), /Image pull took longer than expected\.$/);
  // Each worker killed with 137: its log's CUDA out of memory, at its line, linked there; the one
  // the platform stopped (143) has nothing known in its log, and says so.
  const fromLogs = page.locator("#tasks .task-row__log");
  await fromLogs.nth(2).waitFor({ timeout: 15_000 });
  assert.match(await page.locator("#tasks tr", { hasText: "worker-0" }).textContent(), /Its log shows no known failure\./);
  assert.match(await fromLogs.first().textContent(), /^Log line 206: .*out of memory/);
  await fromLogs.first().locator("a").click();
  await page.locator(".log__line--current").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".log__line--current").textContent(), /^206torch\.cuda\.OutOfMemoryError/);
  assert.deepEqual(page.problems, []);
});

test("on the job page, events that cannot be read are said to be missing, and the job is shown", async () => {
  const page = await newPage(served.browser);
  await page.goto(job("events-broken", "endpoint=proxy"));
  await page.locator("#status").getByText("The job's events could not be read").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#status .timeline__event").count(), 0);
  assert.equal(await page.locator("#overview h1").count(), 1);
  await page.close();
});
