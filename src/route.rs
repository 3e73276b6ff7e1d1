//! Hash routes, both directions, as pure functions: `#/projects/{p}/training-jobs/{id}?section=…`.
//!
//! The hash keeps deep links working on any static host and under any sub-path with no rewrite rules.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Job(JobRoute),
    /// The jobs of one project (`#/projects/{id}/training-jobs`), on the finder page.
    JobList(ListRoute),
    /// Two jobs side by side (`#/projects/{id}/compare/{a}/{b}`), on the finder page.
    Compare(CompareRoute),
    /// A job waiting for the job to compare it with (`#/projects/{id}/compare/{a}`), on the finder
    /// page; the view state holds only the endpoint and time mode.
    CompareWith(JobRoute),
    /// A response file the person opened or pasted; it lives only in this tab.
    Local,
    /// Anything else; holds the hash as typed, for the not-found page.
    NotFound(String),
}

/// One job, and what a person selected on its page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JobRoute {
    pub project_id: String,
    pub job_id: String,
    pub view: ViewState,
}

/// A project's job list and the link's parameters (filters, page, sort, endpoint, time mode),
/// decoded, in the order written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListRoute {
    pub project_id: String,
    pub params: Vec<(String, String)>,
}

/// Two jobs of one project to compare, read through one endpoint and shown in one time mode.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareRoute {
    pub project_id: String,
    pub job_a: String,
    pub job_b: String,
    pub endpoint: Option<String>,
    pub time: Option<TimeMode>,
}

/// Everything a person can select on the job page, so that a link or a reload restores it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub section: Option<Section>,
    pub task: Option<String>,
    pub time: Option<TimeMode>,
    pub endpoint: Option<String>,
    /// Text searched for in the log (`q=`).
    pub search: Option<String>,
    /// The log line a link points at (`line=`, from 1).
    pub line: Option<usize>,
}

/// The sections of the job page; `id()` is the element id a deep link scrolls to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Status,
    Tasks,
    Algorithm,
    Parameters,
    Io,
    Resources,
    Raw,
    /// The job's events, on the diagnostics page.
    Events,
    /// A task's log, on the diagnostics page.
    Logs,
    /// The tasks' resource usage, on the diagnostics page.
    Metrics,
    /// The document as JSON, secrets masked, to copy or download: on the diagnostics page, so the
    /// job page's first load does not carry the serializer.
    Json,
}

impl Section {
    pub const ALL: [Section; 12] = [
        Section::Overview,
        Section::Status,
        Section::Tasks,
        Section::Algorithm,
        Section::Parameters,
        Section::Io,
        Section::Resources,
        Section::Raw,
        Section::Events,
        Section::Logs,
        Section::Metrics,
        Section::Json,
    ];

    /// Sections the diagnostics page shows: each is its own call to the API, and neither the job
    /// page's first load nor the start page's has room for them.
    pub fn on_diagnostics_page(self) -> bool {
        matches!(
            self,
            Section::Events | Section::Logs | Section::Metrics | Section::Json
        )
    }

    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Status => "status",
            Section::Tasks => "tasks",
            Section::Algorithm => "algorithm",
            Section::Parameters => "parameters",
            Section::Io => "io",
            Section::Resources => "resources",
            Section::Raw => "raw",
            Section::Events => "events",
            Section::Logs => "logs",
            Section::Metrics => "metrics",
            Section::Json => "json",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|section| section.id() == id)
    }
}

/// How times are shown across the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeMode {
    Relative,
    Local,
    Utc,
}

impl TimeMode {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeMode::Relative => "relative",
            TimeMode::Local => "local",
            TimeMode::Utc => "utc",
        }
    }

    pub fn parse(text: &str) -> Option<TimeMode> {
        match text {
            "relative" => Some(TimeMode::Relative),
            "local" => Some(TimeMode::Local),
            "utc" => Some(TimeMode::Utc),
            _ => None,
        }
    }
}

/// Whether a decoded id can name something: not blank, and not `.` or `..`, which in a URL's path
/// would climb to another address of the endpoint (a task `..` would fetch `…/{job}/logs/preview`).
pub fn usable_id(id: &str) -> bool {
    !id.trim().is_empty() && id != "." && id != ".."
}

/// Reads `location.hash` (with or without its leading `#`).
pub fn parse(hash: &str) -> Route {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    match segments.as_slice() {
        [] => Route::Home,
        ["local"] => Route::Local,
        ["projects", project, "training-jobs"] => {
            let project_id = percent_decode(project);
            if !usable_id(&project_id) {
                return Route::NotFound(hash.to_string());
            }
            Route::JobList(ListRoute {
                project_id,
                params: parse_params(query),
            })
        }
        ["projects", project, "compare", a, b] => {
            let (project_id, job_a, job_b) = (
                percent_decode(project),
                percent_decode(a),
                percent_decode(b),
            );
            if [&project_id, &job_a, &job_b]
                .iter()
                .any(|id| !usable_id(id))
            {
                return Route::NotFound(hash.to_string());
            }
            let view = parse_view(query);
            Route::Compare(CompareRoute {
                project_id,
                job_a,
                job_b,
                endpoint: view.endpoint,
                time: view.time,
            })
        }
        ["projects", project, "compare", job] => {
            let (project_id, job_id) = (percent_decode(project), percent_decode(job));
            if !usable_id(&project_id) || !usable_id(&job_id) {
                return Route::NotFound(hash.to_string());
            }
            let view = parse_view(query);
            Route::CompareWith(JobRoute {
                project_id,
                job_id,
                view: ViewState {
                    endpoint: view.endpoint,
                    time: view.time,
                    ..ViewState::default()
                },
            })
        }
        ["projects", project, "training-jobs", job] => {
            let project_id = percent_decode(project);
            let job_id = percent_decode(job);
            if !usable_id(&project_id) || !usable_id(&job_id) {
                return Route::NotFound(hash.to_string());
            }
            Route::Job(JobRoute {
                project_id,
                job_id,
                view: parse_view(query),
            })
        }
        _ => Route::NotFound(hash.to_string()),
    }
}

/// The `key=value` pairs of a query, decoded; empty values are dropped.
fn parse_params(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let value = percent_decode(value);
            (!key.is_empty() && !value.is_empty()).then(|| (percent_decode(key), value))
        })
        .collect()
}

/// `?key=value&…` from pairs, encoded; nothing when there are none.
fn query_text<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> String {
    let mut text = String::new();
    for (key, value) in pairs {
        if let Some(value) = value {
            text.push(if text.is_empty() { '?' } else { '&' });
            text.push_str(&percent_encode(key));
            text.push('=');
            text.push_str(&percent_encode(value));
        }
    }
    text
}

fn parse_view(query: &str) -> ViewState {
    let mut view = ViewState::default();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "section" => view.section = Section::from_id(&value),
            "task" if usable_id(&value) => view.task = Some(value),
            "time" => view.time = TimeMode::parse(&value),
            "endpoint" if !value.is_empty() => view.endpoint = Some(value),
            "q" if !value.is_empty() => view.search = Some(value),
            "line" => view.line = value.parse().ok().filter(|line| *line > 0),
            _ => {}
        }
    }
    view
}

/// The hash that opens a job with every view setting at its default, on `endpoint` when one is
/// named (the start page's links and its open form).
pub fn job_hash(project_id: &str, job_id: &str, endpoint: Option<String>) -> String {
    format(&Route::Job(JobRoute {
        project_id: project_id.to_string(),
        job_id: job_id.to_string(),
        view: ViewState {
            endpoint,
            ..ViewState::default()
        },
    }))
}

/// The hash for a route, starting with `#`.
pub fn format(route: &Route) -> String {
    match route {
        Route::Home => "#/".to_string(),
        Route::Local => "#/local".to_string(),
        Route::NotFound(hash) => format!("#{hash}"),
        Route::JobList(list) => format!(
            "#/projects/{}/training-jobs{}",
            percent_encode(&list.project_id),
            query_text(
                list.params
                    .iter()
                    .map(|(key, value)| (key.as_str(), Some(value.as_str())))
            )
        ),
        Route::Compare(compare) => format!(
            "#/projects/{}/compare/{}/{}{}",
            percent_encode(&compare.project_id),
            percent_encode(&compare.job_a),
            percent_encode(&compare.job_b),
            query_text([
                ("endpoint", compare.endpoint.as_deref()),
                ("time", compare.time.map(TimeMode::as_str)),
            ])
        ),
        Route::CompareWith(job) => format!(
            "#/projects/{}/compare/{}{}",
            percent_encode(&job.project_id),
            percent_encode(&job.job_id),
            query_text([
                ("endpoint", job.view.endpoint.as_deref()),
                ("time", job.view.time.map(TimeMode::as_str)),
            ])
        ),
        Route::Job(job) => {
            let view = &job.view;
            format!(
                "#/projects/{}/training-jobs/{}{}",
                percent_encode(&job.project_id),
                percent_encode(&job.job_id),
                query_text([
                    ("section", view.section.map(Section::id)),
                    ("task", view.task.as_deref()),
                    ("time", view.time.map(TimeMode::as_str)),
                    ("endpoint", view.endpoint.as_deref()),
                    ("q", view.search.as_deref()),
                    ("line", view.line.map(|line| line.to_string()).as_deref()),
                ])
            )
        }
    }
}

/// Finds a project id and a job id in what a person pasted: an API URL
/// (`…/v2/{project}/training-jobs/{id}`), a viewer link, or a console URL that names the job
/// (`…trainingJobs/details/{id}`) and perhaps the project (`projectId=` / `project_id=`).
/// The list's link for `query`, through `endpoint`, in time mode `time`.
pub fn list_hash(
    project_id: &str,
    endpoint: Option<&str>,
    time: TimeMode,
    query: &crate::insight::job_list::ListQuery,
) -> String {
    let mut params: Vec<(String, String)> = crate::insight::job_list::query_params(query)
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect();
    params.extend(endpoint.map(|endpoint| ("endpoint".to_string(), endpoint.to_string())));
    params.push(("time".to_string(), time.as_str().to_string()));
    format(&Route::JobList(ListRoute {
        project_id: project_id.to_string(),
        params,
    }))
}

/// The link comparing `job_a` with `job_b`.
pub fn compare_hash(
    project_id: &str,
    job_a: &str,
    job_b: &str,
    endpoint: Option<&str>,
    time: TimeMode,
) -> String {
    format(&Route::Compare(CompareRoute {
        project_id: project_id.to_string(),
        job_a: job_a.to_string(),
        job_b: job_b.to_string(),
        endpoint: endpoint.map(str::to_string),
        time: Some(time),
    }))
}

/// The link that picks a job to compare `job_id` with.
pub fn compare_with_hash(project_id: &str, job_id: &str, endpoint: &str, time: TimeMode) -> String {
    format(&Route::CompareWith(JobRoute {
        project_id: project_id.to_string(),
        job_id: job_id.to_string(),
        view: ViewState {
            endpoint: Some(endpoint.to_string()),
            time: Some(time),
            ..ViewState::default()
        },
    }))
}

/// A job's link that keeps the endpoint and time mode it was found through.
pub fn job_hash_in(
    project_id: &str,
    job_id: &str,
    endpoint: Option<&str>,
    time: TimeMode,
) -> String {
    format(&Route::Job(JobRoute {
        project_id: project_id.to_string(),
        job_id: job_id.to_string(),
        view: ViewState {
            time: Some(time),
            endpoint: endpoint.map(str::to_string),
            ..ViewState::default()
        },
    }))
}

pub fn extract_ids(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim();
    let parts: Vec<&str> = text
        .split(['/', '#', '?', '&'])
        .filter(|part| !part.is_empty())
        .collect();
    for window in parts.windows(3) {
        if window[1] == "training-jobs" {
            let project = percent_decode(window[0]);
            let job = percent_decode(window[2]);
            if project != "projects" && project != "v2" {
                return (Some(project), Some(job));
            }
        }
    }
    let query_value = |names: &[&str]| {
        parts.iter().find_map(|part| {
            let (key, value) = part.split_once('=')?;
            names
                .contains(&key)
                .then(|| percent_decode(value))
                .filter(|value| !value.is_empty())
        })
    };
    let project = query_value(&["projectId", "project_id"]);
    let job = parts
        .iter()
        .rev()
        .find(|part| looks_like_uuid(part))
        .map(|part| part.to_string())
        .or_else(|| query_value(&["jobId", "job_id", "training_job_id"]));
    (project, job)
}

/// The region a pasted URL names: the console's `region=` or an API host
/// `modelarts.{region}.…`, so the form can pick that region's endpoint.
pub fn extract_region(text: &str) -> Option<String> {
    let from_query = text
        .split(['?', '&', '#'])
        .find_map(|part| part.strip_prefix("region="));
    let from_host = || {
        let (_, rest) = text.split_once("://")?;
        let host = rest.split(['/', '?', '#', ':']).next()?;
        // `modelarts.{region}.{domain}.{tld}`: `modelarts.myhuaweicloud.com` names no region.
        let labels: Vec<&str> = host.strip_prefix("modelarts.")?.split('.').collect();
        (labels.len() >= 3).then_some(labels[0])
    };
    from_query
        .or_else(from_host)
        .filter(|region| {
            !region.is_empty()
                && region
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .map(str::to_ascii_lowercase)
}

fn looks_like_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so a value can sit in a path
/// segment or a query value.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, URI_COMPONENT).to_string()
}

/// What an id or a query value may carry unescaped: RFC 3986's unreserved characters.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Decodes `%XX` escapes (and `+` as a space, as forms send it). Broken escapes stay as typed.
pub fn percent_decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(project: &str, id: &str) -> JobRoute {
        JobRoute {
            project_id: project.into(),
            job_id: id.into(),
            view: ViewState::default(),
        }
    }

    #[test]
    fn a_job_hash_names_its_endpoint_only_when_given() {
        assert_eq!(
            job_hash("p1", "j 1", None),
            "#/projects/p1/training-jobs/j%201"
        );
        assert_eq!(
            job_hash("p1", "j1", Some("proxy".to_string())),
            "#/projects/p1/training-jobs/j1?endpoint=proxy"
        );
    }

    #[test]
    fn home_is_the_empty_hash_and_the_root() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(parse(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(format(&Route::Home), "#/");
    }

    #[test]
    fn a_job_link_parses_to_its_ids() {
        assert_eq!(
            parse("#/projects/p1/training-jobs/3faf5c03-aaa1"),
            Route::Job(job("p1", "3faf5c03-aaa1"))
        );
    }

    #[test]
    fn the_view_query_is_read_and_unknown_values_dropped() {
        let route = parse("#/projects/p/training-jobs/j?section=tasks&task=worker-3&time=utc&endpoint=cn-north-4&x=1");
        let Route::Job(job) = route else {
            panic!("not a job: {route:?}")
        };
        assert_eq!(job.view.section, Some(Section::Tasks));
        assert_eq!(job.view.task.as_deref(), Some("worker-3"));
        assert_eq!(job.view.time, Some(TimeMode::Utc));
        assert_eq!(job.view.endpoint.as_deref(), Some("cn-north-4"));

        let Route::Job(job) = parse("#/projects/p/training-jobs/j?section=nope&time=mars") else {
            panic!()
        };
        assert_eq!(job.view, ViewState::default());
    }

    #[test]
    fn list_and_compare_routes_round_trip() {
        let list = parse("#/projects/p%2F1/training-jobs?phase=Failed&q=llama%20v2&page=2&empty=");
        assert_eq!(
            list,
            Route::JobList(ListRoute {
                project_id: "p/1".into(),
                params: vec![
                    ("phase".into(), "Failed".into()),
                    ("q".into(), "llama v2".into()),
                    ("page".into(), "2".into()),
                ],
            })
        );
        assert_eq!(parse(&format(&list)), list);
        let compare = parse("#/projects/p/compare/a%20b/c?endpoint=cn&time=utc");
        assert_eq!(
            compare,
            Route::Compare(CompareRoute {
                project_id: "p".into(),
                job_a: "a b".into(),
                job_b: "c".into(),
                endpoint: Some("cn".into()),
                time: Some(TimeMode::Utc),
            })
        );
        assert_eq!(parse(&format(&compare)), compare);
        let pick = parse("#/projects/p/compare/a%20b?endpoint=cn&time=utc&section=raw");
        assert_eq!(
            pick,
            Route::CompareWith(JobRoute {
                project_id: "p".into(),
                job_id: "a b".into(),
                view: ViewState {
                    endpoint: Some("cn".into()),
                    time: Some(TimeMode::Utc),
                    ..ViewState::default()
                },
            })
        );
        assert_eq!(parse(&format(&pick)), pick);
        assert_eq!(
            format(&pick),
            compare_with_hash("p", "a b", "cn", TimeMode::Utc)
        );
        for hash in [
            "#/projects/%20/training-jobs",
            "#/projects/p/compare/%20",
            "#/projects/p/compare/%20/b",
        ] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash}");
        }
    }

    #[test]
    fn dot_ids_name_nothing() {
        for hash in [
            "#/projects/../training-jobs/j",
            "#/projects/p/training-jobs/%2E%2E",
            "#/projects/./training-jobs",
            "#/projects/p/compare/../b",
            "#/projects/p/compare/..",
        ] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash}");
        }
        let Route::Job(job) = parse("#/projects/p/training-jobs/j?section=logs&task=%2E%2E") else {
            panic!("not a job route");
        };
        assert_eq!(job.view.task, None);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for hash in ["#/projects/p", "#/jobs/x", "#/projects/%20/training-jobs/j"] {
            assert!(matches!(parse(hash), Route::NotFound(_)), "{hash}");
        }
    }

    #[test]
    fn format_and_parse_round_trip_with_awkward_text() {
        let route = Route::Job(JobRoute {
            project_id: "proj/with slash".into(),
            job_id: "id?&=#%".into(),
            view: ViewState {
                section: Some(Section::Logs),
                task: Some("worker 0&1".into()),
                time: Some(TimeMode::Local),
                endpoint: Some("名字".into()),
                search: Some("CUDA out of memory & #1".into()),
                line: Some(88),
            },
        });
        let hash = format(&route);
        assert!(!hash[1..].contains('#'), "{hash}");
        assert_eq!(parse(&hash), route);
    }

    #[test]
    fn the_issue_deep_links_to_logs_are_read() {
        let Route::Job(job) =
            parse("#/projects/p/training-jobs/j?section=logs&task=worker-2&q=Traceback&line=12")
        else {
            panic!("not a job route");
        };
        assert_eq!(job.view.section, Some(Section::Logs));
        assert!(Section::Logs.on_diagnostics_page() && !Section::Raw.on_diagnostics_page());
        assert!(Section::Json.on_diagnostics_page());
        assert_eq!(job.view.task.as_deref(), Some("worker-2"));
        assert_eq!(job.view.search.as_deref(), Some("Traceback"));
        assert_eq!(job.view.line, Some(12));
        for bad in ["0", "-3", "x"] {
            let Route::Job(job) = parse(&format!("#/projects/p/training-jobs/j?line={bad}")) else {
                panic!("not a job route");
            };
            assert_eq!(job.view.line, None, "{bad}");
        }
    }

    #[test]
    fn every_section_round_trips_through_its_id() {
        for section in Section::ALL {
            assert_eq!(Section::from_id(section.id()), Some(section));
        }
    }

    #[test]
    fn ids_are_found_in_pasted_urls() {
        let id = "3faf5c03-aaa1-4cbe-879d-24b05d997347";
        assert_eq!(
            extract_ids(&format!(
                "https://modelarts.cn-north-4.myhuaweicloud.com/v2/abc123/training-jobs/{id}"
            )),
            (Some("abc123".into()), Some(id.into()))
        );
        assert_eq!(
            extract_ids(&format!(
                "http://h/tools/jobs/#/projects/p%201/training-jobs/{id}?section=raw"
            )),
            (Some("p 1".into()), Some(id.into()))
        );
        assert_eq!(
            extract_ids(&format!("https://console.huaweicloud.com/modelarts/?region=cn-north-4&projectId=p9#/trainingJobs/details/{id}")),
            (Some("p9".into()), Some(id.into()))
        );
        assert_eq!(extract_ids(id), (None, Some(id.into())));
        assert_eq!(extract_ids("nothing here"), (None, None));
        assert_eq!(parse("#/local"), Route::Local);
    }

    #[test]
    fn a_region_is_found_in_console_and_api_urls() {
        assert_eq!(
            extract_region("https://console.huaweicloud.com/modelarts/?region=cn-north-4&locale=en-us#/trainingJobs"),
            Some("cn-north-4".into())
        );
        assert_eq!(
            extract_region(
                "https://modelarts.ap-southeast-3.myhuaweicloud.com/v2/p/training-jobs/x"
            ),
            Some("ap-southeast-3".into())
        );
        assert_eq!(extract_region("https://console.example/?region=<b>"), None);
        assert_eq!(
            extract_region("https://proxy.example/v2/p/training-jobs/x"),
            None
        );
        assert_eq!(
            extract_region("https://modelarts.myhuaweicloud.com/v2/p"),
            None
        );
        assert_eq!(extract_region("3faf5c03-aaa1-4cbe-879d-24b05d997347"), None);
    }

    #[test]
    fn broken_escapes_stay_as_typed() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("a+b%20c"), "a b c");
    }
}
