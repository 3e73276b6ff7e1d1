//! Which names look secret, so their values are masked until a person asks to see them.

/// Words that mark a name as secret when they appear in it, in any case.
const SECRET_WORDS: [&str; 9] = [
    "KEY",
    "SECRET",
    "TOKEN",
    "PASSWORD",
    "PASSWD",
    "PWD",
    "CREDENTIAL",
    "PRIVATE",
    "AUTH",
];

/// Whether a variable or field name looks like it holds a secret: `HF_TOKEN`, `WANDB_API_KEY`,
/// `DB_PASSWORD`, `AK`, `OBS_SK`, `accessKeyId`. Masking too much is harmless; too little is not.
pub fn looks_secret(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    if SECRET_WORDS.iter().any(|word| upper.contains(word)) {
        return true;
    }
    // AK/SK (access key / secret key) only as whole parts of the name, so TASK or ASK do not match.
    upper
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|part| matches!(part, "AK" | "SK" | "AKSK"))
}

/// The masked form of a secret value: its length is not revealed.
pub const MASK: &str = "••••••••";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_looking_names_are_caught() {
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
        ] {
            assert!(looks_secret(name), "{name}");
        }
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
        ] {
            assert!(!looks_secret(name), "{name}");
        }
    }
}
