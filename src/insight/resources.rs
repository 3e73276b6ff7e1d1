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
    ContainerResources, CustomMetric, Endpoints, PoolInfo, Resource, Scalar, SchedulePolicy,
    SelectorTerm, Spec, TrainingJob,
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
    if let Some(pieces) = resource
        .pool_info()
        .map(|pool| pool_node_text(pool, s))
        .filter(|pieces| !pieces.is_empty())
    {
        facts.push(PlainFact::pieces(
            Label::for_key(s.pool_node, "pool_info"),
            pieces,
        ));
    }
    facts.extend(code_if_present(
        Label::for_key(s.pool_name, "pool_name"),
        resource.pool_name(),
    ));
    let turbo: Vec<String> = resource
        .turbo_range()
        .map(|range| range.iter().map(Scalar::as_text).collect())
        .unwrap_or_default();
    if !turbo.is_empty() {
        facts.push(PlainFact::value(
            Label::for_key(s.turbo_range, "turbo_range"),
            turbo.join(" – "),
        ));
    }
    let detail = resource.flavor_detail();
    facts.extend(text_if_present(
        Label::for_key(s.max_nodes, "max_num"),
        detail
            .and_then(|detail| detail.flavor_info())
            .and_then(|info| info.max_num())
            .map(Scalar::as_text)
            .as_ref(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.flavor_attributes, "attributes"),
        detail
            .and_then(|detail| detail.attributes())
            .map(|attributes| masked_object_text(attributes, ": ", " · "))
            .as_ref(),
    ));
    facts
}

/// `label value`, our label and the API's value.
fn labelled(label: &str, value: &str) -> Vec<Piece> {
    vec![
        Piece::Ours(format!("{label} ")),
        Piece::Api(value.to_string()),
    ]
}

/// One node of a dedicated pool: accelerators, cores and memory (GiB, §7).
fn pool_node_text(pool: &PoolInfo, s: &Strings) -> Vec<Piece> {
    let number = |field: Option<&Scalar>| field.and_then(Scalar::as_f64);
    join_pieces(
        [
            number(pool.accelerator_num())
                .map(|count| vec![Piece::Ours((s.accelerator_count)(count))]),
            pool.accelerator_type()
                .map(|kind| vec![Piece::Api(kind.clone())]),
            number(pool.core_num())
                .map(|n| vec![Piece::Ours(format!("{} {}", format_number(n), s.cores))]),
            number(pool.mem_size()).map(|n| {
                vec![Piece::Ours(format!(
                    "{} {} GiB",
                    s.memory,
                    format_number(n)
                ))]
            }),
        ],
        " · ",
    )
}

/// Kubernetes-style node requirements: `key operator [values]`, each term on its own, terms joined
/// by "or" as Kubernetes reads them.
fn selector_text(term: &SelectorTerm) -> String {
    let requirements = term
        .matchExpressions()
        .into_iter()
        .chain(term.matchFields())
        .flat_map(|list| list.iter())
        .map(|requirement| {
            let values: Vec<&str> = requirement
                .values()
                .map(|values| values.iter().map(String::as_str).collect())
                .unwrap_or_default();
            format!(
                "{} {} [{}]",
                requirement.key().map_or("", String::as_str),
                requirement.operator().map_or("", String::as_str),
                values.join(", ")
            )
        });
    requirements.collect::<Vec<_>>().join(", ")
}

/// The nodes a job must run on and those it prefers, with their weights.
fn node_affinity_text(policy: &SchedulePolicy, s: &Strings) -> Vec<Piece> {
    let required: Vec<String> = policy
        .required_affinity()
        .and_then(|affinity| affinity.node_affinity())
        .and_then(|affinity| affinity.nodeSelectorTerms())
        .map(|terms| terms.iter().map(selector_text).collect())
        .unwrap_or_default();
    let preferred: Vec<String> = policy
        .preferred_affinity()
        .and_then(|affinity| affinity.node_affinity())
        .map(|terms| {
            terms
                .iter()
                .map(|term| {
                    let selector = term.preference().map(selector_text).unwrap_or_default();
                    // A preference without a weight says nothing of one.
                    match term.weight().map(Scalar::as_text) {
                        Some(weight) => format!("{selector}{}", (s.weight)(&weight)),
                        None => selector,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    join_pieces(
        [
            (!required.is_empty()).then(|| labelled(s.required_nodes, &required.join(" | "))),
            (!preferred.is_empty()).then(|| labelled(s.preferred_nodes, &preferred.join(" | "))),
        ],
        " · ",
    )
}

/// Settings of `spec` from published responses (§7): how the job runs, stops, exports logs and
/// announces its events, and the asset it belongs to.
fn spec_settings(spec: &Spec, s: &Strings) -> Vec<PlainFact> {
    let mut facts: Vec<PlainFact> = Vec::new();
    facts.extend(
        spec.runtime_type()
            .filter(|kind| !kind.trim().is_empty())
            .map(|kind| {
                PlainFact::pieces(
                    Label::for_key(s.runtime_type, "runtime_type"),
                    vec![api_word(kind, s.runtime_type_words)],
                )
            }),
    );
    if let Some(stop) = spec.auto_stop() {
        let label = Label::for_key(s.auto_stop, "auto_stop");
        if let Some(duration) = stop.duration() {
            match duration.as_f64() {
                Some(amount) => {
                    let unit = stop.time_unit().map_or("", String::as_str);
                    facts.push(PlainFact::text(label, (s.stop_after)(amount, unit)));
                }
                // A duration that is no number is shown as sent, its unit beside it.
                None => facts.push(PlainFact::value(
                    label,
                    join_present([Some(duration.as_text()), stop.time_unit().cloned()], " "),
                )),
            }
        }
    }
    if let Some(config) = spec.log_export_config() {
        let pieces = join_pieces(
            [
                config
                    .version()
                    .map(|version| labelled(s.format_version, version)),
                config.rotation_enabled().map(|on| {
                    vec![Piece::Ours(format!(
                        "{}{}{}",
                        s.log_rotation,
                        s.colon,
                        if *on { s.yes } else { s.no }
                    ))]
                }),
            ],
            " · ",
        );
        if !pieces.is_empty() {
            facts.push(PlainFact::pieces(
                Label::for_key(s.log_export_settings, "log_export_config"),
                pieces,
            ));
        }
    }
    if let Some(notification) = spec.notification() {
        let events: Vec<String> = notification
            .events()
            .map(|events| events.iter().cloned().collect())
            .unwrap_or_default();
        let text = join_present(
            [Some(events.join(", ")), notification.topic_urn().cloned()],
            " → ",
        );
        if !text.is_empty() {
            facts.push(PlainFact::code(
                Label::for_key(s.notifications, "notification"),
                text,
            ));
        }
    }
    facts.extend(code_if_present(
        Label::for_key(s.asset_id, "asset_id"),
        spec.asset_id(),
    ));
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
        line.push(Piece::Ours(format!("{}{}", s.affinity, s.colon)));
        line.extend(affinity);
    }
    line
}

/// A custom metric's source: the command it runs, or the port and path it reads.
pub fn metric_source(metric: &CustomMetric, s: &Strings) -> String {
    let command = metric.exec().map(|exec| {
        let command: Vec<String> = exec
            .command()
            .map(|c| c.iter().cloned().collect())
            .unwrap_or_default();
        format!(
            "{}{}{}",
            s.metric_command,
            s.colon,
            mask_in_text(&command.join(" "))
        )
    });
    let port_and_path = |port: Option<&Scalar>, path: Option<&String>| {
        format!(
            "{}{}:{}{}",
            s.metric_http,
            s.colon,
            port.map(Scalar::as_text).unwrap_or_default(),
            path.map(|path| mask_in_text(path)).unwrap_or_default()
        )
    };
    let http = metric
        .http_get()
        .map(|http| port_and_path(http.port(), http.path()));
    // The second published shape names the same two things differently.
    let second_shape = (metric.metrics_url().is_some() || metric.metrics_port().is_some())
        .then(|| port_and_path(metric.metrics_port(), metric.metrics_url()));
    join_present([command, http, second_shape], " · ")
}

/// One web tool of `endpoints`: its name, address and access token (a secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebTool {
    pub name: &'static str,
    pub url: Option<String>,
    pub token: Option<String>,
}

/// The remote-access ways into a job: web tools, SSH key pairs and each task's SSH address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    pub web_tools: Vec<WebTool>,
    pub key_pairs: Vec<String>,
    /// `(task, address)`.
    pub ssh: Vec<(String, String)>,
}

/// What `endpoints` offers, in the order the reference lists it. Product names are not
/// translated.
pub fn access(endpoints: &Endpoints) -> Access {
    let web_tools = [
        ("JupyterLab", endpoints.jupyter_lab()),
        ("TensorBoard", endpoints.tensorboard()),
        ("MindStudio Insight", endpoints.mindstudio_insight()),
    ]
    .into_iter()
    .filter_map(|(name, endpoint)| {
        let endpoint = endpoint?;
        Some(WebTool {
            name,
            url: endpoint.url().cloned(),
            token: endpoint.token().filter(|token| !token.is_empty()).cloned(),
        })
    })
    .collect();
    let ssh = endpoints.ssh();
    Access {
        web_tools,
        key_pairs: ssh
            .and_then(|ssh| ssh.key_pair_names())
            .map(|names| names.iter().cloned().collect())
            .unwrap_or_default(),
        ssh: ssh
            .and_then(|ssh| ssh.task_urls())
            .map(|urls| {
                urls.iter()
                    .map(|url| {
                        (
                            url.task().cloned().unwrap_or_default(),
                            url.url().cloned().unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
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
        let pieces = join_pieces(
            [
                Some(schedule_policy_text(policy, s)),
                Some(node_affinity_text(policy, s)),
            ]
            .map(|pieces| pieces.filter(|pieces| !pieces.is_empty())),
            " · ",
        );
        if !pieces.is_empty() {
            facts.push(PlainFact::pieces(s.schedule_policy, pieces));
        }
    }
    facts.extend(spec.map(|spec| spec_settings(spec, s)).unwrap_or_default());
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
        .map(|metrics| {
            metrics
                .iter()
                .map(|metric| metric_source(metric, s))
                .collect()
        })
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
                    if let Some(nfs) = volume.nfs() {
                        return Some(Volume {
                            server_path: nfs.nfs_server_path().cloned().unwrap_or_default(),
                            local_path: nfs.local_path().cloned().unwrap_or_default(),
                            read_only: nfs.read_only().copied().unwrap_or(false),
                        });
                    }
                    // Parallel file system and OBS volumes (§7) name their remote end differently.
                    let storage = volume.pfs().or_else(|| volume.obs())?;
                    let server_path = storage.pfs_path().or_else(|| storage.obs_path()).cloned();
                    let local_path = storage.local_path().cloned();
                    (server_path.is_some() || local_path.is_some()).then(|| Volume {
                        server_path: server_path.unwrap_or_default(),
                        local_path: local_path.unwrap_or_default(),
                        read_only: false,
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
                        "command: cat /tmp/m".to_string(),
                        "HTTP: :8080/metrics".to_string()
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
                "resource": {"pool_group_id": "fed-1", "policy": "regular", "pool_info": {"core_num": 4},
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
                Label::for_key("资源池节点", "pool_info"),
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
