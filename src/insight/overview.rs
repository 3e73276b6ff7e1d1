//! The overview section's figures: the job's name, phase, timing, people and annotations.

use crate::i18n::Lang;
use crate::insight::facts::{code_if_present, text_if_present, Label, Piece, PlainFact};
use crate::insight::phase::{annotation_meaning, is_terminal, phase_meaning};
use crate::insight::secrets::{masked_member_text, masked_value_text};
use crate::insight::timeline::to_millis;
use crate::insight::vocabulary::api_word;
use crate::model::{Scalar, TrainingJob};

/// One annotation: its key and value as sent, and what a known key switches on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Annotation {
    pub key: String,
    pub value: String,
    pub meaning: Option<&'static str>,
}

/// What the overview shows. The id and times are apart from `facts` because the view gives them a
/// copy button, a time element and a ticking duration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Overview {
    /// The job's name, or `None` when it has none (the view then says "unnamed job").
    pub name: Option<String>,
    /// The phase as the API sent it, or `None` when it is missing.
    pub phase: Option<String>,
    pub secondary_phase: Option<String>,
    /// The phase in a sentence, in the UI's language.
    pub meaning: &'static str,
    /// Whether the job can still change, so its duration ticks.
    pub running: bool,
    pub id: Option<String>,
    /// The job's type in words, the API's value as their tooltip.
    pub kind: Option<Piece>,
    pub created_ms: Option<i64>,
    pub started_ms: Option<i64>,
    pub duration_ms: Option<i64>,
    /// User, workspace, project, retention, description and experiment, in that order.
    pub facts: Vec<PlainFact>,
    pub annotations: Vec<Annotation>,
}

fn present(value: Option<&String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty()).cloned()
}

fn millis(value: Option<&Scalar>) -> Option<i64> {
    value.and_then(Scalar::as_i64).and_then(to_millis)
}

/// The overview of `job`, with labels and sentences in `lang`.
pub fn overview(job: &TrainingJob, lang: Lang) -> Overview {
    let s = lang.strings();
    let metadata = job.metadata();
    let status = job.status();
    let phase = present(status.and_then(|s| s.phase()));
    // A missing phase reads like an unknown one: not terminal, so its duration still ticks.
    let phase_text = phase.as_deref().unwrap_or(s.phase_unknown);

    let mut facts: Vec<PlainFact> = Vec::new();
    facts.extend(text_if_present(
        s.user,
        metadata.and_then(|m| m.user_name()),
    ));
    facts.extend(code_if_present(
        s.workspace,
        metadata.and_then(|m| m.workspace_id()),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.ai_project, "ai_project"),
        metadata.and_then(|m| m.ai_project()),
    ));
    if let Some(retention) = status.and_then(|s| s.retention_time()) {
        // The unit is not documented (the create-side reserved_time is in hours): shown as sent,
        // and said to be unknown rather than guessed.
        facts.push(PlainFact::pieces(
            Label::for_key(s.retention_time, "retention_time"),
            vec![
                Piece::Api(retention.as_text()),
                Piece::Ours((s.aside)(s.unit_not_stated)),
            ],
        ));
    }
    facts.extend(text_if_present(
        s.description,
        metadata.and_then(|m| m.description()),
    ));
    if let Some(experiment) = metadata.and_then(|m| m.training_experiment_reference()) {
        let parts: Vec<String> = [
            experiment.name().cloned(),
            experiment.id().map(|id| format!("({id})")),
            experiment
                .serial_number()
                .map(|serial| format!("#{}", serial.as_text())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !parts.is_empty() {
            facts.push(PlainFact::value(s.experiment, parts.join(" ")));
        }
    }
    facts.extend(present(job.train_type()).map(|kind| {
        PlainFact::pieces(
            Label::for_key(s.training_type, "train_type"),
            vec![api_word(&kind, s.train_type_words)],
        )
    }));
    // §7's read-only fields, whose shapes nobody documents: shown as sent.
    facts.extend(code_if_present(
        Label::for_key(s.uuid, "uuid"),
        metadata
            .and_then(|m| m.uuid())
            .map(Scalar::as_text)
            .as_ref(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.updated_at, "update_time"),
        metadata
            .and_then(|m| m.update_time())
            .map(Scalar::as_text)
            .as_ref(),
    ));
    facts.extend(code_if_present(
        Label::for_key(s.tags, "tags"),
        metadata
            .and_then(|m| m.tags())
            .map(|tags| masked_value_text("tags", tags))
            .as_ref(),
    ));

    let annotations = metadata
        .and_then(|m| m.annotations())
        .map(|annotations| {
            annotations
                .iter()
                .map(|(key, value)| Annotation {
                    key: key.clone(),
                    value: masked_member_text(annotations, key, value),
                    meaning: annotation_meaning(key, lang),
                })
                .collect()
        })
        .unwrap_or_default();

    Overview {
        name: present(metadata.and_then(|m| m.name())),
        meaning: phase_meaning(phase_text, lang),
        running: !is_terminal(phase_text),
        secondary_phase: present(status.and_then(|s| s.secondary_phase())),
        phase,
        id: present(metadata.and_then(|m| m.id())),
        kind: present(job.kind()).map(|kind| api_word(&kind, s.job_kind_words)),
        created_ms: millis(metadata.and_then(|m| m.create_time())),
        started_ms: millis(status.and_then(|s| s.start_time())),
        duration_ms: status
            .and_then(|s| s.duration())
            .and_then(Scalar::as_i64)
            .filter(|ms| *ms > 0),
        facts,
        annotations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::model::parse_job;

    fn overview_of(body: &str) -> Overview {
        overview(&parse_job(body).expect("a job object").job, Lang::En)
    }

    #[test]
    fn facts_follow_the_overview_order_and_skip_blanks() {
        let overview = overview_of(
            r#"{"kind": "job",
                "metadata": {"id": "j-1", "name": "train", "user_name": "ann", "workspace_id": "0",
                    "ai_project": " ", "description": "", "create_time": 1700000000000,
                    "training_experiment_reference": {"name": "exp", "id": "e-1", "serial_number": 3},
                    "annotations": {"fault-tolerance/hang-retry": "true", "team": 7}},
                "status": {"phase": "Failed", "secondary_phase": "Failed", "start_time": 1700000001000,
                    "duration": 0, "retention_time": 30}}"#,
        );
        assert_eq!(overview.name.as_deref(), Some("train"));
        assert_eq!(overview.phase.as_deref(), Some("Failed"));
        assert!(!overview.running);
        assert_eq!(overview.id.as_deref(), Some("j-1"));
        assert_eq!(
            overview.kind,
            Some(Piece::Named {
                words: "training job",
                api: "job".into()
            })
        );
        assert_eq!(overview.created_ms, Some(1_700_000_000_000));
        assert_eq!(overview.started_ms, Some(1_700_000_001_000));
        assert_eq!(overview.duration_ms, None, "a zero duration is not shown");
        assert_eq!(
            overview.facts,
            [
                PlainFact::value(EN.user, "ann"),
                PlainFact::code(EN.workspace, "0"),
                PlainFact::pieces(
                    Label::for_key("Retention time", "retention_time"),
                    vec![
                        Piece::Api("30".into()),
                        Piece::Ours(" (unit not stated)".into()),
                    ],
                ),
                PlainFact::value(EN.experiment, "exp (e-1) #3"),
            ]
        );
        assert_eq!(
            overview.annotations,
            [
                Annotation {
                    key: "fault-tolerance/hang-retry".into(),
                    value: "true".into(),
                    meaning: Some("restart when the job hangs"),
                },
                Annotation {
                    key: "team".into(),
                    value: "7".into(),
                    meaning: None,
                },
            ]
        );
    }

    #[test]
    fn api_fields_read_under_chinese_names_and_an_unknown_unit_is_said() {
        let parsed = parse_job(
            r#"{"metadata": {"ai_project": "default-ai-project"}, "status": {"retention_time": 72}}"#,
        )
        .expect("a job object");
        assert_eq!(
            overview(&parsed.job, Lang::Zh).facts,
            [
                PlainFact::code(
                    Label::for_key("人工智能项目", "ai_project"),
                    "default-ai-project"
                ),
                PlainFact::pieces(
                    Label::for_key("保留时长", "retention_time"),
                    vec![
                        Piece::Api("72".into()),
                        Piece::Ours("（单位未说明）".into())
                    ],
                ),
            ]
        );
    }

    #[test]
    fn a_job_without_metadata_or_phase_is_unnamed_and_still_running() {
        let overview = overview_of("{}");
        assert_eq!(overview.name, None);
        assert_eq!(overview.phase, None);
        assert!(overview.running);
        assert!(overview.facts.is_empty() && overview.annotations.is_empty());
    }
}
