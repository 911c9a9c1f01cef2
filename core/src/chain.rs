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
        RpcError::Transport(kind) => Error::Unreachable { url: url.into(), reason: innermost(kind) },
        RpcError::ErrorResp(payload) => Error::Rpc(payload.message.to_string()),
        other => Error::Rpc(other.to_string()),
    }
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
