//! A deliberately small HTTP/1.1 server for `/status`, `/healthz` and `/metrics`: GET only, one request per
//! connection, bounded request size and time, so a hostile peer cannot tie the sidecar up.

use std::{
    sync::{
        Arc, RwLock,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use alloy::signers::local::PrivateKeySigner;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

use crate::{
    metrics::Metrics,
    probe::{Status, valid_challenge},
};

/// The largest request head read.
const MAX_REQUEST: usize = 8 * 1024;
/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// What the endpoints serve, shared with the daemon loop.
#[derive(Debug)]
pub struct Shared {
    /// The node.
    pub node_id: u64,
    /// The sidecar key that signs `/status`.
    pub signer: PrivateKeySigner,
    /// The latest status (its challenge and time are filled per request).
    pub status: RwLock<Status>,
    /// The metrics.
    pub metrics: Arc<Metrics>,
    /// Unix seconds of the daemon loop's last completed round.
    pub last_round: AtomicU64,
    /// `/healthz` fails when the last round is older than this many seconds.
    pub stale_after: u64,
}

/// Which endpoints a listener serves.
#[derive(Debug, Clone, Copy)]
pub struct Routes {
    /// `/status` and `/healthz`.
    pub probe: bool,
    /// `/metrics`.
    pub metrics: bool,
}

/// Serve `routes` on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, routes: Routes) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let shared = shared.clone();
        tokio::spawn(async move {
            let _ = handle(stream, &shared, routes).await;
        });
    }
}

async fn handle(mut stream: TcpStream, shared: &Shared, routes: Routes) -> std::io::Result<()> {
    let mut buffer = Vec::with_capacity(1024);
    let head = tokio::time::timeout(READ_TIMEOUT, async {
        let mut chunk = [0u8; 1024];
        loop {
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                break;
            }
            buffer.extend_from_slice(&chunk[..n]);
            if buffer.windows(4).any(|w| w == b"\r\n\r\n") || buffer.len() >= MAX_REQUEST {
                break;
            }
        }
        Ok::<_, std::io::Error>(())
    })
    .await;
    if head.is_err() {
        return respond(&mut stream, 408, "text/plain", "request timeout\n").await;
    }
    let text = String::from_utf8_lossy(&buffer);
    let mut parts = text.lines().next().unwrap_or_default().split_whitespace();
    let (method, target) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
    if method != "GET" {
        return respond(&mut stream, 405, "text/plain", "only GET\n").await;
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (code, kind, body) = route(shared, routes, path, query);
    respond(&mut stream, code, kind, &body).await
}

/// The answer to `path?query`: status code, content type, body.
fn route(shared: &Shared, routes: Routes, path: &str, query: &str) -> (u16, &'static str, String) {
    match path {
        "/status" if routes.probe => {
            let challenge = query.split('&').find_map(|pair| pair.strip_prefix("challenge="));
            if let Some(challenge) = challenge
                && !valid_challenge(challenge)
            {
                return (400, "text/plain", "challenge must be 0x and up to 64 hex digits\n".into());
            }
            let mut status = match shared.status.read() {
                Ok(status) => status.clone(),
                Err(_) => return (500, "text/plain", "status unavailable\n".into()),
            };
            status.challenge = challenge.map(str::to_string);
            status.time = crate::execution::unix_now();
            match status.sign(&shared.signer).and_then(|s| serde_json::to_string(&s).map_err(|e| e.to_string())) {
                Ok(body) => (200, "application/json", body),
                Err(e) => (500, "text/plain", format!("cannot sign the status: {e}\n")),
            }
        }
        "/healthz" if routes.probe => {
            let age = crate::execution::unix_now().saturating_sub(shared.last_round.load(Ordering::Relaxed));
            if age <= shared.stale_after {
                (200, "text/plain", "ok\n".into())
            } else {
                (503, "text/plain", format!("stale: the last round finished {age} s ago\n"))
            }
        }
        "/metrics" if routes.metrics => (200, "text/plain; version=0.0.4", shared.metrics.render(shared.node_id)),
        _ => (404, "text/plain", "not found\n".into()),
    }
}

async fn respond(stream: &mut TcpStream, code: u16, kind: &str, body: &str) -> std::io::Result<()> {
    let reason = match code {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use alloy::primitives::B256;

    use super::*;
    use crate::{execution::ExecutionView, probe};

    fn shared() -> Arc<Shared> {
        let signer = PrivateKeySigner::from_bytes(&B256::repeat_byte(3)).expect("key");
        let execution = ExecutionView { head_number: Some(42), reachable: true, ..ExecutionView::default() };
        let status = Status::new(5, signer.address(), 31337, "healthy", &execution, None, vec![]);
        Arc::new(Shared {
            node_id: 5,
            signer,
            status: RwLock::new(status),
            metrics: Arc::new(Metrics::default()),
            last_round: AtomicU64::new(crate::execution::unix_now()),
            stale_after: 60,
        })
    }

    #[tokio::test]
    async fn a_real_client_gets_a_status_signed_for_its_challenge() {
        let shared = shared();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("addr");
        let server = tokio::spawn(serve(listener, shared.clone(), Routes { probe: true, metrics: true }));
        let target = probe::Target {
            node_id: 5,
            sidecar: shared.signer.address(),
            probe_url: format!("http://{address}/status"),
        };
        let expect = probe::Expectations { chain_id: 31337, own_head: 44, max_lag_blocks: 5 };
        let result = probe::audit(&probe::client(Duration::from_secs(2)), &target, expect).await;
        assert_eq!(result, probe::AuditResult { node_id: 5, up: true, reason: None, head_number: Some(42) });

        let client = probe::client(Duration::from_secs(2));
        let get = |path: &str| {
            let client = client.clone();
            let url = format!("http://{address}{path}");
            async move {
                let response = client.get(url).send().await.expect("answer");
                (response.status().as_u16(), response.text().await.expect("body"))
            }
        };
        assert_eq!(get("/healthz").await, (200, "ok\n".into()));
        let (code, metrics) = get("/metrics").await;
        assert_eq!(code, 200);
        assert!(metrics.contains("stkr_sidecar_reports_sent_total{node=\"5\"} 0"));
        assert_eq!(get("/status?challenge=0xzz").await.0, 400);
        assert_eq!(get("/nothing").await.0, 404);
        shared.last_round.store(0, Ordering::Relaxed);
        assert_eq!(get("/healthz").await.0, 503);
        server.abort();
    }
}
