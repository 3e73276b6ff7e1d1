//! Remote access to a running job: SSH, JupyterLab, TensorBoard, MindStudio Insight.

use crate::components::fact_list::pieces_view;
use crate::components::keyed_rows::keyed_list;
use crate::components::link_or_text::LinkOrText;
use crate::components::masked_value::MaskedValue;
use crate::i18n::Ui;
use crate::insight::facts::mark_literals;
use crate::insight::resources::{Access, WebTool};
use crate::insight::secrets::{mask_in_text, Shown};
use leptos::prelude::*;

fn web_tool(tool: WebTool, ui: Ui) -> impl IntoView {
    let WebTool { name, url, token } = tool;
    view! {
        <li>
            <strong>{name}</strong> " "
            {url.map(|url| view! { <LinkOrText url/> })}
            {token.map(|token| view! { " " {ui.s.token_word} " " <MaskedValue shown=Shown::secret(token) name=format!("{name} {}", ui.s.token_word) ui/> })}
        </li>
    }
}

/// The job's remote-access endpoints: web tools with their tokens masked, then SSH.
#[component]
pub fn EndpointsCard(access: Access, ui: Ui) -> impl IntoView {
    let Access {
        web_tools,
        key_pairs: keys,
        ssh: urls,
    } = access;
    view! {
        <h3 class="subhead">{ui.s.endpoints}</h3>
        <ul class="endpoints">
            {keyed_list(web_tools, move |tool| web_tool(tool, ui).into_any())}
            {(!urls.is_empty() || !keys.is_empty()).then(|| view! {
                <li>
                    <strong>"SSH"</strong>
                    {(!keys.is_empty()).then(|| {
                        let sentence = (ui.s.aside)(&(ui.s.key_pairs)(&keys.join(", ")));
                        pieces_view(mark_literals(&sentence, &keys))
                    })}
                    <ul>{keyed_list(urls, move |(task, url)| view! { <li><span translate="no">{task}</span> {ui.s.colon} <code>{mask_in_text(&url).into_owned()}</code></li> }.into_any())}</ul>
                </li>
            })}
        </ul>
    }
}
