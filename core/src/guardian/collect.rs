//! The guardian committee as the chain lists it, and gathering a quorum of attestations from the guardians' daemons for `stkr pool activate`.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, FixedBytes},
    providers::Provider,
    transports::http::reqwest,
};
use serde::Serialize;

use super::{ATTESTATIONS_PATH, AttestedBlock, Deposit, DepositRequest, GuardianAttestation, assemble, signer_of};
use crate::{
    Error, Result,
    batch::Batch,
    bindings::{DepositGuard, IDepositGuard},
    chain::{Chain, transport_error},
    deploy::Contracts,
};

/// How long one guardian may take to answer.
const GUARDIAN_TIMEOUT: Duration = Duration::from_secs(15);

/// One guardian.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// Its signing address.
    pub address: Address,
    /// Where its daemon serves attestations.
    pub url: String,
}

/// The guardians appointed by governance and how many of them a deposit needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Committee {
    /// The `DepositGuard` contract.
    pub guard: Address,
    /// The guardians, in the order they were appointed.
    pub members: Vec<Member>,
    /// M: the attestations a deposit needs.
    pub quorum: u64,
}

/// The committee as the chain lists it, in two round trips.
pub async fn committee(chain: &Chain, contracts: &Contracts) -> Result<Committee> {
    let guard = contracts.deposit_guard;
    let mut batch = Batch::new();
    let guardians = batch.add(guard, DepositGuard::guardiansCall {});
    let quorum = batch.add(guard, DepositGuard::quorumCall {});
    let answers = batch.run(chain, contracts.multicall3).await?;
    let addresses = answers.get(guardians)?;
    let quorum = answers.get(quorum)?.saturating_to::<u64>();
    let mut batch = Batch::new();
    let urls: Vec<_> =
        addresses.iter().map(|&guardian| batch.add(guard, DepositGuard::urlOfCall { guardian })).collect();
    let answers = batch.run(chain, contracts.multicall3).await?;
    let members = addresses
        .into_iter()
        .zip(urls)
        .map(|(address, url)| Ok(Member { address, url: answers.get(url)? }))
        .collect::<Result<Vec<_>>>()?;
    Ok(Committee { guard, members, quorum })
}

/// Ask every guardian for an attestation of pool `pool_id`'s deposit at a block just behind the head, and
/// return the contract's `Attestation`, ordered by signer, as soon as the quorum has signed. An answer
/// counts only when its signature recovers to the guardian that gave it and covers exactly this deposit.
pub async fn collect(
    chain: &Chain,
    contracts: &Contracts,
    pool_id: u64,
    pubkey: [u8; 48],
    signature: [u8; 96],
    deposit_data_root: B256,
) -> Result<IDepositGuard::Attestation> {
    let committee = committee(chain, contracts).await?;
    if committee.quorum == 0 || committee.members.is_empty() {
        return Err(Error::Simulation(
            "no guardian committee is seated, so no deposit can be attested; governance appoints guardians with `stkr govern propose add-guardian`".into(),
        ));
    }
    let head = chain.provider.get_block_number().await.map_err(|e| transport_error(&chain.url, &e))?;
    // One block behind the head, so a guardian whose node is a block behind ours still knows it.
    let request = DepositRequest {
        pool_id,
        pubkey: FixedBytes(pubkey),
        signature: FixedBytes(signature),
        deposit_data_root,
        block_number: Some(head.saturating_sub(1)),
    };
    let expected = Deposit {
        pool_id,
        pubkey: FixedBytes(pubkey),
        withdrawal_credentials: super::pool_withdrawal_credentials(chain, contracts, pool_id).await?,
        deposit_data_root,
    };
    let mut asked = tokio::task::JoinSet::new();
    let client = reqwest::Client::builder()
        .timeout(GUARDIAN_TIMEOUT)
        .build()
        .map_err(|e| Error::Other(format!("building an HTTP client: {e}")))?;
    for member in committee.members.clone() {
        let (client, request) = (client.clone(), request.clone());
        asked.spawn(async move {
            let answer = ask(&client, &member.url, &request).await;
            (member, answer)
        });
    }
    let mut signed: Vec<(AttestedBlock, GuardianAttestation)> = Vec::new();
    let mut refusals = Vec::new();
    while let Some(joined) = asked.join_next().await {
        let Ok((member, answer)) = joined else { continue };
        match answer.and_then(|a| accept(chain.chain_id, committee.guard, &member, &expected, a)) {
            Ok(attestation) => {
                let block = attestation.block;
                signed.push((block, attestation));
                let same: Vec<_> = signed.iter().filter(|(b, _)| *b == block).map(|(_, a)| a.clone()).collect();
                if same.len() as u64 >= committee.quorum {
                    return Ok(assemble(&block, same));
                }
            }
            Err(reason) => refusals.push((member.address, reason)),
        }
    }
    Err(Error::Simulation(short_of(&committee, signed.len(), &refusals)))
}

/// POST the request to one guardian; its attestation, or its refusal sentence.
async fn ask(
    client: &reqwest::Client,
    url: &str,
    request: &DepositRequest,
) -> std::result::Result<GuardianAttestation, String> {
    let endpoint = format!("{}{ATTESTATIONS_PATH}", url.trim_end_matches('/'));
    let body = serde_json::to_vec(request).map_err(|e| format!("cannot encode the request ({e})"))?;
    let response = client
        .post(&endpoint)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| match crate::chain::certificate_failure(&endpoint, &e) {
            Some(tls) => tls.to_string(),
            None => format!("unreachable at {endpoint} ({e})"),
        })?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| format!("no answer from {endpoint} ({e})"))?;
    if status.is_success() {
        return serde_json::from_slice(&body).map_err(|e| format!("answered something that is no attestation ({e})"));
    }
    let refusal = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string))
        .unwrap_or_else(|| format!("answered HTTP {status}"));
    Err(refusal)
}

/// `attestation` if it is `member`'s valid signature of exactly `expected`.
fn accept(
    chain_id: u64,
    guard: Address,
    member: &Member,
    expected: &Deposit,
    attestation: GuardianAttestation,
) -> std::result::Result<GuardianAttestation, String> {
    if attestation.deposit != *expected {
        return Err("attested another deposit than the one asked for".into());
    }
    match signer_of(chain_id, guard, &attestation) {
        Some(signer) if signer == member.address && attestation.guardian == member.address => Ok(attestation),
        Some(signer) => Err(format!("answered with a signature by {signer}, not by the guardian")),
        None => Err("answered with a malformed signature".into()),
    }
}

/// The sentence for a quorum not reached: the refusal itself when every guardian gave the same one.
fn short_of(committee: &Committee, valid: usize, refusals: &[(Address, String)]) -> String {
    let quorum = committee.quorum;
    let first = refusals.first().map(|(_, r)| r.as_str()).unwrap_or_default();
    if valid == 0 && !refusals.is_empty() && refusals.iter().all(|(_, r)| r == first) {
        return format!("the guardians refused to attest the deposit: {first}");
    }
    let reasons = refusals.iter().map(|(a, r)| format!("{a}: {r}")).collect::<Vec<_>>().join("; ");
    format!("only {valid} of the {quorum} guardian attestations a deposit needs ({reasons})")
}

/// `attestation` as MicroPool's `activate` takes it (the same struct, from MicroPool's own ABI).
pub fn for_micro_pool(
    attestation: IDepositGuard::Attestation,
) -> crate::bindings::micro_pool::IDepositGuard::Attestation {
    use crate::bindings::micro_pool::IDepositGuard as Pool;
    Pool::Attestation {
        depositRoot: attestation.depositRoot,
        blockNumber: attestation.blockNumber,
        blockHash: attestation.blockHash,
        signatures: attestation.signatures.into_iter().map(|s| Pool::Signature { r: s.r, vs: s.vs }).collect(),
    }
}
