// One secret rule in every view: the tables, the command, the raw JSON and what Copy and Download
// hand over. A secret is revealed one value at a time, or downloaded only after a confirmation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, mockForTests } from "./harness.mjs";
import { demoJob } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const SECRETS = {
  hf: "hf_exampleSecretValue123",
  database: "dbPassw0rd",
  sensitive: "opaqueSensitiveValue",
  commandPassword: "cmdPassw0rd",
  obsSk: "obsSecretKey987",
  annotation: "annotationSecret55",
  fineTuning: "fineTuningSecret66",
};

/** The failed demo job with secrets in every shape the rule must catch. */
function jobWithSecrets() {
  const job = JSON.parse(demoJob(FAILED));
  job.metadata.name = "job-with-secrets";
  job.algorithm.environments = [
    { HF_TOKEN: SECRETS.hf, DATABASE_URL: `postgres://app:${SECRETS.database}@db:5432/x`, obsSk: SECRETS.obsSk, PATH: "/usr/bin" },
  ];
  job.algorithm.parameters = [
    { name: "opaque", value: SECRETS.sensitive, constraint: { type: "String", sensitive: true } },
    { name: "lr", value: "0.1" },
  ];
  job.metadata.annotations = { ...job.metadata.annotations, "team/api_key": SECRETS.annotation };
  job.ftjob_config = { model_type: "llm", task_env: { HF_TOKEN: SECRETS.fineTuning, STEPS: "9" } };
  job.algorithm.command = `python train.py --password ${SECRETS.commandPassword} --epochs 3`;
  return JSON.stringify(job);
}

const served = mockForTests({ jobs: { secrets: jobWithSecrets() } });

async function openJob(page) {
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/secrets?endpoint=proxy`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  // The sections below the overview come a frame later.
  await page.locator("#raw").waitFor({ timeout: 15_000 });
}

test("no secret is on the page until one is revealed, and revealing shows only that one", async () => {
  const page = await newPage(served.browser);
  await openJob(page);
  // The whole document, attributes included, not only the visible text.
  const html = await page.content();
  for (const [kind, secret] of Object.entries(SECRETS)) assert.ok(!html.includes(secret), `${kind} is in the page`);
  const text = await page.locator("#job-content").textContent();
  assert.ok(text.includes("team/api_key") && text.includes("STEPS: 9"), "the annotation and the fine-tuning env are shown");
  assert.match(text, /postgres:\/\/app:••••••••@db:5432\/x/, "the URL is shown with its password masked");
  await page.getByRole("button", { name: "Show DATABASE_URL" }).click();
  const after = await page.content();
  assert.ok(after.includes(SECRETS.database), "the revealed value is shown");
  for (const [kind, secret] of Object.entries(SECRETS)) {
    if (kind !== "database") assert.ok(!after.includes(secret), `revealing one showed ${kind} too`);
  }
  assert.deepEqual(page.problems, []);
});

test("the raw JSON, Copy and Download mask secrets; the secrets need a confirmation", async () => {
  const page = await newPage(served.browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(served.mock.url).origin });
  await openJob(page);
  // On the diagnostics page, one link from the job's raw section.
  await page.getByRole("link", { name: "Show, copy or download the document as JSON" }).click();
  await page.waitForURL(/diagnostics\.html#.*section=json/);
  const raw = await page.locator(".raw-json").textContent();
  for (const [kind, secret] of Object.entries(SECRETS)) assert.ok(!raw.includes(secret), `${kind} in the raw JSON`);
  assert.ok(raw.indexOf('"metadata"') < raw.indexOf('"algorithm"'), "keys keep the order sent, not sorted");

  await page.getByRole("button", { name: "Copy JSON" }).click();
  await page.getByRole("button", { name: "Copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes("job-with-secrets"));
  for (const [kind, secret] of Object.entries(SECRETS)) assert.ok(!copied.includes(secret), `${kind} was copied`);

  const [masked] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .json" }).click()]);
  const maskedText = readFileSync(await masked.path(), "utf8");
  assert.ok(maskedText.includes("job-with-secrets"));
  for (const [kind, secret] of Object.entries(SECRETS)) assert.ok(!maskedText.includes(secret), `${kind} was downloaded`);

  const downloads = [];
  page.on("download", (download) => downloads.push(download));
  const withSecrets = page.getByRole("button", { name: "Download with secret values…" });
  const asked = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    return dialog.dismiss();
  });
  await withSecrets.click();
  await page.waitForTimeout(300);
  assert.deepEqual(asked, ["confirm"], "it asks first");
  assert.equal(downloads.length, 0, "no download without a yes");
  page.once("dialog", (dialog) => dialog.accept());
  const [full] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download with secret values…" }).click()]);
  assert.ok(readFileSync(await full.path(), "utf8").includes(SECRETS.hf), "confirmed: the document as sent");
});
