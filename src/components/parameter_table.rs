//! The parameters section: every hyperparameter with its constraint, broken ones flagged.

use crate::components::autosearch_card::AutoSearchCard;
use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::long_text::LongText;
use crate::components::masked_value::MaskedValue;
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::autosearch::auto_search_of;
use crate::insight::parameters::{check, parameter_row, parameters_of, Verdict};
use crate::insight::secrets::shown_value;
use crate::model::TrainingJob;
use crate::route::Section;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Table of name, value, type, required, editable, allowed values and description, then the
/// auto-search configuration when there is one.
#[component]
pub fn ParameterTable(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let verdicts: Vec<Verdict> = parameters_of(&job)
        .iter()
        .map(|parameter| check(parameter, s))
        .collect();
    let total = verdicts.len();
    let flagged = verdicts
        .iter()
        .filter(|verdict| matches!(verdict, Verdict::Invalid(_)))
        .count();
    let auto_search = auto_search_of(&job).cloned();
    let show_all = remembered_flag("show-all:parameters");
    // The rows are the job's own and never change under this table, so a row's position is its key.
    let row = Callback::new(move |(index, _): RowKey| {
        let row = parameter_row(
            parameters_of(&job)[index],
            &verdicts[index],
            s,
            ui.lang.api_code(),
        );
        let shown = shown_value(&row.name, &row.value, row.sensitive);
        let reveal_key = format!("parameter:{}", row.name);
        let spoken_name = row.name.clone();
        let description_key = format!("description:{}", row.name);
        // Each cell names its column for the narrow layout, where rows become cards.
        view! {
            <tr class=format!("param-row param-row--{}", row.verdict)>
                <th scope="row"><code>{row.name}</code></th>
                <td data-label=s.value>
                    <MaskedValue shown key=reveal_key name=spoken_name ui/>
                    {row.sensitive.then(|| view! { <span class="tag">{s.sensitive}</span> })}
                    {row.problem.map(|problem| view! { <span class="tag tag--failed">"⚠ " {problem}</span> })}
                </td>
                // The type, allowed values and description are the API's words.
                <td translate="no" data-label=s.r#type>{row.r#type}</td>
                <td data-label=s.required>{row.required}</td>
                <td data-label=s.editable>{row.editable}</td>
                <td translate="no" data-label=s.allowed>{row.allowed}</td>
                <td data-label=s.description><LongText text=row.description key=description_key ui/></td>
            </tr>
        }
        .into_any()
    });

    view! {
        <section class="card" id="parameters" aria-labelledby="parameters-title">
            <h2 id="parameters-title">{(s.section_title)(Section::Parameters)}</h2>
            {(flagged > 0).then(|| view! { <p class="triage triage--failed">{format!("⚠ {}", (s.flagged_parameters)(flagged))}</p> })}
            {if total == 0 {
                view! { <p class="muted">{s.no_parameters}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{s.name}</th><th scope="col">{s.value}</th><th scope="col">{s.r#type}</th>
                                <th scope="col">{s.required}</th><th scope="col">{s.editable}</th>
                                <th scope="col">{s.allowed}</th><th scope="col">{s.description}</th>
                            </tr></thead>
                            <tbody>
                                <KeyedRows keys=visible_positions(total, show_all) row=row/>
                            </tbody>
                        </table>
                    </div>
                    <ShowAllButton total show_all ui/>
                }.into_any()
            }}
            {auto_search.map(|auto_search| view! { <AutoSearchCard auto_search ui/> })}
        </section>
    }
}
