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
        Command::Plan { domain, problem, plan, keep_going, trace, no_trace, output, limits } => {
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
            let options = herbrand::PlanOptions { keep_going, trace };
            let report = herbrand::validate_plan(domain, problem, plan, &limits.budget(), &options);
            emit(&report, &output)
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
            match herbrand::suggest::closest(name, names) {
                Some(best) => usage_error(&format!(
                    "unknown code `{name}`; did you mean `{best}`? (`herbrand explain --list` lists all)"
                )),
                None => usage_error(&format!("unknown code `{name}` (`herbrand explain --list` lists all)")),
            }
        }
    }
}
