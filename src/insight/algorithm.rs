//! The algorithm section's figures: where the code comes from, the engine, the environment and
//! the fine-tuning settings.

use crate::i18n::Strings;
use crate::insight::display::join_present;
use crate::insight::facts::{
    code_if_present, join_pieces, text_if_present, Label, Piece, PlainFact,
};
use crate::insight::secrets::{masked_object_text, masked_value_text};
use crate::insight::vocabulary::api_word;
use crate::model::{value_text, Algorithm, Engine, FtJobConfig, Scalar};

fn yes_no(flag: bool, s: &Strings) -> &'static str {
    if flag {
        s.yes
    } else {
        s.no
    }
}

/// The engine's name and version, image, user, flags, usage, groups and tags.
pub fn engine_facts(engine: &Engine, s: &Strings) -> Vec<PlainFact> {
    let mut facts: Vec<PlainFact> = Vec::new();
    let name = join_present([engine.engine_name(), engine.engine_version()], " · ");
    if !name.is_empty() {
        facts.push(PlainFact::value(s.engine, name));
    }
    facts.extend(code_if_present(
        Label::for_key(s.engine_id, "engine_id"),
        engine.engine_id(),
    ));
    facts.extend(code_if_present(s.image, engine.image_url()));
    facts.extend(code_if_present(
        Label::for_key(s.image_repo_id, "image_repo_id"),
        engine.image_repo_id(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.run_user, "run_user"),
        engine.run_user().map(|user| user.as_text()).as_ref(),
    ));
    for (label, flag) in [
        (
            Label::for_key(s.v1_compatible, "v1_compatible"),
            engine.v1_compatible(),
        ),
        (
            Label::for_key(s.install_sys_packages, "install_sys_packages"),
            engine.install_sys_packages(),
        ),
    ] {
        facts.extend(flag.map(|flag| PlainFact::text(label, yes_no(*flag, s))));
    }
    facts.extend(text_if_present(
        Label::for_key(s.engine_usage, "usage"),
        engine.usage(),
    ));
    facts.extend(text_if_present(
        Label::for_key(s.support_groups, "support_groups"),
        engine.support_groups(),
    ));
    let tags: Vec<String> = engine
        .tags()
        .map(|tags| {
            tags.iter()
                .map(|tag| {
                    let key = tag.get("key").map(value_text).unwrap_or_default();
                    let value = tag
                        .get("value")
                        .map(|value| masked_value_text(&key, value))
                        .unwrap_or_default();
                    format!("{key}={value}")
                })
                .collect()
        })
        .unwrap_or_default();
    if !tags.is_empty() {
        facts.push(PlainFact::value(
            Label::for_key(s.tags, "tags"),
            tags.join(", "),
        ));
    }
    facts
}

/// Where the code comes from: subscription, directories, boot file, auto-search files, the
/// visualization logs (kind → directory ← the jobs read) and whether parameters may be changed.
/// The algorithm's own name and id are left to the view, which shows them together.
pub fn source_facts(algorithm: &Algorithm, s: &Strings) -> Vec<PlainFact> {
    let mut facts: Vec<PlainFact> = Vec::new();
    if let Some(subscription) = algorithm.subscription_id() {
        let version = algorithm.item_version_id().cloned().unwrap_or_default();
        facts.push(PlainFact::code(
            s.subscription,
            format!("{subscription} @ {version}"),
        ));
    }
    for (label, path) in [
        (s.code_dir, algorithm.code_dir()),
        (s.boot_file, algorithm.boot_file()),
        (s.local_code_dir, algorithm.local_code_dir()),
        (s.working_dir, algorithm.working_dir()),
        (s.autosearch_config, algorithm.autosearch_config_path()),
        (
            s.autosearch_framework,
            algorithm.autosearch_framework_path(),
        ),
    ] {
        facts.extend(code_if_present(label, path));
    }
    if let Some(summary) = algorithm.summary() {
        let sources: Vec<String> = summary
            .data_sources()
            .map(|sources| {
                sources
                    .iter()
                    .filter_map(|source| source.job()?.job_id().cloned())
                    .collect()
            })
            .unwrap_or_default();
        let pieces = join_pieces(
            [
                summary
                    .log_type()
                    .map(|log_type| vec![api_word(log_type, s.log_type_words)]),
                summary
                    .log_dir()
                    .and_then(|dir| dir.pfs())
                    .and_then(|pfs| pfs.pfs_path())
                    .map(|dir| vec![Piece::Api(dir.clone())]),
                (!sources.is_empty())
                    .then(|| vec![Piece::Ours("← ".into()), Piece::Api(sources.join(", "))]),
            ],
            " → ",
        );
        if !pieces.is_empty() {
            facts.push(PlainFact::pieces(s.summary, pieces));
        }
    }
    if let Some(flag) = algorithm.parameters_customization() {
        facts.push(PlainFact::text(
            Label::for_key(s.parameters_customization, "parameters_customization"),
            yes_no(*flag, s),
        ));
    }
    facts
}

/// A managed algorithm's name and id, which the view shows together; `None` without an id.
pub fn managed_algorithm(algorithm: &Algorithm) -> Option<(String, String)> {
    let id = algorithm.id().filter(|id| !id.is_empty())?;
    Some((algorithm.name().cloned().unwrap_or_default(), id.clone()))
}

/// The start command of a custom-image job, when there is one.
pub fn command(algorithm: &Algorithm) -> Option<String> {
    algorithm
        .command()
        .filter(|command| !command.trim().is_empty())
        .cloned()
}

/// A fine-tuning job's model, training type, output, progress and checkpoint settings, with the
/// secret values of its maps masked.
pub fn fine_tuning_facts(config: &FtJobConfig, s: &Strings) -> Vec<PlainFact> {
    let mut facts: Vec<PlainFact> = Vec::new();
    facts.extend(code_if_present(
        Label::for_key(s.fine_tuning_model_id, "ft_job_uuid"),
        config.ft_job_uuid(),
    ));
    facts.extend(text_if_present(
        Label::for_key(s.fine_tuning_type, "ft_train_type"),
        config.ft_train_type(),
    ));
    facts.extend(text_if_present(
        Label::for_key(s.model_type, "model_type"),
        config.model_type(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.output_path, "train_output_path"),
        config.train_output_path(),
    ));
    // The scale (a fraction or a percentage) is not documented: shown as sent.
    facts.extend(text_if_present(
        Label::for_key(s.training_progress, "train_process"),
        config.train_process().map(Scalar::as_text).as_ref(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.checkpoint_id, "checkpoint_id"),
        config.checkpoint_id(),
    ));
    for (label, object) in [
        (
            Label::for_key(s.checkpoint_config, "checkpoint_config"),
            config.checkpoint_config(),
        ),
        (
            Label::for_key(s.fine_tuning_env, "task_env"),
            config.task_env(),
        ),
    ] {
        let text = object.map(|object| masked_object_text(object, ": ", " · "));
        facts.extend(code_if_present(label, text.as_ref()));
    }
    facts
}

/// The environment variables in the order sent, or `None` when the job has no such field (an
/// empty list is still shown, as "no variables").
pub fn environment(algorithm: &Algorithm) -> Option<Vec<(String, String)>> {
    algorithm.environments().map(|maps| {
        maps.iter()
            .flat_map(|map| map.iter())
            .map(|(name, value)| (name.clone(), value_text(value)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::insight::facts::FactValue;
    use crate::model::parse_job;

    fn algorithm_of(algorithm: &str) -> Algorithm {
        let parsed = parse_job(&format!(r#"{{"algorithm": {algorithm}}}"#)).expect("a job");
        parsed.job.algorithm().expect("an algorithm").clone()
    }

    #[test]
    fn engine_and_source_facts_keep_the_api_order_and_skip_blanks() {
        let algorithm = algorithm_of(
            r#"{"code_dir": "obs://b/code/", "boot_file": "", "parameters_customization": true,
                "summary": {"log_type": "tensorboard", "log_dir": {"pfs": {"pfs_path": "/logs"}},
                    "data_sources": [{"job": {"job_id": "j-1"}}, {"job": {}}]},
                "engine": {"engine_name": "PyTorch", "engine_version": "2.1", "run_user": 1000,
                    "v1_compatible": false, "usage": " ", "tags": [{"key": "k", "value": 1}]},
                "environments": [{"A": "1"}, {"B": 2}]}"#,
        );
        assert_eq!(
            source_facts(&algorithm, &EN),
            [
                PlainFact::code(EN.code_dir, "obs://b/code/"),
                PlainFact::pieces(
                    EN.summary,
                    vec![
                        Piece::Named {
                            words: "TensorBoard",
                            api: "tensorboard".into()
                        },
                        Piece::Ours(" → ".into()),
                        Piece::Api("/logs".into()),
                        Piece::Ours(" → ".into()),
                        Piece::Ours("← ".into()),
                        Piece::Api("j-1".into()),
                    ]
                ),
                PlainFact::text(
                    Label::for_key("Parameters customizable", "parameters_customization"),
                    EN.yes
                ),
            ]
        );
        assert_eq!(
            engine_facts(algorithm.engine().expect("an engine"), &EN),
            [
                PlainFact::value(EN.engine, "PyTorch · 2.1"),
                PlainFact::code(Label::for_key("Run user ID", "run_user"), "1000"),
                PlainFact::text(
                    Label::for_key("v1 compatibility mode", "v1_compatible"),
                    EN.no
                ),
                PlainFact::value(Label::for_key("Tags", "tags"), "k=1"),
            ]
        );
        assert_eq!(
            engine_facts(algorithm.engine().expect("an engine"), &ZH)[1].label,
            Label::for_key("运行用户 ID", "run_user")
        );
        assert_eq!(
            environment(&algorithm),
            Some(vec![("A".into(), "1".into()), ("B".into(), "2".into())])
        );
        assert_eq!(environment(&algorithm_of("{}")), None);
    }

    #[test]
    fn an_undocumented_log_type_is_shown_as_sent() {
        let algorithm = algorithm_of(r#"{"summary": {"log_type": "profiler"}}"#);
        assert_eq!(
            source_facts(&algorithm, &ZH),
            [PlainFact::pieces(
                ZH.summary,
                vec![Piece::Api("profiler".into())]
            )]
        );
    }

    #[test]
    fn fine_tuning_settings_read_under_our_names_with_secrets_masked() {
        let parsed = parse_job(
            r#"{"kind": "job", "ftjob_config": {"ft_job_uuid": "m-1", "ft_train_type": "lora", "model_type": " ",
                "train_process": 0.5, "checkpoint_config": {"save_checkpoints_max": 3},
                "task_env": {"HF_TOKEN": "hf_secret", "STEPS": "9"}}}"#,
        )
        .expect("a job");
        let config = parsed.job.ftjob_config().expect("a fine-tuning config");
        let facts = fine_tuning_facts(config, &ZH);
        assert_eq!(
            facts[..3],
            [
                PlainFact::code(Label::for_key("模型 ID", "ft_job_uuid"), "m-1"),
                PlainFact::value(Label::for_key("训练类型", "ft_train_type"), "lora"),
                PlainFact::value(Label::for_key("训练进度", "train_process"), "0.5"),
            ]
        );
        assert_eq!(
            facts[3],
            PlainFact::code(
                Label::for_key("检查点设置", "checkpoint_config"),
                "save_checkpoints_max: 3"
            )
        );
        let FactValue::Code(env) = &facts[4].value else {
            panic!("the environment is code: {:?}", facts[4]);
        };
        assert_eq!(facts[4].label, Label::for_key("微调环境", "task_env"));
        assert!(
            !env.contains("hf_secret") && env.contains("STEPS: 9"),
            "{env}"
        );
    }
}
