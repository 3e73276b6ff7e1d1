//! Failure signatures: what a failed task's log tail, the job's events and its running records say
//! went wrong, read as known patterns (a Python exception, out of memory, a missing file, …), each
//! with the line it was read from, so the page can say why a job failed next to the exit code.

/// Which accelerator ran out of memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Cuda,
    Npu,
}

/// Which collective-communication library timed out or failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collective {
    Nccl,
    Hccl,
}

/// A known way for a training task to fail. The variants run from the most telling to the least:
/// a bare Python exception is told only when nothing more specific was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    DeviceOutOfMemory(Device),
    /// The kernel's out-of-memory killer, or Python's `MemoryError`.
    HostOutOfMemory,
    NoSpaceLeft,
    CollectiveTimeout(Collective),
    CollectiveError(Collective),
    SegmentationFault,
    ModuleNotFound {
        module: String,
    },
    /// A file or command that is not there (`No such file or directory`, `command not found`).
    MissingFile {
        path: String,
    },
    ObsAccessDenied,
    /// A line that says only `Killed`: a shell reporting SIGKILL, most often the OOM killer.
    Killed,
    PythonException {
        kind: String,
        message: String,
    },
}

impl Signature {
    /// What follows the words as sent: the module, the path, or the exception.
    pub fn detail(&self) -> Option<String> {
        match self {
            Signature::ModuleNotFound { module } => Some(module.clone()),
            Signature::MissingFile { path } => Some(path.clone()),
            Signature::PythonException { kind, message } if message.is_empty() => {
                Some(kind.clone())
            }
            Signature::PythonException { kind, message } => Some(format!("{kind}: {message}")),
            _ => None,
        }
        .filter(|detail| !detail.is_empty())
    }

    /// How telling the signature is: lower is stronger.
    pub fn rank(&self) -> u8 {
        match self {
            Signature::DeviceOutOfMemory(_) => 0,
            Signature::HostOutOfMemory => 1,
            Signature::NoSpaceLeft => 2,
            Signature::CollectiveTimeout(_) => 3,
            Signature::CollectiveError(_) => 4,
            Signature::SegmentationFault => 5,
            Signature::ModuleNotFound { .. } => 6,
            Signature::MissingFile { .. } => 7,
            Signature::ObsAccessDenied => 8,
            Signature::Killed => 9,
            Signature::PythonException { .. } => 10,
        }
    }
}

/// Where a signature was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A log, by the 1-based number of the line in the text that was read.
    Log { line: usize },
    /// An event, by its index in the events answer.
    Event { index: usize },
}

/// A signature and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub signature: Signature,
    pub place: Place,
}

/// The tail of a quoted word: `'x'` or `"x"` after `marker`, as Python and shells quote paths.
fn quoted_after<'a>(line: &'a str, marker: &str) -> Option<&'a str> {
    let rest = line[line.find(marker)? + marker.len()..].trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let inner = &rest[1..];
    Some(&inner[..inner.find(quote)?])
}

/// The missing path of a `No such file or directory` or `command not found` line.
fn missing_path(line: &str) -> Option<String> {
    if let Some(path) = quoted_after(line, "No such file or directory:") {
        return Some(path.to_string());
    }
    // `bash: line 1: trian.py: command not found`, `/bin/sh: 1: trian.py: not found`,
    // `python: can't open file '/home/ma-user/trian.py': [Errno 2] No such file or directory`.
    if let Some(path) = quoted_after(line, "can't open file") {
        return Some(path.to_string());
    }
    let before = line
        .strip_suffix(": command not found")
        .or_else(|| line.strip_suffix(": not found"))?;
    // The last ": "-separated part (`split`, as `rsplit` would add a reverse searcher to the wasm).
    let path = before.split(": ").last()?.trim();
    (!path.is_empty()).then(|| path.to_string())
}

/// `Kind: message` where `Kind` is a dotted Python name ending in `Error`, `Exception` or
/// `Interrupt`, or `Kind` alone.
fn python_exception(line: &str) -> Option<(String, String)> {
    let (kind, message) = match line.split_once(": ") {
        Some((kind, message)) => (kind, message.trim()),
        None => (line.trim_end_matches(':'), ""),
    };
    let named = !kind.is_empty()
        && kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && ["Error", "Exception", "Interrupt", "Exit"]
            .iter()
            .any(|end| kind.ends_with(end));
    named.then(|| (kind.to_string(), message.to_string()))
}

/// The signature a Python exception names: the specific ones by their kind, the rest as sent.
fn from_exception(kind: &str, message: &str, line: &str) -> Signature {
    let short_kind = kind.rsplit('.').next().unwrap_or(kind);
    match short_kind {
        "ModuleNotFoundError" => Signature::ModuleNotFound {
            module: quoted_after(message, "No module named")
                .unwrap_or(message)
                .to_string(),
        },
        "MemoryError" => Signature::HostOutOfMemory,
        _ => line_signature(line).unwrap_or_else(|| Signature::PythonException {
            kind: kind.to_string(),
            message: message.to_string(),
        }),
    }
}

/// The signature one line shows by itself, outside a traceback.
fn line_signature(line: &str) -> Option<Signature> {
    let lower = line.to_ascii_lowercase();
    let has = |needle: &str| lower.contains(needle);
    // Short names count only where they end a word (`WorkNCCL` is NCCL's, the variable
    // `NCCL_ASYNC_ERROR_HANDLING` is not), and `npu` and `obs` only as whole words, not inside
    // `input` or `jobs`.
    let is_word_char = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let ends_word = |needle: &str, whole: bool| {
        lower.match_indices(needle).any(|(at, _)| {
            let starts = !whole || !lower[..at].chars().next_back().is_some_and(is_word_char);
            let ends = !lower[at + needle.len()..]
                .chars()
                .next()
                .is_some_and(is_word_char);
            starts && ends
        })
    };
    let word = |needle: &str| ends_word(needle, true);
    // NCCL's own INFO lines report what it tried and fell back from, not a failure.
    let collective = if has("nccl info") || has("hccl info") {
        None
    } else if ends_word("hccl", false) {
        Some(Collective::Hccl)
    } else if ends_word("nccl", false) {
        Some(Collective::Nccl)
    } else {
        None
    };
    Some(if has("out of memory") && (word("cuda") || word("npu")) {
        Signature::DeviceOutOfMemory(if word("npu") {
            Device::Npu
        } else {
            Device::Cuda
        })
    } else if has("out of memory") || has("oom-kill") || has("oomkilled") {
        Signature::HostOutOfMemory
    } else if has("no space left on device") {
        Signature::NoSpaceLeft
    } else if let Some(library) =
        collective.filter(|_| has("timeout") || has("timed out") || has("time out"))
    {
        Signature::CollectiveTimeout(library)
    } else if let Some(library) = collective.filter(|_| has("error") || has("fail")) {
        Signature::CollectiveError(library)
    } else if has("segmentation fault") || has("sigsegv") {
        Signature::SegmentationFault
    } else if has("no module named") {
        Signature::ModuleNotFound {
            module: quoted_after(line, "No module named")
                .unwrap_or_default()
                .to_string(),
        }
    } else if let Some(path) = missing_path(line) {
        Signature::MissingFile { path }
    } else if word("obs") && (has("accessdenied") || has("access denied") || has("403 forbidden")) {
        Signature::ObsAccessDenied
    } else if line.trim() == "Killed" || lower.trim_end().ends_with(" killed") && has("signal 9") {
        Signature::Killed
    } else {
        return None;
    })
}

/// Every signature in a text, in line order, as (0-based line index, signature). A Python
/// traceback counts once, as its final `Kind: message` line.
fn signatures_in(text: &str) -> Vec<(usize, Signature)> {
    let mut found = Vec::new();
    let mut in_traceback = false;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_end();
        let signature = if trimmed.starts_with("Traceback (most recent call last)") {
            in_traceback = true;
            None
        } else if in_traceback && !trimmed.is_empty() && !trimmed.starts_with([' ', '\t']) {
            // The first line back at the margin ends the traceback: the exception.
            in_traceback = false;
            match python_exception(trimmed) {
                Some((kind, message)) => Some(from_exception(&kind, &message, trimmed)),
                None => line_signature(trimmed),
            }
        } else if in_traceback {
            None
        } else {
            line_signature(trimmed)
        };
        if let Some(signature) = signature {
            found.push((index, signature));
        }
    }
    found
}

/// Every signature in a log's text, in line order.
pub fn scan_log(text: &str) -> Vec<Finding> {
    signatures_in(text)
        .into_iter()
        .map(|(index, signature)| Finding {
            signature,
            place: Place::Log { line: index + 1 },
        })
        .collect()
}

/// The most telling signature in a task status's message (`Container killed: out of memory`,
/// a traceback's last lines).
pub fn message_signature(message: &str) -> Option<Signature> {
    signatures_in(message)
        .into_iter()
        .rev()
        .min_by_key(|(_, signature)| signature.rank())
        .map(|(_, signature)| signature)
}

/// Every signature in the events' messages, by the events' indices.
pub fn scan_events<'a>(messages: impl IntoIterator<Item = &'a str>) -> Vec<Finding> {
    messages
        .into_iter()
        .enumerate()
        .filter_map(|(index, message)| {
            Some(Finding {
                signature: line_signature(message)?,
                place: Place::Event { index },
            })
        })
        .collect()
}

/// The most telling finding; of equals, the latest, nearest to the failure.
pub fn strongest(findings: &[Finding]) -> Option<&Finding> {
    findings
        .iter()
        .rev()
        .min_by_key(|finding| finding.signature.rank())
}

/// The exit code a running record's `end_reason` or an event names: `exit with 127`,
/// `Training finished. Exit code 1.`.
pub fn exit_code_in(text: &str) -> Option<i64> {
    let lower = text.to_ascii_lowercase();
    let at = ["exit with ", "exit code: ", "exit code ", "exited with "]
        .iter()
        .find_map(|marker| lower.find(marker).map(|at| at + marker.len()))?;
    let digits: String = text[at..]
        .trim_start()
        .chars()
        .enumerate()
        .take_while(|(position, c)| c.is_ascii_digit() || (*position == 0 && *c == '-'))
        .map(|(_, c)| c)
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(task_log: &str) -> Signature {
        let findings = scan_log(task_log);
        strongest(&findings)
            .map(|finding| finding.signature.clone())
            .unwrap_or_else(|| panic!("nothing found in {task_log:?}"))
    }

    #[test]
    fn the_last_python_exception_is_read_with_its_line() {
        let log = "epoch 1\nTraceback (most recent call last):\n  File \"train.py\", line 3, in <module>\n    main()\n  File \"train.py\", line 2, in main\n    raise ValueError(\"bad lr\")\nValueError: bad lr\n";
        let findings = scan_log(log);
        assert_eq!(
            findings,
            [Finding {
                signature: Signature::PythonException {
                    kind: "ValueError".into(),
                    message: "bad lr".into()
                },
                place: Place::Log { line: 7 },
            }]
        );
    }

    #[test]
    fn specific_failures_are_named() {
        assert_eq!(
            only("Traceback (most recent call last):\n  File \"a.py\", line 1\nModuleNotFoundError: No module named 'apex'"),
            Signature::ModuleNotFound { module: "apex".into() }
        );
        assert_eq!(
            only("Traceback (most recent call last):\n  File \"a.py\", line 1\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"),
            Signature::DeviceOutOfMemory(Device::Cuda)
        );
        assert_eq!(
            only("RuntimeError: NPU out of memory. Tried to allocate 1.5 GiB"),
            Signature::DeviceOutOfMemory(Device::Npu)
        );
        assert_eq!(
            only("RuntimeError: CUDA out of memory while copying the input batch"),
            Signature::DeviceOutOfMemory(Device::Cuda)
        );
        assert_eq!(
            only("[12345.6] Out of memory: Killed process 4242 (python)"),
            Signature::HostOutOfMemory
        );
        assert_eq!(
            only("run.sh: line 4:  4242 Killed\nKilled"),
            Signature::Killed
        );
        assert_eq!(
            only("[Rank 3] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1, OpType=ALLREDUCE) ran for 1800000 milliseconds before timing out"),
            Signature::CollectiveTimeout(Collective::Nccl)
        );
        assert_eq!(
            only("EI0006: Getting socket times out. HCCL connect timeout"),
            Signature::CollectiveTimeout(Collective::Hccl)
        );
        assert_eq!(
            only("torch.distributed.DistBackendError: NCCL error in: ProcessGroupNCCL.cpp:1275, unhandled system error"),
            Signature::CollectiveError(Collective::Nccl)
        );
        assert_eq!(
            only("Fatal Python error: Segmentation fault"),
            Signature::SegmentationFault
        );
        assert_eq!(
            only("OSError: [Errno 28] No space left on device: '/cache/ckpt'"),
            Signature::NoSpaceLeft
        );
        assert_eq!(
            only("obs download failed: 403 Forbidden (AccessDenied)"),
            Signature::ObsAccessDenied
        );
    }

    #[test]
    fn missing_files_and_commands_name_their_path() {
        for (line, path) in [
            ("FileNotFoundError: [Errno 2] No such file or directory: '/home/ma-user/data/train.csv'", "/home/ma-user/data/train.csv"),
            ("bash: line 1: trian.py: command not found", "trian.py"),
            ("/bin/sh: 1: torchrun: not found", "torchrun"),
            ("python: can't open file '/home/ma-user/trian.py': [Errno 2] No such file or directory", "/home/ma-user/trian.py"),
        ] {
            assert_eq!(only(line), Signature::MissingFile { path: path.into() }, "{line}");
        }
    }

    #[test]
    fn the_most_telling_finding_wins_and_of_equals_the_latest() {
        let log = "No such file or directory: 'a'\nKilled\nNo such file or directory: 'b'\n";
        let findings = scan_log(log);
        let strongest = strongest(&findings).unwrap();
        assert_eq!(
            strongest.signature,
            Signature::MissingFile { path: "b".into() }
        );
        assert_eq!(strongest.place, Place::Log { line: 3 });
    }

    #[test]
    fn ordinary_lines_are_not_failures() {
        let log = "epoch 3 loss 0.12\nINFO NCCL INIT done\nsaving to obs://bucket/out\nKilled 3 stale workers\n\
            node-1:42 [0] NCCL INFO Failed to open libibverbs.so[.1]\n\
            Warning: NCCL_ASYNC_ERROR_HANDLING is deprecated\n\
            3 jobs: access denied to the dashboard\n";
        assert_eq!(scan_log(log), []);
    }

    #[test]
    fn task_messages_are_read_too() {
        assert_eq!(
            message_signature("Container killed: out of memory"),
            Some(Signature::HostOutOfMemory)
        );
        assert_eq!(message_signature("exited normally"), None);
        let exception = Signature::PythonException {
            kind: "KeyError".into(),
            message: String::new(),
        };
        assert_eq!(exception.detail().as_deref(), Some("KeyError"));
        assert_eq!(Signature::Killed.detail(), None);
    }

    #[test]
    fn events_are_read_like_lines() {
        let findings = scan_events([
            "[worker-0] training started.",
            "[worker-2] /bin/sh: 1: torchrun: not found",
        ]);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].place, Place::Event { index: 1 });
    }

    #[test]
    fn exit_codes_are_read_from_records_and_events() {
        assert_eq!(exit_code_in("exit with 127"), Some(127));
        assert_eq!(
            exit_code_in("[worker-0] Training finished. Exit code 1."),
            Some(1)
        );
        assert_eq!(exit_code_in("exit with -9"), Some(-9));
        assert_eq!(exit_code_in("job completed"), None);
        assert_eq!(exit_code_in("exit with "), None);
    }
}
