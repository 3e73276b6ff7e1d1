// A mock ModelArts behind a same-origin "proxy", for the end-to-end tests: it serves dist/ under a
// sub-path, answers the API paths below it with scenarios chosen by job id, and records the headers
// of every request so tests can assert where a token went and where it did not. Loopback only.
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, extname, normalize } from "node:path";
import { distDir } from "./paths.mjs";
import { hugeJob } from "./huge-job.mjs";
import { jobEvents, jobStages, taskLog, taskMetrics } from "./demo-answers.mjs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export const TOKEN = "tok-e2e-123";
export const demoJob = (id) => readFileSync(join(distDir, "demo/v2/demo/training-jobs", `${id}.json`), "utf8");
const RUNNING_DEMO = "66ff6991-fd66-40b6-8101-0829a46d3731";

function progressJob(call) {
  const job = JSON.parse(demoJob(RUNNING_DEMO));
  const phase = call <= 1 ? "Pending" : call === 2 ? "Running" : "Completed";
  job.status.phase = phase;
  job.status.secondary_phase = phase;
  job.metadata.name = "progressing-job";
  return JSON.stringify(job);
}

export const CHANGING_JOB_PARAMETERS = 120;
export const CHANGING_JOB_SECRET = "hf_changingJobSecret42";

/**
 * A running job whose data changes on every call (its duration grows, the `global_step` parameter
 * and the `GLOBAL_STEP` variable move), with more parameters than the first page of the table and
 * a secret-named variable: what a person opened (all rows, a revealed secret) can then be checked
 * after a refresh with new data.
 */
function changingJob(call) {
  const job = JSON.parse(demoJob(RUNNING_DEMO));
  job.metadata.name = "changing-job";
  job.status.duration += call * 1000;
  job.algorithm.parameters = [
    { name: "global_step", value: String(call * 100) },
    ...Array.from({ length: CHANGING_JOB_PARAMETERS - 1 }, (_, index) => ({ name: `knob_${index}`, value: String(index) })),
  ];
  job.algorithm.environments = [{ HF_TOKEN: CHANGING_JOB_SECRET, GLOBAL_STEP: String(call * 100) }];
  return JSON.stringify(job);
}

/**
 * The four published error-body shapes (reference §7), each with its own message, solution and
 * request id where the shape has them. Shape 1 carries an unfilled placeholder, as published
 * messages do. Built from the reference, not captured from a service.
 */
export const ERROR_SHAPES = {
  // {error_code, error_msg}
  "error-shape-1": {
    status: 400,
    body: { error_code: "ModelArts.50015001", error_msg: "Pool {name} not found. (ef-shape-one-message)" },
  },
  // {error_code, error_msg, error_solution}
  "error-shape-2": {
    status: 400,
    body: {
      error_code: "ModelArts.2755",
      error_msg: "ef-shape-two-message: algorithm not found.",
      error_solution: "ef-shape-two-solution: check the algorithm ID and that it is shared with this project.",
    },
  },
  // {error_code, error_msg, request_id, solution_msg}
  "error-shape-3": {
    status: 401,
    body: {
      error_code: "ModelArts.50001000",
      error_msg: "ef-shape-three-message: token is invalid.",
      request_id: "ef3a9c1d7b5e4f2a8c6d0e1f3a5b7c9d",
      solution_msg: "ef-shape-three-solution: obtain a new project-scoped token and try again.",
    },
  },
  // {error_code, error_message, is_success: false}
  "error-shape-4": {
    status: 400,
    body: { error_code: "ModelArts.60600000", error_message: "ef-shape-four-message: invalid request parameter.", is_success: false },
  },
};

/** Every demo job, newest first. */
export function demoJobs() {
  const folder = join(distDir, "demo/v2/demo/training-jobs");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")))
    .sort((a, b) => (b.metadata?.create_time ?? 0) - (a.metadata?.create_time ?? 0));
}

/** A search answered from the demo jobs: `filters` phase `in` and name `like`, `offset` a page index. */
function searchDemoJobs(bodyText) {
  let body = {};
  try {
    body = JSON.parse(bodyText || "{}");
  } catch {
    body = {};
  }
  let items = demoJobs();
  for (const filter of body.filters ?? []) {
    const values = filter.value ?? [];
    if (filter.key === "phase") items = items.filter((job) => values.includes(job.status?.phase));
    if (filter.key === "name") items = items.filter((job) => values.some((part) => (job.metadata?.name ?? "").toLowerCase().includes(part.toLowerCase())));
  }
  const limit = body.limit ?? 10;
  const page = items.slice((body.offset ?? 0) * limit, ((body.offset ?? 0) + 1) * limit);
  return { total: 5059, count: items.length, limit, offset: body.offset ?? 0, items: page };
}

/** The job a call under `…/training-jobs/{id}/` is about, as the details call would answer it. */
function jobDocument(id, jobs) {
  if (id in jobs) return JSON.parse(jobs[id]);
  if (id === "every-field") return JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/every_field.json"), "utf8"));
  const path = join(distDir, "demo/v2/demo/training-jobs", `${id}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/**
 * The job a scenario answers at once with, for its events and logs: every job the page can show
 * has them, as on ModelArts.
 */
function scenarioJob(id) {
  const answer = scenario(id, 1);
  if (!Array.isArray(answer) || answer[0] !== 200) return null;
  try {
    const job = JSON.parse(answer[2]);
    return job && typeof job === "object" && !Array.isArray(job) ? job : null;
  } catch {
    return null;
  }
}

/** Nearly 5 MB of log, the most a preview sends, from a longer one. */
function bigLog() {
  const line = (index) => `${String(index).padStart(7, "0")} step ${index} loss 0.1234 lr 0.0001 throughput 1234.5 samples/s `;
  const lines = Array.from({ length: 72_000 }, (_, index) => line(index + 1));
  lines.push("RuntimeError: NCCL communication timed out after 1800000 ms");
  const content = lines.join("\n");
  return { content, current_size: content.length, full_size: 20_000_000 };
}

/** How often each growing log has been read: it has five more lines each time. */
const growingReads = new Map();

/** A running task's log, longer at each reading. */
function growingLog(id) {
  const reads = (growingReads.get(id) ?? 0) + 1;
  growingReads.set(id, reads);
  const lines = Array.from({ length: 95 + reads * 5 }, (_, index) => `line ${index + 1} of reading ${reads}`);
  const content = lines.join("\n") + "\n";
  return { content, current_size: content.length, full_size: content.length };
}

/** A log of short lines and long ones: words, punctuation, Chinese (two columns a character), emoji and tabs. */
function longLines() {
  const lines = Array.from({ length: 80 }, (_, index) => {
    const number = index + 1;
    if (number % 5 === 0) return `${number} ${"word ".repeat(80)}`;
    if (number % 10 === 3) return `${number} ${"中文日志".repeat(30)}`;
    if (number === 7) return `\tindented\tby tabs ${"x".repeat(200)}`;
    // Punctuation the browser would not break before, a tab far into a row, and emoji.
    if (number === 11) return `${number} ${'{"key":"value","list":[1,2,3]},'.repeat(20)}`;
    if (number === 12) return `${number} ${"y".repeat(150)}\t${"z".repeat(150)}\t${"w".repeat(99)}`;
    if (number === 13) return `${number} ${"✅ passed ❌ failed ⭐ ".repeat(20)}`;
    return `line ${number}`;
  });
  const content = lines.join("\n") + "\n";
  return { content, current_size: content.length, full_size: content.length };
}

/** The events, a task's log or a task's usage of job `id`, for every scenario the tests need. */
function jobCall(id, task, jobs, metricTask, metricSamples) {
  const json = { "Content-Type": "application/json" };
  if (metricTask !== undefined) {
    if (metricTask === "broken") return [500, json, JSON.stringify({ error_code: "ModelArts.0010", error_msg: "internal" })];
    const job = jobDocument(id, jobs);
    if (!job) return [400, json, JSON.stringify({ error_code: "ModelArts.2775", error_msg: "TrainingJobNotFound" })];
    const usage = taskMetrics(job, metricTask, metricSamples);
    if (metricTask === "no-data") for (const series of usage.metrics) series.value.fill(-1);
    if (metricTask === "nothing") usage.metrics = [];
    return [200, json, JSON.stringify(usage)];
  }
  if (task === "cleared") return [400, json, JSON.stringify({ error_code: "ModelArts.2819", error_msg: "The log has been cleared." })];
  if (task === "not-yet") return [400, json, JSON.stringify({ error_code: "ModelArts.2818", error_msg: "The log is not generated." })];
  if (task === "big") return [200, json, JSON.stringify(bigLog())];
  if (task === "growing") return [200, json, JSON.stringify(growingLog(id))];
  if (task === "long-lines") return [200, json, JSON.stringify(longLines())];
  if (id === "events-broken" && task === undefined) return [400, json, JSON.stringify({ error_code: "ModelArts.50004000", error_msg: "Bad request." })];
  const job = jobDocument(id, jobs) ?? scenarioJob(id) ?? (id === "events-broken" ? {} : null);
  if (!job) return [400, json, JSON.stringify({ error_code: "ModelArts.2775", error_msg: "TrainingJobNotFound" })];
  return [200, json, JSON.stringify(task === undefined ? jobEvents(job) : taskLog(job, task))];
}

/**
 * A task's log link (reference §5): a pre-signed link to read in the browser for `Content-Type:
 * text/plain`, else one that downloads, so tests see which the app asked for. Task `sharded` has
 * its log in parts (one of them not a web link), `cleared` has none left.
 */
function logLink(id, task, contentType) {
  const json = { "Content-Type": "application/json" };
  if (task === "cleared") return [400, json, JSON.stringify({ error_code: "ModelArts.2819", error_msg: "The log has been cleared." })];
  const disposition = contentType === "text/plain" ? "inline" : "attachment";
  const link = (part) => `https://obs.example.com/logs/${encodeURIComponent(id)}/${encodeURIComponent(task)}${part}.log?AWSAccessKeyId=AK&Signature=S&response-content-disposition=${disposition}`;
  const answer = { obs_url: link("") };
  if (task === "sharded") answer.shards = { object_urls: [link(""), link("-2"), "javascript:alert(1)"], count: 3, total: 3 };
  return [200, json, JSON.stringify(answer)];
}

/**
 * A job's stages (SDK only): made from the job, as the demo's files are; job `stages-unknown` is on
 * an endpoint without the call (404), `stages-broken` fails.
 */
function stages(id, jobs) {
  const json = { "Content-Type": "application/json" };
  if (id === "stages-unknown") return [404, json, JSON.stringify({ error_code: "ModelArts.0001", error_msg: "Not found" })];
  if (id === "stages-broken") return [500, json, JSON.stringify({ error_code: "ModelArts.0010", error_msg: "internal" })];
  const job = jobDocument(id, jobs);
  if (!job) return [400, json, JSON.stringify({ error_code: "ModelArts.2775", error_msg: "TrainingJobNotFound" })];
  return [200, json, JSON.stringify(jobStages(job))];
}

/** Scenarios by job id; each returns [status, headers, body] or a promise of it. */
function scenario(id, call) {
  const json = { "Content-Type": "application/json" };
  switch (id) {
    case "progress":
      return [200, json, progressJob(call)];
    case "changing":
      return [200, json, changingJob(call)];
    case "unauthorized":
      return [401, json, readFileSync(join(import.meta.dirname, "../fixtures/apig_0301.json"), "utf8")];
    case "every-field":
      // Every field of the reference (§2 and §7) once, each string a unique value: issue 14.
      return [200, json, readFileSync(join(import.meta.dirname, "../fixtures/every_field.json"), "utf8")];
    case "error-shape-1":
    case "error-shape-2":
    case "error-shape-3":
    case "error-shape-4":
      return [ERROR_SHAPES[id].status, json, JSON.stringify(ERROR_SHAPES[id].body)];
    case "not-found":
      return [400, json, JSON.stringify({ error_code: "ModelArts.2775", error_msg: "TrainingJobNotFound" })];
    case "forbidden":
      return [403, json, JSON.stringify({ error_code: "ModelArts.0108", error_msg: "no permission" })];
    case "throttled":
      return [429, { ...json, "Retry-After": "7" }, JSON.stringify({ error_code: "ModelArts.2799", error_msg: "slow down" })];
    case "broken":
      return [500, json, JSON.stringify({ error_code: "ModelArts.0010", error_msg: "internal" })];
    case "login-page":
      return [200, { "Content-Type": "text/html" }, "<!doctype html><html><body><h1>Corporate sign-in</h1><form>…</form></body></html>"];
    case "malformed":
      return [200, json, '{"metadata": {"name": "cut off'];
    case "too-deep":
      return [200, json, "[".repeat(100_000) + "]".repeat(100_000)];
    case "redirect":
      // A same-origin redirect to another job: a request carrying a token must not follow it.
      return [302, { Location: "../../p/training-jobs/redirected" }, ""];
    case "huge":
      return [200, json, JSON.stringify(hugeJob(), null, 2)];
    case "slow":
      return new Promise((resolve) => setTimeout(() => resolve([200, json, demoJob(RUNNING_DEMO)]), 4000));
    default: {
      const path = join(distDir, "demo/v2/demo/training-jobs", `${id}.json`);
      if (existsSync(path)) return [200, json, readFileSync(path, "utf8")];
      return [400, json, JSON.stringify({ error_code: "ModelArts.2775", error_msg: "TrainingJobNotFound" })];
    }
  }
}

/**
 * Starts the mock on 127.0.0.1. `config` replaces dist/config.json (or `configText` the raw text);
 * `jobs` maps extra job ids to response bodies; `pages` maps extra file names below the sub-path to
 * their text; `gzip` compresses static files for clients that accept it, as a production server does;
 * `secure/` below the sub-path requires the test token, anything else under `v2/` must not carry one.
 * `tls` ({ key, cert }) serves https instead, as ModelArts does, so a proxy in front of the mock
 * has a certificate to verify. `metricSamples` is the minutes of usage each task reports; task
 * `broken` fails, `no-data` sends `-1` only and `nothing` no series. Each request is recorded with its method, path and query, headers
 * and body, so tests can see exactly what a proxy forwarded.
 */
export async function startMock({ subPath = "/tools/jobs/", config, configText, jobs = {}, pages = {}, gzip = false, port = 0, tls, metricSamples = 30 } = {}) {
  const requests = [];
  const calls = new Map();
  const compressed = new Map();
  const aborted = [];
  const handle = async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    const record = { method: request.method, path: url.pathname + url.search, headers: { ...request.headers }, body: "" };
    requests.push(record);
    for await (const chunk of request) record.body += chunk;
    if (!url.pathname.startsWith(subPath)) {
      response.writeHead(404).end();
      return;
    }
    const rest = url.pathname.slice(subPath.length);
    // The job list (reference §5): the demo jobs, searched as the body asks (phase `in`, name
    // `like`, newest first, `offset` a page index), so tests can see what the app asked for.
    if (request.method === "POST" && /^v2\/[^/]+\/training-job-searches$/.test(rest)) {
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(searchDemoJobs(record.body)));
      return;
    }
    // A job's events, a task's log preview and link and a task's usage (reference §5), GET only,
    // the token rule as for jobs.
    const sub = rest.match(/^(secure\/)?v2\/([^/]+)\/training-jobs\/([^/]+)\/(?:(stages)|events|tasks\/([^/]+)\/logs\/(preview|url)|metrics\/([^/]+))$/);
    if (sub) {
      const [, secure, , rawId, stagesCall, rawTask, logCall, rawMetricTask] = sub;
      if (request.method !== "GET") {
        response.writeHead(405).end();
        return;
      }
      if (secure && request.headers["x-auth-token"] !== TOKEN) {
        const [status, headers, body] = scenario("unauthorized");
        response.writeHead(status, headers).end(body);
        return;
      }
      const decoded = (raw) => (raw === undefined ? undefined : decodeURIComponent(raw));
      const [status, headers, body] = stagesCall
        ? stages(decoded(rawId), jobs)
        : logCall === "url"
        ? logLink(decoded(rawId), decoded(rawTask), request.headers["content-type"])
        : jobCall(decodeURIComponent(rawId), decoded(rawTask), jobs, decoded(rawMetricTask), metricSamples);
      response.writeHead(status, headers).end(body);
      return;
    }
    const api = rest.match(/^(secure\/)?v2\/([^/]+)\/training-jobs\/([^/]+)$/);
    if (api) {
      if (request.method !== "GET") {
        response.writeHead(405).end();
        return;
      }
      const [, secure, , rawId] = api;
      const id = decodeURIComponent(rawId);
      if (secure && request.headers["x-auth-token"] !== TOKEN && rawId !== "redirect") {
        const [status, headers, body] = scenario("unauthorized");
        response.writeHead(status, headers).end(body);
        return;
      }
      const call = (calls.get(id) ?? 0) + 1;
      calls.set(id, call);
      response.on("close", () => {
        if (!response.writableEnded) aborted.push(id);
      });
      const [status, headers, body] = id in jobs ? [200, { "Content-Type": "application/json" }, jobs[id]] : await scenario(id, call);
      response.writeHead(status, headers).end(body);
      return;
    }
    if (rest === "config.json" && (config || configText !== undefined)) {
      response.writeHead(200, { "Content-Type": "application/json" }).end(configText ?? JSON.stringify(config));
      return;
    }
    // A static host serves files to GET only: nginx says 405 to a POST, Python's server 501.
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = normalize(join(distDir, rest || "index.html"));
    const page = Object.hasOwn(pages, rest) ? pages[rest] : undefined;
    if (page === undefined && (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory())) {
      response.writeHead(404).end();
      return;
    }
    const headers = { "Content-Type": TYPES[extname(rest || "index.html")] ?? "application/octet-stream" };
    let body = page ?? readFileSync(file);
    if (gzip && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      // Compressed once per file, as a server with precompressed files answers: compressing the
      // wasm on every request would make the server, not the page, the slow part of a benchmark.
      if (!compressed.has(rest)) compressed.set(rest, gzipSync(body, { level: 9 }));
      body = compressed.get(rest);
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(200, headers);
    response.end(body);
  };
  const server = tls ? createHttpsServer(tls, handle) : createServer(handle);
  // Everything received, decrypted, as a proxy sent it: bytes no request parse accounts for (say,
  // a body sent without a length to frame it, which the parser drops after a closing request)
  // are only visible here.
  const received = [];
  server.on(tls ? "secureConnection" : "connection", (socket) => socket.on("data", (chunk) => received.push(chunk.toString("latin1"))));
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    // Over https the URL names localhost, the name in the test certificates: a client that checks
    // the name (nginx does) matches DNS names, not IP addresses.
    url: `${tls ? "https://localhost" : "http://127.0.0.1"}:${server.address().port}${subPath}`,
    requests,
    /** The raw text of every chunk received on any connection. */
    received,
    calls,
    /** Job ids whose request the browser abandoned before the answer. */
    aborted,
    // Connections a page still holds open (keep-alive, a held-back response) are cut, or close
    // would wait for them and hold the test file past its timeout.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

// `node tests/e2e/mock.mjs [port]`: the mock on its own, for `trunk serve`'s proxy (port 9000).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mock = await startMock({ subPath: "/", port: Number(process.argv[2] ?? 9000) });
  console.log(`mock ModelArts on ${mock.url}v2/{project_id}/training-jobs/{id}`);
}
