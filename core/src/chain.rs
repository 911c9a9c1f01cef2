//! Connecting to an Ethereum JSON-RPC endpoint, with errors that say which URL failed and why.

use std::time::Duration;

use alloy::{
    network::EthereumWallet,
    providers::{DynProvider, Provider, ProviderBuilder},
    signers::local::PrivateKeySigner,
    transports::{RpcError, TransportErrorKind, http::reqwest::Url},
};

use crate::{Error, Result, network::Network};

/// How long stkr waits for an endpoint's first answer before calling it unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A connected endpoint.
#[derive(Debug, Clone)]
pub struct Chain {
    /// The provider; it signs when connected with a wallet.
    pub provider: DynProvider,
    /// The endpoint's chain id.
    pub chain_id: u64,
    /// The URL it was reached at.
    pub url: String,
    /// The known network with this chain id, if any.
    pub network: Option<Network>,
}

/// Parse an RPC URL, accepting only http(s).
pub fn parse_url(url: &str) -> Result<Url> {
    let parsed = url.parse::<Url>().map_err(|e| Error::InvalidRpcUrl { url: url.into(), reason: e.to_string() })?;
    match parsed.scheme() {
        "http" | "https" => Ok(parsed),
        other => Err(Error::InvalidRpcUrl {
            url: url.into(),
            reason: format!("the scheme '{other}' is not supported, only http and https"),
        }),
    }
}

/// Connect to `url` (signing with `wallet` when given) and read its chain id. When `expected` names a
/// network, the endpoint must be on it.
pub async fn connect(url: &str, wallet: Option<PrivateKeySigner>, expected: Option<Network>) -> Result<Chain> {
    let parsed = parse_url(url)?;
    let provider = match wallet {
        Some(signer) => ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(parsed).erased(),
        None => ProviderBuilder::new().connect_http(parsed).erased(),
    };
    let chain_id = match tokio::time::timeout(CONNECT_TIMEOUT, provider.get_chain_id()).await {
        Ok(Ok(id)) => id,
        Ok(Err(e)) => return Err(transport_error(url, &e)),
        Err(_) => {
            return Err(Error::Unreachable {
                url: url.into(),
                reason: format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()),
            });
        }
    };
    if let Some(network) = expected
        && network.chain_id() != chain_id
    {
        return Err(Error::ChainMismatch {
            network: network.to_string(),
            expected: network.chain_id(),
            actual: chain_id,
        });
    }
    Ok(Chain { provider, chain_id, url: url.into(), network: Network::from_chain_id(chain_id) })
}

/// An error from the endpoint, phrased: unreachable transports name the URL, error answers their message.
pub fn transport_error(url: &str, error: &RpcError<TransportErrorKind>) -> Error {
    match error {
        RpcError::Transport(kind) => http_failure(url, kind),
        RpcError::ErrorResp(payload) => Error::Rpc(payload.message.to_string()),
        other => Error::Rpc(other.to_string()),
    }
}

/// Why an HTTP(S) request to `url` got no answer: a certificate that does not verify (which no retry
/// mends) is told apart from an endpoint that is down.
pub fn http_failure(url: &str, error: &(dyn std::error::Error + 'static)) -> Error {
    certificate_failure(url, error).unwrap_or_else(|| Error::Unreachable { url: url.into(), reason: innermost(error) })
}

/// `Error::Certificate` when `error` (from a request to `url`) is a TLS certificate that does not verify.
pub fn certificate_failure(url: &str, error: &(dyn std::error::Error + 'static)) -> Option<Error> {
    certificate_problem(error).map(|reason| Error::Certificate { host: host_of(url), reason })
}

/// The host (and port, when given) of `url`, as a certificate names it.
fn host_of(url: &str) -> String {
    match url.parse::<Url>() {
        Ok(parsed) => match (parsed.host_str(), parsed.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            _ => url.to_string(),
        },
        Err(_) => url.to_string(),
    }
}

/// The rustls error in `error`: it travels inside io::Errors (nested, on the way out of hyper), whose
/// `source()` skips the error they wrap, so look inside them explicitly.
fn rustls_error<'a>(error: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(tls) = error.downcast_ref::<rustls::Error>() {
        return Some(tls);
    }
    let mut inner = error.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref());
    while let Some(wrapped) = inner {
        if let Some(tls) = wrapped.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        inner = wrapped.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref());
    }
    None
}

/// The reason a TLS certificate was refused, if that is what `error` is, phrased with what to do.
fn certificate_problem(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    use rustls::CertificateError;
    let mut current = Some(error);
    while let Some(err) = current {
        let tls = rustls_error(err);
        if let Some(rustls::Error::General(message)) = tls
            && message.contains("No CA certificates")
        {
            return Some(
                "this machine has no trusted root certificates; install the ca-certificates package or point \
                 SSL_CERT_FILE at a PEM bundle"
                    .into(),
            );
        }
        if let Some(rustls::Error::InvalidCertificate(problem)) = tls {
            return Some(match problem {
                CertificateError::UnknownIssuer => "it is signed by an authority this machine does not trust; \
                    for a private CA, point SSL_CERT_FILE (a PEM file) or SSL_CERT_DIR at its certificate"
                    .into(),
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                    "it is not issued for this host name; use the name the certificate was issued for".into()
                }
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    "it has expired; the endpoint's operator must renew it".into()
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    "it is not valid yet; check this machine's clock".into()
                }
                CertificateError::Revoked => "it has been revoked".into(),
                other => format!("{other:?}"),
            });
        }
        current = err.source();
    }
    None
}

/// The most specific message in an error chain ("Connection refused" rather than "error sending request").
fn innermost(error: &(dyn std::error::Error + 'static)) -> String {
    let mut current = error;
    while let Some(source) = current.source() {
        current = source;
    }
    let text = current.to_string();
    // std's io errors read "Connection refused (os error 111)": the os code helps nobody here.
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_lowercase(),
        None => text,
    }
}

impl Chain {
    /// The latest block's timestamp: the chain's clock, which a devnet moves with `stkr devnet advance`.
    pub async fn time(&self) -> Result<u64> {
        let block = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| transport_error(&self.url, &e))?
            .ok_or_else(|| Error::Rpc(format!("{} returned no latest block", self.url)))?;
        Ok(block.header.timestamp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_malformed_and_unsupported_urls() {
        let msg = |u: &str| parse_url(u).err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            msg("not a url"),
            "invalid RPC URL 'not a url': relative URL without a base; pass a URL such as http://127.0.0.1:8545"
        );
        assert_eq!(
            msg("ws://127.0.0.1:8546"),
            "invalid RPC URL 'ws://127.0.0.1:8546': the scheme 'ws' is not supported, only http and https; pass a URL such as http://127.0.0.1:8545"
        );
        parse_url("https://rpc.example.org/v1").expect("https is fine");
    }

    #[tokio::test]
    async fn refused_connection_names_the_url() {
        // Port 9 (discard) on loopback has no listener here, so the connection is refused at once.
        let err = connect("http://127.0.0.1:9", None, None).await.err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "could not reach the RPC endpoint at http://127.0.0.1:9 (connection refused); check --rpc-url / ETH_RPC_URL, or start a local chain with `stkr devnet up`"
            )
        );
    }
}
