//! The distributed key generation ceremony between a provider and the guardians (`stkr validator dkg`): its signed messages, what every party checks, and the sealing of the guardians' private shares.
//!
//! The provider relays every message; it can read none of the shares (each is sealed to its recipient's
//! per-ceremony X25519 key) and forge none of the messages (each carries its author's EIP-191 signature,
//! checked against the guardian the chain appointed at that index). Every message names the ceremony's
//! hash, which covers a random id and an expiry, so a message of another ceremony is refused.
//! The cryptography is `stkr_validator::dkg` (docs/distributed-validator.md).

use alloy::{
    primitives::{Address, B256, keccak256},
    signers::{Signature, SignerSync, local::PrivateKeySigner},
};
use chacha20poly1305::{ChaCha20Poly1305, KeyInit, aead::Aead};
use serde::{Deserialize, Serialize};
use stkr_validator::{
    SecretKey,
    dkg::{self, Commitments, Complaint, Dealing, DealtShare, GroupKey, ProviderCommitment, Qualification},
};
use x25519_dalek::{PublicKey as X25519Public, StaticSecret};
use zeroize::Zeroizing;

use crate::{Error, Result};

/// Where a guardian daemon serves the ceremony's rounds, below its registered URL: `/v1/dkg/join` and so on.
pub const DKG_PATH: &str = "/v1/dkg";
/// The longest a ceremony may stay open: every guardian must be online for it.
pub const MAX_CEREMONY_SECS: u64 = 3600;
/// The text every signed ceremony message starts with, so no other stkr signature can pass for one.
const SIGNING_PREFIX: &str = "stkr dkg\n";

/// What the provider asks the guardians to do: generate a validator key for its pool with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ceremony {
    /// The chain the pool lives on.
    pub chain_id: u64,
    /// The `DepositGuard` whose committee takes part.
    pub deposit_guard: Address,
    /// Random, so no two ceremonies share a hash.
    pub id: B256,
    /// The provider's registered address; it signs this message and every signing request later.
    pub provider: Address,
    /// The pool whose validator the key becomes.
    pub pool_id: u64,
    /// The pool's withdrawal credentials: the only ones a guardian co-signs a deposit for.
    pub withdrawal_credentials: B256,
    /// The guardians, in the committee's order: guardian i holds share index i + 1.
    pub guardians: Vec<Address>,
    /// How many guardians must sign (the committee's quorum).
    pub threshold: u32,
    /// Unix seconds after which no guardian takes part.
    pub expires: u64,
}

impl Ceremony {
    /// The hash every later message names.
    pub fn hash(&self) -> B256 {
        keccak256(serde_json::to_vec(self).unwrap_or_default())
    }

    /// The share index of `guardian`, from 1.
    pub fn index_of(&self, guardian: Address) -> Option<u32> {
        self.guardians.iter().position(|g| *g == guardian).and_then(|i| u32::try_from(i + 1).ok())
    }

    /// The guardian holding share `index`.
    pub fn guardian(&self, index: u32) -> Option<Address> {
        index.checked_sub(1).and_then(|i| self.guardians.get(i as usize)).copied()
    }

    /// How many guardians take part.
    pub fn size(&self) -> u32 {
        u32::try_from(self.guardians.len()).unwrap_or(u32::MAX)
    }

    /// Refuse a threshold under which two quorums need share no guardian: each guardian's slashing
    /// protection sees only what it signs, so two disjoint quorums could each sign one of two conflicting
    /// votes. With 2T > N every two quorums share at least 2T - N guardians.
    pub fn check_threshold(&self) -> Result<()> {
        let (t, n) = (u64::from(self.threshold), self.guardians.len() as u64);
        if t == 0 || t > n || 2 * t <= n {
            return Err(Error::InvalidInput(format!(
                "a distributed key needs a guardian quorum above half the committee (2T > N), so any two quorums share a guardian whose slashing protection sees both; the committee is {t} of {n}: governance raises it with `stkr govern propose guardian-quorum`"
            )));
        }
        Ok(())
    }
}

/// A share sealed to its recipient's ceremony key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedShare {
    /// The recipient's index.
    pub recipient: u32,
    /// ChaCha20-Poly1305 of the 32-byte share, hex.
    pub ciphertext: String,
}

/// A share a dealer reveals in public to answer a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevealedShare {
    /// The complaining recipient.
    pub recipient: u32,
    /// f_dealer(recipient), hex.
    pub secret: String,
}

/// One round's message; every one but the ceremony itself is a guardian's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "round", rename_all = "snake_case", deny_unknown_fields)]
pub enum Message {
    /// The provider opens the ceremony.
    Ceremony(Ceremony),
    /// A guardian takes part, with the key its shares are sealed to.
    Joined {
        /// The ceremony's hash.
        ceremony: B256,
        /// Its index.
        index: u32,
        /// Its X25519 public key for this ceremony, hex.
        encryption_key: String,
    },
    /// A guardian's dealing: its commitments in public, a sealed share for each guardian.
    Dealt {
        /// The ceremony's hash.
        ceremony: B256,
        /// Its commitments; `commitments.dealer` is its index.
        commitments: Commitments,
        /// One per guardian (itself included).
        shares: Vec<SealedShare>,
    },
    /// A guardian's verdict on the shares it received.
    Checked {
        /// The ceremony's hash.
        ceremony: B256,
        /// Its index.
        index: u32,
        /// The dealers whose share to it is missing or fails their commitments.
        complaints: Vec<Complaint>,
    },
    /// A dealer's answer to the complaints against it.
    Revealed {
        /// The ceremony's hash.
        ceremony: B256,
        /// Its index.
        dealer: u32,
        /// The disputed shares, in the clear.
        shares: Vec<RevealedShare>,
    },
    /// A guardian holds its final share of the validator key.
    Finished {
        /// The ceremony's hash.
        ceremony: B256,
        /// Its index.
        index: u32,
        /// The validator's public key as it computed it, hex.
        validator_pubkey: String,
        /// g1 of its final share, hex.
        public_share: String,
    },
}

impl Message {
    /// The ceremony hash a guardian's message names (the ceremony's own for the opening message).
    pub fn ceremony(&self) -> B256 {
        match self {
            Self::Ceremony(c) => c.hash(),
            Self::Joined { ceremony, .. }
            | Self::Dealt { ceremony, .. }
            | Self::Checked { ceremony, .. }
            | Self::Revealed { ceremony, .. }
            | Self::Finished { ceremony, .. } => *ceremony,
        }
    }

    /// The round's name, for errors.
    pub fn round(&self) -> &'static str {
        match self {
            Self::Ceremony(_) => "ceremony",
            Self::Joined { .. } => "joined",
            Self::Dealt { .. } => "dealt",
            Self::Checked { .. } => "checked",
            Self::Revealed { .. } => "revealed",
            Self::Finished { .. } => "finished",
        }
    }

    /// The guardian index the message claims to come from (none for the provider's).
    fn author_index(&self) -> Option<u32> {
        match self {
            Self::Ceremony(_) => None,
            Self::Joined { index, .. } | Self::Checked { index, .. } | Self::Finished { index, .. } => Some(*index),
            Self::Dealt { commitments, .. } => Some(commitments.dealer),
            Self::Revealed { dealer, .. } => Some(*dealer),
        }
    }
}

/// A message as sent: its exact JSON text and its author's EIP-191 signature of that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    /// The message's JSON.
    pub payload: String,
    /// 65 bytes, hex.
    pub signature: String,
}

impl Signed {
    /// `message`, signed by `signer`.
    pub fn sign(message: &Message, signer: &PrivateKeySigner) -> Result<Self> {
        let payload = serde_json::to_string(message).map_err(|e| Error::Other(e.to_string()))?;
        let signature = signer
            .sign_message_sync(format!("{SIGNING_PREFIX}{payload}").as_bytes())
            .map_err(|e| Error::Other(format!("cannot sign the ceremony message: {e}")))?;
        Ok(Self { payload, signature: alloy::hex::encode_prefixed(signature.as_bytes()) })
    }

    /// The message and the address that signed it.
    pub fn open(&self) -> Result<(Message, Address)> {
        let message: Message = serde_json::from_str(&self.payload)
            .map_err(|e| Error::InvalidInput(format!("a ceremony message is malformed ({e})")))?;
        let bytes = alloy::hex::decode(&self.signature)
            .map_err(|_| Error::InvalidInput(format!("the {} message's signature is not hex", message.round())))?;
        let signature = Signature::try_from(bytes.as_slice())
            .map_err(|_| Error::InvalidInput(format!("the {} message's signature is malformed", message.round())))?;
        let signer =
            signature.recover_address_from_msg(format!("{SIGNING_PREFIX}{}", self.payload).as_bytes()).map_err(
                |_| Error::InvalidInput(format!("the {} message's signature recovers no address", message.round())),
            )?;
        Ok((message, signer))
    }

    /// The message, checked to be of `ceremony` and signed by the guardian it claims to come from.
    pub fn open_from_guardian(&self, ceremony: &Ceremony) -> Result<(Message, u32)> {
        let (message, signer) = self.open()?;
        let hash = ceremony.hash();
        if message.ceremony() != hash {
            return Err(Error::InvalidInput(format!(
                "a {} message belongs to another ceremony ({}, not {hash}): a replayed message is refused",
                message.round(),
                message.ceremony()
            )));
        }
        let Some(index) = message.author_index() else {
            return Err(Error::InvalidInput("the provider's message stands where a guardian's should".into()));
        };
        match ceremony.guardian(index) {
            Some(guardian) if guardian == signer => Ok((message, index)),
            Some(guardian) => Err(Error::InvalidInput(format!(
                "a {} message for guardian {index} ({guardian}) is signed by {signer}: a forged message is refused",
                message.round()
            ))),
            None => Err(Error::InvalidInput(format!(
                "a {} message names guardian {index}, who is not one of the {}",
                message.round(),
                ceremony.size()
            ))),
        }
    }
}

/// The opened messages of one round, one per guardian in index order, each checked; `expected` says
/// which round they must be of.
pub fn open_round(ceremony: &Ceremony, signed: &[Signed], expected: &str) -> Result<Vec<(u32, Message)>> {
    let mut opened: Vec<(u32, Message)> = Vec::with_capacity(signed.len());
    for message in signed {
        let (message, index) = message.open_from_guardian(ceremony)?;
        if message.round() != expected {
            return Err(Error::InvalidInput(format!("a {} message stands among the {expected} ones", message.round())));
        }
        if let Some((_, first)) = opened.iter().find(|(i, _)| *i == index) {
            if *first != message {
                // Two different messages of one round from one guardian: it could pick one after seeing the others.
                return Err(Error::InvalidInput(format!(
                    "guardian {index} sent two different {expected} messages; it equivocates and is refused"
                )));
            }
            continue;
        }
        opened.push((index, message));
    }
    opened.sort_by_key(|(i, _)| *i);
    Ok(opened)
}

/// A guardian's secret for one ceremony: the X25519 key its shares are sealed to.
pub struct CeremonyKey(StaticSecret);

impl std::fmt::Debug for CeremonyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CeremonyKey(..)")
    }
}

impl CeremonyKey {
    /// A fresh key.
    pub fn generate() -> Self {
        Self(StaticSecret::random_from_rng(rand::rngs::OsRng))
    }

    /// Its public half, hex.
    pub fn public_hex(&self) -> String {
        alloy::hex::encode(X25519Public::from(&self.0).as_bytes())
    }

    /// The symmetric key between this guardian and `other`'s public key for the share `dealer` sends
    /// `recipient` in `ceremony`: unique per (ceremony, dealer, recipient), so a fixed nonce is safe.
    fn pair_key(&self, other: &str, ceremony: B256, dealer: u32, recipient: u32) -> Result<Zeroizing<[u8; 32]>> {
        let bytes: [u8; 32] = alloy::hex::decode(other)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| Error::InvalidInput("a guardian's ceremony key is not 32 bytes of hex".into()))?;
        let shared = self.0.diffie_hellman(&X25519Public::from(bytes));
        if !shared.was_contributory() {
            return Err(Error::InvalidInput("a guardian's ceremony key is a low-order point".into()));
        }
        let mut info = Vec::with_capacity(48);
        info.extend_from_slice(b"stkr dkg share");
        info.extend_from_slice(ceremony.as_slice());
        info.extend_from_slice(&dealer.to_be_bytes());
        info.extend_from_slice(&recipient.to_be_bytes());
        let mut key = Zeroizing::new([0u8; 32]);
        hkdf::Hkdf::<sha2::Sha256>::new(None, shared.as_bytes())
            .expand(&info, key.as_mut_slice())
            .map_err(|_| Error::Other("HKDF refused a 32-byte key".into()))?;
        Ok(key)
    }

    /// Seal `share` (from this guardian, `dealer`) to `recipient`'s ceremony key.
    pub fn seal(&self, recipient_key: &str, ceremony: B256, share: &DealtShare) -> Result<SealedShare> {
        let key = self.pair_key(recipient_key, ceremony, share.dealer, share.recipient)?;
        let cipher = ChaCha20Poly1305::new(key.as_slice().into());
        let ciphertext = cipher
            .encrypt(&Default::default(), share.secret.to_bytes().as_slice())
            .map_err(|_| Error::Other("cannot seal a share".into()))?;
        Ok(SealedShare { recipient: share.recipient, ciphertext: alloy::hex::encode(ciphertext) })
    }

    /// Open a share `dealer` (whose ceremony key is `dealer_key`) sealed to this guardian, `recipient`;
    /// None when it does not open (the recipient then complains).
    pub fn open(
        &self,
        dealer_key: &str,
        ceremony: B256,
        dealer: u32,
        recipient: u32,
        sealed: &SealedShare,
    ) -> Option<DealtShare> {
        let key = self.pair_key(dealer_key, ceremony, dealer, recipient).ok()?;
        let cipher = ChaCha20Poly1305::new(key.as_slice().into());
        let bytes = alloy::hex::decode(&sealed.ciphertext).ok()?;
        let plain = Zeroizing::new(cipher.decrypt(&Default::default(), bytes.as_slice()).ok()?);
        let secret = SecretKey::from_bytes(&plain).ok()?;
        Some(DealtShare { dealer, recipient, secret })
    }
}

/// The ceremony keys of the joined guardians, by index, from their signed `Joined` messages: all of them
/// must have joined.
pub fn ceremony_keys(ceremony: &Ceremony, joined: &[Signed]) -> Result<Vec<String>> {
    let opened = open_round(ceremony, joined, "joined")?;
    if opened.len() != ceremony.guardians.len() {
        let missing: Vec<String> = (1..=ceremony.size())
            .filter(|i| !opened.iter().any(|(j, _)| j == i))
            .map(|i| format!("guardian {i} ({})", ceremony.guardian(i).unwrap_or_default()))
            .collect();
        return Err(Error::InvalidInput(format!(
            "{} did not join: every guardian must take part in the key generation",
            missing.join(", ")
        )));
    }
    Ok(opened
        .into_iter()
        .filter_map(|(_, m)| match m {
            Message::Joined { encryption_key, .. } => Some(encryption_key),
            _ => None,
        })
        .collect())
}

/// Guardian `dealer`'s dealing for `ceremony`, its shares sealed to each guardian's ceremony key.
pub fn deal(ceremony: &Ceremony, dealer: u32, key: &CeremonyKey, keys: &[String]) -> Result<(Dealing, Message)> {
    let dealing = dkg::deal(dealer, ceremony.threshold, ceremony.size(), &mut rand::rngs::OsRng)
        .map_err(|e| Error::InvalidInput(e.to_string()))?;
    let hash = ceremony.hash();
    let shares = dealing
        .shares
        .iter()
        .map(|share| {
            let recipient_key = keys
                .get(share.recipient as usize - 1)
                .ok_or_else(|| Error::InvalidInput(format!("no ceremony key for guardian {}", share.recipient)))?;
            key.seal(recipient_key, hash, share)
        })
        .collect::<Result<Vec<_>>>()?;
    let message = Message::Dealt { ceremony: hash, commitments: dealing.commitments.clone(), shares };
    Ok((dealing, message))
}

/// The dealings, opened and checked: each dealer's commitments and its sealed shares.
pub fn dealings(ceremony: &Ceremony, dealt: &[Signed]) -> Result<Vec<(Commitments, Vec<SealedShare>)>> {
    Ok(open_round(ceremony, dealt, "dealt")?
        .into_iter()
        .filter_map(|(_, m)| match m {
            Message::Dealt { commitments, shares, .. } => Some((commitments, shares)),
            _ => None,
        })
        .collect())
}

/// Guardian `recipient`'s received shares (those that open) and its complaints.
pub fn check(
    ceremony: &Ceremony,
    recipient: u32,
    key: &CeremonyKey,
    keys: &[String],
    dealt: &[Signed],
) -> Result<(Vec<DealtShare>, Vec<Complaint>)> {
    let hash = ceremony.hash();
    let dealings = dealings(ceremony, dealt)?;
    let mut received = Vec::new();
    for (commitments, shares) in &dealings {
        let dealer = commitments.dealer;
        let Some(dealer_key) = keys.get(dealer as usize - 1) else { continue };
        if let Some(share) = shares
            .iter()
            .find(|s| s.recipient == recipient)
            .and_then(|sealed| key.open(dealer_key, hash, dealer, recipient, sealed))
        {
            received.push(share);
        }
    }
    let commitments: Vec<Commitments> = dealings.into_iter().map(|(c, _)| c).collect();
    let complaints = dkg::complaints(recipient, &commitments, &received);
    Ok((received, complaints))
}

/// Every complaint filed, from the guardians' signed `Checked` messages (a guardian complains only for itself).
pub fn complaints(ceremony: &Ceremony, checked: &[Signed]) -> Result<Vec<Complaint>> {
    let mut all = Vec::new();
    for (index, message) in open_round(ceremony, checked, "checked")? {
        if let Message::Checked { complaints, .. } = message {
            all.extend(complaints.into_iter().filter(|c| c.recipient == index));
        }
    }
    Ok(all)
}

/// Dealer `dealer`'s answer to the complaints against it: the disputed shares in the clear.
pub fn reveal(ceremony: &Ceremony, dealing: &Dealing, complaints: &[Complaint]) -> Message {
    let dealer = dealing.commitments.dealer;
    let shares = complaints
        .iter()
        .filter(|c| c.dealer == dealer)
        .filter_map(|c| dealing.share_for(c.recipient))
        .map(|s| RevealedShare { recipient: s.recipient, secret: alloy::hex::encode(s.secret.to_bytes().as_slice()) })
        .collect();
    Message::Revealed { ceremony: ceremony.hash(), dealer, shares }
}

/// The shares revealed in the dealers' signed answers.
pub fn revealed(ceremony: &Ceremony, revealed: &[Signed]) -> Result<Vec<DealtShare>> {
    let mut shares = Vec::new();
    for (dealer, message) in open_round(ceremony, revealed, "revealed")? {
        if let Message::Revealed { shares: answers, .. } = message {
            for answer in answers {
                let bytes = alloy::hex::decode(&answer.secret)
                    .map_err(|_| Error::InvalidInput(format!("dealer {dealer} revealed a share that is not hex")))?;
                let secret = SecretKey::from_bytes(&bytes)
                    .map_err(|_| Error::InvalidInput(format!("dealer {dealer} revealed a share that is no scalar")))?;
                shares.push(DealtShare { dealer, recipient: answer.recipient, secret });
            }
        }
    }
    Ok(shares)
}

/// The body of the deal, check and reveal rounds: the previous round's messages from every guardian,
/// signed by the provider for this round, so nobody else can make a guardian answer a round first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundRequest {
    /// The ceremony's hash.
    pub ceremony: B256,
    /// The previous round's messages.
    pub messages: Vec<Signed>,
    /// The provider's EIP-191 signature of the round's name, the hash and the messages, hex.
    pub provider_signature: String,
}

/// What the provider signs to send `round`: its name, then the JSON of what it relays.
fn round_text(round: &str, relayed: &impl Serialize) -> Result<Vec<u8>> {
    let body = serde_json::to_string(relayed).map_err(|e| Error::Other(e.to_string()))?;
    Ok(format!("{SIGNING_PREFIX}round {round}\n{body}").into_bytes())
}

fn sign_round(round: &str, relayed: &impl Serialize, provider: &PrivateKeySigner) -> Result<String> {
    let signature = provider
        .sign_message_sync(&round_text(round, relayed)?)
        .map_err(|e| Error::Other(format!("cannot sign the {round} round: {e}")))?;
    Ok(alloy::hex::encode_prefixed(signature.as_bytes()))
}

fn check_round(round: &str, relayed: &impl Serialize, signature: &str, provider: Address) -> Result<()> {
    let bytes = alloy::hex::decode(signature)
        .map_err(|_| Error::InvalidInput(format!("the {round} round's provider signature is not hex")))?;
    let signature = Signature::try_from(bytes.as_slice())
        .map_err(|_| Error::InvalidInput(format!("the {round} round's provider signature is malformed")))?;
    let signer = signature
        .recover_address_from_msg(round_text(round, relayed)?)
        .map_err(|_| Error::InvalidInput(format!("the {round} round's provider signature recovers no address")))?;
    if signer != provider {
        return Err(Error::InvalidInput(format!(
            "the {round} round is signed by {signer}, not by the ceremony's provider {provider}: only it may relay"
        )));
    }
    Ok(())
}

impl RoundRequest {
    /// The request for `round`, signed by the provider.
    pub fn signed(round: &str, ceremony: B256, messages: Vec<Signed>, provider: &PrivateKeySigner) -> Result<Self> {
        let provider_signature = sign_round(round, &(ceremony, &messages), provider)?;
        Ok(Self { ceremony, messages, provider_signature })
    }

    /// Whether the ceremony's provider sent it for `round`.
    pub fn check(&self, round: &str, provider: Address) -> Result<()> {
        check_round(round, &(self.ceremony, &self.messages), &self.provider_signature, provider)
    }
}

/// Everything the last round needs, as the provider relays it to each guardian.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcript {
    /// The ceremony, signed by the provider.
    pub ceremony: Signed,
    /// Every guardian's `Joined`.
    pub joined: Vec<Signed>,
    /// Every guardian's `Dealt`.
    pub dealt: Vec<Signed>,
    /// Every guardian's `Checked`.
    pub checked: Vec<Signed>,
    /// The accused dealers' `Revealed`.
    pub revealed: Vec<Signed>,
    /// The provider's commitment to its half.
    pub provider: ProviderCommitment,
    /// The provider's signature of all of the above for the finish round, hex.
    pub provider_signature: String,
}

impl Transcript {
    /// What the provider signs.
    fn relayed(&self) -> impl Serialize + '_ {
        (&self.ceremony, &self.joined, &self.dealt, &self.checked, &self.revealed, &self.provider)
    }

    /// Sign it as the provider.
    pub fn sign(&mut self, provider: &PrivateKeySigner) -> Result<()> {
        let signature = sign_round("finish", &self.relayed(), provider)?;
        self.provider_signature = signature;
        Ok(())
    }

    /// Whether the ceremony's provider sent it.
    pub fn check(&self, provider: Address) -> Result<()> {
        check_round("finish", &self.relayed(), &self.provider_signature, provider)
    }

    /// The ceremony, checked to be signed by its provider.
    pub fn opened_ceremony(&self) -> Result<Ceremony> {
        open_ceremony(&self.ceremony)
    }

    /// The qualification and the group key, as anyone computes them from the transcript.
    pub fn outcome(&self) -> Result<(Ceremony, Qualification, GroupKey)> {
        let ceremony = self.opened_ceremony()?;
        let commitments: Vec<Commitments> = dealings(&ceremony, &self.dealt)?.into_iter().map(|(c, _)| c).collect();
        let complaints = complaints(&ceremony, &self.checked)?;
        let answers = revealed(&ceremony, &self.revealed)?;
        let qualification = dkg::qualify(ceremony.threshold, ceremony.size(), &commitments, &complaints, &answers)
            .map_err(|e| Error::InvalidInput(e.to_string()))?;
        let group = qualification.group_key(&self.provider).map_err(|e| Error::InvalidInput(e.to_string()))?;
        Ok((ceremony, qualification, group))
    }
}

/// The ceremony from the provider's signed opening message, checked to be signed by the provider it names.
pub fn open_ceremony(signed: &Signed) -> Result<Ceremony> {
    let (message, signer) = signed.open()?;
    let Message::Ceremony(ceremony) = message else {
        return Err(Error::InvalidInput(format!("a {} message stands where the ceremony should", message.round())));
    };
    if signer != ceremony.provider {
        return Err(Error::InvalidInput(format!(
            "the ceremony names provider {} but is signed by {signer}: a forged ceremony is refused",
            ceremony.provider
        )));
    }
    Ok(ceremony)
}

/// What stays with a guardian and with the provider once the key exists: the ceremony, the public key
/// material, and who was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistributedKey {
    /// The ceremony that made it.
    pub ceremony: Ceremony,
    /// The validator key, the provider's commitment and the guardians' public shares.
    pub group: GroupKey,
    /// The dealers left out, with the reason.
    pub disqualified: Vec<dkg::Disqualified>,
}

impl DistributedKey {
    /// The validator's public key, hex with 0x.
    pub fn pubkey(&self) -> String {
        format!("0x{}", self.group.pubkey.trim_start_matches("0x"))
    }
}

mod relay;

pub use relay::{Generated, generate, guardians_of};

#[cfg(test)]
mod tests;
