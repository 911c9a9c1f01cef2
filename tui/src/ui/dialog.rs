//! The overlays: the help, forms, the confirmation of a simulated plan, progress and outcomes.

use ratatui::{
    Frame,
    layout::Rect,
    text::{Line, Span},
    widgets::{Clear, Paragraph, Wrap},
};

use super::{Theme, centered};
use crate::app::Dialog;

/// Spinner frames, one per tick.
const SPINNER: [&str; 8] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧"];

/// Every key, grouped.
pub(crate) const HELP: &[(&str, &str)] = &[
    ("1-5  ←/→  Tab", "switch tab (h/l too)"),
    ("↑/↓  j/k", "move the selection (Home/End, g/G)"),
    ("f", "Staking: switch between pools and sidecars"),
    ("s", "stake ETH in the pool, or ANKR on the sidecar"),
    ("u", "Staking: unstake your whole stake"),
    ("e", "Staking: settle the selected pool from its vault"),
    ("r", "Staking: redeem all your aETH for principal"),
    ("c", "claim everything claimable"),
    ("b  r", "Marketplace: seal a bid, reveal it"),
    ("y  n", "Governance: vote yes / no"),
    ("a", "Provider: register a node"),
    ("F5", "read again now (it refreshes every block)"),
    ("Enter  Esc", "submit / confirm, cancel / close"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

pub(super) fn draw_help(frame: &mut Frame, area: Rect, theme: Theme) {
    let area = centered(area, 66, HELP.len() as u16 + 4);
    let mut lines: Vec<Line> = HELP
        .iter()
        .map(|(keys, what)| Line::from(vec![Span::styled(format!("{keys:<16}"), theme.accent()), Span::raw(*what)]))
        .collect();
    lines.push(Line::from(Span::styled("Every transaction is simulated and shown before it is sent.", theme.dim())));
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(theme.block("Keys (? or Esc closes)")), area);
}

pub(super) fn draw(frame: &mut Frame, area: Rect, dialog: &Dialog, ticks: u64, theme: Theme) {
    let spinner = SPINNER[(ticks % SPINNER.len() as u64) as usize];
    let (title, lines): (&str, Vec<Line>) = match dialog {
        Dialog::Form(form) => {
            let mut lines = vec![Line::from(Span::styled(form.hint.clone(), theme.dim())), Line::from("")];
            for (i, field) in form.fields.iter().enumerate() {
                let focused = i == form.focus;
                let cursor = if focused { "▏" } else { "" };
                let style = if focused { theme.accent() } else { theme.dim() };
                lines.push(Line::from(vec![
                    Span::styled(format!("{:>16}: ", field.label), style),
                    Span::raw(format!("{}{cursor}", field.value)),
                ]));
            }
            lines.push(Line::from(""));
            if let Some(error) = &form.error {
                lines.push(Line::from(Span::styled(error.clone(), theme.bad())));
            }
            lines.push(Line::from(Span::styled("Enter simulates · Tab next field · Esc cancels", theme.dim())));
            (form.title.as_str(), lines)
        }
        Dialog::Simulating { title } => (title.as_str(), vec![Line::from(format!("{spinner} simulating …"))]),
        Dialog::Confirm { title, plan } => {
            let mut lines = vec![Line::from(plan.summary.clone()), Line::from("")];
            for (label, gas, value) in &plan.steps {
                let gas = match gas {
                    Some(gas) => format!("gas ~{gas}"),
                    None => "simulated after the step before".into(),
                };
                let value = if value == "0" { String::new() } else { format!(", value {value} ETH") };
                lines.push(Line::from(format!("• {label} ({gas}{value})")));
            }
            lines.push(Line::from(Span::styled(plan.fees.clone(), theme.dim())));
            lines.push(Line::from(""));
            lines.push(Line::from(vec![
                Span::styled("y", theme.accent()),
                Span::raw(" / Enter sends · "),
                Span::styled("n", theme.accent()),
                Span::raw(" / Esc cancels"),
            ]));
            (title.as_str(), lines)
        }
        Dialog::Sending { title, step } => (
            title.as_str(),
            vec![
                Line::from(format!("{spinner} {step}")),
                Line::from(Span::styled("waiting for the receipt …", theme.dim())),
            ],
        ),
        Dialog::Done { title, lines } => {
            let mut out: Vec<Line> = vec![Line::from(Span::styled("✓ done", theme.good()))];
            out.extend(lines.iter().map(|l| Line::from(l.clone())));
            out.push(Line::from(Span::styled("Enter or Esc closes", theme.dim())));
            (title.as_str(), out)
        }
        Dialog::Failed { title, reason } => (
            title.as_str(),
            vec![
                Line::from(Span::styled("✗ not sent", theme.bad())),
                Line::from(reason.clone()),
                Line::from(Span::styled("Enter or Esc closes", theme.dim())),
            ],
        ),
    };
    let width = 76.min(area.width);
    // Wrapped lines need more rows than there are lines.
    let inner = width.saturating_sub(2).max(1) as usize;
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
    let area = centered(area, width, rows as u16 + 2);
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(theme.block(title)), area);
}
