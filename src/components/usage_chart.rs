//! One series of a task's resource usage as a small chart, its peak and last value in words.

use crate::i18n::{FinderStrings, Ui};
use crate::insight::hardware::format_number;
use crate::insight::metrics::{chart_path, chart_top, Series, CHART_HEIGHT, CHART_WIDTH};
use leptos::prelude::*;

/// A series in words, or by the name the API gave it when the viewer has none.
pub fn series_title(series: &Series, f: &FinderStrings) -> String {
    series.kind.map_or_else(
        || series.name.clone(),
        |kind| (f.metric_words)(kind).to_string(),
    )
}

/// The series over time, with gaps where the API had no data; the figures are in the text, so the
/// drawing is hidden from screen readers.
#[component]
pub fn UsageChart(
    series: Series,
    /// The minutes of the task's longest series, across which every chart of the task is drawn.
    minutes: usize,
    ui: Ui,
) -> impl IntoView {
    let f = ui.lang.finder();
    let title = series_title(&series, f);
    // The documented series read as percentages; the API states no unit for any other.
    let percent = series.kind.is_some();
    let figures = series
        .peak()
        .zip(series.last())
        .map(|(peak, last)| (f.peak_and_last)(&format_number(peak), &format_number(last), percent));
    let path = chart_path(&series.values, minutes, chart_top(&series));
    view! {
        <figure class="usage-chart">
            <figcaption translate=series.kind.is_none().then_some("no")>{title}</figcaption>
            <svg class="usage-chart__svg" viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}")
                preserveAspectRatio="none" aria-hidden="true">
                <path class="usage-chart__line" d=path/>
            </svg>
            <p class="usage-chart__figures">{figures}</p>
        </figure>
    }
}
