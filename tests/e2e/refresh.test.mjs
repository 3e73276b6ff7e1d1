// Live refresh keeps what a person opened: a refresh that brings new data for a running job must
// not fold a table back to its first page or mask a secret again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, newPage } from "./harness.mjs";
import { startMock, CHANGING_JOB_PARAMETERS, CHANGING_JOB_SECRET } from "./mock.mjs";

let mock;
let browser;

before(async () => {
  mock = await startMock({
    config: {
      endpoints: [{ name: "proxy", base_url: "", auth: "none" }],
      default_endpoint: "proxy",
      refresh_seconds: 1,
      timeout_seconds: 5,
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await mock?.close();
});

test("a refresh with new data keeps all rows shown and a revealed secret revealed", async () => {
  const page = await newPage(browser);
  await page.goto(`${mock.url}#/projects/p/training-jobs/changing`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const parameterRows = page.locator("#parameters tr.param-row");
  const environment = page.locator(".env-table");

  await page.locator("#parameters").getByRole("button", { name: `Show all ${CHANGING_JOB_PARAMETERS}` }).click();
  await page.waitForFunction((total) => document.querySelectorAll("#parameters tr.param-row").length === total, CHANGING_JOB_PARAMETERS);
  await environment.locator(".masked__toggle").click();
  assert.match(await environment.textContent(), new RegExp(CHANGING_JOB_SECRET));

  // global_step changes on every call, so a new value on screen means new data was applied.
  const stepShown = await parameterRows.first().textContent();
  assert.match(stepShown, /global_step/);
  const callsBefore = mock.calls.get("changing");
  await page.waitForFunction(
    (before) => document.querySelector("#parameters tr.param-row")?.textContent !== before,
    stepShown,
    { timeout: 15_000 },
  );
  assert.ok(mock.calls.get("changing") > callsBefore, "the page polled again");

  assert.equal(await parameterRows.count(), CHANGING_JOB_PARAMETERS, "every parameter row is still shown");
  assert.match(await environment.textContent(), new RegExp(CHANGING_JOB_SECRET), "the secret is still revealed");
  assert.equal(await environment.locator(".masked__toggle").getAttribute("aria-pressed"), "true");
  assert.deepEqual(page.problems, []);
});
