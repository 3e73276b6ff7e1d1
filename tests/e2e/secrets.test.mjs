// One secret rule in every view: the tables, the command, the raw JSON and what Copy and Download
// hand over. A secret is revealed one value at a time, or downloaded only after a confirmation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launchBrowser, newPage } from "./harness.mjs";
import { startMock, demoJob } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const SECRETS = {
  hf: "hf_exampleSecretValue123",
  database: "dbPassw0rd",
  sensitive: "opaqueSensitiveValue",
  commandPassword: "cmdPassw0rd",
  obsSk: "obsSecretKey987",
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
  job.algorithm.command = `python train.py --password ${SECRETS.commandPassword} --epochs 3`;
  return JSON.stringify(job);
}

let mock;
let browser;
before(async () => {
  mock = await startMock({ jobs: { secrets: jobWithSecrets() } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await mock?.close();
});

async function openJob(page) {
  await page.goto(`${mock.url}#/projects/p/training-jobs/secrets?endpoint=proxy`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
}

test("no secret is on the page until one is revealed, and revealing shows only that one", async () => {
  const page = await newPage(browser);
  await openJob(page);
  const text = await page.locator("#job-content").textContent();
  for (const [kind, secret] of Object.entries(SECRETS)) assert.ok(!text.includes(secret), `${kind} is visible`);
  assert.match(text, /postgres:\/\/app:••••••••@db:5432\/x/, "the URL is shown with its password masked");
  await page.getByRole("button", { name: "Show DATABASE_URL" }).click();
  const after = await page.locator("#job-content").textContent();
  assert.ok(after.includes(SECRETS.database), "the revealed value is shown");
  assert.ok(!after.includes(SECRETS.hf), "and only that one");
});

test("the raw JSON, Copy and Download mask secrets; the secrets need a confirmation", async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(mock.url).origin });
  await openJob(page);
  await page.getByRole("button", { name: "Show the document as JSON" }).click();
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

  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Download with secret values…" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  const [full] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download with secret values…" }).click()]);
  assert.ok(readFileSync(await full.path(), "utf8").includes(SECRETS.hf), "confirmed: the document as sent");
});
