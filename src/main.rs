//! The `herbrand` command line: arguments → library call → renderer. No logic lives here.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use herbrand::report::codes;
use herbrand::report::render::{self, Format};
use herbrand::{Budget, Kind, Report, SourceFile};

// Parsing builds many small nodes; mimalloc roughly halves the time spent in the allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status for usage and internal errors.
const EXIT_USAGE: u8 = 4;

#[derive(Parser)]
#[command(
    name = "herbrand",
    version,
    about = "Check what language models produce in symbolic form, and explain every mistake"
)]
#[command(
    after_help = "Exit status: 0 valid, 1 invalid, 2 malformed input, 3 unknown (budget ran out), 4 usage or internal error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Output {
    /// Output format: human (rustc-style), json (the Report), llm (compact text for a prompt).
    #[arg(long, short = 'f', default_value = "human", global = true)]
    format: Format,
    /// Colour for the human format: auto, always, never.
    #[arg(long, default_value = "auto", global = true)]
    color: String,
}

#[derive(Args, Clone)]
struct Limits {
    /// Largest accepted input file, in bytes.
    #[arg(long)]
    max_input_bytes: Option<usize>,
    /// Most steps (plan steps, fixpoint rounds) an engine may take.
    #[arg(long)]
    max_steps: Option<u64>,
    /// Most ground atoms grounding may create.
    #[arg(long)]
    max_ground_atoms: Option<u64>,
    /// Deepest nesting accepted.
    #[arg(long)]
    max_depth: Option<usize>,
    /// Z3's deterministic resource limit per solver call.
    #[arg(long)]
    solver_rlimit: Option<u64>,
    /// Z3's wall-clock timeout per solver call, a backstop to the rlimit.
    #[arg(long)]
    solver_timeout_ms: Option<u64>,
}

impl Limits {
    fn budget(&self) -> Budget {
        let mut b = Budget::default();
        if let Some(v) = self.max_input_bytes {
            b.max_input_bytes = v;
        }
        if let Some(v) = self.max_steps {
            b.max_steps = v;
        }
        if let Some(v) = self.max_ground_atoms {
            b.max_ground_atoms = v;
        }
        if let Some(v) = self.max_depth {
            b.max_depth = v;
        }
        if let Some(v) = self.solver_rlimit {
            b.solver_rlimit = v;
        }
        if let Some(v) = self.solver_timeout_ms {
            b.solver_timeout_ms = v;
        }
        b
    }
}

#[derive(Subcommand)]
enum Command {
    /// Parse and lint a PDDL domain and, optionally, a problem.
    Pddl {
        /// The domain file (`-` for standard input).
        domain: String,
        /// The problem file (`-` for standard input).
        problem: Option<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        limits: Limits,
    },
    /// Validate a plan against a domain and a problem.
    Plan {
        /// The domain file (`-` for standard input).
        domain: String,
        /// The problem file.
        problem: String,
        /// The plan file.
        plan: String,
        /// Keep simulating past a failing step (skipping it) and report every failure.
        #[arg(long = "continue")]
        keep_going: bool,
        /// Include the per-step trace in the JSON detail (default: only for plans up to 10,000 steps).
        #[arg(long, overrides_with = "no_trace")]
        trace: bool,
        /// Never include the per-step trace.
        #[arg(long)]
        no_trace: bool,
        /// Temporal plans: VAL's tolerance ε (its `-t`). Points no more than ε/10 after a
        /// happening's first point join it; `(= ?duration e)` holds to within ε. Planners such as
        /// LPG and POPF need 0.001.
        #[arg(long, value_name = "EPSILON", default_value_t = herbrand::PlanOptions::DEFAULT_TOLERANCE)]
        tolerance: f64,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        limits: Limits,
    },
    /// Check a first-order formalization: parse (any dialect), lint, and decide with Z3 whether
    /// the premises entail the conclusion (True / False / Uncertain / Inconsistent).
    Fol {
        /// The program: Logic-LM sections, JSON, TPTP, or one formula per line (the last is the
        /// conclusion). `-` for standard input.
        file: String,
        /// The dialect: folio, nltk, prover9, tptp (default: detected).
        #[arg(long)]
        dialect: Option<String>,
        /// The conclusion, given separately: every line of the file is then a premise.
        #[arg(long)]
        conclusion: Option<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        limits: Limits,
    },
    /// Check a rule set (Prolog, Logic-LM, or KG chain rules): lint, evaluate, answer queries.
    Rules {
        /// The rule file (`-` for standard input).
        file: String,
        /// A query to answer (repeatable), e.g. `grandparent(tom, X)`.
        #[arg(long = "query", short = 'q')]
        queries: Vec<String>,
        /// A file of facts that must hold (`p(a).`) and must not (`\+ p(b).`).
        #[arg(long)]
        expect: Option<String>,
        /// A knowledge graph (TSV triples `head relation tail`) to score chain rules against.
        #[arg(long)]
        kg: Option<String>,
        /// An input relation from a TSV file, as NAME=FILE (repeatable).
        #[arg(long = "facts")]
        facts: Vec<String>,
        /// Attach a proof tree to every answer.
        #[arg(long)]
        proofs: bool,
        /// Most answers listed per query.
        #[arg(long, default_value_t = 100)]
        max_answers: usize,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        limits: Limits,
    },
    /// Compare a candidate formalization with a reference: equivalent, or a distinguishing
    /// model and how each premise differs.
    FolEquiv {
        /// The candidate formula or program.
        candidate: String,
        /// The reference formula or program.
        reference: String,
        /// The dialect: folio, nltk, prover9, tptp (default: detected).
        #[arg(long)]
        dialect: Option<String>,
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        limits: Limits,
    },
    /// Serve every check as a tool over the Model Context Protocol on stdin/stdout.
    Mcp {
        /// Longest accepted JSON-RPC message, in bytes (a longer one is dropped unanswered).
        #[arg(long, default_value_t = herbrand::serve::mcp::McpOptions::default().max_message_bytes)]
        max_message_bytes: usize,
    },
    /// Run JSONL requests ({"id", "tool", "arguments"} per line) in parallel; one Report line per
    /// input line, in input order, on standard output; a summary on standard error.
    Batch {
        /// The requests (`-` or nothing for standard input).
        input: Option<String>,
        /// Worker threads (default: one per core). The output does not depend on it.
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Keep wall-time stats (`*_ms`) in the Reports; the output is then not reproducible.
        #[arg(long)]
        timings: bool,
        /// Longest accepted line, in bytes; a longer line gives a `request/line-too-long` Report.
        #[arg(long, default_value_t = herbrand::serve::batch::BatchOptions::default().max_line_bytes)]
        max_line_bytes: usize,
        /// No progress line, even when standard error is a terminal.
        #[arg(long)]
        no_progress: bool,
        /// No summary line on standard error.
        #[arg(long, short = 'q')]
        quiet: bool,
    },
    /// Print the JSON Schema of the Report (`schema/report.schema.json`).
    Schema,
    /// Print the documentation of a diagnostic code.
    Explain {
        /// The code, e.g. `pddl/undefined-predicate`.
        code: Option<String>,
        /// List every code with its title.
        #[arg(long)]
        list: bool,
    },
}

/// Why an input could not be turned into a SourceFile.
enum Unread {
    /// The file could not be read: a usage error.
    Usage(String),
    /// The bytes are not text: a Report with verdict `error`.
    Report(Box<Report>),
}

fn read_input(arg: &str, role: &str, kind: Kind) -> Result<SourceFile, Unread> {
    let mut bytes = Vec::new();
    let result = if arg == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(arg).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    if let Err(e) = result {
        return Err(Unread::Usage(format!("cannot read {role} `{arg}`: {e}")));
    }
    let path = if arg == "-" { "<stdin>" } else { arg };
    herbrand::input::decode(role, Some(path), bytes)
        .map_err(|d| Unread::Report(Box::new(herbrand::input::unreadable(kind, d))))
}

fn emit(report: &Report, output: &Output) -> ExitCode {
    let color = match output.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let text = render::render(report, output.format, color);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = stdout.write_all(b"\n");
    }
    ExitCode::from(report.verdict.exit_code() as u8)
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("herbrand: {message}");
    ExitCode::from(EXIT_USAGE)
}

/// Read the inputs or bail out with the right exit: a usage error, or a Report for bad bytes.
macro_rules! input {
    ($arg:expr, $role:expr, $kind:expr, $output:expr) => {
        match read_input($arg, $role, $kind) {
            Ok(src) => src,
            Err(Unread::Report(report)) => return emit(&report, $output),
            Err(Unread::Usage(message)) => return usage_error(&message),
        }
    };
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Pddl { domain, problem, output, limits } => {
            if domain == "-" && problem.as_deref() == Some("-") {
                return usage_error("only one input can be read from standard input");
            }
            let domain = input!(&domain, "domain", Kind::Pddl, &output);
            let problem = match &problem {
                Some(p) => Some(input!(p, "problem", Kind::Pddl, &output)),
                None => None,
            };
            let report = herbrand::check_pddl(domain, problem, &limits.budget());
            emit(&report, &output)
        }
        Command::Plan { domain, problem, plan, keep_going, trace, no_trace, tolerance, output, limits } => {
            if [&domain, &problem, &plan].iter().filter(|a| a.as_str() == "-").count() > 1 {
                return usage_error("only one input can be read from standard input");
            }
            let domain = input!(&domain, "domain", Kind::Plan, &output);
            let problem = input!(&problem, "problem", Kind::Plan, &output);
            let plan = input!(&plan, "plan", Kind::Plan, &output);
            let trace = if trace {
                Some(true)
            } else if no_trace {
                Some(false)
            } else {
                None
            };
            let options = herbrand::PlanOptions { keep_going, trace, tolerance: Some(tolerance) };
            let report = herbrand::validate_plan(domain, problem, plan, &limits.budget(), &options);
            emit(&report, &output)
        }
        Command::Fol { file, dialect, conclusion, output, limits } => {
            let program = input!(&file, "program", Kind::Fol, &output);
            let options = herbrand::FolOptions { dialect, conclusion };
            let report = herbrand::check_fol(program, &options, &limits.budget());
            emit(&report, &output)
        }
        Command::FolEquiv { candidate, reference, dialect, output, limits } => {
            if candidate == "-" && reference == "-" {
                return usage_error("only one input can be read from standard input");
            }
            let candidate = input!(&candidate, "candidate", Kind::Fol, &output);
            let reference = input!(&reference, "reference", Kind::Fol, &output);
            let options = herbrand::FolOptions { dialect, conclusion: None };
            let report = herbrand::fol_equivalent(candidate, reference, &options, &limits.budget());
            emit(&report, &output)
        }
        Command::Mcp { max_message_bytes } => {
            let options = herbrand::serve::mcp::McpOptions { max_message_bytes };
            match herbrand::serve::mcp::serve_stdio(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => usage_error(&format!("mcp: {e}")),
            }
        }
        Command::Batch { input, jobs, timings, max_line_bytes, no_progress, quiet } => {
            batch(input.as_deref(), jobs, timings, max_line_bytes, !no_progress, quiet)
        }
        Command::Schema => {
            print!("{}", herbrand::schema::report_schema_text());
            ExitCode::SUCCESS
        }
        Command::Rules { file, queries, expect, kg, facts, proofs, max_answers, output, limits } => {
            let program = input!(&file, "program", Kind::Rules, &output);
            let text = |path: &str, role: &str| -> Result<String, String> {
                std::fs::read(path)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .map_err(|e| format!("cannot read {role} `{path}`: {e}"))
            };
            let mut options = herbrand::RulesOptions { queries, proofs, max_answers, ..Default::default() };
            for (arg, slot, role) in
                [(&expect, &mut options.expect, "expectations"), (&kg, &mut options.kg, "knowledge graph")]
            {
                if let Some(path) = arg {
                    match text(path, role) {
                        Ok(t) => *slot = Some(t),
                        Err(m) => return usage_error(&m),
                    }
                }
            }
            for spec in &facts {
                let Some((name, path)) = spec.split_once('=') else {
                    return usage_error(&format!("--facts expects NAME=FILE, not `{spec}`"));
                };
                match text(path, "facts") {
                    Ok(t) => options.facts.push((name.to_string(), t)),
                    Err(m) => return usage_error(&m),
                }
            }
            let report = herbrand::check_rules(program, &options, &limits.budget());
            emit(&report, &output)
        }
        Command::Explain { code, list } => explain(code.as_deref(), list),
    }
}

fn batch(
    input: Option<&str>,
    jobs: Option<usize>,
    timings: bool,
    max_line_bytes: usize,
    progress: bool,
    quiet: bool,
) -> ExitCode {
    use herbrand::serve::batch::{self, BatchOptions};
    let options =
        BatchOptions { jobs: jobs.unwrap_or(0), max_line_bytes, timings, progress, ..BatchOptions::default() };
    let stdout = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let result = match input {
        None | Some("-") => batch::run(std::io::stdin(), stdout, &options),
        Some(path) => match std::fs::File::open(path) {
            Ok(file) => {
                let input_len = file.metadata().ok().map(|m| m.len());
                let options = BatchOptions { input_len, ..options };
                batch::run(file, stdout, &options)
            }
            Err(e) => return usage_error(&format!("cannot read `{path}`: {e}")),
        },
    };
    match result {
        Ok(summary) => {
            if !quiet {
                eprintln!("{}", summary.line());
            }
            ExitCode::SUCCESS
        }
        // The reader of the output went away (`| head`): nothing left to do.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(&format!("batch: {e}")),
    }
}

fn explain(code: Option<&str>, list: bool) -> ExitCode {
    if list || code.is_none() {
        let width = codes::all().map(|c| c.name.len()).max().unwrap_or(0);
        for c in codes::all() {
            println!("{:width$}  {:7}  {}", c.name, c.severity.as_str(), c.title);
        }
        return ExitCode::SUCCESS;
    }
    let name = code.unwrap_or_default();
    match codes::lookup(name) {
        Some(c) => {
            print!("{}", c.doc());
            ExitCode::SUCCESS
        }
        None => {
            let names = codes::all().map(|c| c.name);
            let ctx = herbrand::limits::Ctx::new(&Budget::default());
            match herbrand::suggest::closest(&ctx, name, names) {
                Some(best) => usage_error(&format!(
                    "unknown code `{name}`; did you mean `{best}`? (`herbrand explain --list` lists all)"
                )),
                None => usage_error(&format!("unknown code `{name}` (`herbrand explain --list` lists all)")),
            }
        }
    }
}
