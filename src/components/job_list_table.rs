//! The job list's table: one row a job, linked to its page, with a pager and a way to compare two.

use crate::components::live_duration::{duration_clock, LiveDuration};
use crate::components::phase_badge::PhaseBadge;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::job_list::{in_browser, job_row, JobRow, ListQuery, PAGE_SIZE};
use crate::pages::job_list::ListData;
use crate::pages::VIEWER_PAGE;
use crate::route::{compare_hash, job_hash_in, list_hash};
use leptos::prelude::*;
use std::sync::Arc;

/// The rows of the requested page, how many jobs matched (when known) and whether a next page may
/// exist.
fn page_rows(data: &ListData, query: &ListQuery) -> (Vec<usize>, Option<usize>, bool) {
    if data.complete {
        let (rows, matched) = in_browser(&data.items, query);
        // A page number typed into a link can be anything: no overflow on 32-bit wasm.
        let more = matched > query.page.saturating_mul(PAGE_SIZE);
        (rows, Some(matched), more)
    } else {
        // The server paged: a full page may have a next one.
        let rows: Vec<usize> = (0..data.items.len()).collect();
        let more = rows.len() >= PAGE_SIZE;
        (rows, None, more)
    }
}

/// Name, phase, created, duration (ticking while running), hardware, nodes and user of each job on
/// the page; two ticked rows can be compared.
#[component]
pub fn JobListTable(
    data: Signal<ListData>,
    project_id: String,
    /// The endpoint the jobs came through, kept in every link.
    endpoint: String,
    query: ListQuery,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let f = ui.lang.finder();
    let chosen = RwSignal::new(Vec::<String>::new());
    let (project, endpoint_for_compare) = (project_id.clone(), endpoint.clone());
    let compare_link = move || {
        chosen.with(|ids| match ids.as_slice() {
            [a, b] => Some(view! {
                <a class="button" href=compare_hash(&project, a, b, Some(&endpoint_for_compare), ui.time)>{f.compare_chosen}</a>
            }),
            _ => None,
        })
    };
    let table = move || {
        data.with(|data| {
            let (indices, matched, more) = page_rows(data, &query);
            let rows: Vec<(usize, JobRow, Arc<crate::model::TrainingJob>)> = indices
                .into_iter()
                .enumerate()
                .map(|(position, index)| {
                    let job = Arc::clone(&data.items[index]);
                    (position, job_row(&job, ui.lang), job)
                })
                .collect();
            let fetched_at_ms = data.fetched_at_ms;
            // One timer for every running row, dropped with these rows.
            let clock = rows.iter().any(|(_, row, _)| row.running).then(duration_clock);
            let (project, endpoint) = (project_id.clone(), endpoint.clone());
            let pager_query = query.clone();
            let previous = (pager_query.page > 1).then(|| {
                let mut previous = pager_query.clone();
                previous.page -= 1;
                list_hash(&project, Some(&endpoint), ui.time, &previous)
            });
            let next = more.then(|| {
                let mut next = pager_query.clone();
                next.page = next.page.saturating_add(1);
                list_hash(&project, Some(&endpoint), ui.time, &next)
            });
            let empty = rows.is_empty();
            view! {
                {matched.map(|matched| view! { <p class="muted" role="status">{(f.jobs_matched)(matched)}</p> })}
                {if empty {
                    view! { <p class="muted">{f.no_jobs}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll">
                            <table class="table jobs-table">
                                <thead><tr>
                                    <th scope="col"><span class="visually-hidden" id="compare-word">{f.compare}</span></th>
                                    <th scope="col">{s.name}</th><th scope="col">{f.phase}</th>
                                    <th scope="col">{s.created}</th><th scope="col">{s.duration}</th>
                                    <th scope="col">{f.hardware}</th><th scope="col">{f.nodes}</th>
                                    <th scope="col">{s.user}</th>
                                </tr></thead>
                                <tbody>
                                    // Plain rows, not a keyed list: the table is built anew whenever the
                                    // search answers, so keys would only cost time.
                                    {rows.into_iter().map(|(position, row, job)| {
                                        let id = row.id.clone();
                                        let toggle_id = id.clone();
                                        let checked = move || chosen.with(|ids| ids.contains(&id));
                                        let href = format!("{VIEWER_PAGE}{}", job_hash_in(&project, &row.id, Some(&endpoint), ui.time));
                                        // Each box is "Compare" and its job's name: fifty boxes all called
                                        // "Compare" say nothing.
                                        let name_id = format!("job-name-{position}");
                                        let labelled_by = format!("compare-word {name_id}");
                                        view! {
                                            <tr>
                                                <td><input type="checkbox" aria-labelledby=labelled_by prop:checked=checked
                                                    on:change=move |_| chosen.update(|ids| {
                                                        match ids.iter().position(|chosen| *chosen == toggle_id) {
                                                            Some(at) => { ids.remove(at); }
                                                            // The latest two ticks win.
                                                            None => { ids.push(toggle_id.clone()); if ids.len() > 2 { ids.remove(0); } }
                                                        }
                                                    })/></td>
                                                <th scope="row"><a href=href id=name_id translate="no">{row.name}</a></th>
                                                <td data-label=f.phase><PhaseBadge phase=row.phase secondary=None ui/></td>
                                                <td data-label=s.created>{row.created_ms.map(|ms| view! { <TimeText ms ui/> })}</td>
                                                <td data-label=s.duration><LiveDuration job clock=clock.filter(|_| row.running) fetched_at_ms fixed_ms=row.duration_ms lang=ui.lang/></td>
                                                // Product names as the API sends them.
                                                <td data-label=f.hardware translate="no">{row.hardware}</td>
                                                <td data-label=f.nodes>{row.nodes}</td>
                                                <td data-label=s.user translate="no">{row.user}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
                <nav class="pager" aria-label=f.pages>
                    {previous.map(|href| view! { <a class="button" href=href rel="prev">{f.previous_page}</a> })}
                    <span>{(f.page_number)(pager_query.page)}</span>
                    {next.map(|href| view! { <a class="button" href=href rel="next">{f.next_page}</a> })}
                </nav>
            }
        })
    };
    view! {
        {table}
        <p>{compare_link}</p>
    }
}
