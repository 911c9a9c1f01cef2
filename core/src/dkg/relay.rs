//! The provider's side of the ceremony: it opens it, relays every round between the guardians, adds its own half, checks that everyone computed the same key, and has the new key sign the pool's deposit.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256},
    signers::local::PrivateKeySigner,
    transports::http::reqwest,
};
use serde::Serialize;
use stkr_validator::{
    SecretKey,
    deposit::DepositData,
    dkg::{self as math, ProviderCommitment},
    scalar::Scalar,
};
use tokio::task::JoinSet;

use super::{Ceremony, DKG_PATH, DistributedKey, Message, RoundRequest, Signed, Transcript};
use crate::{
    Error, Result,
    batch::Batch,
    chain::Chain,
    cosign::{self, Endpoint},
    deploy::Contracts,
    guardian::{self, Member, beacon_chain},
    pool::read_pool,
};

/// How long the guardians have to take part, from the opening message.
const CEREMONY_SECS: u64 = 600;
/// How long one guardian may take to answer one round.
const ROUND_TIMEOUT: Duration = Duration::from_secs(30);

/// A new distributed validator key: its public record, the provider's half, and the pool's deposit.
#[derive(Debug)]
pub struct Generated {
    /// The key's public record (ceremony, validator key, public shares, who was left out).
    pub key: DistributedKey,
    /// The provider's half s_p.
    pub provider_share: SecretKey,
    /// The pool's deposit, signed by the new key (the provider and a quorum of guardians).
    pub deposit: DepositData,
}

/// Generate a validator key for pool `pool_id` with the guardian committee, as its provider `provider`.
/// `progress` hears each round as it starts.
pub async fn generate(
    chain: &Chain,
    contracts: &Contracts,
    provider: &PrivateKeySigner,
    pool_id: u64,
    progress: &dyn Fn(&str),
) -> Result<Generated> {
    let committee = guardian::committee(chain, contracts).await?;
    if committee.quorum == 0 || committee.members.is_empty() {
        return Err(Error::InvalidInput(
            "no guardian committee is seated, so no key can be generated with it; governance appoints guardians with `stkr govern propose add-guardian`".into(),
        ));
    }
    let (pool, _, _) = read_pool(chain, contracts, pool_id, Batch::new()).await?;
    if pool.provider != provider.address() {
        return Err(Error::InvalidInput(format!(
            "pool {pool_id} belongs to provider {}, not {}: run this as its provider (--account)",
            pool.provider,
            provider.address()
        )));
    }
    let ceremony = Ceremony {
        chain_id: chain.chain_id,
        deposit_guard: contracts.deposit_guard,
        id: B256::from(rand::random::<[u8; 32]>()),
        provider: provider.address(),
        pool_id,
        withdrawal_credentials: guardian::pool_withdrawal_credentials(chain, contracts, pool_id).await?,
        guardians: committee.members.iter().map(|m| m.address).collect(),
        threshold: u32::try_from(committee.quorum)
            .map_err(|_| Error::InvalidInput("the quorum is too large".into()))?,
        // Wall-clock time: the guardians judge the expiry by their clocks, not the chain's (a devnet's runs ahead).
        expires: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default()
            + CEREMONY_SECS,
    };
    ceremony.check_threshold()?;
    let hash = ceremony.hash();
    let relay = Relay::new(&committee.members)?;
    let opening = Signed::sign(&Message::Ceremony(ceremony.clone()), provider)?;

    progress("join");
    let joined = relay.round("join", &relay.everyone(), &opening).await?;
    progress("deal");
    let dealt =
        relay.round("deal", &relay.everyone(), &RoundRequest::signed("deal", hash, joined.clone(), provider)?).await?;
    progress("check");
    let checked =
        relay.round("check", &relay.everyone(), &RoundRequest::signed("check", hash, dealt.clone(), provider)?).await?;
    let complaints = super::complaints(&ceremony, &checked)?;
    let accused: Vec<usize> =
        (0..committee.members.len()).filter(|i| complaints.iter().any(|c| c.dealer as usize == i + 1)).collect();
    let revealed = if accused.is_empty() {
        Vec::new()
    } else {
        progress("reveal");
        // An accused dealer that does not answer stays accused: its dealing is left out by name.
        relay.round_lenient("reveal", &accused, &RoundRequest::signed("reveal", hash, checked.clone(), provider)?).await
    };
    let provider_share = SecretKey::from_scalar(Scalar::random(&mut rand::rngs::OsRng))
        .map_err(|e| Error::Other(format!("cannot draw the provider's half: {e}")))?;
    let mut transcript = Transcript {
        ceremony: opening,
        joined,
        dealt,
        checked,
        revealed,
        provider: ProviderCommitment::of(&provider_share).map_err(|e| Error::Other(e.to_string()))?,
        provider_signature: String::new(),
    };
    transcript.sign(provider)?;
    let (ceremony, qualification, group) = transcript.outcome()?;
    progress("finish");
    let finished = relay.round("finish", &relay.everyone(), &transcript).await?;
    for (index, message) in super::open_round(&ceremony, &finished, "finished")? {
        if let Message::Finished { validator_pubkey, public_share, .. } = message {
            let expected = group.guardians.share(index).map(|s| s.pubkey.trim_start_matches("0x").to_string());
            if validator_pubkey != group.pubkey || Some(public_share) != expected {
                return Err(Error::InvalidInput(format!(
                    "guardian {index} computed another key than the transcript gives; the ceremony failed, start it again"
                )));
            }
        }
    }
    let key = DistributedKey { ceremony, group, disqualified: qualification.disqualified };
    progress("deposit");
    let deposit = sign_deposit(chain, &relay, &key, &provider_share, provider).await?;
    Ok(Generated { key, provider_share, deposit })
}

/// The pool's deposit (32 ETH to its vault's credentials), signed by the provider's half and a quorum of guardians.
async fn sign_deposit(
    chain: &Chain,
    relay: &Relay,
    key: &DistributedKey,
    provider_share: &SecretKey,
    provider: &PrivateKeySigner,
) -> Result<DepositData> {
    let deposit_chain = beacon_chain(chain.network);
    let request = cosign::deposit_request(key, deposit_chain.genesis_fork_version());
    let body = serde_json::to_vec(&request).map_err(|e| Error::Other(e.to_string()))?;
    let duty = cosign::check_duty(key, chain.chain_id, &body)?;
    let auth = cosign::authenticate(provider, &key.pubkey(), &body)?;
    let partials = cosign::gather(&relay.client, &relay.endpoints, key, &auth, &body, &duty.signing_root, |_, _| {})
        .await
        .map_err(Error::InvalidInput)?;
    let provider_part =
        math::sign_provider(provider_share, &duty.signing_root).map_err(|e| Error::Other(e.to_string()))?;
    let signature = math::combine(&key.group, &provider_part, &partials, &duty.signing_root)
        .map_err(|e| Error::InvalidInput(e.to_string()))?;
    let pubkey = key.group.pubkey_bytes().map_err(|e| Error::Other(e.to_string()))?;
    Ok(DepositData::assemble(
        pubkey,
        key.ceremony.withdrawal_credentials.0,
        cosign::DEPOSIT_GWEI,
        signature,
        deposit_chain,
    ))
}

/// The provider's connection to the guardians.
struct Relay {
    client: reqwest::Client,
    members: Vec<Member>,
    endpoints: Vec<Endpoint>,
}

impl Relay {
    fn new(members: &[Member]) -> Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(ROUND_TIMEOUT)
            .build()
            .map_err(|e| Error::Other(format!("building an HTTP client: {e}")))?;
        let endpoints =
            members.iter().enumerate().map(|(i, m)| Endpoint { index: i as u32 + 1, url: m.url.clone() }).collect();
        Ok(Self { client, members: members.to_vec(), endpoints })
    }

    /// Every guardian's position.
    fn everyone(&self) -> Vec<usize> {
        (0..self.members.len()).collect()
    }

    /// Send `body` to the guardians at `positions` for `round`; every one must answer.
    async fn round(&self, round: &str, positions: &[usize], body: &impl Serialize) -> Result<Vec<Signed>> {
        let answers = self.send(round, positions, body).await?;
        let mut signed = Vec::new();
        let mut failures = Vec::new();
        for (position, answer) in answers {
            match answer {
                Ok(message) => signed.push(message),
                Err(reason) => failures.push(self.name(position, &reason)),
            }
        }
        if !failures.is_empty() {
            return Err(Error::InvalidInput(format!(
                "the {round} round failed: {}; every guardian must take part, so nothing was generated",
                failures.join("; ")
            )));
        }
        Ok(signed)
    }

    /// Like `round`, keeping whatever answers arrive.
    async fn round_lenient(&self, round: &str, positions: &[usize], body: &impl Serialize) -> Vec<Signed> {
        match self.send(round, positions, body).await {
            Ok(answers) => answers.into_iter().filter_map(|(_, a)| a.ok()).collect(),
            Err(_) => Vec::new(),
        }
    }

    fn name(&self, position: usize, reason: &str) -> String {
        let member = &self.members[position];
        format!("guardian {} ({}) at {}: {reason}", position + 1, member.address, member.url)
    }

    async fn send(
        &self,
        round: &str,
        positions: &[usize],
        body: &impl Serialize,
    ) -> Result<Vec<(usize, std::result::Result<Signed, String>)>> {
        let body = serde_json::to_vec(body).map_err(|e| Error::Other(e.to_string()))?;
        let mut asked = JoinSet::new();
        for &position in positions {
            let url = format!("{}{DKG_PATH}/{round}", self.members[position].url.trim_end_matches('/'));
            let (client, body) = (self.client.clone(), body.clone());
            asked.spawn(async move { (position, post(&client, &url, body).await) });
        }
        let mut answers = Vec::new();
        while let Some(done) = asked.join_next().await {
            if let Ok(answer) = done {
                answers.push(answer);
            }
        }
        answers.sort_by_key(|(position, _)| *position);
        Ok(answers)
    }
}

/// POST one round's body; the guardian's signed message, or why not.
async fn post(client: &reqwest::Client, url: &str, body: Vec<u8>) -> std::result::Result<Signed, String> {
    let response =
        client.post(url).header(reqwest::header::CONTENT_TYPE, "application/json").body(body).send().await.map_err(
            |e| match crate::chain::certificate_failure(url, &e) {
                Some(tls) => tls.to_string(),
                None if e.is_timeout() => "no answer in time".to_string(),
                None => "unreachable".to_string(),
            },
        )?;
    let status = response.status();
    let text = response.text().await.map_err(|_| "its answer broke off".to_string())?;
    if status.is_success() {
        return serde_json::from_str(&text).map_err(|_| "it answered something that is no signed message".into());
    }
    Err(serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("error").and_then(serde_json::Value::as_str).map(str::to_string))
        .unwrap_or_else(|| format!("HTTP {}", status.as_u16())))
}

/// Who a ceremony names, for the report.
pub fn guardians_of(key: &DistributedKey) -> Vec<(u32, Address)> {
    key.ceremony.guardians.iter().enumerate().map(|(i, a)| (i as u32 + 1, *a)).collect()
}
