//! Lenient reading: every field may be missing, `null` or of the wrong type, and nothing is lost.
//!
//! A job stays the `serde_json::Value` it was parsed into. Records are typed views of its objects:
//! each accessor looks its key up and returns the value only when it has the documented shape, so a
//! wrong type hides one field, never the page. What is odd about a document (fields of the wrong
//! type, keys nobody documents) is found by one walk over the value against a table of the known
//! fields ([`Kind`]), which every record declares through [`record!`].
//!
//! Keeping the value instead of decoding it into owned structs matters for the wasm: the decoder
//! and the drop and clone glue of about 55 structs were a sixth of the binary.

use ref_cast::RefCast;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashSet;
use std::marker::PhantomData;

/// A JSON object's members, used for free-form maps and as the storage of every record.
pub type Object = Map<String, Value>;

/// The shape of a field, for the walk that reports odd fields.
pub enum Kind {
    Text,
    Flag,
    Scalar,
    Object,
    Any,
    /// An object with these known keys.
    Record(&'static [(&'static str, &'static Kind)]),
    /// An array of this kind, or one such element where the API sends a single object.
    List(&'static Kind),
}

impl Kind {
    fn accepts(&self, value: &Value) -> bool {
        match self {
            Kind::Text => value.is_string(),
            Kind::Flag => value.is_boolean(),
            Kind::Scalar => value.is_number() || value.is_string() || value.is_boolean(),
            Kind::Object | Kind::Record(_) => value.is_object(),
            Kind::Any => true,
            Kind::List(_) => value.is_array() || value.is_object(),
        }
    }

    /// What a value of this kind looks like, for warnings.
    fn expected(&self) -> &'static str {
        match self {
            Kind::Text => "a string",
            Kind::Flag => "a boolean",
            Kind::Scalar => "a number or text",
            Kind::Object | Kind::Record(_) => "an object",
            Kind::Any => "any JSON value",
            Kind::List(_) => "an array",
        }
    }
}

/// A type a field can be read as: a view of a JSON value that has the right shape.
pub trait Shape {
    const KIND: Kind;

    /// The value seen as `Self`, or `None` when it has another shape.
    fn cast(value: &Value) -> Option<&Self>;
}

/// Reads `key` of `object` as a `T`: `None` when it is missing, `null` or of another shape.
pub fn field<'a, T: Shape + ?Sized>(object: &'a Object, key: &str) -> Option<&'a T> {
    let value = object.get(key)?;
    note_read(value);
    T::cast(value)
}

thread_local! {
    /// The values read through records while [`reads_during`] runs, by address: a document is
    /// immutable while it is read, so an address names one place in it.
    static READS: RefCell<Option<HashSet<usize>>> = const { RefCell::new(None) };
}

fn note_read(value: &Value) {
    READS.with_borrow_mut(|reads| {
        if let Some(reads) = reads {
            reads.insert(std::ptr::from_ref(value) as usize);
        }
    });
}

/// Which values of a document some code read through the records' accessors.
pub struct Reads(HashSet<usize>);

impl Reads {
    fn contains(&self, value: &Value) -> bool {
        self.0.contains(&(std::ptr::from_ref(value) as usize))
    }

    /// Counts what was read of `copy`, a clone of `original`, as read of `original`: figures that
    /// keep a copy of a record (the timeline's attempts) are read after the document is.
    pub fn carry(&mut self, copy: &Object, original: &Object) {
        for (key, copy) in copy {
            if let Some(original) = original.get(key) {
                self.carry_value(copy, original);
            }
        }
    }

    fn carry_value(&mut self, copy: &Value, original: &Value) {
        if self.contains(copy) {
            self.0.insert(std::ptr::from_ref(original) as usize);
        }
        match (copy, original) {
            (Value::Object(copy), Value::Object(original)) => self.carry(copy, original),
            (Value::Array(copy), Value::Array(original)) => {
                for (copy, original) in copy.iter().zip(original) {
                    self.carry_value(copy, original);
                }
            }
            _ => {}
        }
    }
}

/// Runs `read` and returns its result and every value it read through a record's accessor. The
/// document must stay alive and unchanged until the reads have been used.
pub fn reads_during<T>(read: impl FnOnce() -> T) -> (T, Reads) {
    let outer = READS.replace(Some(HashSet::new()));
    let result = read();
    let reads = READS.replace(outer).unwrap_or_default();
    (result, Reads(reads))
}

/// A path of a document that no reader read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    pub path: String,
    /// Whether the reference knows the field: a known field no view shows, or one the API added.
    pub known: bool,
}

/// Whether a value of this kind is shown as one piece (text, a number, a free-form map, a list of
/// those) rather than field by field.
fn is_leaf(kind: &Kind) -> bool {
    match kind {
        Kind::Record(_) => false,
        Kind::List(item) => is_leaf(item),
        _ => true,
    }
}

/// Whether a value has nothing to show: `null`, blank text, an empty list or map.
fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => false,
    }
}

/// The paths below `object`, a record of `kind`, that `reads` does not hold: known fields shown
/// as one piece that were never read, and every key the record does not know. Records are
/// followed field by field; fields of the wrong shape are the type warnings' business.
pub fn unread_paths(
    object: &Object,
    kind: &Kind,
    path: &JsonPath<'_>,
    reads: &Reads,
    out: &mut Vec<Unread>,
) {
    let Kind::Record(fields) = kind else {
        return;
    };
    for (key, value) in object {
        let path = JsonPath::Key(path, key);
        match fields.iter().find(|(known, _)| known == key) {
            Some((_, member_kind)) => unread_member(value, member_kind, &path, reads, out),
            None if !is_blank(value) => out.push(Unread {
                path: path.render(),
                known: false,
            }),
            None => {}
        }
    }
}

fn unread_member(
    value: &Value,
    kind: &Kind,
    path: &JsonPath<'_>,
    reads: &Reads,
    out: &mut Vec<Unread>,
) {
    if is_blank(value) || !kind.accepts(value) {
        return;
    }
    if is_leaf(kind) {
        if !reads.contains(value) {
            out.push(Unread {
                path: path.render(),
                known: true,
            });
        }
        return;
    }
    match (kind, value) {
        (Kind::Record(_), Value::Object(object)) => unread_paths(object, kind, path, reads, out),
        (Kind::List(item), Value::Array(items)) => {
            for (index, element) in items.iter().enumerate() {
                unread_member(element, item, &JsonPath::Index(path, index), reads, out);
            }
        }
        // One object where the documentation has an array: the element itself.
        (Kind::List(item), Value::Object(_)) => unread_member(value, item, path, reads, out),
        _ => {}
    }
}

impl Shape for String {
    const KIND: Kind = Kind::Text;
    fn cast(value: &Value) -> Option<&Self> {
        match value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }
}

impl Shape for bool {
    const KIND: Kind = Kind::Flag;
    fn cast(value: &Value) -> Option<&Self> {
        match value {
            Value::Bool(flag) => Some(flag),
            _ => None,
        }
    }
}

impl Shape for Object {
    const KIND: Kind = Kind::Object;
    fn cast(value: &Value) -> Option<&Self> {
        value.as_object()
    }
}

/// Any JSON but `null`, as it is: for fields whose shape nobody has documented
/// (`metadata.tags`).
impl Shape for Value {
    const KIND: Kind = Kind::Any;
    fn cast(value: &Value) -> Option<&Self> {
        Some(value).filter(|value| !value.is_null())
    }
}

impl Shape for Scalar {
    const KIND: Kind = Kind::Scalar;
    fn cast(value: &Value) -> Option<&Self> {
        match value {
            Value::Number(_) | Value::String(_) | Value::Bool(_) => Some(Scalar::ref_cast(value)),
            _ => None,
        }
    }
}

/// A location in the document, built on the stack while walking and turned into text only when
/// something is reported, so walking a 3 MB job allocates nothing.
#[derive(Clone, Copy)]
pub enum JsonPath<'a> {
    Root,
    Key(&'a JsonPath<'a>, &'a str),
    Index(&'a JsonPath<'a>, usize),
}

impl JsonPath<'_> {
    /// The path in the usual `$.spec.resource.flavor_detail` / `$.status.task_statuses[3]` form.
    pub fn render(&self) -> String {
        match self {
            JsonPath::Root => "$".to_string(),
            JsonPath::Key(parent, key) => format!("{}.{key}", parent.render()),
            JsonPath::Index(parent, index) => format!("{}[{index}]", parent.render()),
        }
    }
}

/// A field whose value did not have the expected shape.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeWarning {
    pub path: String,
    pub expected: &'static str,
    pub found: &'static str,
    /// The value as sent, as compact JSON, cut after [`SENT_CHARS`] characters.
    pub sent: String,
}

/// How much of a wrongly typed value a warning keeps: enough to recognise it.
pub const SENT_CHARS: usize = 80;

fn sent_text(value: &Value) -> String {
    let text = compact_json(value);
    match text.char_indices().nth(SENT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

impl std::fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: expected {}, found {}",
            self.path, self.expected, self.found
        )
    }
}

/// What a walk over a document found: fields of the wrong type. (Keys nobody knows are listed with
/// the fields no section shows, by `insight::coverage`.)
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub warnings: Vec<DecodeWarning>,
}

impl Report {
    /// Notes the fields of the wrong type in `object`, a record of `kind`, and below it, in the
    /// order the record declares them.
    pub fn walk_object(&mut self, object: &Object, kind: &Kind, path: &JsonPath<'_>) {
        let Kind::Record(fields) = kind else {
            return;
        };
        for (key, member_kind) in fields.iter() {
            if let Some(member) = object.get(*key) {
                self.member(member, member_kind, &JsonPath::Key(path, key));
            }
        }
    }

    /// Walks `value`, which has the shape `kind` accepts.
    fn walk(&mut self, value: &Value, kind: &Kind, path: &JsonPath<'_>) {
        match (kind, value) {
            (Kind::Record(_), Value::Object(object)) => self.walk_object(object, kind, path),
            (Kind::List(item), Value::Array(items)) => {
                for (index, element) in items.iter().enumerate() {
                    self.member(element, item, &JsonPath::Index(path, index));
                }
            }
            // One object where the documentation has an array: the element itself.
            (Kind::List(item), Value::Object(_)) => self.member(value, item, path),
            _ => {}
        }
    }

    /// A member may be `null` (nothing to say), of the wrong shape (a warning) or walked further.
    fn member(&mut self, value: &Value, kind: &Kind, path: &JsonPath<'_>) {
        if value.is_null() {
            return;
        }
        if kind.accepts(value) {
            self.walk(value, kind, path);
        } else {
            self.warnings.push(DecodeWarning {
                path: path.render(),
                expected: kind.expected(),
                found: json_type_name(value),
                sent: sent_text(value),
            });
        }
    }
}

/// The JSON type of a value, in words.
pub fn json_type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A scalar that the API sends as a number in one response and as text in another
/// (`unit_num`, `disk.size`, `period`, parameter values, timestamps). It keeps the JSON as sent.
#[derive(Debug, Clone, PartialEq, RefCast)]
#[repr(transparent)]
pub struct Scalar(Value);

impl Scalar {
    /// The number, from a JSON number or from text such as `"8"`, `"8GB"`, `" 30s "` or `"1e3"`.
    pub fn as_f64(&self) -> Option<f64> {
        match &self.0 {
            Value::Number(number) => number.as_f64(),
            Value::String(text) => leading_number(text),
            _ => None,
        }
    }

    /// The value as a whole number of something (timestamps, counts); fractions are truncated.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_f64()
            .filter(|number| number.is_finite())
            .map(|number| number as i64)
    }

    /// The text after a leading number, such as the `GB` of `"32GB"` or the `s` of `"30s"`.
    pub fn unit_suffix(&self) -> Option<&str> {
        let Value::String(text) = &self.0 else {
            return None;
        };
        let text = text.trim();
        let split = numeric_prefix_len(text);
        (split > 0 && split < text.len()).then(|| text[split..].trim())
    }

    /// The value as the API sent it, as text: `"False"` stays `False`, `30` becomes `30`.
    pub fn as_text(&self) -> String {
        value_text(&self.0)
    }
}

/// Any JSON value as people read it: text without its quotes, anything else as compact JSON.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => compact_json(other),
    }
}

/// `value` as compact JSON, through the serializer the raw view already uses; `Value`'s `Display`
/// would add a second copy of it to the wasm.
pub fn compact_json(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A free-form map (`asset_model`, `attributes`, `task_env`) on one line: `key: value · key: value`
/// with `(": ", " · ")`, or `key=value, key=value` with `("=", ", ")`.
pub fn object_text(object: &Object, between: &str, separator: &str) -> String {
    object
        .iter()
        .map(|(key, value)| format!("{key}{between}{}", value_text(value)))
        .collect::<Vec<_>>()
        .join(separator)
}

fn numeric_prefix_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut end = 0;
    let mut seen_digit = false;
    while end < bytes.len() {
        let byte = bytes[end];
        let sign_allowed = end == 0 || matches!(bytes[end - 1], b'e' | b'E');
        match byte {
            b'0'..=b'9' => seen_digit = true,
            b'.' => {}
            b'-' | b'+' if sign_allowed => {}
            b'e' | b'E'
                if seen_digit
                    && bytes
                        .get(end + 1)
                        .is_some_and(|b| b.is_ascii_digit() || *b == b'-' || *b == b'+') => {}
            _ => break,
        }
        end += 1;
    }
    if seen_digit {
        end
    } else {
        0
    }
}

fn leading_number(text: &str) -> Option<f64> {
    let text = text.trim();
    parse_decimal(&text[..numeric_prefix_len(text)])
}

/// Reads `-1.5`, `+2`, `.5`, `8.` or `1e3` as `str::parse::<f64>` would, for the at most 19
/// significant digits and exponents the API sends, without the 20 KB of tables and code that
/// `str::parse::<f64>` adds to the wasm. The result is exact when the digits fit in 2^53 and the
/// scale is within 10^±22 (every value seen in responses); beyond that `powi` may round a few
/// times, so the last digits can differ, and subnormal results lose precision.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa_text, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], rest[at + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut digits: u64 = 0;
    let mut scale = exponent.saturating_sub(fraction.len() as i32);
    for byte in whole.bytes().chain(fraction.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        match digits
            .checked_mul(10)
            .and_then(|shifted| shifted.checked_add(u64::from(byte - b'0')))
        {
            Some(shifted) => digits = shifted,
            // Digits beyond u64 only move the scale.
            None => scale = scale.saturating_add(1),
        }
    }
    if digits == 0 {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Beyond ±400 every result is 0 or infinity; clamping keeps `-scale` from overflowing.
    let scale = scale.clamp(-400, 400);
    let magnitude = if scale >= 0 {
        digits as f64 * 10f64.powi(scale)
    } else if scale >= -308 {
        // Dividing by an exact power of ten rounds once, where multiplying by 10^-n would not.
        digits as f64 / 10f64.powi(-scale)
    } else {
        // 10^309 and up are infinite as f64: divide in two steps.
        digits as f64 / 1e308 / 10f64.powi(-scale - 308)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// A list of `T`. Some responses send one object where the documentation has an array
/// (`tasks[].algorithm.inputs`) or one map where it has a list of maps (`environments`); such a
/// value is a list of that one element.
#[derive(Debug, PartialEq, RefCast)]
#[repr(transparent)]
pub struct List<T> {
    value: Value,
    #[trivial]
    item: PhantomData<T>,
}

impl<T: Shape> List<T> {
    /// Every element as sent, including `null` and malformed ones.
    pub fn elements(&self) -> &[Value] {
        match &self.value {
            Value::Array(items) => items,
            single => std::slice::from_ref(single),
        }
    }

    /// The elements that have the shape of `T`, skipping `null` and malformed ones.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.elements().iter().filter_map(T::cast)
    }

    pub fn is_empty(&self) -> bool {
        self.elements().is_empty()
    }

    pub fn len(&self) -> usize {
        self.elements().len()
    }

    /// Whether the API sent one object instead of an array.
    pub fn is_single(&self) -> bool {
        self.value.is_object()
    }
}

impl<T: Shape> Shape for List<T> {
    const KIND: Kind = Kind::List(&T::KIND);
    fn cast(value: &Value) -> Option<&Self> {
        match value {
            Value::Array(_) | Value::Object(_) => Some(List::ref_cast(value)),
            _ => None,
        }
    }
}

/// The JSON key of a field: `r#type` is the field `type`.
pub const fn json_key(ident: &'static str) -> &'static str {
    match ident.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(key) => key,
            Err(_) => ident,
        },
        _ => ident,
    }
}

/// Declares a record of the API: a typed view of a JSON object with one accessor per known key,
/// and the table of those keys for [`Report::walk_object`]. Keys the record does not know stay in the
/// object, so nothing the API sent is lost.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, ref_cast::RefCast)]
        #[repr(transparent)]
        pub struct $name(pub(crate) crate::model::lenient::Object);

        impl $name {
            $(
                $(#[$field_meta])*
                pub fn $field(&self) -> Option<&$ty> {
                    crate::model::lenient::field(
                        &self.0,
                        crate::model::lenient::json_key(stringify!($field)),
                    )
                }
            )*
        }

        impl crate::model::lenient::Shape for $name {
            const KIND: crate::model::lenient::Kind = crate::model::lenient::Kind::Record(&[
                $((
                    crate::model::lenient::json_key(stringify!($field)),
                    &<$ty as crate::model::lenient::Shape>::KIND,
                )),*
            ]);

            fn cast(value: &serde_json::Value) -> Option<&Self> {
                match value {
                    serde_json::Value::Object(object) => {
                        Some(<Self as ref_cast::RefCast>::ref_cast(object))
                    }
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use record;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TrainingJob;
    use serde_json::json;

    fn unread_after(document: Value, read: impl FnOnce(&TrainingJob)) -> Vec<(String, bool)> {
        let Value::Object(object) = document else {
            unreachable!()
        };
        let job = TrainingJob(object);
        let ((), reads) = reads_during(|| read(&job));
        let mut out = Vec::new();
        unread_paths(
            &job.0,
            &TrainingJob::KIND,
            &JsonPath::Root,
            &reads,
            &mut out,
        );
        out.into_iter()
            .map(|unread| (unread.path, unread.known))
            .collect()
    }

    #[test]
    fn what_was_not_read_is_listed_by_path_known_or_not() {
        let document = json!({
            "kind": "job",
            "metadata": {"name": "n", "description": "d", "nickname": "u", "user_name": " "},
            "status": {"task_statuses": [{"task": "worker-0", "message": "m0"}, {"task": "worker-1", "message": "m1"}],
                       "phase": 7},
            "spec": {"resource": {"flavor_detail": {"flavor_info": {"gpu": {"memory": "8GB"}, "npu": {"memory": "32GB"}}}}},
            "extra": {"deep": 1},
            "blank": null
        });
        let unread = unread_after(document, |job| {
            job.metadata().and_then(|m| m.name());
            for status in job
                .status()
                .and_then(|s| s.task_statuses())
                .unwrap()
                .iter()
                .take(1)
            {
                status.message();
            }
            job.spec()
                .and_then(|s| s.resource())
                .and_then(|r| r.flavor_detail())
                .and_then(|f| f.flavor_info())
                .and_then(|i| i.npu())
                .and_then(|n| n.memory());
        });
        let expected: Vec<(String, bool)> = [
            ("$.kind", true),
            ("$.metadata.description", true),
            ("$.metadata.nickname", false),
            ("$.status.task_statuses[0].task", true),
            ("$.status.task_statuses[1].task", true),
            ("$.status.task_statuses[1].message", true),
            ("$.spec.resource.flavor_detail.flavor_info.gpu.memory", true),
            ("$.extra", false),
        ]
        .into_iter()
        .map(|(path, known)| (path.to_string(), known))
        .collect();
        // Blank values have nothing to show and a wrongly typed phase is a type warning.
        assert_eq!(unread, expected);
    }

    #[test]
    fn reads_are_recorded_only_while_asked_for() {
        let document = json!({"kind": "job"});
        let Value::Object(object) = document else {
            unreachable!()
        };
        let job = TrainingJob(object);
        job.kind();
        let ((), reads) = reads_during(|| {});
        assert!(!reads.contains(&job.0["kind"]));
        let ((), mut reads) = reads_during(|| {
            job.kind();
        });
        assert!(reads.contains(&job.0["kind"]));
        // What is read of a copy counts for the original it was copied from.
        let copy = job.clone();
        ((), reads) = reads_during(|| {
            copy.kind();
        });
        assert!(!reads.contains(&job.0["kind"]));
        reads.carry(&copy.0, &job.0);
        assert!(reads.contains(&job.0["kind"]));
    }

    #[test]
    fn scalar_reads_numbers_from_numbers_and_text_with_units() {
        let cases = [
            (json!(8), Some(8.0)),
            (json!("8"), Some(8.0)),
            (json!("32GB"), Some(32.0)),
            (json!(" 30s "), Some(30.0)),
            (json!("1.5e3"), Some(1500.0)),
            (json!("-2"), Some(-2.0)),
            (json!("GB"), None),
            (json!(""), None),
            (json!(true), None),
        ];
        for (raw, expected) in cases {
            assert_eq!(Scalar(raw.clone()).as_f64(), expected, "{raw}");
        }
    }

    #[test]
    fn decimals_read_like_the_standard_parser() {
        for text in [
            "0",
            "8",
            "-2",
            "+2",
            ".5",
            "8.",
            "1.5e3",
            "1E-3",
            "2.5e+2",
            "0.1",
            "0.3",
            "123.456",
            "1e22",
            "9007199254740993",
            "18446744073709551616",
            "3.14159265358979",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["", "-", ".", "e3", "1.2.3", "1e", "1e+", "--1", "1x"] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
        // Exponent extremes: no panic, no NaN, zero and infinity where the standard parser has them.
        for text in [
            "0e400",
            "-0",
            "1e400",
            "-1e400",
            "1e-400",
            "1e-2147483648",
            "1.5e-2147483647",
            "1e2147483647",
            "0.0e309",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["1000000000000000000e-310", "123e-300", "7e300", "1e-320"] {
            let (ours, std) = (parse_decimal(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(((ours - std) / std).abs() < 1e-3, "{text}: {ours} vs {std}");
        }
    }

    #[test]
    fn scalar_names_its_unit_and_keeps_text_as_sent() {
        assert_eq!(Scalar(json!("32GB")).unit_suffix(), Some("GB"));
        assert_eq!(Scalar(json!("30 s")).unit_suffix(), Some("s"));
        assert_eq!(Scalar(json!("30")).unit_suffix(), None);
        assert_eq!(Scalar(json!(30)).unit_suffix(), None);
        assert_eq!(Scalar(json!("False")).as_text(), "False");
        assert_eq!(Scalar(json!(30)).as_text(), "30");
    }

    #[test]
    fn list_reads_one_object_as_a_list_of_it() {
        let value = json!({"A": "1"});
        let list = List::<Object>::cast(&value).unwrap();
        assert!(list.is_single());
        assert_eq!(list.len(), 1);
        assert_eq!(list.iter().next().unwrap()["A"], "1");
    }

    #[test]
    fn list_skips_bad_elements_and_the_walk_reports_them_by_index() {
        let value = json!(["a", 1, null, "b"]);
        let list = List::<String>::cast(&value).unwrap();
        assert_eq!(list.iter().cloned().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(list.len(), 4);
        let mut report = Report::default();
        report.member(
            &value,
            &List::<String>::KIND,
            &JsonPath::Key(&JsonPath::Root, "names"),
        );
        assert_eq!(report.warnings.len(), 1);
        assert_eq!(
            report.warnings[0].to_string(),
            "$.names[1]: expected a string, found a number"
        );
        assert_eq!(report.warnings[0].sent, "1");
    }

    #[test]
    fn a_long_wrong_value_is_kept_in_short() {
        let value = json!({ "spec": "é".repeat(200) });
        let mut report = Report::default();
        report.walk_object(
            value.as_object().unwrap(),
            &crate::model::TrainingJob::KIND,
            &JsonPath::Root,
        );
        let sent = &report.warnings[0].sent;
        assert_eq!(sent.chars().count(), SENT_CHARS + 1, "{sent}");
        assert!(sent.starts_with("\"éé") && sent.ends_with('…'), "{sent}");
    }

    #[test]
    fn a_field_is_there_only_when_it_has_its_shape() {
        let object = json!({"a": null, "b": 5, "c": "x"});
        let object = object.as_object().unwrap();
        assert_eq!(field::<String>(object, "a"), None);
        assert_eq!(field::<String>(object, "b"), None);
        assert_eq!(field::<Scalar>(object, "b").unwrap().as_i64(), Some(5));
        assert_eq!(field::<String>(object, "c").map(String::as_str), Some("x"));
        assert_eq!(field::<String>(object, "d"), None);
    }

    #[test]
    fn the_walk_reports_in_declaration_order_and_null_stays_absent() {
        // `status` is declared before `algorithm`, though it sorts after it.
        let value = json!({"algorithm": 1, "status": 2, "spec": {"resource": {"pool_info": null}}});
        let object = value.as_object().unwrap();
        let mut report = Report::default();
        report.walk_object(object, &crate::model::TrainingJob::KIND, &JsonPath::Root);
        let paths: Vec<&str> = report.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["$.status", "$.algorithm"]);
        let resource = &value["spec"]["resource"];
        assert_eq!(
            field::<Value>(resource.as_object().unwrap(), "pool_info"),
            None
        );
    }

    #[test]
    fn values_and_maps_read_as_text_without_quotes() {
        assert_eq!(value_text(&json!("False")), "False");
        assert_eq!(value_text(&json!(30)), "30");
        assert_eq!(value_text(&json!({"a": [1]})), r#"{"a":[1]}"#);
        let map = json!({"b": 2, "a": "x"});
        let map = map.as_object().unwrap();
        // In the order the server sent them.
        assert_eq!(object_text(map, ": ", " · "), "b: 2 · a: x");
        assert_eq!(object_text(map, "=", ", "), "b=2, a=x");
    }

    #[test]
    fn json_keys_drop_the_raw_identifier_prefix() {
        assert_eq!(json_key("r#type"), "type");
        assert_eq!(json_key("phase"), "phase");
    }
}
