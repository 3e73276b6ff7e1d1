//! The resources section's figures: flavor, pool, billing, containers, scheduling, logs, models,
//! metrics and volumes, as plain facts.

use crate::i18n::Strings;
use crate::insight::display::join_present;
use crate::insight::facts::{
    code_if_present, join_pieces, text_if_present, Label, Piece, PlainFact,
};
use crate::insight::hardware::format_number;
use crate::insight::secrets::{mask_in_text, masked_object_text};
use crate::insight::vocabulary::api_word;
use crate::model::{
    ContainerResources, CustomMetric, Resource, Scalar, SchedulePolicy, TrainingJob,
};

/// One NFS volume: the server path mounted at a local path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Volume {
    pub server_path: String,
    pub local_path: String,
    pub read_only: bool,
}

/// What the resources section lists, apart from the hardware totals and remote access.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcesSummary {
    pub facts: Vec<PlainFact>,
    pub volumes: Vec<Volume>,
}

/// A container's architecture, cores, memory and accelerators in one line; the architecture and
/// accelerator type are the API's words.
pub fn container_text(resources: &ContainerResources, s: &Strings) -> Vec<Piece> {
    let number = |field: Option<&Scalar>| field.and_then(Scalar::as_f64).map(format_number);
    join_pieces(
        [
            resources
                .cpu_arch()
                .map(|arch| vec![Piece::Api(arch.clone())]),
            number(resources.cpu_core_num()).map(|n| vec![Piece::Ours(format!("{n} {}", s.cores))]),
            number(resources.mem_size()).map(|n| {
                vec![Piece::Ours(format!(
                    "{} {n}{}",
                    s.memory,
                    (s.aside)(s.unit_not_stated)
                ))]
            }),
            resources
                .accelerator_num()
                .and_then(Scalar::as_f64)
                .map(|count| vec![Piece::Ours((s.accelerator_count)(count))]),
            resources
                .accelerator_type()
                .map(|kind| vec![Piece::Api(kind.clone())]),
        ],
        " · ",
    )
}

fn resource_facts(resource: &Resource, s: &Strings) -> Vec<PlainFact> {
    let mut facts: Vec<PlainFact> = Vec::new();
    let flavor = join_present([resource.flavor_id(), resource.flavor_name()], " · ");
    if !flavor.is_empty() {
        facts.push(PlainFact::code(s.flavor, flavor));
    }
    facts.extend(code_if_present(s.pool, resource.pool_id()));
    facts.extend(code_if_present(
        Label::for_key(s.pool_group_id, "pool_group_id"),
        resource.pool_group_id(),
    ));
    if let Some(policy) = resource.policy().filter(|policy| !policy.trim().is_empty()) {
        facts.push(PlainFact::pieces(
            s.policy,
            vec![api_word(policy, s.resource_policy_words)],
        ));
    }
    facts.extend(text_if_present(
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
        facts.push(PlainFact::code(s.billing, text));
    }
    for (label, resources) in [
        (
            Label::from(s.main_container),
            resource.main_container_allocated_resources(),
        ),
        (
            Label::for_key(
                s.main_container_requested,
                "main_container_customized_flavor",
            ),
            resource.main_container_customized_flavor(),
        ),
    ] {
        if let Some(pieces) = resources
            .map(|resources| container_text(resources, s))
            .filter(|pieces| !pieces.is_empty())
        {
            facts.push(PlainFact::pieces(label, pieces));
        }
    }
    if let Some(pool_info) = resource.pool_info() {
        facts.push(PlainFact::code(
            Label::for_key(s.pool_info, "pool_info"),
            pool_info.to_string(),
        ));
    }
    facts
}

/// Our label, then a topology level in words (as sent when undocumented).
fn level(label: &str, level: &str, s: &Strings) -> Vec<Piece> {
    vec![
        Piece::Ours(format!("{label} ")),
        api_word(level, s.topology_level_words),
    ]
}

/// Priority, preemption and affinity in one line; empty when the policy says nothing. The
/// affinity type and levels are in words, the API's values kept for a tooltip.
pub fn schedule_policy_text(policy: &SchedulePolicy, s: &Strings) -> Vec<Piece> {
    let affinity = policy.required_affinity().map(|a| {
        join_pieces(
            [
                a.affinity_type()
                    .map(|kind| vec![api_word(kind, s.affinity_type_words)]),
                a.job_level().map(|job| level(s.job_level, job, s)),
                a.affinity_group_size()
                    .map(|size| vec![Piece::Ours(format!("{} {}", s.group_size, size.as_text()))]),
                a.affinity_group_level()
                    .map(|group| level(s.group_level, group, s)),
            ],
            ", ",
        )
    });
    let mut line = join_pieces(
        [
            policy
                .priority()
                .map(|p| vec![Piece::Ours(format!("{} {}", s.priority, p.as_text()))]),
            policy.preemptible().map(|p| {
                vec![Piece::Ours(
                    if *p { s.preemptible } else { s.not_preemptible }.to_string(),
                )]
            }),
        ],
        " · ",
    );
    if let Some(affinity) = affinity.filter(|pieces| !pieces.is_empty()) {
        if !line.is_empty() {
            line.push(Piece::Ours(" · ".to_string()));
        }
        line.push(Piece::Ours(format!("{}: ", s.affinity)));
        line.extend(affinity);
    }
    line
}

/// A custom metric's source: the command it runs, or the port and path it reads.
pub fn metric_source(metric: &CustomMetric) -> String {
    if let Some(exec) = metric.exec() {
        let command: Vec<String> = exec
            .command()
            .map(|c| c.iter().cloned().collect())
            .unwrap_or_default();
        format!("exec: {}", mask_in_text(&command.join(" ")))
    } else if let Some(http) = metric.http_get() {
        format!(
            "http_get: :{}{}",
            http.port().map(Scalar::as_text).unwrap_or_default(),
            http.path().cloned().unwrap_or_default()
        )
    } else {
        String::new()
    }
}

/// Everything the resources section lists about where and on what the job runs.
pub fn resources_summary(job: &TrainingJob, s: &Strings) -> ResourcesSummary {
    let spec = job.spec();
    let mut facts: Vec<PlainFact> = spec
        .and_then(|spec| spec.resource())
        .map(|resource| resource_facts(resource, s))
        .unwrap_or_default();
    if let Some(policy) = spec.and_then(|spec| spec.schedule_policy()) {
        let pieces = schedule_policy_text(policy, s);
        if !pieces.is_empty() {
            facts.push(PlainFact::pieces(s.schedule_policy, pieces));
        }
    }
    if let Some(log) = spec.and_then(|spec| spec.log_export_path()) {
        let text = join_present([log.obs_url(), log.host_path()], " · ");
        if !text.is_empty() {
            facts.push(PlainFact::code(s.log_export, text));
        }
    }
    if let Some(hosted) = spec.and_then(|spec| spec.is_hosted_log()) {
        facts.push(PlainFact::text(
            Label::for_key(s.hosted_log, "is_hosted_log"),
            if *hosted { s.yes } else { s.no },
        ));
    }
    if let Some(output) = spec
        .and_then(|spec| spec.output_model())
        .and_then(|o| o.obs())
    {
        let text = join_present([output.local_path(), output.obs_path()], " → ");
        facts.push(PlainFact::code(
            Label::for_key(s.output_model, "output_model"),
            text,
        ));
    }
    if let Some(asset) = spec.and_then(|spec| spec.asset_model()) {
        facts.push(PlainFact::value(
            Label::for_key(s.asset_model, "asset_model"),
            masked_object_text(asset, ": ", " · "),
        ));
    }
    let metrics: Vec<String> = spec
        .and_then(|spec| spec.custom_metrics())
        .map(|metrics| metrics.iter().map(metric_source).collect())
        .unwrap_or_default();
    if !metrics.is_empty() {
        facts.push(PlainFact::codes(
            Label::for_key(s.custom_metrics, "custom_metrics"),
            metrics,
        ));
    }
    let volumes = spec
        .and_then(|spec| spec.volumes())
        .map(|volumes| {
            volumes
                .iter()
                .filter_map(|volume| {
                    let nfs = volume.nfs()?;
                    Some(Volume {
                        server_path: nfs.nfs_server_path().cloned().unwrap_or_default(),
                        local_path: nfs.local_path().cloned().unwrap_or_default(),
                        read_only: nfs.read_only().copied().unwrap_or(false),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    ResourcesSummary { facts, volumes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::model::parse_job;
    use serde_json::json;

    fn summary(job: serde_json::Value) -> ResourcesSummary {
        let parsed = parse_job(&job.to_string()).expect("a job object");
        resources_summary(&parsed.job, &EN)
    }

    #[test]
    fn a_container_reads_as_one_line() {
        let job = json!({"spec": {"resource": {"main_container_allocated_resources": {
            "cpu_arch": "x86", "cpu_core_num": 8, "mem_size": 65536, "accelerator_num": 1, "accelerator_type": "nvidia-t4"
        }}}});
        let facts = summary(job).facts;
        assert_eq!(
            facts,
            [PlainFact::pieces(
                EN.main_container,
                vec![
                    Piece::Api("x86".into()),
                    Piece::Ours(" · ".into()),
                    Piece::Ours(format!("8 {}", EN.cores)),
                    Piece::Ours(" · ".into()),
                    Piece::Ours(format!("{} 65536 ({})", EN.memory, EN.unit_not_stated)),
                    Piece::Ours(" · ".into()),
                    Piece::Ours((EN.accelerator_count)(1.0)),
                    Piece::Ours(" · ".into()),
                    Piece::Api("nvidia-t4".into()),
                ]
            )]
        );
    }

    #[test]
    fn resources_read_as_facts_in_order_and_volumes_apart() {
        let job = json!({"spec": {
            "resource": {"flavor_id": "modelarts.vm.gpu", "pool_id": "pool-1", "pool_group_id": " ", "policy": "economic",
                "node_count": 2, "flavor_detail": {"billing": {"code": "modelarts.vm.gpu", "unit_num": 1}}},
            "schedule_policy": {"priority": 2, "preemptible": false},
            "log_export_path": {"obs_url": "obs://bucket/logs/"},
            "is_hosted_log": true,
            "custom_metrics": [{"exec": {"command": ["cat", "/tmp/m"]}}, {"http_get": {"port": 8080, "path": "/metrics"}}],
            "volumes": [{"nfs": {"nfs_server_path": "10.0.0.1:/data", "local_path": "/data", "read_only": true}}, {"obs": {}}]
        }});
        let summary = summary(job);
        assert_eq!(
            summary.facts,
            [
                PlainFact::code(EN.flavor, "modelarts.vm.gpu"),
                PlainFact::code(EN.pool, "pool-1"),
                PlainFact::pieces(
                    "Policy",
                    vec![Piece::Named {
                        words: "economic",
                        api: "economic".into()
                    }]
                ),
                PlainFact::value(EN.node_count, "2"),
                PlainFact::code(EN.billing, "modelarts.vm.gpu × 1"),
                PlainFact::pieces(
                    EN.schedule_policy,
                    vec![
                        Piece::Ours(format!("{} 2", EN.priority)),
                        Piece::Ours(" · ".into()),
                        Piece::Ours(EN.not_preemptible.into())
                    ]
                ),
                PlainFact::code(EN.log_export, "obs://bucket/logs/"),
                PlainFact::text(Label::for_key("Hosted logs", "is_hosted_log"), EN.yes),
                PlainFact::codes(
                    Label::for_key("Custom metrics", "custom_metrics"),
                    vec![
                        "exec: cat /tmp/m".to_string(),
                        "http_get: :8080/metrics".to_string()
                    ]
                ),
            ]
        );
        assert_eq!(
            summary.volumes,
            [Volume {
                server_path: "10.0.0.1:/data".to_string(),
                local_path: "/data".to_string(),
                read_only: true,
            }]
        );
    }

    #[test]
    fn affinity_reads_in_words_and_undocumented_values_as_sent() {
        let named = |words, api: &str| Piece::Named {
            words,
            api: api.into(),
        };
        let policy = |affinity: serde_json::Value| {
            let parsed = parse_job(
                &json!({"spec": {"schedule_policy": {"required_affinity": affinity}}}).to_string(),
            )
            .expect("a job object");
            let policy = parsed
                .job
                .spec()
                .and_then(|spec| spec.schedule_policy())
                .cloned()
                .expect("a policy");
            (
                schedule_policy_text(&policy, &EN),
                schedule_policy_text(&policy, &ZH),
            )
        };
        let (english, chinese) = policy(json!({
            "affinity_type": "hyperinstance", "job_level": "hyperinstanceGroup",
            "affinity_group_size": 4, "affinity_group_level": "slice"
        }));
        assert_eq!(
            english,
            [
                Piece::Ours("affinity: ".into()),
                named("supernode", "hyperinstance"),
                Piece::Ours(", ".into()),
                Piece::Ours("job level ".into()),
                named("supernode group", "hyperinstanceGroup"),
                Piece::Ours(", ".into()),
                Piece::Ours("group size 4".into()),
                Piece::Ours(", ".into()),
                Piece::Ours("group level ".into()),
                named("slice", "slice"),
            ]
        );
        assert_eq!(chinese[1], named("超节点", "hyperinstance"));
        assert_eq!(chinese[4], named("超节点组", "hyperinstanceGroup"));
        let (english, _) = policy(json!({"affinity_type": "rack", "job_level": "zone"}));
        assert_eq!(english[1], Piece::Api("rack".into()));
        assert_eq!(english[4], Piece::Api("zone".into()));
    }

    #[test]
    fn api_fields_under_our_names_keep_their_keys() {
        let parsed = parse_job(
            &json!({"spec": {
                "resource": {"pool_group_id": "fed-1", "policy": "regular", "pool_info": {"a": 1},
                    "main_container_customized_flavor": {"cpu_core_num": 4}},
                "output_model": {"obs": {"obs_path": "obs://b/m/"}},
                "asset_model": {"name": "m"}
            }})
            .to_string(),
        )
        .expect("a job object");
        let labels: Vec<Label> = resources_summary(&parsed.job, &ZH)
            .facts
            .into_iter()
            .map(|fact| fact.label)
            .collect();
        assert_eq!(
            labels,
            [
                Label::for_key("资源池联邦 ID", "pool_group_id"),
                Label::from("策略"),
                Label::for_key("主容器（申请规格）", "main_container_customized_flavor"),
                Label::for_key("资源池信息", "pool_info"),
                Label::for_key("输出模型", "output_model"),
                Label::for_key("模型资产", "asset_model"),
            ]
        );
    }

    #[test]
    fn a_job_without_a_spec_has_nothing_to_list() {
        assert_eq!(summary(json!({})), ResourcesSummary::default());
    }
}
