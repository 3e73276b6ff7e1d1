//! Prints the generated huge benchmark job as pretty JSON: `cargo run --release --example huge_job > huge.json`.

#[path = "support/huge_job.rs"]
mod support;

fn main() {
    println!(
        "{}",
        serde_json::to_string_pretty(&support::huge_job()).unwrap()
    );
}
