//! Where events come from: the keyboard and mouse (a blocking reader thread), a spinner tick, and the
//! block poller that refreshes on every new block and reports a lost connection until it recovers.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use crossterm::event::{self as term, Event as TermEvent};
use tokio::sync::{Notify, mpsc::UnboundedSender};

use crate::{app::Event, fetch::Fetcher};

/// How often the spinner moves.
pub const TICK: Duration = Duration::from_millis(120);

/// Read terminal input on a plain thread (crossterm's reads block) until `stop` is set.
pub fn spawn_input(events: UnboundedSender<Event>, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            // Poll with a timeout so the thread notices `stop` soon after the app ends.
            match term::poll(Duration::from_millis(100)) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    tracing::warn!("reading the terminal failed: {e}");
                    return;
                }
            }
            let event = match term::read() {
                Ok(TermEvent::Key(key)) => Event::Key(key),
                Ok(TermEvent::Mouse(mouse)) => Event::Mouse(mouse),
                // A resize needs only a redraw, which any event brings.
                Ok(TermEvent::Resize(..)) => Event::Tick,
                Ok(_) => continue,
                Err(e) => {
                    tracing::warn!("reading the terminal failed: {e}");
                    return;
                }
            };
            if events.send(event).is_err() {
                return;
            }
        }
    })
}

/// Send a tick every [`TICK`] while anyone listens.
pub async fn ticks(events: UnboundedSender<Event>) {
    let mut interval = tokio::time::interval(TICK);
    loop {
        interval.tick().await;
        if events.send(Event::Tick).is_err() {
            return;
        }
    }
}

/// Read the followed account's history once, from the deployment block to the latest, and report it as
/// [`Event::History`]; a failure only leaves the chart to start empty.
pub async fn read_history(fetcher: Fetcher, events: UnboundedSender<Event>) {
    let Some(account) = fetcher.account else { return };
    let read = async {
        let latest = fetcher.block_number().await?;
        stkr_core::history::read(
            &fetcher.chain,
            &fetcher.contracts,
            account,
            fetcher.from_block.min(latest),
            latest,
            &mut |_| {},
        )
        .await
    };
    match read.await {
        Ok(history) => {
            tracing::info!(
                "history: {} actions in blocks {} to {}, {} eth_getLogs requests",
                history.entries.len(),
                history.from_block,
                history.to_block,
                history.log_requests
            );
            let _ = events.send(Event::History(history.entries));
            // The account's nodes as a provider: their uptime sparklines start from their past audits.
            match stkr_core::history::uptime_series(
                &fetcher.chain,
                &fetcher.contracts,
                account,
                history.from_block,
                history.to_block,
            )
            .await
            {
                Ok(series) if !series.is_empty() => {
                    let _ = events.send(Event::Uptime(series));
                }
                Ok(_) => {}
                Err(e) => tracing::warn!("reading past audits failed; the uptime sparklines start empty: {e}"),
            }
        }
        Err(e) => tracing::warn!("reading the account's history failed; the rewards chart starts empty: {e}"),
    }
}

/// Poll the block number every `interval`; on a new block (or when `refresh` is notified) read a fresh
/// snapshot. Failures report [`Event::ReadFailed`] and the next poll tries again, so a lost connection
/// heals by itself.
pub async fn poll_blocks(fetcher: Fetcher, interval: Duration, refresh: Arc<Notify>, events: UnboundedSender<Event>) {
    let mut last: Option<u64> = None;
    loop {
        match fetcher.block_number().await {
            Ok(block) if last != Some(block) => match fetcher.snapshot().await {
                Ok(snapshot) => {
                    last = Some(block);
                    tracing::debug!("refreshed at block {block}");
                    if events.send(Event::Snapshot(Box::new(snapshot))).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    tracing::warn!("refresh failed: {e}");
                    if events.send(Event::ReadFailed(e.to_string())).is_err() {
                        return;
                    }
                }
            },
            Ok(_) => {}
            Err(e) => {
                tracing::warn!("polling the block number failed: {e}");
                // Read everything again once the endpoint answers.
                last = None;
                if events.send(Event::ReadFailed(e.to_string())).is_err() {
                    return;
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = refresh.notified() => last = None,
        }
    }
}
