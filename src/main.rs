//! The `stkr` binary: parse, set up logging, run, and turn errors into one line and an exit code.

use std::process::ExitCode;

use clap::Parser;
use stkr::Cli;
use stkr_core::error::exit;
use stkr_sidecar::config::LogFormat;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(&error),
    };
    init_logging(cli.global.verbose, cli.daemon_log_format(), cli.log_file());
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => return fail(&eyre::eyre!("cannot start the async runtime: {e}")),
    };
    let json = cli.global.json;
    match runtime.block_on(cli.run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) if json => fail_json(&report),
        Err(report) => fail(&report),
    }
}

/// Logs on stderr; a daemon's with their time (or as JSON); the dashboard's in `file`, since it owns the
/// terminal.
fn init_logging(verbose: u8, daemon: Option<LogFormat>, file: Option<std::path::PathBuf>) {
    let default = match verbose {
        0 if daemon.is_some() => "info",
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    // rustls's verifier logs every refused certificate at error level; stkr says it once, in its own words.
    let default = format!("{default},rustls_platform_verifier=off");
    let filter = EnvFilter::try_from_env("STKR_LOG").unwrap_or_else(|_| EnvFilter::new(&default));
    // The dashboard owns the terminal: its logs go to a file in the data dir (and nowhere when that fails).
    if let Some(path) = file {
        let opened = path
            .parent()
            .map(std::fs::create_dir_all)
            .unwrap_or(Ok(()))
            .and_then(|()| std::fs::OpenOptions::new().create(true).append(true).open(&path));
        let level = if verbose == 0 { "info" } else { default.as_str() };
        let filter = EnvFilter::try_from_env("STKR_LOG").unwrap_or_else(|_| EnvFilter::new(level));
        if let Ok(log) = opened {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_writer(std::sync::Mutex::new(log))
                .with_ansi(false)
                .try_init();
        }
        return;
    }
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if daemon == Some(LogFormat::Json) {
        let _ = tracing_subscriber::fmt().json().with_env_filter(filter).with_writer(std::io::stderr).try_init();
        return;
    }
    if daemon.is_some() {
        // A daemon's lines need their time; journald adds its own, but a terminal or a file does not.
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .with_ansi(color && std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .try_init();
        return;
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(color && std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .try_init();
}

/// Help and version go to stdout as clap writes them; a usage error becomes one line (or one JSON
/// document with `--json`) on stderr and exit code 2.
fn usage_error(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) || !error.use_stderr() {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    if matches!(error.kind(), ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand) {
        let _ = error.print();
        return ExitCode::from(exit::USAGE);
    }
    let rendered = error.render().to_string();
    let first = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
    // clap lists the possible values on the next line; keep them in the one line.
    let hint = rendered
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("[possible values:"))
        .map(|line| format!(" {line}"))
        .unwrap_or_default();
    let tip = rendered
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("tip:"))
        .map(|line| format!("; {line}"))
        .unwrap_or_default();
    // "the following required arguments were not provided:" names them on the indented lines after it.
    let listed: Vec<&str> = if first.ends_with(':') {
        rendered.lines().skip(1).take_while(|line| line.starts_with("  ")).map(str::trim).collect()
    } else {
        Vec::new()
    };
    let listed = if listed.is_empty() { String::new() } else { format!(" {}", listed.join(", ")) };
    let usage = rendered
        .lines()
        .find_map(|line| line.strip_prefix("Usage: "))
        .map(|usage| {
            let command: Vec<&str> = usage.split_whitespace().take_while(|w| !w.starts_with(['[', '<', '-'])).collect();
            format!("; see `{} --help`", command.join(" "))
        })
        .unwrap_or_default();
    let message = format!("{first}{listed}{hint}{tip}{usage}");
    let json = std::env::args().any(|arg| arg == "--json");
    #[allow(clippy::print_stderr)]
    if json {
        let document = serde_json::json!({
            "error": { "code": "invalid_input", "exit_code": exit::USAGE, "message": message }
        });
        eprintln!("{document}");
    } else {
        eprintln!("error: {message}");
    }
    ExitCode::from(exit::USAGE)
}

/// The stkr error in the chain, if any: it decides the exit code and the JSON code.
fn stkr_error(report: &eyre::Report) -> Option<&stkr_core::Error> {
    report.chain().find_map(|e| e.downcast_ref::<stkr_core::Error>())
}

fn one_line(report: &eyre::Report) -> String {
    report.chain().map(ToString::to_string).collect::<Vec<_>>().join(": ")
}

/// Print the error chain as one line on stderr and pick the exit code.
fn fail(report: &eyre::Report) -> ExitCode {
    let code = stkr_error(report).map(stkr_core::Error::exit_code).unwrap_or(exit::FAILURE);
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let label = if color { "\x1b[31merror:\x1b[0m" } else { "error:" };
    #[allow(clippy::print_stderr)]
    {
        eprintln!("{label} {}", one_line(report));
    }
    ExitCode::from(code)
}

/// With `--json`: the error as one JSON document on stderr, with a stable `code`.
fn fail_json(report: &eyre::Report) -> ExitCode {
    let error = stkr_error(report);
    let exit_code = error.map(stkr_core::Error::exit_code).unwrap_or(exit::FAILURE);
    let document = serde_json::json!({
        "error": {
            "code": error.map(stkr_core::Error::kind).unwrap_or("failure"),
            "exit_code": exit_code,
            "message": one_line(report),
        }
    });
    #[allow(clippy::print_stderr)]
    {
        eprintln!("{document}");
    }
    ExitCode::from(exit_code)
}
