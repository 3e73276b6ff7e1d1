//! The parameters section: every hyperparameter with its constraint, broken ones flagged.

use crate::components::autosearch_card::AutoSearchCard;
use crate::components::show_all_button::{visible_rows, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::parameters::{check, description_for, Verdict};
use crate::model::{Parameter, Scalar, TrainingJob};
use crate::route::Section;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// The job's parameters, borrowed: rows render from the shared job, so 500 parameters are not copied.
fn parameters_of(job: &TrainingJob) -> Vec<&Parameter> {
    job.algorithm()
        .and_then(|algorithm| algorithm.parameters())
        .map(|parameters| parameters.iter().collect())
        .unwrap_or_default()
}

/// Table of name, value, type, required, editable, allowed values and description, then the
/// auto-search configuration when there is one.
#[component]
pub fn ParameterTable(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let algorithm = job.algorithm();
    let parameters = parameters_of(&job);
    let auto_search = algorithm
        .and_then(|algorithm| algorithm.policies())
        .and_then(|policies| policies.auto_search())
        .cloned();
    let verdicts: Vec<Verdict> = parameters
        .iter()
        .map(|parameter| check(parameter, s))
        .collect();
    let total = parameters.len();
    let flagged = verdicts
        .iter()
        .filter(|verdict| matches!(verdict, Verdict::Invalid(_)))
        .count();
    let yes_no = |flag: Option<&bool>| {
        flag.map(|flag| if *flag { s.yes } else { s.no })
            .unwrap_or("")
    };

    let show_all = remembered_flag("show-all:parameters");
    let rows_job = Arc::clone(&job);
    let rows = move || {
        parameters_of(&rows_job)
        .into_iter()
        .zip(verdicts.iter())
        .take(visible_rows(total, show_all.get()))
        .map(|(parameter, verdict)| {
            let constraint = parameter.constraint();
            let range: Vec<String> = constraint
                .and_then(|c| c.valid_range())
                .map(|range| range.iter().map(Scalar::as_text).collect())
                .unwrap_or_default();
            let valid_type = constraint.and_then(|c| c.valid_type()).cloned().unwrap_or_default();
            let allowed = match (valid_type.as_str(), range.as_slice()) {
                (_, []) => String::new(),
                ("Range", [low, high]) => format!("{low} … {high}"),
                (_, values) => values.join(" | "),
            };
            let problem = match verdict {
                Verdict::Invalid(reason) => Some(reason.clone()),
                _ => None,
            };
            let value = parameter.value().map(Scalar::as_text).unwrap_or_default();
            view! {
                <tr class=format!("param-row param-row--{}", verdict.as_str())>
                    <th scope="row"><code>{parameter.name().cloned().unwrap_or_default()}</code></th>
                    <td>
                        <code>{value}</code>
                        {constraint.and_then(|c| c.sensitive()).filter(|sensitive| **sensitive).map(|_| view! { <span class="tag">{s.sensitive}</span> })}
                        {problem.map(|problem| view! { <span class="tag tag--failed">"⚠ " {problem}</span> })}
                    </td>
                    <td>{constraint.and_then(|c| c.r#type()).cloned().unwrap_or_default()}</td>
                    <td>{yes_no(constraint.and_then(|c| c.required()))}</td>
                    <td>{yes_no(constraint.and_then(|c| c.editable()))}</td>
                    <td>{allowed}</td>
                    <td>{description_for(parameter, ui.lang.api_code()).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view()
    };

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
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <ShowAllButton total show_all ui/>
                }.into_any()
            }}
            {auto_search.map(|auto_search| view! { <AutoSearchCard auto_search ui/> })}
        </section>
    }
}
