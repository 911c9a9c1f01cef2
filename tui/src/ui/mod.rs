//! Drawing: a pure function of the [`App`] state onto a frame, one module per tab plus the overlays.

mod dialog;
mod governance;
mod marketplace;
mod overview;
mod provider;
mod staking;

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    style::{Color, Modifier, Style},
    text::{Line, Span},
    widgets::{Block, Borders, Paragraph},
};
use stkr_core::time::utc;

use crate::app::{App, Connection, Tab, tab_label};

/// Colours and emphasis, reduced to modifiers under `NO_COLOR`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Theme {
    color: bool,
}

impl Theme {
    fn paint(&self, color: Color) -> Style {
        if self.color { Style::default().fg(color) } else { Style::default() }
    }

    /// Titles and the selected tab.
    pub(crate) fn accent(&self) -> Style {
        self.paint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Good news.
    pub(crate) fn good(&self) -> Style {
        self.paint(Color::Green)
    }

    /// Needs attention.
    pub(crate) fn warn(&self) -> Style {
        self.paint(Color::Yellow)
    }

    /// Something is wrong.
    pub(crate) fn bad(&self) -> Style {
        self.paint(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Labels.
    pub(crate) fn dim(&self) -> Style {
        if self.color { Style::default().fg(Color::DarkGray) } else { Style::default() }
    }

    /// The selected row.
    pub(crate) fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    /// Gauges and charts.
    pub(crate) fn chart(&self) -> Style {
        self.paint(Color::Cyan)
    }

    /// A bordered block with a title.
    pub(crate) fn block<'a>(&self, title: &'a str) -> Block<'a> {
        Block::default().borders(Borders::ALL).title(Span::styled(format!(" {title} "), self.accent()))
    }
}

/// Draw the whole dashboard. Takes the state by shared reference: drawing never changes it.
pub fn draw(frame: &mut Frame, app: &App) {
    let theme = Theme { color: app.color };
    let [tabs, status, body, footer] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(0), Constraint::Length(1)])
            .areas(frame.area());
    draw_tabs(frame, tabs, app, theme);
    draw_status(frame, status, app, theme);
    match &app.snapshot {
        None => {
            let text = match &app.connection {
                Connection::Lost { reason } => format!("No data yet: {reason}"),
                _ => format!("Reading the protocol from {} …", app.rpc_url),
            };
            frame.render_widget(Paragraph::new(text).block(theme.block(app.tab.title())), body);
        }
        Some(snapshot) => match app.tab {
            Tab::Overview => overview::draw(frame, body, app, snapshot, theme),
            Tab::Provider => provider::draw(frame, body, app, snapshot, theme),
            Tab::Staking => staking::draw(frame, body, app, snapshot, theme),
            Tab::Marketplace => marketplace::draw(frame, body, app, snapshot, theme),
            Tab::Governance => governance::draw(frame, body, app, snapshot, theme),
        },
    }
    draw_footer(frame, footer, app, theme);
    if app.help {
        dialog::draw_help(frame, frame.area(), theme);
    }
    if let Some(d) = &app.dialog {
        dialog::draw(frame, frame.area(), d, app.ticks, theme);
    }
}

fn draw_tabs(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let mut spans = Vec::new();
    for (i, tab) in Tab::ALL.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("│", theme.dim()));
        }
        let label = format!(" {} ", tab_label(i, *tab));
        if *tab == app.tab {
            spans.push(Span::styled(label, theme.accent().add_modifier(Modifier::REVERSED)));
        } else {
            spans.push(Span::raw(label));
        }
    }
    let right = " stkr dashboard ";
    let left_width: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let pad = (area.width as usize).saturating_sub(left_width + right.len());
    if pad > 0 {
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(right, theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let line = match (&app.connection, &app.notice, &app.snapshot) {
        (Connection::Lost { reason }, _, _) => Line::from(Span::styled(
            format!(" ✗ connection lost: {reason} — retrying; the data below may be stale "),
            theme.bad().add_modifier(Modifier::REVERSED),
        )),
        (_, Some(notice), _) => Line::from(Span::styled(format!(" {notice}"), theme.warn())),
        (_, None, Some(s)) => {
            let who = match (&app.account_name, &s.me) {
                (Some(name), Some(me)) => format!("{name} {}", crate::data::short_address(me.address)),
                (None, Some(me)) => format!("{} (read-only)", crate::data::short_address(me.address)),
                _ => "no account (read-only)".into(),
            };
            Line::from(vec![
                Span::styled(" ● live ", theme.good()),
                Span::raw(format!("chain {} · block {} · {} · {who}", s.chain_id, s.block, utc(s.time))),
            ])
        }
        (_, None, None) => Line::from(Span::styled(" connecting …", theme.dim())),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let keys: &[(&str, &str)] = match app.tab {
        Tab::Overview => &[("c", "claim")],
        Tab::Provider => &[("↑↓", "node"), ("s", "stake on sidecar"), ("a", "add node"), ("c", "claim")],
        Tab::Staking => &[
            ("↑↓", "select"),
            ("f", "pools/sidecars"),
            ("s", "stake"),
            ("u", "unstake"),
            ("c", "claim"),
            ("e", "settle"),
            ("r", "redeem"),
        ],
        Tab::Marketplace => &[("↑↓", "project"), ("b", "bid"), ("r", "reveal")],
        Tab::Governance => &[("↑↓", "proposal"), ("y", "vote yes"), ("n", "vote no")],
    };
    let mut spans = vec![];
    for (key, what) in [("?", "help"), ("q", "quit"), ("←→", "tabs")].iter().chain(keys.iter()) {
        spans.push(Span::styled(format!(" {key}"), theme.accent()));
        spans.push(Span::raw(format!(" {what} ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A `label  value` line for detail panes.
pub(crate) fn row<'a>(theme: Theme, label: &'a str, value: String) -> Line<'a> {
    Line::from(vec![Span::styled(format!("{label:<12}"), theme.dim()), Span::raw(value)])
}

/// A centred rectangle of at most `width` × `height` inside `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}

/// A text progress bar of `width` cells for tables: `███▌    `.
pub(crate) fn bar(fraction: f64, width: usize) -> String {
    let eighths = (fraction.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let full = eighths / 8;
    let part = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8];
    let mut text = "█".repeat(full);
    text.push_str(part);
    let used = full + usize::from(!part.is_empty());
    text.push_str(&"·".repeat(width.saturating_sub(used)));
    text
}

/// The rows of a `len`-row table to build for a bordered table `height` rows tall with a header, keeping
/// `selected` in view: only what shows is built, so a frame costs the same for 5 pools or 5,000.
pub(crate) fn visible(len: usize, selected: usize, height: u16) -> std::ops::Range<usize> {
    let rows = usize::from(height.saturating_sub(3)).max(1);
    let start = (selected + 1).saturating_sub(rows).min(len.saturating_sub(rows));
    start..(start + rows).min(len)
}

/// Uptime in basis points as a percentage: `99.5 %`.
pub(crate) fn percent(bps: u64) -> String {
    format!("{:.1} %", bps as f64 / 100.0)
}
