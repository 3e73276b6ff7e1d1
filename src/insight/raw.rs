//! The raw section's text: the document as sent, with secrets masked by the one rule, and only as
//! much of it as a page can show without stalling.

use crate::insight::secrets::MaskedObject;
use crate::model::TrainingJob;
use serde_json::ser::PrettyFormatter;
use serde_json::Serializer;
use std::io::{self, Write};

/// Lines of pretty JSON rendered on the page; all of it is in Copy and Download. A 20 MB job
/// pretty-prints to hundreds of thousands of lines, which would block the page for seconds.
pub const SHOWN_LINES: usize = 2_000;

/// Collects output until `limit` lines, then refuses more, which stops the serializer there: the
/// first screenful of a huge document costs what that screenful costs.
struct FirstLines {
    text: Vec<u8>,
    lines_left: usize,
}

impl Write for FirstLines {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        for (index, byte) in bytes.iter().enumerate() {
            if *byte == b'\n' {
                if self.lines_left <= 1 {
                    self.text.extend_from_slice(&bytes[..index]);
                    self.lines_left = 0;
                    // A bare kind: a message would box a String error nobody reads.
                    return Err(io::ErrorKind::Other.into());
                }
                self.lines_left -= 1;
            }
        }
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The job pretty-printed with every secret masked, keys in the order sent: at most `limit` lines,
/// and whether there was more.
pub fn masked_lines(job: &TrainingJob, limit: usize) -> (String, bool) {
    let mut out = FirstLines {
        text: Vec::new(),
        lines_left: limit,
    };
    let mut serializer = Serializer::with_formatter(&mut out, PrettyFormatter::new());
    let cut = serde::Serialize::serialize(&MaskedObject(job.as_object()), &mut serializer).is_err();
    (String::from_utf8_lossy(&out.text).into_owned(), cut)
}

/// The name Download gives the document: the job's id, or a generic name without one.
pub fn file_name(job: &TrainingJob) -> String {
    let id = job.metadata().and_then(|metadata| metadata.id());
    format!("{}.json", id.map_or("training-job", String::as_str))
}

/// The whole job pretty-printed with every secret masked, for Copy and Download.
pub fn masked_document(job: &TrainingJob) -> String {
    serde_json::to_string_pretty(&MaskedObject(job.as_object())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_job;

    fn job(text: &str) -> TrainingJob {
        parse_job(text).unwrap().job
    }

    #[test]
    fn the_document_is_pretty_masked_and_in_order() {
        let job = job(
            r#"{"kind":"job","metadata":{"name":"n"},"algorithm":{"environments":{"HF_TOKEN":"hf_secret"}}}"#,
        );
        let text = masked_document(&job);
        assert!(!text.contains("hf_secret"), "{text}");
        assert!(text.find("\"metadata\"").unwrap() < text.find("\"algorithm\"").unwrap());
        assert!(text.contains('\n'));
    }

    #[test]
    fn a_long_document_stops_after_its_first_lines() {
        let parameters: Vec<String> = (0..50)
            .map(|index| format!(r#"{{"name":"p{index}","value":"{index}"}}"#))
            .collect();
        let job = job(&format!(
            r#"{{"algorithm":{{"parameters":[{}]}}}}"#,
            parameters.join(",")
        ));
        let (start, cut) = masked_lines(&job, 10);
        assert!(cut);
        assert_eq!(start.lines().count(), 10);
        assert!(masked_document(&job).starts_with(&start));
        let (all, cut) = masked_lines(&job, 10_000);
        assert!(!cut);
        assert_eq!(all, masked_document(&job));
    }
}
