//! Lists kept as JSON text, read and written through `serde_json::Value`: the saved endpoints, the
//! recent jobs and the demo index. (serde's derived visitors for them cost 4 KB of gzipped wasm.)

use crate::model::lenient::compact_json;
use serde_json::Value;

/// The entries of a JSON array that `read` accepts; anything else in the text is dropped, and text
/// that is not an array gives an empty list.
pub fn read_list<T>(text: &str, read: impl Fn(&Value) -> Option<T>) -> Vec<T> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items.iter().filter_map(read).collect(),
        _ => Vec::new(),
    }
}

/// `list` as a JSON array, each entry written by `write`.
pub fn write_list<T>(list: &[T], write: impl Fn(&T) -> Value) -> String {
    compact_json(&Value::Array(list.iter().map(write).collect()))
}

/// The string at `key` of an object, if it is one.
pub fn text_at(value: &Value, key: &str) -> Option<String> {
    Some(value.get(key)?.as_str()?.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_back_as_written_and_foreign_entries_are_dropped() {
        let list = vec!["a".to_string(), "b".to_string()];
        let text = write_list(&list, |item| Value::from(item.clone()));
        assert_eq!(text, r#"["a","b"]"#);
        let read = |value: &Value| value.as_str().map(str::to_string);
        assert_eq!(read_list(&text, read), list);
        assert_eq!(read_list(r#"["a", 1, null, "b"]"#, read), list);
        assert!(read_list(r#"{"a": "b"}"#, read).is_empty());
        assert!(read_list("not json", read).is_empty());
        assert_eq!(
            text_at(&serde_json::json!({"k": "v"}), "k").as_deref(),
            Some("v")
        );
        assert_eq!(text_at(&serde_json::json!({"k": 1}), "k"), None);
    }
}
