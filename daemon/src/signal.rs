//! Signals: a future that resolves on SIGTERM or Ctrl-C, and a graceful stop bounded by a timeout.

use std::{future::Future, time::Duration};

/// Resolves on SIGTERM or SIGINT (Ctrl-C), logging which.
pub async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => tracing::info!("SIGTERM: stopping after this round"),
                    _ = int.recv() => tracing::info!("SIGINT: stopping after this round"),
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// How a daemon's work ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The work finished by itself.
    Finished,
    /// `stop` resolved and the work finished within the grace period.
    Graceful,
    /// `stop` resolved and the work did not finish within the grace period: it was dropped.
    TimedOut,
}

/// Run `work` until it finishes; once `stop` resolves, give it `grace` to finish before dropping it.
///
/// `work` is told nothing: a daemon whose loop watches its own stop signal passes that signal to the
/// loop too (see [`Stop`]), and this bounds how long the loop may take to wind down.
pub async fn run_until(work: impl Future<Output = ()>, stop: impl Future<Output = ()>, grace: Duration) -> Stopped {
    tokio::pin!(work);
    tokio::select! {
        () = &mut work => return Stopped::Finished,
        () = stop => {}
    }
    match tokio::time::timeout(grace, work).await {
        Ok(()) => Stopped::Graceful,
        Err(_) => {
            tracing::warn!(grace_secs = grace.as_secs_f64(), "did not stop in time; dropping the work under way");
            Stopped::TimedOut
        }
    }
}

/// A stop signal many tasks can wait on: [`Stop::trigger`] once, every [`Stop::wait`] resolves.
#[derive(Debug, Clone)]
pub struct Stop(tokio::sync::watch::Sender<bool>);

impl Default for Stop {
    fn default() -> Self {
        Self(tokio::sync::watch::channel(false).0)
    }
}

impl Stop {
    /// Tell every waiter to stop.
    pub fn trigger(&self) {
        self.0.send_replace(true);
    }

    /// Whether stopping was asked for.
    pub fn is_triggered(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once [`Stop::trigger`] was called.
    pub fn wait(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut receiver = self.0.subscribe();
        async move {
            let _ = receiver.wait_for(|stopped| *stopped).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn work_gets_its_grace_and_no_more() {
        let quick = run_until(async {}, std::future::pending(), Duration::from_secs(1)).await;
        assert_eq!(quick, Stopped::Finished);
        let stop = Stop::default();
        let waiter = stop.wait();
        let winding_down = async move {
            waiter.await;
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        let trigger = stop.clone();
        let graceful = run_until(
            winding_down,
            async move {
                trigger.trigger();
            },
            Duration::from_secs(5),
        )
        .await;
        assert_eq!(graceful, Stopped::Graceful);
        assert!(stop.is_triggered());
        let stuck = run_until(std::future::pending(), async {}, Duration::from_millis(20)).await;
        assert_eq!(stuck, Stopped::TimedOut);
    }
}
