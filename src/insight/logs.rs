//! A task's log preview (`GET …/tasks/{task}/logs/preview`, reference §5): the newest part of the
//! log, at most 5 MB, made safe to show (no terminal escape codes, secrets masked), cut into lines,
//! searched, and the window of lines a scrolled view shows.

use crate::insight::display::{safe_href, Tenths};
use crate::insight::secrets::mask_in_text;
use crate::insight::signatures::{scan_log, strongest, Place, Signature};
use crate::model::{parse_json, value_text, BodyError};
use serde_json::Value;
use std::borrow::Cow;

/// A log as shown: its text and where each line starts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Log {
    pub text: String,
    /// Byte offset of each line's start in `text`.
    line_starts: Vec<usize>,
    /// Bytes sent (`current_size`) and the whole log's size (`full_size`), when stated.
    pub current_size: Option<u64>,
    pub full_size: Option<u64>,
}

impl Log {
    pub fn new(text: String, current_size: Option<u64>, full_size: Option<u64>) -> Log {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .filter(|&start| start < text.len())
            .collect();
        Log {
            text,
            line_starts,
            current_size,
            full_size,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Line `index` (from 0), without its line break.
    pub fn line(&self, index: usize) -> &str {
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Whether only the newest part of a longer log was sent.
    pub fn is_cut(&self) -> bool {
        matches!((self.current_size, self.full_size), (Some(current), Some(full)) if current < full)
    }

    /// The lines (from 0) that contain `query`, ignoring ASCII case; none for an empty query.
    pub fn matches(&self, query: &str) -> Vec<usize> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        let needle = query.to_ascii_lowercase();
        (0..self.line_count())
            .filter(|&index| {
                let line = self.line(index);
                line.len() >= needle.len()
                    && line
                        .as_bytes()
                        .windows(needle.len())
                        .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
            })
            .collect()
    }
}

/// How many of a log's last lines are read for the failure they show: a failure is told at the end,
/// and reading 5 MB for it would hold up the first screen.
pub const TAIL_LINES: usize = 5_000;

impl Log {
    /// The most telling failure the log's last [`TAIL_LINES`] lines show, with its line (from 1).
    pub fn failure(&self) -> Option<(usize, Signature)> {
        let first = self.line_count().saturating_sub(TAIL_LINES);
        let tail = &self.text[self.line_starts.get(first).copied().unwrap_or(0)..];
        let found = scan_log(tail);
        strongest(&found).and_then(|finding| match finding.place {
            Place::Log { line, .. } => Some((first + line, finding.signature.clone())),
            Place::Event { .. } => None,
        })
    }
}

/// A log preview answer: `content` (older deployments: `context`), with the sizes.
pub fn parse_log_preview(body: &str) -> Result<Log, BodyError> {
    let value = parse_json(body)?;
    let Value::Object(object) = value else {
        return Err(BodyError::NotAnObject {
            found: crate::model::lenient::json_type_name(&value),
        });
    };
    let text = object
        .get("content")
        .or_else(|| object.get("context"))
        .map(value_text)
        .unwrap_or_default();
    let size = |key: &str| object.get(key).and_then(Value::as_u64);
    let shown = mask_in_text(&strip_terminal_codes(&text)).into_owned();
    Ok(Log::new(shown, size("current_size"), size("full_size")))
}

/// The links of a log link answer: `obs_url`, then the parts of a log split in shards (SDK:
/// `shards.object_urls`), each once and in order. Only strings are read; what they point at is
/// checked where they become links.
pub fn parse_log_links(body: &str) -> Result<Vec<String>, BodyError> {
    let value = parse_json(body)?;
    let shards = value
        .pointer("/shards/object_urls")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    let mut links: Vec<String> = Vec::new();
    for link in std::iter::once(&value["obs_url"]).chain(shards) {
        if let Some(link) = link.as_str().map(str::trim).filter(|link| !link.is_empty()) {
            if !links.iter().any(|known| known == link) {
                links.push(link.to_string());
            }
        }
    }
    Ok(links)
}

/// The links of a log link answer that may be opened: each resolved against the call's URL by
/// `resolve` (a folder of saved answers may name its file relative to itself), then kept only when
/// it is `http:` or `https:`.
pub fn openable_links(links: &[String], resolve: impl Fn(&str) -> Option<String>) -> Vec<String> {
    links
        .iter()
        .filter_map(|link| resolve(link))
        .filter_map(|link| safe_href(&link).map(str::to_string))
        .collect()
}

/// The text without terminal escape sequences (colours, cursor moves, titles), which would
/// otherwise show as `[31m` and stray characters. Other control characters but tab become spaces.
pub fn strip_terminal_codes(text: &str) -> Cow<'_, str> {
    // Bytes, not chars, for a 5 MB log: C0 controls and DEL are single bytes, and every C1
    // control starts with 0xC2 (as do a few printable characters, which take the slow path).
    let has_control = text.bytes().any(|byte| {
        (byte < 0x20 && byte != b'\n' && byte != b'\t') || byte == 0x7f || byte == 0xc2
    });
    if !has_control {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A sequence never runs past a line break: a cut-off one must not swallow the lines
            // after it, nor the failure they tell.
            '\u{1b}' => match chars.peek() {
                // CSI: parameters and intermediates up to a final byte in @..~.
                Some('[') => {
                    chars.next();
                    while let Some(&c) = chars.peek() {
                        if c == '\n' {
                            break;
                        }
                        chars.next();
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                // OSC: up to BEL or ESC \.
                Some(']') => {
                    chars.next();
                    while let Some(&c) = chars.peek() {
                        if c == '\n' {
                            break;
                        }
                        chars.next();
                        if c == '\u{7}' {
                            break;
                        }
                        if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                            chars.next();
                            break;
                        }
                    }
                }
                // Any other escape is two characters long; a line break is kept.
                Some('\n') | None => {}
                Some(_) => {
                    chars.next();
                }
            },
            '\n' | '\t' => out.push(c),
            // A carriage return before a line break ends the line; elsewhere it redraws it.
            '\r' if chars.peek() == Some(&'\n') => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A size as people read it, in units of 1,000 as the API's 5 MB limit is: `512 B`, `123.5 KB`,
/// `5.2 MB`.
pub fn size_text(bytes: u64) -> String {
    match bytes {
        0..=999 => format!("{bytes} B"),
        1_000..=999_999 => format!("{} KB", Tenths(bytes as f64 / 1e3)),
        _ => format!("{} MB", Tenths(bytes as f64 / 1e6)),
    }
}

/// The lines (from 0, end excluded) a view of `viewport_px` scrolled to `scroll_px` shows, with
/// `spare` lines either side so a fast scroll does not show blanks. Whole pixels, as the DOM's
/// scroll offsets are.
pub fn visible_lines(
    scroll_px: usize,
    viewport_px: usize,
    line_px: usize,
    total: usize,
    spare: usize,
) -> (usize, usize) {
    let line_px = line_px.max(1);
    let first = scroll_px / line_px;
    let shown = viewport_px.div_ceil(line_px) + 1;
    let start = first.saturating_sub(spare).min(total);
    let end = first.saturating_add(shown + spare).min(total);
    (start, end)
}

/// Widths are counted in hundredths of a column, so a font that draws a Chinese character 1.67
/// columns wide is counted as it draws it.
pub const COLUMN: usize = 100;

/// How wide a character is drawn: one column, as wide as the font draws East Asian wide and
/// fullwidth characters (measured by the view), or two for symbols and emoji from another font.
enum CharWidth {
    Narrow,
    EastAsian,
    Symbol,
}

fn char_width(character: char) -> CharWidth {
    match u32::from(character) {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => CharWidth::EastAsian,
        0x231A..=0x231B | 0x2600..=0x27BF | 0x2B50..=0x2B55 | 0x1F000..=0x1FAFF => {
            CharWidth::Symbol
        }
        _ => CharWidth::Narrow,
    }
}

/// How many rows a line takes when it breaks anywhere at `width` columns, as the view's CSS
/// makes it (`line-break: anywhere`): a character that does not fit starts the next row, and a
/// tab runs to the next multiple of 8 columns within its row. `east_asian` is how wide the font
/// draws a Chinese character, in hundredths of a column; counting wider than drawn at worst leaves
/// a blank row, never a cut one.
fn rows_of(line: &str, width: usize, east_asian: usize) -> usize {
    if line.is_ascii() && !line.contains('\t') {
        return line.len().div_ceil(width).max(1);
    }
    let room = width * COLUMN;
    let tab = 8 * COLUMN;
    let (mut rows, mut used) = (1, 0);
    for character in line.chars() {
        let advance = |used: usize| match character {
            '\t' => tab - used % tab,
            character => match char_width(character) {
                CharWidth::Narrow => COLUMN,
                CharWidth::EastAsian => east_asian,
                CharWidth::Symbol => 2 * COLUMN,
            },
        };
        if used > 0 && used + advance(used) > room {
            rows += 1;
            used = 0;
        }
        used += advance(used);
    }
    rows
}

/// The first row of each line when lines wrap at `width` columns, and the total rows last; every
/// line takes at least one row. `east_asian` as for [`rows_of`].
pub fn wrapped_rows(log: &Log, width: usize, east_asian: usize) -> Vec<usize> {
    let width = width.max(1);
    let mut starts = Vec::with_capacity(log.line_count() + 1);
    let mut row = 0;
    for index in 0..log.line_count() {
        starts.push(row);
        row += rows_of(log.line(index), width, east_asian);
    }
    starts.push(row);
    starts
}

/// [`visible_lines`] for wrapped lines, whose rows start at `row_starts` (from [`wrapped_rows`]):
/// the lines to build, `spare` more beyond each edge of the view.
pub fn visible_wrapped_lines(
    scroll_px: usize,
    viewport_px: usize,
    line_px: usize,
    row_starts: &[usize],
    spare: usize,
) -> (usize, usize) {
    let line_px = line_px.max(1);
    // The last entry is the total, where no line starts.
    let starts = &row_starts[..row_starts.len().saturating_sub(1)];
    let first_row = scroll_px / line_px;
    let end_row = first_row + viewport_px.div_ceil(line_px) + 1;
    let first = starts
        .partition_point(|&start| start <= first_row)
        .saturating_sub(1);
    let end = starts.partition_point(|&start| start < end_row);
    (
        first.saturating_sub(spare),
        end.saturating_add(spare).min(starts.len()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_take_a_row_per_width_of_columns_wide_characters_two_and_tabs_to_their_stop() {
        let log = Log::new(
            format!("{}\n\nshort\n中文中文中\n\tx\n", "a".repeat(25)),
            None,
            None,
        );
        // 25 columns in 3 rows of 10; an empty line still takes a row; 10 wide columns make one
        // row, and the tab runs to column 8.
        assert_eq!(wrapped_rows(&log, 10, 200), [0, 3, 4, 5, 6, 7]);
        // At 9 columns a wide character that would straddle the edge starts the next row (8 and 2
        // columns), and the tab and x just fit.
        assert_eq!(wrapped_rows(&log, 9, 200), [0, 3, 4, 5, 7, 8]);
        assert_eq!(wrapped_rows(&Log::default(), 10, 200), [0]);
        // A tab counts from its own row: 12 columns, then a tab at column 2 of the second row
        // runs to 8.
        let tabbed = Log::new(format!("{}\tz", "x".repeat(12)), None, None);
        assert_eq!(wrapped_rows(&tabbed, 10, 200), [0, 2]);
        assert_eq!(wrapped_rows(&tabbed, 8, 200), [0, 3]);
        // Emoji and symbols such as ✅ take two columns, whatever the Chinese font's width.
        assert_eq!(
            wrapped_rows(&Log::new("✅✅✅".into(), None, None), 4, 167),
            [0, 2]
        );
        // A font that draws Chinese 1.67 columns wide fits five characters in 9 columns, not 8.
        let chinese = Log::new("中文中文中".into(), None, None);
        assert_eq!(wrapped_rows(&chinese, 9, 167), [0, 1]);
        assert_eq!(wrapped_rows(&chinese, 8, 167), [0, 2]);
    }

    #[test]
    fn the_wrapped_lines_in_view_are_found_by_their_rows() {
        // Lines of 1, 5, 1, 1 rows: rows 0, 1-5, 6, 7.
        let starts = [0, 1, 6, 7, 8];
        // Rows 2 to 4 are all line 1.
        assert_eq!(visible_wrapped_lines(40, 40, 20, &starts, 0), (1, 2));
        // From row 5 (line 1) to row 7 (line 3), one spare each side.
        assert_eq!(visible_wrapped_lines(100, 40, 20, &starts, 1), (0, 4));
        assert_eq!(visible_wrapped_lines(10_000, 40, 20, &starts, 0), (3, 4));
        assert_eq!(visible_wrapped_lines(0, 40, 20, &[0], 3), (0, 0));
    }

    #[test]
    fn the_shipped_log_link_reads() {
        let text = std::fs::read_to_string("../shared/examples/otc/otc_logs_url_200.json").unwrap();
        let links = parse_log_links(&text).unwrap();
        assert_eq!(links.len(), 1);
        assert!(links[0].starts_with("http://10.155.101.248:20000/cnnorth4-test/"));
    }

    #[test]
    fn a_sharded_log_link_lists_its_parts_once_and_skips_what_is_not_text() {
        let body = r#"{"obs_url": " https://o/a ", "shards": {"object_urls": ["https://o/a", 7, "", "https://o/b"], "count": 2}}"#;
        assert_eq!(
            parse_log_links(body).unwrap(),
            ["https://o/a", "https://o/b"]
        );
        assert_eq!(
            parse_log_links(r#"{"obs_url": null}"#).unwrap(),
            Vec::<String>::new()
        );
        assert!(parse_log_links("[").is_err());
    }

    #[test]
    fn only_web_links_are_opened_after_resolving() {
        let resolve = |link: &str| match link {
            "full.txt" => Some("https://host/logs/full.txt".to_string()),
            "broken" => None,
            other => Some(other.to_string()),
        };
        let links = [
            "full.txt",
            "broken",
            "javascript:alert(1)",
            "obs://bucket/log",
            "HTTP://10.0.0.1/log?AWSAccessKeyId=x",
        ]
        .map(str::to_string);
        assert_eq!(
            openable_links(&links, resolve),
            [
                "https://host/logs/full.txt",
                "HTTP://10.0.0.1/log?AWSAccessKeyId=x"
            ]
        );
    }

    #[test]
    fn the_shipped_preview_reads_with_its_sizes() {
        let text =
            std::fs::read_to_string("../shared/examples/otc/otc_logs_preview_200.json").unwrap();
        let log = parse_log_preview(&text).unwrap();
        assert!(log
            .line(0)
            .starts_with("[Modelarts Service Log]collect and upload logs end"));
        assert_eq!(log.line_count(), log.text.lines().count());
        assert!(log.is_cut());
        assert_eq!(log.full_size, Some(5_242_880));
    }

    #[test]
    fn older_deployments_send_context_and_odd_bodies_are_errors() {
        let log = parse_log_preview(r#"{"context": "a\nb\n"}"#).unwrap();
        assert_eq!((log.line_count(), log.line(1), log.line(2)), (2, "b", ""));
        assert!(!log.is_cut());
        assert_eq!(parse_log_preview("{}").unwrap().line_count(), 0);
        assert!(parse_log_preview("[]").is_err());
    }

    #[test]
    fn terminal_codes_never_show() {
        assert_eq!(
            strip_terminal_codes("\u{1b}[1;31mERROR\u{1b}[0m done\r\n\u{1b}]0;title\u{7}next\u{8}"),
            "ERROR done\nnext "
        );
        assert!(matches!(
            strip_terminal_codes("plain\ttext\n"),
            Cow::Borrowed(_)
        ));
        let log =
            parse_log_preview(r#"{"content": "\u001b[32mok\u001b[0m password=hunter2"}"#).unwrap();
        assert!(log.line(0).starts_with("ok "), "{}", log.line(0));
        assert!(!log.text.contains("hunter2"), "{}", log.text);
    }

    #[test]
    fn search_finds_lines_in_any_case() {
        let log = Log::new("Epoch 1\nCUDA out of memory\nepoch 2\n".into(), None, None);
        assert_eq!(log.matches("EPOCH"), [0, 2]);
        assert_eq!(log.matches("cuda OUT"), [1]);
        assert_eq!(log.matches("  "), Vec::<usize>::new());
        assert_eq!(
            log.matches("a much longer query than any line"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn the_failure_is_read_from_the_tail_with_its_line_in_the_whole_log() {
        let mut text = String::from("Killed\n");
        for step in 0..TAIL_LINES + 10 {
            text.push_str(&format!("step {step}\n"));
        }
        text.push_str("RuntimeError: NCCL communication timed out\nstep done\n");
        let log = Log::new(text, None, None);
        let (line, signature) = log.failure().unwrap();
        assert_eq!(line, TAIL_LINES + 12);
        assert_eq!(
            log.line(line - 1),
            "RuntimeError: NCCL communication timed out"
        );
        assert_eq!(
            signature,
            Signature::CollectiveTimeout(crate::insight::signatures::Collective::Nccl)
        );
        // The first line's "Killed" is beyond the tail: a short log is read whole.
        assert_eq!(
            Log::new("Killed\nok\n".into(), None, None).failure(),
            Some((1, Signature::Killed))
        );
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(512), "512 B");
        assert_eq!(size_text(126_548), "126.5 KB");
        assert_eq!(size_text(5_242_880), "5.2 MB");
    }

    #[test]
    fn only_the_lines_in_view_are_built() {
        assert_eq!(visible_lines(0, 400, 20, 100_000, 10), (0, 31));
        assert_eq!(visible_lines(20_000, 400, 20, 100_000, 10), (990, 1031));
        // A partly shown line at the bottom is built too.
        assert_eq!(visible_lines(0, 410, 20, 100_000, 0), (0, 22));
        assert_eq!(visible_lines(usize::MAX, 400, 20, 50, 10), (50, 50));
        assert_eq!(visible_lines(0, 400, 20, 5, 10), (0, 5));
    }
}
