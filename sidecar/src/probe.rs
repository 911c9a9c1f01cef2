//! The probe: the signed status document a sidecar serves on `/status`, and the audit of a peer's one.

use std::time::Duration;

use alloy::{
    primitives::{Address, B256, Signature},
    signers::{SignerSync, local::PrivateKeySigner},
};
use serde::{Deserialize, Serialize};

use crate::{beacon::BeaconView, execution::ExecutionView};

/// What `/status` answers: the status as an exact JSON string and the sidecar's EIP-191 signature of it,
/// so a verifier checks the very bytes that were signed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignedStatus {
    /// The [`Status`] as JSON.
    pub payload: String,
    /// 0x-prefixed 65-byte signature of `payload` by the node's sidecar key.
    pub signature: String,
}

/// A node's status as its sidecar sees it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Status {
    /// The node.
    pub node_id: u64,
    /// The sidecar's address (the signer).
    pub sidecar: Address,
    /// The chain the node is on.
    pub chain_id: u64,
    /// The auditor's challenge, echoed so an old answer cannot be replayed.
    pub challenge: Option<String>,
    /// When this was signed (unix seconds).
    pub time: u64,
    /// healthy, syncing, unhealthy or unknown.
    pub health: String,
    /// The execution client's head.
    pub head_number: Option<u64>,
    /// The head's hash.
    pub head_hash: Option<B256>,
    /// It syncs.
    pub syncing: bool,
    /// Its peers.
    pub peers: Option<u64>,
    /// Everything wrong, one sentence each.
    pub problems: Vec<String>,
    /// The consensus side, when watched.
    pub beacon: Option<BeaconView>,
    /// The provider's running projects on this machine and whether each answered its health check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<crate::projects::ProjectHealth>,
}

impl Status {
    /// The status of `node_id` from what the watchers saw.
    pub fn new(
        node_id: u64,
        sidecar: Address,
        chain_id: u64,
        health: &str,
        execution: &ExecutionView,
        beacon: Option<&BeaconView>,
        problems: Vec<String>,
    ) -> Self {
        Self {
            node_id,
            sidecar,
            chain_id,
            challenge: None,
            time: crate::execution::unix_now(),
            health: health.to_string(),
            head_number: execution.head_number,
            head_hash: execution.head_hash,
            syncing: execution.syncing,
            peers: execution.peers,
            problems,
            beacon: beacon.cloned(),
            projects: Vec::new(),
        }
    }

    /// Sign it as `signer`.
    pub fn sign(&self, signer: &PrivateKeySigner) -> Result<SignedStatus, String> {
        let payload = serde_json::to_string(self).map_err(|e| e.to_string())?;
        let signature = signer.sign_message_sync(payload.as_bytes()).map_err(|e| e.to_string())?;
        Ok(SignedStatus { payload, signature: format!("0x{}", alloy::hex::encode(signature.as_bytes())) })
    }
}

/// A challenge is 1 to 64 hex digits after 0x (a random 32-byte value from the auditor).
pub fn valid_challenge(challenge: &str) -> bool {
    challenge
        .strip_prefix("0x")
        .is_some_and(|hex| !hex.is_empty() && hex.len() <= 64 && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A peer to audit, as registered on chain.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Target {
    /// Its node id.
    pub node_id: u64,
    /// Its registered sidecar address.
    pub sidecar: Address,
    /// Its registered probe URL.
    pub probe_url: String,
}

/// One audit's outcome.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AuditResult {
    /// The audited node.
    pub node_id: u64,
    /// It answered, correctly signed, healthy and current.
    pub up: bool,
    /// Why not, when down.
    pub reason: Option<String>,
    /// The head it reported.
    pub head_number: Option<u64>,
}

/// What the auditor knows when it checks an answer.
#[derive(Debug, Clone, Copy)]
pub struct Expectations {
    /// Our chain.
    pub chain_id: u64,
    /// Our head.
    pub own_head: u64,
    /// How far behind our head a peer may be.
    pub max_lag_blocks: u64,
}

/// Judge a peer's answer to `challenge`: the signature must be its registered sidecar's, over a status
/// for that node, this challenge and chain, healthy, with a head no more than the allowed lag behind.
pub fn judge(target: &Target, challenge: &str, body: &str, expect: Expectations) -> Result<Status, String> {
    let signed: SignedStatus =
        serde_json::from_str(body).map_err(|_| "its /status answer is not a signed status document".to_string())?;
    let bytes = alloy::hex::decode(&signed.signature).map_err(|_| "its signature is not hex".to_string())?;
    let signature = Signature::try_from(bytes.as_slice()).map_err(|_| "its signature is malformed".to_string())?;
    let signer = signature
        .recover_address_from_msg(signed.payload.as_bytes())
        .map_err(|_| "its signature recovers to no address".to_string())?;
    if signer != target.sidecar {
        return Err(format!("its status is signed by {signer}, not by its registered sidecar {}", target.sidecar));
    }
    let status: Status =
        serde_json::from_str(&signed.payload).map_err(|_| "its signed payload is not a status".to_string())?;
    if status.node_id != target.node_id {
        return Err(format!("it answers for node {}, not {}", status.node_id, target.node_id));
    }
    if status.challenge.as_deref() != Some(challenge) {
        return Err("it did not sign this audit's challenge (a replayed answer?)".into());
    }
    if status.chain_id != expect.chain_id {
        return Err(format!("it is on chain {}, not {}", status.chain_id, expect.chain_id));
    }
    if status.health != "healthy" {
        let why = status.problems.first().map(|p| format!(": {p}")).unwrap_or_default();
        return Err(format!("it reports itself {}{why}", status.health));
    }
    let Some(head) = status.head_number else { return Err("it reports no head".into()) };
    let floor = expect.own_head.saturating_sub(expect.max_lag_blocks);
    if head < floor {
        return Err(format!(
            "its head {head} is {} blocks behind ours ({}), more than {}",
            expect.own_head - head,
            expect.own_head,
            expect.max_lag_blocks
        ));
    }
    Ok(status)
}

/// How long an auditor waits before it asks a peer that failed its probe once more.
const RETRY_PAUSE: Duration = Duration::from_secs(2);

/// Probe `target` and judge the answer; a peer that fails is asked once more, with a fresh challenge, a
/// moment later: a report of "down" costs the peer uptime (and its auditor a strike when the others saw it
/// up), so one dropped connection or one slow answer on a busy machine must not decide it.
pub async fn audit(client: &reqwest::Client, target: &Target, expect: Expectations) -> AuditResult {
    let first = audit_once(client, target, expect).await;
    if first.up {
        return first;
    }
    tokio::time::sleep(RETRY_PAUSE).await;
    audit_once(client, target, expect).await
}

/// Probe `target` with a fresh challenge and judge the answer.
async fn audit_once(client: &reqwest::Client, target: &Target, expect: Expectations) -> AuditResult {
    let challenge = format!("0x{}", alloy::hex::encode(rand::random::<[u8; 32]>()));
    let separator = if target.probe_url.contains('?') { '&' } else { '?' };
    let url = format!("{}{separator}challenge={challenge}", target.probe_url);
    let down =
        |reason: String| AuditResult { node_id: target.node_id, up: false, reason: Some(reason), head_number: None };
    let response = match client.get(&url).send().await {
        Ok(response) => response,
        Err(e) if e.is_timeout() => return down("its probe did not answer in time".into()),
        Err(e) => {
            return down(match stkr_core::chain::certificate_failure(&target.probe_url, &e) {
                Some(tls) => format!("its probe at {}: {tls}", target.probe_url),
                None => format!("its probe at {} cannot be reached", target.probe_url),
            });
        }
    };
    if !response.status().is_success() {
        return down(format!("its probe answered HTTP {}", response.status().as_u16()));
    }
    let body = match response.text().await {
        Ok(body) => body,
        Err(_) => return down("its probe's answer broke off".into()),
    };
    match judge(target, &challenge, &body, expect) {
        Ok(status) => AuditResult { node_id: target.node_id, up: true, reason: None, head_number: status.head_number },
        Err(reason) => down(reason),
    }
}

/// The HTTP client audits use.
pub fn client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder().timeout(timeout).build().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(seed: u8) -> PrivateKeySigner {
        PrivateKeySigner::from_bytes(&B256::repeat_byte(seed)).expect("key")
    }

    fn status(node_id: u64, signer: &PrivateKeySigner, challenge: &str, head: u64) -> Status {
        let execution = ExecutionView { head_number: Some(head), reachable: true, ..ExecutionView::default() };
        let mut status = Status::new(node_id, signer.address(), 31337, "healthy", &execution, None, vec![]);
        status.challenge = Some(challenge.into());
        status
    }

    const EXPECT: Expectations = Expectations { chain_id: 31337, own_head: 100, max_lag_blocks: 5 };

    #[test]
    fn an_honest_answer_passes_and_tampered_ones_are_named() {
        let key = signer(7);
        let target = Target { node_id: 2, sidecar: key.address(), probe_url: "http://x/status".into() };
        let challenge = "0xabcd";
        let body = |s: &Status, k: &PrivateKeySigner| serde_json::to_string(&s.sign(k).expect("sign")).expect("json");

        assert!(judge(&target, challenge, &body(&status(2, &key, challenge, 98), &key), EXPECT).is_ok());

        let stranger = signer(8);
        let error =
            judge(&target, challenge, &body(&status(2, &key, challenge, 98), &stranger), EXPECT).expect_err("refused");
        assert!(error.starts_with(&format!("its status is signed by {}", stranger.address())), "{error}");

        let stale =
            judge(&target, challenge, &body(&status(2, &key, challenge, 90), &key), EXPECT).expect_err("refused");
        assert_eq!(stale, "its head 90 is 10 blocks behind ours (100), more than 5");

        let replay =
            judge(&target, challenge, &body(&status(2, &key, "0x1111", 100), &key), EXPECT).expect_err("refused");
        assert_eq!(replay, "it did not sign this audit's challenge (a replayed answer?)");

        let other =
            judge(&target, challenge, &body(&status(3, &key, challenge, 100), &key), EXPECT).expect_err("refused");
        assert_eq!(other, "it answers for node 3, not 2");

        // The payload edited after signing no longer recovers to the sidecar.
        let mut signed = status(2, &key, challenge, 50).sign(&key).expect("sign");
        signed.payload = signed.payload.replace("\"head_number\":50", "\"head_number\":100");
        let error =
            judge(&target, challenge, &serde_json::to_string(&signed).expect("json"), EXPECT).expect_err("refused");
        assert!(error.starts_with("its status is signed by"), "{error}");

        assert_eq!(
            judge(&target, challenge, "{}", EXPECT).expect_err("refused"),
            "its /status answer is not a signed status document"
        );
        let mut sick = status(2, &key, challenge, 100);
        sick.health = "syncing".into();
        sick.problems = vec!["the execution client is syncing".into()];
        assert_eq!(
            judge(&target, challenge, &body(&sick, &key), EXPECT).expect_err("refused"),
            "it reports itself syncing: the execution client is syncing"
        );
    }

    #[test]
    fn challenges_are_short_hex() {
        assert!(valid_challenge("0x00ff"));
        assert!(!valid_challenge("00ff"));
        assert!(!valid_challenge("0x"));
        assert!(!valid_challenge(&format!("0x{}", "a".repeat(65))));
        assert!(!valid_challenge("0x<script>"));
    }
}
