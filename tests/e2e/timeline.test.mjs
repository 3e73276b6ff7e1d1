// The status timeline as people read it: the failed demo job's restart gap, tick labels and end
// marker, and the huge job's 1,200 recoveries drawn as a row of countable marks that fit a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const served = mockForTests({
  config: { endpoints: [{ name: "proxy", base_url: "", auth: "none" }], default_endpoint: "proxy", refresh_seconds: 60 },
});

async function open(hash, options = {}) {
  const page = await newPage(served.browser, options);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${hash}`);
  await page.locator("#status .timeline__svg").waitFor({ timeout: 30_000 });
  return page;
}

/** The text and box of each label over the timeline that is shown (phones hide every other one). */
const shownLabels = (page, selector) =>
  page.$$eval(selector, (labels) =>
    labels
      .filter((label) => getComputedStyle(label).display !== "none")
      .map((label) => {
        const { left, right } = label.getBoundingClientRect();
        return { text: label.textContent, left, right };
      }),
  );

test("the failed demo job shows its restart, quarter-hour ticks and where it ended", async () => {
  const page = await open(`${FAILED}?time=utc`);
  const restart = page.locator("#status .timeline__segment--restarting");
  assert.equal(await restart.count(), 1, "the gap between the attempts is its own phase");
  assert.match(await restart.locator("title").textContent(), /^Restarting: .*07:11:08.*→.*07:14:40/);
  const running = await page.locator("#status .timeline__segment--running").count();
  assert.equal(running, 2, "running before and after the restart");
  assert.match(await page.locator("#status .legend").textContent(), /Restarting/);

  const ticks = await shownLabels(page, "#status .timeline__tick");
  assert.deepEqual(
    ticks.map((tick) => tick.text),
    ["06:30", "06:45", "07:00", "07:15", "07:30", "07:45"],
  );
  const plot = await page.locator("#status .timeline__svg").boundingBox();
  for (const tick of ticks) assert.ok(tick.left >= plot.x && tick.right <= plot.x + plot.width, JSON.stringify(tick));

  assert.notEqual(await page.locator("#status path.timeline__end").getAttribute("d"), "");
  assert.match(await page.locator("#status .timeline__end-label").textContent(), /^Ended Apr 14, 2026, 07:58:21 UTC/);
  // Failed attempts are striped, not only red: the pattern they name is in the document.
  assert.equal(await page.locator("#tl-failed path").count(), 1);
  const fill = await page.$eval("#status .timeline__attempt--failed", (bar) => getComputedStyle(bar).fill);
  assert.match(fill, /url\("?#tl-failed"?\)/);
  assert.deepEqual(page.problems, []);
});

test("ticks fall on the whole hours of the local zone", async () => {
  const page = await open(`${FAILED}?time=local`, { timezoneId: "Asia/Kolkata" });
  const ticks = await shownLabels(page, "#status .timeline__tick");
  // UTC+5:30: the same quarter hours, named in Indian time.
  assert.deepEqual(
    ticks.map((tick) => tick.text),
    ["12:00", "12:15", "12:30", "12:45", "13:00", "13:15"],
  );
});

test("1,200 recoveries become countable marks that fit a phone", async () => {
  const page = await open("huge?time=utc", { viewport: { width: 390, height: 900 } });
  const marks = page.locator("#status rect.timeline__recovery");
  const count = await marks.count();
  assert.ok(count > 1 && count <= 30, `${count} recovery marks`);
  const counts = await page.$$eval("#status .timeline__count", (labels) => labels.map((label) => Number(label.textContent)));
  assert.equal(
    counts.reduce((sum, n) => sum + n, 0),
    1200,
    "the counts add up to every recovery",
  );
  assert.match(await marks.first().locator("title").textContent(), /^\d+ recoveries: /);
  // The marks shown on a phone neither overlap nor leave the screen.
  for (const selector of ["#status .timeline__count", "#status .timeline__tick"]) {
    const shown = await shownLabels(page, selector);
    assert.ok(shown.length >= 2, `${selector}: ${shown.length} shown`);
    for (const [index, label] of shown.entries()) {
      assert.ok(label.left >= 0 && label.right <= 390, `${selector} off screen: ${JSON.stringify(label)}`);
      if (index > 0) assert.ok(label.left > shown[index - 1].right, `${selector} overlap: ${JSON.stringify(shown)}`);
    }
  }
  // Ten-second gaps in 83 hours are not drawn as 1,199 restarts.
  assert.equal(await page.locator("#status .timeline__segment--restarting").count(), 0);
  assert.deepEqual(page.problems, []);
});
