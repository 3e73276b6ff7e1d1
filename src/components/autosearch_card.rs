//! Hyperparameter search: ranges as bars, discrete values as chips, metrics and algorithms.

use crate::components::fact_list::{named_view, piece_view};
use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::insight::autosearch::{search_plan, Reward, SearchAlgorithm, SearchParam, SearchSpace};
use crate::model::AutoSearch;
use leptos::prelude::*;

/// A range as a bar between its bounds, or discrete values as chips.
fn search_space(space: SearchSpace, ui: Ui) -> AnyView {
    match space {
        SearchSpace::Range { low, high, points } => {
            let label = format!("{low} … {high}");
            view! {
            <span class="range-bar" aria-label=label>
                <span class="range-bar__end">{low}</span>
                <span class="range-bar__track" aria-hidden="true"></span>
                <span class="range-bar__end">{high}</span>
            </span>
            {points.map(|points| view! { <span class="muted">{(ui.s.aside)(&(ui.s.discrete_points)(&points))}</span> })}
            }
            .into_any()
        }
        SearchSpace::Values(values) => view! {
            <span class="chips">
                {keyed_list(values.clone(), move |value| view! { <code class="chip-code">{value}</code> }.into_any())}
            </span>
        }
        .into_any(),
    }
}

/// Shows what the search varies, what it optimises and how.
#[component]
pub fn AutoSearchCard(auto_search: AutoSearch, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let plan = search_plan(&auto_search, s);
    let (params, rewards, algorithms) = (plan.params, plan.rewards, plan.algorithms);
    view! {
        <div class="subcard autosearch">
            <h3>{s.auto_search}</h3>
            {(!params.is_empty()).then(|| view! {
                <h4>{s.search_params}</h4>
                <ul class="search-params">
                    {keyed_list(params.clone(), move |SearchParam { name, kind, space }| view! { <li><code>{name}</code> " " <span class="muted">{kind.map(piece_view)}</span> " " {search_space(space, ui)}</li> }.into_any())}
                </ul>
            })}
            {(!rewards.is_empty()).then(|| view! {
                <h4>{s.reward_metrics}</h4>
                <ul>
                    {keyed_list(rewards.clone(), move |Reward { name, mode, regex }| view! { <li><code>{name}</code> " " <strong>{mode.map(piece_view)}</strong> " " <code>{regex}</code></li> }.into_any())}
                </ul>
            })}
            {(!algorithms.is_empty()).then(|| view! {
                <h4>{s.search_algorithms}</h4>
                <ul>
                    {keyed_list(algorithms.clone(), move |SearchAlgorithm { name, settings }| view! { <li><code>{name}</code> " " <span translate="no">{settings}</span></li> }.into_any())}
                </ul>
            })}
            {plan.skip.map(|skip| view! { <p>{named_view(s.skip_search_params, "skip_search_params".to_string())} {s.colon} <code>{skip}</code></p> })}
        </div>
    }
}
