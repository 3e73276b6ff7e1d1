//! The run attempts of a job as a table: when each started and ended, why, and how it recovered.

use crate::components::fact_list::{piece_view, pieces_view};
use crate::components::keyed_rows::{keyed_list, KeyedRows, RowKey};
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::status::attempt_words;
use crate::insight::timeline::Timeline;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// One row per attempt, keyed by its number, so "Show all" only adds the rows that were missing.
#[component]
pub fn AttemptsTable(timeline: Arc<Timeline>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let total = timeline.attempts.len();
    let show_all = remembered_flag("show-all:attempts");
    let row = Callback::new(move |(index, _): RowKey| {
        let attempt = &timeline.attempts[index];
        let words = attempt_words(attempt, s);
        view! {
            // Each cell names its column for the narrow layout, where rows become cards.
            <tr>
                <td class="num" data-label="#">{index + 1}</td>
                <td class="nowrap" data-label=s.started>{attempt.start_ms.map(|ms| view! { <TimeText ms ui/> })}
                    {attempt.accelerators_up_ms.map(|ms| view! { <div class="note">{s.accelerators_up} " " <TimeText ms ui/></div> })}</td>
                <td class="nowrap" data-label=s.ended>{attempt.end_ms.map(|ms| view! { <TimeText ms ui/> })}
                    {attempt.clamped.then(|| view! { <div class="note note--wrap">"⚠ " {s.clamped_note}</div> })}</td>
                // Documented values in words, with the API's value as their tooltip; the end
                // reason, tasks and undocumented values as sent.
                <td data-label=s.start_type>{words.start_type.map(piece_view)}</td>
                <td data-label=s.end_reason>{pieces_view(words.ended_because)}</td>
                <td data-label=s.recovery>
                    {keyed_list(words.recoveries.clone(), move |line| view! { <div>{pieces_view(line)}</div> }.into_any())}
                </td>
            </tr>
        }
        .into_any()
    });
    view! {
        <h3 class="subhead">{s.attempts}</h3>
        <div class="table-scroll">
            <table class="table">
                <thead><tr>
                    <th scope="col">"#"</th><th scope="col">{s.started}</th><th scope="col">{s.ended}</th>
                    <th scope="col">{s.start_type}</th><th scope="col">{s.end_reason}</th><th scope="col">{s.recovery}</th>
                </tr></thead>
                <tbody>
                    <KeyedRows keys=visible_positions(total, show_all) row/>
                </tbody>
            </table>
        </div>
        <ShowAllButton total show_all ui/>
    }
}
