// Codes of the servers (MCP tool calls and batch lines): a request that could not be read, so no
// artifact was checked. Reports carrying them have verdict `error` (MCP: `isError: true`).
codes! { REQUEST;
REQUEST_MALFORMED_JSON = "request/malformed-json", Error, "a batch line is not valid JSON",
    what: "A line of the batch input is not one JSON value, so no request could be read from it. The diagnostic points at the character where parsing failed.",
    why: "Nothing was checked for this line; its output line carries this error Report so that lines in = lines out and the other lines are unaffected.",
    example: "{\"id\": 1, \"tool\": \"validate_plan\", \"arguments\": {\"domain\": \"(define …\"   ← the line ends before the object is closed",
    fix: "Write each request as one complete JSON object on one line (a JSON library's compact output does this: `json.dumps(request)`, `JSON.stringify(request)`); newlines inside texts must be escaped as `\\n`.";
REQUEST_MALFORMED = "request/malformed", Error, "a request does not have the shape of a tool call",
    what: "The request is valid JSON but not an object of the form `{\"id\": any, \"tool\": \"NAME\", \"arguments\": {…}}`: it is not an object, `tool` is missing or not a string, or `arguments` is not an object.",
    why: "Without a tool name and arguments there is nothing to check.",
    example: "[\"validate_plan\", \"(define …)\"]",
    fix: "Send `{\"id\": 7, \"tool\": \"validate_plan\", \"arguments\": {\"domain\": \"…\", \"problem\": \"…\", \"plan\": \"…\"}}` — the same name and arguments as the MCP tool call.";
REQUEST_EMPTY_LINE = "request/empty-line", Error, "a batch line is empty",
    what: "A line of the batch input is empty or holds only whitespace.",
    why: "Every input line gets exactly one output line, so that outputs can be matched to inputs by position; an empty line therefore gets this error Report rather than being skipped silently.",
    example: "{\"id\": 1, …}\n\n{\"id\": 2, …}",
    fix: "Remove empty lines from the input (for instance `grep -v '^\\s*$'`).";
REQUEST_LINE_TOO_LONG = "request/line-too-long", Error, "a batch line is longer than the line limit",
    what: "A line of the batch input is longer than `--max-line-bytes` (64 MiB by default). It was skipped without being held in memory.",
    why: "The limit keeps batch memory bounded whatever the input; the verdict is `error` because the request was never read.",
    example: "A request embedding a 100 MB plan, with the default limit.",
    fix: "Raise the limit with `herbrand batch --max-line-bytes N`, or send smaller inputs.";
REQUEST_UNKNOWN_TOOL = "request/unknown-tool", Error, "a request names a tool that does not exist",
    what: "The `tool` of a batch line (or the name of an MCP tool call) is not one of herbrand's tools. `herbrand mcp` lists them with `tools/list`; the README lists them too.",
    why: "There is no check to run.",
    example: "{\"id\": 1, \"tool\": \"validate\", \"arguments\": {…}}   ; the tool is validate_plan",
    fix: "Use the tool name suggested in the help.";
REQUEST_BAD_ARGUMENTS = "request/bad-arguments", Error, "a tool's arguments do not match its input schema",
    what: "The arguments of a tool call are missing a required field, have a field of the wrong type, or have a field the tool does not know. The message names the field.",
    why: "The check cannot run without its inputs, and an unknown field is most often a misspelled option that would otherwise be ignored silently.",
    example: "{\"tool\": \"validate_plan\", \"arguments\": {\"domain\": \"…\", \"problem\": \"…\"}}   ; no `plan`",
    fix: "Pass the inputs as texts under the names the tool's input schema gives (`domain`, `problem`, `plan`, …), and only the options it lists.";
}
