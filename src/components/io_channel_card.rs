//! The I/O section: one card per input and output, local directory to remote location.

use crate::components::copy_button::CopyButton;
use crate::components::fact_list::{piece_view, pieces_view};
use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::insight::channels::{channel_text, ChannelText, JobChannels};
use crate::model::Channel;
use crate::route::Section;
use leptos::prelude::*;

fn channel_card(channel: ChannelText, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let ChannelText {
        name,
        description,
        local_dir,
        obs_url,
        dataset,
        dataset_url,
        access_method,
        upload,
        constraints,
    } = channel;
    view! {
        <article class="subcard channel">
            <h4 class="channel__name"><code>{name}</code></h4>
            {description.map(|description| view! { <p class="muted" translate="no">{description}</p> })}
            <div class="channel__flow">
                {local_dir.map(|local| view! {
                    <span class="channel__end"><span class="channel__label">{s.local_dir}</span> <code>{local.clone()}</code> <CopyButton text=local what=s.local_dir ui/></span>
                })}
                <span class="channel__arrow" aria-hidden="true">"⇅"</span>
                <span class="channel__end">
                    <span class="channel__label">{s.remote}</span>
                    {obs_url.map(|obs| view! { <code>{obs.clone()}</code> <CopyButton text=obs what=s.remote ui/> })}
                    {dataset.map(|parts| view! { <span>{s.dataset} {s.colon} {pieces_view(parts)}</span> })}
                    {dataset_url.map(|url| view! { <code>{url.clone()}</code> <CopyButton text=url what=s.remote ui/> })}
                </span>
            </div>
            {access_method.map(|method| view! { <p>{s.access_method} {s.colon} {piece_view(method)}</p> })}
            {(!upload.is_empty()).then(|| view! { <p>{s.upload} {s.colon} {pieces_view(upload)}</p> })}
            {constraints.map(|constraints| view! { <p>{s.constraints} {s.colon} <span translate="no">{constraints}</span></p> })}
        </article>
    }
}

/// One list of channels under its heading (after the task's role, as sent, for a task's own), or
/// a quiet line when it is empty.
fn channel_list(
    role: Option<String>,
    heading: &'static str,
    channels: Vec<Channel>,
    empty: &'static str,
    ui: Ui,
) -> impl IntoView {
    let texts: Vec<ChannelText> = channels
        .iter()
        .map(|channel| channel_text(channel, ui.s))
        .collect();
    view! {
        <h3 class="subhead">{role.map(|role| view! { <span translate="no">{role}</span> {ui.s.colon} })}{heading}</h3>
        {if texts.is_empty() {
            view! { <p class="muted">{empty}</p> }.into_any()
        } else {
            view! {
                <div class="channels">
                    {keyed_list(texts.clone(), move |text| view! { {channel_card(text, ui)} }.into_any())}
                </div>
            }
            .into_any()
        }}
    }
}

/// Inputs and outputs, each as cards, with a quiet line when a list is empty. A heterogeneous job
/// defines its channels per task: those follow under each task's role, and the job-level lists are
/// left out when they are empty.
#[component]
pub fn IoChannels(channels: JobChannels, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let JobChannels {
        inputs,
        outputs,
        tasks,
    } = channels;
    let job_level = tasks.is_empty() || !inputs.is_empty() || !outputs.is_empty();
    view! {
        <section class="card" id="io" aria-labelledby="io-title">
            <h2 id="io-title">{(s.section_title)(Section::Io)}</h2>
            {job_level.then(|| view! {
                {channel_list(None, s.inputs, inputs, s.no_inputs, ui)}
                {channel_list(None, s.outputs, outputs, s.no_outputs, ui)}
            })}
            {keyed_list(tasks.clone(), move |(role, inputs, outputs)| view! { {channel_list(Some(role.clone()), s.inputs, inputs, s.no_inputs, ui)}
                {channel_list(Some(role), s.outputs, outputs, s.no_outputs, ui)} }.into_any())}
        </section>
    }
}
