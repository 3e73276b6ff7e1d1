//! The one rule for what is secret, used by every view (tables, the command, warnings, the
//! comparison, the raw JSON and its copy and download): by name, by the `sensitive` constraint, and by
//! shape inside text (URL passwords, secret flags and assignments in a command line). Masking too
//! much is harmless; too little is not.

use crate::model::Constraint;
use ref_cast::RefCast;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// The masked form of a secret value: its length is not revealed.
pub const MASK: &str = "••••••••";

/// Long enough to be unambiguous inside any name, even run together (`APIKEY`, `DBPASSWORD`).
const SECRET_PARTS: [&str; 10] = [
    "PASSWORD",
    "PASSWD",
    "PASSPHRASE",
    "SECRET",
    "TOKEN",
    "CREDENTIAL",
    "PRIVATE",
    "SESSION",
    "SIGNATURE",
    "KEY",
];

/// Short words that name a secret only as a whole word of the name (`DB_PASS`, `obsAk`), so that
/// `TASK`, `ASK`, `COMPASS` or `PASSTHROUGH` do not match.
const SECRET_WORDS: [&str; 8] = ["PASS", "PWD", "AK", "SK", "AKSK", "CERT", "AUTH", "CERTS"];

/// The words of a name in snake, kebab, camel or upper case: `obsAkId` → `obs`, `Ak`, `Id`;
/// `HTTPServerKey` → `HTTP`, `Server`, `Key`.
fn words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = part.as_bytes();
        let mut start = 0;
        for index in 1..bytes.len() {
            let (previous, current) = (bytes[index - 1], bytes[index]);
            let next_is_lower = bytes.get(index + 1).is_some_and(u8::is_ascii_lowercase);
            // A lower-to-upper step starts a word, and so does the last capital of an acronym
            // followed by lower case (`HTTPServer` → `HTTP`, `Server`).
            let starts_word = (previous.is_ascii_lowercase() && current.is_ascii_uppercase())
                || (previous.is_ascii_uppercase() && current.is_ascii_uppercase() && next_is_lower);
            if starts_word {
                words.push(&part[start..index]);
                start = index;
            }
        }
        if start < part.len() {
            words.push(&part[start..]);
        }
    }
    words
}

/// Whether a variable, parameter, flag or field name looks like it holds a secret: `HF_TOKEN`,
/// `WANDB_API_KEY`, `DB_PASS`, `obsSk`, `SESSION`, `--password`.
pub fn looks_secret(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    if SECRET_PARTS.iter().any(|part| upper.contains(part)) {
        return true;
    }
    words(name).into_iter().any(|word| {
        let word = word.to_ascii_uppercase();
        let singular = word.strip_suffix('S').unwrap_or(&word);
        SECRET_WORDS.contains(&word.as_str()) || SECRET_WORDS.contains(&singular)
    })
}

/// Text with the secrets it carries by shape masked: the password of a URL
/// (`postgres://app:pw@db/x`), the value after a secret flag (`--password pw`, `--token=pw`), and
/// the value of a secret assignment (`HF_TOKEN=pw`). Borrowed when there is nothing to mask.
pub fn mask_in_text(text: &str) -> Cow<'_, str> {
    // Copied only from the first change on: most text, a 5 MB log included, has nothing to mask.
    let mut masked = String::new();
    let mut copied_to = 0;
    let mut changed = false;
    let mut mask_next_word = false;
    let mut word_start = 0;
    for line in text.split_inclusive('\n') {
        // Every shape above needs an `=`, a `://` or a word starting with `-`: a line with none of
        // them (a timestamp's dashes do not start a word) is skipped whole, unless it holds the
        // value of a flag that ended the last line.
        let may_hold_secret = line.contains('=')
            || line.contains("://")
            || line.match_indices('-').any(|(at, _)| {
                // A quoted flag (`"--password" pw`) starts a word too.
                line[..at]
                    .trim_end_matches(['"', '\''])
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
            });
        if !mask_next_word && !may_hold_secret {
            word_start += line.len();
            continue;
        }
        for piece in line.split_inclusive(char::is_whitespace) {
            let word = piece.trim_end_matches(char::is_whitespace);
            let start = word_start;
            word_start += piece.len();
            // Runs of spaces between a secret flag and its value keep the value masked.
            if word.is_empty() {
                continue;
            }
            let replacement = if mask_next_word {
                mask_next_word = false;
                Some(Cow::Borrowed(MASK))
            } else {
                let (word_masked, wants_value) = mask_word(word);
                mask_next_word = wants_value && word.len() < piece.len();
                match word_masked {
                    Cow::Owned(owned) => Some(Cow::Owned(owned)),
                    Cow::Borrowed(_) => None,
                }
            };
            if let Some(replacement) = replacement {
                masked.push_str(&text[copied_to..start]);
                masked.push_str(&replacement);
                copied_to = start + word.len();
                changed = true;
            }
        }
    }
    if changed {
        masked.push_str(&text[copied_to..]);
        Cow::Owned(masked)
    } else {
        Cow::Borrowed(text)
    }
}

/// One whitespace-separated word of a command line, masked; and whether it is a secret flag whose
/// value is the next word.
fn mask_word(word: &str) -> (Cow<'_, str>, bool) {
    let quote = |c: char| c == '"' || c == '\'';
    let bare = word.trim_matches(quote);
    if let Some((name, value)) = bare.split_once('=') {
        let name_part = name.trim_start_matches('-');
        if !value.is_empty() && !name_part.is_empty() && looks_secret(name_part) {
            return (Cow::Owned(format!("{name}={MASK}")), false);
        }
    }
    if bare.starts_with('-') && looks_secret(bare.trim_start_matches('-')) {
        return (Cow::Borrowed(word), true);
    }
    (mask_url_password(word), false)
}

/// `scheme://user:password@host…` with the password masked; anything else as it is.
fn mask_url_password(text: &str) -> Cow<'_, str> {
    let Some(scheme_end) = text.find("://") else {
        return Cow::Borrowed(text);
    };
    let authority_start = scheme_end + 3;
    let authority_end = text[authority_start..]
        .find(['/', '?', '#'])
        .map_or(text.len(), |end| authority_start + end);
    let authority = &text[authority_start..authority_end];
    let Some(at) = authority.rfind('@') else {
        return Cow::Borrowed(text);
    };
    let Some(colon) = authority[..at].find(':') else {
        return Cow::Borrowed(text);
    };
    Cow::Owned(format!(
        "{}{MASK}{}",
        &text[..authority_start + colon + 1],
        &text[authority_start + at..]
    ))
}

/// Whether a parameter's constraint marks its value sensitive: `true`, or `"true"` as some
/// responses send booleans.
pub fn is_sensitive(constraint: &Constraint) -> bool {
    // Booleans come as text too ("False" is seen): any spelling of true, or 1, counts.
    constraint.sensitive().is_some_and(|sensitive| {
        let text = sensitive.as_text();
        text.eq_ignore_ascii_case("true") || text == "1"
    })
}

/// Whether a member whose name looks secret holds, by the shape the API documents, a name rather
/// than a secret: the `key` of a `{key, value}` pair (tags, node selectors, search settings) names
/// its value, `key_pair_names` lists SSH key pairs, the `key_task` annotation names a task. Masking
/// them hid what a pair is about and never a secret; the same names in any other shape (an
/// environment variable called `key`, `--key` in a command) stay masked.
fn names_a_thing(key: &str, member: &Value, siblings: &Map<String, Value>) -> bool {
    match key {
        "key" => member.is_string() && siblings.contains_key("value"),
        "key_pair_names" => member
            .as_array()
            .is_some_and(|names| names.iter().all(Value::is_string)),
        "key_task" => member.is_string(),
        _ => false,
    }
}

/// Whether the member `key` of `siblings` is masked whole.
fn member_is_secret(key: &str, member: &Value, siblings: &Map<String, Value>) -> bool {
    looks_secret(key) && !names_a_thing(key, member, siblings)
}

/// A value as text with the rule applied: masked whole under a secret-looking key, with the
/// secrets inside it masked otherwise.
pub fn masked_value_text(key: &str, value: &Value) -> String {
    if looks_secret(key) && !value.is_null() {
        return MASK.to_string();
    }
    match value {
        Value::String(text) => mask_in_text(text).into_owned(),
        other => serde_json::to_string(&Masked(other)).unwrap_or_default(),
    }
}

/// `key{between}value` pairs of an object, as `object_text` writes them, with every value masked by
/// the rule: for maps shown on one line (`task_env`, `asset_model`, annotations).
pub fn masked_object_text(object: &Map<String, Value>, between: &str, separator: &str) -> String {
    object
        .iter()
        .map(|(key, value)| format!("{key}{between}{}", masked_member_text(object, key, value)))
        .collect::<Vec<_>>()
        .join(separator)
}

/// The member `key` of `object` as text with the rule applied, knowing its siblings (see
/// [`names_a_thing`]).
pub fn masked_member_text(object: &Map<String, Value>, key: &str, value: &Value) -> String {
    if names_a_thing(key, value, object) {
        return match value {
            Value::String(text) => mask_in_text(text).into_owned(),
            other => serde_json::to_string(&Masked(other)).unwrap_or_default(),
        };
    }
    masked_value_text(key, value)
}

/// Whether an object of the API names a secret value it holds under `value`: a parameter whose
/// constraint says `sensitive`, or a `{name, value}` pair whose name looks secret.
fn names_secret_value(object: &Map<String, Value>) -> bool {
    let sensitive = object
        .get("constraint")
        .and_then(Value::as_object)
        .is_some_and(|constraint| is_sensitive(Constraint::ref_cast(constraint)));
    let secret_name = object
        .get("name")
        .or_else(|| object.get("key"))
        .and_then(Value::as_str)
        .is_some_and(looks_secret);
    sensitive || secret_name
}

/// How a value from the API is shown: as it is, or masked until a person reveals it.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Plain(String),
    /// `masked` is what is shown until revealed: the mask, or the text with its secrets masked.
    Secret {
        masked: String,
        value: String,
    },
}

impl Shown {
    /// A value that is secret whole, such as a token.
    pub fn secret(value: String) -> Shown {
        Shown::Secret {
            masked: MASK.to_string(),
            value,
        }
    }
}

/// The value of `name` as the rule shows it: masked whole when the name looks secret or the API
/// marks it `sensitive`, with only its secrets masked when they sit inside it (a `DATABASE_URL`
/// with a password), as it is otherwise.
pub fn shown_value(name: &str, value: &str, sensitive: bool) -> Shown {
    if sensitive || looks_secret(name) {
        return Shown::secret(value.to_string());
    }
    match mask_in_text(value) {
        Cow::Borrowed(_) => Shown::Plain(value.to_string()),
        Cow::Owned(masked) => Shown::Secret {
            masked,
            value: value.to_string(),
        },
    }
}

/// A value quoted in a type warning (`$.path`: compact JSON, possibly cut short), masked whole when
/// its field or any key inside it looks secret, since a cut-off object cannot be masked key by key.
pub fn masked_quote(path: &str, quoted: &str) -> String {
    let field = path.rsplit(['.', '[']).next().unwrap_or(path);
    let secret_key_inside = quoted.split('"').skip(1).step_by(2).any(looks_secret);
    if looks_secret(field) || secret_key_inside {
        MASK.to_string()
    } else {
        mask_in_text(quoted).into_owned()
    }
}

/// A JSON value that serializes with every secret masked by the rule above: values under
/// secret-looking keys, the `value` of sensitive parameters and of secret `{name, value}` pairs,
/// and secrets inside text. It masks on the way out, so a 20 MB document is not copied, and keys
/// keep their order.
pub struct Masked<'a>(pub &'a Value);

impl Serialize for Masked<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(object) => MaskedObject(object).serialize(serializer),
            Value::Array(items) => serializer.collect_seq(items.iter().map(Masked)),
            Value::String(text) => serializer.serialize_str(&mask_in_text(text)),
            other => other.serialize(serializer),
        }
    }
}

/// An object serialized with its secrets masked, as [`Masked`] does for any value.
pub struct MaskedObject<'a>(pub &'a Map<String, Value>);

impl Serialize for MaskedObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value_is_secret = names_secret_value(self.0);
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, member) in self.0 {
            let secret =
                member_is_secret(key, member, self.0) || (value_is_secret && key == "value");
            // Whole, objects included: `{"HF_TOKEN": {"value": "hf_…"}}` holds its secret a
            // level down, under a name that says nothing.
            if secret && !member.is_null() {
                map.serialize_entry(key, MASK)?;
            } else {
                map.serialize_entry(key, &Masked(member))?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secret_looking_names_are_caught_in_every_case_style() {
        for name in [
            "HF_TOKEN",
            "WANDB_API_KEY",
            "db_password",
            "MYSQL_PASSWD",
            "AWS_SECRET_ACCESS_KEY",
            "AK",
            "OBS_SK",
            "huawei-ak",
            "GOOGLE_APPLICATION_CREDENTIALS",
            "ssh_private_file",
            "token",
            "DB_PASS",
            "REDIS_PASS",
            "PASSPHRASE",
            "SESSION",
            "SIGNATURE",
            "CERT",
            "obsAk",
            "obsSk",
            "accessKeyId",
            "APIKEY",
            "tls-certs",
        ] {
            assert!(looks_secret(name), "{name}");
        }
    }

    #[test]
    fn secrets_in_text_are_masked_wherever_the_line_and_spacing_put_them() {
        let text = "2024-05-01 12:00:00 step 1 loss 0.5\nexport HF_TOKEN=hf_abc\nrun --password   pw1 --epochs 3\n--token\npw2\npostgres://app:pw3@db/x ok\nlast line";
        let masked = mask_in_text(text);
        for secret in ["hf_abc", "pw1", "pw2", "pw3"] {
            assert!(!masked.contains(secret), "{secret}: {masked}");
        }
        assert_eq!(
            masked,
            format!("2024-05-01 12:00:00 step 1 loss 0.5\nexport HF_TOKEN={MASK}\nrun --password   {MASK} --epochs 3\n--token\n{MASK}\npostgres://app:{MASK}@db/x ok\nlast line")
        );
        assert!(matches!(
            mask_in_text("plain\nlines only\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn ordinary_names_are_not() {
        for name in [
            "NCCL_DEBUG",
            "OMP_NUM_THREADS",
            "TASK_INDEX",
            "ASK_COUNT",
            "PATH",
            "ROLE",
            "COMPASS_DIR",
            "PASSTHROUGH",
            "learning_rate",
            "DATABASE_URL",
        ] {
            assert!(!looks_secret(name), "{name}");
        }
    }

    #[test]
    fn names_the_api_documents_are_shown_only_in_their_documented_shape() {
        let document = json!({
            "tags": [{"key": "team", "value": "vision"}, {"key": "API_TOKEN", "value": "t0ps3cret"}],
            "key_pair_names": ["kp-1"],
            "annotations": {"key_task": "worker"},
            "env": {"key": "sk-live", "KEY": "sk-2"},
            "HF_TOKEN": {"value": "hf_nested"},
            "key": {"nested": "x"}
        });
        let text = serde_json::to_string(&Masked(&document)).unwrap();
        for shown in ["team", "vision", "API_TOKEN", "kp-1", "worker"] {
            assert!(text.contains(shown), "{shown} is hidden: {text}");
        }
        for hidden in ["t0ps3cret", "sk-live", "sk-2", "hf_nested", "\"nested\""] {
            assert!(!text.contains(hidden), "{hidden} is shown: {text}");
        }
        assert_eq!(
            shown_value("key", "sk-live", false),
            Shown::secret("sk-live".into())
        );
        assert!(!mask_in_text("run --key sk-live").contains("sk-live"));
        let annotations = json!({"key_task": "worker", "key": "k"});
        let annotations = annotations.as_object().unwrap();
        assert_eq!(
            masked_member_text(annotations, "key_task", &annotations["key_task"]),
            "worker"
        );
        assert_eq!(
            masked_member_text(annotations, "key", &annotations["key"]),
            MASK
        );
    }

    #[test]
    fn secrets_inside_text_are_masked_by_shape() {
        assert_eq!(
            mask_in_text("postgres://app:s3cret@db:5432/x"),
            format!("postgres://app:{MASK}@db:5432/x")
        );
        assert_eq!(
            mask_in_text("python train.py --password hunter2 --epochs 3"),
            format!("python train.py --password {MASK} --epochs 3")
        );
        assert_eq!(
            mask_in_text("run --token=abc --lr=0.1"),
            format!("run --token={MASK} --lr=0.1")
        );
        assert_eq!(
            mask_in_text("HF_TOKEN=hf_x python a.py"),
            format!("HF_TOKEN={MASK} python a.py")
        );
        assert_eq!(
            mask_in_text("export 'DB_PASS=pw'"),
            format!("export DB_PASS={MASK}")
        );
        for plain in [
            "python train.py --epochs 3",
            "obs://bucket/path/",
            "https://user@host/x",
            "a=b c",
        ] {
            assert!(matches!(mask_in_text(plain), Cow::Borrowed(_)), "{plain}");
        }
    }

    #[test]
    fn a_value_is_shown_by_its_name_its_constraint_and_its_shape() {
        assert_eq!(
            shown_value("HF_TOKEN", "hf_x", false),
            Shown::secret("hf_x".into())
        );
        assert_eq!(shown_value("opaque", "v", true), Shown::secret("v".into()));
        assert_eq!(
            shown_value("DATABASE_URL", "mysql://u:pw@h/db", false),
            Shown::Secret {
                masked: format!("mysql://u:{MASK}@h/db"),
                value: "mysql://u:pw@h/db".into()
            }
        );
        assert_eq!(shown_value("lr", "0.1", false), Shown::Plain("0.1".into()));
    }

    #[test]
    fn maps_on_one_line_keep_no_secret() {
        let object = json!({"HF_TOKEN": "hf_x", "url": "mysql://u:pw@h/db", "steps": 3, "nested": {"api_key": "k"}});
        let text = masked_object_text(object.as_object().unwrap(), ": ", " · ");
        assert_eq!(
            text,
            format!("HF_TOKEN: {MASK} · url: mysql://u:{MASK}@h/db · steps: 3 · nested: {{\"api_key\":\"{MASK}\"}}")
        );
        for (constraint, sensitive) in [
            (json!({"sensitive": "true"}), true),
            (json!({"sensitive": true}), true),
            (json!({"sensitive": false}), false),
            (json!({"sensitive": "no"}), false),
            (json!({"sensitive": "True"}), true),
            (json!({"sensitive": 1}), true),
        ] {
            let constraint = Constraint::ref_cast(constraint.as_object().unwrap());
            assert_eq!(is_sensitive(constraint), sensitive, "{constraint:?}");
        }
    }

    #[test]
    fn quoted_values_in_warnings_keep_no_secret() {
        assert_eq!(
            masked_quote("$.algorithm.environments.HF_TOKEN", "42"),
            MASK
        );
        assert_eq!(
            masked_quote("$.metadata.annotations", r#"{"db_password":"p","x":"#),
            MASK
        );
        assert_eq!(
            masked_quote("$.spec.x", "postgres://u:pw@h"),
            format!("postgres://u:{MASK}@h")
        );
        assert_eq!(masked_quote("$.status.tasks[3]", "7"), "7");
    }

    #[test]
    fn a_document_is_masked_by_the_same_rule_and_keeps_its_key_order() {
        let document = json!({
            "zeta": 1,
            "environments": {"HF_TOKEN": "hf_secret", "PATH": "/bin", "DATABASE_URL": "mysql://u:pw@h/db"},
            "parameters": [
                {"name": "api_key", "value": "k1"},
                {"name": "lr", "value": "0.1"},
                {"name": "opaque", "value": "v", "constraint": {"sensitive": true}}
            ],
            "command": "python a.py --secret s",
            "alpha": {"obsSk": "sk", "nested": {"token": null}}
        });
        let text = serde_json::to_string(&Masked(&document)).unwrap();
        for secret in ["hf_secret", "k1", "\"v\"", ":pw@", " s\"", "\"sk\""] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        for kept in ["/bin", "0.1", "\"lr\"", "\"token\":null"] {
            assert!(text.contains(kept), "{kept} missing in {text}");
        }
        let keys = ["zeta", "environments", "parameters", "command", "alpha"];
        let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap();
        assert!(
            keys.windows(2).all(|pair| at(pair[0]) < at(pair[1])),
            "{text}"
        );
    }
}
