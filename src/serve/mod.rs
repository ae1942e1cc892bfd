//! The servers: translate between agents and the tool registry ([`crate::tools`]), nothing else.
//!
//! - [`mcp`]: the Model Context Protocol over stdio (`herbrand mcp`);
//! - [`batch`]: JSONL requests in, JSONL Reports out, in parallel (`herbrand batch`).

pub mod batch;
pub mod mcp;
