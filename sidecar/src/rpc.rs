//! Several JSON-RPC endpoints for one client: the first that answers is used; a failing one is left for
//! the next, and the preferred one is tried again once `failback_after` has passed.

use std::{
    future::Future,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use alloy::{
    providers::{DynProvider, Provider, ProviderBuilder},
    transports::{RpcError, TransportErrorKind},
};
use tracing::{info, warn};

use crate::{SidecarError, metrics::Metrics};

/// Which endpoint is in use, and since when.
#[derive(Debug)]
struct Active {
    index: usize,
    since: Instant,
}

/// A client reachable at several URLs.
#[derive(Clone)]
pub struct Failover {
    urls: Vec<String>,
    providers: Vec<DynProvider>,
    active: Arc<Mutex<Active>>,
    timeout: Duration,
    failback_after: Duration,
    metrics: Arc<Metrics>,
}

impl std::fmt::Debug for Failover {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Failover").field("urls", &self.urls).finish_non_exhaustive()
    }
}

/// Whether an RPC error means the endpoint is no use (down, slow, garbage) rather than a real answer.
fn endpoint_failed(error: &RpcError<TransportErrorKind>) -> bool {
    !matches!(error, RpcError::ErrorResp(_))
}

impl Failover {
    /// Endpoints at `urls`, in order of preference.
    pub fn new(
        urls: &[String],
        timeout: Duration,
        failback_after: Duration,
        metrics: Arc<Metrics>,
    ) -> Result<Self, SidecarError> {
        let mut providers = Vec::with_capacity(urls.len());
        for url in urls {
            let parsed = stkr_core::chain::parse_url(url).map_err(|e| SidecarError::Config(e.to_string()))?;
            providers.push(ProviderBuilder::new().connect_http(parsed).erased());
        }
        if providers.is_empty() {
            return Err(SidecarError::Config("no RPC URL given".into()));
        }
        Ok(Self {
            urls: urls.to_vec(),
            providers,
            active: Arc::new(Mutex::new(Active { index: 0, since: Instant::now() })),
            timeout,
            failback_after,
            metrics,
        })
    }

    /// The URL in use now.
    pub fn active_url(&self) -> String {
        let index = self.active.lock().map(|a| a.index).unwrap_or(0);
        self.urls.get(index).cloned().unwrap_or_default()
    }

    /// The provider in use now (for calls that must stay on one endpoint, such as a batched read).
    pub fn active_provider(&self) -> (DynProvider, String) {
        let index = self.active.lock().map(|a| a.index).unwrap_or(0);
        (self.providers[index.min(self.providers.len() - 1)].clone(), self.urls[index.min(self.urls.len() - 1)].clone())
    }

    /// The order to try endpoints in now: the active one first, unless it is time to try the preferred
    /// ones again, then the rest in preference order.
    fn order(&self) -> Vec<usize> {
        let (index, since) = self.active.lock().map(|a| (a.index, a.since)).unwrap_or((0, Instant::now()));
        let mut order: Vec<usize> = Vec::with_capacity(self.providers.len());
        if index != 0 && since.elapsed() >= self.failback_after {
            order.extend(0..index);
        }
        order.push(index);
        let rest: Vec<usize> = (0..self.providers.len()).filter(|i| !order.contains(i)).collect();
        order.extend(rest);
        order
    }

    fn switch_to(&self, index: usize) {
        if let Ok(mut active) = self.active.lock() {
            if active.index != index {
                let (from, to) = (&self.urls[active.index], &self.urls[index]);
                if index < active.index {
                    info!(from = %from, to = %to, "failing back to a preferred RPC endpoint");
                } else {
                    warn!(from = %from, to = %to, "failing over to the next RPC endpoint");
                }
                self.metrics.rpc_failovers.inc();
                *active = Active { index, since: Instant::now() };
            } else if index == 0 {
                active.since = Instant::now();
            }
        }
    }

    /// Run `call` against the endpoints until one answers. An error answer (the node replied) is returned
    /// as is; a transport failure, a timeout or garbage moves on to the next endpoint.
    pub async fn call<T, F, Fut>(&self, what: &str, call: F) -> Result<T, SidecarError>
    where
        F: Fn(DynProvider) -> Fut,
        Fut: Future<Output = Result<T, RpcError<TransportErrorKind>>>,
    {
        let mut last = String::new();
        for index in self.order() {
            let provider = self.providers[index].clone();
            match tokio::time::timeout(self.timeout, call(provider)).await {
                Ok(Ok(value)) => {
                    self.switch_to(index);
                    return Ok(value);
                }
                Ok(Err(error)) if !endpoint_failed(&error) => {
                    self.switch_to(index);
                    return Err(SidecarError::Rpc(format!("{what}: {error}")));
                }
                Ok(Err(error)) => {
                    self.metrics.rpc_errors.inc();
                    last = format!(
                        "{}: {}",
                        self.urls[index],
                        stkr_core::chain::transport_error(&self.urls[index], &error)
                    );
                }
                Err(_) => {
                    self.metrics.rpc_errors.inc();
                    last = format!("{}: no answer within {:.1} s", self.urls[index], self.timeout.as_secs_f64());
                }
            }
        }
        Err(SidecarError::Unreachable(format!("{what}: every endpoint failed, last {last}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failover(urls: &[&str], failback_after: Duration) -> Failover {
        let urls: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
        Failover::new(&urls, Duration::from_millis(300), failback_after, Arc::new(Metrics::default()))
            .expect("failover")
    }

    #[test]
    fn the_preferred_endpoint_is_tried_again_after_the_failback_delay() {
        let rpc = failover(&["http://a.invalid", "http://b.invalid", "http://c.invalid"], Duration::ZERO);
        assert_eq!(rpc.order(), [0, 1, 2]);
        rpc.switch_to(2);
        assert_eq!(rpc.active_url(), "http://c.invalid");
        assert_eq!(rpc.order(), [0, 1, 2], "failback due at once");
        let patient =
            failover(&["http://a.invalid", "http://b.invalid", "http://c.invalid"], Duration::from_secs(3600));
        patient.switch_to(1);
        assert_eq!(patient.order(), [1, 0, 2], "stays on the fallback until the failback delay passed");
        assert_eq!(patient.metrics.rpc_failovers.get(), 1);
    }

    #[tokio::test]
    async fn a_dead_endpoint_fails_over_to_the_next_that_answers() {
        // A port nobody listens on, then one that answers garbage, then nothing more: unreachable.
        let dead = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let dead_url = format!("http://{}", dead.local_addr().expect("addr"));
        drop(dead);
        let rpc = failover(&[&dead_url, "http://127.0.0.1:9"], Duration::from_secs(60));
        let result = rpc.call("eth_blockNumber", |p| async move { p.get_block_number().await }).await;
        assert!(matches!(result, Err(SidecarError::Unreachable(_))), "{result:?}");
        assert!(rpc.metrics.rpc_errors.get() >= 2);
    }
}
