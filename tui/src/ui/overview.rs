//! The Overview tab: the account across roles, the network and block, alerts.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{List, ListItem, Paragraph, Wrap},
};
use stkr_core::{
    codes::{NodeStatus, PoolStatus, ProjectStatus, ProviderStatus},
    pool::VALIDATOR_ETH,
    time::utc,
};

use super::{Theme, row};
use crate::{
    app::App,
    data::{Severity, Snapshot, fmt_amount, short_address},
};

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let [top, pools, alerts] =
        Layout::vertical([Constraint::Length(11), Constraint::Min(3), Constraint::Length(6)]).areas(area);
    let [account, network] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(top);
    // Narrow screens get short forms; chain, block and time are on the status line anyway.
    let narrow = area.width < 120;
    frame.render_widget(
        Paragraph::new(account_lines(s, narrow, theme)).wrap(Wrap { trim: true }).block(theme.block("Account")),
        account,
    );
    frame.render_widget(
        Paragraph::new(network_lines(app, s, narrow, theme)).wrap(Wrap { trim: true }).block(theme.block("Network")),
        network,
    );
    draw_pools(frame, pools, s, theme);
    draw_alerts(frame, alerts, s, theme);
}

/// The account across roles: wallet, provider, governance, stakes, bonds and claims.
fn account_lines(s: &Snapshot, narrow: bool, theme: Theme) -> Vec<Line<'static>> {
    match &s.me {
        None => vec![Line::from("No account: start with --account NAME (or --address ADDRESS to look at one).")],
        Some(me) => {
            let provider = match s.my_provider() {
                Some(p) if narrow => format!("{} ({})", p.brand, p.status),
                Some(p) => format!("{} ({}, {})", p.brand, p.status, p.trust),
                None => "no".into(),
            };
            let staked: Vec<String> = s
                .pools
                .iter()
                .filter_map(|p| p.mine.as_ref().filter(|m| !m.principal.is_zero()).map(|m| (p.state.id, m)))
                .map(|(id, m)| format!("#{id} {}", fmt_amount(m.principal)))
                .collect();
            vec![
                row(theme, "address", if narrow { short_address(me.address) } else { me.address.to_checksum(None) }),
                row(
                    theme,
                    "wallet",
                    format!("{} ETH · {} ANKR · {} aETH", fmt_amount(me.eth), fmt_amount(me.ankr), fmt_amount(me.aeth)),
                ),
                row(theme, "provider", provider),
                row(theme, "governance", format!("{} ({} ANKR)", me.governance_role, fmt_amount(me.governance_stake))),
                row(theme, "pool stakes", if staked.is_empty() { "none".into() } else { staked.join(", ") + " ETH" }),
                row(
                    theme,
                    "ANKR staked",
                    format!("{} sidecars · {} rewards", fmt_amount(me.sidecar_stake), fmt_amount(me.reward_stake)),
                ),
                row(
                    theme,
                    "bid bonds",
                    format!("{} free · {} locked", fmt_amount(me.bond_free), fmt_amount(me.bond_locked)),
                ),
                row(
                    theme,
                    "claimable",
                    format!(
                        "{} ETH · {} ANKR",
                        fmt_amount(me.claimable_eth(&s.pools)),
                        fmt_amount(me.claimable_ankr())
                    ),
                ),
            ]
        }
    }
}

/// The endpoint, the chain and how many of each thing it holds.
fn network_lines(app: &App, s: &Snapshot, narrow: bool, theme: Theme) -> Vec<Line<'static>> {
    let count = |status: PoolStatus| s.pools.iter().filter(|p| p.state.status == status).count();
    let qualified = s.providers.iter().filter(|p| p.status == ProviderStatus::Qualified).count();
    let active_nodes = s.nodes.iter().filter(|n| n.status == NodeStatus::Active).count();
    let bidding = s.projects.iter().filter(|p| p.status == ProjectStatus::Bidding).count();
    let (governors, open) = match &s.governance {
        Some(g) => (g.governors.len(), g.proposals.iter().filter(|p| p.state(s.time).is_live()).count()),
        None => (0, 0),
    };
    let mut network_lines = vec![row(theme, "endpoint", app.rpc_url.clone())];
    if !narrow {
        network_lines.extend([
            row(theme, "chain", s.chain_id.to_string()),
            row(theme, "block", s.block.to_string()),
            row(theme, "time", utc(s.time)),
        ]);
    }
    let pending = count(PoolStatus::Pending);
    let active = count(PoolStatus::Active);
    network_lines.extend([
        row(theme, "pools", format!("{pending} pending · {active} active of {}", s.pools.len())),
        row(theme, "providers", format!("{qualified} qualified of {}", s.providers.len())),
        row(theme, "nodes", format!("{active_nodes} active of {}", s.nodes.len())),
        row(theme, "projects", format!("{bidding} in auction of {}", s.projects.len())),
        row(theme, "governors", format!("{governors} · {open} open proposals")),
    ]);
    network_lines
}

/// What needs the account's attention, most urgent first.
fn draw_alerts(frame: &mut Frame, alerts: Rect, s: &Snapshot, theme: Theme) {
    let alerts_list = s.alerts();
    let items: Vec<ListItem> = if alerts_list.is_empty() {
        vec![ListItem::new(Span::styled("Nothing needs you right now.", theme.good()))]
    } else {
        alerts_list
            .iter()
            .map(|a| {
                let (mark, style) = match a.severity {
                    Severity::Warning => ("! ", theme.bad()),
                    Severity::Action => ("» ", theme.warn()),
                    Severity::Info => ("· ", theme.good()),
                };
                ListItem::new(Line::from(vec![Span::styled(mark, style), Span::raw(a.text.clone())]))
            })
            .collect()
    };
    let title = match &s.me {
        Some(me) => format!("Alerts for {}", short_address(me.address)),
        None => "Alerts".into(),
    };
    frame.render_widget(List::new(items).block(theme.block(&title)), alerts);
}

/// The pools the account stakes in or opened, each with its fill.
fn draw_pools(frame: &mut Frame, area: Rect, s: &Snapshot, theme: Theme) {
    let Some(me) = &s.me else {
        frame.render_widget(Paragraph::new("").block(theme.block("Your pools")), area);
        return;
    };
    let width = (area.width as usize).saturating_sub(60).clamp(8, 48);
    let lines: Vec<Line> = s
        .pools
        .iter()
        .filter(|p| p.state.provider == me.address || p.mine.is_some())
        .take(usize::from(area.height.saturating_sub(2)))
        .map(|p| {
            let role = if p.state.provider == me.address { "opened" } else { "staked" };
            let yours =
                p.mine.as_ref().map(|m| format!(" · yours {} ETH", fmt_amount(m.principal))).unwrap_or_default();
            Line::from(vec![
                Span::raw(format!("#{:<4} {:<9} {role:<7} ", p.state.id, p.state.status.name())),
                Span::styled(super::bar(p.fill(), width), theme.chart()),
                Span::raw(format!(" {}/{} ETH{yours}", fmt_amount(p.state.total_staked), fmt_amount(VALIDATOR_ETH))),
            ])
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::from(Span::styled(
            "No pool stakes yet: the Staking tab (3) lists pools open for stakes.",
            theme.dim(),
        ))]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(lines).block(theme.block("Your pools")), area);
}
