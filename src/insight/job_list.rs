//! The project's job list as pure functions: the query a link names, the search call's body and
//! answer (reference §5, `POST /v2/{project_id}/training-job-searches`), the same filtering, sorting
//! and paging done in the browser for static hosts, and the words of one row.

use crate::i18n::{FinderStrings, Lang, Strings};
use crate::insight::hardware::{format_number, job_hardware, Hardware};
use crate::insight::phase::{is_terminal, Phase};
use crate::insight::timeline::to_millis;
use crate::model::lenient::json_type_name;
use crate::model::{job_from_value, parse_error_body, parse_json, BodyError, Scalar, TrainingJob};
use ref_cast::RefCast;
use serde_json::{json, Value};
use std::borrow::Borrow;
use std::cmp::Ordering;

/// Jobs on one page. §5 allows `limit` 1–50; the list's render budget is set for 50 rows, and
/// fewer pages mean fewer round trips through the relay.
pub const PAGE_SIZE: usize = 50;

/// What the list can be sorted by. §5 documents only `create_time` (the default) for `sort_by`;
/// `name` and `duration` are guesses from the filter key of the OTC example request and the
/// `status.duration` field. A server that ignores them still answers, sorted by creation, and a
/// static host's list is sorted in the browser by all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Created,
    Name,
    Duration,
}

impl SortKey {
    /// Every key, in the order a sort menu lists them.
    pub const ALL: [SortKey; 3] = [SortKey::Created, SortKey::Name, SortKey::Duration];

    /// The value of `sort_by` in the search body.
    pub fn api_key(self) -> &'static str {
        match self {
            SortKey::Created => "create_time",
            SortKey::Name => "name",
            SortKey::Duration => "duration",
        }
    }

    /// The value of `sort=` in the link.
    pub fn link_value(self) -> &'static str {
        match self {
            SortKey::Created => "created",
            SortKey::Name => "name",
            SortKey::Duration => "duration",
        }
    }

    /// The key a link's `sort=` names, if it names one.
    pub fn from_link(value: &str) -> Option<SortKey> {
        SortKey::ALL
            .into_iter()
            .find(|key| key.link_value() == value)
    }
}

/// What a person asked the list for; every part of it lives in the link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// One phase as the API spells it (`Failed`), or every phase.
    pub phase: Option<String>,
    /// Part of the job name, as typed; blank means every name.
    pub name: String,
    /// 1-based, as in the link; the API counts pages from 0.
    pub page: usize,
    pub sort: SortKey,
    pub descending: bool,
}

impl Default for ListQuery {
    /// Every job, newest first, first page: what the console shows.
    fn default() -> ListQuery {
        ListQuery {
            phase: None,
            name: String::new(),
            page: 1,
            sort: SortKey::Created,
            descending: true,
        }
    }
}

/// The body of `POST …/training-job-searches` for `query`, with only what §5 documents: `offset`
/// (a page index from 0, not a record offset), `limit`, `sort_by`, `order` and `filters`. The filter
/// keys `phase` (operator `in`) and `name` (operator `like`) are not in §5's table; they come from
/// the OTC reference's example request.
pub fn search_body(query: &ListQuery) -> Value {
    let mut filters = Vec::new();
    if let Some(phase) = &query.phase {
        filters.push(json!({"key": "phase", "operator": "in", "value": [phase]}));
    }
    let name = query.name.trim();
    if !name.is_empty() {
        filters.push(json!({"key": "name", "operator": "like", "value": [name]}));
    }
    let mut body = json!({
        "offset": query.page.max(1) - 1,
        "limit": PAGE_SIZE,
        "sort_by": query.sort.api_key(),
        "order": if query.descending { "desc" } else { "asc" },
    });
    if !filters.is_empty() {
        body["filters"] = Value::Array(filters);
    }
    body
}

/// One page of the search's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPage {
    pub items: Vec<TrainingJob>,
    /// The answer's `total`, which is only approximate: §5 defines it as all of the user's jobs, yet
    /// its example has `total: 5059` beside `count: 1`. Good for "about N jobs", not for paging.
    pub total: Option<u64>,
}

/// Reads the search's answer: `{total, …, items: [job, …]}`, each item read leniently as a job.
/// An item that is not a job object is skipped, so one bad item never hides the page. A static
/// host's file may hold the items alone, as an array. An object without `items` is not a list;
/// when it is an error body, the error says so.
pub fn parse_search(body: &str) -> Result<SearchPage, BodyError> {
    let (items, total) = match parse_json(body)? {
        Value::Array(items) => (items, None),
        Value::Object(mut object) => {
            let total = object
                .get("total")
                .map(Scalar::ref_cast)
                .and_then(Scalar::as_i64)
                .and_then(|total| u64::try_from(total).ok());
            match object.remove("items") {
                Some(Value::Array(items)) => (items, total),
                // A search that found nothing may well say so with `null`.
                Some(Value::Null) => (Vec::new(), total),
                _ => {
                    return Err(BodyError::NotAJob {
                        error: parse_error_body(Value::Object(object)).map(Box::new),
                    })
                }
            }
        }
        other => {
            return Err(BodyError::NotAnObject {
                found: json_type_name(&other),
            })
        }
    };
    let items = items
        .into_iter()
        .filter_map(|item| job_from_value(item).ok())
        .map(|parsed| parsed.job)
        .collect();
    Ok(SearchPage { items, total })
}

fn phase_of(job: &TrainingJob) -> &str {
    job.status()
        .and_then(|status| status.phase())
        .map_or("", String::as_str)
}

fn name_of(job: &TrainingJob) -> &str {
    job.metadata()
        .and_then(|metadata| metadata.name())
        .map_or("", String::as_str)
}

/// Whether `needle` occurs in `haystack`, ignoring ASCII case: job names are ASCII letters,
/// digits, `_` and `-` (§2.2), and this needs no lower-cased copy of every name.
fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    needle.is_empty()
        || haystack
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

/// What a job sorts by under a key: read once a job, not twice at every comparison of the sort.
enum SortValue<'a> {
    Name(&'a str),
    Number(Option<i64>),
}

fn sort_value(job: &TrainingJob, key: SortKey) -> SortValue<'_> {
    match key {
        SortKey::Name => SortValue::Name(name_of(job)),
        SortKey::Created => SortValue::Number(
            job.metadata()
                .and_then(|metadata| metadata.create_time())
                .and_then(|time| time.as_i64()),
        ),
        SortKey::Duration => SortValue::Number(
            job.status()
                .and_then(|status| status.duration())
                .and_then(|duration| duration.as_i64()),
        ),
    }
}

/// Orders two jobs' sort values; a job without the time sorts last either way, so a broken item
/// never heads the list.
fn compare_values(a: &SortValue, b: &SortValue, descending: bool) -> Ordering {
    match (a, b) {
        (SortValue::Name(a), SortValue::Name(b)) => {
            let ordering = a
                .bytes()
                .map(|byte| byte.to_ascii_lowercase())
                .cmp(b.bytes().map(|byte| byte.to_ascii_lowercase()));
            directed(ordering, descending)
        }
        (SortValue::Number(Some(a)), SortValue::Number(Some(b))) => directed(a.cmp(b), descending),
        (SortValue::Number(Some(_)), SortValue::Number(None)) => Ordering::Less,
        (SortValue::Number(None), SortValue::Number(Some(_))) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

fn directed(ordering: Ordering, descending: bool) -> Ordering {
    if descending {
        ordering.reverse()
    } else {
        ordering
    }
}

/// The list a static host gives (every job, from a GET of the same path) filtered by phase and by
/// name (a case-insensitive part of it), sorted and paged in the browser as the API would: the
/// indices into `items` of the requested page, and how many jobs matched in all. The sort is
/// stable, so jobs that tie keep the file's order.
pub fn in_browser<J: Borrow<TrainingJob>>(items: &[J], query: &ListQuery) -> (Vec<usize>, usize) {
    let name = query.name.trim();
    let mut matched: Vec<(usize, SortValue)> = items
        .iter()
        .map(Borrow::borrow)
        .enumerate()
        .filter(|(_, job)| {
            let phase_ok = query
                .phase
                .as_deref()
                .is_none_or(|phase| phase_of(job).eq_ignore_ascii_case(phase));
            phase_ok && contains_ignoring_case(name_of(job), name)
        })
        .map(|(index, job)| (index, sort_value(job, query.sort)))
        .collect();
    // Stable: jobs that tie keep the file's order.
    matched.sort_by(|(_, a), (_, b)| compare_values(a, b, query.descending));
    let matched: Vec<usize> = matched.into_iter().map(|(index, _)| index).collect();
    let count = matched.len();
    let start = (query.page.max(1) - 1).saturating_mul(PAGE_SIZE).min(count);
    let end = start.saturating_add(PAGE_SIZE).min(count);
    (matched[start..end].to_vec(), count)
}

/// What one row of the list shows; the view formats the times.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JobRow {
    pub id: String,
    pub name: String,
    /// As sent; the view gives it its words and badge.
    pub phase: String,
    pub created_ms: Option<i64>,
    /// `None` until the job starts (the API sends 0).
    pub started_ms: Option<i64>,
    /// As sent, which is 0 before the job starts.
    pub duration_ms: Option<i64>,
    /// Whether the job can still change, so its duration ticks and the list keeps refreshing. A
    /// job without a phase counts as running, as on the job page.
    pub running: bool,
    /// `4 × 8 Ascend-snt9b`: nodes × accelerators of one node, by product as sent, else by kind;
    /// CPU cores when the flavor has no accelerator.
    pub hardware: Option<String>,
    pub nodes: Option<u64>,
    pub user: Option<String>,
}

/// The short hardware figure of a row: nodes × what one node has.
fn hardware_summary(hardware: &Hardware, s: &Strings, f: &FinderStrings) -> Option<String> {
    let nodes = hardware.node_count?;
    let (per_node, unit) = match &hardware.node.accelerators {
        Some(accelerators) => (
            accelerators.count,
            // The product as sent: names change over time for one flavor (§7), so none is mapped.
            accelerators
                .product
                .clone()
                .unwrap_or_else(|| (s.accelerators_of)(accelerators.family, accelerators.count)),
        ),
        None => {
            let cores = hardware.node.cpu_cores?;
            (cores, (f.cpu_cores_of)(cores))
        }
    };
    Some(format!("{nodes} × {} {unit}", format_number(per_node)))
}

fn text(value: Option<&String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty()).cloned()
}

/// The row of one listed job.
pub fn job_row(job: &TrainingJob, lang: Lang) -> JobRow {
    let metadata = job.metadata();
    let status = job.status();
    let phase = phase_of(job);
    let hardware = job_hardware(job);
    JobRow {
        id: metadata.and_then(|m| m.id()).cloned().unwrap_or_default(),
        name: name_of(job).to_string(),
        phase: phase.to_string(),
        created_ms: metadata
            .and_then(|m| m.create_time())
            .and_then(Scalar::as_i64)
            .and_then(to_millis),
        started_ms: status
            .and_then(|s| s.start_time())
            .and_then(Scalar::as_i64)
            .and_then(to_millis),
        duration_ms: status.and_then(|s| s.duration()).and_then(Scalar::as_i64),
        running: !is_terminal(phase),
        hardware: hardware
            .as_ref()
            .and_then(|hardware| hardware_summary(hardware, lang.strings(), lang.finder())),
        nodes: hardware.and_then(|hardware| hardware.node_count),
        user: text(metadata.and_then(|m| m.user_name())),
    }
}

/// Whether any listed job can still change, so the list keeps refreshing under the loader's
/// policy.
pub fn any_running<J: Borrow<TrainingJob>>(items: &[J]) -> bool {
    items.iter().any(|job| !is_terminal(phase_of(job.borrow())))
}

/// The query a link names: `?phase=Failed&q=llama&page=2&sort=name&order=asc`, its values already
/// percent-decoded (`route::percent_decode`). A missing or unreadable value keeps its default; a
/// documented phase is spelled as the API spells it whatever its case.
pub fn query_from_params(params: &[(String, String)]) -> ListQuery {
    let mut query = ListQuery::default();
    for (key, value) in params {
        match key.as_str() {
            "phase" => {
                let value = value.trim();
                query.phase = (!value.is_empty()).then(|| {
                    Phase::ALL
                        .into_iter()
                        .map(Phase::api_value)
                        .find(|known| known.eq_ignore_ascii_case(value))
                        .unwrap_or(value)
                        .to_string()
                });
            }
            "q" => query.name = value.clone(),
            "page" => {
                query.page = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|&page| page > 0)
                    .unwrap_or(1)
            }
            "sort" => query.sort = SortKey::from_link(value).unwrap_or_default(),
            "order" => query.descending = value != "asc",
            _ => {}
        }
    }
    query
}

/// The link's query pairs for `query`, values not yet percent-encoded (`route::percent_encode`
/// does that), leaving out every value that is the default so the plain list has a plain link.
pub fn query_params(query: &ListQuery) -> Vec<(&'static str, String)> {
    let mut params = Vec::new();
    if let Some(phase) = &query.phase {
        params.push(("phase", phase.clone()));
    }
    if !query.name.trim().is_empty() {
        params.push(("q", query.name.clone()));
    }
    if query.page > 1 {
        params.push(("page", query.page.to_string()));
    }
    if query.sort != SortKey::Created {
        params.push(("sort", query.sort.link_value().to_string()));
    }
    if !query.descending {
        params.push(("order", "asc".to_string()));
    }
    params
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{percent_decode, percent_encode};

    fn job(document: Value) -> TrainingJob {
        job_from_value(document).expect("a job").job
    }

    fn listed(name: &str, phase: &str, created: i64, duration: i64) -> TrainingJob {
        job(json!({
            "metadata": {"id": format!("id-{name}"), "name": name, "create_time": created},
            "status": {"phase": phase, "duration": duration}
        }))
    }

    #[test]
    fn the_default_query_asks_for_the_first_page_newest_first() {
        assert_eq!(
            search_body(&ListQuery::default()),
            json!({"offset": 0, "limit": 50, "sort_by": "create_time", "order": "desc"})
        );
    }

    #[test]
    fn filters_and_paging_go_into_the_body_with_a_page_index() {
        let query = ListQuery {
            phase: Some("Failed".into()),
            name: "  llama ".into(),
            page: 3,
            sort: SortKey::Duration,
            descending: false,
        };
        assert_eq!(
            search_body(&query),
            json!({
                "offset": 2, "limit": 50, "sort_by": "duration", "order": "asc",
                "filters": [
                    {"key": "phase", "operator": "in", "value": ["Failed"]},
                    {"key": "name", "operator": "like", "value": ["llama"]}
                ]
            })
        );
    }

    #[test]
    fn the_example_answer_reads_as_one_job_and_an_approximate_total() {
        // The published example (reference §6.1, `otc_search_200_list_economic_gpu.json`), cut to
        // the fields a row reads.
        let body = r#"{"total": 5059, "count": 1, "limit": 1, "offset": 0, "sort_by": "create_time",
            "order": "desc", "group_by": "", "workspace_id": "0", "ai_project": "default-ai-project",
            "items": [{"kind": "job",
                "metadata": {"id": "3faf5c03-aaa1-4cbe-879d-24b05d997347",
                    "name": "trainjob--py14_mem06-byd-108", "description": "",
                    "create_time": 1636447346315, "workspace_id": "0",
                    "user_name": "ei_modelarts_q00357245_01"},
                "status": {"phase": "Abnormal", "secondary_phase": "CreateFailed", "duration": 0,
                    "start_time": 0, "tasks": ["worker-0"]},
                "spec": {"resource": {"policy": "economic",
                    "flavor_id": "modelarts.vm.pnt1.large.eco", "node_count": 1,
                    "flavor_detail": {"flavor_type": "GPU", "flavor_info": {
                        "cpu": {"arch": "x86", "core_num": 8},
                        "gpu": {"unit_num": 1, "product_name": "GP-Pnt1", "memory": "8GB"},
                        "memory": {"size": 64, "unit": "GB"}}}}}}]}"#;
        let page = parse_search(body).expect("a list");
        assert_eq!(page.total, Some(5059));
        assert_eq!(page.items.len(), 1);
        let row = job_row(&page.items[0], Lang::En);
        assert_eq!(
            row,
            JobRow {
                id: "3faf5c03-aaa1-4cbe-879d-24b05d997347".into(),
                name: "trainjob--py14_mem06-byd-108".into(),
                phase: "Abnormal".into(),
                created_ms: Some(1_636_447_346_315),
                started_ms: None,
                duration_ms: Some(0),
                running: false,
                hardware: Some("1 × 1 GP-Pnt1".into()),
                nodes: Some(1),
                user: Some("ei_modelarts_q00357245_01".into()),
            }
        );
    }

    #[test]
    fn items_that_are_not_jobs_are_skipped_and_a_bare_array_is_a_list() {
        let page = parse_search(
            r#"{"total": "7", "items": [42, null, {"error": 1}, {"metadata": {"name": "a"}}, {}]}"#,
        )
        .expect("a list");
        assert_eq!(page.total, Some(7));
        assert_eq!(page.items.len(), 2);
        assert_eq!(name_of(&page.items[0]), "a");

        let page = parse_search(r#"[{"kind": "job"}, "x"]"#).expect("a list");
        assert_eq!((page.items.len(), page.total), (1, None));
        let page = parse_search(r#"{"total": 0, "items": null}"#).expect("a list");
        assert_eq!((page.items.len(), page.total), (0, Some(0)));
    }

    #[test]
    fn answers_that_are_not_lists_say_why() {
        let Err(BodyError::NotAJob { error: Some(error) }) =
            parse_search(r#"{"error_code": "ModelArts.0202", "error_msg": "expired"}"#)
        else {
            panic!("an error body is not a list");
        };
        assert_eq!(
            error.error_code().map(String::as_str),
            Some("ModelArts.0202")
        );
        assert_eq!(
            parse_search(r#"{"items": {"kind": "job"}}"#),
            Err(BodyError::NotAJob { error: None })
        );
        assert_eq!(
            parse_search("42"),
            Err(BodyError::NotAnObject { found: "a number" })
        );
        assert_eq!(parse_search(r#"{"items": ["#), Err(BodyError::CutOff));
    }

    #[test]
    fn the_browser_filters_sorts_and_pages_like_the_api() {
        let items = vec![
            listed("llama-a", "Failed", 3, 50),
            listed("LLaMA-b", "Completed", 1, 10),
            listed("bert", "Failed", 2, 30),
            listed("llama-c", "failed", 5, 20),
            job(json!({"metadata": {"name": "llama-d"}, "status": {"phase": "Failed"}})),
        ];
        let query = |phase: Option<&str>, name: &str, sort, descending| ListQuery {
            phase: phase.map(String::from),
            name: name.into(),
            page: 1,
            sort,
            descending,
        };
        assert_eq!(
            in_browser(&items, &ListQuery::default()),
            (vec![3, 0, 2, 1, 4], 5)
        );
        assert_eq!(
            in_browser(
                &items,
                &query(Some("Failed"), "LLAMA", SortKey::Created, true)
            ),
            (vec![3, 0, 4], 3),
            "phase and name ignore case; a job without a time sorts last"
        );
        assert_eq!(
            in_browser(&items, &query(None, "", SortKey::Created, false)),
            (vec![1, 2, 0, 3, 4], 5),
            "a job without a time sorts last ascending too"
        );
        assert_eq!(
            in_browser(&items, &query(None, "", SortKey::Name, false)),
            (vec![2, 0, 1, 3, 4], 5)
        );
        assert_eq!(
            in_browser(&items, &query(None, "lla", SortKey::Duration, true)),
            (vec![0, 3, 1, 4], 4)
        );
    }

    #[test]
    fn pages_are_cut_from_the_matches() {
        let items: Vec<TrainingJob> = (0..120)
            .map(|index| listed(&format!("job-{index}"), "Running", index, 0))
            .collect();
        let page = |page| ListQuery {
            page,
            ..ListQuery::default()
        };
        let (first, count) = in_browser(&items, &page(1));
        assert_eq!((first.len(), first[0], count), (50, 119, 120));
        let (third, count) = in_browser(&items, &page(3));
        assert_eq!((third, count), ((0..20).rev().collect::<Vec<_>>(), 120));
        assert_eq!(in_browser(&items, &page(9)), (vec![], 120));
    }

    #[test]
    fn rows_summarise_the_hardware_in_a_few_words() {
        let summary = |resource: Value| {
            job_row(&job(json!({"spec": {"resource": resource}})), Lang::En).hardware
        };
        assert_eq!(
            summary(json!({"node_count": 4, "flavor_detail": {"flavor_info": {
                "npu": {"unit_num": "8", "product_name": "Ascend-snt9b"}}}})),
            Some("4 × 8 Ascend-snt9b".into())
        );
        assert_eq!(
            summary(json!({"node_count": 2, "flavor_detail": {"flavor_info": {
                "gpu": {"unit_num": 8}}}})),
            Some("2 × 8 GPUs".into())
        );
        assert_eq!(
            summary(json!({"node_count": 1, "flavor_detail": {"flavor_info": {
                "cpu": {"core_num": 1}}}})),
            Some("1 × 1 CPU core".into())
        );
        let zh = job_row(
            &job(
                json!({"spec": {"resource": {"node_count": 1, "flavor_detail": {
                "flavor_info": {"cpu": {"core_num": 8}}}}}}),
            ),
            Lang::Zh,
        );
        assert_eq!(zh.hardware.as_deref(), Some("1 × 8 CPU 核"));
        assert_eq!(summary(json!({"flavor_id": "x"})), None);
    }

    #[test]
    fn a_row_is_running_until_its_phase_is_final() {
        let running = listed("a", "Running", 1, 0);
        let failed = listed("b", "Failed", 1, 0);
        let unknown = job(json!({"metadata": {"name": "c"}}));
        assert!(job_row(&running, Lang::En).running);
        assert!(!job_row(&failed, Lang::En).running);
        assert!(job_row(&unknown, Lang::En).running);
        assert!(any_running(&[failed.clone(), running]));
        assert!(!any_running(&[failed]));
        assert!(!any_running::<TrainingJob>(&[]));
    }

    /// Writes the query into a link's query string and reads it back, as the route does.
    fn through_link(query: &ListQuery) -> (String, ListQuery) {
        let text = query_params(query)
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent_encode(&value)))
            .collect::<Vec<_>>()
            .join("&");
        let params: Vec<(String, String)> = text
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (key.to_string(), percent_decode(value))
            })
            .collect();
        (text, query_from_params(&params))
    }

    #[test]
    fn the_query_round_trips_through_the_link_and_defaults_are_left_out() {
        let query = ListQuery {
            phase: Some("Failed".into()),
            name: "llama 7b&x".into(),
            page: 2,
            sort: SortKey::Name,
            descending: false,
        };
        let (text, back) = through_link(&query);
        assert_eq!(
            text,
            "phase=Failed&q=llama%207b%26x&page=2&sort=name&order=asc"
        );
        assert_eq!(back, query);
        assert_eq!(
            through_link(&ListQuery::default()),
            (String::new(), ListQuery::default())
        );
    }

    #[test]
    fn unreadable_link_values_keep_their_defaults() {
        let params = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(key, value)| (key.to_string(), value.to_string()))
                .collect();
            query_from_params(&pairs)
        };
        assert_eq!(
            params(&[
                ("page", "0"),
                ("sort", "size"),
                ("order", "up"),
                ("phase", " ")
            ]),
            ListQuery::default()
        );
        assert_eq!(params(&[("page", "-2")]).page, 1);
        assert_eq!(params(&[("page", "x")]).page, 1);
        assert_eq!(
            params(&[("phase", "failed")]).phase.as_deref(),
            Some("Failed")
        );
        assert_eq!(
            params(&[("phase", "Hibernating")]).phase.as_deref(),
            Some("Hibernating")
        );
    }
}
