// The finder page (jobs.html, issue 13): a project's job list through a proxy that answers the POST
// search, and from a static host that refuses it (the demo folder), with filters, order and page
// in the link; the start page's links to the lists; and two jobs compared, secrets masked on both
// sides and an unknown job explained in its own column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, mockForTests } from "./harness.mjs";
import { demoJobs, TOKEN } from "./mock.mjs";

const FAILED = "7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58";
const COMPLETED = "b3e1f6a2-5c4d-4e8f-9a17-2d6c8e0f4b31";
const MNIST = "1a8d5e92-f4c7-4b30-8d6e-95c2a7f1e3b6";
const IMAGENET = "c94e0a17-2b6f-4d83-9e51-6a3b8f2d7c04";

// 120 jobs in the demo folder's list file: enough for three pages of 50 in the browser.
const many = Array.from({ length: 120 }, (_, index) => ({
  kind: "job",
  metadata: { id: `job-${index}`, name: `sweep-${String(index).padStart(3, "0")}`, create_time: 1_700_000_000_000 + index * 60_000 },
  status: { phase: index % 3 === 0 ? "Failed" : "Completed", duration: 60_000 },
}));

const served = mockForTests({
  config: {
    endpoints: [
      { name: "proxy", base_url: "", auth: "none" },
      { name: "demo", base_url: "demo/", auth: "none", files: true },
      { name: "big", base_url: "big/", auth: "none" },
      { name: "secure", base_url: "secure/", auth: "token" },
    ],
    default_endpoint: "demo",
    refresh_seconds: 0,
    timeout_seconds: 20,
  },
  pages: { "big/v2/p/training-job-searches": JSON.stringify({ total: 120, items: many }) },
});

const rowNames = (page) => page.locator("#jobs tbody th[scope=row] a").allTextContents();

async function openList(page, hash) {
  await page.goto(`${served.mock.url}jobs.html${hash}`);
  await page.locator("#jobs table, #jobs .muted:not(.skeleton)").first().waitFor({ timeout: 15_000 });
}

test("the list through a proxy posts the link's search and shows its page, each row linked to the viewer", async () => {
  served.mock.requests.length = 0;
  const page = await newPage(served.browser);
  await openList(page, "#/projects/p/training-jobs?phase=Failed&q=LLM&endpoint=proxy&time=utc");
  await page.locator("#jobs tbody tr").first().waitFor();
  assert.deepEqual(await rowNames(page), ["llm-pretrain-7b-4node"]);
  // The phase's icon comes from the stylesheet, so colour is never the only signal; the created
  // time is machine-readable as JavaScript writes it.
  const badgeIcon = await page.locator("#jobs tbody .badge").evaluate((badge) => getComputedStyle(badge, "::before").content);
  assert.match(badgeIcon, /^"✕"/);
  const created = demoJobs().find((job) => job.metadata.name === "llm-pretrain-7b-4node").metadata.create_time;
  assert.equal(await page.locator("#jobs tbody time").getAttribute("datetime"), new Date(created).toISOString());
  const posted = served.mock.requests.filter((request) => request.method === "POST");
  assert.equal(posted.length, 1, JSON.stringify(served.mock.requests.map((r) => r.path)));
  assert.match(posted[0].path, /\/v2\/p\/training-job-searches$/);
  assert.equal(posted[0].headers["content-type"], "application/json");
  const body = JSON.parse(posted[0].body);
  assert.equal(body.offset, 0);
  assert.equal(body.limit, 50);
  assert.deepEqual(body.filters, [
    { key: "phase", operator: "in", value: ["Failed"] },
    { key: "name", operator: "like", value: ["LLM"] },
  ]);
  // The form shows the link's filters; the row's link keeps endpoint and time mode.
  assert.equal(await page.locator(".list-filters select").first().inputValue(), "Failed");
  assert.equal(await page.locator(".list-filters input[type=search]").inputValue(), "LLM");
  const href = await page.locator("#jobs tbody th[scope=row] a").getAttribute("href");
  assert.equal(href, `./#/projects/p/training-jobs/${FAILED}?time=utc&endpoint=proxy`);
  await page.locator("#jobs tbody th[scope=row] a").click();
  await page.locator("#overview h1", { hasText: "llm-pretrain-7b-4node" }).waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/tools/jobs/"), page.url());
});

test("a static host's list file is filtered, ordered and paged in the browser, from the link", async () => {
  const page = await newPage(served.browser);
  served.mock.requests.length = 0;
  // The demo folder is one file of every job ("files": true): no search is posted.
  await openList(page, "#/projects/demo/training-jobs?endpoint=demo");
  await page.locator("#jobs tbody tr").first().waitFor();
  assert.equal((await rowNames(page)).length, demoJobs().length);
  assert.match(await page.locator("#jobs [role=status]").textContent(), /9 jobs match/);
  assert.deepEqual(served.mock.requests.filter((request) => request.method === "POST").map((request) => request.path), []);

  await openList(page, "#/projects/demo/training-jobs?endpoint=demo&phase=Running&sort=name&order=asc");
  await page.locator("#jobs tbody tr").first().waitFor();
  assert.deepEqual(await rowNames(page), ["interactive-debug-job", "ppo-atari-hetero", "resnet50-imagenet-snt9b-2node", "test-pytorch-cpu01"]);

  await openList(page, "#/projects/p/training-jobs?endpoint=big&phase=Failed&page=1");
  await page.locator("#jobs tbody tr").first().waitFor();
  assert.match(await page.locator("#jobs [role=status]").textContent(), /40 jobs match/);
  assert.equal((await rowNames(page)).length, 40);
  await openList(page, "#/projects/p/training-jobs?endpoint=big&page=3");
  await page.locator("#jobs tbody tr").first().waitFor();
  const third = await rowNames(page);
  assert.equal(third.length, 20);
  assert.equal(third[0], "sweep-019", "newest first: page 3 starts at the 101st newest");
  // The pager leads back to page 2 and offers no page 4.
  assert.equal(await page.locator(".pager a[rel=next]").count(), 0);
  await page.locator(".pager a[rel=prev]").click();
  await page.locator("#jobs tbody th[scope=row] a", { hasText: "sweep-069" }).waitFor();
  assert.match(page.url(), /page=2/);
});

test("the filters form moves to the link of the chosen search", async () => {
  const page = await newPage(served.browser);
  await openList(page, "#/projects/demo/training-jobs?endpoint=demo");
  await page.locator("#jobs tbody tr").first().waitFor();
  await page.locator(".list-filters select").first().selectOption("Completed");
  await page.locator(".list-filters input[type=search]").fill("resnet");
  await page.locator(".list-filters button[type=submit]").click();
  await page.waitForFunction(() => location.hash.includes("phase=Completed"));
  await page.locator("#jobs tbody th[scope=row] a", { hasText: "resnet50-cifar10-bs32" }).waitFor();
  assert.deepEqual(await rowNames(page), ["resnet50-cifar10-bs32"]);
  assert.match(page.url(), /q=resnet/);
});

test("the start page is the finder's and links to each known project's list", async () => {
  const page = await newPage(served.browser);
  await page.goto(served.mock.url);
  await page.locator("#job-lists a").first().waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/jobs.html"), page.url());
  await page.locator("#job-lists a", { hasText: "demo · demo" }).click();
  await page.locator("#jobs tbody tr").first().waitFor({ timeout: 15_000 });
  assert.equal((await rowNames(page)).length, demoJobs().length);
});

test("two ticked rows compare; the comparison shows changes, masks secrets on both sides and folds what is the same", async () => {
  const page = await newPage(served.browser);
  await openList(page, "#/projects/demo/training-jobs?endpoint=demo");
  await page.locator("#jobs tbody tr").first().waitFor();
  for (const name of ["resnet50-cifar10-bs32", "mnist-hpo-bayes"]) {
    await page.getByRole("checkbox", { name: `Compare ${name}` }).check();
  }
  await page.getByRole("link", { name: "Compare the two chosen jobs" }).click();
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  assert.match(page.url(), new RegExp(`#/projects/demo/compare/${COMPLETED}/${MNIST}`));
  const text = await page.locator("#compare").textContent();
  assert.match(text, /Parameters/);
  // Each job's name heads its column and links to the viewer.
  const heads = await page.locator("#compare thead a").allTextContents();
  assert.deepEqual(heads, ["resnet50-cifar10-bs32", "mnist-hpo-bayes"]);
  const same = page.getByRole("button", { name: /the same/ });
  const before = await page.locator("#compare tbody tr").count();
  await same.click();
  assert.ok((await page.locator("#compare tbody tr").count()) > before, "unfolding shows the same fields");
});

test("a changed secret says it changed without either value, and an unknown job is explained in its column", async () => {
  const secretA = "hf_compareSecretA1";
  const secretB = "hf_compareSecretB2";
  const job = (id, secret) => {
    const base = JSON.parse(JSON.stringify(demoJobs().find((j) => j.metadata.id === COMPLETED)));
    base.metadata.id = id;
    base.algorithm.environments = [{ HF_TOKEN: secret, STEPS: "10" }];
    return JSON.stringify(base);
  };
  const page = await newPage(served.browser);
  await page.route("**/v2/p/training-jobs/secret-a", (route) => route.fulfill({ status: 200, contentType: "application/json", body: job("secret-a", secretA) }));
  await page.route("**/v2/p/training-jobs/secret-b", (route) => route.fulfill({ status: 200, contentType: "application/json", body: job("secret-b", secretB) }));
  await page.goto(`${served.mock.url}jobs.html#/projects/p/compare/secret-a/secret-b?endpoint=proxy`);
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  const html = await page.content();
  assert.ok(!html.includes(secretA) && !html.includes(secretB), "no secret value on the page");
  const row = page.locator("#compare tbody tr", { hasText: "HF_TOKEN" });
  assert.match(await row.textContent(), /changed/);

  await page.goto(`${served.mock.url}jobs.html#/projects/p/compare/secret-a/not-found?endpoint=proxy`);
  await page.locator("#compare .error-panel").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#compare .compare-side").count(), 2);
  assert.equal(await page.locator("#compare .compare-side").nth(1).locator(".error-panel").count(), 1);
  assert.equal(await page.locator("#compare .compare-side").nth(0).locator(".error-panel").count(), 0);
});

test("a job page compares with another job of its project, pasted as a link or an id", async () => {
  const page = await newPage(served.browser);
  // Seen first, so it is a recent job of the project to offer.
  await page.goto(`${served.mock.url}#/projects/demo/training-jobs/${IMAGENET}?endpoint=demo`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  await page.goto(`${served.mock.url}#/projects/demo/training-jobs/${COMPLETED}?endpoint=demo`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  // The picker is the finder page's: the job page only links to it.
  await page.locator(".compare-link a").click();
  await page.locator("#compare-with input").waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/jobs.html"), page.url());
  assert.match(page.url(), new RegExp(`#/projects/demo/compare/${COMPLETED}\\?endpoint=demo&time=`));
  assert.deepEqual(await page.locator("#compare-with li a").allTextContents(), ["resnet50-imagenet-snt9b-2node"]);
  await page.locator(".compare-with input").fill(`https://console.example/modelarts/#/projects/demo/training-jobs/${MNIST}`);
  await page.locator(".compare-with button[type=submit]").click();
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  assert.ok(new URL(page.url()).pathname.endsWith("/jobs.html"), page.url());
  assert.match(page.url(), new RegExp(`#/projects/demo/compare/${COMPLETED}/${MNIST}\\?endpoint=demo&time=`));
  assert.deepEqual(await page.locator("#compare thead a").allTextContents(), ["resnet50-cifar10-bs32", "mnist-hpo-bayes"]);
});

test("every kind of change is told in words: added, removed, changed, and the same once unfolded", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}jobs.html#/projects/demo/compare/${COMPLETED}/${IMAGENET}?endpoint=demo`);
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  const kinds = { added: "epochs", removed: "batch_size", changed: "Nodes" };
  for (const [kind, label] of Object.entries(kinds)) {
    const row = page.locator(`#compare .compare__row--${kind}`, { hasText: label });
    assert.equal(await row.count(), 1, `${kind}: ${label}`);
    assert.match(await row.locator(".compare__kind").textContent(), new RegExp(kind));
  }
  // Two jobs that share some settings: those are folded until asked for.
  await page.goto(`${served.mock.url}jobs.html#/projects/demo/compare/${COMPLETED}/${MNIST}?endpoint=demo`);
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  assert.equal(await page.locator("#compare .compare__row--same").count(), 0);
  await page.getByRole("button", { name: /the same/ }).click();
  const same = page.locator("#compare .compare__row--same");
  assert.ok((await same.count()) > 0);
  assert.match(await same.first().locator(".compare__kind").textContent(), /the same/);
});

test("on an endpoint that needs a token, one token saved on either side of a comparison loads both", async () => {
  const page = await newPage(served.browser);
  await page.goto(`${served.mock.url}jobs.html#/projects/p/compare/${COMPLETED}/${MNIST}?endpoint=secure`);
  await page.locator("#compare input[name=token]").nth(1).waitFor({ timeout: 15_000 });
  await page.locator("#compare input[name=token]").first().fill(TOKEN);
  await page.getByRole("button", { name: "Use token" }).first().click();
  await page.locator("#compare table").waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.locator("#compare thead a").allTextContents(), ["resnet50-cifar10-bs32", "mnist-hpo-bayes"]);
});
