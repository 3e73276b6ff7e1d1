//! Hardware drawn as totals: per-node figures, the node count, and what they add up to.

use crate::components::subheading::subheading;
use crate::i18n::Ui;
use crate::insight::hardware::{format_gb, format_number, Hardware};
use leptos::prelude::*;

/// One node's CPU, accelerators, memory and disk, and the totals across nodes as big figures.
/// `heading_level` is 3 in the resources section and 5 inside a task card.
#[component]
pub fn FlavorBreakdown(hardware: Hardware, heading_level: u8, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let node = &hardware.node;
    let mut per_node: Vec<(&'static str, String)> = Vec::new();
    if let Some(cores) = node.cpu_cores {
        let arch = node
            .cpu_arch
            .clone()
            .map(|arch| format!(" {arch}"))
            .unwrap_or_default();
        per_node.push((s.cpu, format!("{} {}{arch}", format_number(cores), s.cores)));
    }
    if let Some(accelerators) = &node.accelerators {
        let product = accelerators
            .product
            .clone()
            .map(|p| format!(" {p}"))
            .unwrap_or_default();
        let memory = accelerators
            .memory_gb
            .map(|gb| format!(" · {}", format_gb(gb)))
            .unwrap_or_default();
        per_node.push((
            s.accelerators,
            format!(
                "{} × {}{product}{memory}",
                format_number(accelerators.count),
                accelerators.family.label()
            ),
        ));
    }
    if let Some(gb) = node.memory_gb {
        per_node.push((s.memory, format_gb(gb)));
    }
    if let Some(gb) = node.disk_gb {
        per_node.push((s.disk, format_gb(gb)));
    }

    let totals: Vec<(String, String)> = [
        hardware
            .total_accelerators()
            .zip(node.accelerators.as_ref())
            .map(|(n, a)| (format_number(n), (s.accelerators_of)(a.family, n))),
        hardware.total_accelerator_memory_gb().map(|gb| {
            (
                format_gb(gb),
                format!(
                    "{} {}",
                    node.accelerators
                        .as_ref()
                        .map(|a| a.family.label())
                        .unwrap_or(""),
                    s.memory
                ),
            )
        }),
        hardware
            .total_cpu_cores()
            .map(|n| (format_number(n), format!("{} {}", s.cpu, s.cores))),
        hardware
            .total_memory_gb()
            .map(|gb| (format_gb(gb), s.memory.to_string())),
        hardware
            .total_disk_gb()
            .map(|gb| (format_gb(gb), s.disk.to_string())),
    ]
    .into_iter()
    .flatten()
    .collect();

    view! {
        <div class="flavor">
            {hardware.headline(ui.lang).map(|headline| view! { <p class="flavor__headline">{headline}</p> })}
            {(!per_node.is_empty()).then(|| view! {
                <div class="flavor__node">
                    {subheading(heading_level, "flavor__title", format!("{}{}", s.per_node, hardware.flavor_type.as_ref().map(|t| format!(" · {t}")).unwrap_or_default()))}
                    <dl class="facts">
                        {per_node.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                    </dl>
                </div>
            })}
            {(!totals.is_empty()).then(|| view! {
                <div class="flavor__totals">
                    {subheading(heading_level, "flavor__title", s.totals.to_string())}
                    <ul class="stat-grid">
                        {totals.into_iter().map(|(figure, label)| view! {
                            <li class="stat"><span class="stat__figure">{figure}</span><span class="stat__label">{label}</span></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </div>
    }
}
