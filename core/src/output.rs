//! How results look: the [`Render`] trait every result implements for people (its JSON form comes from
//! serde), styling that turns itself off when unwanted, and aligned rows. Pure text: the front ends write
//! it (the CLI's terminal writer lives in `stkr-commands`).

use std::io::IsTerminal;

use serde::Serialize;

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

/// Lay out `label: value` rows with aligned values.
pub fn rows(style: &Style, rows: &[(&str, String)]) -> String {
    let width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0);
    rows.iter()
        .map(|(label, value)| format!("{}  {value}", style.dim(&format!("{label:<width$}"))))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a daemon's `install-service` wrote: the unit file, the user it runs as, and what
/// `systemd-analyze verify` said of it (None where it is not installed).
#[derive(Debug, Serialize)]
pub struct ServiceReport {
    /// The unit file written.
    pub unit_file: std::path::PathBuf,
    /// The user it runs as.
    pub user: String,
    /// Whether `systemd-analyze verify` passed it.
    pub verified: Option<bool>,
    /// What it said.
    pub verify_output: Option<String>,
}

impl ServiceReport {
    /// The report for `unit_file`, verified now.
    pub fn verify(
        unit_file: std::path::PathBuf,
        user: &str,
        verify: impl Fn(&std::path::Path) -> Option<(bool, Option<String>)>,
    ) -> Self {
        let (verified, verify_output) = match verify(&unit_file) {
            Some((passed, output)) => (Some(passed), output),
            None => (None, None),
        };
        Self { unit_file, user: user.to_string(), verified, verify_output }
    }
}

impl Render for ServiceReport {
    fn render(&self, style: &Style) -> String {
        let verified = match self.verified {
            Some(true) => style.good("systemd-analyze verify: no complaints"),
            Some(false) => style.warn(&format!(
                "systemd-analyze verify complained: {}",
                self.verify_output.as_deref().unwrap_or_default()
            )),
            None => "systemd-analyze is not installed here: not verified".into(),
        };
        let name = self.unit_file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!(
            "{}\n{verified}\nNext:\n  useradd --system --no-create-home {user}\n  chown -R {user}: <the state dir>\n  systemctl daemon-reload && systemctl enable --now {name}\n  journalctl -u {name} -f",
            style.good(&format!("wrote {}", self.unit_file.display())),
            user = self.user,
        )
    }
}
