//! Hardware per node and in total: "4 nodes × 8 GPUs = 32 GPUs", with units normalised to GB.

use crate::i18n::{Lang, Strings};
use crate::insight::display::Tenths;
use crate::insight::facts::{Piece, PlainFact};
use crate::insight::secrets::masked_object_text;
use crate::model::{Accelerator, FlavorInfo, Scalar, Size, TaskResource, TaskSpec, TrainingJob};

/// GPUs or NPUs (Ascend).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceleratorFamily {
    Gpu,
    Npu,
}

impl AcceleratorFamily {
    pub fn label(self) -> &'static str {
        match self {
            AcceleratorFamily::Gpu => "GPU",
            AcceleratorFamily::Npu => "NPU",
        }
    }
}

/// The accelerators of one node.
#[derive(Debug, Clone, PartialEq)]
pub struct Accelerators {
    pub family: AcceleratorFamily,
    pub count: f64,
    pub product: Option<String>,
    /// Memory of one card in GB, when the text (`"32GB"`) could be read.
    pub memory_gb: Option<f64>,
}

/// What one node has. Every figure is absent when the API did not say.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeHardware {
    pub cpu_arch: Option<String>,
    pub cpu_cores: Option<f64>,
    pub accelerators: Option<Accelerators>,
    /// The NPUs of a flavor that lists GPUs too: shown, but left out of the totals, which count
    /// the GPUs.
    pub second_accelerators: Option<Accelerators>,
    pub memory_gb: Option<f64>,
    pub disk_gb: Option<f64>,
}

/// One node's hardware and the totals across `node_count` nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Hardware {
    pub flavor_type: Option<String>,
    pub node: NodeHardware,
    /// Absent for heterogeneous tasks, whose node count the API does not give.
    pub node_count: Option<u64>,
}

impl Hardware {
    /// A figure of one node times the node count.
    fn total(&self, per_node: Option<f64>) -> Option<f64> {
        Some(per_node? * self.node_count? as f64)
    }

    pub fn total_cpu_cores(&self) -> Option<f64> {
        self.total(self.node.cpu_cores)
    }

    pub fn total_accelerators(&self) -> Option<f64> {
        self.total(self.node.accelerators.as_ref().map(|a| a.count))
    }

    pub fn total_accelerator_memory_gb(&self) -> Option<f64> {
        let accelerators = self.node.accelerators.as_ref()?;
        self.total(Some(accelerators.count * accelerators.memory_gb?))
    }

    pub fn total_memory_gb(&self) -> Option<f64> {
        self.total(self.node.memory_gb)
    }

    pub fn total_disk_gb(&self) -> Option<f64> {
        self.total(self.node.disk_gb)
    }

    /// The headline: `4 nodes × 8 GPUs = 32 GPUs` (`4 节点 × 8 GPU = 32 GPU`), or the CPU cores
    /// when there is no accelerator.
    pub fn headline(&self, lang: Lang) -> Option<String> {
        let nodes = self.node_count?;
        let (per_node, accelerator) = match &self.node.accelerators {
            Some(accelerators) => (accelerators.count, Some(accelerators.family)),
            None => (self.node.cpu_cores?, None),
        };
        Some((lang.strings().hardware_headline)(
            nodes,
            per_node,
            per_node * nodes as f64,
            accelerator,
        ))
    }
}

/// A whole number without decimals, anything else with at most one.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = Tenths(value).to_string();
        // Tenths writes one decimal: `2.0` is `2`. A prefix match, not a search from the end,
        // which would bring a string searcher of its own into the wasm.
        match text.strip_suffix(".0") {
            Some(whole) => whole.to_string(),
            None => text,
        }
    }
}

/// A size in GB as people read it: `768 GB`, `1.5 TB`.
pub fn format_gb(gb: f64) -> String {
    if gb >= 1024.0 {
        format!("{} TB", format_number(gb / 1024.0))
    } else {
        format!("{} GB", format_number(gb))
    }
}

/// Converts a size with a unit to GB. ModelArts writes `GB`; other units are scaled by 1024.
/// Without a unit the number is taken as GB, the unit every example uses.
pub fn to_gb(amount: f64, unit: &str) -> Option<f64> {
    let factor = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "G" | "GB" | "GI" | "GIB" => 1.0,
        "M" | "MB" | "MI" | "MIB" => 1.0 / 1024.0,
        "T" | "TB" | "TI" | "TIB" => 1024.0,
        "K" | "KB" | "KI" | "KIB" => 1.0 / (1024.0 * 1024.0),
        _ => return None,
    };
    Some(amount * factor)
}

fn scalar_gb(scalar: &Scalar) -> Option<f64> {
    to_gb(scalar.as_f64()?, scalar.unit_suffix().unwrap_or(""))
}

fn size_gb(size: &Size) -> Option<f64> {
    let amount = size.size()?;
    // A unit inside the text ("64GB") wins; otherwise the separate `unit` field applies.
    let unit = amount
        .unit_suffix()
        .or_else(|| size.unit().map(String::as_str))
        .unwrap_or("");
    to_gb(amount.as_f64()?, unit)
}

fn accelerators(accelerator: &Accelerator, family: AcceleratorFamily) -> Option<Accelerators> {
    let count = accelerator
        .unit_num()?
        .as_f64()
        .filter(|count| *count > 0.0)?;
    Some(Accelerators {
        family,
        count,
        product: accelerator
            .product_name()
            .filter(|name| !name.is_empty())
            .cloned(),
        memory_gb: accelerator.memory().and_then(scalar_gb),
    })
}

/// Reads one node's hardware from a flavor's `flavor_info`.
pub fn node_hardware(info: &FlavorInfo) -> NodeHardware {
    let cpu = info.cpu();
    let gpu = info
        .gpu()
        .and_then(|gpu| accelerators(gpu, AcceleratorFamily::Gpu));
    let npu = info
        .npu()
        .and_then(|npu| accelerators(npu, AcceleratorFamily::Npu));
    let (accelerators, second_accelerators) = match (gpu, npu) {
        (Some(gpu), npu) => (Some(gpu), npu),
        (None, npu) => (npu, None),
    };
    NodeHardware {
        cpu_arch: cpu
            .and_then(|cpu| cpu.arch())
            .filter(|arch| !arch.is_empty())
            .cloned(),
        cpu_cores: cpu.and_then(|cpu| cpu.core_num()).and_then(Scalar::as_f64),
        accelerators,
        second_accelerators,
        memory_gb: info.memory().and_then(size_gb),
        disk_gb: info.disk().and_then(size_gb),
    }
}

/// The hardware of the whole job from `spec.resource`: its flavor across `node_count` nodes.
pub fn job_hardware(job: &TrainingJob) -> Option<Hardware> {
    let resource = job.spec()?.resource()?;
    let detail = resource.flavor_detail();
    let node = detail
        .and_then(|detail| detail.flavor_info())
        .map(node_hardware)
        .unwrap_or_default();
    let node_count = resource
        .node_count()
        .and_then(Scalar::as_f64)
        .filter(|count| *count >= 0.0)
        .map(|count| count as u64);
    Some(Hardware {
        flavor_type: detail.and_then(|detail| detail.flavor_type()).cloned(),
        node,
        node_count,
    })
}

/// The hardware of one task of a heterogeneous job, per node.
pub fn task_hardware(task: &TaskSpec) -> Option<Hardware> {
    let resource = task.task_resource()?;
    Some(Hardware {
        flavor_type: resource.flavor_type().cloned(),
        node: resource
            .flavor_info()
            .map(node_hardware)
            .unwrap_or_default(),
        node_count: None,
    })
}

/// The strings of a JSON array of strings encoded as text, such as `support_engines`. Read as a
/// `Value`, whose parser is linked anyway, not as `Vec<String>`, which costs a serde visitor.
fn json_string_list(text: &str) -> Option<Vec<String>> {
    let serde_json::Value::Array(items) = serde_json::from_str(text).ok()? else {
        return None;
    };
    items
        .into_iter()
        .map(|item| match item {
            serde_json::Value::String(text) => Some(text),
            _ => None,
        })
        .collect()
}

/// A heterogeneous task's flavor in short phrases: type, pool, `max_num`, billing, engines, groups
/// and attributes, leaving out whatever is absent or empty. Each phrase keeps our words apart from
/// the API's values, and the API's key beside our name for it.
pub fn flavor_summary(resource: &TaskResource, s: &Strings) -> Vec<Vec<Piece>> {
    let engines = resource
        .support_engines()
        .map(|text| {
            // A JSON array sent inside a string; shown as a list when it is one of strings.
            json_string_list(text)
                .map(|list| list.join(", "))
                .unwrap_or_else(|| text.clone())
        })
        .filter(|engines| !engines.is_empty());
    let attributes = resource
        .attributes()
        .filter(|attributes| !attributes.is_empty())
        .map(|attributes| masked_object_text(attributes, "=", ", "));
    let labelled =
        |label: &str, value: String| vec![Piece::Ours(format!("{label} ")), Piece::Api(value)];
    // Our name for one of the API's fields, the key kept for a tooltip, then its value.
    let named = |words: &'static str, key: &str, value: String| {
        vec![
            Piece::Named {
                words,
                api: key.to_string(),
            },
            Piece::Ours(" ".to_string()),
            Piece::Api(value),
        ]
    };
    [
        resource.flavor_type().cloned().map(|t| vec![Piece::Api(t)]),
        resource
            .pool_id()
            .map(|pool| labelled(s.pool, pool.clone())),
        resource
            .max_num()
            .map(|max| named(s.max_nodes, "max_num", max.as_text())),
        // The flavor's own limit, when it differs from the task's.
        resource
            .flavor_info()
            .and_then(|info| info.max_num())
            .filter(|max| Some(*max) != resource.max_num())
            .map(|max| named(s.max_nodes, "flavor_info.max_num", max.as_text())),
        resource.billing().map(|billing| {
            labelled(
                s.billing,
                format!(
                    "{} × {}",
                    billing.code().cloned().unwrap_or_default(),
                    billing.unit_num().map(Scalar::as_text).unwrap_or_default()
                ),
            )
        }),
        engines.map(|engines| named(s.support_engines, "support_engines", engines)),
        resource
            .support_groups()
            .filter(|groups| !groups.is_empty())
            .map(|groups| named(s.support_groups, "support_groups", groups.clone())),
        attributes.map(|attributes| named(s.attributes, "attributes", attributes)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// One of the big figures across all nodes: the number and what it counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Total {
    pub figure: String,
    pub label: String,
}

/// What the hardware breakdown shows: one node's figures, then the totals across nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct HardwareFigures {
    pub per_node: Vec<PlainFact>,
    pub totals: Vec<Total>,
}

/// One node's CPU, accelerators, memory and disk, and what they add up to over the nodes. The
/// CPU architecture and accelerator product are the API's words, kept apart from ours.
pub fn hardware_figures(hardware: &Hardware, s: &Strings) -> HardwareFigures {
    let node = &hardware.node;
    let mut per_node: Vec<PlainFact> = Vec::new();
    if let Some(cores) = node.cpu_cores {
        let mut pieces = vec![Piece::Ours(format!("{} {}", format_number(cores), s.cores))];
        pieces.extend(
            node.cpu_arch
                .clone()
                .map(|arch| Piece::Api(format!(" {arch}"))),
        );
        per_node.push(PlainFact::pieces(s.cpu, pieces));
    }
    for accelerators in node.accelerators.iter().chain(&node.second_accelerators) {
        let mut pieces = vec![Piece::Ours(format!(
            "{} × {}",
            format_number(accelerators.count),
            accelerators.family.label()
        ))];
        pieces.extend(
            accelerators
                .product
                .clone()
                .map(|p| Piece::Api(format!(" {p}"))),
        );
        pieces.extend(
            accelerators
                .memory_gb
                .map(|gb| Piece::Ours(format!(" · {}", format_gb(gb)))),
        );
        per_node.push(PlainFact::pieces(s.accelerators, pieces));
    }
    per_node.extend(
        node.memory_gb
            .map(|gb| PlainFact::text(s.memory, format_gb(gb))),
    );
    per_node.extend(
        node.disk_gb
            .map(|gb| PlainFact::text(s.disk, format_gb(gb))),
    );

    let total = |figure: String, label: String| Total { figure, label };
    let family = node.accelerators.as_ref().map(|a| a.family);
    let totals = [
        hardware
            .total_accelerators()
            .zip(family)
            .map(|(n, family)| total(format_number(n), (s.accelerators_of)(family, n))),
        hardware.total_accelerator_memory_gb().map(|gb| {
            let family = family.map(AcceleratorFamily::label).unwrap_or("");
            total(format_gb(gb), format!("{family} {}", s.memory))
        }),
        hardware
            .total_cpu_cores()
            .map(|n| total(format_number(n), format!("{} {}", s.cpu, s.cores))),
        hardware
            .total_memory_gb()
            .map(|gb| total(format_gb(gb), s.memory.to_string())),
        hardware
            .total_disk_gb()
            .map(|gb| total(format_gb(gb), s.disk.to_string())),
    ]
    .into_iter()
    .flatten()
    .collect();
    HardwareFigures { per_node, totals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_job;
    use serde_json::json;

    #[test]
    fn a_string_list_inside_text_is_read_and_anything_else_is_not() {
        assert_eq!(
            json_string_list(r#"["PyTorch", "TensorFlow"]"#),
            Some(vec!["PyTorch".to_string(), "TensorFlow".to_string()])
        );
        assert_eq!(json_string_list("PyTorch"), None);
        assert_eq!(json_string_list(r#"["a", 1]"#), None);
        assert_eq!(json_string_list(r#"{"a": "b"}"#), None);
    }

    #[test]
    fn a_task_flavor_reads_as_short_phrases_without_empty_ones() {
        let resource = json!({
            "flavor_type": "GPU", "pool_id": "pool-1", "max_num": 4,
            "billing": {"code": "modelarts.pool.visual.2xlarge", "unit_num": 1},
            "support_engines": "[\"PyTorch\",\"TensorFlow\"]", "support_groups": "",
            "attributes": {"zone": "a", "gpus": 2}
        });
        let serde_json::Value::Object(object) = resource else {
            unreachable!()
        };
        assert_eq!(
            flavor_summary(&TaskResource(object), Lang::En.strings()),
            [
                vec![Piece::Api("GPU".into())],
                vec![
                    Piece::Ours("Resource pool ".into()),
                    Piece::Api("pool-1".into())
                ],
                vec![
                    Piece::Named {
                        words: "Max nodes",
                        api: "max_num".into()
                    },
                    Piece::Ours(" ".into()),
                    Piece::Api("4".into())
                ],
                vec![
                    Piece::Ours("Billing ".into()),
                    Piece::Api("modelarts.pool.visual.2xlarge × 1".into())
                ],
                vec![
                    Piece::Named {
                        words: "Engines",
                        api: "support_engines".into()
                    },
                    Piece::Ours(" ".into()),
                    Piece::Api("PyTorch, TensorFlow".into())
                ],
                vec![
                    Piece::Named {
                        words: "Attributes",
                        api: "attributes".into()
                    },
                    Piece::Ours(" ".into()),
                    Piece::Api("zone=a, gpus=2".into())
                ],
            ]
        );
        let empty = json!({"support_engines": "[]", "attributes": {}});
        let serde_json::Value::Object(object) = empty else {
            unreachable!()
        };
        assert!(flavor_summary(&TaskResource(object), Lang::En.strings()).is_empty());
    }

    fn hardware_of(document: serde_json::Value) -> Hardware {
        job_hardware(&parse_job(&document.to_string()).unwrap().job).unwrap()
    }

    #[test]
    fn gpu_nodes_total_up() {
        let hardware = hardware_of(json!({"spec": {"resource": {
            "node_count": 4,
            "flavor_detail": {"flavor_type": "GPU", "flavor_info": {
                "cpu": {"arch": "x86", "core_num": 96},
                "gpu": {"unit_num": 8, "product_name": "GP-Ant8", "memory": "80GB"},
                "memory": {"size": 768, "unit": "GB"},
                "disk": {"size": "3200", "unit": "GB"}
            }}
        }}}));
        assert_eq!(
            hardware.headline(Lang::En).unwrap(),
            "4 nodes × 8 GPUs = 32 GPUs"
        );
        assert_eq!(hardware.total_cpu_cores(), Some(384.0));
        assert_eq!(hardware.total_accelerator_memory_gb(), Some(2560.0));
        assert_eq!(hardware.total_memory_gb(), Some(3072.0));
        assert_eq!(hardware.total_disk_gb(), Some(12800.0));
        assert_eq!(
            hardware.node.accelerators.unwrap().product.as_deref(),
            Some("GP-Ant8")
        );
    }

    #[test]
    fn figures_keep_the_api_words_apart_and_total_across_nodes() {
        let hardware = hardware_of(json!({"spec": {"resource": {
            "node_count": 2,
            "flavor_detail": {"flavor_type": "GPU", "flavor_info": {
                "cpu": {"arch": "x86", "core_num": 8},
                "gpu": {"unit_num": 1, "product_name": "GP-Vnt1", "memory": "32GB"},
                "memory": {"size": 64, "unit": "GB"}
            }}
        }}}));
        let s = Lang::En.strings();
        let figures = hardware_figures(&hardware, s);
        assert_eq!(
            figures.per_node,
            [
                PlainFact::pieces(
                    s.cpu,
                    vec![Piece::Ours("8 cores".into()), Piece::Api(" x86".into())]
                ),
                PlainFact::pieces(
                    s.accelerators,
                    vec![
                        Piece::Ours("1 × GPU".into()),
                        Piece::Api(" GP-Vnt1".into()),
                        Piece::Ours(" · 32 GB".into()),
                    ]
                ),
                PlainFact::text(s.memory, "64 GB"),
            ]
        );
        let totals: Vec<(&str, &str)> = figures
            .totals
            .iter()
            .map(|t| (t.figure.as_str(), t.label.as_str()))
            .collect();
        assert_eq!(
            totals,
            [
                ("2", "GPUs"),
                ("64 GB", "GPU Memory"),
                ("16", "CPU cores"),
                ("128 GB", "Memory"),
            ]
        );
    }

    #[test]
    fn a_flavor_with_gpus_and_npus_shows_both_and_totals_the_gpus() {
        let hardware = hardware_of(json!({"spec": {"resource": {
            "node_count": 2,
            "flavor_detail": {"flavor_info": {
                "gpu": {"unit_num": 1, "product_name": "GP-Vnt1", "memory": "32GB"},
                "npu": {"unit_num": "2", "product_name": "Ascend-snt9b", "memory": "64GB"}
            }}
        }}}));
        let figures = hardware_figures(&hardware, &crate::i18n::EN);
        let accelerators: Vec<&crate::insight::facts::FactValue> = figures
            .per_node
            .iter()
            .filter(|fact| fact.label.words == crate::i18n::EN.accelerators)
            .map(|fact| &fact.value)
            .collect();
        assert_eq!(
            accelerators,
            [
                &crate::insight::facts::FactValue::Pieces(vec![
                    Piece::Ours("1 × GPU".into()),
                    Piece::Api(" GP-Vnt1".into()),
                    Piece::Ours(" · 32 GB".into())
                ]),
                &crate::insight::facts::FactValue::Pieces(vec![
                    Piece::Ours("2 × NPU".into()),
                    Piece::Api(" Ascend-snt9b".into()),
                    Piece::Ours(" · 64 GB".into())
                ]),
            ]
        );
        assert_eq!(hardware.total_accelerators(), Some(2.0));
    }

    #[test]
    fn npu_counts_sent_as_text_are_counted() {
        let hardware = hardware_of(json!({"spec": {"resource": {
            "node_count": "2",
            "flavor_detail": {"flavor_type": "Ascend", "flavor_info": {
                "npu": {"unit_num": "8", "product_name": "Ascend-snt9b", "memory": "64GB"}
            }}
        }}}));
        assert_eq!(
            hardware.headline(Lang::En).unwrap(),
            "2 nodes × 8 NPUs = 16 NPUs"
        );
        assert_eq!(
            hardware.headline(Lang::Zh).unwrap(),
            "2 节点 × 8 NPU = 16 NPU"
        );
        assert_eq!(
            hardware.node.accelerators.unwrap().family,
            AcceleratorFamily::Npu
        );
    }

    #[test]
    fn cpu_only_flavors_headline_their_cores() {
        let hardware = hardware_of(json!({"spec": {"resource": {
            "node_count": 1,
            "flavor_detail": {"flavor_info": {"cpu": {"core_num": 8}, "memory": {"size": 32, "unit": "GB"}}}
        }}}));
        assert_eq!(
            hardware.headline(Lang::En).unwrap(),
            "1 node × 8 CPU cores = 8 CPU cores"
        );
        assert!(hardware.node.accelerators.is_none());
        assert_eq!(
            hardware.node.disk_gb, None,
            "a missing disk is absent, not 0"
        );
    }

    #[test]
    fn units_are_normalised_to_gb() {
        assert_eq!(to_gb(2048.0, "MB"), Some(2.0));
        assert_eq!(to_gb(2.0, "TB"), Some(2048.0));
        assert_eq!(to_gb(5.0, "GiB"), Some(5.0));
        assert_eq!(to_gb(5.0, "parsecs"), None);
        assert_eq!(format_gb(1536.0), "1.5 TB");
        assert_eq!(format_gb(64.0), "64 GB");
        assert_eq!(format_number(180.5), "180.5");
    }

    #[test]
    fn absent_resources_give_no_figures() {
        let hardware = hardware_of(json!({"spec": {"resource": {"flavor_id": "x"}}}));
        assert_eq!(hardware.headline(Lang::En), None);
        assert_eq!(hardware.total_cpu_cores(), None);
        assert!(job_hardware(&parse_job("{}").unwrap().job).is_none());
    }
}
