//! Hyperparameters checked against their declared constraint.

use crate::i18n::Strings;
use crate::insight::secrets::is_sensitive;
use crate::model::lenient::parse_decimal;
use crate::model::{Parameter, Scalar, TrainingJob};

/// What the check found for one parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The value meets every rule it declares.
    Valid,
    /// The value breaks a rule; the text says which, in the UI's language.
    Invalid(String),
    /// No rule to check against.
    Unconstrained,
}

impl Verdict {
    /// CSS class suffix.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid(_) => "invalid",
            Verdict::Unconstrained => "unconstrained",
        }
    }
}

fn is_boolean(value: &str) -> bool {
    matches!(value.to_ascii_lowercase().as_str(), "true" | "false")
}

/// The job's parameters, borrowed: rows render from the shared job, so 500 parameters are not copied.
pub fn parameters_of(job: &TrainingJob) -> Vec<&Parameter> {
    job.algorithm()
        .and_then(|algorithm| algorithm.parameters())
        .map(|parameters| parameters.iter().collect())
        .unwrap_or_default()
}

/// Checks `value` against `type`, `required`, and `valid_type` Range or Choice with `valid_range`.
pub fn check(parameter: &Parameter, s: &Strings) -> Verdict {
    let value = parameter.value().map(Scalar::as_text).unwrap_or_default();
    let Some(constraint) = parameter.constraint() else {
        return Verdict::Unconstrained;
    };
    let mut checked = false;
    if constraint.required() == Some(&true) {
        checked = true;
        if value.trim().is_empty() {
            return Verdict::Invalid(s.required_but_empty.to_string());
        }
    }
    if !value.is_empty() {
        let declared = constraint.r#type().map(String::as_str).unwrap_or("");
        let type_ok = match declared.to_ascii_lowercase().as_str() {
            "integer" | "int" => Some(value.trim().parse::<i64>().is_ok()),
            "float" | "double" | "number" => {
                Some(parse_decimal(value.trim()).is_some_and(f64::is_finite))
            }
            "boolean" | "bool" => Some(is_boolean(value.trim())),
            _ => None,
        };
        if let Some(ok) = type_ok {
            checked = true;
            if !ok {
                return Verdict::Invalid((s.not_of_type)(declared));
            }
        }
    }
    let range: Vec<String> = constraint
        .valid_range()
        .map(|range| range.iter().map(Scalar::as_text).collect())
        .unwrap_or_default();
    match constraint.valid_type().map(String::as_str) {
        Some("Range") if range.len() == 2 && !value.is_empty() => {
            let bounds = (
                parse_decimal(range[0].trim()),
                parse_decimal(range[1].trim()),
            );
            if let (Some(low), Some(high)) = bounds {
                checked = true;
                match parse_decimal(value.trim()) {
                    Some(number) if number >= low && number <= high => {}
                    Some(_) => return Verdict::Invalid((s.outside_range)(&range[0], &range[1])),
                    None => return Verdict::Invalid(s.range_needs_number.to_string()),
                }
            }
        }
        Some("Choice") if !range.is_empty() && !value.is_empty() => {
            checked = true;
            if !range.contains(&value) {
                return Verdict::Invalid((s.not_one_of)(&range.join(", ")));
            }
        }
        _ => {}
    }
    if checked {
        Verdict::Valid
    } else {
        Verdict::Unconstrained
    }
}

/// The description in the UI's language (`zh-cn`, `en-us`), falling back to the plain one.
pub fn description_for(parameter: &Parameter, language: &str) -> Option<String> {
    let localized: Vec<(bool, String)> = parameter
        .i18n_description()
        .map(|descriptions| {
            descriptions
                .iter()
                .filter_map(|description| {
                    let text = description.description()?.clone();
                    let tag = description.language();
                    let matches = tag.is_some_and(|lang| lang.eq_ignore_ascii_case(language));
                    // Another language's text says which language it is in.
                    let text = match tag.filter(|_| !matches) {
                        Some(tag) if !tag.trim().is_empty() => format!("{tag}: {text}"),
                        _ => text,
                    };
                    Some((matches, text))
                })
                .collect()
        })
        .unwrap_or_default();
    // The UI's language first, then the plain description, then the other languages: each text
    // once, so nothing the API wrote is hidden.
    let mut texts: Vec<String> = Vec::new();
    let ordered = localized
        .iter()
        .filter(|(matches, _)| *matches)
        .map(|(_, text)| text.clone())
        .chain(parameter.description().cloned())
        .chain(
            localized
                .iter()
                .filter(|(matches, _)| !*matches)
                .map(|(_, text)| text.clone()),
        );
    for text in ordered {
        let text = text.trim().to_string();
        if !text.is_empty() && !texts.contains(&text) {
            texts.push(text);
        }
    }
    (!texts.is_empty()).then(|| texts.join(" · "))
}

/// One row of the parameters table, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterRow {
    pub name: String,
    pub value: String,
    /// The value is marked sensitive by its constraint.
    pub sensitive: bool,
    /// Which rule the value breaks, when it breaks one.
    pub problem: Option<String>,
    pub r#type: String,
    pub required: &'static str,
    pub editable: &'static str,
    /// The allowed values: `low … high` for a range, else the choices separated by `|`.
    pub allowed: String,
    pub description: String,
    /// The verdict's class suffix.
    pub verdict: &'static str,
}

/// What the parameters table shows for `parameter`, whose check gave `verdict`; the description
/// is the one in `language` when the API sent one.
pub fn parameter_row(
    parameter: &Parameter,
    verdict: &Verdict,
    s: &Strings,
    language: &str,
) -> ParameterRow {
    let constraint = parameter.constraint();
    let yes_no = |flag: Option<&bool>| {
        flag.map(|flag| if *flag { s.yes } else { s.no })
            .unwrap_or("")
    };
    let range: Vec<String> = constraint
        .and_then(|c| c.valid_range())
        .map(|range| range.iter().map(Scalar::as_text).collect())
        .unwrap_or_default();
    let valid_type = constraint.and_then(|c| c.valid_type()).map(String::as_str);
    let allowed = match (valid_type, range.as_slice()) {
        (_, []) => String::new(),
        (Some("Range"), [low, high]) => format!("{low} … {high}"),
        (_, values) => values.join(" | "),
    };
    ParameterRow {
        name: parameter.name().cloned().unwrap_or_default(),
        value: parameter.value().map(Scalar::as_text).unwrap_or_default(),
        sensitive: constraint.is_some_and(is_sensitive),
        problem: match verdict {
            Verdict::Invalid(reason) => Some(reason.clone()),
            _ => None,
        },
        r#type: constraint
            .and_then(|c| c.r#type())
            .cloned()
            .unwrap_or_default(),
        required: yes_no(constraint.and_then(|c| c.required())),
        editable: yes_no(constraint.and_then(|c| c.editable())),
        allowed,
        description: description_for(parameter, language).unwrap_or_default(),
        verdict: verdict.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use serde_json::json;

    fn parameter(value: serde_json::Value) -> Parameter {
        match value {
            serde_json::Value::Object(object) => Parameter(object),
            _ => unreachable!("a parameter is an object"),
        }
    }

    fn verdict(value: &str, constraint: serde_json::Value) -> Verdict {
        check(
            &parameter(json!({"name": "p", "value": value, "constraint": constraint})),
            &EN,
        )
    }

    #[test]
    fn ranges_are_checked_as_numbers() {
        let range = json!({"type": "Integer", "valid_type": "Range", "valid_range": ["1", "100"]});
        assert_eq!(verdict("32", range.clone()), Verdict::Valid);
        assert_eq!(
            verdict("0", range.clone()),
            Verdict::Invalid("outside 1 … 100".into())
        );
        assert_eq!(
            verdict("1.5", range),
            Verdict::Invalid("not a valid Integer".into())
        );
    }

    #[test]
    fn choices_must_match_exactly() {
        let choice =
            json!({"type": "String", "valid_type": "Choice", "valid_range": ["adam", "sgd"]});
        assert_eq!(verdict("adam", choice.clone()), Verdict::Valid);
        assert_eq!(
            verdict("rmsprop", choice),
            Verdict::Invalid("not one of adam, sgd".into())
        );
    }

    #[test]
    fn python_style_booleans_are_booleans() {
        let boolean = json!({"type": "Boolean", "valid_type": "None", "valid_range": []});
        assert_eq!(verdict("False", boolean.clone()), Verdict::Valid);
        assert_eq!(
            verdict("yes", boolean),
            Verdict::Invalid("not a valid Boolean".into())
        );
    }

    #[test]
    fn required_values_must_be_there() {
        assert_eq!(
            verdict("", json!({"required": true})),
            Verdict::Invalid("required, but empty".into())
        );
        assert_eq!(
            verdict("x", json!({"required": false, "valid_type": "None"})),
            Verdict::Unconstrained
        );
        assert_eq!(
            check(&parameter(json!({"name": "p"})), &EN),
            Verdict::Unconstrained
        );
        assert_eq!(
            check(
                &parameter(json!({"name": "p", "constraint": {"required": true}})),
                &ZH
            ),
            Verdict::Invalid("必填，但为空".into())
        );
    }

    #[test]
    fn the_description_leads_with_the_language_and_keeps_the_others() {
        let parameter = parameter(json!({
            "description": "learning rate",
            "i18n_description": {"language": "zh-cn", "description": "学习率"}
        }));
        assert_eq!(
            description_for(&parameter, "zh-cn").as_deref(),
            Some("学习率 · learning rate")
        );
        assert_eq!(
            description_for(&parameter, "en-us").as_deref(),
            Some("learning rate · zh-cn: 学习率")
        );
    }

    #[test]
    fn a_row_reads_its_constraint_in_words() {
        let sensitive = parameter(json!({
            "name": "lr", "value": 0.5, "description": "learning rate",
            "constraint": {"type": "Float", "valid_type": "Range", "valid_range": ["0", "1"],
                "required": true, "editable": false, "sensitive": true}
        }));
        let verdict = check(&sensitive, &EN);
        assert_eq!(
            parameter_row(&sensitive, &verdict, &EN, "en-us"),
            ParameterRow {
                name: "lr".into(),
                value: "0.5".into(),
                sensitive: true,
                problem: None,
                r#type: "Float".into(),
                required: EN.yes,
                editable: EN.no,
                allowed: "0 … 1".into(),
                description: "learning rate".into(),
                verdict: "valid",
            }
        );
        let choice = parameter(json!({"name": "opt", "value": "sgd",
            "constraint": {"valid_type": "Choice", "valid_range": ["adam", "sgd", "lamb"]}}));
        let row = parameter_row(&choice, &Verdict::Invalid("no".into()), &EN, "en-us");
        assert_eq!(row.allowed, "adam | sgd | lamb");
        assert_eq!(
            (row.required, row.problem.as_deref(), row.verdict),
            ("", Some("no"), "invalid")
        );
        let bare = parameter(json!({"name": "x"}));
        let row = parameter_row(&bare, &Verdict::Unconstrained, &EN, "en-us");
        assert_eq!(
            (row.value.as_str(), row.allowed.as_str(), row.sensitive),
            ("", "", false)
        );
    }
}
