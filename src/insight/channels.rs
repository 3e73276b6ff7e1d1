//! The I/O section's words: one channel's name, ends, dataset, upload and constraints, with the
//! API's values kept apart from our words.

use crate::i18n::Strings;
use crate::insight::display::join_present;
use crate::insight::facts::Piece;
use crate::insight::vocabulary::api_word;
use crate::model::{Channel, List, TrainingJob};

/// The channels of one task of a heterogeneous job, named by its role.
pub type TaskChannels<C = Channel> = (String, Vec<C>, Vec<C>);

/// The job's inputs and outputs, and those of each task that has any: copies for the section,
/// or borrowed from the document.
#[derive(Debug, Clone, PartialEq)]
pub struct JobChannels<C = Channel> {
    pub inputs: Vec<C>,
    pub outputs: Vec<C>,
    pub tasks: Vec<TaskChannels<C>>,
}

fn channels(list: Option<&List<Channel>>) -> Vec<&Channel> {
    list.map(|l| l.iter().collect()).unwrap_or_default()
}

/// The job's own channels, and those of each task that has any, under its role, as in the
/// document.
pub fn borrowed_channels(job: &TrainingJob) -> JobChannels<&Channel> {
    let algorithm = job.algorithm();
    let tasks = job
        .tasks()
        .map(|tasks| {
            tasks
                .iter()
                .enumerate()
                .filter_map(|(index, task)| {
                    let algorithm = task.algorithm()?;
                    let (inputs, outputs) =
                        (channels(algorithm.inputs()), channels(algorithm.outputs()));
                    let role = task.role_label(index);
                    (!inputs.is_empty() || !outputs.is_empty()).then_some((role, inputs, outputs))
                })
                .collect()
        })
        .unwrap_or_default();
    JobChannels {
        inputs: channels(algorithm.and_then(|a| a.inputs())),
        outputs: channels(algorithm.and_then(|a| a.outputs())),
        tasks,
    }
}

/// The channels of [`borrowed_channels`], copied for a section that outlives the document's borrow.
pub fn job_channels(job: &TrainingJob) -> JobChannels {
    let owned = |list: Vec<&Channel>| list.into_iter().cloned().collect();
    let JobChannels {
        inputs,
        outputs,
        tasks,
    } = borrowed_channels(job);
    JobChannels {
        inputs: owned(inputs),
        outputs: owned(outputs),
        tasks: tasks
            .into_iter()
            .map(|(role, inputs, outputs)| (role, owned(inputs), owned(outputs)))
            .collect(),
    }
}

/// What one channel card shows. Empty texts are left out by the view.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct ChannelText {
    pub name: String,
    pub description: Option<String>,
    pub local_dir: Option<String>,
    pub obs_url: Option<String>,
    /// The dataset's name, id, version and service, joined by " · ".
    pub dataset: Option<Vec<Piece>>,
    pub dataset_url: Option<String>,
    /// How the local directory reaches the code, in words.
    pub access_method: Option<Piece>,
    /// Mode in words and period (`30` seconds when sent without a unit).
    pub upload: Vec<Piece>,
    pub constraints: Option<String>,
}

fn text(field: Option<&String>) -> Option<String> {
    field.filter(|value| !value.is_empty()).cloned()
}

/// Joins phrases with " · ", each phrase already split into our words and the API's.
fn joined(phrases: impl IntoIterator<Item = Option<Vec<Piece>>>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for phrase in phrases.into_iter().flatten() {
        if !pieces.is_empty() {
            pieces.push(Piece::Ours(" · ".into()));
        }
        pieces.extend(phrase);
    }
    pieces
}

/// `label value`, our label and the API's value.
fn labelled(label: &str, value: &str) -> Vec<Piece> {
    vec![
        Piece::Ours(format!("{label} ")),
        Piece::Api(value.to_string()),
    ]
}

/// The words of one channel card.
pub fn channel_text(channel: &Channel, s: &Strings) -> ChannelText {
    let remote = channel.remote();
    let dataset = remote.and_then(|r| r.dataset());
    let constraints: Vec<String> = channel
        .remote_constraint()
        .map(|list| {
            list.iter()
                .map(|c| join_present([c.data_type(), c.attributes()], ": "))
                .collect()
        })
        .unwrap_or_default();
    let period = channel.period().map(|period| {
        let text = period.as_text();
        if period.unit_suffix().is_none() && period.as_f64().is_some() {
            vec![Piece::Api(text), Piece::Ours(format!(" {}", s.unit_second))]
        } else {
            vec![Piece::Api(text)]
        }
    });
    ChannelText {
        name: text(channel.name()).unwrap_or_default(),
        description: text(channel.description()),
        local_dir: text(channel.local_dir()),
        obs_url: remote
            .and_then(|r| r.obs())
            .and_then(|obs| text(obs.obs_url())),
        dataset: dataset.map(|dataset| {
            joined([
                dataset.name().map(|name| vec![Piece::Api(name.clone())]),
                dataset.id().map(|id| labelled(s.id, id)),
                dataset.version_id().map(|v| labelled(s.dataset_version, v)),
                dataset
                    .service_type()
                    .map(|t| labelled(s.dataset_service, t)),
                dataset
                    .dataset_proportion()
                    .map(|p| labelled(s.proportion, &p.as_text())),
            ])
        }),
        dataset_url: dataset.and_then(|dataset| dataset.obs_url().cloned()),
        access_method: text(channel.access_method())
            .map(|method| api_word(&method, s.access_method_words)),
        upload: joined([
            text(channel.mode()).map(|mode| vec![api_word(&mode, s.upload_mode_words)]),
            period,
        ]),
        constraints: (!constraints.is_empty()).then(|| constraints.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::model::parse_job;

    #[test]
    fn a_channel_reads_as_our_words_around_the_api_values() {
        let parsed = parse_job(
            r#"{"algorithm": {"outputs": [{"name": "out", "local_dir": "/out", "description": "",
                "remote": {"obs": {"obs_url": "obs://b/o/"},
                    "dataset": {"name": "ds", "id": "d-1", "service_type": "V3", "obs_url": "obs://b/d/"}},
                "access_method": "env", "mode": "upload_periodically", "period": 30,
                "remote_constraint": [{"data_type": "Dataset", "attributes": "a"}, {"data_type": "OBS"}]}]}}"#,
        )
        .expect("a job");
        let outputs = parsed
            .job
            .algorithm()
            .and_then(|a| a.outputs())
            .expect("outputs");
        let text = channel_text(outputs.iter().next().expect("a channel"), &EN);
        assert_eq!(text.name, "out");
        assert_eq!(text.description, None);
        assert_eq!(text.local_dir.as_deref(), Some("/out"));
        assert_eq!(text.obs_url.as_deref(), Some("obs://b/o/"));
        assert_eq!(
            text.dataset,
            Some(vec![
                Piece::Api("ds".into()),
                Piece::Ours(" · ".into()),
                Piece::Ours(format!("{} ", EN.id)),
                Piece::Api("d-1".into()),
                Piece::Ours(" · ".into()),
                Piece::Ours(format!("{} ", EN.dataset_service)),
                Piece::Api("V3".into()),
            ])
        );
        assert_eq!(text.dataset_url.as_deref(), Some("obs://b/d/"));
        assert_eq!(
            text.access_method,
            Some(Piece::Named {
                words: "an environment variable",
                api: "env".into()
            })
        );
        assert_eq!(
            text.upload,
            [
                Piece::Named {
                    words: "periodic",
                    api: "upload_periodically".into()
                },
                Piece::Ours(" · ".into()),
                Piece::Api("30".into()),
                Piece::Ours(format!(" {}", EN.unit_second)),
            ]
        );
        assert_eq!(text.constraints.as_deref(), Some("Dataset: a, OBS"));
    }

    #[test]
    fn channel_enums_read_in_chinese_and_unknown_ones_as_sent() {
        let parsed = parse_job(
            r#"{"algorithm": {"inputs": [{"name": "data", "access_method": "parameter", "mode": "upload_at_end"}]}}"#,
        )
        .expect("a job");
        let inputs = parsed
            .job
            .algorithm()
            .and_then(|a| a.inputs())
            .expect("inputs");
        let text = channel_text(inputs.iter().next().expect("a channel"), &ZH);
        assert_eq!(
            text.access_method,
            Some(Piece::Named {
                words: "超参",
                api: "parameter".into()
            })
        );
        assert_eq!(text.upload, [Piece::Api("upload_at_end".into())]);
    }
}
