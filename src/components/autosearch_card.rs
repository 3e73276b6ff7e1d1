//! Hyperparameter search: ranges as bars, discrete values as chips, metrics and algorithms.

use crate::i18n::Ui;
use crate::model::{AutoSearch, Scalar};
use leptos::prelude::*;

/// Shows what the search varies, what it optimises and how.
#[component]
pub fn AutoSearchCard(auto_search: AutoSearch, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let rewards: Vec<_> = auto_search
        .reward_attrs()
        .map(|r| r.iter().cloned().collect())
        .unwrap_or_default();
    let params: Vec<_> = auto_search
        .search_params()
        .map(|p| p.iter().cloned().collect())
        .unwrap_or_default();
    let algorithms: Vec<_> = auto_search
        .algo_configs()
        .map(|a| a.iter().cloned().collect())
        .unwrap_or_default();
    let text = |field: Option<&String>| field.cloned().unwrap_or_default();
    let skip = auto_search
        .skip_search_params()
        .filter(|skip| !skip.is_empty())
        .cloned();

    view! {
        <div class="subcard autosearch">
            <h3>{s.auto_search}</h3>
            {(!params.is_empty()).then(|| view! {
                <h4>{s.search_params}</h4>
                <ul class="search-params">
                    {params.iter().map(|param| {
                        let name = text(param.name());
                        let kind = text(param.param_type());
                        let values: Vec<String> = param.discrete_values().map(|v| v.iter().map(Scalar::as_text).collect()).unwrap_or_default();
                        let low = param.lower_bound().map(Scalar::as_text);
                        let high = param.upper_bound().map(Scalar::as_text);
                        let points = param.discrete_points_num().map(Scalar::as_text);
                        let range_label = format!("{} … {}", low.clone().unwrap_or_default(), high.clone().unwrap_or_default());
                        let body = if values.is_empty() {
                            view! {
                                <span class="range-bar" aria-label=range_label>
                                    <span class="range-bar__end">{low.unwrap_or_default()}</span>
                                    <span class="range-bar__track" aria-hidden="true"></span>
                                    <span class="range-bar__end">{high.unwrap_or_default()}</span>
                                </span>
                                {points.map(|points| view! { <span class="muted">{format!(" ({})", (s.discrete_points)(&points))}</span> })}
                            }.into_any()
                        } else {
                            view! { <span class="chips">{values.into_iter().map(|value| view! { <code class="chip-code">{value}</code> }).collect_view()}</span> }.into_any()
                        };
                        view! { <li><code>{name}</code> " " <span class="muted">{kind}</span> " " {body}</li> }
                    }).collect_view()}
                </ul>
            })}
            {(!rewards.is_empty()).then(|| view! {
                <h4>{s.reward_metrics}</h4>
                <ul>
                    {rewards.iter().map(|reward| {
                        let mode = text(reward.mode());
                        let arrow = match mode.as_str() {
                            "max" => format!("↑ {}", s.reward_max),
                            "min" => format!("↓ {}", s.reward_min),
                            _ => String::new(),
                        };
                        view! { <li><code>{text(reward.name())}</code> " " <strong>{arrow}</strong> " " <code>{text(reward.regex())}</code></li> }
                    }).collect_view()}
                </ul>
            })}
            {(!algorithms.is_empty()).then(|| view! {
                <h4>{s.search_algorithms}</h4>
                <ul>
                    {algorithms.iter().map(|algorithm| {
                        let params: Vec<String> = algorithm.params().map(|p| p.iter().map(|param| {
                            format!("{}={}", param.key().cloned().unwrap_or_default(), param.value().map(Scalar::as_text).unwrap_or_default())
                        }).collect()).unwrap_or_default();
                        view! { <li><code>{text(algorithm.name())}</code> " " {params.join(", ")}</li> }
                    }).collect_view()}
                </ul>
            })}
            {skip.map(|skip| view! { <p>"skip_search_params: " <code>{skip}</code></p> })}
        </div>
    }
}
