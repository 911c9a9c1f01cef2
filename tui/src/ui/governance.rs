//! The Governance tab: governors and candidates with their votes, proposals with votes and deadlines,
//! and every parameter.

use ratatui::{
    Frame,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Cell, Paragraph, Row, Table, TableState},
};
use stkr_core::{
    codes::{GovernorRole, Vote},
    governance::ProposalState,
    membership::election_locked,
    time::countdown,
};

use super::Theme;
use crate::{
    app::App,
    data::{Governance, Member, Snapshot, fmt_amount, short_address},
};

pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, s: &Snapshot, theme: Theme) {
    let Some(g) = &s.governance else {
        frame.render_widget(
            Paragraph::new("This deployment has no Governance contract (deployed without --governor).")
                .block(theme.block("Governance")),
            area,
        );
        return;
    };
    let [members, proposals] = Layout::vertical([Constraint::Length(8), Constraint::Min(6)]).areas(area);
    let [people, params] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(members);
    draw_members(frame, people, s, g, theme);
    draw_params(frame, params, s, theme);
    draw_proposals(frame, proposals, app, s, g, theme);
}

/// The governors and candidates with their stakes and votes.
fn draw_members(frame: &mut Frame, people: Rect, s: &Snapshot, g: &Governance, theme: Theme) {
    // Narrow screens leave out the own stake: the votes it counts with matter more.
    let narrow = people.width < 60;
    let member_row = |m: &Member, role: GovernorRole| {
        let mut cells = vec![Cell::from(short_address(m.address)), Cell::from(role.name())];
        if !narrow {
            cells.push(Cell::from(fmt_amount(m.stake)));
        }
        cells.push(Cell::from(fmt_amount(m.weight)));
        cells.push(Cell::from(m.missed_in_row.to_string()));
        Row::new(cells)
    };
    let rows: Vec<Row> = g
        .governors
        .iter()
        .map(|m| member_row(m, GovernorRole::Governor))
        .chain(g.candidates.iter().map(|m| member_row(m, GovernorRole::Candidate)))
        .collect();
    // The lock matters most; the snapshot's countdown only where there is room for it.
    let lock = if election_locked(g.election_snapshot, s.time) {
        " · stakes locked".to_string()
    } else if !narrow && people.width >= 80 {
        format!(" · snapshot {}", countdown(g.election_snapshot, s.time))
    } else {
        String::new()
    };
    let title = format!("{} · election {}{lock}", g.phase, countdown(g.next_election, s.time));
    let (header, widths) = if narrow {
        (vec!["MEMBER", "ROLE", "VOTES", "MISSED"], vec![11, 9, 9, 6])
    } else {
        (vec!["MEMBER", "ROLE", "STAKE", "VOTES", "MISSED"], vec![13, 9, 9, 9, 6])
    };
    frame.render_widget(
        Table::new(rows, widths.into_iter().map(Constraint::Length))
            .header(Row::new(header).style(theme.accent()))
            .block(theme.block(&title)),
        people,
    );
}

/// Every parameter, in two columns when there is room for them.
fn draw_params(frame: &mut Frame, params: Rect, s: &Snapshot, theme: Theme) {
    // Two columns of parameters when there is room for them.
    let inner_rows = params.height.saturating_sub(2) as usize;
    let columns = if params.width >= 70 { 2 } else { 1 };
    let per_column = inner_rows.max(1);
    let shown = (per_column * columns).min(s.params.len());
    let name_width = 26usize.min((params.width as usize / columns).saturating_sub(14));
    let lines: Vec<Line> = (0..per_column.min(shown))
        .map(|r| {
            let mut spans = Vec::new();
            for c in 0..columns {
                if let Some((name, value)) = s.params.get(c * per_column + r) {
                    let name: String = name.chars().take(name_width).collect();
                    spans.push(Span::styled(format!("{name:<name_width$} "), theme.dim()));
                    spans.push(Span::raw(format!("{value:<13}")));
                }
            }
            Line::from(spans)
        })
        .collect();
    let title = format!("Parameters ({shown} of {})", s.params.len());
    frame.render_widget(Paragraph::new(lines).block(theme.block(&title)), params);
}

/// The newest proposals with their votes, deadlines and the account's vote.
fn draw_proposals(frame: &mut Frame, proposals: Rect, app: &App, s: &Snapshot, g: &Governance, theme: Theme) {
    let wide = proposals.width >= 120;
    let rows: Vec<Row> = g
        .proposals
        .iter()
        .map(|p| {
            let state = p.state(s.time);
            let style = match state {
                ProposalState::Open | ProposalState::Queued => theme.warn(),
                ProposalState::Executed | ProposalState::Passed => theme.good(),
                _ => theme.dim(),
            };
            let governs = s.me.as_ref().is_some_and(|m| m.governance_role == GovernorRole::Governor);
            let mine = match p.my_vote {
                Vote::Yes | Vote::No => p.my_vote.name(),
                _ if state == ProposalState::Open && governs => "waiting",
                _ => "-",
            };
            let mut cells = vec![
                Cell::from(p.id.to_string()),
                Cell::from(Span::styled(state.name(), style)),
                Cell::from(format!("{} yes · {} no of {}", p.yes, p.no, p.seats)),
                Cell::from(p.deadline(s.time).map(|at| countdown(at, s.time)).unwrap_or_else(|| "-".into())),
                Cell::from(mine),
                Cell::from(p.description.clone()),
            ];
            if wide {
                cells.insert(5, Cell::from(short_address(p.proposer)));
            }
            Row::new(cells)
        })
        .collect();
    let mut header = vec!["ID", "STATE", "VOTES", "NEXT", "YOURS", "WHAT"];
    let mut widths = vec![
        Constraint::Length(4),
        Constraint::Length(8),
        Constraint::Length(17),
        Constraint::Length(12),
        Constraint::Length(7),
        Constraint::Min(10),
    ];
    if wide {
        header.insert(5, "PROPOSER");
        widths.insert(5, Constraint::Length(13));
    }
    let mut state = TableState::default().with_selected((!rows.is_empty()).then_some(app.selected.proposal));
    let title = format!("Proposals ({} newest)", g.proposals.len());
    frame.render_stateful_widget(
        Table::new(rows, widths)
            .header(Row::new(header).style(theme.accent()))
            .block(theme.block(&title))
            .row_highlight_style(theme.selected()),
        proposals,
        &mut state,
    );
}
