// Live refresh keeps what a person opened: a refresh that brings new data for a running job must
// not fold a table back to its first page or mask a secret again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";
import { CHANGING_JOB_PARAMETERS, CHANGING_JOB_SECRET } from "./mock.mjs";

const served = mockForTests({
  config: {
    endpoints: [{ name: "proxy", base_url: "", auth: "none" }],
    default_endpoint: "proxy",
    refresh_seconds: 1,
    timeout_seconds: 5,
  },
});

test("a refresh with new data keeps all rows shown and a revealed secret revealed", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/changing`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const parameterRows = page.locator("#parameters tr.param-row");
  const environment = page.locator(".env-table");

  await page.locator("#parameters").getByRole("button", { name: `Show all ${CHANGING_JOB_PARAMETERS}` }).click();
  await page.waitForFunction((total) => document.querySelectorAll("#parameters tr.param-row").length === total, CHANGING_JOB_PARAMETERS);
  await environment.locator(".masked__toggle").click();
  assert.match(await environment.textContent(), new RegExp(CHANGING_JOB_SECRET));

  // The step changes on every call, in a parameter and in a variable beside the secret, so new
  // values in both tables mean new data was applied to both, not only to the parts that changed.
  const shown = {
    parameter: await parameterRows.first().textContent(),
    environment: await environment.textContent(),
  };
  assert.match(shown.parameter, /global_step/);
  assert.match(shown.environment, /GLOBAL_STEP/);
  const callsBefore = served.mock.calls.get("changing");
  await page.waitForFunction(
    ({ parameter, environment }) =>
      document.querySelector("#parameters tr.param-row")?.textContent !== parameter &&
      document.querySelector(".env-table")?.textContent !== environment,
    shown,
    { timeout: 15_000 },
  );
  assert.ok(served.mock.calls.get("changing") > callsBefore, "the page polled again");

  assert.equal(await parameterRows.count(), CHANGING_JOB_PARAMETERS, "every parameter row is still shown");
  assert.match(await environment.textContent(), new RegExp(CHANGING_JOB_SECRET), "the secret is still revealed");
  assert.equal(await environment.locator(".masked__toggle").getAttribute("aria-pressed"), "true");
  assert.deepEqual(page.problems, []);
});
