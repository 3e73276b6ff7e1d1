// Deep links, reloads, history and the config fallback, on a plain static server under a sub-path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { serveDist, serveDistForTests, newPage } from "./harness.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const served = serveDistForTests("/tools/jobs/");

test("a section deep link scrolls there and restores the selected task", async () => {
  const page = await newPage(served.browser, { viewport: { width: 1280, height: 700 } });
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${FAILED}?section=tasks&task=worker-2&time=utc`);
  await page.locator(".task-row--selected").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".task-row--selected th").textContent(), /worker-2/);
  await page.waitForFunction(() => {
    const box = document.getElementById("tasks").getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0 && window.scrollY > 200;
  });
  assert.equal(await page.locator(".job-toolbar select").inputValue(), "utc");
  assert.deepEqual(page.problems, []);
});

test("selections go into the URL without new history entries and survive a reload", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${FAILED}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const historyLength = await page.evaluate(() => history.length);
  await page.locator(".job-toolbar__time select").selectOption("relative");
  await page.locator(".section-nav a", { hasText: "Resources" }).click();
  await page.locator('.task-row th button', { hasText: "worker-3" }).click();
  await page.waitForFunction(() => location.hash.includes("section=resources") && location.hash.includes("task=worker-3"));
  assert.match(page.url(), /time=relative/);
  assert.equal(await page.evaluate(() => history.length), historyLength, "replaceState, not pushState");
  await page.reload();
  await page.locator(".task-row--selected").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".task-row--selected th").textContent(), /worker-3/);
  assert.equal(await page.locator(".job-toolbar select").inputValue(), "relative");
  assert.match(await page.locator("#overview").textContent(), /ago/);
});

test("back and forward move between the start page and a job", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  await page.locator("#demo-jobs a").first().waitFor({ timeout: 15_000 });
  await page.locator("#demo-jobs a").first().click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.goBack();
  await page.locator("#demo-jobs").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#overview").count(), 0);
  await page.goForward();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#overview h1").textContent(), "llm-pretrain-7b-4node");
});

test("an unknown route offers a way home", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.site.url}#/no/such/page`);
  await page.getByText("Page not found").waitFor({ timeout: 15_000 });
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await page.locator("#open-job").waitFor();
});

test("a pasted API URL fills the form and opens the job", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  await page.locator("input[name=pasted]").fill(`https://modelarts.cn-north-4.myhuaweicloud.com/v2/demo/training-jobs/${FAILED}`);
  assert.equal(await page.locator("input[name=project]").inputValue(), "demo");
  // The API host names its region, which picks that region's configured endpoint.
  assert.equal(await page.locator("select[name=endpoint]").inputValue(), "cn-north-4");
  await page.locator("select[name=endpoint]").selectOption("demo");
  await page.getByRole("button", { name: "Open" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.match(page.url(), new RegExp(`/tools/jobs/#/projects/demo/training-jobs/${FAILED}`));
});

test("a console URL's region= picks that region's endpoint", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  await page.locator("input[name=pasted]").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("select[name=endpoint]").inputValue(), "demo");
  await page
    .locator("input[name=pasted]")
    .fill(`https://console.huaweicloud.com/modelarts/?region=cn-north-4&projectId=p9#/trainingJobs/details/${FAILED}`);
  assert.equal(await page.locator("input[name=project]").inputValue(), "p9");
  assert.equal(await page.locator("select[name=endpoint]").inputValue(), "cn-north-4");
  await page.getByRole("button", { name: "Open" }).click();
  await page.waitForURL(/endpoint=cn-north-4/);
});

test("a broken config.json falls back to the demo with a visible warning", async () => {
  const broken = await serveDist("/other/place/");
  try {
    writeFileSync(join(broken.root, "other/place/config.json"), "{ not json");
    const page = await newPage(served.browser);
    await page.goto(`${broken.url}#/projects/demo/training-jobs/${FAILED}`);
    await page.locator("#overview h1").waitFor({ timeout: 15_000 });
    const warning = await page.locator(".banner--warning").first().textContent();
    assert.match(warning, /config\.json is not valid/);
    assert.match(warning, /demo endpoint only/);
  } finally {
    await broken.close();
  }
});

test("a link cannot bring its own endpoint", async () => {
  const page = await newPage(served.browser);
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${FAILED}?endpoint=${encodeURIComponent("https://evil.example/")}`);
  await page.locator(".error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".error-panel").textContent(), /does not have/);
  assert.ok(requests.every((url) => url.startsWith("http://127.0.0.1")), requests.join("\n"));
});

test("a saved response file or pasted JSON renders with no network and says it is local", async () => {
  const page = await newPage(served.browser);
  // The start page (on jobs.html) links to the local-file page (local.html), which holds the file
  // picker.
  const openForm = async () => {
    await page.goto(served.site.url);
    await page.locator("#local-file a").click();
    await page.locator("#local-file input[type=file]").waitFor({ timeout: 15_000 });
  };
  await openForm();
  assert.match(page.url(), /\/local\.html#\/local$/);
  const apiRequests = [];
  page.on("request", (request) => request.url().includes("/v2/") && apiRequests.push(request.url()));
  await page.locator("#local-file input[type=file]").setInputFiles(join(import.meta.dirname, "../fixtures/hetero.json"));
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#overview h1").textContent(), "ppo-atari-hetero");
  assert.match(await page.locator(".banner--info").textContent(), /Local file: hetero\.json/);
  assert.match(page.url(), /#\/local$/);
  // The file as JSON too, on the same page: there is no job to fetch on the diagnostics page.
  assert.match(await page.locator("#json .raw-json").textContent(), /"name": "ppo-atari-hetero"/);
  assert.equal(await page.locator("#raw a[href*='section=json']").count(), 0, "no link to a JSON view of a job that is not fetched");

  await openForm();
  await page.locator("#local-file textarea").fill('{"metadata": {"name": "pasted-job"}, "status": {"phase": "Failed"}}');
  await page.locator("#local-file").getByRole("button", { name: "Show" }).click();
  await page.locator("#overview h1", { hasText: "pasted-job" }).waitFor();
  await openForm();
  await page.locator("#local-file textarea").fill("<html>not json</html>");
  await page.locator("#local-file").getByRole("button", { name: "Show" }).click();
  await page.locator("#local-file .banner--warning").waitFor();
  assert.deepEqual(apiRequests, [], "nothing was fetched from an API");
});

test("an endpoint added in this browser is kept, marked, and selectable by name", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  await page.locator("#settings").waitFor({ timeout: 15_000 });
  await page.locator("input[name=endpoint-name]").fill("team-proxy");
  await page.locator("input[name=endpoint-base]").fill("https://proxy.example.com/modelarts/");
  await page.locator("#settings").getByRole("button", { name: "Add" }).click();
  assert.match(await page.evaluate(() => localStorage.getItem("mjv.endpoints")), /team-proxy/);
  await page.reload();
  await page.locator("select[name=endpoint] option", { hasText: "team-proxy (added in this browser)" }).waitFor({ state: "attached" });
});
