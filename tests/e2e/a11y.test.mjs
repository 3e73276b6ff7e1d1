// Accessibility (axe-core), dark mode and the Chinese UI, on the plain static server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDistForTests, newPage, seriousViolations } from "./harness.mjs";

const JOBS = {
  failed: "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58",
  ascend: "c94e0a17-2b6f-4d83-9e51-6a3b8f2d7c04",
  hetero: "e5b72c08-9d1a-4f6e-b384-0c7a2e9d5f13",
  endpoints: "3d6f1b84-a2e9-4c57-8f03-b7e4d19c6a25",
};
const served = serveDistForTests("/tools/jobs/");

for (const scheme of ["light", "dark"]) {
  for (const [name, id] of Object.entries(JOBS)) {
    test(`no serious or critical axe violations: ${name} job, ${scheme}`, async () => {
      const page = await newPage(served.browser, { colorScheme: scheme });
      await page.goto(`${served.site.url}#/projects/demo/training-jobs/${id}`);
      await page.locator("#overview h1").waitFor({ timeout: 15_000 });
      // The sections below the overview come a frame later.
      await page.locator("#raw").waitFor({ timeout: 15_000 });
      assert.deepEqual(await seriousViolations(page), []);
    });
  }
}

test("no serious or critical axe violations on the start page", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.site.url);
  await page.locator("#demo-jobs a").first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await seriousViolations(page), []);
});

for (const scheme of ["light", "dark"]) {
  test(`no serious or critical axe violations on the job list, the comparison and its picker, ${scheme}`, async () => {
    const page = await newPage(served.browser, { colorScheme: scheme });
    await page.goto(`${served.site.url}jobs.html#/projects/demo/training-jobs?endpoint=demo`);
    await page.locator("#jobs tbody tr").first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(`${served.site.url}jobs.html#/projects/demo/compare/b3e1f6a2-5c4d-4e8f-9a17-2d6c8e0f4b31/1a8d5e92-f4c7-4b30-8d6e-95c2a7f1e3b6?endpoint=demo`);
    await page.locator("#compare table").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: /the same/ }).click();
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(`${served.site.url}jobs.html#/projects/demo/compare/b3e1f6a2-5c4d-4e8f-9a17-2d6c8e0f4b31?endpoint=demo`);
    await page.locator("#compare-with input").waitFor({ timeout: 15_000 });
    assert.deepEqual(await seriousViolations(page), []);
  });
}

test("the theme toggle switches to dark and is remembered", async () => {
  const page = await newPage(served.browser, { colorScheme: "light" });
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${JOBS.failed}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "Switch light or dark theme" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  assert.notEqual(await background(), light);
  await page.reload();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
});

// That no English is left anywhere in the Chinese UI is chinese.test.mjs's job, on every page.
test("the Chinese UI follows the browser language and switches back to English", async () => {
  const page = await newPage(served.browser, { locale: "zh-CN" });
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${JOBS.failed}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
  const nav = await page.locator(".section-nav").textContent();
  assert.match(nav, /概览.*状态.*任务.*算法.*超参.*输入输出.*资源.*原始数据/);
  assert.match(await page.locator("#overview").textContent(), /作业失败/);
  await page.getByRole("button", { name: "English" }).click();
  await page.locator(".section-nav", { hasText: "Overview" }).waitFor();
});

test("the tab's title names the job and its phase, in the UI's language", async () => {
  const page = await newPage(served.browser, { locale: "en-US" });
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${JOBS.failed}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.title.includes("llm-pretrain-7b-4node"));
  assert.equal(await page.title(), "llm-pretrain-7b-4node · Failed — ModelArts Job Viewer");
  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => document.title.includes("运行失败"));
  assert.equal(await page.title(), "llm-pretrain-7b-4node · 运行失败 — ModelArts 训练作业查看器");
  await page.evaluate(() => (location.hash = "#/"));
  await page.waitForFunction(() => document.title === "ModelArts 训练作业查看器");
});

test("the skip link moves focus to the main content, and times are not tab stops", async () => {
  const page = await newPage(served.browser, { locale: "en-US" });
  await page.goto(`${served.site.url}#/projects/demo/training-jobs/${JOBS.failed}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  // The sections below the overview, most of the times among them, come a frame later.
  await page.locator("#raw").waitFor({ timeout: 15_000 });
  assert.ok((await page.locator("time").count()) > 5);
  assert.equal(await page.locator("time[tabindex]").count(), 0);
});

test("no demo job is wider than a 390 px phone screen", async () => {
  const demos = JSON.parse(readFileSync(new URL("../../demo/index.json", import.meta.url), "utf8"));
  for (const locale of ["en-US", "zh-CN"]) {
    const page = await newPage(served.browser, { locale, viewport: { width: 390, height: 800 } });
    for (const { job_id: id, title } of demos) {
      await page.goto(`${served.site.url}#/projects/demo/training-jobs/${id}`);
      // This job's own heading, not the previous job's still on screen.
      await page.locator("#overview h1", { hasText: title.split(": ")[0] }).waitFor({ timeout: 15_000 });
      // The sections below the overview come a frame later.
      await page.locator("#raw").waitFor({ timeout: 15_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${id} in ${locale} is ${width} px wide`);
    }
    await page.close();
  }
});
