//! The stkr terminal dashboard (`stkr dashboard`): one live view of the protocol for every role, with
//! state (`app`), events (`event`), reads (`fetch`), drawing (`ui`) and transactions (`transactions`) apart.

pub mod app;
pub mod confirm;
pub mod data;
pub mod event;
pub mod fetch;
pub mod fixture;
pub mod transactions;
pub mod ui;

use std::{
    sync::{Arc, Mutex, atomic::AtomicBool},
    time::Duration,
};

use alloy::primitives::Address;
use crossterm::{
    event::{DisableMouseCapture, EnableMouseCapture},
    execute,
};
use serde::Serialize;
use stkr_core::{
    Context, Error, Result,
    accounts::{self, PassphrasePrompt},
    chain,
    output::{Render, Style, rows},
};
use tokio::sync::{Notify, mpsc};

use crate::{
    app::{App, Effect, Event},
    fetch::Fetcher,
    transactions::{Actor, Plan},
};

/// How the dashboard runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Follow this address (read-only) instead of `--account`.
    pub address: Option<Address>,
    /// How often to poll for a new block.
    pub interval: Duration,
}

/// What one refresh read, for `stkr dashboard --once` (counts only: nothing about keys or balances).
#[derive(Debug, Serialize)]
pub struct RefreshSummary {
    /// The chain.
    pub chain_id: u64,
    /// The block read.
    pub block: u64,
    /// Pools read.
    pub pools: usize,
    /// Providers read.
    pub providers: usize,
    /// Nodes read.
    pub nodes: usize,
    /// Projects read (the newest).
    pub projects: usize,
    /// Proposals read (the newest).
    pub proposals: usize,
    /// Alerts for the followed account.
    pub alerts: usize,
}

impl Render for RefreshSummary {
    fn render(&self, style: &Style) -> String {
        rows(
            style,
            &[
                ("chain", self.chain_id.to_string()),
                ("block", self.block.to_string()),
                ("pools", self.pools.to_string()),
                ("providers", self.providers.to_string()),
                ("nodes", self.nodes.to_string()),
                ("projects", self.projects.to_string()),
                ("proposals", self.proposals.to_string()),
                ("alerts", self.alerts.to_string()),
            ],
        )
    }
}

/// The account the dashboard follows: `--address`, else `--account`'s, else none.
fn followed(ctx: &Context, options: &Options) -> Result<Option<Address>> {
    match (options.address, &ctx.account) {
        (Some(address), _) => Ok(Some(address)),
        (None, Some(_)) => ctx.account_address().map(Some),
        (None, None) => Ok(None),
    }
}

/// The followed account's provider daemon configuration: STKR_PROVIDER_CONFIG, else the one `stkr provider
/// init` writes by default, `<data dir>/provider/ADDRESS.toml`, when it exists.
fn provider_config(ctx: &Context, account: Option<Address>) -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("STKR_PROVIDER_CONFIG") {
        return Some(path.into());
    }
    let path = ctx.data.root().join("provider").join(format!("{}.toml", account?));
    path.is_file().then_some(path)
}

/// One refresh, exactly as the live dashboard does it, without a terminal: for benchmarks and scripts.
pub async fn refresh_once(ctx: &Context, options: &Options) -> Result<RefreshSummary> {
    let chain = ctx.chain().await?;
    let deployment = ctx.deployment(&chain).await?;
    let (contracts, from_block) = (deployment.contracts, deployment.deploy_block);
    let account = followed(ctx, options)?;
    let fetcher = Fetcher { chain, contracts, account, from_block, provider_config: provider_config(ctx, account) };
    // The live dashboard polls the block number to notice new blocks; the snapshot reads its own.
    let s = fetcher.snapshot().await?;
    Ok(RefreshSummary {
        chain_id: s.chain_id,
        block: s.block,
        pools: s.pools.len(),
        providers: s.providers.len(),
        nodes: s.nodes.len(),
        projects: s.projects.len(),
        proposals: s.governance.as_ref().map(|g| g.proposals.len()).unwrap_or(0),
        alerts: s.alerts().len(),
    })
}

/// Unlock `--account` as every signing command does (password file, OS keyring, or `prompt`, the CLI's
/// prompt on the terminal) — before the dashboard takes the screen, so a prompt is an ordinary one.
async fn unlock(
    ctx: &Context,
    contracts: &stkr_core::deploy::Contracts,
    prompt: &dyn PassphrasePrompt,
) -> Result<Option<Actor>> {
    let Some(name) = ctx.account.clone() else { return Ok(None) };
    if ctx.tx.unsigned {
        return Err(Error::InvalidInput("the dashboard sends what it shows; run it without --unsigned".into()));
    }
    let (signer, passphrase) = accounts::unlock(&ctx.accounts(), &name, ctx.password_file.as_deref(), prompt)?;
    let from = signer.address();
    let chain = chain::connect(&ctx.rpc_url()?, Some(signer), ctx.network).await?;
    Ok(Some(Actor {
        chain,
        from,
        account: name,
        passphrase,
        contracts: contracts.clone(),
        data: ctx.data.clone(),
        options: ctx.tx,
    }))
}

/// Run the dashboard until the user quits. The terminal is restored on every way out, panics included.
/// `prompt` asks for `--account`'s passphrase when no password file or keyring has it.
pub async fn run(ctx: &Context, options: Options, prompt: &dyn PassphrasePrompt) -> Result<()> {
    let chain = ctx.chain().await?;
    let deployment = ctx.deployment(&chain).await?;
    let (contracts, from_block) = (deployment.contracts, deployment.deploy_block);
    let actor = if options.address.is_some() { None } else { unlock(ctx, &contracts, prompt).await? };
    let account = match &actor {
        Some(actor) => Some(actor.from),
        None => followed(ctx, &options)?,
    };
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut app = App::new(chain.url.clone(), ctx.account.clone().filter(|_| actor.is_some()), actor.is_some(), color);
    tracing::info!(
        "dashboard on {} (chain {}), following {account:?}, signing: {}",
        chain.url,
        chain.chain_id,
        actor.is_some()
    );
    let provider_config = provider_config(ctx, account);
    let fetcher = Fetcher { chain, contracts, account, from_block, provider_config };

    let mut terminal = ratatui::try_init().map_err(Error::io("taking over the terminal"))?;
    // ratatui's hook restores the screen on a panic; mouse reporting must stop too, and the loop must end
    // rather than draw on a restored terminal.
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICKED.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        restore_screen(info);
    }));
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, fetcher, actor, options.interval).await;
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::try_restore().map_err(Error::io("restoring the terminal"))?;
    result
}

/// Set by the panic hook: the terminal is restored already and the dashboard must stop.
static PANICKED: AtomicBool = AtomicBool::new(false);

/// What a dialog says when the task behind it failed unexpectedly (the log has the details).
const INTERNAL_ERROR: &str = "stkr hit an internal error doing this (see <data dir>/logs/dashboard.log); check the \
     account with `stkr status` before trying again";

/// Run `task`; should it panic, report `failed` so that its dialog does not wait forever.
fn supervised(
    events: mpsc::UnboundedSender<Event>,
    failed: Event,
    task: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let handle = tokio::spawn(task);
    tokio::spawn(async move {
        if let Err(e) = handle.await {
            tracing::error!("a dashboard task failed: {e}");
            let _ = events.send(failed);
        }
    });
}

async fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    fetcher: Fetcher,
    actor: Option<Actor>,
    interval: Duration,
) -> Result<()> {
    let (events, mut inbox) = mpsc::unbounded_channel();
    let stop = Arc::new(AtomicBool::new(false));
    let input = event::spawn_input(events.clone(), stop.clone());
    let ticker = tokio::spawn(event::ticks(events.clone()));
    let refresh = Arc::new(Notify::new());
    // The history is read beside the first refresh, so the first frame does not wait for it.
    let history = tokio::spawn(event::read_history(fetcher.clone(), events.clone()));
    let poller = tokio::spawn(event::poll_blocks(fetcher, interval, refresh.clone(), events.clone()));
    let actor = actor.map(Arc::new);
    // The plan the confirmation dialog shows, between simulation and sending.
    let pending: Arc<Mutex<Option<Plan>>> = Arc::new(Mutex::new(None));

    let draw = |terminal: &mut ratatui::DefaultTerminal, app: &App| {
        terminal.draw(|frame| ui::draw(frame, app)).map(|_| ()).map_err(Error::io("drawing the dashboard"))
    };
    let mut outcome = draw(terminal, app);
    while outcome.is_ok()
        && let Some(event) = inbox.recv().await
    {
        match app.update(event) {
            Some(Effect::Quit) => break,
            Some(Effect::Refresh) => refresh.notify_one(),
            Some(Effect::Discard) => {
                if let Ok(mut plan) = pending.lock() {
                    plan.take();
                }
            }
            Some(Effect::Simulate(intent)) => {
                if let Some(actor) = actor.clone() {
                    let (events, pending) = (events.clone(), pending.clone());
                    let failed = Event::Simulated(Err(INTERNAL_ERROR.into()));
                    supervised(events.clone(), failed, async move {
                        let result = match actor.simulate(&intent).await {
                            Ok((plan, view)) => {
                                if let Ok(mut slot) = pending.lock() {
                                    *slot = Some(plan);
                                }
                                Ok(view)
                            }
                            Err(e) => Err(e.to_string()),
                        };
                        let _ = events.send(Event::Simulated(result));
                    });
                }
            }
            Some(Effect::Send) => {
                let plan = pending.lock().ok().and_then(|mut slot| slot.take());
                if let (Some(actor), Some(plan)) = (actor.clone(), plan) {
                    let events = events.clone();
                    let failed = Event::Finished(Err(INTERNAL_ERROR.into()));
                    supervised(events.clone(), failed, async move {
                        let progress = |step: String| {
                            let _ = events.send(Event::Progress(step));
                        };
                        let result = actor.send(plan, progress).await.map_err(|e| e.to_string());
                        let _ = events.send(Event::Finished(result));
                    });
                }
            }
            None => {}
        }
        if PANICKED.load(std::sync::atomic::Ordering::SeqCst) {
            outcome = Err(Error::Other(INTERNAL_ERROR.into()));
            break;
        }
        outcome = draw(terminal, app);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    ticker.abort();
    poller.abort();
    history.abort();
    let _ = input.join();
    outcome
}
