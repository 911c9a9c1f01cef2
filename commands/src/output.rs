//! The only place the CLI writes to the terminal: results on stdout (human text or one JSON document),
//! everything else (progress, prompts, warnings) on stderr, colour only when wanted; and the terminal's
//! side of core's flows: [`Terminal`] confirms transaction plans, [`TerminalPrompt`] asks for passphrases.

use std::io::{IsTerminal, Write};

use alloy::primitives::TxHash;
use stkr_core::{
    Error, Result,
    accounts::{Passphrase, PassphrasePrompt},
    output::{Render, Style},
    tx::{Plan, Sending, TxFrontend, UnsignedPlan, UnsignedTx},
};

/// Where and how a command reports.
#[derive(Debug, Clone)]
pub struct Output {
    json: bool,
    quiet: bool,
    style: Style,
    stderr_color: bool,
}

impl Output {
    /// An output honouring `--json`, `-q` and `NO_COLOR`.
    pub fn new(json: bool, quiet: bool) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { json, quiet, style: Style::detect(json), stderr_color: !no_color && std::io::stderr().is_terminal() }
    }

    /// Whether results go out as JSON.
    pub fn json(&self) -> bool {
        self.json
    }

    /// The styling of stdout.
    pub fn style(&self) -> &Style {
        &self.style
    }

    /// Print the command's result: one JSON document with `--json`, else its human form.
    pub fn result<T: Render>(&self, value: &T) -> Result<()> {
        let text = if self.json {
            serde_json::to_string_pretty(value).map_err(|e| Error::Other(format!("encoding JSON: {e}")))?
        } else {
            value.render(&self.style)
        };
        let mut stdout = std::io::stdout().lock();
        let written = if text.is_empty() { Ok(()) } else { writeln!(stdout, "{text}") };
        match written.and_then(|()| stdout.flush()) {
            // The reader went away (`stkr … | head`): nothing is left to tell it, and that is no failure.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.map_err(Error::io("writing to stdout")),
        }
    }

    /// A progress or status line on stderr, silenced by `-q`.
    pub fn status(&self, message: impl AsRef<str>) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", message.as_ref());
        }
    }

    /// A warning on stderr; shown even with `-q`.
    pub fn warn(&self, message: impl AsRef<str>) {
        let label = if self.stderr_color { "\x1b[33mwarning:\x1b[0m" } else { "warning:" };
        let _ = writeln!(std::io::stderr(), "{label} {}", message.as_ref());
    }

    /// Whether a person is at the terminal to answer prompts.
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Ask a yes/no question on stderr; `default_yes` is the answer to a bare Enter.
    pub fn confirm(&self, question: &str, default_yes: bool) -> Result<bool> {
        let hint = if default_yes { "[Y/n]" } else { "[y/N]" };
        let mut stderr = std::io::stderr();
        write!(stderr, "{question} {hint} ").map_err(Error::io("writing a prompt"))?;
        stderr.flush().map_err(Error::io("writing a prompt"))?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer).map_err(Error::io("reading the answer"))?;
        Ok(match answer.trim().to_ascii_lowercase().as_str() {
            "" => default_yes,
            "y" | "yes" => true,
            _ => false,
        })
    }

    /// A spinner on stderr until the returned guard is dropped; nothing when quiet or not a terminal.
    pub fn spinner(&self, message: impl Into<String>) -> Spinner {
        let bar = if self.quiet || !std::io::stderr().is_terminal() {
            indicatif::ProgressBar::hidden()
        } else {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(std::time::Duration::from_millis(100));
            bar
        };
        bar.set_message(message.into());
        Spinner { bar }
    }

    /// A progress bar on stderr over `len` steps until the returned guard is dropped; nothing with `--json`,
    /// `-q` or when stderr is not a terminal (a log file or a pipe would fill with redraws).
    pub fn progress(&self, len: u64, message: impl Into<String>) -> Progress {
        let bar = if self.json || self.quiet || !std::io::stderr().is_terminal() {
            indicatif::ProgressBar::hidden()
        } else {
            let bar = indicatif::ProgressBar::new(len);
            let style = indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {percent}% ({eta} left)")
                .map(|s| s.progress_chars("=> "))
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        };
        bar.set_message(message.into());
        Progress { bar }
    }
}

/// A running progress bar; it disappears when dropped.
#[derive(Debug)]
pub struct Progress {
    bar: indicatif::ProgressBar,
}

impl Progress {
    /// Set how many steps are done.
    pub fn set_position(&self, done: u64) {
        self.bar.set_position(done);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// A running spinner; it disappears when dropped.
#[derive(Debug)]
pub struct Spinner {
    bar: indicatif::ProgressBar,
}

impl Spinner {
    /// Change the message.
    pub fn set_message(&self, message: impl Into<String>) {
        self.bar.set_message(message.into());
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// Ask for a passphrase on the terminal without echo.
pub fn prompt_passphrase(prompt: &str) -> Result<Passphrase> {
    let secret = rpassword::prompt_password(prompt).map_err(Error::io("reading the passphrase"))?;
    Passphrase::new(secret)
}

/// Asks for an account's passphrase on the terminal, when a person is there to answer.
#[derive(Debug, Clone, Copy, Default)]
pub struct TerminalPrompt;

impl PassphrasePrompt for TerminalPrompt {
    fn passphrase(&self, name: &str) -> Result<Option<Passphrase>> {
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            return prompt_passphrase(&format!("Passphrase for '{name}': ")).map(Some);
        }
        Ok(None)
    }
}

/// The terminal as the transaction flow's front end: the plan on stderr, then "Send?" unless `--yes`,
/// a spinner while sending, a status line per mined transaction, `--unsigned` output as the result.
#[derive(Debug, Clone)]
pub struct Terminal {
    out: Output,
    yes: bool,
}

impl Terminal {
    /// Confirm on `out`; with `yes`, nothing is asked.
    pub fn new(out: Output, yes: bool) -> Self {
        Self { out, yes }
    }
}

impl TxFrontend for Terminal {
    fn approve(&self, plan: &Plan) -> Result<()> {
        self.out.status(plan.describe());
        if self.yes {
            return Ok(());
        }
        if !self.out.interactive() {
            return Err(Error::NeedsConfirmation);
        }
        if self.out.confirm("Send?", false)? { Ok(()) } else { Err(Error::Cancelled) }
    }

    fn sending(&self, label: &str) -> Box<dyn Sending + '_> {
        Box::new(TerminalSending { spinner: self.out.spinner(format!("{label}: sending")), label: label.into() })
    }

    fn mined(&self, label: &str, block: u64, hash: TxHash) {
        self.out.status(format!("{label}: done in block {block} ({hash})"));
    }

    fn warn(&self, message: &str) {
        self.out.warn(message);
    }

    fn unsigned_tx(&self, tx: &UnsignedTx) -> Result<()> {
        self.out.result(tx)
    }

    fn unsigned_plan(&self, plan: &UnsignedPlan) -> Result<()> {
        self.out.result(plan)
    }
}

/// A transaction on its way, shown as a spinner until it is dropped.
struct TerminalSending {
    spinner: Spinner,
    label: String,
}

impl Sending for TerminalSending {
    fn waiting(&self, hash: TxHash) {
        self.spinner.set_message(format!("{}: waiting for {hash}", self.label));
    }
}
