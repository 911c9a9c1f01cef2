//! The Staking tab: pools with their fill, the account's aETH and stakes, ANKR on sidecars, and its
//! claimable rewards over time.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    symbols::Marker,
    text::{Line, Span},
    widgets::{Axis, Cell, Chart, Dataset, Gauge, GraphType, Paragraph, Row, Table, TableState},
};
use stkr_core::{codes::PoolStatus, pool::VALIDATOR_ETH, time::countdown};

use super::{Theme, bar, visible};
use crate::{
    app::{App, StakingList},
    data::{Snapshot, fmt_amount},
};

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let [pools, gauge, bottom] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(3), Constraint::Length(8)]).areas(area);
    draw_pools(frame, pools, app, s, theme);
    draw_gauge(frame, gauge, app, s, theme);
    let [sidecars, chart] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    draw_sidecars(frame, sidecars, app, s, theme);
    draw_rewards(frame, chart, app, s, theme);
}

fn focused_title(app: &App, list: StakingList, title: String) -> String {
    if app.staking_list == list { format!("▶ {title}") } else { title }
}

fn draw_pools(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let wide = area.width >= 120;
    let mut header = vec!["POOL", "PROVIDER", "STATUS", "FILL", "STAKED", "YOURS", "CLAIM", "ENDS"];
    if !wide {
        header.truncate(7);
    }
    // The fill bar takes whatever the fixed columns leave.
    let fixed: u16 = 4 + 16 + 9 + 9 + 7 + 7 + if wide { 14 } else { 0 } + header.len() as u16 + 2;
    let fill_width = area.width.saturating_sub(fixed).clamp(8, 40) as usize;
    let shown = visible(s.pools.len(), app.selected.pool, area.height);
    let first = shown.start;
    let rows: Vec<Row> = s.pools[shown]
        .iter()
        .map(|p| {
            let status = match p.state.status {
                PoolStatus::Pending => theme.warn(),
                PoolStatus::Active => theme.good(),
                _ => theme.dim(),
            };
            let (yours, claim) = match &p.mine {
                Some(m) => (fmt_amount(m.principal), fmt_amount(m.claimable)),
                None => ("-".into(), "-".into()),
            };
            let mut cells = vec![
                Cell::from(p.state.id.to_string()),
                Cell::from(s.brand_of(p.state.provider)),
                Cell::from(Span::styled(p.state.status.name(), status)),
                Cell::from(Span::styled(bar(p.fill(), fill_width), theme.chart())),
                Cell::from(format!("{}/{}", fmt_amount(p.state.total_staked), fmt_amount(VALIDATOR_ETH))),
                Cell::from(yours),
                Cell::from(claim),
            ];
            if wide {
                cells.push(Cell::from(countdown(p.state.end_time, s.time)));
            }
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Length(16),
        Constraint::Length(9),
        Constraint::Length(fill_width as u16),
        Constraint::Length(9),
        Constraint::Length(7),
        Constraint::Length(7),
    ];
    if wide {
        widths.push(Constraint::Length(14));
    }
    let aeth = s.me.as_ref().map(|m| format!(" · your aETH {}", fmt_amount(m.aeth))).unwrap_or_default();
    let title = focused_title(app, StakingList::Pools, format!("Micro-pools ({}){aeth}", s.pools.len()));
    let mut state = TableState::default().with_selected((!rows.is_empty()).then_some(app.selected.pool - first));
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.accent()))
        .block(theme.block(&title))
        .row_highlight_style(theme.selected());
    frame.render_stateful_widget(table, area, &mut state);
}

fn draw_gauge(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let Some(pool) = s.pools.get(app.selected.pool) else {
        frame.render_widget(Paragraph::new("No pools yet.").block(theme.block("Fill")), area);
        return;
    };
    let (fill, pool) = (pool.fill(), &pool.state);
    let label = format!(
        "{} of {} ETH · {} ETH of room · fee {} ANKR/ETH",
        fmt_amount(pool.total_staked),
        fmt_amount(VALIDATOR_ETH),
        fmt_amount(pool.room()),
        fmt_amount(pool.fee_per_eth())
    );
    let title = format!("Pool {} fill ({}, ends {})", pool.id, pool.status.name(), countdown(pool.end_time, s.time));
    frame.render_widget(
        Gauge::default().block(theme.block(&title)).gauge_style(theme.chart()).ratio(fill).label(label),
        area,
    );
}

fn draw_sidecars(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let shown = visible(s.nodes.len(), app.selected.sidecar, area.height);
    let first = shown.start;
    let rows: Vec<Row> = s.nodes[shown]
        .iter()
        .map(|n| {
            Row::new(vec![
                Cell::from(n.id.to_string()),
                Cell::from(s.brand_of(n.provider)),
                Cell::from(fmt_amount(n.sidecar_stake)),
                Cell::from(if n.my_stake.is_zero() { "-".into() } else { fmt_amount(n.my_stake) }),
            ])
        })
        .collect();
    let widths = [Constraint::Length(4), Constraint::Length(16), Constraint::Length(9), Constraint::Length(8)];
    let title = focused_title(app, StakingList::Sidecars, "ANKR on sidecars".into());
    let selected =
        (app.staking_list == StakingList::Sidecars && !rows.is_empty()).then_some(app.selected.sidecar - first);
    let mut state = TableState::default().with_selected(selected);
    let table = Table::new(rows, widths)
        .header(Row::new(["NODE", "PROVIDER", "STAKED", "YOURS"]).style(theme.accent()))
        .block(theme.block(&title))
        .row_highlight_style(theme.selected());
    frame.render_stateful_widget(table, area, &mut state);
}

fn draw_rewards(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let Some(me) = &s.me else {
        frame.render_widget(Paragraph::new("No account followed.").block(theme.block("Claimable rewards")), area);
        return;
    };
    let title = format!(
        "Claimable: {} ETH · {} ANKR (c)",
        fmt_amount(me.claimable_eth(&s.pools)),
        fmt_amount(me.claimable_ankr())
    );
    let from_pools =
        s.pools.iter().filter_map(|p| p.mine.as_ref()).fold(alloy::primitives::U256::ZERO, |a, m| a + m.claimable);
    // Earned so far: what the history shows claimed, plus what is claimable at each block.
    let points = app.history.earned_eth();
    if points.len() < 2 {
        let lines = vec![
            Line::from(format!("pools      {} ETH", fmt_amount(from_pools))),
            Line::from(format!(
                "rewards    {} ETH + {} ANKR",
                fmt_amount(me.staker_rewards.0),
                fmt_amount(me.staker_rewards.1)
            )),
            Line::from(format!(
                "sidecars   {} ETH + {} ANKR",
                fmt_amount(me.sidecar_rewards.0),
                fmt_amount(me.sidecar_rewards.1)
            )),
            Line::from(Span::styled(
                format!(
                    "  vesting  {} ETH + {} ANKR until their nodes finish",
                    fmt_amount(me.sidecar_vesting.0),
                    fmt_amount(me.sidecar_vesting.1)
                ),
                theme.dim(),
            )),
            Line::from(format!(
                "governance {} ETH + {} ANKR",
                fmt_amount(me.governance_rewards.0),
                fmt_amount(me.governance_rewards.1)
            )),
            Line::from(Span::styled("(the chart grows with each block)", theme.dim())),
        ];
        frame.render_widget(Paragraph::new(lines).block(theme.block(&title)), area);
        return;
    }
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let top = points.iter().map(|p| p.1).fold(0.0f64, f64::max).max(1e-9) * 1.1;
    let dataset =
        Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).style(theme.chart()).data(&points);
    let chart = Chart::new(vec![dataset])
        .block(theme.block(&title))
        .x_axis(
            Axis::default()
                .bounds([first, last.max(first + 1.0)])
                .labels([format!("{first}"), format!("{last}")])
                .style(theme.dim()),
        )
        .y_axis(Axis::default().bounds([0.0, top]).labels(["0".to_string(), format!("{top:.3}")]).style(theme.dim()));
    frame.render_widget(chart, area);
}
