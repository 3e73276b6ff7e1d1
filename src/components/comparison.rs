//! Two jobs side by side: each changed field with both values, what is the same folded away.

use crate::i18n::Ui;
use crate::insight::compare::{compare, DiffRow};
use crate::pages::VIEWER_PAGE;
use crate::route::job_hash_in;
use crate::state::loaded::LoadedJob;
use crate::state::timing::Span;
use leptos::prelude::*;
use std::sync::Arc;

/// A side's value, or a dash where its job lacks the field.
fn cell(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".to_string())
}

/// The two jobs' names linked to their pages, then one table of changes by part of the job, and
/// the count of fields that are the same, which unfolds them.
#[component]
pub fn ComparisonView(
    a: Arc<LoadedJob>,
    b: Arc<LoadedJob>,
    project_id: String,
    endpoint: Option<String>,
    /// Whether the fields that are the same are shown; the page keeps it across refreshes.
    unfolded: RwSignal<bool>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let f = ui.lang.finder();
    // Measured for scripts/bench (issue 13's budget: two huge jobs in 50 ms).
    let span = Span::start("compare:diff");
    let comparison = compare(&a.job, &b.job, s, f);
    span.end();
    // Each job by name (its id when it has none), which also labels its cells on a phone.
    let name_of = |loaded: &LoadedJob| {
        let metadata = loaded.job.metadata();
        let id = metadata.and_then(|m| m.id()).cloned().unwrap_or_default();
        let name = metadata.and_then(|m| m.name()).cloned();
        (name.unwrap_or_else(|| id.clone()), id)
    };
    let ((name_a, id_a), (name_b, id_b)) = (name_of(&a), name_of(&b));
    let heading = |name: String, id: &str| {
        let href = format!(
            "{VIEWER_PAGE}{}",
            job_hash_in(&project_id, id, endpoint.as_deref(), ui.time)
        );
        view! { <th scope="col"><a href=href translate="no">{name}</a></th> }
    };
    let (head_a, head_b) = (
        heading(name_a.clone(), &id_a),
        heading(name_b.clone(), &id_b),
    );
    let same = comparison.same;
    let nothing_differs = comparison.groups.is_empty();
    let (groups, same_groups) = (comparison.groups, comparison.same_groups);
    let rows = move || {
        let unfolded = unfolded.get();
        groups
            .iter()
            .chain(same_groups.iter().filter(|_| unfolded))
            .map(|group| {
                let rows = group.rows.clone();
                {
                    view! {
                        <tbody>
                            <tr><th colspan="3" scope="colgroup" class="compare__group">{group.title}</th></tr>
                            {rows.into_iter().map(|DiffRow { label, named, a, b, kind }| view! {
                                <tr class=format!("compare__row compare__row--{}", kind.as_str())>
                                    <th scope="row"><span translate=named.then_some("no")>{label}</span>
                                        <span class="compare__kind">{(f.change_kind_words)(kind)}</span></th>
                                    // The values are the jobs' own, or figures.
                                    <td data-label=name_a.clone() translate="no">{cell(a)}</td>
                                    <td data-label=name_b.clone() translate="no">{cell(b)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    }
                }
            })
            .collect_view()
    };
    view! {
        {nothing_differs.then(|| view! { <p class="triage triage--ok">{f.nothing_differs}</p> })}
        <div class="table-scroll">
            <table class="table compare">
                <thead><tr><th scope="col">{f.field}</th>{head_a}{head_b}</tr></thead>
                {rows}
            </table>
        </div>
        {(same > 0).then(|| view! {
            <button type="button" class="button button--quiet" aria-expanded=move || unfolded.get().to_string()
                on:click=move |_| unfolded.update(|open| *open = !*open)>
                {move || if unfolded.get() { f.fold_same.to_string() } else { (f.fields_same)(same) }}
            </button>
        })}
    }
}
