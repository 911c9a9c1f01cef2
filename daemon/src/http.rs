//! HTTP for a daemon's endpoints: an axum router served over HTTP/1.1 by hyper, one request per
//! connection, with tower layers bounding request size and time and a cap on open connections, so a
//! hostile peer cannot tie the daemon up.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use axum::{
    Router,
    body::Body,
    http::{HeaderValue, Method, Request, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use hyper_util::{rt::TokioIo, service::TowerToHyperService};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{limit::RequestBodyLimitLayer, set_header::SetResponseHeaderLayer, timeout::TimeoutLayer};

use crate::DaemonError;

/// The bounds every connection is held to.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest request head read (at least 8 KiB, hyper's least; 431 beyond it).
    pub max_head_bytes: usize,
    /// The largest request body accepted (413 beyond it).
    pub max_body_bytes: usize,
    /// How long a client may take to send its request head before the connection is closed.
    pub header_timeout: Duration,
    /// How long a request may take end to end (408 beyond it).
    pub request_timeout: Duration,
    /// The most connections served at once; more wait to be accepted.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_head_bytes: 8 * 1024,
            max_body_bytes: 8 * 1024,
            header_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(5),
            max_connections: 256,
        }
    }
}

/// Bind `address` for [`serve`].
pub async fn bind(address: SocketAddr) -> Result<TcpListener, DaemonError> {
    TcpListener::bind(address).await.map_err(|source| DaemonError::Listen { address, source })
}

/// `router` with the limits as tower layers, and `Cache-Control: no-store` on every answer.
pub fn limited(router: Router, limits: Limits) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
            .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
            .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.request_timeout)),
    )
}

/// A middleware (for `axum::middleware::from_fn`) that answers anything but GET with 405 and `only GET`.
pub async fn only_get(request: Request<Body>, next: Next) -> Response {
    if request.method() != Method::GET {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::CONTENT_TYPE, "text/plain")], "only GET\n").into_response();
    }
    next.run(request).await
}

/// Serve `router` (with [`limited`]'s layers) on `listener` until the task is dropped: HTTP/1.1, one
/// request per connection (answered with `Connection: close`), at most `limits.max_connections` at once.
pub async fn serve(listener: TcpListener, router: Router, limits: Limits) {
    let service = limited(router, limits);
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else { return };
        let Ok((stream, _)) = listener.accept().await else { continue };
        let service = TowerToHyperService::new(service.clone());
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .keep_alive(false)
                .max_buf_size(limits.max_head_bytes.max(8 * 1024))
                .serve_connection(TokioIo::new(stream), service);
            // A slow or vanished client is its own problem; the connection just ends.
            let _ = tokio::time::timeout(limits.request_timeout + limits.header_timeout, connection).await;
            drop(permit);
        });
    }
}

/// A plain-text answer.
pub fn text(code: StatusCode, body: impl Into<String>) -> Response {
    (code, [(header::CONTENT_TYPE, "text/plain")], body.into()).into_response()
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use axum::routing::get;

    use super::*;

    fn raw(address: SocketAddr, request: &[u8]) -> String {
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        stream.write_all(request).expect("write");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_request_per_connection_within_limits() {
        let listener = bind("127.0.0.1:0".parse().expect("addr")).await.expect("bind");
        let address = listener.local_addr().expect("addr");
        let router = Router::new()
            .route("/hi", get(|| async { text(StatusCode::OK, "hi\n") }))
            .layer(axum::middleware::from_fn(only_get));
        let limits = Limits { header_timeout: Duration::from_millis(300), ..Limits::default() };
        let server = tokio::spawn(serve(listener, router, limits));
        let answer = tokio::task::spawn_blocking(move || {
            let ok = raw(address, b"GET /hi HTTP/1.1\r\nHost: x\r\n\r\n");
            let post = raw(address, b"POST /hi HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
            let big =
                raw(address, format!("GET /hi HTTP/1.1\r\nHost: x\r\nX: {}\r\n\r\n", "a".repeat(64 * 1024)).as_bytes());
            let slow = raw(address, b"GET /hi HTTP/1.1\r\n");
            (ok, post, big, slow)
        })
        .await
        .expect("client");
        let (ok, post, big, slow) = answer;
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        assert!(ok.to_lowercase().contains("connection: close"), "{ok}");
        assert!(ok.to_lowercase().contains("cache-control: no-store"), "{ok}");
        assert!(ok.ends_with("\r\n\r\nhi\n"), "{ok}");
        assert!(post.starts_with("HTTP/1.1 405") && post.ends_with("only GET\n"), "{post}");
        assert!(big.is_empty() || big.starts_with("HTTP/1.1 431"), "{big}");
        assert!(!slow.starts_with("HTTP/1.1 200"), "{slow}");
        server.abort();
    }
}
