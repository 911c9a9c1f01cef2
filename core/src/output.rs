//! The only place stkr writes to the terminal: results on stdout (human text or one JSON document),
//! everything else (progress, prompts, warnings) on stderr, colour only when wanted.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::{Error, Result};

/// A command result that can be shown to a person as well as serialised for `--json`.
pub trait Render: Serialize {
    /// The human-readable form, without a trailing newline.
    fn render(&self, style: &Style) -> String;
}

/// Terminal styling that turns itself off for `NO_COLOR`, `--json` and non-terminals.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    /// Styling for stdout given the user's wishes.
    pub fn detect(json: bool) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { color: !json && !no_color && std::io::stdout().is_terminal() }
    }

    /// No styling at all.
    pub fn plain() -> Self {
        Self { color: false }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }

    /// Bold text, for headings.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Dim text, for labels.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Green text, for good news.
    pub fn good(&self, text: &str) -> String {
        self.paint("32", text)
    }

    /// Yellow text, for warnings.
    pub fn warn(&self, text: &str) -> String {
        self.paint("33", text)
    }
}

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

/// Lay out `label: value` rows with aligned values.
pub fn rows(style: &Style, rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0);
    rows.iter()
        .map(|(label, value)| format!("{}  {value}", style.dim(&format!("{label:<width$}"))))
        .collect::<Vec<_>>()
        .join("\n")
}
