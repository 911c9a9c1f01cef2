//! Render snapshots of every tab and overlay from fixed state, at 80×24 and 160×48, on `TestBackend`.

use ratatui::{Terminal, backend::TestBackend};
use stkr_tui::{
    app::{App, Connection, Dialog, Event, PlanView, Tab},
    fixture, ui,
};

fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| ui::draw(frame, app)).expect("drawing works");
    terminal.backend().to_string()
}

fn on(tab: Tab) -> App {
    let mut app = fixture::app(6);
    app.tab = tab;
    app
}

macro_rules! tab_snapshots {
    ($($name:ident: $tab:expr),* $(,)?) => {$(
        #[test]
        fn $name() {
            let app = on($tab);
            insta::assert_snapshot!(concat!(stringify!($name), "_80x24"), render(&app, 80, 24));
            insta::assert_snapshot!(concat!(stringify!($name), "_160x48"), render(&app, 160, 48));
        }
    )*};
}

tab_snapshots! {
    overview: Tab::Overview,
    provider: Tab::Provider,
    staking: Tab::Staking,
    marketplace: Tab::Marketplace,
    governance: Tab::Governance,
}

#[test]
fn the_provider_tab_shows_its_daemon_when_one_is_configured() {
    let mut app = on(Tab::Provider);
    if let Some(snapshot) = app.snapshot.as_mut() {
        snapshot.daemon = Some(fixture::daemon());
    }
    let text = render(&app, 160, 48);
    assert!(text.contains("Provider daemon: running"), "{text}");
    assert!(text.contains("pool 2: it ends; its validator's exit is requested"), "{text}");
    insta::assert_snapshot!("provider_with_its_daemon_160x48", text);
}

#[test]
fn help_overlay() {
    let mut app = on(Tab::Staking);
    app.help = true;
    insta::assert_snapshot!("help_80x24", render(&app, 80, 24));
}

#[test]
fn confirmation_of_a_simulated_stake() {
    let mut app = on(Tab::Staking);
    app.dialog = Some(Dialog::Confirm {
        title: "Stake in pool 2".into(),
        plan: PlanView {
            summary: "Stake 1 ETH in pool 2: you receive 1 aETH and pay a fee of 1000 ANKR.".into(),
            steps: vec![
                ("approve 1000 ANKR for the micro-pool contract".into(), Some(46_123), "0".into()),
                ("stake 1 ETH in pool 2 (fee 1000 ANKR)".into(), None, "1".into()),
            ],
            fees: "fees ~0.0001 ETH, at most 0.0003 ETH (plus the later step) · max fee 2 gwei, tip 1 gwei".into(),
        },
    });
    insta::assert_snapshot!("confirm_80x24", render(&app, 80, 24));
}

#[test]
fn a_revert_in_plain_words() {
    let mut app = on(Tab::Governance);
    app.dialog = Some(Dialog::Failed {
        title: "Vote yes on proposal 2".into(),
        reason: "the transaction would fail: 0x1111…1111 already voted on proposal 2; nothing was sent".into(),
    });
    insta::assert_snapshot!("failed_80x24", render(&app, 80, 24));
}

#[test]
fn a_lost_connection_is_a_banner_over_the_last_data() {
    let mut app = on(Tab::Overview);
    app.update(Event::ReadFailed(
        "could not reach the RPC endpoint at http://127.0.0.1:8545 (connection refused)".into(),
    ));
    assert!(matches!(app.connection, Connection::Lost { .. }));
    insta::assert_snapshot!("connection_lost_80x24", render(&app, 80, 24));
}

#[test]
fn a_read_only_non_provider() {
    let mut app = App::new("http://127.0.0.1:8545", None, false, false);
    let mut snapshot = fixture::snapshot(2);
    if let Some(me) = &mut snapshot.me {
        me.address = alloy::primitives::Address::repeat_byte(0x99);
        me.governance_role = stkr_core::codes::GovernorRole::None;
    }
    app.update(Event::Snapshot(Box::new(snapshot)));
    app.tab = Tab::Provider;
    insta::assert_snapshot!("provider_read_only_80x24", render(&app, 80, 24));
}

#[test]
fn before_the_first_read() {
    let app = App::new("http://127.0.0.1:8545", None, false, false);
    insta::assert_snapshot!("connecting_80x24", render(&app, 80, 24));
}

#[test]
fn no_color_means_no_colours_only_emphasis() {
    let colours = |color: bool| {
        let mut app = on(Tab::Staking);
        app.color = color;
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
        terminal.draw(|frame| ui::draw(frame, &app)).expect("drawing works");
        let buffer = terminal.backend().buffer().clone();
        buffer.content().iter().filter(|cell| cell.fg != ratatui::style::Color::Reset).count()
    };
    assert!(colours(true) > 0, "colours by default");
    assert_eq!(colours(false), 0, "none under NO_COLOR");
}
