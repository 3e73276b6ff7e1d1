//! Mounts the viewer page (`index.html`); everything else lives in the library so that it can be
//! tested.

fn main() {
    modelarts_job_viewer::start(modelarts_job_viewer::pages::viewer_page);
}
