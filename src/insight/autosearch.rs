//! Hyperparameter search as plain data: what it varies, what it optimises and with which
//! algorithms, every value as the API sent it but the documented kinds and directions, in words.

use crate::i18n::Strings;
use crate::insight::facts::Piece;
use crate::insight::secrets::{shown_value, Shown};
use crate::insight::vocabulary::api_word;
use crate::model::{AutoSearch, Scalar, TrainingJob};

/// How a searched hyperparameter varies: between bounds, or over listed values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SearchSpace {
    /// Bounds (empty when not sent) and how many points are tried between them, when said.
    Range {
        low: String,
        high: String,
        points: Option<String>,
    },
    Values(Vec<String>),
}

/// One searched hyperparameter: its name, its type (`continuous`, `discrete`) and its space.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SearchParam {
    pub name: String,
    /// `None` when the type is not sent.
    pub kind: Option<Piece>,
    pub space: SearchSpace,
}

/// One metric the search optimises, which way, and the regex that reads it from the log.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reward {
    pub name: String,
    /// `None` when the mode is not sent.
    pub mode: Option<Piece>,
    pub regex: String,
}

/// One search algorithm with its settings as `key=value` pairs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SearchAlgorithm {
    pub name: String,
    pub settings: String,
}

/// What the auto-search card shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct SearchPlan {
    pub params: Vec<SearchParam>,
    pub rewards: Vec<Reward>,
    pub algorithms: Vec<SearchAlgorithm>,
    /// `skip_search_params`, when it is not empty.
    pub skip: Option<String>,
}

fn text(field: Option<&String>) -> String {
    field.cloned().unwrap_or_default()
}

/// A field's value, unless it is missing or empty.
fn filled(field: Option<&String>) -> Option<&String> {
    field.filter(|value| !value.is_empty())
}

fn scalar(field: Option<&Scalar>) -> String {
    field.map(Scalar::as_text).unwrap_or_default()
}

/// The job's hyperparameter search settings, when it has any.
pub fn auto_search_of(job: &TrainingJob) -> Option<&AutoSearch> {
    job.algorithm()
        .and_then(|algorithm| algorithm.policies())
        .and_then(|policies| policies.auto_search())
}

/// The search's parameters, metrics and algorithms in the order sent.
pub fn search_plan(auto_search: &AutoSearch, s: &Strings) -> SearchPlan {
    let params = auto_search
        .search_params()
        .map(|params| {
            params
                .iter()
                .map(|param| {
                    let values: Vec<String> = param
                        .discrete_values()
                        .map(|values| values.iter().map(Scalar::as_text).collect())
                        .unwrap_or_default();
                    let space = if values.is_empty() {
                        SearchSpace::Range {
                            low: scalar(param.lower_bound()),
                            high: scalar(param.upper_bound()),
                            points: param.discrete_points_num().map(Scalar::as_text),
                        }
                    } else {
                        SearchSpace::Values(values)
                    };
                    SearchParam {
                        name: text(param.name()),
                        kind: filled(param.param_type())
                            .map(|kind| api_word(kind, s.param_type_words)),
                        space,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let rewards = auto_search
        .reward_attrs()
        .map(|rewards| {
            rewards
                .iter()
                .map(|reward| Reward {
                    name: text(reward.name()),
                    mode: filled(reward.mode()).map(|mode| api_word(mode, s.reward_mode_words)),
                    regex: text(reward.regex()),
                })
                .collect()
        })
        .unwrap_or_default();
    let algorithms = auto_search
        .algo_configs()
        .map(|algorithms| {
            algorithms
                .iter()
                .map(|algorithm| {
                    let settings: Vec<String> = algorithm
                        .params()
                        .map(|params| {
                            params
                                .iter()
                                .map(|p| {
                                    let key = text(p.key());
                                    // A setting named like a secret is masked like any other.
                                    let value = shown_value(&key, &scalar(p.value()), false);
                                    let value = match value {
                                        Shown::Plain(text) | Shown::Secret { masked: text, .. } => {
                                            text
                                        }
                                    };
                                    match p.r#type().filter(|t| !t.is_empty()) {
                                        // The declared type, as the API names it.
                                        Some(kind) => format!("{key}={value}{}", (s.aside)(kind)),
                                        None => format!("{key}={value}"),
                                    }
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    SearchAlgorithm {
                        name: text(algorithm.name()),
                        settings: settings.join(", "),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    SearchPlan {
        params,
        rewards,
        algorithms,
        skip: auto_search
            .skip_search_params()
            .filter(|skip| !skip.is_empty())
            .cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::model::parse_job;

    #[test]
    fn ranges_values_goals_and_settings_are_read_as_sent() {
        let parsed = parse_job(
            r#"{"algorithm": {"policies": {"auto_search": {
                "skip_search_params": "",
                "search_params": [
                    {"name": "lr", "param_type": "continuous", "lower_bound": "0.001", "upper_bound": 0.1},
                    {"name": "bs", "param_type": "discrete", "discrete_values": [32, "64"]}],
                "reward_attrs": [{"name": "acc", "mode": "max", "regex": "acc=(\\d+)"}, {"name": "loss", "mode": "?"}],
                "algo_configs": [{"name": "bayes", "params": [{"key": "num_samples", "value": 10}, {"key": "kind"}]}]
            }}}}"#,
        )
        .expect("a job");
        let auto_search = parsed
            .job
            .algorithm()
            .and_then(|a| a.policies())
            .and_then(|p| p.auto_search())
            .expect("an auto-search");
        let plan = search_plan(auto_search, &EN);
        assert_eq!(
            plan.params,
            [
                SearchParam {
                    name: "lr".into(),
                    kind: Some(Piece::Named {
                        words: "continuous",
                        api: "continuous".into()
                    }),
                    space: SearchSpace::Range {
                        low: "0.001".into(),
                        high: "0.1".into(),
                        points: None
                    },
                },
                SearchParam {
                    name: "bs".into(),
                    kind: Some(Piece::Named {
                        words: "discrete",
                        api: "discrete".into()
                    }),
                    space: SearchSpace::Values(vec!["32".into(), "64".into()]),
                },
            ]
        );
        assert_eq!(
            plan.rewards[0].mode,
            Some(Piece::Named {
                words: "↑ max",
                api: "max".into()
            })
        );
        assert_eq!(plan.rewards[0].regex, r"acc=(\d+)");
        assert_eq!(plan.rewards[1].mode, Some(Piece::Api("?".into())));
        let chinese = search_plan(auto_search, &ZH);
        assert_eq!(
            chinese.params[1].kind,
            Some(Piece::Named {
                words: "离散",
                api: "discrete".into()
            })
        );
        assert_eq!(
            chinese.rewards[0].mode,
            Some(Piece::Named {
                words: "↑ 最大",
                api: "max".into()
            })
        );
        assert_eq!(
            plan.algorithms,
            [SearchAlgorithm {
                name: "bayes".into(),
                settings: "num_samples=10, kind=".into()
            }]
        );
        assert_eq!(plan.skip, None);
    }
}
