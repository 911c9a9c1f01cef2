//! The Marketplace tab: projects, their auctions with phase and countdown, and the prices quotes use.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Cell, Gauge, Paragraph, Row, Table, TableState},
};
use stkr_core::{
    market::Standing,
    time::{countdown, utc},
};

use super::{Theme, row};
use crate::{
    app::App,
    data::{Phase, Project, Snapshot, fmt_amount, short_address},
};

/// The parameters a quote multiplies by the resources and days asked.
const QUOTE_PARAMS: [(&str, &str); 5] = [
    ("cpu-price-per-core-day", "core/day"),
    ("ram-price-per-gb-day", "RAM GB/day"),
    ("storage-price-per-gb-day", "disk GB/day"),
    ("bandwidth-price-per-mbps-day", "Mbps/day"),
    ("expected-profit-bps", "profit X"),
];

fn needs(p: &Project) -> String {
    let [cpu, ram, storage, bandwidth] = p.resources;
    format!("{cpu}c {ram}G {storage}G {bandwidth}M")
}

fn your_bid(p: &Project) -> &'static str {
    match (p.my_commitment, p.my_revealed) {
        (_, true) => "revealed",
        (true, false) => "sealed",
        _ => "-",
    }
}

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let [projects, bottom] = Layout::vertical([Constraint::Min(6), Constraint::Length(9)]).areas(area);
    let wide = area.width >= 120;
    let mut header = vec!["ID", "PHASE", "UNTIL", "CEILING", "NEEDS", "DAYS", "YOUR BID"];
    if wide {
        header.extend(["REQUESTER", "PROVIDER", "PRICE"]);
    }
    let rows: Vec<Row> = s
        .projects
        .iter()
        .map(|p| {
            let phase = p.phase(s.time);
            let style = match phase {
                Phase::Commit | Phase::Reveal => theme.warn(),
                Phase::Running => theme.good(),
                _ => theme.dim(),
            };
            let until = p.deadline(s.time).map(|d| countdown(d, s.time)).unwrap_or_else(|| "-".into());
            let mut cells = vec![
                Cell::from(p.id.to_string()),
                Cell::from(Span::styled(phase.name(), style)),
                Cell::from(until),
                Cell::from(fmt_amount(p.fixed_price)),
                Cell::from(needs(p)),
                Cell::from(p.duration_days.to_string()),
                Cell::from(your_bid(p)),
            ];
            if wide {
                let assigned = !p.provider.is_zero();
                cells.push(Cell::from(short_address(p.requester)));
                cells.push(Cell::from(if assigned { s.brand_of(p.provider) } else { "-".into() }));
                cells.push(Cell::from(if assigned { fmt_amount(p.price) } else { "-".into() }));
            }
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Length(8),
        Constraint::Length(12),
        Constraint::Length(9),
        Constraint::Length(17),
        Constraint::Length(4),
        Constraint::Length(8),
    ];
    if wide {
        widths.extend([Constraint::Length(13), Constraint::Length(16), Constraint::Length(9)]);
    }
    let mut state = TableState::default().with_selected((!rows.is_empty()).then_some(app.selected.project));
    let title = format!("Projects ({} newest)", s.projects.len());
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.accent()))
        .block(theme.block(&title))
        .row_highlight_style(theme.selected());
    frame.render_stateful_widget(table, projects, &mut state);

    let [auction, quotes] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(bottom);
    draw_auction(frame, auction, app, s, theme);

    let lines: Vec<Line> = QUOTE_PARAMS
        .iter()
        .map(|(name, label)| {
            let value = s.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_else(|| "?".into());
            row(theme, label, value)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(theme.block("Quote prices")), quotes);
}

/// The revealed bids as the auction rule ranks them: who wins, who is drawn, who is in line.
fn revealed_bids(p: &Project) -> String {
    let Some((lowest, standing)) = p.bids.first() else { return "none yet".into() };
    let drawn = p.bids.iter().filter(|(_, s)| *s == Standing::InDraw).count();
    let in_line = p.bids.iter().filter(|(_, s)| *s == Standing::NextInLine).count();
    let lead = match standing {
        Standing::InDraw => format!("{drawn} within the band of {} ANKR: drawn by reputation", fmt_amount(*lowest)),
        _ => format!("lowest {} ANKR wins", fmt_amount(*lowest)),
    };
    if in_line == 0 { lead } else { format!("{lead} · {in_line} next in line") }
}

fn draw_auction(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let Some(p) = app.selected_project() else {
        frame.render_widget(Paragraph::new("No projects yet.").block(theme.block("Auction")), area);
        return;
    };
    let phase = p.phase(s.time);
    let block = theme.block("Auction");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [lines, gauge] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    let deadline = p.deadline(s.time);
    let until = match deadline {
        Some(at) => format!("{} ({})", utc(at), countdown(at, s.time)),
        None => "-".into(),
    };
    frame.render_widget(
        Paragraph::new(vec![
            row(theme, "project", format!("{} by {}", p.id, short_address(p.requester))),
            row(theme, "phase", format!("{} until {until}", phase.name())),
            row(theme, "commit ends", utc(p.commit_end)),
            row(theme, "reveal ends", utc(p.reveal_end)),
            row(theme, "ceiling", format!("{} ANKR · bond {} ANKR", fmt_amount(p.fixed_price), fmt_amount(p.bid_bond))),
            row(theme, "your bid", your_bid(p).to_string()),
            row(theme, "revealed", revealed_bids(p)),
        ]),
        lines,
    );
    if deadline.is_some() {
        let left = deadline.map(|d| countdown(d, s.time)).unwrap_or_default();
        frame.render_widget(
            Gauge::default()
                .ratio(p.phase_progress(s.time))
                .gauge_style(theme.warn())
                .label(format!("{} phase: {left}", phase.name())),
            gauge,
        );
    }
}
