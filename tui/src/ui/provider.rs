//! The Provider tab: collateral, the reputation score part by part, nodes with sidecar health and uptime
//! history, and the provider's pools; for other accounts, every provider.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Cell, Gauge, Paragraph, Row, Sparkline, Table, TableState},
};

use stkr_core::{codes::NodeHealth, pool::VALIDATOR_ETH};

use super::{Theme, bar, percent, row, visible};
use crate::{
    app::App,
    data::{Provider, Snapshot, as_tokens, fmt_amount, short_address},
};

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    match s.my_provider() {
        Some(me) => draw_own(frame, area, app, s, me, theme),
        None => draw_all(frame, area, s, theme),
    }
}

fn draw_all(frame: &mut Frame, area: Rect, s: &Snapshot, theme: Theme) {
    let [note, table] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            " This account is not a provider (stkr provider register). Every provider:",
            theme.dim(),
        )),
        note,
    );
    let header = Row::new(["BRAND", "STATUS", "TRUST", "COLLATERAL", "SCORE", "NODES", "UPTIME"]).style(theme.accent());
    let rows: Vec<Row> = s
        .providers
        .iter()
        .map(|p| {
            Row::new(vec![
                Cell::from(p.brand.clone()),
                Cell::from(p.status.name()),
                Cell::from(p.trust.name()),
                Cell::from(fmt_amount(p.collateral)),
                Cell::from(percent(p.score.total)),
                Cell::from(format!("{}/{}", p.active_nodes, p.max_nodes)),
                Cell::from(percent(u64::from(p.uptime_bps))),
            ])
        })
        .collect();
    let widths = [
        Constraint::Length(18),
        Constraint::Length(9),
        Constraint::Length(12),
        Constraint::Length(11),
        Constraint::Length(7),
        Constraint::Length(5),
        Constraint::Length(7),
    ];
    frame.render_widget(Table::new(rows, widths).header(header).block(theme.block("Providers")), table);
}

fn draw_own(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, me: &Provider, theme: Theme) {
    let daemon_height = if s.daemon.is_some() { 7 } else { 0 };
    let [top, nodes, daemon, bottom] = Layout::vertical([
        Constraint::Length(8),
        Constraint::Min(5),
        Constraint::Length(daemon_height),
        Constraint::Length(5),
    ])
    .areas(area);
    if let Some(report) = &s.daemon {
        draw_daemon(frame, daemon, report, theme);
    }
    let [record, score] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    draw_record(frame, record, me, theme);
    draw_score(frame, score, me, theme);
    draw_nodes(frame, nodes, app, s, theme);
    let [uptime, pools] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    draw_uptime(frame, uptime, app, s, theme);
    draw_pools(frame, pools, s, theme);
}

/// The provider daemon's state, as `stkr provider status` shows it: running or not, the next deadline, what
/// it waits for, each pool and project it works on, and what it sent last.
fn draw_daemon(frame: &mut Frame, area: Rect, report: &stkr_providerd::commands::StatusReport, theme: Theme) {
    let status = &report.status;
    let title = if report.running { "Provider daemon: running" } else { "Provider daemon: not running" };
    let mut lines = Vec::new();
    if let Some(deadline) = &status.next_deadline {
        lines.push(Line::from(vec![
            Span::styled("next ", theme.dim()),
            Span::raw(format!("{}: {}", deadline.utc, deadline.what)),
        ]));
    }
    for sentence in &status.waiting {
        lines.push(Line::from(vec![Span::styled("waits ", theme.dim()), Span::raw(sentence.clone())]));
    }
    let pools: Vec<String> = status.pools.iter().map(|p| format!("#{} {}", p.pool_id, stage_name(&p.stage))).collect();
    let projects: Vec<String> =
        status.projects.iter().map(|p| format!("#{} {}", p.project_id, stage_name(&p.stage))).collect();
    if !pools.is_empty() || !projects.is_empty() {
        lines.push(Line::from(vec![
            Span::styled("pools ", theme.dim()),
            Span::raw(if pools.is_empty() { "none".to_string() } else { pools.join(", ") }),
            Span::styled("  projects ", theme.dim()),
            Span::raw(if projects.is_empty() { "none".to_string() } else { projects.join(", ") }),
        ]));
    }
    if let Some(action) = status.recent.last() {
        lines.push(Line::from(vec![Span::styled("sent ", theme.dim()), Span::raw(action.what.clone())]));
    }
    if lines.is_empty() {
        lines.push(Line::from("nothing to do yet"));
    }
    frame.render_widget(Paragraph::new(lines).block(theme.block(title)), area);
}

/// A journal stage as the JSON names it (`exit_requested`), words for people.
fn stage_name(stage: &impl serde::Serialize) -> String {
    serde_json::to_value(stage).ok().and_then(|v| v.as_str().map(|s| s.replace('_', " "))).unwrap_or_default()
}

/// The provider's record, and how much of its collateral its commitments lock.
fn draw_record(frame: &mut Frame, record: Rect, me: &Provider, theme: Theme) {
    let [lines, gauge] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(theme.block("").inner(record));
    frame.render_widget(theme.block(&format!("{} ({})", me.brand, me.status)), record);
    frame.render_widget(
        Paragraph::new(vec![
            row(theme, "trust", me.trust.to_string()),
            row(
                theme,
                "collateral",
                format!("{} ANKR ({} req.)", fmt_amount(me.collateral), fmt_amount(me.required_collateral)),
            ),
            row(theme, "price", format!("{} ANKR per node", fmt_amount(me.price))),
            row(theme, "nodes", format!("{}/{} running · {} failures", me.active_nodes, me.max_nodes, me.failures)),
            row(theme, "uptime", percent(u64::from(me.uptime_bps))),
        ]),
        lines,
    );
    // How much of the collateral its commitments lock.
    let locked = if me.collateral.is_zero() {
        0.0
    } else {
        (as_tokens(me.required_collateral) / as_tokens(me.collateral)).min(1.0)
    };
    let style = if me.collateral < me.required_collateral { theme.bad() } else { theme.chart() };
    frame.render_widget(
        Gauge::default()
            .ratio(locked)
            .gauge_style(style)
            .label(format!("{:.0} % of collateral locked", locked * 100.0)),
        gauge,
    );
}

/// The reputation score and each of its parts.
fn draw_score(frame: &mut Frame, score: Rect, me: &Provider, theme: Theme) {
    // The score and each part run from 0 to 10,000 basis points; the score weighs the parts.
    let parts = [
        ("stake", me.score.stake),
        ("bid record", me.score.bid),
        ("running time", me.score.running_time),
        ("uptime", me.score.uptime),
    ];
    let width = (score.width as usize).saturating_sub(30).clamp(4, 60);
    let line = |label: &str, value: u64, style| {
        Line::from(vec![
            Span::styled(format!("{label:<13}"), theme.dim()),
            Span::styled(bar(value as f64 / 10_000.0, width), style),
            Span::raw(format!(" {}", percent(value))),
        ])
    };
    let mut score_lines = vec![line("score", me.score.total, theme.accent())];
    for (label, value) in parts {
        score_lines.push(line(label, value, theme.chart()));
    }
    frame.render_widget(Paragraph::new(score_lines).block(theme.block("Reputation score")), score);
}

/// The account's nodes with their sidecars' health.
fn draw_nodes(frame: &mut Frame, nodes: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let my_nodes = s.my_nodes();
    let header = Row::new(["NODE", "SIDECAR", "STATUS", "HEALTH", "UPTIME", "AUDITS", "PERIOD", "STAKED ON IT"])
        .style(theme.accent());
    let shown = visible(my_nodes.len(), app.selected.node, nodes.height);
    let first = shown.start;
    let rows: Vec<Row> = my_nodes[shown]
        .iter()
        .map(|n| {
            let health = match n.health {
                NodeHealth::Healthy => theme.good(),
                NodeHealth::Syncing => theme.warn(),
                _ => theme.bad(),
            };
            Row::new(vec![
                Cell::from(n.id.to_string()),
                Cell::from(short_address(n.sidecar)),
                Cell::from(n.status.name()),
                Cell::from(Span::styled(n.health.name(), health)),
                Cell::from(percent(n.uptime_bps)),
                Cell::from(format!("{}/{}", n.audits.0, n.audits.1)),
                // The registry records u32::MAX until a node's first report.
                Cell::from(if n.last_report_period == u32::MAX {
                    "-".into()
                } else {
                    n.last_report_period.to_string()
                }),
                Cell::from(format!("{} ANKR", fmt_amount(n.sidecar_stake))),
            ])
        })
        .collect();
    let widths = [
        Constraint::Length(4),
        Constraint::Length(13),
        Constraint::Length(8),
        Constraint::Length(9),
        Constraint::Length(7),
        Constraint::Length(7),
        Constraint::Length(6),
        Constraint::Min(10),
    ];
    let mut state = TableState::default().with_selected((!rows.is_empty()).then_some(app.selected.node - first));
    let title = format!("Nodes ({})", my_nodes.len());
    let table =
        Table::new(rows, widths).header(header).block(theme.block(&title)).row_highlight_style(theme.selected());
    frame.render_stateful_widget(table, nodes, &mut state);
}

/// The selected node's uptime, one bar per block.
fn draw_uptime(frame: &mut Frame, uptime: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let selected = s.my_nodes().get(app.selected.node).copied();
    let history: Vec<u64> =
        selected.and_then(|n| app.history.uptime.get(&n.id)).map(|h| h.iter().copied().collect()).unwrap_or_default();
    // Uptime lives near 100 %: draw from the lowest whole ten percent seen, so that changes show.
    let floor = history.iter().min().map(|low| low / 1_000 * 1_000).unwrap_or(0).min(9_000);
    let bars: Vec<u64> = history.iter().map(|v| v.saturating_sub(floor)).collect();
    let title = match selected {
        Some(n) => format!("Node {} uptime {}-100 %, per block", n.id, floor / 100),
        None => "Uptime history".into(),
    };
    frame.render_widget(
        Sparkline::default().data(&bars).max(10_000 - floor).style(theme.chart()).block(theme.block(&title)),
        uptime,
    );
}

/// The pools the provider opened.
fn draw_pools(frame: &mut Frame, pools: Rect, s: &Snapshot, theme: Theme) {
    let pool_lines: Vec<Line> = s
        .my_pools()
        .iter()
        .map(|p| {
            let (pool, full) = (&p.state, fmt_amount(VALIDATOR_ETH));
            Line::from(format!("#{} {} {} of {full} ETH", pool.id, pool.status.name(), fmt_amount(pool.total_staked)))
        })
        .collect();
    let pool_lines = if pool_lines.is_empty() { vec![Line::from("no pools opened")] } else { pool_lines };
    frame.render_widget(Paragraph::new(pool_lines).block(theme.block("Your pools")), pools);
}
