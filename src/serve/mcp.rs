//! `herbrand mcp`: the Model Context Protocol over stdio, with the official SDK (rmcp).
//!
//! Every tool of the registry ([`crate::tools::TOOLS`]) is offered as an MCP tool: its
//! `inputSchema` is generated from its argument struct, its `outputSchema` is the Report schema,
//! a call answers with `structuredContent` = the Report and one text block = the Report's `llm`
//! rendering. rmcp carries the protocol: the `initialize` handshake of 2025-06-18 / 2025-11-25
//! and the stateless 2026-07-28 revision (per-request `_meta`, no handshake).
//!
//! Guarantees: an invalid artifact is a verdict (`isError: false`); `isError: true` only when no
//! verdict could be produced (bad arguments, an input over `max_input_bytes`), and then the
//! structured content is still a Report saying why. An unknown tool name is a JSON-RPC error
//! (-32602), as the MCP specification has it. Checks run on tokio's blocking pool, so a long
//! check does not stall the protocol (pings, cancellations, other calls).

use std::sync::Arc;

use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation, ListToolsResult,
    PaginatedRequestParams, ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::transport::async_rw::AsyncRwTransport;
use rmcp::{ErrorData, RoleServer, ServerHandler, ServiceExt};

use crate::report::render::{self, Format};
use crate::tools::{self, Outcome, Session};

/// How the server runs.
#[derive(Clone, Debug)]
pub struct McpOptions {
    /// Longest accepted JSON-RPC message (one line on stdio), in bytes. The SDK drops a longer
    /// message (it cannot even read its id to answer), so this is the hard ceiling on the inputs
    /// of one call; `max_input_bytes` is the per-call, per-input limit below it.
    pub max_message_bytes: usize,
}

impl Default for McpOptions {
    fn default() -> McpOptions {
        McpOptions { max_message_bytes: 64 * 1024 * 1024 }
    }
}

/// The MCP server: the registry's tools, described once at start-up.
#[derive(Clone)]
pub struct Server {
    tools: Arc<Vec<Tool>>,
    session: Arc<Session>,
}

impl Default for Server {
    fn default() -> Server {
        Server::new()
    }
}

const INSTRUCTIONS: &str = "herbrand checks symbolic artifacts that language models produce. \
Pass the artifact texts inline (not file paths). Every tool returns a Report (verdict valid / invalid / \
error / unknown, a summary, located diagnostics with stable codes and fixes) as structured content, \
and the same Report as compact text to paste into a prompt. An invalid artifact is a normal result; \
isError is set only when the call itself could not be run.";

impl Server {
    pub fn new() -> Server {
        let output_schema = Arc::new(crate::schema::report_schema());
        let tools = tools::TOOLS
            .iter()
            .map(|t| {
                Tool::new(t.name, t.description, Arc::new(t.input_schema()))
                    .with_title(t.title)
                    .with_raw_output_schema(output_schema.clone())
                    .with_annotations(
                        ToolAnnotations::with_title(t.title)
                            .read_only(true)
                            .destructive(false)
                            .idempotent(true)
                            .open_world(false),
                    )
            })
            .collect();
        Server { tools: Arc::new(tools), session: Arc::new(Session::default()) }
    }

    /// The tools as `tools/list` gives them.
    pub fn tools(&self) -> &[Tool] {
        &self.tools
    }
}

/// An outcome as an MCP tool result.
pub fn tool_result(outcome: &Outcome) -> CallToolResult {
    let structured = serde_json::to_value(&outcome.report).unwrap_or_default();
    let text = render::render(&outcome.report, Format::Llm, false);
    let mut result = if outcome.is_error {
        CallToolResult::error(vec![ContentBlock::text(text)])
    } else {
        CallToolResult::success(vec![ContentBlock::text(text)])
    };
    result.structured_content = Some(structured);
    result
}

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        let mut server_info = Implementation::new("herbrand", env!("CARGO_PKG_VERSION"));
        server_info.title = Some("herbrand".to_string());
        server_info.description = Some(env!("CARGO_PKG_DESCRIPTION").to_string());
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(server_info)
            .with_instructions(INSTRUCTIONS)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(self.tools.to_vec()))
    }

    fn get_tool(&self, name: &str) -> Option<Tool> {
        self.tools.iter().find(|t| t.name == name).cloned()
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let Some(tool) = tools::find(&request.name) else {
            let report = tools::unknown_tool(&request.name);
            let help = report.diagnostics.first().and_then(|d| d.help.clone()).unwrap_or_default();
            return Err(ErrorData::invalid_params(format!("{}; {help}", report.summary), None));
        };
        let arguments = serde_json::Value::Object(request.arguments.unwrap_or_default());
        let session = self.session.clone();
        let outcome = tokio::task::spawn_blocking(move || tool.call(arguments, &session))
            .await
            .map_err(|e| ErrorData::internal_error(format!("the check failed: {e}"), None))?;
        Ok(tool_result(&outcome).into())
    }
}

/// Serve MCP on stdin/stdout until the client closes stdin.
pub fn serve_stdio(options: &McpOptions) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let (stdin, stdout) = rmcp::transport::io::stdio();
        let transport = AsyncRwTransport::new_server(stdin, stdout).with_max_line_length(options.max_message_bytes);
        let service = Server::new().serve(transport).await.map_err(std::io::Error::other)?;
        service.waiting().await.map_err(std::io::Error::other)?;
        Ok(())
    })
}
