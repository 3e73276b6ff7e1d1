//! Label–value facts as plain data: what a fact list shows, before it is laid out.

/// How a fact's value reads: prose, monospace (ids, paths, images), or several monospace items.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FactValue {
    Text(String),
    Code(String),
    Codes(Vec<String>),
}

/// One fact: a label from the string table (or an API key name) and its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlainFact {
    pub label: &'static str,
    pub value: FactValue,
}

impl PlainFact {
    pub fn text(label: &'static str, text: impl Into<String>) -> PlainFact {
        PlainFact {
            label,
            value: FactValue::Text(text.into()),
        }
    }

    pub fn code(label: &'static str, text: impl Into<String>) -> PlainFact {
        PlainFact {
            label,
            value: FactValue::Code(text.into()),
        }
    }
}

/// A prose fact, or nothing when the value is absent or blank.
pub fn text_if_present(label: &'static str, value: Option<&String>) -> Option<PlainFact> {
    present(value).map(|value| PlainFact::text(label, value))
}

/// A monospace fact, or nothing when the value is absent or blank.
pub fn code_if_present(label: &'static str, value: Option<&String>) -> Option<PlainFact> {
    present(value).map(|value| PlainFact::code(label, value))
}

fn present(value: Option<&String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty()).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_values_make_no_fact() {
        let blank = " ".to_string();
        let path = "/home/ma-user".to_string();
        assert_eq!(text_if_present("label", Some(&blank)), None);
        assert_eq!(code_if_present("label", None), None);
        assert_eq!(
            code_if_present("label", Some(&path)),
            Some(PlainFact::code("label", "/home/ma-user"))
        );
        assert_eq!(
            text_if_present("label", Some(&path)),
            Some(PlainFact::text("label", "/home/ma-user"))
        );
    }
}
