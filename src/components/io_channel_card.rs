//! The I/O section: one card per input and output, local directory to remote location.

use crate::components::copy_button::CopyButton;
use crate::i18n::Ui;
use crate::insight::display::join_present;
use crate::model::Channel;
use crate::route::Section;
use leptos::prelude::*;

fn channel_card(channel: Channel, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let text = |field: Option<&String>| field.filter(|v| !v.is_empty()).cloned();
    let remote = channel.remote();
    let obs = remote
        .and_then(|r| r.obs())
        .and_then(|obs| text(obs.obs_url()));
    let dataset = remote.and_then(|r| r.dataset()).cloned();
    let local = text(channel.local_dir());
    let constraints: Vec<String> = channel
        .remote_constraint()
        .map(|list| {
            list.iter()
                .map(|c| join_present([c.data_type(), c.attributes()], ": "))
                .collect()
        })
        .unwrap_or_default();
    let upload = join_present(
        [
            text(channel.mode()),
            channel.period().map(|period| {
                let text = period.as_text();
                if period.unit_suffix().is_none() && period.as_f64().is_some() {
                    format!("{text} {}", s.unit_second)
                } else {
                    text
                }
            }),
        ],
        " · ",
    );
    view! {
        <article class="subcard channel">
            <h4 class="channel__name"><code>{text(channel.name()).unwrap_or_default()}</code></h4>
            {text(channel.description()).map(|description| view! { <p class="muted">{description}</p> })}
            <div class="channel__flow">
                {local.map(|local| view! {
                    <span class="channel__end"><span class="channel__label">{s.local_dir}</span> <code>{local.clone()}</code> <CopyButton text=local what=s.local_dir ui/></span>
                })}
                <span class="channel__arrow" aria-hidden="true">"⇅"</span>
                <span class="channel__end">
                    <span class="channel__label">{s.remote}</span>
                    {obs.map(|obs| view! { <code>{obs.clone()}</code> <CopyButton text=obs what=s.remote ui/> })}
                    {dataset.map(|dataset| {
                        let parts = join_present([
                            dataset.name().cloned(),
                            dataset.id().map(|id| format!("{} {id}", s.id)),
                            dataset.version_id().map(|v| format!("{} {v}", s.dataset_version)),
                            dataset.service_type().map(|t| format!("{} {t}", s.dataset_service)),
                        ], " · ");
                        let url = dataset.obs_url().cloned();
                        view! {
                            <span>{s.dataset} ": " {parts}</span>
                            {url.map(|url| view! { <code>{url.clone()}</code> <CopyButton text=url what=s.remote ui/> })}
                        }
                    })}
                </span>
            </div>
            {text(channel.access_method()).map(|method| view! { <p>{s.access_method} ": " <code>{method}</code></p> })}
            {(!upload.is_empty()).then(|| view! { <p>{s.upload} ": " {upload}</p> })}
            {(!constraints.is_empty()).then(|| view! { <p>{s.constraints} ": " {constraints.join(", ")}</p> })}
        </article>
    }
}

/// One list of channels under its heading, or a quiet line when it is empty.
fn channel_list(
    heading: String,
    channels: Vec<Channel>,
    empty: &'static str,
    ui: Ui,
) -> impl IntoView {
    view! {
        <h3 class="subhead">{heading}</h3>
        {if channels.is_empty() {
            view! { <p class="muted">{empty}</p> }.into_any()
        } else {
            view! { <div class="channels">{channels.into_iter().map(|c| channel_card(c, ui)).collect_view()}</div> }.into_any()
        }}
    }
}

/// The channels of one task of a heterogeneous job, named by its role.
pub type TaskChannels = (String, Vec<Channel>, Vec<Channel>);

/// Inputs and outputs, each as cards, with a quiet line when a list is empty. A heterogeneous job
/// defines its channels per task: those follow under each task's role, and the job-level lists are
/// left out when they are empty.
#[component]
pub fn IoChannels(
    inputs: Vec<Channel>,
    outputs: Vec<Channel>,
    tasks: Vec<TaskChannels>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let job_level = tasks.is_empty() || !inputs.is_empty() || !outputs.is_empty();
    view! {
        <section class="card" id="io" aria-labelledby="io-title">
            <h2 id="io-title">{(s.section_title)(Section::Io)}</h2>
            {job_level.then(|| view! {
                {channel_list(s.inputs.to_string(), inputs, s.no_inputs, ui)}
                {channel_list(s.outputs.to_string(), outputs, s.no_outputs, ui)}
            })}
            {tasks.into_iter().map(|(role, inputs, outputs)| view! {
                {channel_list(format!("{role}: {}", s.inputs), inputs, s.no_inputs, ui)}
                {channel_list(format!("{role}: {}", s.outputs), outputs, s.no_outputs, ui)}
            }).collect_view()}
        </section>
    }
}
