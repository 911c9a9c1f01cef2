//! The guardian's side of distributed validator keys: the key generation rounds it takes part in, the shares it keeps (EIP-2335 keystores in its state dir), and the partial signatures it gives.

use std::{collections::HashMap, path::PathBuf};

use alloy::primitives::{Address, B256};
use stkr_core::{
    Error,
    batch::Batch,
    cosign,
    dkg::{self, Ceremony, CeremonyKey, DistributedKey, MAX_CEREMONY_SECS, Message, RoundRequest, Signed, Transcript},
    guardian,
    pool::read_pool,
};
use stkr_validator::{
    SecretKey,
    dkg::{Dealing, DealtShare},
    keystore::{Kdf, Keystore},
    threshold::{self, Share},
};
use tokio::sync::Mutex;

use crate::daemon::{Guardian, unix_now};

/// The most ceremonies a guardian keeps open at once (each lives at most an hour).
const MAX_OPEN_CEREMONIES: usize = 64;

/// One ceremony in progress at this guardian.
#[derive(Debug)]
struct Open {
    ceremony: Ceremony,
    index: u32,
    key: CeremonyKey,
    joined: Signed,
    keys: Option<Vec<String>>,
    dealing: Option<(Dealing, Signed)>,
    received: Option<(Vec<DealtShare>, Signed)>,
    finished: Option<Signed>,
}

/// A share this guardian holds, with the key it belongs to.
#[derive(Debug, Clone)]
pub struct Held {
    /// The key's public record.
    pub key: DistributedKey,
    /// This guardian's share.
    pub share: Share,
}

/// The ceremonies in progress and the shares held.
#[derive(Debug, Default)]
pub struct Distributed {
    open: Mutex<HashMap<B256, Open>>,
    held: Mutex<HashMap<[u8; 48], Held>>,
}

/// What a round refuses: the provider's mistake (422) or the guardian's trouble (503).
pub type Answer = Result<Signed, stkr_core::guardian::Refusal>;

fn refused(sentence: impl Into<String>) -> stkr_core::guardian::Refusal {
    stkr_core::guardian::Refusal::Refused(sentence.into())
}

fn invalid(e: Error) -> stkr_core::guardian::Refusal {
    match e {
        Error::InvalidInput(sentence) => refused(sentence),
        other => stkr_core::guardian::Refusal::Failed(other),
    }
}

/// The directory a key's files live in.
fn key_dir(state_dir: &std::path::Path, pubkey: &str) -> PathBuf {
    state_dir.join("validators").join(pubkey.trim_start_matches("0x"))
}

impl Distributed {
    /// The shares kept in `state_dir`, decrypted with `password`.
    pub fn load(state_dir: &std::path::Path, password: &str) -> Result<Self, Error> {
        let this = Self::default();
        let dir = state_dir.join("validators");
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(this) };
        let mut held = HashMap::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let read = |name: &str| {
                std::fs::read_to_string(path.join(name))
                    .map_err(|e| Error::Other(format!("cannot read {}: {e}", path.join(name).display())))
            };
            let key: DistributedKey = serde_json::from_str(&read("key.json")?)
                .map_err(|e| Error::Other(format!("{}: {e}", path.join("key.json").display())))?;
            let keystore = Keystore::from_json(&read("share.json")?).map_err(|e| Error::Other(e.to_string()))?;
            let secret = keystore.decrypt(password).map_err(|e| Error::Other(e.to_string()))?;
            let secret = SecretKey::from_bytes(&secret).map_err(|e| Error::Other(e.to_string()))?;
            let index = key
                .group
                .guardians
                .shares
                .iter()
                .find(|s| secret.public_key().is_ok_and(|p| alloy::hex::encode(p) == s.pubkey.trim_start_matches("0x")))
                .map(|s| s.index)
                .ok_or_else(|| {
                    Error::Other(format!("{}: the share is none of the key's public shares", path.display()))
                })?;
            let pubkey = key.group.pubkey_bytes().map_err(|e| Error::Other(e.to_string()))?;
            held.insert(pubkey, Held { key, share: Share { index, secret } });
        }
        *this.held.try_lock().map_err(|_| Error::Other("the share store is busy".into()))? = held;
        Ok(this)
    }

    /// The share held for `pubkey`.
    pub async fn held(&self, pubkey: &[u8; 48]) -> Option<Held> {
        self.held.lock().await.get(pubkey).cloned()
    }

    /// How many keys this guardian holds a share of.
    pub async fn count(&self) -> usize {
        self.held.lock().await.len()
    }
}

impl Guardian {
    /// Round 1: check the provider's ceremony against the chain and join it with a fresh ceremony key.
    pub async fn dkg_join(&self, signed: &Signed) -> Answer {
        let ceremony = dkg::open_ceremony(signed).map_err(invalid)?;
        let hash = ceremony.hash();
        if let Some(open) = self.distributed.open.lock().await.get(&hash) {
            return Ok(open.joined.clone());
        }
        let Some(index) = ceremony.index_of(self.signer.address()) else {
            return Err(refused(format!("this guardian ({}) is not one of the ceremony's", self.signer.address())));
        };
        ceremony.check_threshold().map_err(invalid)?;
        {
            let ceremonies = self.distributed.open.lock().await;
            let now = unix_now();
            if ceremonies.values().filter(|o| o.ceremony.expires > now).count() >= MAX_OPEN_CEREMONIES {
                return Err(refused(format!(
                    "this guardian has {MAX_OPEN_CEREMONIES} ceremonies open already; try again when one ends"
                )));
            }
        }
        self.check_ceremony(&ceremony).await?;
        let key = CeremonyKey::generate();
        let message = Message::Joined { ceremony: hash, index, encryption_key: key.public_hex() };
        let joined = Signed::sign(&message, &self.signer).map_err(invalid)?;
        let open = Open {
            ceremony,
            index,
            key,
            joined: joined.clone(),
            keys: None,
            dealing: None,
            received: None,
            finished: None,
        };
        let mut ceremonies = self.distributed.open.lock().await;
        // Forget ceremonies past their expiry: a provider that walked away leaves nothing behind for long.
        let now = unix_now();
        ceremonies.retain(|_, o| o.ceremony.expires > now);
        ceremonies.entry(hash).or_insert(open);
        tracing::info!(ceremony = %hash, pool = ceremonies[&hash].ceremony.pool_id, index, "joined a key generation");
        Ok(ceremonies[&hash].joined.clone())
    }

    /// What the chain says about the ceremony: this deployment, the committee as appointed, the pool's
    /// provider and its withdrawal credentials, a short expiry.
    async fn check_ceremony(&self, ceremony: &Ceremony) -> Result<(), stkr_core::guardian::Refusal> {
        if ceremony.chain_id != self.chain.chain_id || ceremony.deposit_guard != self.contracts.deposit_guard {
            return Err(refused(format!(
                "the ceremony is for DepositGuard {} on chain {}; this guardian serves {} on chain {}",
                ceremony.deposit_guard, ceremony.chain_id, self.contracts.deposit_guard, self.chain.chain_id
            )));
        }
        let now = unix_now();
        if ceremony.expires <= now || ceremony.expires > now + MAX_CEREMONY_SECS {
            return Err(refused(format!(
                "the ceremony expires at {}; it must be open and end within {MAX_CEREMONY_SECS} s",
                ceremony.expires
            )));
        }
        let committee = guardian::committee(&self.chain, &self.contracts).await?;
        let members: Vec<Address> = committee.members.iter().map(|m| m.address).collect();
        if members != ceremony.guardians || u64::from(ceremony.threshold) != committee.quorum {
            return Err(refused(format!(
                "the ceremony names {} guardian(s) with threshold {}; the committee is {} with quorum {}",
                ceremony.guardians.len(),
                ceremony.threshold,
                members.len(),
                committee.quorum
            )));
        }
        let (pool, _, _) =
            read_pool(&self.chain, &self.contracts, ceremony.pool_id, Batch::new()).await.map_err(invalid)?;
        if pool.provider != ceremony.provider {
            return Err(refused(format!(
                "pool {} belongs to provider {}, not {}",
                ceremony.pool_id, pool.provider, ceremony.provider
            )));
        }
        let credentials = guardian::pool_withdrawal_credentials(&self.chain, &self.contracts, pool.id).await?;
        if credentials != ceremony.withdrawal_credentials {
            return Err(refused(format!(
                "pool {}'s withdrawal credentials are {credentials}, not {}",
                pool.id, ceremony.withdrawal_credentials
            )));
        }
        Ok(())
    }

    /// Round 2: with every guardian's ceremony key, deal once.
    pub async fn dkg_deal(&self, request: &RoundRequest) -> Answer {
        let mut ceremonies = self.distributed.open.lock().await;
        let open = ceremony(&mut ceremonies, request.ceremony)?;
        request.check("deal", open.ceremony.provider).map_err(invalid)?;
        if let Some((_, dealt)) = &open.dealing {
            return Ok(dealt.clone());
        }
        let keys = dkg::ceremony_keys(&open.ceremony, &request.messages).map_err(invalid)?;
        if keys.get(open.index as usize - 1) != Some(&open.key.public_hex()) {
            return Err(refused("the joined messages do not carry this guardian's own ceremony key"));
        }
        let (dealing, message) = dkg::deal(&open.ceremony, open.index, &open.key, &keys).map_err(invalid)?;
        let dealt = Signed::sign(&message, &self.signer).map_err(invalid)?;
        open.keys = Some(keys);
        open.dealing = Some((dealing, dealt.clone()));
        Ok(dealt)
    }

    /// Round 3: open the shares dealt to this guardian, check them against their commitments, complain.
    pub async fn dkg_check(&self, request: &RoundRequest) -> Answer {
        let mut ceremonies = self.distributed.open.lock().await;
        let open = ceremony(&mut ceremonies, request.ceremony)?;
        request.check("check", open.ceremony.provider).map_err(invalid)?;
        if let Some((_, checked)) = &open.received {
            return Ok(checked.clone());
        }
        let (Some(keys), Some((dealing, _))) = (&open.keys, &open.dealing) else {
            return Err(refused("this guardian has not dealt yet: send the deal round first"));
        };
        let dealings = dkg::dealings(&open.ceremony, &request.messages).map_err(invalid)?;
        if !dealings.iter().any(|(c, _)| *c == dealing.commitments) {
            return Err(refused("the dealings do not include this guardian's own, unchanged"));
        }
        let (received, complaints) =
            dkg::check(&open.ceremony, open.index, &open.key, keys, &request.messages).map_err(invalid)?;
        for complaint in &complaints {
            tracing::warn!(dealer = complaint.dealer, "the share from this dealer does not match its commitments");
        }
        let message = Message::Checked { ceremony: request.ceremony, index: open.index, complaints };
        let checked = Signed::sign(&message, &self.signer).map_err(invalid)?;
        open.received = Some((received, checked.clone()));
        Ok(checked)
    }

    /// Round 4 (only when complaints name this guardian): reveal the disputed shares.
    pub async fn dkg_reveal(&self, request: &RoundRequest) -> Answer {
        let mut ceremonies = self.distributed.open.lock().await;
        let open = ceremony(&mut ceremonies, request.ceremony)?;
        request.check("reveal", open.ceremony.provider).map_err(invalid)?;
        let Some((dealing, _)) = &open.dealing else {
            return Err(refused("this guardian has not dealt in this ceremony"));
        };
        // Computed from each request's signed complaints, never kept: only a complainer's own share is
        // revealed, so answering again costs nothing, and nobody can fix the answer early.
        let complaints = dkg::complaints(&open.ceremony, &request.messages).map_err(invalid)?;
        let message = dkg::reveal(&open.ceremony, dealing, &complaints);
        Signed::sign(&message, &self.signer).map_err(invalid)
    }

    /// Round 5: from the whole transcript, compute the key and this guardian's share, keep it, and sign
    /// the public result.
    pub async fn dkg_finish(&self, transcript: &Transcript) -> Answer {
        let opened = transcript.opened_ceremony().map_err(invalid)?;
        let hash = opened.hash();
        let mut ceremonies = self.distributed.open.lock().await;
        let open = ceremony(&mut ceremonies, hash)?;
        transcript.check(open.ceremony.provider).map_err(invalid)?;
        if let Some(finished) = &open.finished {
            return Ok(finished.clone());
        }
        let (Some((received, _)), Some((dealing, _))) = (&open.received, &open.dealing) else {
            return Err(refused("this guardian has not checked its shares yet: send the check round first"));
        };
        let (ceremony, qualification, group) = transcript.outcome().map_err(invalid)?;
        // Its own dealing must count: otherwise the guardians' half could be made of shares the relay has
        // seen revealed, which a provider with fewer than T guardians on its side could add up.
        if !qualification.qualified.contains(&dealing.commitments) {
            return Err(refused(
                "the transcript leaves out this guardian's own dealing, unchanged; it finishes no key without it",
            ));
        }
        let mut shares = received.clone();
        shares.extend(
            dkg::revealed(&ceremony, &transcript.revealed)
                .map_err(invalid)?
                .into_iter()
                .filter(|s| s.recipient == open.index),
        );
        let share = qualification.finish(open.index, &shares).map_err(|e| refused(e.to_string()))?;
        let public = share.secret.public_key().map_err(|e| refused(e.to_string()))?;
        let public = alloy::hex::encode(public);
        if group.guardians.share(open.index).map(|s| s.pubkey.trim_start_matches("0x")) != Some(public.as_str()) {
            return Err(refused("this guardian's share does not match its public share in the transcript"));
        }
        let key = DistributedKey { ceremony, group: group.clone(), disqualified: qualification.disqualified.clone() };
        self.keep(&key, &share).map_err(stkr_core::guardian::Refusal::Failed)?;
        let message = Message::Finished {
            ceremony: hash,
            index: open.index,
            validator_pubkey: group.pubkey.clone(),
            public_share: public,
        };
        // Served from now on, before the answer: a request cut off after this point leaves no share on disk unserved.
        let pubkey = group.pubkey_bytes().map_err(|e| refused(e.to_string()))?;
        self.distributed.held.lock().await.insert(pubkey, Held { key, share });
        let finished = Signed::sign(&message, &self.signer).map_err(invalid)?;
        open.finished = Some(finished.clone());
        self.metrics.distributed_keys.inc();
        tracing::info!(validator = %group.pubkey, index = open.index, "holds a share of a new validator key");
        Ok(finished)
    }

    /// Write the share's keystore (under the guardian's own passphrase) and the key's public record.
    fn keep(&self, key: &DistributedKey, share: &Share) -> Result<(), Error> {
        let dir = key_dir(self.journal.dir(), &key.group.pubkey);
        stkr_core::dirs::DataDir::ensure_private(&dir)?;
        let public = share.secret.public_key().map_err(|e| Error::Other(e.to_string()))?;
        let keystore = Keystore::encrypt(
            share.secret.to_bytes().as_slice(),
            &self.password,
            Kdf::PBKDF2,
            &public,
            "",
            &format!("guardian {}'s share of validator {}", share.index, key.pubkey()),
        )
        .map_err(|e| Error::Other(e.to_string()))?;
        let write = |name: &str, text: String| {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(|e| Error::Other(format!("cannot write {}: {e}", path.display())))
        };
        write("share.json", keystore.to_json().map_err(|e| Error::Other(e.to_string()))?)?;
        write("key.json", serde_json::to_string_pretty(key).map_err(|e| Error::Other(e.to_string()))?)
    }
}

fn ceremony(ceremonies: &mut HashMap<B256, Open>, hash: B256) -> Result<&mut Open, stkr_core::guardian::Refusal> {
    ceremonies
        .get_mut(&hash)
        .filter(|open| open.ceremony.expires > unix_now())
        .ok_or_else(|| refused(format!("this guardian has not joined ceremony {hash} (or it expired): start it again")))
}

impl Guardian {
    /// A partial signature of a duty of validator `pubkey`: only for the provider that made the key with
    /// this guardian, over the signing root computed here from the typed request, and only once slashing
    /// protection has allowed and recorded it.
    pub async fn cosign(
        &self,
        pubkey: &str,
        provider_signature: Option<&str>,
        body: &[u8],
    ) -> Result<cosign::Partial, stkr_core::guardian::Refusal> {
        let answer = self.cosign_checked(pubkey, provider_signature, body).await;
        match &answer {
            Ok(_) => self.metrics.partials.inc(),
            Err(refusal) => {
                self.metrics.partial_refusals.inc();
                tracing::info!(validator = pubkey, %refusal, "refused a partial signature");
            }
        }
        answer
    }

    async fn cosign_checked(
        &self,
        pubkey: &str,
        provider_signature: Option<&str>,
        body: &[u8],
    ) -> Result<cosign::Partial, stkr_core::guardian::Refusal> {
        let key: [u8; 48] = alloy::hex::decode(pubkey)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| refused(format!("'{pubkey}' is not a validator public key (48 bytes of hex)")))?;
        let Some(held) = self.distributed.held(&key).await else {
            return Err(refused(format!("this guardian holds no share of validator {pubkey}")));
        };
        let Some(header) = provider_signature else {
            return Err(refused(format!(
                "the request carries no {} header: only the validator's provider may ask",
                cosign::PROVIDER_SIGNATURE_HEADER
            )));
        };
        let signer = cosign::request_signer(header, pubkey, body).map_err(invalid)?;
        if signer != held.key.ceremony.provider {
            return Err(refused(format!(
                "the request is signed by {signer}, not by the validator's provider {}",
                held.key.ceremony.provider
            )));
        }
        let duty = cosign::check_duty(&held.key, self.chain.chain_id, body).map_err(invalid)?;
        self.protection.allow(key, &duty).await.map_err(invalid)?;
        let partial = threshold::sign_partial(&held.share, &duty.signing_root).map_err(|e| refused(e.to_string()))?;
        tracing::debug!(validator = pubkey, duty = duty.kind, "partial signature given");
        Ok(cosign::Partial { index: partial.index, signature: alloy::hex::encode_prefixed(partial.signature) })
    }
}
