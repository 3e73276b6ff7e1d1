//! Label–value facts as plain data: what a fact list shows, before it is laid out.

/// How a fact's value reads: our words, prose as the API sent it, our words around the API's
/// values, monospace (ids, paths, images), or several monospace items. The API's prose is kept
/// apart from ours so that the view can mark it "do not translate".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FactValue {
    Text(String),
    Value(String),
    Pieces(Vec<Piece>),
    Code(String),
    Codes(Vec<String>),
}

/// Part of a line that mixes our words with values as the API sent them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Piece {
    Ours(String),
    Api(String),
    /// Our words for a value or key the API names (`pod rescheduling` for `pod_reschedule`); the
    /// API's name is kept for a tooltip, for those who know it.
    Named {
        words: &'static str,
        api: String,
    },
}

/// A fact's label: words from the string table and, when the fact shows one field of the API
/// under a name of ours, that field's key, for a tooltip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label {
    pub words: &'static str,
    pub api_key: Option<&'static str>,
}

impl Label {
    pub fn for_key(words: &'static str, api_key: &'static str) -> Label {
        Label {
            words,
            api_key: Some(api_key),
        }
    }
}

impl From<&'static str> for Label {
    fn from(words: &'static str) -> Label {
        Label {
            words,
            api_key: None,
        }
    }
}

/// One fact: a label and its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlainFact {
    pub label: Label,
    pub value: FactValue,
}

impl PlainFact {
    pub fn text(label: impl Into<Label>, text: impl Into<String>) -> PlainFact {
        PlainFact {
            label: label.into(),
            value: FactValue::Text(text.into()),
        }
    }

    pub fn value(label: impl Into<Label>, text: impl Into<String>) -> PlainFact {
        PlainFact {
            label: label.into(),
            value: FactValue::Value(text.into()),
        }
    }

    pub fn pieces(label: impl Into<Label>, pieces: Vec<Piece>) -> PlainFact {
        PlainFact {
            label: label.into(),
            value: FactValue::Pieces(pieces),
        }
    }

    pub fn code(label: impl Into<Label>, text: impl Into<String>) -> PlainFact {
        PlainFact {
            label: label.into(),
            value: FactValue::Code(text.into()),
        }
    }

    pub fn codes(label: impl Into<Label>, items: Vec<String>) -> PlainFact {
        PlainFact {
            label: label.into(),
            value: FactValue::Codes(items),
        }
    }
}

/// The parts that are present and not blank, as one line with `separator` (our punctuation)
/// between them.
pub fn join_pieces(
    parts: impl IntoIterator<Item = Option<Vec<Piece>>>,
    separator: &str,
) -> Vec<Piece> {
    let mut line = Vec::new();
    for part in parts.into_iter().flatten() {
        let blank = part.iter().all(|piece| match piece {
            Piece::Ours(text) | Piece::Api(text) => text.trim().is_empty(),
            Piece::Named { .. } => false,
        });
        if blank {
            continue;
        }
        if !line.is_empty() {
            line.push(Piece::Ours(separator.to_string()));
        }
        line.extend(part);
    }
    line
}

/// A fact whose value is the API's prose, or nothing when the value is absent or blank.
pub fn text_if_present(label: impl Into<Label>, value: Option<&String>) -> Option<PlainFact> {
    present(value).map(|value| PlainFact::value(label, value))
}

/// A monospace fact, or nothing when the value is absent or blank.
pub fn code_if_present(label: impl Into<Label>, value: Option<&String>) -> Option<PlainFact> {
    present(value).map(|value| PlainFact::code(label, value))
}

/// Splits our sentence `text` so that each occurrence of a name it quotes (an endpoint's, a
/// configuration key) is a piece of its own, to be shown as written rather than translated.
pub fn mark_literals(text: &str, literals: &[String]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        // The earliest occurrence, the longest name when two start at the same place.
        let found = literals
            .iter()
            .filter(|literal| !literal.is_empty())
            .filter_map(|literal| Some((rest.find(literal.as_str())?, literal.len())))
            .min_by_key(|&(at, len)| (at, usize::MAX - len));
        let Some((at, len)) = found else { break };
        if at > 0 {
            pieces.push(Piece::Ours(rest[..at].to_string()));
        }
        pieces.push(Piece::Api(rest[at..at + len].to_string()));
        rest = &rest[at + len..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Ours(rest.to_string()));
    }
    pieces
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
            Some(PlainFact::value("label", "/home/ma-user"))
        );
    }

    #[test]
    fn quoted_names_become_pieces_of_their_own() {
        let literals = [
            "timeout_seconds".to_string(),
            "a".to_string(),
            String::new(),
        ];
        assert_eq!(
            mark_literals("raise timeout_seconds", &literals[..1]),
            [
                Piece::Ours("raise ".into()),
                Piece::Api("timeout_seconds".into())
            ]
        );
        assert_eq!(
            mark_literals("“a”：timeout_seconds", &literals),
            [
                Piece::Ours("“".into()),
                Piece::Api("a".into()),
                Piece::Ours("”：".into()),
                Piece::Api("timeout_seconds".into()),
            ]
        );
        assert_eq!(mark_literals("", &literals), []);
        assert_eq!(mark_literals("无", &[]), [Piece::Ours("无".into())]);
    }
}
