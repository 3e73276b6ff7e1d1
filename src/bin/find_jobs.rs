//! Mounts the finder page (`jobs.html`): a project's job list and two runs compared.

fn main() {
    modelarts_job_viewer::start(modelarts_job_viewer::pages::finder_page);
}
