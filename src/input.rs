//! Turning raw bytes into [`SourceFile`]s, for the CLI and the servers.
//!
//! Reading is the only place where bytes become text: invalid UTF-8 is reported as a located
//! `input/not-utf8` diagnostic instead of being replaced silently.

use crate::report::codes;
use crate::report::{Diagnostic, Kind, Report, Verdict};
use crate::source::{SourceFile, Span};

/// Decode `bytes` as the input `name`; on invalid UTF-8, a diagnostic pointing at the first bad
/// byte.
pub fn decode(name: &str, path: Option<&str>, bytes: Vec<u8>) -> Result<SourceFile, Box<Diagnostic>> {
    match String::from_utf8(bytes) {
        Ok(text) => {
            let src = SourceFile::new(name, text);
            Ok(match path {
                Some(p) => src.with_path(p),
                None => src,
            })
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let src = SourceFile::new(name, prefix);
            let shown = path.unwrap_or(name);
            Err(Box::new(
                Diagnostic::new(&codes::INPUT_NOT_UTF8, format!("{shown} is not valid UTF-8 (byte {valid})"))
                    .at(&src, Span::new(valid, valid))
                    .help("re-save the file as UTF-8"),
            ))
        }
    }
}

/// A Report for an input that could not even be decoded.
pub fn unreadable(kind: Kind, diagnostic: Box<Diagnostic>) -> Report {
    let mut report = Report::new(kind);
    report.verdict = Verdict::Error;
    report.summary = diagnostic.message.clone();
    report.push(*diagnostic);
    report
}
