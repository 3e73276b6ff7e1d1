// A token endpoint behind a mock ModelArts: the token reaches it only as a header, never a URL,
// and never goes to another endpoint. Also live refresh and the error scenarios.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";
import { startMock, TOKEN } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const served = mockForTests({
  config: {
    endpoints: [
      { name: "demo", base_url: "demo/", auth: "none", files: true },
      { name: "proxy", base_url: "", auth: "none" },
      { name: "secure", base_url: "secure/", auth: "token" },
    ],
    default_endpoint: "proxy",
    refresh_seconds: 1,
    timeout_seconds: 2,
  },
});

test("the token goes only to its endpoint, only as a header", async () => {
  const page = await newPage(served.browser);
  const seen = [];
  const logged = [];
  page.on("request", (request) => seen.push(request.url()));
  page.on("console", (message) => logged.push(message.text()));
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").waitFor({ timeout: 15_000 });
  await page.locator("input[name=token]").fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#overview h1").textContent(), "llm-pretrain-7b-4node");

  const secure = served.mock.requests.filter((r) => r.path.includes("/secure/v2/"));
  assert.ok(secure.some((r) => r.headers["x-auth-token"] === TOKEN), "the token arrived as X-Auth-Token");
  // Another endpoint, in the same tab: no token goes there.
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=proxy`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const others = served.mock.requests.filter((r) => !r.path.includes("/secure/"));
  assert.ok(others.length > 0);
  assert.ok(others.every((r) => r.headers["x-auth-token"] === undefined), "no token to other paths");
  assert.ok(seen.every((url) => !url.includes(TOKEN)), "the token is in no request URL");
  assert.ok(!page.url().includes(TOKEN));
  assert.ok(logged.every((line) => !line.includes(TOKEN)), "the token is never logged");
  assert.ok(served.mock.requests.every((r) => !r.path.includes(TOKEN)));
  const remembered = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("mjv.token.")));
  assert.deepEqual(remembered, [], "not remembered unless asked");
  const inTab = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith("mjv.token.")));
  assert.equal(inTab.length, 1, "kept for this tab");
});

test("a remembered token expires after a day and is bound to its endpoint's address", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").fill(TOKEN);
  await page.locator("input[name=remember]").check();
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  const [key, entry] = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith("mjv.token.")));
  assert.match(key, /^mjv\.token\.secure\|http:\/\/127\.0\.0\.1:\d+\/tools\/jobs\/secure\/v2\/$/);
  const { token, expires_at: expiresAt } = JSON.parse(entry);
  assert.equal(token, TOKEN);
  const day = 24 * 60 * 60 * 1000;
  assert.ok(Math.abs(expiresAt - (Date.now() + day)) < 60_000, `expires in a day: ${expiresAt}`);
  // The same name pointed at another address of the same origin, with the token remembered: it
  // asks for a token, and sends the remembered one nowhere.
  const pages = [];
  try {
    const other = await newPage(served.browser);
    pages.push(other);
    await other.route("**/config.json", (route) =>
      route.fulfill({ json: { endpoints: [{ name: "secure", base_url: "elsewhere/", auth: "token" }], default_endpoint: "secure" } }),
    );
    await other.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, entry]);
    const sentBefore = served.mock.requests.length;
    await other.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
    await other.locator("input[name=token]").waitFor({ timeout: 15_000 });
    assert.ok(await other.evaluate((k) => localStorage.getItem(k) !== null, key), "the remembered token was there");
    const sent = served.mock.requests.slice(sentBefore);
    assert.ok(sent.every((r) => r.headers["x-auth-token"] === undefined), "the token went nowhere");
    // Expired: set the same entry in the past on the original origin, and it asks again.
    const stale = await newPage(served.browser);
    pages.push(stale);
    await stale.goto(`${served.mock.url}#/`);
    await stale.evaluate(([k, t]) => {
      sessionStorage.clear();
      localStorage.setItem(k, JSON.stringify({ token: t, expires_at: Date.now() - 1 }));
    }, [key, TOKEN]);
    await stale.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
    await stale.locator("input[name=token]").waitFor({ timeout: 15_000 });
    assert.equal(await stale.evaluate((k) => localStorage.getItem(k), key), null, "the expired entry is deleted");
  } finally {
    await Promise.all(pages.map((opened) => opened.context().close()));
  }
});

test("a request with a token does not follow a redirect, and says why", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/redirect?endpoint=secure`);
  await page.locator(".error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".error-panel__title").textContent(), /answered with a redirect\. The viewer does not follow it/);
  const followed = served.mock.requests.filter((r) => r.path.includes("/redirected"));
  assert.deepEqual(followed, [], "nothing was sent to the redirect's target");
});

test("forgetting a token offers to clear the recent jobs too", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.ok(await page.evaluate(() => localStorage.getItem("mjv.recent")));
  await page.getByRole("button", { name: "Forget token" }).click();
  await page.locator("input[name=token]").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Also clear recent jobs" }).click();
  await page.getByText("Recent jobs cleared.").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("mjv.recent")), null);
});

test("after forgetting a token, a wrong one is explained and the right one shows the job again", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Forget token" }).click();
  await page.locator("input[name=token]").fill("wrong-token");
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator(".error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".error-panel").textContent(), /gateway rejected the credentials/);
  await page.locator("input[name=token]").fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).click();
  // The same document as before the token was forgotten: shown again, not a spinner forever.
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator(".skeleton").count(), 0);
  await page.close();
});

test("a refused token asks again", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=secure`);
  await page.locator("input[name=token]").fill("wrong-token");
  await page.getByRole("button", { name: "Use token" }).click();
  await page.locator(".error-panel").waitFor({ timeout: 15_000 });
  assert.match(await page.locator(".error-panel").textContent(), /gateway rejected the credentials/);
  await page.getByText("The token was refused").waitFor();
});

test("live refresh follows a job to Completed and then stops polling", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/progress`);
  await page.locator(".badge--succeeded").waitFor({ timeout: 20_000 });
  assert.match(await page.locator("#overview").textContent(), /Completed/);
  const callsAtEnd = served.mock.calls.get("progress");
  await page.waitForTimeout(2500);
  assert.equal(served.mock.calls.get("progress"), callsAtEnd, "no polling after a terminal phase");
  assert.ok(callsAtEnd >= 3);
});

test("a refresh with identical data changes nothing in the job's DOM", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731`);
  // The whole page: the sections below the overview come the frame after it, and the events read
  // beside the job are marked on its timeline once they land.
  await page.locator("#job-content #raw").waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName("job-events:fetch").length > 0);
  await page.waitForTimeout(100);
  const before = served.mock.calls.get("66ff6991-fd66-40b6-8101-0829a46d3731");
  const mutations = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let count = 0;
        const target = document.getElementById("job-content");
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            // The ticking duration is the one thing meant to change every second.
            if (!record.target.parentElement?.closest(".live-duration") && !record.target.closest?.(".live-duration")) count += 1;
          }
        });
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(count);
        }, 2600);
      }),
  );
  assert.ok(served.mock.calls.get("66ff6991-fd66-40b6-8101-0829a46d3731") > before, "it did poll");
  assert.equal(mutations, 0);
});

test("a 3 MB job renders, with its long tables cut to a first page", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/huge`);
  await page.locator("#overview h1").waitFor({ timeout: 30_000 });
  assert.equal(await page.locator("#overview h1").textContent(), "huge-benchmark-job");
  assert.match(await page.locator("#tasks .triage").textContent(), /64 of 512 workers exited with 137/);
  assert.equal(await page.locator("#tasks tbody tr").count(), 10);
  await page.getByRole("button", { name: "Show all 512" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#tasks tbody tr").length === 512);
  assert.match(await page.locator(".flavor__headline").textContent(), /64 nodes × 8 GPUs = 512 GPUs/);
  assert.deepEqual(page.problems, []);
});

test("copy link puts the current view's URL on the clipboard", async () => {
  const page = await newPage(served.browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(served.mock.url).origin });
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?section=io`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByRole("button", { name: "Copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.match(copied, /section=io/);
});

test("leaving the page aborts its request", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/slow`);
  await page.waitForTimeout(500);
  await page.evaluate(() => (location.hash = "#/"));
  await page.locator("#open-job").waitFor();
  await page.waitForTimeout(800);
  assert.ok(served.mock.aborted.includes("slow"), `aborted: ${served.mock.aborted}`);
});

const errors = [
  ["unauthorized", /gateway rejected the credentials/],
  ["not-found", /No training job with this ID exists here/],
  ["forbidden", /not allowed to perform this operation/],
  ["throttled", /wait 7 s/],
  ["broken", /internal error/],
  ["login-page", /not JSON/],
  ["malformed", /stops in the middle of its JSON/],
  ["too-deep", /128 levels/],
  ["slow", /did not answer within 2 s/],
];

for (const [id, message] of errors) {
  test(`the ${id} scenario has its own message`, async () => {
    const page = await newPage(served.browser);
    await page.goto(`${served.mock.url}#/projects/p/training-jobs/${id}`);
    await page.locator(".error-panel").waitFor({ timeout: 15_000 });
    const text = await page.locator(".error-panel").textContent();
    assert.match(text, message);
    assert.match(text, new RegExp(`training-jobs/${id}`), "the request URL is shown");
    // No job, no times: the time mode selector waits for a job, and the way home is offered.
    assert.equal(await page.locator(".job-toolbar__time").isVisible(), false);
    assert.equal(await page.locator(".job-toolbar__time").boundingBox(), null, "nor its room");
    assert.equal(await page.getByRole("link", { name: "Go to the start page" }).count(), 1);
  });
}

test("out-of-range numbers in config.json are clamped with a warning, and the app still works", async () => {
  const clamped = await startMock({
    config: {
      endpoints: [{ name: "proxy", base_url: "", auth: "none" }],
      default_endpoint: "proxy",
      timeout_seconds: 2147484,
      refresh_seconds: 0,
    },
  });
  const page = await newPage(served.browser);
  try {
    await page.goto(`${clamped.url}#/projects/p/training-jobs/${FAILED}`);
    await page.locator("#overview h1").waitFor({ timeout: 15_000 });
    assert.match(await page.locator(".banner--warning").textContent(), /timeout_seconds to 2147484.*uses 300/);
    await page.evaluate(() => (location.hash = "#/"));
    await page.locator("#open-job").waitFor({ timeout: 15_000 });
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
    await clamped.close();
  }
});

test("an unknown endpoint's page links the job through each configured endpoint, and home", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}#/projects/p/training-jobs/${FAILED}?endpoint=nope`);
  await page.locator(".error-panel").waitFor({ timeout: 15_000 });
  const names = await page.locator(".other-endpoints li a").allTextContents();
  assert.deepEqual(names, ["demo", "proxy", "secure"]);
  await page.locator(".other-endpoints").getByRole("link", { name: "Go to the start page" }).waitFor();
  await page.locator(".other-endpoints li a", { hasText: "proxy" }).click();
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  assert.match(page.url(), /endpoint=proxy/);
});
