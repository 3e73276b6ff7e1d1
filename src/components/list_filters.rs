//! The job list's filters: phase, name and order, applied by changing the link.

use crate::i18n::Ui;
use crate::insight::job_list::{ListQuery, SortKey};
use crate::insight::phase::{phase_label, Phase};
use crate::route::list_hash;
use leptos::prelude::*;

/// A form over the list's query. Submitting it moves to the link of the new query (page 1), so
/// Back returns to the previous filters and the filtered list can be shared.
#[component]
pub fn ListFilters(
    project_id: String,
    endpoint: Option<String>,
    query: ListQuery,
    ui: Ui,
) -> impl IntoView {
    let f = ui.lang.finder();
    let phase = RwSignal::new(query.phase.clone().unwrap_or_default());
    let name = RwSignal::new(query.name.clone());
    let order = RwSignal::new(format!(
        "{}:{}",
        query.sort.link_value(),
        if query.descending { "desc" } else { "asc" }
    ));
    let apply = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let order_text = order.get_untracked();
        let (sort, direction) = order_text.split_once(':').unwrap_or(("created", "desc"));
        let query = ListQuery {
            phase: Some(phase.get_untracked()).filter(|phase| !phase.is_empty()),
            name: name.get_untracked().trim().to_string(),
            page: 1,
            sort: SortKey::from_link(sort).unwrap_or_default(),
            descending: direction != "asc",
        };
        let hash = list_hash(&project_id, endpoint.as_deref(), ui.time, &query);
        let _ = window().location().set_hash(&hash);
    };
    let phases: Vec<(String, String)> = Phase::ALL
        .into_iter()
        .map(|phase| {
            (
                phase.api_value().to_string(),
                phase_label(phase.api_value(), ui.lang),
            )
        })
        .collect();
    let orders: Vec<(String, &'static str)> = SortKey::ALL
        .into_iter()
        .flat_map(|key| {
            [true, false].map(|descending| {
                (
                    format!(
                        "{}:{}",
                        key.link_value(),
                        if descending { "desc" } else { "asc" }
                    ),
                    (f.sort_order)(key, descending),
                )
            })
        })
        .collect();
    view! {
        <form class="list-filters" role="search" on:submit=apply>
            <label class="field">{f.phase}
                <select prop:value=move || phase.get() on:change=move |event| phase.set(event_target_value(&event))>
                    <option value="">{f.any_phase}</option>
                    {phases.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">{f.name_contains}
                <input type="search" prop:value=move || name.get() on:input=move |event| name.set(event_target_value(&event))/>
            </label>
            <label class="field">{f.sort_by}
                <select prop:value=move || order.get() on:change=move |event| order.set(event_target_value(&event))>
                    {orders.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
                </select>
            </label>
            <button type="submit" class="button">{f.apply_filters}</button>
        </form>
    }
}
