//! Hardware drawn as totals: per-node figures, the node count, and what they add up to.

use crate::components::fact_list::{plain_fact, FactList};
use crate::components::keyed_rows::keyed_list;
use crate::components::subheading::subheading;
use crate::i18n::Ui;
use crate::insight::hardware::{hardware_figures, Hardware, Total};
use leptos::prelude::*;

/// One node's CPU, accelerators, memory and disk, and the totals across nodes as big figures.
/// `heading_level` is 3 in the resources section and 5 inside a task card.
#[component]
pub fn FlavorBreakdown(hardware: Hardware, heading_level: u8, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let figures = hardware_figures(&hardware, s);
    let per_node_title = format!(
        "{}{}",
        s.per_node,
        hardware
            .flavor_type
            .as_ref()
            .map(|t| format!(" · {t}"))
            .unwrap_or_default()
    );
    let per_node: Vec<_> = figures
        .per_node
        .into_iter()
        .map(|fact| plain_fact(fact, ui))
        .collect();
    let totals = figures.totals;
    view! {
        <div class="flavor">
            {hardware.headline(ui.lang).map(|headline| view! { <p class="flavor__headline">{headline}</p> })}
            {(!per_node.is_empty()).then(|| view! {
                <div class="flavor__node">
                    {subheading(heading_level, "flavor__title", per_node_title)}
                    <FactList facts=per_node/>
                </div>
            })}
            {(!totals.is_empty()).then(|| view! {
                <div class="flavor__totals">
                    {subheading(heading_level, "flavor__title", s.totals.to_string())}
                    <ul class="stat-grid">
                        {keyed_list(totals.clone(), move |Total { figure, label }| view! { <li class="stat"><span class="stat__figure">{figure}</span><span class="stat__label">{label}</span></li> }.into_any())}
                    </ul>
                </div>
            })}
        </div>
    }
}
