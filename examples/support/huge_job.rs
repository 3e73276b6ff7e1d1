// The generated huge job of the benchmarks: 20,000 node-count points, 512 tasks with statuses, 500
// parameters, 200 environment variables and enough run history to weigh about 3 MB.
use serde_json::{json, Value};

pub fn huge_job() -> Value {
    let created: i64 = 1_780_000_000_000;
    let started = created + 120_000;
    let points: Vec<Value> = (0..20_000i64)
        .map(|i| {
            let nodes = if i % 997 == 0 { 60 } else { 64 };
            json!([started + i * 15_000, nodes])
        })
        .collect();
    let tasks: Vec<String> = (0..512).map(|i| format!("worker-{i}")).collect();
    let statuses: Vec<Value> = (0..512)
        .map(|i| match i % 8 {
            0 => json!({"task": format!("worker-{i}"), "exit_code": 137, "message": "Container killed: out of memory (OOMKilled)"}),
            1 => json!({"task": format!("worker-{i}"), "exit_code": 143, "message": "terminated after a peer failed"}),
            _ => json!({"task": format!("worker-{i}"), "exit_code": 0, "message": ""}),
        })
        .collect();
    let filler =
        "Controls one aspect of the optimiser schedule; see the team's training guide. ".repeat(20);
    let parameters: Vec<Value> = (0..500)
        .map(|i| {
            json!({
                "name": format!("param_{i:03}"),
                "value": (i % 120).to_string(),
                "description": filler,
                "i18n_description": {"language": "zh-cn", "description": format!("参数 {i}")},
                "constraint": {"type": "Integer", "editable": true, "required": i % 5 == 0, "sensitive": false,
                               "valid_type": "Range", "valid_range": ["1", "100"]}
            })
        })
        .collect();
    let environments: serde_json::Map<String, Value> = (0..200)
        .map(|i| {
            let name = if i % 10 == 0 {
                format!("SERVICE_{i}_TOKEN")
            } else {
                format!("SETTING_{i}")
            };
            (name, Value::from(format!("value-{i}")))
        })
        .collect();
    let records: Vec<Value> = (0..1200i64)
        .map(|i| {
            let start = started / 1000 + i * 250;
            json!({
                "start_at": start, "end_at": start + 240, "start_type": if i == 0 { "init_or_rescheduled" } else { "restarted" },
                "end_reason": "exit with 137", "end_related_task": format!("worker-{}", i % 512), "end_recover": "proc_restart",
                "recover_records": [{"recover_start_at": start + 240, "recover_end_at": start + 248, "recover": "proc_restart",
                                     "fault_scenario": "job_failed", "reason": "worker exited with 137",
                                     "related_task": format!("worker-{}", i % 512), "recover_result": "success"}]
            })
        })
        .collect();
    json!({
        "kind": "job",
        "metadata": {"id": "0f0f0f0f-0000-4000-8000-000000000512", "name": "huge-benchmark-job",
                     "description": "Constructed example: generated for the benchmarks.", "create_time": created,
                     "workspace_id": "0", "user_name": "bench"},
        "status": {"phase": "Failed", "secondary_phase": "Failed", "duration": 20_000i64 * 15_000,
                   "start_time": started, "node_count_metrics": points, "tasks": tasks,
                   "task_statuses": statuses, "running_records": records},
        "algorithm": {"code_dir": "obs://bench/code/", "boot_file": "obs://bench/code/train.py",
                      "parameters": parameters, "environments": [environments],
                      "engine": {"engine_name": "PyTorch", "engine_version": "2.1"}},
        "spec": {"resource": {"flavor_id": "modelarts.pool.visual.8xlarge", "node_count": 64,
                              "flavor_detail": {"flavor_type": "GPU", "flavor_info": {
                                  "cpu": {"arch": "x86", "core_num": 96},
                                  "gpu": {"unit_num": 8, "product_name": "GP-Ant8", "memory": "80GB"},
                                  "memory": {"size": 768, "unit": "GB"}}}}}
    })
}
