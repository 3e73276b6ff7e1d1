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
