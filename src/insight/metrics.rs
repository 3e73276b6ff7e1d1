//! A task's resource usage (`GET …/training-jobs/{id}/metrics/{task}`, reference §5): one averaged
//! sample a minute, `-1` where there was no data, and no timestamps. Read leniently, and drawn as
//! small charts with gaps where the data is missing.

use crate::insight::display::Tenths;
use crate::insight::timeline::within;
use crate::model::{parse_json, BodyError};
use serde_json::Value;
use std::fmt::Write;

/// The series ModelArts documents, in the order their charts are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricKind {
    CpuUsage,
    MemUsage,
    GpuUtil,
    GpuMemUsage,
    NpuUtil,
    NpuMemUsage,
}

impl MetricKind {
    pub const ALL: [MetricKind; 6] = [
        MetricKind::CpuUsage,
        MetricKind::MemUsage,
        MetricKind::GpuUtil,
        MetricKind::GpuMemUsage,
        MetricKind::NpuUtil,
        MetricKind::NpuMemUsage,
    ];

    /// The name the API gives the series.
    pub fn api_name(self) -> &'static str {
        match self {
            MetricKind::CpuUsage => "cpuUsage",
            MetricKind::MemUsage => "memUsage",
            MetricKind::GpuUtil => "gpuUtil",
            MetricKind::GpuMemUsage => "gpuMemUsage",
            MetricKind::NpuUtil => "npuUtil",
            MetricKind::NpuMemUsage => "npuMemUsage",
        }
    }

    pub fn parse(name: &str) -> Option<MetricKind> {
        MetricKind::ALL
            .into_iter()
            .find(|kind| kind.api_name() == name)
    }
}

/// One series: its name as sent, and a value a minute, `None` where there was none.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub kind: Option<MetricKind>,
    pub values: Vec<Option<f64>>,
}

impl Series {
    fn present(&self) -> impl DoubleEndedIterator<Item = f64> + '_ {
        self.values.iter().flatten().copied()
    }

    /// Whether any minute has a value: a series of `-1` only is left out of the charts.
    pub fn has_data(&self) -> bool {
        self.present().next().is_some()
    }

    /// The highest value.
    pub fn peak(&self) -> Option<f64> {
        self.present().reduce(f64::max)
    }

    /// The newest value there is.
    pub fn last(&self) -> Option<f64> {
        self.present().next_back()
    }
}

/// A sample: a finite number that is not negative. `-1` is the API's "no data"; any other
/// negative, text or `null` is as good as none.
fn sample(value: &Value) -> Option<f64> {
    value
        .as_f64()
        .filter(|number| number.is_finite() && *number >= 0.0)
}

/// The series of a metrics answer: the documented ones in their order, then any other the API
/// sends, as sent. Entries without a name or a list of values are skipped, not fatal.
pub fn parse_metrics(body: &str) -> Result<Vec<Series>, BodyError> {
    let value = parse_json(body)?;
    let Some(metrics) = value.get("metrics").and_then(Value::as_array) else {
        return match value {
            Value::Object(_) => Ok(Vec::new()),
            other => Err(BodyError::NotAnObject {
                found: crate::model::lenient::json_type_name(&other),
            }),
        };
    };
    let series = metrics.iter().filter_map(|metric| {
        let name = metric.get("metric")?.as_str()?;
        let values = metric.get("value")?.as_array()?;
        Some(Series {
            name: name.to_string(),
            kind: MetricKind::parse(name),
            values: values.iter().map(sample).collect(),
        })
    });
    // The documented series in their order, then the others in the order they came: picked in
    // turn rather than sorted, as six kinds need no sort.
    let (mut known, others): (Vec<Series>, Vec<Series>) =
        series.partition(|series| series.kind.is_some());
    let mut ordered = Vec::with_capacity(known.len() + others.len());
    for kind in MetricKind::ALL {
        while let Some(at) = known.iter().position(|series| series.kind == Some(kind)) {
            ordered.push(known.remove(at));
        }
    }
    ordered.extend(others);
    Ok(ordered)
}

/// How full a task's memory was before it was killed (exit 137: SIGKILL, most often from the
/// out-of-memory killer): the highest of the last five minutes that have data, when 95% or more.
pub fn memory_before_kill(series: &[Series]) -> Option<f64> {
    let memory = series
        .iter()
        .find(|series| series.kind == Some(MetricKind::MemUsage))?;
    let high = memory.present().rev().take(5).reduce(f64::max)?;
    (high >= 95.0).then_some(high)
}

/// The width of a chart in SVG units: at most one column of the path per unit.
pub const CHART_WIDTH: usize = 240;
/// The height of a chart in SVG units.
pub const CHART_HEIGHT: usize = 60;

/// The top of a chart's scale: 100 for the documented series, which read as percentages, or the
/// peak when a series goes beyond it; the peak alone for a series the viewer does not know.
pub fn chart_top(series: &Series) -> f64 {
    let peak = series.peak().unwrap_or(0.0);
    if series.kind.is_some() {
        peak.max(100.0)
    } else if peak > 0.0 {
        peak
    } else {
        1.0
    }
}

/// The SVG path of `values` across a chart of `minutes` minutes (the longest series of the task,
/// so that the charts of one task line up), 0 at the bottom and `top` at the top, broken where a
/// column has no value. More minutes than columns are drawn as each column's lowest and highest
/// value, so a spike is never averaged away. A value standing alone between gaps is a dot (a
/// zero-length line, drawn with round caps).
pub fn chart_path(values: &[Option<f64>], minutes: usize, top: f64) -> String {
    let minutes = minutes.max(values.len());
    let columns = minutes.min(CHART_WIDTH);
    let step = CHART_WIDTH as f64 / (columns.max(2) - 1) as f64;
    let height = CHART_HEIGHT as f64;
    let y = |value: f64| height - within(value / top, 0.0, 1.0) * height;
    // The minute a column starts at, in 64 bits: a huge answer must not wrap on 32-bit wasm.
    let start = |column: usize| (column as u64 * minutes as u64 / columns as u64) as usize;
    let mut path = String::new();
    let mut in_line = false;
    // Each column covers at least one minute, as there are no more columns than minutes.
    for column in 0..columns {
        let (first, end) = (start(column), start(column + 1));
        let present = values
            .get(first..end.min(values.len()))
            .unwrap_or_default()
            .iter()
            .flatten()
            .copied();
        let range = present.fold(None, |range: Option<(f64, f64)>, value| match range {
            None => Some((value, value)),
            Some((low, high)) => Some((low.min(value), high.max(value))),
        });
        let Some((low, high)) = range else {
            if in_line {
                path.push_str("h0");
            }
            in_line = false;
            continue;
        };
        let x = Tenths(column as f64 * step);
        let command = if in_line { 'L' } else { 'M' };
        let _ = write!(path, "{command}{x} {}", Tenths(y(high)));
        if low != high {
            let _ = write!(path, "V{}", Tenths(y(low)));
        }
        in_line = true;
    }
    if in_line {
        path.push_str("h0");
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_series_come_in_their_order_with_gaps_where_the_api_sent_minus_one() {
        let body = r#"{"metrics": [
            {"metric": "npuUtil", "value": [-1, -1]},
            {"metric": "diskIo", "value": [3]},
            {"metric": "cpuUsage", "value": [-1, 2.43, "4.5", null, 6]},
            {"value": [1]},
            {"metric": "memUsage", "value": "none"}
        ]}"#;
        let series = parse_metrics(body).unwrap();
        let names: Vec<&str> = series.iter().map(|series| series.name.as_str()).collect();
        assert_eq!(names, ["cpuUsage", "npuUtil", "diskIo"]);
        assert_eq!(series[0].values, [None, Some(2.43), None, None, Some(6.0)]);
        assert_eq!(series[0].kind, Some(MetricKind::CpuUsage));
        assert_eq!(series[2].kind, None);
        assert!(!series[1].has_data());
        assert_eq!(parse_metrics("{}").unwrap(), []);
        assert!(parse_metrics("[1]").is_err());
    }

    #[test]
    fn the_real_answers_read_as_cpu_and_memory_with_every_accelerator_series_empty() {
        let text = include_str!("../../../shared/examples/otc/otc_metrics_200.json");
        let series = parse_metrics(text).unwrap();
        let with_data: Vec<&str> = series
            .iter()
            .filter(|series| series.has_data())
            .map(|series| series.name.as_str())
            .collect();
        assert_eq!(with_data, ["cpuUsage", "memUsage"]);
        assert_eq!(series[0].values.len(), 15);
        assert_eq!(series[0].peak(), Some(16.833));
        assert_eq!(series[1].peak(), Some(10.192));
        assert_eq!(series[1].last(), Some(9.005));
        let use_case = include_str!("../../../shared/examples/otc/otc_usecase_metrics_200.json");
        let cpu = &parse_metrics(use_case).unwrap()[0];
        assert_eq!((cpu.values[0], cpu.last()), (None, Some(40.094)));
    }

    #[test]
    fn a_path_breaks_at_gaps_and_marks_a_lone_value_as_a_dot() {
        let values = [Some(0.0), Some(100.0), None, Some(50.0), None];
        // Five minutes over 240 units: a column every 60.
        assert_eq!(
            chart_path(&values, values.len(), 100.0),
            "M0.0 60.0L60.0 0.0h0M180.0 30.0h0"
        );
        assert_eq!(chart_path(&[None, None], 2, 100.0), "");
        assert_eq!(chart_path(&[], 0, 100.0), "");
        // One minute is a dot at the left.
        assert_eq!(chart_path(&[Some(25.0)], 1, 100.0), "M0.0 45.0h0");
    }

    #[test]
    fn a_shorter_series_lines_up_with_the_longest_of_its_task() {
        // Two minutes of a task's five: drawn over the first quarter, not stretched across.
        assert_eq!(
            chart_path(&[Some(0.0), Some(100.0)], 5, 100.0),
            "M0.0 60.0L60.0 0.0h0"
        );
    }

    #[test]
    fn more_minutes_than_columns_keep_each_columns_lowest_and_highest_value() {
        // A day of minutes, flat at 10 but for one spike to 90.
        let mut values = vec![Some(10.0); 1440];
        values[700] = Some(90.0);
        let path = chart_path(&values, values.len(), 100.0);
        assert_eq!(path.matches(['M', 'L']).count(), CHART_WIDTH);
        assert!(
            path.contains(" 6.0V54.0"),
            "the spike's column spans 90 to 10: {path}"
        );
        assert!(path.starts_with("M0.0 54.0L1.0 54.0"), "{path}");
    }

    #[test]
    fn memory_near_full_in_the_last_minutes_is_what_a_kill_followed() {
        let memory = |values: &[f64]| Series {
            name: "memUsage".into(),
            kind: Some(MetricKind::MemUsage),
            values: values
                .iter()
                .map(|value| (*value >= 0.0).then_some(*value))
                .collect(),
        };
        assert_eq!(
            memory_before_kill(&[memory(&[40.0, 99.8, 97.0, -1.0, -1.0])]),
            Some(99.8)
        );
        // Full long before the end, then freed: not what the kill followed.
        assert_eq!(
            memory_before_kill(&[memory(&[99.0, 50.0, 50.0, 50.0, 50.0, 50.0])]),
            None
        );
        assert_eq!(memory_before_kill(&[memory(&[94.9])]), None);
        assert_eq!(memory_before_kill(&[memory(&[-1.0, -1.0])]), None);
        assert_eq!(memory_before_kill(&[]), None);
    }

    #[test]
    fn values_beyond_the_top_stay_inside_the_chart() {
        let series = Series {
            name: "memUsage".into(),
            kind: Some(MetricKind::MemUsage),
            values: vec![Some(150.0), Some(20.0)],
        };
        assert_eq!(chart_top(&series), 150.0);
        // A series the viewer does not know is scaled to its own peak, not to 100.
        let unknown = Series {
            name: "diskIo".into(),
            kind: None,
            values: vec![Some(3.0), None],
        };
        assert_eq!(chart_top(&unknown), 3.0);
        assert_eq!(
            chart_path(&series.values, 2, 100.0),
            "M0.0 0.0L240.0 48.0h0"
        );
    }
}
