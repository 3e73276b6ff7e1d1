//! Mounts the diagnostics page (`diagnostics.html`): a job's events, a task's log and the tasks'
//! resource usage.

fn main() {
    modelarts_job_viewer::start(modelarts_job_viewer::pages::diagnostics_page);
}
