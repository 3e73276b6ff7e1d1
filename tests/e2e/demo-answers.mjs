// The answers the demo folder holds beside each job, and the mock gives for any job: its events and
// stages, each task's log preview and link and each task's resource usage (reference §5), made from the job itself. `node tests/e2e/demo-answers.mjs`
// writes them into demo/ (the demo endpoint is a folder of files: "files": true in config.json), and
// a test keeps the folder equal to what this writes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "./paths.mjs";

export const DEMO_JOBS = join(projectRoot, "demo/v2/demo/training-jobs");

/** A job's task statuses that are objects: real answers hold odd entries too. */
const statuses = (job) => (Array.isArray(job.status?.task_statuses) ? job.status.task_statuses : []).filter((status) => status && typeof status === "object");

/** A job's running records that are objects. */
const records = (job) => (Array.isArray(job.status?.running_records) ? job.status.running_records : []).filter((record) => record && typeof record === "object");

const TERMINAL = ["Completed", "Failed", "Terminated", "Abnormal"];

/**
 * A job's stages (reference §5, SDK only): one attempt per running record (else one), each
 * scheduled, prepared (with a step), run and ended as the record says, times as millisecond strings.
 */
export function jobStages(job) {
  const created = Number(job.metadata?.create_time) || 1_700_000_000_000;
  const started = Number(job.status?.start_time) || 0;
  const ended = TERMINAL.includes(job.status?.phase);
  const attempts = records(job).map((record) => ({
    start: Number(record.start_at) * 1000,
    running: Number(record.xpu_start_at ?? record.start_at) * 1000,
    end: record.end_at ? Number(record.end_at) * 1000 : null,
    reason: record.end_reason ?? "",
  }));
  if (attempts.length === 0 && started) {
    const end = ended ? started + (Number(job.status?.duration) || 0) : null;
    attempts.push({ start: started, running: started + 30_000, end, reason: job.status?.phase ?? "" });
  }
  const stage = (name, order, start, end, en, zh, subStages) => ({
    job_id: job.metadata?.id ?? "",
    name,
    en_message: en,
    zh_message: zh,
    start_time: start === null ? "" : String(start),
    // A stage still going has no end yet.
    end_time: end === null ? null : String(end),
    stage_order: order,
    ...(subStages ? { sub_stages: subStages } : {}),
  });
  const running_records = attempts.map((attempt, index) => {
    const scheduled = index === 0 ? created : attempts[index - 1].end ?? attempt.start;
    const stages = [
      stage("scheduling", 1, scheduled, attempt.start, "Resources were allocated.", "资源已分配。"),
      stage("preparing", 2, attempt.start, attempt.running, "The image and the code are ready.", "镜像和代码已就绪。", [
        { name: "image_pull", en_message: "Pulling the image.", zh_message: "正在拉取镜像。", create_time: String(attempt.start) },
      ]),
      stage("running", 3, attempt.running, attempt.end, "Training ran.", "训练运行。"),
    ];
    if (attempt.end !== null) stages.push(stage("end", 4, attempt.end, attempt.end, attempt.reason, attempt.reason));
    return { record_order: index + 1, stages };
  });
  if (running_records.length === 0) {
    running_records.push({ record_order: 1, stages: [stage("scheduling", 1, created, null, "Waiting for resources.", "正在等待资源。")] });
  }
  return { total_count: running_records.length, running_records };
}

/** A job's events (reference §5), newest first: one per task's exit, the job's end, one without a source. */
export function jobEvents(job) {
  const start = job.status?.start_time || job.metadata?.create_time || 1_700_000_000_000;
  const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
  const events = [{ time: iso(start), level: "Info", message: "[worker-0] training started.", source: "Task" }];
  events.push({ time: iso(start + 1_000), level: "Warning", message: "Image pull took longer than expected." });
  for (const [index, status] of statuses(job).entries()) {
    const failed = Number(status.exit_code) !== 0;
    events.push({ time: iso(start + 60_000 + index * 1_000), level: failed ? "Error" : "Info", message: `[${status.task}] Training finished. Exit code ${status.exit_code}.`, source: "Task" });
  }
  if (job.status?.phase === "Failed") events.push({ time: iso(start + 120_000), level: "Error", message: "Training job failed.", source: "Job" });
  return { total: events.length, limit: 100, offset: 0, order: "desc", events: events.reverse() };
}

/** A task's log: ordinary training lines in colour, one secret, and the tail its exit code leaves. */
export function taskLog(job, task) {
  const status = statuses(job).find((candidate) => candidate.task === task);
  const lines = ["\u001b[32m[ModelArts Service Log]\u001b[0m training start", "export DB_PASSWORD=hunter2"];
  for (let step = 1; step <= 200; step += 1) lines.push(`step ${step} loss ${(2 / step).toFixed(4)} lr 0.0001`);
  // A task without a status may still be named by a running record that says how it ended.
  const record = records(job).find((candidate) => candidate.end_related_task === task);
  const recorded = /exit with (-?\d+)/.exec(record?.end_reason ?? "")?.[1];
  const code = Number(status?.exit_code ?? recorded ?? 0);
  if (code === 137 || code === 1) {
    lines.push("Traceback (most recent call last):", '  File "train.py", line 88, in <module>', "    loss.backward()");
    lines.push("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB");
  } else if (code === 127) {
    lines.push("/bin/sh: 1: torchrun: not found");
  }
  lines.push(`[ModelArts Service Log] exit with ${code}`);
  const content = lines.join("\n") + "\n";
  return { content, current_size: content.length, full_size: content.length };
}

/**
 * A task's resource usage (reference §5): `samples` averaged values a minute per series, `-1` for
 * the first two minutes (the real answers start so) and for the accelerators the flavor lacks. A
 * task that exited with 137 climbs to 99.8% memory before it is killed.
 */
export function taskMetrics(job, task, samples = 30) {
  const resource = job.spec?.resource ?? {};
  const flavor = `${resource.flavor_id ?? ""} ${resource.flavor_detail?.flavor_type ?? ""}`;
  const accelerator = /ascend|npu/i.test(flavor) ? "npu" : /gpu/i.test(flavor) ? "gpu" : null;
  const status = statuses(job).find((candidate) => candidate.task === task);
  const killed = Number(status?.exit_code) === 137;
  const round = (value) => Math.round(value * 1000) / 1000;
  const series = (make) => Array.from({ length: samples }, (_, minute) => (minute < 2 ? -1 : round(make(minute))));
  const busy = (minute) => 55 + 30 * Math.sin(minute / 3);
  const memory = (minute) => (killed ? 40 + (59.8 * minute) / (samples - 1) : 30 + 10 * Math.sin(minute / 5));
  const none = () => Array(samples).fill(-1);
  const metrics = [
    { metric: "cpuUsage", value: series(busy) },
    { metric: "memUsage", value: series(memory) },
    { metric: "gpuUtil", value: accelerator === "gpu" ? series((minute) => busy(minute + 2)) : none() },
    { metric: "gpuMemUsage", value: accelerator === "gpu" ? series(() => 71.5) : none() },
    { metric: "npuUtil", value: accelerator === "npu" ? series((minute) => busy(minute + 2)) : none() },
    { metric: "npuMemUsage", value: accelerator === "npu" ? series(() => 64.25) : none() },
  ];
  // A minute without data in the middle of the run, as the API reports one.
  if (samples > 10) metrics[0].value[Math.floor(samples / 2)] = -1;
  return { metrics };
}

/** Every task a job names: its statuses' tasks, then `status.tasks`, then those running records name. */
export function taskNames(job) {
  const names = statuses(job).map((status) => status.task).filter((task) => typeof task === "string" && task);
  const tasks = Array.isArray(job.status?.tasks) ? job.status.tasks : [];
  const recorded = records(job).map((record) => record.end_related_task);
  for (const task of [...tasks, ...recorded]) if (typeof task === "string" && task && !names.includes(task)) names.push(task);
  return names;
}

/** Each answer file of the demo folder, as [path below demo/v2/demo/training-jobs, text]. */
export function demoAnswers() {
  const files = [];
  for (const name of readdirSync(DEMO_JOBS).filter((name) => name.endsWith(".json")).sort()) {
    const id = name.slice(0, -".json".length);
    const job = JSON.parse(readFileSync(join(DEMO_JOBS, name), "utf8"));
    files.push([`${id}/events.json`, JSON.stringify(jobEvents(job), null, 2) + "\n"]);
    files.push([`${id}/stages.json`, JSON.stringify(jobStages(job), null, 2) + "\n"]);
    for (const task of taskNames(job)) {
      const log = taskLog(job, task);
      files.push([`${id}/tasks/${task}/logs/preview.json`, JSON.stringify(log, null, 2) + "\n"]);
      // The log link names the whole log beside it, as a pre-signed OBS link would name the file.
      files.push([`${id}/tasks/${task}/logs/url.json`, JSON.stringify({ obs_url: "full.txt" }, null, 2) + "\n"]);
      files.push([`${id}/tasks/${task}/logs/full.txt`, log.content]);
      files.push([`${id}/metrics/${task}.json`, JSON.stringify(taskMetrics(job, task)) + "\n"]);
    }
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [path, text] of demoAnswers()) {
    mkdirSync(dirname(join(DEMO_JOBS, path)), { recursive: true });
    writeFileSync(join(DEMO_JOBS, path), text);
  }
}
