//! The signer's state and its one rule: a duty is signed with the provider's share and t guardians' partial signatures, each checked, after slashing protection allowed it, and the result is verified under the validator's key before it leaves.

use std::time::{Duration, Instant};

use alloy::signers::local::PrivateKeySigner;
use stkr_core::{
    cosign::{self, Protection},
    dkg::DistributedKey,
};
use stkr_validator::{SecretKey, dkg as math};

use crate::{config::GuardianEndpoint, metrics::Metrics};

/// Why a request gets no signature; each maps to the status code Web3Signer uses.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// This signer does not hold the key (404).
    #[error("{0}")]
    UnknownKey(String),
    /// The request is malformed or asks for something no party signs (400).
    #[error("{0}")]
    Invalid(String),
    /// Slashing protection refused it (412).
    #[error("{0}")]
    Slashable(String),
    /// Fewer than the threshold of guardians signed (503).
    #[error("{0}")]
    NoQuorum(String),
    /// Something broke here (500).
    #[error("{0}")]
    Internal(String),
}

/// The signer at work.
#[derive(Debug)]
pub struct Signer {
    /// The distributed key's public record.
    pub key: DistributedKey,
    /// Its public key, 0x-hex.
    pub pubkey: String,
    pubkey_bytes: [u8; 48],
    share: SecretKey,
    account: PrivateKeySigner,
    /// The chain.
    pub chain_id: u64,
    /// The guardians asked.
    pub guardians: Vec<GuardianEndpoint>,
    client: reqwest::Client,
    endpoints: Vec<cosign::Endpoint>,
    /// The provider's slashing-protection record.
    pub protection: Protection,
    /// The metrics.
    pub metrics: Metrics,
}

impl Signer {
    /// A signer for `key` with the provider's `share` and Ethereum `account`.
    pub fn new(
        key: DistributedKey,
        share: SecretKey,
        account: PrivateKeySigner,
        chain_id: u64,
        guardians: Vec<GuardianEndpoint>,
        timeout: Duration,
        protection: Protection,
    ) -> Result<Self, stkr_core::Error> {
        let pubkey_bytes = key.group.pubkey_bytes().map_err(|e| stkr_core::Error::InvalidInput(e.to_string()))?;
        let provider_part = share.public_key().map_err(|e| stkr_core::Error::InvalidInput(e.to_string()))?;
        if alloy::hex::encode(provider_part) != key.group.provider.pubkey.trim_start_matches("0x") {
            return Err(stkr_core::Error::InvalidInput(
                "the share keystore does not hold the provider's half of this key (its public key differs from the key file's)"
                    .into(),
            ));
        }
        if account.address() != key.ceremony.provider {
            return Err(stkr_core::Error::InvalidInput(format!(
                "the account keystore is {}, but the key was made by provider {}: the guardians answer only it",
                account.address(),
                key.ceremony.provider
            )));
        }
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .map_err(|e| stkr_core::Error::Other(format!("building an HTTP client: {e}")))?;
        Ok(Self {
            pubkey: key.pubkey(),
            pubkey_bytes,
            key,
            share,
            account,
            chain_id,
            guardians: guardians.clone(),
            client,
            endpoints: guardians.iter().map(|g| cosign::Endpoint { index: g.index, url: g.url.clone() }).collect(),
            protection,
            metrics: Metrics::default(),
        })
    }

    /// The validator signature for the remote-signing request `body` for `pubkey`.
    pub async fn sign(&self, pubkey: &str, body: &[u8]) -> Result<[u8; 96], SignError> {
        let started = Instant::now();
        let mut duty = None;
        let result = self.sign_checked(pubkey, body, &mut duty).await;
        // A request whose duty could not be read is counted as `unknown`.
        let duty = duty.unwrap_or("unknown");
        self.metrics.requested(duty);
        match &result {
            Ok(_) => self.metrics.signed(duty, started.elapsed().as_secs_f64()),
            Err(e) => {
                let reason = match e {
                    SignError::UnknownKey(_) => "unknown_key",
                    SignError::Invalid(_) => "invalid",
                    SignError::Slashable(_) => "slashable",
                    SignError::NoQuorum(_) => "no_quorum",
                    SignError::Internal(_) => "internal",
                };
                self.metrics.refused(reason);
                tracing::warn!(reason, duty, error = %e, "no signature");
            }
        }
        result
    }

    /// Check, protect and sign `body`, noting its duty in `duty` as soon as it is read.
    async fn sign_checked(
        &self,
        pubkey: &str,
        body: &[u8],
        duty_kind: &mut Option<&'static str>,
    ) -> Result<[u8; 96], SignError> {
        if !pubkey.trim_start_matches("0x").eq_ignore_ascii_case(self.pubkey.trim_start_matches("0x")) {
            return Err(SignError::UnknownKey(format!(
                "this signer holds no key {pubkey}; it signs for {}",
                self.pubkey
            )));
        }
        let duty = cosign::check_duty(&self.key, self.chain_id, body).map_err(|e| SignError::Invalid(e.to_string()))?;
        *duty_kind = Some(duty.kind);
        self.protection.allow(self.pubkey_bytes, &duty).await.map_err(|e| SignError::Slashable(e.to_string()))?;
        let provider_part =
            math::sign_provider(&self.share, &duty.signing_root).map_err(|e| SignError::Internal(e.to_string()))?;
        let auth =
            cosign::authenticate(&self.account, &self.pubkey, body).map_err(|e| SignError::Internal(e.to_string()))?;
        let partials =
            cosign::gather(&self.client, &self.endpoints, &self.key, &auth, body, &duty.signing_root, |index, ok| {
                if ok { self.metrics.partial(index) } else { self.metrics.partial_failure(index) }
            })
            .await
            .map_err(SignError::NoQuorum)?;
        let signature = math::combine(&self.key.group, &provider_part, &partials, &duty.signing_root)
            .map_err(|e| SignError::Internal(e.to_string()))?;
        tracing::debug!(duty = duty.kind, "signed");
        Ok(signature)
    }
}
