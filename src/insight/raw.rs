//! The raw section's text: the document as sent, with secrets masked by the one rule, and only as
//! much of it as a page can show without stalling.

use crate::insight::secrets::mask_json;
use serde_json::Value;

/// Lines of pretty JSON rendered on the page; the rest is in Copy and Download. A 20 MB job
/// pretty-prints to hundreds of thousands of lines, which would block the page for seconds.
pub const SHOWN_LINES: usize = 2_000;

/// The body pretty-printed with every secret masked, keys in the order sent. A body that is not
/// JSON is returned as it came (it holds no fields to mask by name).
pub fn masked_document(body: &str) -> String {
    match serde_json::from_str::<Value>(body) {
        Ok(value) => serde_json::to_string_pretty(&mask_json(&value)).unwrap_or_default(),
        Err(_) => body.to_string(),
    }
}

/// The start of `text` up to `limit` lines, and how many lines it has in all.
pub fn first_lines(text: &str, limit: usize) -> (&str, usize) {
    let total = text.lines().count();
    let end = text
        .match_indices('\n')
        .nth(limit.saturating_sub(1))
        .map_or(text.len(), |(index, _)| index);
    (&text[..end], total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_pretty_masked_and_in_order() {
        let text = masked_document(r#"{"z":1,"environments":{"HF_TOKEN":"hf_secret"},"a":2}"#);
        assert!(!text.contains("hf_secret"), "{text}");
        assert!(text.find("\"z\"").unwrap() < text.find("\"a\"").unwrap());
        assert!(text.contains('\n'));
        assert_eq!(masked_document("not json"), "not json");
    }

    #[test]
    fn long_text_is_cut_at_a_line_boundary() {
        let text = "a\nb\nc\nd";
        assert_eq!(first_lines(text, 2), ("a\nb", 4));
        assert_eq!(first_lines(text, 10), (text, 4));
        assert_eq!(first_lines("", 10), ("", 0));
    }
}
