//! Mounts the local-file page (`local.html`): a response file opened from disk, shown as a job.

fn main() {
    modelarts_job_viewer::start(modelarts_job_viewer::pages::local_page);
}
