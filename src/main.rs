//! Mounts the app; everything else lives in the library so that it can be tested.

fn main() {
    modelarts_job_viewer::start();
}
