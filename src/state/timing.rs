//! User Timing: each load records `job:fetch`, `job:parse` and `job:render` measures, so anyone can
//! read them in the browser's devtools or from the benchmark.

/// A running measure; [`Span::end`] records it as a `performance.measure` entry.
pub struct Span {
    name: &'static str,
}

impl Span {
    pub fn start(name: &'static str) -> Span {
        if let Some(performance) = performance() {
            let _ = performance.mark(&start_mark(name));
        }
        Span { name }
    }

    pub fn end(self) {
        if let Some(performance) = performance() {
            let _ = performance.measure_with_start_mark(self.name, &start_mark(self.name));
        }
    }
}

fn start_mark(name: &str) -> String {
    format!("{name}:start")
}

fn performance() -> Option<web_sys::Performance> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()?.performance()
    } else {
        None
    }
}
