//! Key → action → state, without a terminal.

use crossterm::event::{KeyEvent, KeyModifiers, MouseEvent};

use super::*;
use crate::fixture;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    keys.chars().filter_map(|c| app.update(key(KeyCode::Char(c)))).collect()
}

fn plan() -> PlanView {
    PlanView {
        summary: "Stake 1 ETH in pool 2.".into(),
        steps: vec![("stake 1 ETH in pool 2".into(), Some(97_801), "1".into())],
        fees: "fees ~0 ETH".into(),
    }
}

fn eth(text: &str) -> U256 {
    parse_amount(text, Token::Eth).expect("an amount")
}

#[test]
fn number_keys_arrows_and_tab_switch_tabs() {
    let mut app = fixture::app(2);
    assert_eq!(app.tab, Tab::Overview);
    press(&mut app, "3");
    assert_eq!(app.tab, Tab::Staking);
    app.update(key(KeyCode::Right));
    assert_eq!(app.tab, Tab::Marketplace);
    app.update(key(KeyCode::Tab));
    app.update(key(KeyCode::Tab));
    assert_eq!(app.tab, Tab::Overview, "wraps around after the last tab");
    app.update(key(KeyCode::Left));
    assert_eq!(app.tab, Tab::Governance);
}

#[test]
fn the_selection_stays_inside_the_list() {
    let mut app = fixture::app(5);
    press(&mut app, "3");
    for _ in 0..10 {
        app.update(key(KeyCode::Down));
    }
    assert_eq!(app.selected.pool, 4);
    press(&mut app, "kk");
    assert_eq!(app.selected.pool, 2);
    app.update(key(KeyCode::Home));
    assert_eq!(app.selected.pool, 0);
    press(&mut app, "G");
    assert_eq!(app.selected_pool().map(|p| p.state.id), Some(5));
    // A refresh with fewer pools pulls the selection back in.
    app.update(Event::Snapshot(Box::new(fixture::snapshot(2))));
    assert_eq!(app.selected.pool, 1);
}

#[test]
fn staking_into_a_pending_pool_goes_form_simulation_confirmation_sending_done() {
    let mut app = fixture::app(2);
    press(&mut app, "3j");
    assert_eq!(press(&mut app, "s"), vec![]);
    assert!(matches!(&app.dialog, Some(Dialog::Form(f)) if f.kind == FormKind::StakePool(2)));
    assert_eq!(press(&mut app, "1.5"), vec![]);
    assert_eq!(
        app.update(key(KeyCode::Enter)),
        Some(Effect::Simulate(Intent::StakePool { pool: 2, amount: eth("1.5") }))
    );
    assert!(matches!(app.dialog, Some(Dialog::Simulating { .. })));
    // Keys do nothing while it simulates.
    assert_eq!(app.update(key(KeyCode::Esc)), None);
    assert!(matches!(app.dialog, Some(Dialog::Simulating { .. })));

    app.update(Event::Simulated(Ok(plan())));
    assert!(matches!(&app.dialog, Some(Dialog::Confirm { title, .. }) if title == "Stake in pool 2"));
    assert_eq!(press(&mut app, "y"), vec![Effect::Send]);
    assert!(matches!(&app.dialog, Some(Dialog::Sending { step, .. }) if step == "stake 1 ETH in pool 2"));
    app.update(Event::Progress("stake 1 ETH in pool 2: waiting for the receipt".into()));
    let done = app.update(Event::Finished(Ok(vec!["stake 1 ETH in pool 2: block 58".into()])));
    assert_eq!(done, Some(Effect::Refresh), "a mined plan refreshes at once");
    assert!(matches!(&app.dialog, Some(Dialog::Done { lines, .. }) if lines.len() == 1));
    app.update(key(KeyCode::Enter));
    assert_eq!(app.dialog, None);
}

#[test]
fn a_refused_simulation_shows_the_sentence_and_declining_discards_the_plan() {
    let mut app = fixture::app(2);
    press(&mut app, "3js2");
    app.update(key(KeyCode::Enter));
    let reason = "the transaction would fail: a stake of 2 ETH overfills the pool; nothing was sent".to_string();
    app.update(Event::Simulated(Err(reason.clone())));
    assert_eq!(app.dialog, Some(Dialog::Failed { title: "Stake in pool 2".into(), reason }));
    app.update(key(KeyCode::Esc));

    press(&mut app, "s1");
    app.update(key(KeyCode::Enter));
    app.update(Event::Simulated(Ok(plan())));
    assert_eq!(press(&mut app, "n"), vec![Effect::Discard]);
    assert_eq!(app.dialog, None);
}

#[test]
fn bad_amounts_stay_in_the_form_with_the_reason() {
    let mut app = fixture::app(2);
    press(&mut app, "3js");
    press(&mut app, "lots");
    assert_eq!(app.update(key(KeyCode::Enter)), None);
    let Some(Dialog::Form(form)) = &app.dialog else { panic!("the form stays open") };
    assert!(form.error.as_deref().is_some_and(|e| e.contains("lots")), "{:?}", form.error);
    for _ in 0..4 {
        app.update(key(KeyCode::Backspace));
    }
    press(&mut app, "0");
    app.update(key(KeyCode::Enter));
    let Some(Dialog::Form(form)) = &app.dialog else { panic!("the form stays open") };
    assert_eq!(form.error.as_deref(), Some("the amount must be more than zero"));
}

#[test]
fn only_pending_pools_take_stakes() {
    let mut app = fixture::app(2);
    press(&mut app, "3s");
    assert_eq!(app.dialog, None);
    assert_eq!(app.notice.as_deref(), Some("Pool 1 is active: only pending pools take stakes"));
    // The next key clears the notice.
    app.update(key(KeyCode::Down));
    assert_eq!(app.notice, None);
}

#[test]
fn read_only_dashboards_send_nothing() {
    let mut app = fixture::app(2);
    app.can_sign = false;
    assert_eq!(press(&mut app, "3jsc"), vec![]);
    assert_eq!(app.dialog, None);
    assert!(app.notice.as_deref().is_some_and(|n| n.starts_with("Read-only")));
}

#[test]
fn settle_takes_the_selected_pool_and_redeem_takes_all_aeth() {
    let mut app = fixture::app(2);
    press(&mut app, "3j");
    assert_eq!(press(&mut app, "e"), vec![Effect::Simulate(Intent::SettlePool { pool: 2 })]);
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));
    assert_eq!(press(&mut app, "r"), vec![Effect::Simulate(Intent::Redeem)]);
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));
    press(&mut app, "f");
    assert_eq!(press(&mut app, "e"), vec![]);
    assert_eq!(app.notice.as_deref(), Some("Settling is for pools: press f to list them"));
}

#[test]
fn unstake_and_sidecar_stakes_follow_the_focused_list() {
    let mut app = fixture::app(2);
    press(&mut app, "3j");
    assert_eq!(press(&mut app, "u"), vec![Effect::Simulate(Intent::UnstakePool { pool: 2 })]);
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));
    press(&mut app, "f");
    assert_eq!(app.staking_list, StakingList::Sidecars);
    assert_eq!(press(&mut app, "u"), vec![Effect::Simulate(Intent::UnstakeSidecar { node: 1 })]);
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));
    press(&mut app, "j");
    assert_eq!(press(&mut app, "u"), vec![]);
    assert_eq!(app.notice.as_deref(), Some("You have no ANKR on node 2's sidecar"));
    press(&mut app, "s5000");
    let stake = app.update(key(KeyCode::Enter));
    let ankr = parse_amount("5000", Token::Ankr).expect("an amount");
    assert_eq!(stake, Some(Effect::Simulate(Intent::StakeSidecar { node: 2, amount: ankr })));
}

#[test]
fn governors_vote_on_the_selected_open_proposal() {
    let mut app = fixture::app(2);
    press(&mut app, "5");
    assert_eq!(press(&mut app, "y"), vec![Effect::Simulate(Intent::Vote { proposal: 2, support: true })]);
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));
    press(&mut app, "j");
    assert_eq!(press(&mut app, "n"), vec![]);
    assert_eq!(app.notice.as_deref(), Some("Voting on proposal 1 has ended"));
}

#[test]
fn bids_in_the_commit_phase_and_reveals_in_the_reveal_phase() {
    let mut app = fixture::app(2);
    press(&mut app, "4");
    assert_eq!(press(&mut app, "r"), vec![]);
    assert_eq!(app.notice.as_deref(), Some("Project 2 is in its commit phase, not reveal"));
    press(&mut app, "b");
    press(&mut app, "9000");
    let price = parse_amount("9000", Token::Ankr).expect("an amount");
    assert_eq!(app.update(key(KeyCode::Enter)), Some(Effect::Simulate(Intent::Bid { project: 2, price })));
    app.update(Event::Simulated(Err("no".into())));
    app.update(key(KeyCode::Esc));

    // A day and a half later project 2 is revealing, and the account sealed a bid on it.
    let mut later = fixture::snapshot(2);
    later.time += 2 * 3_600;
    app.update(Event::Snapshot(Box::new(later)));
    assert_eq!(press(&mut app, "r"), vec![Effect::Simulate(Intent::Reveal { project: 2 })]);
}

#[test]
fn registering_a_node_checks_every_field() {
    let mut app = fixture::app(2);
    press(&mut app, "2a");
    let sidecar = "0x976EA74026E726554dB657fA54763abd0C3a0aa9";
    press(&mut app, sidecar);
    app.update(key(KeyCode::Tab));
    press(&mut app, "https://node3.aurora.example/stkr");
    for value in ["8", "32", "2000"] {
        app.update(key(KeyCode::Tab));
        press(&mut app, value);
    }
    app.update(key(KeyCode::Tab));
    press(&mut app, "fast");
    assert_eq!(app.update(key(KeyCode::Enter)), None);
    let Some(Dialog::Form(form)) = &app.dialog else { panic!("the form stays open") };
    assert_eq!(form.error.as_deref(), Some("bandwidth Mbps must be a whole number"));
    for _ in 0..4 {
        app.update(key(KeyCode::Backspace));
    }
    press(&mut app, "500");
    let expected = Intent::RegisterNode {
        sidecar: sidecar.parse().expect("an address"),
        probe_url: "https://node3.aurora.example/stkr".into(),
        capacity: [8, 32, 2000, 500],
    };
    assert_eq!(app.update(key(KeyCode::Enter)), Some(Effect::Simulate(expected)));
}

#[test]
fn help_takes_the_keys_until_closed() {
    let mut app = fixture::app(2);
    press(&mut app, "?");
    assert!(app.help);
    press(&mut app, "3s");
    assert_eq!((app.tab, &app.dialog), (Tab::Overview, &None), "keys under the help do nothing");
    app.update(key(KeyCode::Esc));
    assert!(!app.help);
    assert!(!app.quit, "Esc closed the help rather than quitting");
}

#[test]
fn esc_with_nothing_open_does_not_quit() {
    let mut app = fixture::app(2);
    assert_eq!(app.update(key(KeyCode::Esc)), None);
    assert!(!app.quit, "Esc closes dialogs and the help; it never quits");
    assert_eq!(press(&mut app, "q"), vec![Effect::Quit]);
}

#[test]
fn q_quits_and_ctrl_c_quits_even_from_a_form() {
    let mut app = fixture::app(2);
    assert_eq!(press(&mut app, "q"), vec![Effect::Quit]);
    let mut app = fixture::app(2);
    press(&mut app, "3js");
    assert_eq!(press(&mut app, "q"), vec![], "q is typed into the form");
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(app.update(ctrl_c), Some(Effect::Quit));
    assert!(app.quit);
}

#[test]
fn the_mouse_picks_tabs_and_scrolls() {
    let mut app = fixture::app(5);
    let click = |column| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row: 0,
            modifiers: KeyModifiers::NONE,
        })
    };
    // " 1 Overview │ 2 Provider │ 3 Staking │ …": column 30 is in "3 Staking".
    app.update(click(30));
    assert_eq!(app.tab, Tab::Staking);
    app.update(Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(app.selected.pool, 1);
}

#[test]
fn a_lost_connection_shows_until_a_read_succeeds() {
    let mut app = fixture::app(2);
    assert_eq!(app.connection, Connection::Live);
    app.update(Event::ReadFailed("could not reach the RPC endpoint".into()));
    assert_eq!(app.connection, Connection::Lost { reason: "could not reach the RPC endpoint".into() });
    assert!(app.snapshot.is_some(), "the last data stays on screen");
    app.update(Event::Snapshot(Box::new(fixture::snapshot(2))));
    assert_eq!(app.connection, Connection::Live);
}

#[test]
fn history_keeps_one_sample_per_block_and_a_bounded_window() {
    let app = fixture::app(2);
    assert_eq!(app.history.rewards.len(), 31);
    let mut app = App::new("http://x", None, false, false);
    let mut snapshot = fixture::snapshot(2);
    for block in 0..(HISTORY as u64 + 10) {
        snapshot.block = block;
        app.update(Event::Snapshot(Box::new(snapshot.clone())));
        // The same block again (a forced refresh) adds no reward sample.
        app.update(Event::Snapshot(Box::new(snapshot.clone())));
    }
    assert_eq!(app.history.rewards.len(), HISTORY);
    assert_eq!(app.history.rewards.front().map(|r| r.0), Some(10));
    assert_eq!(app.history.uptime.get(&1).map(|u| u.len()), Some(HISTORY));
}

#[test]
fn the_rewards_chart_starts_from_the_account_history() {
    use stkr_core::{
        history::{Action, Entry},
        units::AmountView,
    };
    let eth = |s: &str| parse_amount(s, Token::Eth).expect("an amount");
    let entry = |block: u64, action: Action| Entry {
        block,
        time: 0,
        time_utc: String::new(),
        transaction: Default::default(),
        action,
        log_index: 0,
    };
    let mut app = App::new("http://x", None, false, false);
    let mut snapshot = fixture::snapshot(2);
    snapshot.block = 500;
    app.update(Event::Snapshot(Box::new(snapshot.clone())));
    let claimable = app.history.rewards.front().map(|r| r.1).expect("a sample");
    // The history arrives after the first refresh: a stake at block 10, claims of 0.5 and 0.25 ETH later.
    app.update(Event::History(vec![
        entry(10, Action::Stake { pool_id: 1, amount: AmountView::eth(eth("4")), fee: AmountView::ankr(eth("4000")) }),
        entry(
            100,
            Action::Claim { pool_id: 1, principal: AmountView::eth(eth("4")), payout: AmountView::eth(eth("0.5")) },
        ),
        entry(101, Action::Stake { pool_id: 2, amount: AmountView::eth(eth("1")), fee: AmountView::ankr(eth("1000")) }),
        entry(
            200,
            Action::RewardClaim {
                source: "sidecars",
                eth: AmountView::eth(eth("0.25")),
                ankr: AmountView::ankr(eth("7")),
            },
        ),
    ]));
    // Before any block is sampled the chart already has the past: the first action, then each claim; each
    // sample adds what was claimed before it.
    let points = app.history.earned_eth();
    assert_eq!(points[..3], [(10.0, 0.0), (100.0, 0.5), (200.0, 0.75)]);
    assert_eq!(points[3], (500.0, claimable + 0.75));
    assert_eq!(points.len(), 4);
    snapshot.block = 501;
    app.update(Event::Snapshot(Box::new(snapshot)));
    assert_eq!(app.history.earned_eth().last(), Some(&(501.0, claimable + 0.75)));
}

#[test]
fn the_uptime_sparkline_starts_from_past_audits() {
    let mut app = App::new("http://x", None, false, false);
    let mut snapshot = fixture::snapshot(2);
    snapshot.block = 500;
    app.update(Event::Snapshot(Box::new(snapshot.clone())));
    snapshot.block = 501;
    app.update(Event::Snapshot(Box::new(snapshot.clone())));
    let live: Vec<u64> = app.history.uptime.get(&1).map(|u| u.iter().copied().collect()).unwrap_or_default();
    assert_eq!(live.len(), 2);
    // Past audits of node 1 (block, bps); one at block 500 is already in the live samples.
    let mut series = stkr_core::history::UptimeSeries::new();
    series.insert(1, vec![(40, 10_000), (80, 5_000), (120, 6_666), (500, 7_500)]);
    app.update(Event::Uptime(series));
    let seeded: Vec<u64> = app.history.uptime.get(&1).map(|u| u.iter().copied().collect()).unwrap_or_default();
    assert_eq!(seeded, [vec![10_000, 5_000, 6_666], live].concat());
}
