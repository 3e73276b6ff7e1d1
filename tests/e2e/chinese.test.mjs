// The Chinese UI has no English left: with the browser in zh-CN, every page the app can show (the
// start page, every demo job, every error the mock can produce, the page-not-found and empty local
// pages) is scanned for Latin-script words in its visible text and in the aria-label, title and
// placeholder attributes, which screen readers and tooltips show.
//
// Not scanned, because they hold what the API or the person typed, not UI words:
// - <code>, <pre>, <kbd>, <samp> and <time> elements;
// - anything inside an element with translate="no": the marker for API values and ids (job names,
//   flavor names, parameter values, engine names, demo titles…). It is HTML's own way of saying
//   "do not translate this", so it also keeps browser translation off those values. Components
//   that show such values outside <code> should carry it;
// - anything inside an element whose lang attribute is not Chinese, such as the "English" toggle;
// - URLs, and the technical words and product names below, which Chinese UIs write in Latin
//   letters too.
//
// The raw section is opened on every job, so text one click away is checked too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newPage, mockForTests } from "./harness.mjs";
import { projectRoot } from "./paths.mjs";

const ALLOWED_PHRASES = ["MindStudio Insight", "X-Auth-Token", ".json"];
const ALLOWED_WORDS = new Set([
  "ID", "UUID", "IP", "CPU", "GPU", "NPU", "UTC", "JSON", "URL", "HTTP", "HTTPS", "IAM", "OBS", "API", "SSH", "AK", "SK",
  "ModelArts", "Ascend", "JupyterLab", "TensorBoard", "localStorage", "sessionStorage", "PyTorch", "OTC",
  // Kubernetes' word, which Chinese write-ups of fault recovery keep ("Pod 重调度").
  "Pod",
  "B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB",
  // Signal names, which explanations of exit codes give in brackets as Chinese write-ups do.
  "SIGKILL", "SIGTERM", "SIGSEGV", "SIGABRT",
  // Names in failure signatures, which Chinese write-ups keep: the language and the collective
  // communication libraries ("NCCL 通信超时").
  "Python", "NCCL", "HCCL",
  // The environment variable a command is looked up in ("请检查……和 PATH"), a name, not a word.
  "PATH",
]);
const SHOWN_PER_PAGE = 40;

const demoJobs = JSON.parse(readFileSync(join(projectRoot, "demo/index.json"), "utf8"));
// The raw section comes last, a frame after the overview: the whole job is on screen.
const JOB_LOADED = "#raw";
const ERROR_SHOWN = ".error-panel";
const job = (id, endpoint = "proxy") => `#/projects/p/training-jobs/${encodeURIComponent(id)}?endpoint=${endpoint}`;

/** [name, hash, selector that appears once the page has rendered what it will show]. */
const PAGES = [
  ["start page", "#/", "#demo-jobs a"],
  ...demoJobs.map(({ project_id, job_id, title }) => [
    `demo job ${title.split(":")[0]}`,
    `#/projects/${project_id}/training-jobs/${job_id}?endpoint=demo`,
    JOB_LOADED,
  ]),
  ["401 APIG.0301", job("unauthorized"), ERROR_SHOWN],
  ["400 ModelArts.2775 (no such job)", job("not-found"), ERROR_SHOWN],
  ["403", job("forbidden"), ERROR_SHOWN],
  ["429 with Retry-After", job("throttled"), ERROR_SHOWN],
  ["500", job("broken"), ERROR_SHOWN],
  ["HTML login page", job("login-page"), ERROR_SHOWN],
  ["malformed JSON", job("malformed"), ERROR_SHOWN],
  ["JSON too deep", job("too-deep"), ERROR_SHOWN],
  ["timeout", job("slow"), ERROR_SHOWN],
  ["token prompt", job("unauthorized", "secure"), "input[name=token]"],
  ["unknown endpoint", job("progress", "no-such-endpoint"), ERROR_SHOWN],
  ["page not found", "#/no/such/page", "main h1"],
  ["local page with no file", "#/local", "main h1"],
  ["every field of the reference", job("every-field"), JOB_LOADED],
  ["error body with error_message", job("error-shape-4"), ERROR_SHOWN],
  ["error body with solution_msg", job("error-shape-3"), ERROR_SHOWN],
  ["a project's job list", "jobs.html#/projects/demo/training-jobs?endpoint=demo", "#jobs tbody tr"],
  [
    "two jobs compared",
    `jobs.html#/projects/demo/compare/${demoJobs[0].job_id}/${demoJobs[1].job_id}?endpoint=demo`,
    "#compare table",
  ],
  ["compare with…", `jobs.html#/projects/demo/compare/${demoJobs[0].job_id}?endpoint=demo`, "#compare-with input"],
  ["a failed job's events", `${job("7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58")}&section=events`, "#events tbody tr"],
  ["a failed job's stages", `${job("7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58")}&section=events`, "#events ol.stages"],
  ["a failed task's log", `${job("7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58")}&section=logs&task=worker-2&q=memory`, ".log__line--current"],
  ["a cleared log", `${job("7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58")}&section=logs&task=cleared`, "#logs .error-panel"],
  ["a job's raw JSON", `${job("every-field")}&section=json`, ".raw-json"],
];

const served = mockForTests({
  config: {
    endpoints: [
      { name: "demo", base_url: "demo/", auth: "none", files: true },
      { name: "proxy", base_url: "", auth: "none" },
      { name: "secure", base_url: "secure/", auth: "token" },
    ],
    default_endpoint: "proxy",
    // No refresh while a page is scanned; a short timeout so the slow scenario becomes its error.
    refresh_seconds: 600,
    timeout_seconds: 2,
  },
});

/** Runs in the page: every Latin-script word outside the exclusions, with where it was found. */
function latinWordsOnPage({ allowedPhrases, allowedWords }) {
  const EXCLUDED = "code, pre, kbd, samp, time";
  const excluded = (element) => {
    if (element.closest(EXCLUDED)) return true;
    // The nearest translate attribute decides: our words for an API value sit in a
    // translate="yes" span inside the value's translate="no" one, and must be Chinese.
    if (element.closest("[translate]")?.getAttribute("translate") === "no") return true;
    const declared = element.closest("[lang]")?.getAttribute("lang") ?? "";
    return !declared.toLowerCase().startsWith("zh");
  };
  const describe = (element) => {
    const classes = [...element.classList].map((name) => `.${name}`).join("");
    const id = element.id ? `#${element.id}` : "";
    const container = element.parentElement?.closest("[id]");
    return `<${element.tagName.toLowerCase()}${id}${classes}>${container ? ` in #${container.id}` : ""}`;
  };
  const found = [];
  const check = (text, element, kind) => {
    // A URL is an address, not words: example addresses in placeholders stay as they are.
    let rest = text.replace(/\S*:\/\/\S*/g, " ");
    for (const phrase of allowedPhrases) rest = rest.split(phrase).join(" ");
    for (const [word] of rest.matchAll(/\p{Script=Latin}[\p{Script=Latin}\d]*(?:[-'’][\p{Script=Latin}\d]+)*/gu)) {
      if (!allowedWords.includes(word)) found.push({ word, where: `${kind} of ${describe(element)}`, text: text.trim().slice(0, 80) });
    }
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.data.trim() || element.closest("script, style, template, noscript") || excluded(element)) continue;
    // Options and SVG <title>s have no box of their own but are shown in a dropdown or tooltip.
    const shown = element.closest("option, title") || element.checkVisibility({ visibilityProperty: true });
    if (shown) check(node.data, element, "text");
  }
  for (const attribute of ["aria-label", "title", "placeholder"]) {
    for (const element of document.body.querySelectorAll(`[${attribute}]`)) {
      if (!excluded(element)) check(element.getAttribute(attribute), element, attribute);
    }
  }
  return found;
}

function report(name, found) {
  const unique = [...new Map(found.map((hit) => [`${hit.word} ${hit.where}`, hit])).values()];
  const lines = unique.slice(0, SHOWN_PER_PAGE).map(({ word, where, text }) => `  ${JSON.stringify(word)}: ${where}: ${JSON.stringify(text)}`);
  if (unique.length > SHOWN_PER_PAGE) lines.push(`  … and ${unique.length - SHOWN_PER_PAGE} more`);
  const words = [...new Set(unique.map((hit) => hit.word))].sort();
  return [
    `${name}: ${unique.length} Latin-script words in the Chinese UI (${words.join(", ")}).`,
    "Translate them into the string table, or mark API values and ids with translate=\"no\" (see the top of tests/e2e/chinese.test.mjs):",
    ...lines,
  ].join("\n");
}

for (const [name, hash, rendered] of PAGES) {
  test(`no English in the Chinese UI: ${name}`, async () => {
    const page = await newPage(served.browser, { locale: "zh-CN" });
    await page.goto(`${served.mock.url}${hash}`);
    await page.locator(rendered).first().waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN", "the page follows the browser's language");
    const found = await page.evaluate(latinWordsOnPage, { allowedPhrases: ALLOWED_PHRASES, allowedWords: [...ALLOWED_WORDS] });
    assert.ok(found.length === 0, report(name, found));
    await page.context().close();
  });
}
