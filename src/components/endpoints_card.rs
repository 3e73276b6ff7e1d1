//! Remote access to a running job: SSH, JupyterLab, TensorBoard, MindStudio Insight.

use crate::components::fact_list::pieces_view;
use crate::components::keyed_rows::keyed_list;
use crate::components::link_or_text::LinkOrText;
use crate::components::masked_value::MaskedValue;
use crate::i18n::Ui;
use crate::insight::facts::mark_literals;
use crate::insight::secrets::{mask_in_text, Shown};
use crate::model::{Endpoints, WebEndpoint};
use leptos::prelude::*;

fn web_tool(label: &'static str, endpoint: Option<&WebEndpoint>, ui: Ui) -> Option<impl IntoView> {
    let endpoint = endpoint?;
    let url = endpoint.url().cloned();
    let token = endpoint.token().filter(|token| !token.is_empty()).cloned();
    Some(view! {
        <li>
            <strong>{label}</strong> " "
            {url.map(|url| view! { <LinkOrText url/> })}
            {token.map(|token| view! { " " {ui.s.token_word} " " <MaskedValue shown=Shown::secret(token) name=format!("{label} {}", ui.s.token_word) ui/> })}
        </li>
    })
}

/// Each access point; tokens are masked, and only http(s) URLs become links.
#[component]
pub fn EndpointsCard(endpoints: Endpoints, ui: Ui) -> impl IntoView {
    let ssh = endpoints.ssh();
    let keys: Vec<String> = ssh
        .and_then(|ssh| ssh.key_pair_names())
        .map(|k| k.iter().cloned().collect())
        .unwrap_or_default();
    let urls: Vec<(String, String)> = ssh
        .and_then(|ssh| ssh.task_urls())
        .map(|urls| {
            urls.iter()
                .map(|u| {
                    (
                        u.task().cloned().unwrap_or_default(),
                        u.url().cloned().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    view! {
        <h3 class="subhead">{ui.s.endpoints}</h3>
        <ul class="endpoints">
            {web_tool("JupyterLab", endpoints.jupyter_lab(), ui)}
            {web_tool("TensorBoard", endpoints.tensorboard(), ui)}
            {web_tool("MindStudio Insight", endpoints.mindstudio_insight(), ui)}
            {(!urls.is_empty() || !keys.is_empty()).then(|| view! {
                <li>
                    <strong>"SSH"</strong>
                    {(!keys.is_empty()).then(|| {
                        let sentence = format!(" ({})", (ui.s.key_pairs)(&keys.join(", ")));
                        pieces_view(mark_literals(&sentence, &keys))
                    })}
                    <ul>{keyed_list(urls, |(task, url)| view! { <li><span translate="no">{task}</span> ": " <code>{mask_in_text(&url).into_owned()}</code></li> }.into_any())}</ul>
                </li>
            })}
        </ul>
    }
}
