// Readable on a phone and with a huge job (issue 16). Every demo job, at 390 and 1280 px, light and
// dark, in English and Chinese, shows no text outside the screen's width: each visible text node's
// box must lie within the viewport, table cells included (on a phone the tables become cards). The
// header's buttons keep their words on one line. The generated huge job's page stays a few screens
// tall per section at both widths, which holds only while long lists show a first page and long
// descriptions are clamped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newPage, mockForTests } from "./harness.mjs";
import { projectRoot } from "./paths.mjs";

const demoJobs = JSON.parse(readFileSync(join(projectRoot, "demo/index.json"), "utf8"));
const HEIGHT = 900;

// The site's own config.json: the demo endpoint by default, the mock's API as `proxy`.
const served = mockForTests();

/**
 * In the page: every non-blank text node that is rendered, outside visually-hidden elements, the
 * skip link (off screen until focused) and SVG, whose box leaves the viewport's width, as "text (left–right)". An ancestor that clips its
 * overflow (hidden or clip, such as the header row of a table shown as cards) cuts the box; one
 * that scrolls does not, for text behind a sideways scroll is off the screen.
 */
function textOutsideViewport() {
  const width = document.documentElement.clientWidth;
  const offenders = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest(".visually-hidden, .skip-link, svg")) return NodeFilter.FILTER_REJECT;
      return parent.checkVisibility({ visibilityProperty: true }) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    let { left, right } = box;
    for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
      const style = getComputedStyle(element);
      const clipped = ["hidden", "clip"].includes(style.overflowX) || style.clipPath !== "none";
      if (!clipped) continue;
      const bounds = element.getBoundingClientRect();
      left = Math.max(left, bounds.left);
      right = Math.min(right, bounds.right);
    }
    if (right - left <= 1 || box.height === 0) continue;
    if (right > width + 1 || left < -1) {
      offenders.push(`${node.data.trim().slice(0, 60)} (${Math.round(left)}–${Math.round(right)})`);
    }
  }
  return offenders;
}

/** In the page: the header's buttons and links whose words wrap onto a second line. */
function wrappedHeaderControls() {
  const range = document.createRange();
  return [...document.querySelectorAll(".app-header a, .app-header button")]
    .filter((control) => {
      range.selectNodeContents(control);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      return lines.size > 1;
    })
    .map((control) => control.textContent.trim());
}

for (const width of [390, 1280]) {
  for (const scheme of ["light", "dark"]) {
    for (const locale of ["en-US", "zh-CN"]) {
      test(`no demo job's or finder page's text leaves a ${width} px screen: ${scheme}, ${locale}`, async () => {
        const page = await newPage(served.browser, { locale, colorScheme: scheme, viewport: { width, height: HEIGHT } });
        const problems = [];
        for (const { project_id, job_id, title } of demoJobs) {
          await page.goto(`${served.mock.url}#/projects/${project_id}/training-jobs/${job_id}?endpoint=demo`);
          // This job's own heading, not the previous job's still on screen.
          await page.locator("#overview h1", { hasText: title.split(": ")[0] }).waitFor({ timeout: 15_000 });
          // The sections below the overview come a frame later.
          await page.locator("#raw").waitFor({ timeout: 15_000 });
          const name = title.split(":")[0];
          for (const text of await page.evaluate(textOutsideViewport)) problems.push(`${name}: ${text}`);
          for (const text of await page.evaluate(wrappedHeaderControls)) problems.push(`${name}: header wraps "${text}"`);
        }
        // The finder page: the start page, the demo's list, two demo jobs compared, and the picker.
        const finder = [
          ["start page", "jobs.html#/", "#demo-jobs a"],
          ["job list", "jobs.html#/projects/demo/training-jobs?endpoint=demo", "#jobs tbody tr"],
          ["comparison", `jobs.html#/projects/demo/compare/${demoJobs[0].job_id}/${demoJobs[1].job_id}?endpoint=demo`, "#compare table"],
          ["compare with", `jobs.html#/projects/demo/compare/${demoJobs[0].job_id}?endpoint=demo`, "#compare-with input"],
        ];
        for (const [name, path, ready] of finder) {
          await page.goto(`${served.mock.url}${path}`);
          await page.locator(ready).first().waitFor({ timeout: 15_000 });
          for (const text of await page.evaluate(textOutsideViewport)) problems.push(`${name}: ${text}`);
          for (const text of await page.evaluate(wrappedHeaderControls)) problems.push(`${name}: header wraps "${text}"`);
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(page.problems, []);
        await page.close();
      });
    }
  }
}

/**
 * Measured with ten rows per list and descriptions clamped to three lines: at 1280 px the tallest
 * sections (status with 10 of 1,200 attempts, parameters with 10 of 500) were about 1,150 px, at
 * 390 px about 2,700 px. With every row, or with whole descriptions, each is several times taller.
 */
const SECTION_LIMITS = { 1280: 1_600, 390: 3_400 };

for (const [width, limit] of Object.entries(SECTION_LIMITS)) {
  test(`the huge job's page stays a few screens tall per section at ${width} px`, async () => {
    const page = await newPage(served.browser, { viewport: { width: Number(width), height: HEIGHT } });
    await page.goto(`${served.mock.url}#/projects/p/training-jobs/huge?endpoint=proxy`);
    await page.locator("#overview h1", { hasText: "huge-benchmark-job" }).waitFor({ timeout: 30_000 });
    // The sections below the overview come a frame later.
    await page.locator("#raw").waitFor({ timeout: 30_000 });
    await page.locator("#parameters tbody tr").first().waitFor();
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll("main section.card[id]")].map((section) => [section.id, Math.round(section.getBoundingClientRect().height)]),
    );
    assert.ok(sections.length >= 6, JSON.stringify(sections));
    const tall = sections.filter(([, height]) => height > limit);
    assert.deepEqual(tall, [], `sections taller than ${limit} px: ${JSON.stringify(sections)}`);
    // Cut, not dropped: each long list offers the rest.
    for (const total of [500, 512, 200, 1200]) {
      await page.getByRole("button", { name: new RegExp(`^Show all ${total}$`) }).waitFor();
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
