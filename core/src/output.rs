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
