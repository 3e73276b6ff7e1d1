// Issue 14: every field a response can carry is either shown on the page or honestly listed as left
// out. `tests/fixtures/every_field.json` (built from the reference, §2 and §7, not from a real
// response) carries every documented field once, each free-text string a unique, recognisable value
// ("ef-…"). Opened through the mock, every string leaf must be in the page's visible text outside
// the raw section (or in a `title` tooltip there), or its path must be in the raw section's
// left-out list (`#left-out li code`, paths in the `$.spec.resource.pool_name` /
// `$.status.task_statuses[0].message` form). For this job the list must be empty: the target is
// 100%. Secret values (`ef-secret-…`) must not be anywhere in the HTML.
//
// Then the four published error-body shapes (§7): message, solution and request id shown under
// whichever name the body uses, and an unfilled `{name}` placeholder shown as sent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newPage, mockForTests } from "./harness.mjs";
import { ERROR_SHAPES } from "./mock.mjs";

const FIXTURE = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/every_field.json"), "utf8"));
const SECRET_PREFIX = "ef-secret-";
const MIN_LENGTH = 6;

/**
 * String leaves whose value is one of an enumeration the reference documents (or a value it gives as
 * "seen" for a fixed vocabulary): the page shows them in words, so the API value need not be in the
 * text. `[*]` stands for any index.
 */
const ENUM_PATHS = [
  "$.kind",
  "$.train_type",
  "$.metadata.annotations.job_template",
  "$.status.phase",
  "$.status.secondary_phase",
  "$.status.running_records[*].start_type",
  "$.status.running_records[*].end_recover",
  "$.status.running_records[*].end_recover_before_downgrade",
  "$.status.running_records[*].recover_records[*].recover",
  "$.status.running_records[*].recover_records[*].fault_scenario",
  "$.status.running_records[*].recover_records[*].recover_result",
  "$.algorithm.parameters[*].constraint.type",
  "$.algorithm.parameters[*].constraint.valid_type",
  "$.algorithm.parameters[*].i18n_description.language",
  "$.algorithm.policies.auto_search.reward_attrs[*].mode",
  "$.algorithm.policies.auto_search.search_params[*].param_type",
  "$.algorithm.inputs[*].access_method",
  "$.algorithm.inputs[*].remote.dataset.service_type",
  "$.algorithm.inputs[*].remote_constraint[*].data_type",
  "$.algorithm.inputs[*].remote_constraint[*].attributes",
  "$.algorithm.outputs[*].access_method",
  "$.algorithm.outputs[*].mode",
  "$.algorithm.engine.usage",
  "$.algorithm.summary.log_type",
  "$.tasks[*].algorithm.outputs.mode",
  "$.tasks[*].task_resource.flavor_type",
  "$.spec.resource.policy",
  "$.spec.resource.flavor_detail.flavor_type",
  "$.spec.schedule_policy.required_affinity.affinity_type",
  "$.spec.schedule_policy.required_affinity.job_level",
  "$.spec.schedule_policy.required_affinity.affinity_group_level",
  "$.spec.schedule_policy.required_affinity.node_affinity.nodeSelectorTerms[*].matchExpressions[*].operator",
  "$.spec.schedule_policy.required_affinity.node_affinity.nodeSelectorTerms[*].matchFields[*].operator",
  "$.spec.schedule_policy.preferred_affinity.node_affinity[*].preference.matchExpressions[*].operator",
  "$.spec.schedule_policy.preferred_affinity.node_affinity[*].preference.matchFields[*].operator",
  "$.spec.runtime_type",
  "$.spec.auto_stop.time_unit",
  "$.spec.log_export_config.version",
  "$.spec.notification.events[*]",
];

/** Task names: references to `status.tasks`, repeated on purpose wherever a field names a task. */
const REFERENCE_PATHS = [
  "$.status.tasks[*]",
  "$.status.task_statuses[*].task",
  "$.status.running_records[*].end_related_task",
  "$.status.running_records[*].recover_records[*].related_task",
  "$.status.task_ips[*].task",
  "$.endpoints.ssh.task_urls[*].task",
];

/** Every string leaf as [path, value], paths in the app's `$.a.b[0].c` form. */
function stringLeaves(value, path = "$", leaves = []) {
  if (typeof value === "string") leaves.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => stringLeaves(item, `${path}[${index}]`, leaves));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) stringLeaves(item, `${path}.${key}`, leaves);
  return leaves;
}

const pattern = (path) => path.replace(/\[\d+\]/g, "[*]");
const isSecret = (value) => value.startsWith(SECRET_PREFIX);

/** The leaves the page must show: not empty, not an enum value, not too short to search for, not secret. */
function leavesToFind() {
  const enums = new Set(ENUM_PATHS);
  return stringLeaves(FIXTURE).filter(([path, value]) => {
    const trimmed = value.trim();
    return trimmed !== "" && !enums.has(pattern(path)) && trimmed.length >= MIN_LENGTH && !isSecret(trimmed);
  });
}

/** Whether `path` is listed as left out, itself or through a listed ancestor (a whole subtree). */
function listedAsLeftOut(path, leftOut) {
  return leftOut.some((listed) => listed === path || path.startsWith(`${listed}.`) || path.startsWith(`${listed}[`));
}

const served = mockForTests({
  config: {
    endpoints: [{ name: "proxy", base_url: "", auth: "none" }],
    default_endpoint: "proxy",
    // No refresh while the page is read.
    refresh_seconds: 600,
    timeout_seconds: 20,
  },
});

const jobHash = (id) => `#/projects/p/training-jobs/${encodeURIComponent(id)}?endpoint=proxy`;

async function openEveryFieldJob(page) {
  await page.goto(`${served.mock.url}${jobHash("every-field")}`);
  await page.locator("#overview h1").waitFor({ timeout: 15_000 });
  // The sections below the overview come a frame later; the raw section is the last.
  await page.locator("#raw").waitFor({ timeout: 15_000 });
}

/**
 * The paths of the raw section's left-out list, all of them: the list renders its first rows until
 * its "Show all N" button is pressed.
 */
async function leftOutPaths(page) {
  const more = page.locator("#left-out ~ button", { hasText: /^Show all \d+$/ });
  if ((await more.count()) > 0) {
    const total = Number((await more.first().textContent()).match(/\d+/)[0]);
    await more.first().click();
    await page.waitForFunction((total) => document.querySelectorAll("#left-out li").length >= total, total, { timeout: 5_000 });
  }
  return (await page.locator("#left-out li code").allTextContents()).map((path) => path.trim());
}

/**
 * Runs in the page: the text outside `#raw` that is shown (a text node whose element is visible, as
 * the Chinese-UI scan decides it; options and SVG <title>s count, being shown in a dropdown or a
 * tooltip), plus every `title` attribute outside it. The text is read as sent to the DOM, so a CSS
 * text-transform does not change it; nodes are joined without a separator, so a value split over
 * several inline elements is still found.
 */
function textOutsideRaw() {
  const raw = document.getElementById("raw");
  const outside = (element) => !raw || !raw.contains(element);
  const pieces = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !outside(element) || element.closest("script, style, template, noscript")) continue;
    if (element.closest("option, title") || element.checkVisibility({ visibilityProperty: true })) pieces.push(node.data);
  }
  const titles = [...document.body.querySelectorAll("[title]")].filter(outside).map((element) => element.getAttribute("title"));
  return [pieces.join(""), ...titles].join("\n");
}

/**
 * Whether a value is on the page. `task_resource.support_engines` is documented as a JSON array
 * encoded in a string (reference §2.5): a view that decodes it shows each engine, not the brackets.
 */
function shownIn(text, value) {
  const trimmed = value.trim();
  if (text.includes(trimmed)) return true;
  if (!trimmed.startsWith("[")) return false;
  try {
    const items = JSON.parse(trimmed);
    return Array.isArray(items) && items.length > 0 && items.every((item) => typeof item === "string" && text.includes(item));
  } catch {
    return false;
  }
}

test("the every-field fixture: each checked value is unique, secrets are marked, the document is non-trivial", () => {
  const leaves = stringLeaves(FIXTURE);
  const references = new Set(REFERENCE_PATHS);
  const checked = leavesToFind().filter(([path]) => !references.has(pattern(path)));
  const clashes = [];
  for (const [path, value] of checked) {
    for (const [other, otherValue] of leaves) {
      if (other !== path && otherValue.includes(value.trim())) clashes.push(`${path} ${JSON.stringify(value)} is inside ${other}`);
    }
  }
  assert.deepEqual(clashes, [], "a value found on the page must come from its own field");
  const secrets = leaves.filter(([, value]) => isSecret(value)).map(([path]) => path);
  assert.deepEqual(
    secrets.sort(),
    [
      "$.algorithm.engine.tags[1].value",
      "$.algorithm.environments[0].HF_TOKEN",
      "$.algorithm.environments[1].key",
      "$.algorithm.parameters[2].value",
      "$.endpoints.jupyter_lab.token",
      "$.endpoints.mindstudio_insight.token",
      "$.endpoints.tensorboard.token",
    ],
  );
  for (const path of ENUM_PATHS) {
    assert.ok(leaves.some(([leaf]) => pattern(leaf) === path), `${path} is in the enum list but not in the fixture`);
  }
  assert.ok(checked.length > 150, `only ${checked.length} string leaves to look for`);
});

test("every string of the every-field job is shown outside the raw section or listed as left out; no secret is in the page", async () => {
  const page = await newPage(served.browser);
  await openEveryFieldJob(page);

  // Secrets first, before anything is clicked: the whole document, attributes included.
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const leaked = stringLeaves(FIXTURE).filter(([, value]) => isSecret(value) && html.includes(value));

  const text = await page.evaluate(textOutsideRaw);
  const leftOut = await leftOutPaths(page);
  const leaves = leavesToFind();
  const missing = leaves.filter(([path, value]) => !shownIn(text, value) && !listedAsLeftOut(path, leftOut));
  const percent = (count) => `${((100 * count) / leaves.length).toFixed(1)}%`;
  const report = [];
  if (leaked.length > 0) {
    report.push(
      `${leaked.length} secret values are in the page's HTML before any reveal:`,
      ...leaked.map(([path, value]) => `  ${path}: ${JSON.stringify(value)}`),
    );
  }
  if (missing.length > 0) {
    report.push(
      `${missing.length} of ${leaves.length} string leaves (${percent(missing.length)}) are neither shown outside #raw nor listed ` +
        `in #left-out; ${percent(leaves.length - missing.length)} are accounted for, and #left-out lists ${leftOut.length} paths:`,
      ...missing.map(([path, value]) => `  ${path}: ${JSON.stringify(value)}`),
    );
  }
  assert.ok(report.length === 0, report.join("\n"));

  // The raw JSON, one link away on the diagnostics page, is still not a reveal.
  await page.getByRole("link", { name: "Show, copy or download the document as JSON" }).click();
  await page.locator(".raw-json").waitFor({ timeout: 15_000 });
  const opened = await page.evaluate(() => document.documentElement.outerHTML);
  const inRaw = stringLeaves(FIXTURE).filter(([, value]) => isSecret(value) && opened.includes(value));
  assert.deepEqual(inRaw.map(([path]) => path), [], "secret values are in the page once the raw JSON is open");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the every-field job leaves nothing out, and the raw section says so", async () => {
  const page = await newPage(served.browser);
  await openEveryFieldJob(page);
  const listed = await leftOutPaths(page);
  assert.equal(await page.locator("#left-out li").count(), 0, `#left-out lists ${listed.length} paths for a job whose every field is documented:\n  ${listed.join("\n  ")}`);
  assert.equal(
    await page.locator("#left-out-none").count(),
    1,
    "the raw section should say that nothing was left out (#left-out-none is not on the page)",
  );
  await page.context().close();
});

for (const [id, { status, body }] of Object.entries(ERROR_SHAPES)) {
  test(`error body ${id} (${status}, ${Object.keys(body).join(", ")}): message, solution and request id are shown`, async () => {
    const page = await newPage(served.browser);
    await page.goto(`${served.mock.url}${jobHash(id)}`);
    await page.locator(".error-panel").waitFor({ timeout: 15_000 });
    const text = await page.locator(".error-panel").textContent();
    const expected = {
      message: body.error_msg ?? body.error_message,
      solution: body.error_solution ?? body.solution_msg,
      "request id": body.request_id,
    };
    const absent = Object.entries(expected).filter(([, value]) => value !== undefined && !text.includes(value));
    assert.deepEqual(
      absent.map(([what]) => what),
      [],
      `the error page of ${id} does not show ${absent.map(([what, value]) => `the ${what} ${JSON.stringify(value)}`).join(", ")}; it reads: ${JSON.stringify(text.trim())}`,
    );
    for (const placeholder of expected.message.match(/\{[^}]*\}/g) ?? []) {
      assert.ok(text.includes(placeholder), `the placeholder ${placeholder} is not shown as sent: ${JSON.stringify(text.trim())}`);
    }
    await page.context().close();
  });
}

test("one error shape carries an unfilled {name} placeholder", () => {
  assert.ok(Object.values(ERROR_SHAPES).some(({ body }) => (body.error_msg ?? body.error_message).includes("{name}")));
});
