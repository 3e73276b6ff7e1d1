//! Lenient decoding: every field may be missing, `null` or of the wrong type, and nothing is lost.
//!
//! Decoding takes a parsed `serde_json::Value` apart by value, so no subtree is copied. A field whose
//! value has the wrong type keeps that value ([`Field::Invalid`]) so that re-serialising gives the
//! document back unchanged and the page can report the field with its JSON path. Keys a record does
//! not know stay in its `extra` map for the same reasons.

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// A JSON object's members, used for free-form maps and for the unknown keys of a record.
pub type Object = Map<String, Value>;

/// Something that can be taken out of a JSON value without failing the rest of the document.
pub trait Decode: Sized {
    /// What a value of this type looks like, for warnings ("an object", "a string", …).
    const EXPECTED: &'static str;

    /// Decodes `value`, or hands it back unchanged when it has the wrong shape.
    fn decode(value: Value) -> Result<Self, Value>;

    /// Reports invalid fields and unknown keys below `path`. Scalars have nothing to report.
    fn inspect(&self, _path: &JsonPath<'_>, _report: &mut Report) {}
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

/// What a walk over a decoded document found: fields of the wrong type and keys nobody knows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub warnings: Vec<DecodeWarning>,
    pub unknown_fields: Vec<String>,
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

/// One field of a record: absent, `null`, decoded, or present with the wrong shape.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Field<T> {
    #[default]
    Missing,
    Null,
    Present(T),
    Invalid(Value),
}

impl<T: Decode> Field<T> {
    /// Takes `key` out of `object`, so what remains there is what the record does not know.
    pub fn take(object: &mut Object, key: &str) -> Self {
        match object.remove(key) {
            None => Field::Missing,
            Some(Value::Null) => Field::Null,
            Some(value) => Self::from_value(value),
        }
    }

    fn from_value(value: Value) -> Self {
        match T::decode(value) {
            Ok(decoded) => Field::Present(decoded),
            Err(raw) => Field::Invalid(raw),
        }
    }

    pub fn inspect(&self, path: &JsonPath<'_>, report: &mut Report) {
        match self {
            Field::Present(value) => value.inspect(path, report),
            Field::Invalid(raw) => report.warnings.push(DecodeWarning {
                path: path.render(),
                expected: T::EXPECTED,
                found: json_type_name(raw),
            }),
            Field::Missing | Field::Null => {}
        }
    }
}

impl<T> Field<T> {
    /// The decoded value, if there is one.
    pub fn get(&self) -> Option<&T> {
        match self {
            Field::Present(value) => Some(value),
            _ => None,
        }
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Field::Missing)
    }
}

impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Missing | Field::Null => serializer.serialize_none(),
            Field::Present(value) => value.serialize(serializer),
            Field::Invalid(raw) => raw.serialize(serializer),
        }
    }
}

impl Decode for String {
    const EXPECTED: &'static str = "a string";
    fn decode(value: Value) -> Result<Self, Value> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(other),
        }
    }
}

impl Decode for bool {
    const EXPECTED: &'static str = "a boolean";
    fn decode(value: Value) -> Result<Self, Value> {
        match value {
            Value::Bool(flag) => Ok(flag),
            other => Err(other),
        }
    }
}

impl Decode for Object {
    const EXPECTED: &'static str = "an object";
    fn decode(value: Value) -> Result<Self, Value> {
        match value {
            Value::Object(object) => Ok(object),
            other => Err(other),
        }
    }
}

/// Any JSON, kept as it is: for fields whose shape nobody has documented (`spec.resource.pool_info`).
impl Decode for Value {
    const EXPECTED: &'static str = "any JSON value";
    fn decode(value: Value) -> Result<Self, Value> {
        Ok(value)
    }
}

/// A scalar that the API sends as a number in one response and as text in another
/// (`unit_num`, `disk.size`, `period`, parameter values, timestamps). It keeps the JSON as sent.
#[derive(Debug, Clone, PartialEq)]
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
        match &self.0 {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        }
    }

    pub fn raw(&self) -> &Value {
        &self.0
    }
}

impl From<Value> for Scalar {
    fn from(value: Value) -> Self {
        Scalar(value)
    }
}

impl Decode for Scalar {
    const EXPECTED: &'static str = "a number or text";
    fn decode(value: Value) -> Result<Self, Value> {
        match value {
            Value::Number(_) | Value::String(_) | Value::Bool(_) => Ok(Scalar(value)),
            other => Err(other),
        }
    }
}

impl Serialize for Scalar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
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
/// scale is within 10^±22 (every value seen in responses); beyond that it is within an ulp or two.
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
    let magnitude = if scale >= 0 {
        digits as f64 * 10f64.powi(scale)
    } else {
        // Dividing by an exact power of ten rounds once, where multiplying by 10^-n would not.
        digits as f64 / 10f64.powi(-scale)
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// An array of records. Some responses send one object where the documentation has an array
/// (`tasks[].algorithm.inputs`) or one map where it has a list of maps (`environments`); `single`
/// remembers that, so the document re-serialises in the shape it came in.
#[derive(Debug, Clone, PartialEq)]
pub struct List<T> {
    pub items: Vec<Field<T>>,
    pub single: bool,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            items: Vec::new(),
            single: false,
        }
    }
}

impl<T> List<T> {
    /// The elements that decoded, skipping `null` and malformed ones.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter().filter_map(Field::get)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: Decode> Decode for List<T> {
    const EXPECTED: &'static str = "an array";
    fn decode(value: Value) -> Result<Self, Value> {
        match value {
            Value::Array(values) => Ok(List {
                items: values
                    .into_iter()
                    .map(|value| match value {
                        Value::Null => Field::Null,
                        value => Field::from_value(value),
                    })
                    .collect(),
                single: false,
            }),
            Value::Object(_) => Ok(List {
                items: vec![Field::from_value(value)],
                single: true,
            }),
            other => Err(other),
        }
    }

    fn inspect(&self, path: &JsonPath<'_>, report: &mut Report) {
        if self.single {
            return self
                .items
                .iter()
                .for_each(|item| item.inspect(path, report));
        }
        for (index, item) in self.items.iter().enumerate() {
            item.inspect(&JsonPath::Index(path, index), report);
        }
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.items.as_slice() {
            [only] if self.single => only.serialize(serializer),
            items => items.serialize(serializer),
        }
    }
}

/// The JSON key of a field: `r#type` is the field `type`.
pub fn json_key(ident: &'static str) -> &'static str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Declares a record of the API: every field is a [`Field`], unknown keys are kept in `extra`,
/// and [`Decode`] is implemented field by field.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(skip_serializing_if = "crate::model::lenient::Field::is_missing")]
                pub $field: crate::model::lenient::Field<$ty>,
            )*
            /// Keys this viewer does not know, kept so that nothing the API sent is lost.
            #[serde(flatten)]
            pub extra: crate::model::lenient::Object,
        }

        impl crate::model::lenient::Decode for $name {
            const EXPECTED: &'static str = "an object";

            fn decode(value: serde_json::Value) -> Result<Self, serde_json::Value> {
                let serde_json::Value::Object(mut object) = value else {
                    return Err(value);
                };
                Ok(Self {
                    $(
                        $field: crate::model::lenient::Field::take(
                            &mut object,
                            crate::model::lenient::json_key(stringify!($field)),
                        ),
                    )*
                    extra: object,
                })
            }

            fn inspect(
                &self,
                path: &crate::model::lenient::JsonPath<'_>,
                report: &mut crate::model::lenient::Report,
            ) {
                use crate::model::lenient::{json_key, JsonPath};
                $(
                    self.$field.inspect(&JsonPath::Key(path, json_key(stringify!($field))), report);
                )*
                for key in self.extra.keys() {
                    report.unknown_fields.push(JsonPath::Key(path, key).render());
                }
            }
        }
    };
}

pub(crate) use record;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn list_accepts_one_object_and_gives_it_back_as_one_object() {
        let list = List::<Object>::decode(json!({"A": "1"})).unwrap();
        assert!(list.single);
        assert_eq!(list.iter().count(), 1);
        assert_eq!(serde_json::to_value(&list).unwrap(), json!({"A": "1"}));
    }

    #[test]
    fn list_keeps_bad_elements_in_place() {
        let list = List::<String>::decode(json!(["a", 1, null, "b"])).unwrap();
        assert_eq!(list.iter().cloned().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(
            serde_json::to_value(&list).unwrap(),
            json!(["a", 1, null, "b"])
        );
        let mut report = Report::default();
        list.inspect(&JsonPath::Key(&JsonPath::Root, "names"), &mut report);
        assert_eq!(report.warnings.len(), 1);
        assert_eq!(
            report.warnings[0].to_string(),
            "$.names[1]: expected a string, found a number"
        );
    }

    #[test]
    fn field_tells_missing_from_null_from_invalid() {
        let mut object = json!({"a": null, "b": 5, "c": "x"})
            .as_object()
            .unwrap()
            .clone();
        assert_eq!(Field::<String>::take(&mut object, "a"), Field::Null);
        assert_eq!(
            Field::<String>::take(&mut object, "b"),
            Field::Invalid(json!(5))
        );
        assert_eq!(
            Field::<String>::take(&mut object, "c"),
            Field::Present("x".into())
        );
        assert_eq!(Field::<String>::take(&mut object, "d"), Field::Missing);
        assert!(object.is_empty());
    }
}
