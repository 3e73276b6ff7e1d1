// The generated huge job of the tests and benchmarks: 20,000 node-count points, 512 tasks with
// statuses, 500 parameters, 200 environment variables and enough run history to weigh about 3 MB.
// `node tests/e2e/huge-job.mjs out.json` writes it pretty-printed, as ModelArts' examples are.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export function hugeJob() {
  const created = 1_780_000_000_000;
  const started = created + 120_000;
  const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const filler = "Controls one aspect of the optimiser schedule; see the team's training guide. ".repeat(20);
  const environments = Object.fromEntries(
    range(200, (i) => [i % 10 === 0 ? `SERVICE_${i}_TOKEN` : `SETTING_${i}`, `value-${i}`]),
  );
  return {
    kind: "job",
    metadata: {
      id: "0f0f0f0f-0000-4000-8000-000000000512",
      name: "huge-benchmark-job",
      description: "Constructed example: generated for the benchmarks.",
      create_time: created,
      workspace_id: "0",
      user_name: "bench",
    },
    status: {
      phase: "Failed",
      secondary_phase: "Failed",
      duration: 20_000 * 15_000,
      start_time: started,
      node_count_metrics: range(20_000, (i) => [started + i * 15_000, i % 997 === 0 ? 60 : 64]),
      tasks: range(512, (i) => `worker-${i}`),
      task_statuses: range(512, (i) =>
        i % 8 === 0
          ? { task: `worker-${i}`, exit_code: 137, message: "Container killed: out of memory (OOMKilled)" }
          : i % 8 === 1
            ? { task: `worker-${i}`, exit_code: 143, message: "terminated after a peer failed" }
            : { task: `worker-${i}`, exit_code: 0, message: "" },
      ),
      running_records: range(1200, (i) => {
        const start = Math.floor(started / 1000) + i * 250;
        const task = `worker-${i % 512}`;
        return {
          start_at: start,
          end_at: start + 240,
          start_type: i === 0 ? "init_or_rescheduled" : "restarted",
          end_reason: "exit with 137",
          end_related_task: task,
          end_recover: "proc_restart",
          recover_records: [
            {
              recover_start_at: start + 240,
              recover_end_at: start + 248,
              recover: "proc_restart",
              fault_scenario: "job_failed",
              reason: "worker exited with 137",
              related_task: task,
              recover_result: "success",
            },
          ],
        };
      }),
    },
    algorithm: {
      code_dir: "obs://bench/code/",
      boot_file: "obs://bench/code/train.py",
      parameters: range(500, (i) => ({
        name: `param_${String(i).padStart(3, "0")}`,
        value: String(i % 120),
        description: filler,
        i18n_description: { language: "zh-cn", description: `参数 ${i}` },
        constraint: {
          type: "Integer",
          editable: true,
          required: i % 5 === 0,
          sensitive: false,
          valid_type: "Range",
          valid_range: ["1", "100"],
        },
      })),
      environments: [environments],
      engine: { engine_name: "PyTorch", engine_version: "2.1" },
    },
    spec: {
      resource: {
        flavor_id: "modelarts.pool.visual.8xlarge",
        node_count: 64,
        flavor_detail: {
          flavor_type: "GPU",
          flavor_info: {
            cpu: { arch: "x86", core_num: 96 },
            gpu: { unit_num: 8, product_name: "GP-Ant8", memory: "80GB" },
            memory: { size: 768, unit: "GB" },
          },
        },
      },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] ?? "huge-job.json";
  writeFileSync(out, JSON.stringify(hugeJob(), null, 2));
}
