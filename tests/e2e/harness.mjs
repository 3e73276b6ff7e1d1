// Shared pieces of the end-to-end tests: serve dist/ the way users do, and drive Debian's Chromium.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { startMock } from "./mock.mjs";
import { distDir } from "./paths.mjs";

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on("error", reject);
  });
}

async function waitForHttp(url, deadlineMs = 10_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered at ${url}`);
}

/**
 * Copies dist/ under `subPath` of a fresh folder and serves that folder with `python3 -m http.server`
 * on loopback, as someone hosting the viewer on a plain static server would. Returns the page URL.
 */
export async function serveDist(subPath = "/tools/jobs/") {
  if (!existsSync(join(distDir, "index.html"))) throw new Error("dist/ is missing: run trunk build --release");
  const root = mkdtempSync(join(tmpdir(), "job-viewer-e2e-"));
  // dereference: dist/ may be a symlink to a build elsewhere (a worktree sharing the main build).
  cpSync(distDir, join(root, subPath), { recursive: true, dereference: true });
  const port = await freePort();
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}${subPath}`;
  await waitForHttp(url);
  return {
    url,
    root,
    async close() {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** A new page that fails the test on any uncaught page error or console error. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.problems.push(`console: ${message.text()}`);
  });
  return page;
}

/**
 * Holds `page`'s answers to the URLs `pattern` matches (a Playwright route pattern) until
 * `release()`, or for `ms` after the first is asked for when given.
 */
export async function holdAnswers(page, pattern, { ms } = {}) {
  const held = {};
  const released = new Promise((resolve) => (held.release = resolve));
  await page.route(pattern, async (route) => {
    if (ms !== undefined) setTimeout(held.release, ms);
    await released;
    await route.continue();
  });
  return held;
}

/**
 * For a test file: serves dist/ under `subPath` and launches the browser before its tests, and
 * stops both after them. The returned object holds `site` and `browser` once they are up.
 */
export function serveDistForTests(subPath) {
  const served = {};
  before(async () => {
    served.site = await serveDist(subPath);
    served.browser = await launchBrowser();
  });
  after(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}

/**
 * For a test file: starts the mock ModelArts (`startMock(options)`) and launches the browser before
 * its tests, and stops both after them. The returned object holds `mock` and `browser` once they
 * are up.
 */
export function mockForTests(options) {
  const served = {};
  before(async () => {
    served.mock = await startMock(options);
    served.browser = await launchBrowser();
  });
  after(async () => {
    await served.browser?.close();
    await served.mock?.close();
  });
  return served;
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical axe-core violations on the page, each as its rule and first targets. */
export async function seriousViolations(page) {
  await page.evaluate(axeSource());
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}
