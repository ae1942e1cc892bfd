//! Fuzz target `batch_line`: one line of `herbrand batch` input (a tool call as JSON) through
//! `serve::batch::handle_line` — request parsing, argument checking, the tool — then every
//! renderer.
//!
//! Invariants checked: no panic, no hang (the default budget bounds the checks), every line gets
//! a Report, and every Report renders in all three formats.

#![no_main]

use herbrand::report::render::{render, Format};
use herbrand::serve::batch::handle_line;
use herbrand::tools::Session;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A fresh session per input: nothing carries over between runs.
    let (_, _, outcome) = handle_line(&Session::default(), 1, data);
    for format in [Format::Human, Format::Json, Format::Llm] {
        let _ = render(&outcome.report, format, false);
    }
});
