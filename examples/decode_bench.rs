//! Native times to read a job (parse plus the report walk) for the seed-sized example and a big document, as medians:
//! `node tests/e2e/huge-job.mjs target/huge-job.json && cargo run --release --example decode_bench -- target/huge-job.json`

use modelarts_job_viewer::i18n::Lang;
use modelarts_job_viewer::insight::{timeline, triage};
use modelarts_job_viewer::model::parse_job;
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(label: &str, body: &str, runs: usize) {
    let parse: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let parsed = parse_job(body).unwrap();
            let elapsed = start.elapsed();
            std::hint::black_box(parsed);
            elapsed
        })
        .collect();
    let parsed = parse_job(body).unwrap();
    let insight: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(triage::triage(&parsed.job, Lang::En));
            std::hint::black_box(timeline::timeline(
                &parsed.job,
                1_800_000_000_000,
                1_800_000_000_000,
            ));
            start.elapsed()
        })
        .collect();
    let floor: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(serde_json::from_str::<serde_json::Value>(body).unwrap());
            start.elapsed()
        })
        .collect();
    println!(
        "| {label:<28} | {:>9} | {:>12.3} | {:>12.3} | {:>12.3} |",
        body.len(),
        median(parse).as_secs_f64() * 1e3,
        median(floor).as_secs_f64() * 1e3,
        median(insight).as_secs_f64() * 1e3
    );
}

fn main() {
    let seed =
        include_str!("../demo/v2/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731.json");
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/huge-job.json".to_string());
    let huge = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!("{path}: {error}; write it with `node tests/e2e/huge-job.mjs {path}`")
    });
    println!("| document                     |     bytes | read ms      | Value only ms | triage+timeline ms |");
    println!(
        "|------------------------------|-----------|--------------|--------------|--------------|"
    );
    measure("seed example (running CPU)", seed, 200);
    measure("generated huge job", &huge, 21);
}
