//! The job's life on one time axis: phase segments, run attempts with their recoveries, and the
//! node-count series as a step chart. All times become Unix milliseconds here.

use crate::insight::display::{civil_from_days, Tenths, DAY_MS};
use crate::insight::events::{EventRow, Severity};
use crate::insight::order::sort_by_i64_key;
use crate::insight::phase::is_terminal;
use crate::model::lenient::Shape;
use crate::model::{RecoverRecord, RunningRecord, Scalar, TrainingJob};

/// Unix times below this are seconds, above it milliseconds: 1e11 is the year 5138 in seconds and
/// 1973 in milliseconds, so no real timestamp of either kind is misread.
const SECONDS_LIMIT: i64 = 100_000_000_000;

/// A Unix timestamp in ms, whether it was sent in seconds or milliseconds. Zero and negative values
/// mean "not yet" in this API and give `None`.
pub fn to_millis(raw: i64) -> Option<i64> {
    match raw {
        ..=0 => None,
        1..SECONDS_LIMIT => raw.checked_mul(1000),
        _ => Some(raw),
    }
}

fn millis(field: Option<&Scalar>) -> Option<i64> {
    to_millis(field?.as_i64()?)
}

/// `value` limited to `low..=high`. Unlike `f64::clamp` it cannot panic, and it keeps the panic's
/// `Debug` formatting of floats (about 5 KB of gzipped wasm) out of the binary.
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

/// What a stretch of the axis was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// From creation to start: creating, queuing, scheduling.
    Waiting,
    Running,
    /// Still going: its end is "now".
    Ongoing,
    /// Between one run attempt's end and the next one's start, while the platform recovers.
    Restarting,
}

impl SegmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Waiting => "waiting",
            SegmentKind::Running => "running",
            SegmentKind::Ongoing => "ongoing",
            SegmentKind::Restarting => "restarting",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub start_ms: i64,
    pub end_ms: i64,
}

/// One recovery action, placed on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryMark {
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
    pub record: RecoverRecord,
    /// Where `record` sits in its attempt's `recover_records`.
    pub source: usize,
}

/// One run attempt from `running_records`, converted from seconds, with its end clamped so it never
/// comes before its start (the documented example has exactly that).
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
    pub accelerators_up_ms: Option<i64>,
    /// The end was before the start in the source and has been clamped.
    pub clamped: bool,
    pub record: RunningRecord,
    /// Where `record` sits in `status.running_records`.
    pub source: usize,
    pub recoveries: Vec<RecoveryMark>,
}

impl Attempt {
    /// Why the attempt ended, as the API wrote it, when it says.
    pub fn end_reason(&self) -> Option<&String> {
        self.record.end_reason().filter(|reason| !reason.is_empty())
    }
}

/// Everything the status section draws, on one axis from `axis_start_ms` to `axis_end_ms`.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub axis_start_ms: i64,
    pub axis_end_ms: i64,
    pub segments: Vec<Segment>,
    pub attempts: Vec<Attempt>,
    /// `(Unix ms, node count)`, sorted by time.
    pub node_counts: Vec<(i64, f64)>,
    /// How far the run records lie from the job's own times, when they are more than a week
    /// apart (documentation examples stitch years together); the axis then shows the records.
    pub detached_records_ms: Option<i64>,
    /// Where the job ended, or "now" while it goes on, when that lies on the axis.
    pub end_ms: Option<i64>,
    /// Whether the job has ended, so the end is its end and not "now".
    pub finished: bool,
}

/// Recoveries that start in the same slice of the axis, drawn as one mark with their count: a job
/// with thousands of recoveries then draws a row of countable marks, not one solid band.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryBin {
    /// Which slice of the axis, from 0.
    pub slot: usize,
    /// From the first recovery's start to the last one's end.
    pub start_ms: i64,
    pub end_ms: i64,
    pub count: usize,
    /// The first recovery as (attempt, recovery) indices: a bin of one is told in its own words.
    pub first: (usize, usize),
}

/// Warning or Error events in the same slice of the axis, drawn as one mark with their count.
#[derive(Debug, Clone, PartialEq)]
pub struct EventBin {
    pub severity: Severity,
    /// From the first event's time to the last one's.
    pub start_ms: i64,
    pub end_ms: i64,
    pub count: usize,
    /// The earliest event's index: a bin of one is told in its own words.
    pub first: usize,
}

/// A tick of the axis: its time and its label.
pub type Tick = (i64, String);

const MINUTE_MS: i64 = 60_000;

/// The steps ticks may take, in seconds: whole seconds, minutes, hours and days people count in.
const TICK_STEPS_S: [u32; 24] = [
    1,
    2,
    5,
    10,
    15,
    30,
    60,
    2 * 60,
    5 * 60,
    10 * 60,
    15 * 60,
    30 * 60,
    3600,
    2 * 3600,
    3 * 3600,
    6 * 3600,
    12 * 3600,
    86_400,
    2 * 86_400,
    7 * 86_400,
    14 * 86_400,
    30 * 86_400,
    91 * 86_400,
    365 * 86_400,
];

/// Ticks for an axis from `start_ms` to `end_ms` in a zone `offset_ms` ahead of UTC: the multiples
/// of the smallest step in [`TICK_STEPS_S`] (counted from local midnight, so hours fall on the
/// hour there) that gives at most `max` of them. None lies within a twentieth of the span of either
/// end: the ends are labelled already, and a label centred there would leave the plot.
pub fn ticks(start_ms: i64, end_ms: i64, offset_ms: i64, max: usize) -> Vec<Tick> {
    let margin = end_ms.saturating_sub(start_ms) / 20;
    let low = start_ms.saturating_add(margin).saturating_add(offset_ms);
    let high = end_ms.saturating_sub(margin).saturating_add(offset_ms);
    let mut ticks = Vec::new();
    for seconds in TICK_STEPS_S {
        let step = i64::from(seconds) * 1000;
        // The first multiple of `step` at or after `low`.
        let mut local = (low - 1).div_euclid(step) * step + step;
        if (high - local).div_euclid(step) < max as i64 {
            while local <= high {
                ticks.push((local - offset_ms, tick_label(local, step < MINUTE_MS)));
                local += step;
            }
            break;
        }
    }
    ticks
}

/// A tick's label from its local time: the day (`04-15`) at midnight, else the time of day
/// (`06:30`, with seconds when the ticks are seconds apart). Short and the same in every language,
/// so six fit across a phone; the axis's ends give the full date and zone.
/// Whether a phone hides each tick label: every other one, as all of them would run into each
/// other there; where days and hours alternate, the days (`05-30`) are kept.
pub fn hidden_on_phones(ticks: &[Tick]) -> impl Iterator<Item = bool> {
    let first_day = ticks
        .iter()
        .position(|(_, label)| label.contains('-'))
        .unwrap_or(0);
    (0..ticks.len()).map(move |index| (index + first_day) % 2 == 1)
}

fn tick_label(local_ms: i64, seconds: bool) -> String {
    let of_day = local_ms.rem_euclid(DAY_MS) / 1000;
    let (parts, separator) = if of_day == 0 {
        let (_, month, day) = civil_from_days(local_ms.div_euclid(DAY_MS));
        ([month, day, -1], '-')
    } else {
        let secs = if seconds { of_day % 60 } else { -1 };
        ([of_day / 3600, of_day / 60 % 60, secs], ':')
    };
    // Two digits each, written by hand: a `format!` per shape costs more wasm than this loop.
    let mut label = String::new();
    for part in parts.into_iter().filter(|part| *part >= 0) {
        if !label.is_empty() {
            label.push(separator);
        }
        label.push(char::from(b'0' + (part / 10) as u8));
        label.push(char::from(b'0' + (part % 10) as u8));
    }
    label
}

/// Run records further than this from every other time of the job get their own axis.
const DETACHED_AFTER_MS: i64 = 7 * 24 * 3600 * 1000;

impl Attempt {
    /// Whether the attempt ended in a failure: an exit code in its end reason, or a recovery after it.
    pub fn failed(&self) -> bool {
        self.record.end_recover().is_some()
            || self
                .record
                .end_reason()
                .is_some_and(|reason| reason.contains("exit"))
    }
}

impl Timeline {
    /// Where `ms` sits on the axis, from 0.0 (start) to 1.0 (end), clamped.
    pub fn fraction(&self, ms: i64) -> f64 {
        let span = (self.axis_end_ms as f64 - self.axis_start_ms as f64).max(1.0);
        within((ms as f64 - self.axis_start_ms as f64) / span, 0.0, 1.0)
    }

    /// Many bars as one SVG path of rectangles, each at least `min_width` wide: a job with
    /// thousands of attempts draws one element instead of thousands.
    pub fn bars_path(
        &self,
        spans: &[(i64, i64)],
        width: f64,
        top: f64,
        height: f64,
        min_width: f64,
    ) -> String {
        use std::fmt::Write;
        let mut path = String::with_capacity(spans.len() * 32);
        for &(start, end) in spans {
            let x = (self.fraction(start) * width).min(width - min_width);
            let bar = (self.fraction(end.max(start)) * width - x).max(min_width);
            let _ = write!(
                path,
                "M{},{}h{}v{}h{}Z",
                Tenths(x),
                Tenths(top),
                Tenths(bar),
                Tenths(height),
                Tenths(-bar)
            );
        }
        path
    }

    /// Vertical marks at the given times as one SVG path. A mark at either end of the axis is
    /// moved in by one unit, so a stroke up to two units wide is not cut in half by the edge.
    pub fn marks_path(&self, times: &[i64], width: f64, top: f64, height: f64) -> String {
        use std::fmt::Write;
        let mut path = String::with_capacity(times.len() * 20);
        for &time in times {
            let _ = write!(
                path,
                "M{},{}v{}",
                Tenths(within(self.fraction(time) * width, 1.0, width - 1.0)),
                Tenths(top),
                Tenths(height)
            );
        }
        path
    }

    /// The recoveries grouped by which of `slots` equal slices of the axis they start in, in axis
    /// order. A bin spans its recoveries, so a long one reaches past its slice. The bins are found
    /// by slot, not by sorting: a sort would add its own code to the wasm.
    pub fn recovery_bins(&self, slots: usize) -> Vec<RecoveryBin> {
        let slots = slots.max(1);
        let mut bins: Vec<Option<RecoveryBin>> = vec![None; slots];
        for (a, attempt) in self.attempts.iter().enumerate() {
            for (r, recovery) in attempt.recoveries.iter().enumerate() {
                let Some(start) = recovery.start_ms else {
                    continue;
                };
                let end = recovery.end_ms.unwrap_or(start).max(start);
                let slot = ((self.fraction(start) * slots as f64) as usize).min(slots - 1);
                let bin = bins[slot].get_or_insert(RecoveryBin {
                    slot,
                    start_ms: start,
                    end_ms: end,
                    count: 0,
                    first: (a, r),
                });
                bin.count += 1;
                bin.end_ms = bin.end_ms.max(end);
                if start < bin.start_ms {
                    (bin.start_ms, bin.first) = (start, (a, r));
                }
            }
        }
        bins.into_iter().flatten().collect()
    }

    /// The Warning and Error events that carry a time, grouped by which of `slots` equal slices of
    /// the axis they fall in (those outside it at its ends): warnings first, so errors are drawn
    /// over them, each in axis order.
    pub fn event_bins(&self, events: &[EventRow], slots: usize) -> Vec<EventBin> {
        let slots = slots.max(1);
        let mut bins: Vec<Option<EventBin>> = vec![None; slots * 2];
        for (index, event) in events.iter().enumerate() {
            let row = match event.severity() {
                Severity::Warning => 0,
                Severity::Error => 1,
                _ => continue,
            };
            let Some(at) = event.time_ms else {
                continue;
            };
            let slot = ((self.fraction(at) * slots as f64) as usize).min(slots - 1);
            let bin = bins[row * slots + slot].get_or_insert(EventBin {
                severity: event.severity(),
                start_ms: at,
                end_ms: at,
                count: 0,
                first: index,
            });
            bin.count += 1;
            bin.end_ms = bin.end_ms.max(at);
            if at < bin.start_ms {
                (bin.start_ms, bin.first) = (at, index);
            }
        }
        bins.into_iter().flatten().collect()
    }

    /// The highest node count, for the chart's scale (at least 1).
    pub fn max_nodes(&self) -> f64 {
        self.node_counts
            .iter()
            .map(|(_, count)| *count)
            .fold(1.0, f64::max)
    }
}

/// The stretches between attempts, at least `min_gap_ms` long: from when every earlier attempt
/// had ended to when the next one started. Attempts are sorted by start; undated ones end the walk.
fn restarts(attempts: &[Attempt], min_gap_ms: i64) -> Vec<(i64, i64)> {
    let mut gaps = Vec::new();
    let mut reach: Option<i64> = None;
    for attempt in attempts {
        let Some(start) = attempt.start_ms else { break };
        if let Some(reach) = reach.filter(|&reach| start.saturating_sub(reach) >= min_gap_ms) {
            gaps.push((reach, start));
        }
        // An attempt without an end is still running: nothing after it is a gap.
        let end = attempt.end_ms.unwrap_or(i64::MAX);
        reach = Some(reach.map_or(end, |reach| reach.max(end)));
    }
    gaps
}

/// The run segments cut at each gap that lies inside them, the gap becoming a Restarting segment.
/// Of an ongoing run, the pieces before a gap have ended, so they are plain Running.
fn split_at(segments: Vec<Segment>, gaps: &[(i64, i64)]) -> Vec<Segment> {
    let mut split = Vec::with_capacity(segments.len() + 2 * gaps.len());
    for segment in segments {
        let mut from = segment.start_ms;
        if segment.kind != SegmentKind::Waiting {
            for &(gap_start, gap_end) in gaps {
                if gap_start > from && gap_end < segment.end_ms {
                    split.push(Segment {
                        kind: SegmentKind::Running,
                        start_ms: from,
                        end_ms: gap_start,
                    });
                    split.push(Segment {
                        kind: SegmentKind::Restarting,
                        start_ms: gap_start,
                        end_ms: gap_end,
                    });
                    from = gap_end;
                }
            }
        }
        split.push(Segment {
            start_ms: from,
            ..segment
        });
    }
    split
}

fn attempt(source: usize, record: &RunningRecord) -> Attempt {
    let start_ms = millis(record.start_at());
    let raw_end = millis(record.end_at());
    let end_ms = match (start_ms, raw_end) {
        (Some(start), Some(end)) => Some(end.max(start)),
        (_, end) => end,
    };
    let recoveries = record
        .recover_records()
        .map(|records| {
            records
                .elements()
                .iter()
                .enumerate()
                .filter_map(|(source, value)| {
                    let recover = RecoverRecord::cast(value)?;
                    Some(RecoveryMark {
                        start_ms: millis(recover.recover_start_at()),
                        end_ms: millis(recover.recover_end_at()),
                        record: recover.clone(),
                        source,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    Attempt {
        start_ms,
        end_ms,
        accelerators_up_ms: millis(record.xpu_start_at()),
        clamped: end_ms != raw_end,
        record: record.clone(),
        source,
        recoveries,
    }
}

/// The node-count series, sorted by time, skipping malformed points.
pub fn node_count_series(job: &TrainingJob) -> Vec<(i64, f64)> {
    let Some(metrics) = job.status().and_then(|status| status.node_count_metrics()) else {
        return Vec::new();
    };
    let mut series: Vec<(i64, f64)> = metrics
        .iter()
        .filter_map(|point| {
            let mut values = point.iter();
            let time = to_millis(values.next()?.as_i64()?)?;
            let count = values.next()?.as_f64().filter(|count| count.is_finite())?;
            Some((time, count))
        })
        .collect();
    sort_by_i64_key(&mut series, |(time, _)| *time);
    series
}

/// How long a job that is still running has run at `now_ms`: the duration ModelArts reported when
/// the document was fetched, plus the time since. A saved or stale document therefore shows what
/// it says, not the months since its start. Without a reported duration: the time since start.
pub fn running_duration_ms(job: &TrainingJob, fetched_at_ms: i64, now_ms: i64) -> Option<i64> {
    let status = job.status()?;
    let reported = status
        .duration()
        .and_then(Scalar::as_i64)
        .filter(|ms| *ms > 0);
    let since_fetch = now_ms.saturating_sub(fetched_at_ms).max(0);
    match reported {
        Some(reported) => Some(reported.saturating_add(since_fetch)),
        None => Some(now_ms.saturating_sub(millis(status.start_time())?).max(0)),
    }
}

/// Builds the timeline. A job that is still going ends at its [`running_duration_ms`] (a job not
/// started yet, at `now_ms`); a finished job at `start_time + duration` (or its last known event).
pub fn timeline(job: &TrainingJob, fetched_at_ms: i64, now_ms: i64) -> Option<Timeline> {
    let metadata = job.metadata();
    let status = job.status();
    let created = metadata.and_then(|m| millis(m.create_time()));
    let started = status.and_then(|s| millis(s.start_time()));
    let duration = status
        .and_then(|s| s.duration())
        .and_then(Scalar::as_i64)
        .filter(|duration| *duration > 0);
    let phase = status
        .and_then(|s| s.phase())
        .map(String::as_str)
        .unwrap_or("");
    let finished = is_terminal(phase);

    let mut attempts: Vec<Attempt> = status
        .and_then(|s| s.running_records())
        .map(|records| {
            // Numbered by place in the document, malformed entries included, so the source of an
            // attempt is where its record sits.
            records
                .elements()
                .iter()
                .enumerate()
                .filter_map(|(source, value)| Some(attempt(source, RunningRecord::cast(value)?)))
                .collect()
        })
        .unwrap_or_default();
    // Numbered by when they started, not by where the API listed them; undated ones last, even
    // after a start at the end of time.
    sort_by_i64_key(&mut attempts, |attempt| {
        attempt
            .start_ms
            .map_or(i64::MAX, |start| start.min(i64::MAX - 1))
    });
    let node_counts = node_count_series(job);

    let mut segments = Vec::new();
    let run_end = match (started, duration) {
        (Some(start), Some(duration)) => Some(start.saturating_add(duration)),
        _ => None,
    };
    if let (Some(created), Some(started)) = (created, started) {
        if started > created {
            segments.push(Segment {
                kind: SegmentKind::Waiting,
                start_ms: created,
                end_ms: started,
            });
        }
    }
    match (started, finished) {
        (Some(start), true) => segments.push(Segment {
            kind: SegmentKind::Running,
            start_ms: start,
            end_ms: run_end.unwrap_or(start).max(start),
        }),
        (Some(start), false) => segments.push(Segment {
            kind: SegmentKind::Ongoing,
            start_ms: start,
            end_ms: running_duration_ms(job, fetched_at_ms, now_ms)
                .map(|ran| start.saturating_add(ran))
                .unwrap_or(now_ms)
                .max(start),
        }),
        (None, false) => {
            if let Some(created) = created {
                segments.push(Segment {
                    kind: SegmentKind::Waiting,
                    start_ms: created,
                    end_ms: now_ms.max(created),
                });
            }
        }
        (None, true) => {}
    }

    let mut own_times: Vec<i64> = Vec::new();
    own_times.extend(created);
    own_times.extend(started);
    own_times.extend(run_end);
    for segment in &segments {
        own_times.extend([segment.start_ms, segment.end_ms]);
    }
    if let (Some(first), Some(last)) = (node_counts.first(), node_counts.last()) {
        own_times.extend([first.0, last.0]);
    }
    let mut record_times: Vec<i64> = Vec::new();
    for attempt in &attempts {
        record_times.extend(attempt.start_ms);
        record_times.extend(attempt.end_ms);
        for recovery in &attempt.recoveries {
            record_times.extend(recovery.start_ms);
            record_times.extend(recovery.end_ms);
        }
    }
    let span = |times: &[i64]| Some((*times.iter().min()?, *times.iter().max()?));
    let (axis_start_ms, axis_end_ms, detached_records_ms) =
        match (span(&own_times), span(&record_times)) {
            (Some(own), Some(records)) => {
                let gap = (records.0.saturating_sub(own.1)).max(own.0.saturating_sub(records.1));
                if gap > DETACHED_AFTER_MS {
                    (records.0, records.1, Some(gap))
                } else {
                    (own.0.min(records.0), own.1.max(records.1), None)
                }
            }
            (Some(only), None) | (None, Some(only)) => (only.0, only.1, None),
            (None, None) => return None,
        };
    let axis_end_ms = axis_end_ms.max(axis_start_ms.saturating_add(1));
    // A gap narrower than a 250th of the axis would be drawn no narrower than the thinnest bar, and
    // a job restarting every few minutes for days would draw a focusable shape per restart: those
    // gaps stay inside the run, and the recovery marks show them.
    let gaps = restarts(&attempts, ((axis_end_ms - axis_start_ms) / 250).max(1));
    let end_ms = if finished {
        run_end
    } else {
        segments.last().map(|segment| segment.end_ms)
    }
    .filter(|end| (axis_start_ms..=axis_end_ms).contains(end));
    Some(Timeline {
        axis_start_ms,
        axis_end_ms,
        segments: split_at(segments, &gaps),
        attempts,
        node_counts,
        detached_records_ms,
        end_ms,
        finished,
    })
}

/// The node-count series as one SVG path of horizontal and vertical steps, scaled to
/// `width` × `height` with the axis from `start_ms` to `end_ms`. Beyond one point per pixel the
/// series is bucketed per pixel column, keeping each column's minimum and maximum, so the shape
/// (every dip to zero, every peak) survives and the path stays small.
pub fn step_path(
    series: &[(i64, f64)],
    start_ms: i64,
    end_ms: i64,
    width: f64,
    height: f64,
    max_count: f64,
) -> String {
    use std::fmt::Write;
    if series.is_empty() || end_ms <= start_ms || max_count <= 0.0 {
        return String::new();
    }
    let span = end_ms as f64 - start_ms as f64;
    let x_of = |time: i64| within(((time as f64 - start_ms as f64) / span) * width, 0.0, width);
    let y_of = |count: f64| height - within(count / max_count, 0.0, 1.0) * height;

    let columns = width.max(1.0) as usize;
    let points: Vec<(f64, f64)> = if series.len() > columns * 2 {
        // (min, max, last) per pixel column, in time order.
        let mut buckets: Vec<Option<(f64, f64, f64)>> = vec![None; columns + 1];
        for &(time, count) in series {
            let column = (x_of(time) as usize).min(columns);
            let bucket = buckets[column].get_or_insert((count, count, count));
            bucket.0 = bucket.0.min(count);
            bucket.1 = bucket.1.max(count);
            bucket.2 = count;
        }
        buckets
            .iter()
            .enumerate()
            .filter_map(|(column, bucket)| bucket.map(|bucket| (column as f64, bucket)))
            .flat_map(|(x, (min, max, last))| [(x, max), (x, min), (x, last)])
            .collect()
    } else {
        series
            .iter()
            .map(|&(time, count)| (x_of(time), count))
            .collect()
    };

    let mut path = String::with_capacity(points.len() * 14);
    let mut previous_y = None;
    for (x, count) in points {
        let y = y_of(count);
        match previous_y {
            None => {
                let _ = write!(path, "M{},{}", Tenths(x), Tenths(y));
            }
            Some(previous) => {
                let _ = write!(path, "H{}", Tenths(x));
                if previous != y {
                    let _ = write!(path, "V{}", Tenths(y));
                }
            }
        }
        previous_y = Some(y);
    }
    let _ = write!(path, "H{}", Tenths(width));
    path
}

/// The area under a [`step_path`] line, closed along the baseline at `height`, for a light fill.
/// It extends the line already built, so a 20,000-point series is bucketed once, not twice.
pub fn area_under(line: &str, height: f64) -> String {
    let Some(first_x) = line
        .strip_prefix('M')
        .and_then(|rest| rest.split(',').next())
    else {
        return String::new();
    };
    format!("{line}V{}H{first_x}Z", Tenths(height))
}

#[cfg(test)]
mod tests {
    use super::*;
    const HOUR_MS: i64 = 3_600_000;

    #[test]
    fn attempts_are_ordered_by_when_they_started() {
        let job: TrainingJob = crate::model::parse_job(
            r#"{"status": {"phase": "Failed", "running_records": [
                {"start_at": 300, "end_at": 400},
                {"end_at": 50},
                {"start_at": 100, "end_at": 200}
            ]}}"#,
        )
        .unwrap()
        .job;
        let timeline = timeline(&job, 0, 0).unwrap();
        let starts: Vec<Option<i64>> = timeline.attempts.iter().map(|a| a.start_ms).collect();
        assert_eq!(starts, [Some(100_000), Some(300_000), None]);
    }
    use crate::model::parse_job;
    use serde_json::json;

    #[test]
    fn within_limits_like_clamp_and_takes_nan_without_panicking() {
        assert_eq!(within(-3.0, 0.0, 1.0), 0.0);
        assert_eq!(within(0.25, 0.0, 1.0), 0.25);
        assert_eq!(within(7.0, 0.0, 1.0), 1.0);
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(within(0.5, 0.0, f64::NAN), 0.5);
    }

    fn job(document: serde_json::Value) -> TrainingJob {
        parse_job(&document.to_string()).unwrap().job
    }

    #[test]
    fn seconds_and_milliseconds_are_told_apart() {
        assert_eq!(to_millis(1_701_327_093), Some(1_701_327_093_000));
        assert_eq!(to_millis(1_641_892_655_000), Some(1_641_892_655_000));
        assert_eq!(to_millis(0), None);
        assert_eq!(to_millis(-1), None);
    }

    #[test]
    fn a_finished_job_waits_then_runs_for_its_duration() {
        let timeline = timeline(&job(json!({
                "metadata": {"create_time": 1_000_000_000_000i64},
                "status": {"phase": "Completed", "start_time": 1_000_000_060_000i64, "duration": 7_380_000}
            })),
            2_000_000_000_000,
            2_000_000_000_000,
        )
        .unwrap();
        assert_eq!(timeline.segments.len(), 2);
        assert_eq!(timeline.segments[0].kind, SegmentKind::Waiting);
        assert_eq!(timeline.segments[1].kind, SegmentKind::Running);
        assert_eq!(timeline.segments[1].end_ms, 1_000_000_060_000 + 7_380_000);
        assert_eq!(
            timeline.axis_end_ms, 1_000_007_440_000,
            "a finished job does not stretch to now"
        );
    }

    #[test]
    fn a_running_job_runs_for_its_reported_duration_plus_the_time_since_the_fetch() {
        let document = job(serde_json::from_str(include_str!(
            "../../demo/v2/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731.json"
        ))
        .unwrap());
        // Fetched a year after it started, looked at 10 s later: it has run 268 s + 10 s.
        let fetched = 1_673_000_000_000;
        let timeline = timeline(&document, fetched, fetched + 10_000).unwrap();
        let last = timeline.segments.last().unwrap();
        assert_eq!(last.kind, SegmentKind::Ongoing);
        assert_eq!(last.end_ms, 1_641_892_655_000 + 268_000 + 10_000);
        assert_eq!(
            running_duration_ms(&document, fetched, fetched + 10_000),
            Some(278_000)
        );
        let started_only =
            job(json!({"status": {"phase": "Running", "start_time": 1_000_000_000_000i64}}));
        assert_eq!(
            running_duration_ms(&started_only, 0, 1_000_000_005_000),
            Some(5_000)
        );
        assert_eq!(timeline.node_counts.len(), 5);
        assert_eq!(timeline.node_counts[2], (1_641_892_655_000, 1.0));
    }

    #[test]
    fn a_job_not_started_shows_no_run_and_no_1970() {
        let timeline = timeline(
            &job(json!({"metadata": {"create_time": 1_636_447_346_315i64},
                        "status": {"phase": "Creating", "start_time": 0, "duration": 0}})),
            1_636_447_400_000,
            1_636_447_400_000,
        )
        .unwrap();
        assert_eq!(timeline.segments.len(), 1);
        assert_eq!(timeline.segments[0].kind, SegmentKind::Waiting);
        assert_eq!(timeline.axis_start_ms, 1_636_447_346_315);
    }

    #[test]
    fn running_records_in_seconds_are_reconciled_and_clamped() {
        let parsed = parse_job(include_str!(
            "../../demo/v2/demo/training-jobs/3faf5c03-aaa1-4cbe-879d-24b05d997347.json"
        ))
        .unwrap();
        let timeline = timeline(&parsed.job, 0, 0).unwrap();
        // The API lists the failed attempt first, but the completed one started earlier.
        let (completed, failed) = (&timeline.attempts[0], &timeline.attempts[1]);
        assert_eq!(failed.start_ms, Some(1_701_327_093_000));
        assert_eq!(
            failed.end_ms, failed.start_ms,
            "an end before the start is clamped"
        );
        assert!(failed.clamped);
        assert!(!completed.clamped);
        assert!(failed.failed(), "exit with 127, then job_reschedule");
        assert!(!completed.failed(), "job completed");
        assert!(completed.start_ms < failed.start_ms);
        // Its records are dated two years after its creation: the axis shows the records.
        assert_eq!(timeline.axis_start_ms, 1_701_323_345_000);
        assert!(timeline.detached_records_ms.unwrap() > 365 * 24 * 3600 * 1000);
    }

    #[test]
    fn many_bars_and_marks_become_one_path_each() {
        let timeline = timeline(&job(json!({"metadata": {"create_time": 1_000_000_000_000i64},
                        "status": {"phase": "Completed", "start_time": 1_000_000_000_000i64, "duration": 100_000}})),
            0,
            0,
        )
        .unwrap();
        let bars = timeline.bars_path(
            &[
                (1_000_000_000_000, 1_000_000_050_000),
                (1_000_000_090_000, 1_000_000_090_000),
            ],
            100.0,
            2.0,
            10.0,
            1.0,
        );
        assert_eq!(bars, "M0.0,2.0h50.0v10.0h-50.0ZM90.0,2.0h1.0v10.0h-1.0Z");
        assert_eq!(
            timeline.marks_path(&[1_000_000_025_000], 100.0, 0.0, 5.0),
            "M25.0,0.0v5.0"
        );
    }

    #[test]
    fn the_step_path_draws_steps_and_buckets_big_series() {
        let path = step_path(&[(0, 0.0), (50, 2.0), (100, 2.0)], 0, 100, 100.0, 10.0, 2.0);
        assert_eq!(path, "M0.0,10.0H50.0V0.0H100.0H100.0");
        let line = step_path(&[(20, 1.0), (100, 1.0)], 0, 100, 100.0, 10.0, 1.0);
        assert_eq!(area_under(&line, 10.0), "M20.0,0.0H100.0H100.0V10.0H20.0Z");
        assert_eq!(area_under("", 10.0), "");

        let series: Vec<(i64, f64)> = (0..20_000)
            .map(|i| (i, if i % 1000 == 0 { 0.0 } else { 4.0 }))
            .collect();
        let path = step_path(&series, 0, 20_000, 600.0, 100.0, 4.0);
        assert!(path.len() < 30_000, "bucketed path is {} bytes", path.len());
        assert_eq!(
            path.matches("V100.0").count(),
            20,
            "every dip to zero survives bucketing"
        );
    }

    #[test]
    fn the_failed_demo_job_restarts_between_its_attempts_and_ends_at_its_duration() {
        let parsed = parse_job(include_str!(
            "../../demo/v2/demo/training-jobs/7f2c9d41-8e3a-4b6c-a5d2-1e9f0c7b3a58.json"
        ))
        .unwrap();
        let timeline = timeline(&parsed.job, 0, 0).unwrap();
        let kinds: Vec<SegmentKind> = timeline.segments.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SegmentKind::Waiting,
                SegmentKind::Running,
                SegmentKind::Restarting,
                SegmentKind::Running
            ]
        );
        // From attempt 1's end to attempt 2's start, and the run goes on around it.
        let gap = &timeline.segments[2];
        assert_eq!(
            (gap.start_ms, gap.end_ms),
            (1_776_150_668_000, 1_776_150_880_000)
        );
        assert_eq!(timeline.segments[1].end_ms, gap.start_ms);
        assert_eq!(timeline.segments[3].start_ms, gap.end_ms);
        assert_eq!(timeline.segments[3].end_ms, 1_776_147_835_000 + 5_666_000);
        assert_eq!(timeline.end_ms, Some(1_776_147_835_000 + 5_666_000));
        assert!(timeline.finished);
        let bins = timeline.recovery_bins(60);
        assert_eq!(bins.len(), 1);
        assert_eq!((bins[0].count, bins[0].first), (1, (0, 0)));
        assert_eq!(
            (bins[0].start_ms, bins[0].end_ms),
            (1_776_150_668_000, 1_776_150_842_000)
        );
    }

    #[test]
    fn an_ongoing_run_is_split_and_ends_now() {
        let document = job(
            json!({"status": {"phase": "Running", "start_time": 1_000_000_000_000i64,
            "running_records": [
                {"start_at": 1_000_000_000, "end_at": 1_000_000_100},
                {"start_at": 1_000_000_200}
            ]}}),
        );
        let timeline = timeline(&document, 0, 1_000_000_300_000).unwrap();
        let kinds: Vec<SegmentKind> = timeline.segments.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SegmentKind::Running,
                SegmentKind::Restarting,
                SegmentKind::Ongoing
            ]
        );
        assert_eq!(timeline.end_ms, Some(1_000_000_300_000));
        assert!(!timeline.finished);
    }

    /// The generated huge job's run history: 1,200 attempts of 240 s, 10 s apart, each ending in
    /// a recovery of 8 s.
    fn restarting_job() -> TrainingJob {
        let records: Vec<serde_json::Value> = (0..1200i64)
            .map(|i| {
                let start = 1_700_000_000 + i * 250;
                json!({"start_at": start, "end_at": start + 240,
                       "recover_records": [{"recover_start_at": start + 240, "recover_end_at": start + 248}]})
            })
            .collect();
        job(
            json!({"status": {"phase": "Failed", "start_time": 1_700_000_000_000i64,
                              "duration": 300_000_000, "running_records": records}}),
        )
    }

    #[test]
    fn many_recoveries_become_countable_bins() {
        let timeline = timeline(&restarting_job(), 0, 0).unwrap();
        let bins = timeline.recovery_bins(60);
        assert_eq!(bins.len(), 60);
        let counts: Vec<usize> = bins.iter().map(|bin| bin.count).collect();
        assert_eq!(counts, [20; 60]);
        assert_eq!(bins[1].slot, 1);
        assert_eq!(bins[1].first, (20, 0));
        // From the bin's first recovery's start to its last one's end.
        assert_eq!(bins[0].start_ms, 1_700_000_240_000);
        assert_eq!(bins[0].end_ms, 1_700_000_000_000 + (19 * 250 + 248) * 1000);
        // Ten-second gaps in 83 hours are far too narrow to draw: the run stays one segment.
        assert_eq!(timeline.segments.len(), 1);
        assert_eq!(timeline.segments[0].kind, SegmentKind::Running);
    }

    #[test]
    fn warning_and_error_events_are_binned_on_the_axis_errors_last() {
        let timeline = timeline(&restarting_job(), 0, 0).unwrap();
        let start = timeline.axis_start_ms;
        let slot_ms = (timeline.axis_end_ms - start) / 10;
        let event = |level: &str, at: Option<i64>| EventRow {
            time_ms: at,
            time_text: String::new(),
            level: level.into(),
            source: None,
            message: String::new(),
        };
        let events = [
            event("Error", Some(start + slot_ms * 9 + 5)),
            event("Info", Some(start + 10)),
            event("Warning", Some(start + 30)),
            event("Error", Some(start + slot_ms * 9 + 1)),
            event("Error", None),
            // Before the axis: at its start.
            event("Warning", Some(start - 60_000)),
        ];
        let bins = timeline.event_bins(&events, 10);
        assert_eq!(bins.len(), 2, "{bins:?}");
        assert_eq!(bins[0].severity, Severity::Warning);
        assert_eq!((bins[0].count, bins[0].first), (2, 5));
        assert_eq!(
            (bins[0].start_ms, bins[0].end_ms),
            (start - 60_000, start + 30)
        );
        assert_eq!(bins[1].severity, Severity::Error);
        assert_eq!((bins[1].count, bins[1].first), (2, 3));
        assert_eq!(bins[1].end_ms, start + slot_ms * 9 + 5);
        assert!(
            timeline.event_bins(&events[1..2], 10).is_empty(),
            "Info is not marked"
        );
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|(_, label)| label.as_str()).collect()
    }

    #[test]
    fn phones_keep_every_other_tick_and_the_days() {
        let ticks = |labels: &[&str]| -> Vec<Tick> {
            labels.iter().map(|label| (0, label.to_string())).collect()
        };
        let hidden = |labels: &[&str]| hidden_on_phones(&ticks(labels)).collect::<Vec<_>>();
        assert_eq!(hidden(&["06:30", "06:45", "07:00"]), [false, true, false]);
        assert_eq!(
            hidden(&["12:00", "05-30", "12:00", "05-31"]),
            [true, false, true, false]
        );
    }

    #[test]
    fn ticks_fall_on_nice_steps_away_from_the_ends() {
        // The failed demo job's axis, 06:21:37 to 07:58:22 UTC: quarter hours.
        let (start, end) = (1_776_147_697_482, 1_776_153_502_000);
        let quarter = ticks(start, end, 0, 6);
        assert_eq!(
            labels(&quarter),
            ["06:30", "06:45", "07:00", "07:15", "07:30", "07:45"]
        );
        assert_eq!(quarter[0].0, 1_776_148_200_000);
        // In Beijing the same instants, labelled in its time.
        let beijing = ticks(start, end, 8 * HOUR_MS, 6);
        assert_eq!(beijing[0], (1_776_148_200_000, "14:30".to_string()));
        // Fewer allowed: half hours.
        assert_eq!(
            labels(&ticks(start, end, 0, 4)),
            ["06:30", "07:00", "07:30"]
        );

        // Three and a half days from 04-14 06:00 UTC: midnights, labelled by their day, the last
        // one more than a twentieth of the span before the end.
        let start = 1_776_146_400_000;
        let end = start + 84 * HOUR_MS;
        let days = ticks(start, end, 0, 6);
        assert_eq!(labels(&days), ["04-15", "04-16", "04-17"]);
        assert_eq!(days[0].0, 1_776_211_200_000);
        // In Beijing the same span fits six local midnights and noons.
        let beijing = ticks(start, end, 8 * HOUR_MS, 6);
        assert_eq!(
            labels(&beijing),
            ["04-15", "12:00", "04-16", "12:00", "04-17", "12:00"]
        );
        assert_eq!(beijing[0].0, 1_776_182_400_000);

        // A minute and a half: every 15 s with seconds, leaving out both ends.
        let seconds = ticks(1_000_000_020_000, 1_000_000_110_000, 0, 6);
        assert_eq!(
            labels(&seconds),
            ["01:47:15", "01:47:30", "01:47:45", "01:48:00", "01:48:15"]
        );
        // Days across a year's end and a leap day.
        assert_eq!(tick_label(1_704_067_200_000, false), "01-01");
        assert_eq!(tick_label(1_709_164_800_000, false), "02-29");
    }

    #[test]
    fn null_metrics_and_a_minimal_document_give_nothing_to_draw() {
        assert!(
            node_count_series(&job(json!({"status": {"node_count_metrics": null}}))).is_empty()
        );
        assert!(timeline(&job(json!({})), 5, 5).is_none());
    }
}
