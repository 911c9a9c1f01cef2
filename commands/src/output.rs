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

/// How many times a new passphrase that breaks the rule is asked for before giving up (as sudo does).
const NEW_PASSPHRASE_TRIES: usize = 3;

/// A new passphrase typed on the terminal, at least `min_chars` long (core's rule), then repeated; one
/// too short is said and asked again, so a typo does not throw away the steps before it.
pub fn prompt_new_passphrase(out: &Output, prompt: &str, min_chars: usize) -> Result<Passphrase> {
    new_passphrase_from(
        &mut |p: &str| rpassword::prompt_password(p).map_err(Error::io("reading the passphrase")),
        &mut |m: &str| out.warn(m),
        prompt,
        min_chars,
    )
}

/// [`prompt_new_passphrase`] over any reader and any way of saying what was wrong.
pub(crate) fn new_passphrase_from(
    read: &mut dyn FnMut(&str) -> Result<String>,
    say: &mut dyn FnMut(&str),
    prompt: &str,
    min_chars: usize,
) -> Result<Passphrase> {
    let mut tries = 0;
    let first = loop {
        let secret = zeroize::Zeroizing::new(read(prompt)?);
        tries += 1;
        match stkr_core::accounts::check_new_passphrase(&secret, min_chars) {
            Ok(()) => break Passphrase::new(secret.to_string())?,
            Err(e) if tries < NEW_PASSPHRASE_TRIES => say(&format!("{e}; try again")),
            Err(e) => return Err(e),
        }
    };
    let second = zeroize::Zeroizing::new(read("Repeat it: ")?);
    if first.expose() != second.as_str() {
        return Err(Error::PassphraseMismatch);
    }
    Ok(first)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers the prompts from a script, recording what was asked and said.
    fn run(answers: &[&str], min_chars: usize) -> (Result<Passphrase>, Vec<String>, Vec<String>) {
        let mut answers = answers.iter().map(ToString::to_string);
        let (mut asked, mut said) = (Vec::new(), Vec::new());
        let result = new_passphrase_from(
            &mut |p: &str| {
                asked.push(p.to_string());
                answers.next().ok_or_else(|| Error::Other("no more answers".into()))
            },
            &mut |m: &str| said.push(m.to_string()),
            "Password for the new keystores: ",
            min_chars,
        );
        (result, asked, said)
    }

    #[test]
    fn a_too_short_password_is_asked_again() {
        let (result, asked, said) = run(&["short", "long enough", "long enough"], 8);
        assert_eq!(result.expect("accepted").expose(), "long enough");
        assert_eq!(asked, ["Password for the new keystores: ", "Password for the new keystores: ", "Repeat it: "]);
        assert_eq!(said, ["a keystore password needs at least 8 characters; try again"]);
    }

    #[test]
    fn an_empty_passphrase_is_asked_again_and_three_bad_ones_give_up() {
        let (result, _, said) = run(&["", "fine", "fine"], 1);
        assert_eq!(result.expect("accepted").expose(), "fine");
        assert_eq!(said, ["the passphrase is empty; choose a non-empty one; try again"]);
        let (result, asked, said) = run(&["a", "b", "c", "never asked"], 8);
        assert_eq!(result.expect_err("gave up").to_string(), "a keystore password needs at least 8 characters");
        assert_eq!((asked.len(), said.len()), (3, 2));
    }

    #[test]
    fn a_repeat_that_differs_is_refused() {
        let (result, _, _) = run(&["long enough", "long enougH"], 8);
        assert!(matches!(result, Err(Error::PassphraseMismatch)));
    }
}
