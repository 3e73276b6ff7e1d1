//! The resources section: flavor, pool, hardware totals, billing, scheduling, volumes, endpoints.

use crate::components::endpoints_card::EndpointsCard;
use crate::components::fact_list::{code_fact, text_fact, Fact, FactList};
use crate::components::flavor_breakdown::FlavorBreakdown;
use crate::i18n::Strings;
use crate::i18n::Ui;
use crate::insight::display::join_present;
use crate::insight::hardware::{format_number, job_hardware};
use crate::model::{object_text, ContainerResources, Scalar, TrainingJob};
use crate::route::Section;
use leptos::prelude::*;
use std::sync::Arc;

fn container_text(resources: &ContainerResources, s: &Strings) -> String {
    let number = |field: Option<&Scalar>| field.and_then(Scalar::as_f64).map(format_number);
    join_present(
        [
            resources.cpu_arch().cloned(),
            number(resources.cpu_core_num()).map(|n| format!("{n} {}", s.cores)),
            number(resources.mem_size())
                .map(|n| format!("{} {n} ({})", s.memory, s.unit_not_stated)),
            resources
                .accelerator_num()
                .and_then(Scalar::as_f64)
                .map(s.accelerator_count),
            resources.accelerator_type().cloned(),
        ],
        " · ",
    )
}

/// Everything about where and on what the job runs.
#[component]
pub fn ResourcesCard(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let spec = job.spec();
    let resource = spec.and_then(|spec| spec.resource());
    let hardware = job_hardware(&job);
    let mut facts: Vec<Fact> = Vec::new();
    if let Some(resource) = resource {
        let flavor = join_present([resource.flavor_id(), resource.flavor_name()], " · ");
        if !flavor.is_empty() {
            facts.push((s.flavor, view! { <code>{flavor}</code> }.into_any()));
        }
        facts.extend(code_fact(s.pool, resource.pool_id()));
        facts.extend(code_fact("pool_group_id", resource.pool_group_id()));
        facts.extend(text_fact(s.policy, resource.policy()));
        facts.extend(text_fact(
            s.node_count,
            resource.node_count().map(Scalar::as_text).as_ref(),
        ));
        if let Some(billing) = resource.flavor_detail().and_then(|detail| detail.billing()) {
            let text = join_present(
                [
                    billing.code().cloned(),
                    billing.unit_num().map(|n| format!("× {}", n.as_text())),
                ],
                " ",
            );
            facts.push((s.billing, view! { <code>{text}</code> }.into_any()));
        }
        for (label, resources) in [
            (
                s.main_container,
                resource.main_container_allocated_resources(),
            ),
            (
                "main_container_customized_flavor",
                resource.main_container_customized_flavor(),
            ),
        ] {
            if let Some(text) = resources
                .map(|resources| container_text(resources, s))
                .filter(|text| !text.is_empty())
            {
                facts.push((label, view! { <span>{text}</span> }.into_any()));
            }
        }
        if let Some(pool_info) = resource.pool_info() {
            facts.push((
                "pool_info",
                view! { <code>{pool_info.to_string()}</code> }.into_any(),
            ));
        }
    }
    if let Some(policy) = spec.and_then(|spec| spec.schedule_policy()) {
        let affinity = policy.required_affinity().map(|a| {
            join_present(
                [
                    a.affinity_type().cloned(),
                    a.job_level()
                        .map(|level| format!("{} {level}", s.job_level)),
                    a.affinity_group_size()
                        .map(|size| format!("{} {}", s.group_size, size.as_text())),
                    a.affinity_group_level()
                        .map(|level| format!("{} {level}", s.group_level)),
                ],
                ", ",
            )
        });
        let text = join_present(
            [
                policy
                    .priority()
                    .map(|p| format!("{} {}", s.priority, p.as_text())),
                policy.preemptible().map(|p| {
                    if *p {
                        s.preemptible.to_string()
                    } else {
                        s.not_preemptible.to_string()
                    }
                }),
                affinity
                    .filter(|a| !a.is_empty())
                    .map(|a| format!("{}: {a}", s.affinity)),
            ],
            " · ",
        );
        if !text.is_empty() {
            facts.push((s.schedule_policy, view! { <span>{text}</span> }.into_any()));
        }
    }
    if let Some(log) = spec.and_then(|spec| spec.log_export_path()) {
        let text = join_present([log.obs_url(), log.host_path()], " · ");
        if !text.is_empty() {
            facts.push((s.log_export, view! { <code>{text}</code> }.into_any()));
        }
    }
    if let Some(hosted) = spec.and_then(|spec| spec.is_hosted_log()) {
        facts.push((
            "is_hosted_log",
            view! { <span>{if *hosted { s.yes } else { s.no }}</span> }.into_any(),
        ));
    }
    if let Some(output) = spec
        .and_then(|spec| spec.output_model())
        .and_then(|o| o.obs())
    {
        let text = join_present([output.local_path(), output.obs_path()], " → ");
        facts.push(("output_model", view! { <code>{text}</code> }.into_any()));
    }
    if let Some(asset) = spec.and_then(|spec| spec.asset_model()) {
        let text = object_text(asset, ": ", " · ");
        facts.push(("asset_model", view! { <span>{text}</span> }.into_any()));
    }
    let metrics: Vec<String> = spec
        .and_then(|spec| spec.custom_metrics())
        .map(|metrics| {
            metrics
                .iter()
                .map(|metric| {
                    if let Some(exec) = metric.exec() {
                        let command: Vec<String> = exec
                            .command()
                            .map(|c| c.iter().cloned().collect())
                            .unwrap_or_default();
                        format!("exec: {}", command.join(" "))
                    } else if let Some(http) = metric.http_get() {
                        format!(
                            "http_get: :{}{}",
                            http.port().map(Scalar::as_text).unwrap_or_default(),
                            http.path().cloned().unwrap_or_default()
                        )
                    } else {
                        String::new()
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if !metrics.is_empty() {
        facts.push(("custom_metrics", view! { <span>{metrics.into_iter().map(|m| view! { <code>{m}</code> " " }).collect_view()}</span> }.into_any()));
    }

    let volumes: Vec<(String, String, bool)> = spec
        .and_then(|spec| spec.volumes())
        .map(|volumes| {
            volumes
                .iter()
                .filter_map(|volume| {
                    let nfs = volume.nfs()?;
                    Some((
                        nfs.nfs_server_path().cloned().unwrap_or_default(),
                        nfs.local_path().cloned().unwrap_or_default(),
                        nfs.read_only().copied().unwrap_or(false),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let endpoints = job.endpoints().cloned();
    let nothing =
        facts.is_empty() && hardware.is_none() && volumes.is_empty() && endpoints.is_none();

    view! {
        <section class="card" id="resources" aria-labelledby="resources-title">
            <h2 id="resources-title">{(s.section_title)(Section::Resources)}</h2>
            {nothing.then(|| view! { <p class="muted">{s.no_resources}</p> })}
            {hardware.map(|hardware| view! { <FlavorBreakdown hardware heading_level=3 ui/> })}
            <FactList facts/>
            {(!volumes.is_empty()).then(|| view! {
                <h3 class="subhead">{s.volumes}</h3>
                <ul class="volumes">
                    {volumes.into_iter().map(|(server, local, read_only)| view! {
                        <li><code>{server}</code> " → " <code>{local}</code> {read_only.then(|| format!(" ({})", s.read_only))}</li>
                    }).collect_view()}
                </ul>
            })}
            {endpoints.map(|endpoints| view! { <EndpointsCard endpoints ui/> })}
        </section>
    }
}
