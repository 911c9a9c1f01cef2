//! Distributed generation of a validator key s = s_p + s_g: the provider's additive half s_p, and s_g shared t-of-n among the guardians by a joint Feldman VSS over BLS12-381 (docs/distributed-validator.md).

use blst::{
    BLST_ERROR, MultiPoint,
    min_pk::{AggregatePublicKey, AggregateSignature, PublicKey, Signature},
};
use serde::{Deserialize, Serialize};

use crate::{
    Error, SecretKey,
    deposit::verify_signature,
    from_hex,
    scalar::Scalar,
    threshold::{self, PartialSignature, PublicShare, PublicShares},
    to_hex,
};

/// The domain of proofs of possession: the IETF BLS ciphersuite's POP tag, distinct from the signing
/// tag, so a proof can never be replayed as a signature of a message nor a signature passed off as a proof.
pub const POP_DST: &[u8] = b"BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

/// Proof that whoever publishes `secret`'s public key knows `secret`: its signature of that public key
/// under [`POP_DST`]. Without it the last to publish could choose its public part so that the sum cancels
/// the others' and lands on a key it alone knows (a rogue-key attack).
fn prove_possession(secret: &SecretKey) -> Result<([u8; 48], [u8; 96]), Error> {
    let key = blst::min_pk::SecretKey::from_bytes(secret.to_bytes().as_slice())
        .map_err(|e| Error::Invalid(format!("blst refused the secret key: {e:?}")))?;
    let public = key.sk_to_pk().to_bytes();
    Ok((public, key.sign(&public, POP_DST, &[]).to_bytes()))
}

/// Whether `proof` proves possession of the secret behind `public`.
fn possession_verifies(public: &[u8; 48], proof: &[u8; 96]) -> bool {
    let Ok(key) = PublicKey::key_validate(public) else { return false };
    let Ok(signature) = Signature::sig_validate(proof, true) else { return false };
    signature.verify(true, public, POP_DST, &[], &key, true) == BLST_ERROR::BLST_SUCCESS
}

/// Σ x^k · points[k]: a polynomial committed in G1 evaluated at `x` (points must not be empty).
fn evaluate_in_g1(points: &[PublicKey], x: u32) -> [u8; 48] {
    let x = Scalar::from_u64(u64::from(x));
    let mut power = Scalar::from_u64(1);
    let mut scalars = Vec::with_capacity(points.len() * 32);
    for _ in points {
        scalars.extend_from_slice(&power.to_le_bytes());
        power = power.mul(&x);
    }
    points.mult(&scalars, 255).to_public_key().to_bytes()
}

/// The sum of G1 points.
fn sum_g1(points: &[PublicKey]) -> Result<PublicKey, Error> {
    let refs: Vec<&PublicKey> = points.iter().collect();
    AggregatePublicKey::aggregate(&refs, false)
        .map(|sum| sum.to_public_key())
        .map_err(|e| Error::Invalid(format!("cannot add no public keys ({e:?})")))
}

/// A G1 point from hex, refusing the identity and points outside the subgroup.
fn g1(text: &str, what: &str) -> Result<PublicKey, Error> {
    PublicKey::key_validate(&from_hex::<48>(text, what)?)
        .map_err(|e| Error::Invalid(format!("{what} is not a valid BLS12-381 G1 point ({e:?})")))
}

/// The public part of one guardian's dealing, broadcast to everyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitments {
    /// The dealer's guardian index, from 1.
    pub dealer: u32,
    /// C_k = g1^{a_k} for its polynomial f(x) = a_0 + a_1 x + … + a_{t-1} x^{t-1}, compressed G1, hex.
    pub coefficients: Vec<String>,
    /// Proof of possession of a_0 (a signature of C_0 under [`POP_DST`]), hex.
    pub proof: String,
}

impl Commitments {
    /// The committed points, checked: exactly `threshold` of them (more would raise the threshold
    /// silently), each a valid point, and the proof of possession of a_0 verifying.
    pub fn points(&self, threshold: u32) -> Result<Vec<PublicKey>, Error> {
        let bad = |reason: String| Error::BadDealer { dealer: self.dealer, reason };
        if self.coefficients.len() != threshold as usize {
            return Err(bad(format!(
                "it committed to {} coefficients, not the threshold's {threshold}",
                self.coefficients.len()
            )));
        }
        let points = self
            .coefficients
            .iter()
            .enumerate()
            .map(|(k, c)| g1(c, &format!("commitment {k}")).map_err(|e| bad(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let first = points.first().ok_or_else(|| bad("it committed to no coefficients".into()))?.to_bytes();
        let proof = from_hex::<96>(&self.proof, "the proof of possession").map_err(|e| bad(e.to_string()))?;
        if !possession_verifies(&first, &proof) {
            return Err(bad("its proof of possession of its constant term does not verify".into()));
        }
        Ok(points)
    }
}

/// The share dealer `dealer` gives guardian `recipient`: f_dealer(recipient), sent to it alone.
#[derive(Debug, Clone)]
pub struct DealtShare {
    /// The dealer's index.
    pub dealer: u32,
    /// The recipient's index.
    pub recipient: u32,
    /// f_dealer(recipient).
    pub secret: SecretKey,
}

/// One guardian's dealing: its public commitments and a share for every guardian (itself included).
#[derive(Debug, Clone)]
pub struct Dealing {
    /// What everyone sees.
    pub commitments: Commitments,
    /// One per guardian, from 1 to n.
    pub shares: Vec<DealtShare>,
}

impl Dealing {
    /// The share meant for `recipient`.
    pub fn share_for(&self, recipient: u32) -> Option<&DealtShare> {
        self.shares.iter().find(|s| s.recipient == recipient)
    }
}

/// Guardian `dealer`'s dealing for a `threshold`-of-`guardians` sharing: a random polynomial of degree
/// threshold - 1, its commitments, and its value at each guardian's index.
pub fn deal<R: rand::RngCore + rand::CryptoRng>(
    dealer: u32,
    threshold: u32,
    guardians: u32,
    rng: &mut R,
) -> Result<Dealing, Error> {
    threshold::check_threshold(threshold, guardians)?;
    if dealer == 0 || dealer > guardians {
        return Err(Error::Invalid(format!("dealer {dealer} is not one of the guardians 1 to {guardians}")));
    }
    let coefficients: Vec<Scalar> = (0..threshold).map(|_| Scalar::random(rng)).collect();
    // A zero coefficient (probability 2^-255) has no public key; refusing it is simpler than a special case.
    let keys = coefficients.iter().map(|a| SecretKey::from_scalar(a.clone())).collect::<Result<Vec<_>, _>>()?;
    let (_, proof) = prove_possession(&keys[0])?;
    let commitments = Commitments {
        dealer,
        coefficients: keys.iter().map(|k| k.public_key().map(|p| to_hex(&p))).collect::<Result<_, _>>()?,
        proof: to_hex(&proof),
    };
    let shares = (1..=guardians)
        .map(|recipient| {
            let secret = SecretKey::from_scalar(threshold::evaluate(&coefficients, recipient))?;
            Ok(DealtShare { dealer, recipient, secret })
        })
        .collect::<Result<_, Error>>()?;
    Ok(Dealing { commitments, shares })
}

/// Feldman's check that `share` is f(recipient) for the polynomial behind `commitments`:
/// g1^share == Π C_k^{recipient^k}. False for malformed commitments.
pub fn verify_share(commitments: &Commitments, recipient: u32, share: &SecretKey) -> bool {
    let Ok(points) = commitments.points(commitments.coefficients.len() as u32) else { return false };
    let Ok(public) = share.public_key() else { return false };
    recipient != 0 && public == evaluate_in_g1(&points, recipient)
}

/// A guardian's accusation that a dealer's share to it is missing or does not match the dealer's commitments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Complaint {
    /// The accused dealer.
    pub dealer: u32,
    /// The guardian complaining.
    pub recipient: u32,
}

/// The complaints guardian `recipient` files after checking, against each dealer's commitments, the share
/// that dealer sent it.
pub fn complaints(recipient: u32, commitments: &[Commitments], received: &[DealtShare]) -> Vec<Complaint> {
    commitments
        .iter()
        .filter(|c| {
            let share = received.iter().find(|s| s.dealer == c.dealer && s.recipient == recipient);
            !share.is_some_and(|s| verify_share(c, recipient, &s.secret))
        })
        .map(|c| Complaint { dealer: c.dealer, recipient })
        .collect()
}

/// A dealer left out of the key, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disqualified {
    /// The dealer's index.
    pub dealer: u32,
    /// Why, as a sentence.
    pub reason: String,
}

impl From<&Disqualified> for Error {
    fn from(d: &Disqualified) -> Self {
        Error::BadDealer { dealer: d.dealer, reason: d.reason.clone() }
    }
}

/// The outcome of the complaint round: whose dealings make the key, and who is out by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Qualification {
    /// How many guardians must sign.
    pub threshold: u32,
    /// How many guardians there are.
    pub guardians: u32,
    /// The qualified dealers' commitments, by dealer index.
    pub qualified: Vec<Commitments>,
    /// The dealers left out.
    pub disqualified: Vec<Disqualified>,
}

/// Decide which dealings count. A dealer is out if its commitments are malformed, it dealt twice, or a
/// complaint against it stands: one it did not answer by revealing the disputed share publicly, or answered
/// with a share that still fails its commitments. A revealed share that verifies voids the complaint (the
/// complainer then uses it), so a guardian cannot expel an honest dealer by lying. Everyone runs this on
/// the same broadcast data and so reaches the same result.
pub fn qualify(
    threshold: u32,
    guardians: u32,
    commitments: &[Commitments],
    complaints: &[Complaint],
    answers: &[DealtShare],
) -> Result<Qualification, Error> {
    threshold::check_threshold(threshold, guardians)?;
    let mut qualified: Vec<Commitments> = Vec::new();
    let mut disqualified: Vec<Disqualified> = Vec::new();
    let mut out = |dealer: u32, reason: String| {
        if !disqualified.iter().any(|d| d.dealer == dealer) {
            disqualified.push(Disqualified { dealer, reason });
        }
    };
    for c in commitments {
        if c.dealer == 0 || c.dealer > guardians {
            out(c.dealer, format!("it is not one of the guardians 1 to {guardians}"));
            continue;
        }
        if commitments.iter().filter(|other| other.dealer == c.dealer).count() > 1 {
            // Two different dealings from one dealer let it choose which to use after seeing the others.
            out(c.dealer, "it published more than one dealing".into());
            continue;
        }
        if let Err(e) = c.points(threshold) {
            let reason = match e {
                Error::BadDealer { reason, .. } => reason,
                other => other.to_string(),
            };
            out(c.dealer, reason);
            continue;
        }
        let standing = complaints.iter().find(|complaint| {
            complaint.dealer == c.dealer
                && (1..=guardians).contains(&complaint.recipient)
                && !answers.iter().any(|a| {
                    a.dealer == c.dealer
                        && a.recipient == complaint.recipient
                        && verify_share(c, complaint.recipient, &a.secret)
                })
        });
        if let Some(complaint) = standing {
            out(
                c.dealer,
                format!(
                    "guardian {} showed its share does not match its commitments, and no valid share was revealed",
                    complaint.recipient
                ),
            );
            continue;
        }
        qualified.push(c.clone());
    }
    qualified.sort_by_key(|c| c.dealer);
    disqualified.sort_by_key(|d| d.dealer);
    Ok(Qualification { threshold, guardians, qualified, disqualified })
}

/// The provider's public commitment to its half s_p: g1^{s_p} and a proof it knows s_p.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderCommitment {
    /// g1^{s_p}, hex.
    pub pubkey: String,
    /// Proof of possession of s_p, hex.
    pub proof: String,
}

impl ProviderCommitment {
    /// The commitment to `secret`, the provider's half of the validator key.
    pub fn of(secret: &SecretKey) -> Result<Self, Error> {
        let (public, proof) = prove_possession(secret)?;
        Ok(Self { pubkey: to_hex(&public), proof: to_hex(&proof) })
    }

    /// g1^{s_p}, checked with its proof of possession: the provider cannot pick a commitment that cancels
    /// the guardians' part without knowing its secret, which would need s_g.
    fn checked(&self) -> Result<PublicKey, Error> {
        let point = g1(&self.pubkey, "the provider's commitment")?;
        let proof = from_hex::<96>(&self.proof, "the provider's proof of possession")?;
        if !possession_verifies(&point.to_bytes(), &proof) {
            return Err(Error::Invalid(
                "the provider's proof of possession does not verify; its commitment could cancel the guardians' part"
                    .into(),
            ));
        }
        Ok(point)
    }
}

/// Everything public once the key exists: the validator key, the provider's part and the guardians' sharing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupKey {
    /// PK = g1^{s_p} · Π_{i∈QUAL} C_{i,0}, the validator's public key, hex.
    pub pubkey: String,
    /// The provider's commitment.
    pub provider: ProviderCommitment,
    /// The guardians' sharing of s_g: g1^{s_g}, the threshold, and each guardian's g1^{x_j}.
    pub guardians: PublicShares,
    /// The dealers whose dealings make s_g.
    pub dealers: Vec<u32>,
}

impl GroupKey {
    /// The validator's public key.
    pub fn pubkey_bytes(&self) -> Result<[u8; 48], Error> {
        from_hex(&self.pubkey, "the group public key")
    }
}

impl Qualification {
    /// The public key material, computable by anyone from the qualified commitments and the provider's
    /// commitment: A_k = Π_i C_{i,k}, g1^{s_g} = A_0, g1^{x_j} = Π_k A_k^{j^k}, PK = g1^{s_p} · A_0.
    pub fn group_key(&self, provider: &ProviderCommitment) -> Result<GroupKey, Error> {
        // With at least t qualified dealers, fewer than t colluding guardians always leave an honest one
        // among them, whose random a_0 keeps s_g unknown to them.
        if self.qualified.len() < self.threshold as usize {
            let out: Vec<String> =
                self.disqualified.iter().map(|d| format!("dealer {}: {}", d.dealer, d.reason)).collect();
            return Err(Error::Invalid(format!(
                "only {} dealer(s) qualified, fewer than the threshold {}; deal again without the disqualified ({})",
                self.qualified.len(),
                self.threshold,
                out.join("; ")
            )));
        }
        let per_dealer = self.qualified.iter().map(|c| c.points(self.threshold)).collect::<Result<Vec<_>, _>>()?;
        let summed = (0..self.threshold as usize)
            .map(|k| sum_g1(&per_dealer.iter().map(|points| points[k]).collect::<Vec<_>>()))
            .collect::<Result<Vec<_>, _>>()?;
        let guardians_key = summed[0].to_bytes();
        let shares = (1..=self.guardians)
            .map(|index| PublicShare {
                index,
                holder: format!("guardian {index}"),
                pubkey: to_hex(&evaluate_in_g1(&summed, index)),
            })
            .collect();
        let guardians = PublicShares { pubkey: to_hex(&guardians_key), threshold: self.threshold, shares };
        // A sum that lands on the identity (probability 2^-255, or dealers colluding) is no usable key.
        guardians.check()?;
        let pubkey = sum_g1(&[provider.checked()?, summed[0]])?.to_bytes();
        PublicKey::key_validate(&pubkey)
            .map_err(|_| Error::Invalid("the provider's and guardians' parts sum to no valid key".into()))?;
        Ok(GroupKey {
            pubkey: to_hex(&pubkey),
            provider: provider.clone(),
            guardians,
            dealers: self.qualified.iter().map(|c| c.dealer).collect(),
        })
    }

    /// Guardian `recipient`'s final share x_j = Σ_{i∈QUAL} f_i(j), from the shares it received (and any
    /// revealed in answers to its complaints), each checked again: a qualified dealer whose share to it is
    /// missing or wrong is named, since the guardian should have complained.
    pub fn finish(&self, recipient: u32, received: &[DealtShare]) -> Result<threshold::Share, Error> {
        if recipient == 0 || recipient > self.guardians {
            return Err(Error::Invalid(format!("guardian {recipient} is not one of 1 to {}", self.guardians)));
        }
        let mut sum = Scalar::zero();
        for c in &self.qualified {
            let share = received
                .iter()
                .filter(|s| s.dealer == c.dealer && s.recipient == recipient)
                .find(|s| verify_share(c, recipient, &s.secret))
                .ok_or_else(|| Error::BadDealer {
                    dealer: c.dealer,
                    reason: format!(
                        "guardian {recipient} holds no share from it that matches its commitments; complain before finishing"
                    ),
                })?;
            sum = sum.add(share.secret.scalar());
        }
        Ok(threshold::Share { index: recipient, secret: SecretKey::from_scalar(sum)? })
    }
}

/// The provider's partial signature H(m)^{s_p}.
pub fn sign_provider(secret: &SecretKey, message: &[u8]) -> Result<[u8; 96], Error> {
    secret.sign(message)
}

/// σ = σ_p · σ_g: the provider's partial signature times the Lagrange combination at 0 of `threshold`
/// guardians' partials ([`threshold::sign_partial`] with their final shares). Every part is checked under
/// its public key first (a bad guardian is named by index) and the result under the validator's key.
pub fn combine(
    group: &GroupKey,
    provider: &[u8; 96],
    guardians: &[PartialSignature],
    message: &[u8],
) -> Result<[u8; 96], Error> {
    if !verify_signature(&group.provider.checked()?.to_bytes(), message, provider) {
        return Err(Error::Invalid(
            "the provider's partial signature does not verify under its commitment (another key or another message)"
                .into(),
        ));
    }
    let guardians_part = threshold::combine_verified(guardians, &group.guardians, message)?;
    let parts = [provider, &guardians_part]
        .iter()
        .map(|bytes| Signature::sig_validate(bytes.as_slice(), true))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::Invalid(format!("a partial signature is not a valid G2 point ({e:?})")))?;
    let refs: Vec<&Signature> = parts.iter().collect();
    let signature = AggregateSignature::aggregate(&refs, false)
        .map_err(|e| Error::Invalid(format!("cannot add the partial signatures ({e:?})")))?
        .to_signature()
        .to_bytes();
    if !verify_signature(&group.pubkey_bytes()?, message, &signature) {
        return Err(Error::Invalid(
            "the combined signature does not verify under the validator's public key; the group key does not belong to these parts".into(),
        ));
    }
    Ok(signature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::threshold::{Share, lagrange_at_zero, sign_partial};

    const MESSAGE: &[u8] = b"a voluntary exit signing root, say";

    /// Everything a ceremony produced, with the secrets a test may look at.
    struct Ceremony {
        provider: SecretKey,
        group: GroupKey,
        shares: Vec<Share>,
        qualification: Qualification,
    }

    /// Run a ceremony from the given dealings (some possibly tampered with), without answers to complaints.
    fn run(dealings: &[Dealing], threshold: u32, n: u32) -> Ceremony {
        let mut rng = rand::thread_rng();
        let provider = SecretKey::from_scalar(Scalar::random(&mut rng)).expect("provider key");
        let commitments: Vec<Commitments> = dealings.iter().map(|d| d.commitments.clone()).collect();
        let received =
            |j: u32| -> Vec<DealtShare> { dealings.iter().filter_map(|d| d.share_for(j).cloned()).collect() };
        let filed: Vec<Complaint> = (1..=n).flat_map(|j| complaints(j, &commitments, &received(j))).collect();
        let qualification = qualify(threshold, n, &commitments, &filed, &[]).expect("qualify");
        let group = qualification.group_key(&ProviderCommitment::of(&provider).expect("commit")).expect("group key");
        let shares = (1..=n).map(|j| qualification.finish(j, &received(j)).expect("finish")).collect();
        Ceremony { provider, group, shares, qualification }
    }

    fn honest(threshold: u32, n: u32) -> Vec<Dealing> {
        let mut rng = rand::thread_rng();
        (1..=n).map(|i| deal(i, threshold, n, &mut rng).expect("deal")).collect()
    }

    fn subsets(n: u32, k: usize) -> Vec<Vec<u32>> {
        (0u32..(1 << n))
            .filter(|mask| mask.count_ones() as usize == k)
            .map(|mask| (1..=n).filter(|i| mask & (1 << (i - 1)) != 0).collect())
            .collect()
    }

    fn partials(c: &Ceremony, of: &[u32]) -> Vec<PartialSignature> {
        of.iter().map(|&j| sign_partial(&c.shares[j as usize - 1], MESSAGE).expect("partial")).collect()
    }

    /// Every t-subset of guardians with the provider makes the one signature of s = s_p + s_g.
    fn every_subset_signs(c: &Ceremony, threshold: u32, n: u32) {
        let pk = c.group.pubkey_bytes().expect("pk");
        // s_g by Lagrange over the first t final shares: only a test may hold it.
        let first: Vec<u32> = (1..=threshold).collect();
        let guardians_secret = lagrange_at_zero(&first)
            .expect("lagrange")
            .iter()
            .zip(&c.shares)
            .fold(Scalar::zero(), |acc, (l, share)| acc.add(&l.mul(share.secret.scalar())));
        let whole = SecretKey::from_scalar(c.provider.scalar().add(&guardians_secret)).expect("whole key");
        assert_eq!(whole.public_key().expect("pk"), pk, "PK is g1^(s_p + s_g)");
        let expected = whole.sign(MESSAGE).expect("sign");
        let provider = sign_provider(&c.provider, MESSAGE).expect("provider partial");
        let all = subsets(n, threshold as usize);
        assert_eq!(all.len(), if (threshold, n) == (2, 3) { 3 } else { all.len() });
        for subset in all {
            let signature = combine(&c.group, &provider, &partials(c, &subset), MESSAGE).expect("combines");
            assert!(verify_signature(&pk, MESSAGE, &signature), "subset {subset:?}");
            assert_eq!(signature, expected, "subset {subset:?}");
        }
    }

    #[test]
    fn two_of_three_signs_with_every_pair_and_the_provider() {
        let c = run(&honest(2, 3), 2, 3);
        assert!(c.qualification.disqualified.is_empty());
        assert_eq!(c.group.dealers, vec![1, 2, 3]);
        every_subset_signs(&c, 2, 3);
    }

    #[test]
    fn three_of_five_signs_with_every_triple_and_the_provider() {
        let c = run(&honest(3, 5), 3, 5);
        every_subset_signs(&c, 3, 5);
    }

    #[test]
    fn public_shares_match_the_final_secret_shares() {
        let c = run(&honest(2, 3), 2, 3);
        for share in &c.shares {
            let public = c.group.guardians.share(share.index).expect("listed");
            assert_eq!(public.pubkey, to_hex(&share.secret.public_key().expect("pk")), "guardian {}", share.index);
        }
        c.group.guardians.check().expect("the public shares interpolate to g1^s_g");
        let provider = g1(&c.group.provider.pubkey, "provider").expect("point");
        let guardians = g1(&c.group.guardians.pubkey, "guardians").expect("point");
        assert_eq!(to_hex(&sum_g1(&[provider, guardians]).expect("sum").to_bytes()), c.group.pubkey);
    }

    #[test]
    fn no_side_signs_alone() {
        let c = run(&honest(2, 3), 2, 3);
        let pk = c.group.pubkey_bytes().expect("pk");
        let provider = sign_provider(&c.provider, MESSAGE).expect("provider partial");
        // The provider alone.
        assert!(!verify_signature(&pk, MESSAGE, &provider));
        // Any t guardians, or all n, without the provider: their combination is H(m)^{s_g}, not H(m)^s.
        for subset in subsets(3, 2).into_iter().chain([vec![1, 2, 3]]) {
            let threshold = subset.len() as u32;
            let guardians_only = threshold::combine(&partials(&c, &subset), threshold).expect("combines blindly");
            assert!(!verify_signature(&pk, MESSAGE, &guardians_only), "guardians {subset:?} without the provider");
        }
        // t guardians with something other than the provider's partial: refused, naming the provider.
        let impostor = SecretKey::from_scalar(Scalar::from_u64(7)).expect("key").sign(MESSAGE).expect("sign");
        let err = combine(&c.group, &impostor, &partials(&c, &[1, 2]), MESSAGE).err().map(|e| e.to_string());
        assert!(err.as_deref().is_some_and(|e| e.starts_with("the provider's partial signature")), "{err:?}");
        // The provider with fewer than t guardians: refused, and blindly added it does not verify either.
        for j in 1..=3 {
            let one = partials(&c, &[j]);
            let err = combine(&c.group, &provider, &one, MESSAGE).err();
            assert!(matches!(err, Some(Error::BelowThreshold { needed: 2, got: 1, .. })), "{err:?}");
            let parts = [provider, one[0].signature].map(|b| Signature::sig_validate(&b, true).expect("point"));
            let blind = AggregateSignature::aggregate(&[&parts[0], &parts[1]], false).expect("sum");
            assert!(!verify_signature(&pk, MESSAGE, &blind.to_signature().to_bytes()), "provider with guardian {j}");
        }
    }

    #[test]
    fn a_dealer_sending_a_bad_share_is_named_and_excluded() {
        let mut dealings = honest(2, 3);
        // Dealer 2 sends guardian 3 a share off by one; its commitments stay as they were.
        let bad = dealings[1].shares.iter_mut().find(|s| s.recipient == 3).expect("share for 3");
        bad.secret = SecretKey::from_scalar(bad.secret.scalar().add(&Scalar::from_u64(1))).expect("key");
        let commitments: Vec<Commitments> = dealings.iter().map(|d| d.commitments.clone()).collect();
        let received: Vec<DealtShare> = dealings.iter().filter_map(|d| d.share_for(3).cloned()).collect();
        assert_eq!(complaints(3, &commitments, &received), vec![Complaint { dealer: 2, recipient: 3 }]);
        assert!(!verify_share(&dealings[1].commitments, 3, &received[1].secret));
        assert!(verify_share(&dealings[1].commitments, 1, &dealings[1].shares[0].secret));

        let c = run(&dealings, 2, 3);
        assert_eq!(c.group.dealers, vec![1, 3]);
        assert_eq!(c.qualification.disqualified.len(), 1);
        let named = Error::from(&c.qualification.disqualified[0]).to_string();
        assert!(named.starts_with("dealer 2 is disqualified: guardian 3 showed"), "{named}");
        // The rest still make a working key, signed by every pair with the provider.
        every_subset_signs(&c, 2, 3);
    }

    #[test]
    fn finishing_without_a_qualified_dealers_share_names_that_dealer() {
        let dealings = honest(2, 3);
        let commitments: Vec<Commitments> = dealings.iter().map(|d| d.commitments.clone()).collect();
        let q = qualify(2, 3, &commitments, &[], &[]).expect("qualify");
        // Guardian 1 lost dealer 3's share (it should have complained): finishing names dealer 3.
        let received: Vec<DealtShare> = dealings[..2].iter().filter_map(|d| d.share_for(1).cloned()).collect();
        let err = q.finish(1, &received).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("dealer 3 is disqualified: guardian 1 holds no share"), "{err}");
        assert!(q.finish(4, &received).is_err());
    }

    #[test]
    fn a_false_complaint_answered_with_the_true_share_does_not_exclude() {
        let dealings = honest(2, 3);
        let commitments: Vec<Commitments> = dealings.iter().map(|d| d.commitments.clone()).collect();
        // Guardian 3 complains about dealer 1 although its share was right; dealer 1 reveals it.
        let lie = [Complaint { dealer: 1, recipient: 3 }];
        let answer = dealings[0].share_for(3).cloned().expect("share");
        let q = qualify(2, 3, &commitments, &lie, std::slice::from_ref(&answer)).expect("qualify");
        assert!(q.disqualified.is_empty());
        // Unanswered, or answered with a wrong share, the complaint stands.
        let q = qualify(2, 3, &commitments, &lie, &[]).expect("qualify");
        assert_eq!(q.disqualified.iter().map(|d| d.dealer).collect::<Vec<_>>(), vec![1]);
        let wrong = DealtShare { secret: SecretKey::from_scalar(Scalar::from_u64(5)).expect("key"), ..answer };
        let q = qualify(2, 3, &commitments, &lie, &[wrong]).expect("qualify");
        assert_eq!(q.disqualified.iter().map(|d| d.dealer).collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn malformed_dealings_and_provider_commitments_are_refused() {
        let mut dealings = honest(2, 3);
        let mut rng = rand::thread_rng();
        // Dealer 1 commits to a degree-2 polynomial: three guardians would then be needed, not two.
        dealings[0] = deal(1, 3, 3, &mut rng).expect("deal");
        // Dealer 3's proof of possession is dealer 2's.
        dealings[2].commitments.proof = dealings[1].commitments.proof.clone();
        let commitments: Vec<Commitments> = dealings.iter().map(|d| d.commitments.clone()).collect();
        let q = qualify(2, 3, &commitments, &[], &[]).expect("qualify");
        assert_eq!(q.disqualified.iter().map(|d| d.dealer).collect::<Vec<_>>(), vec![1, 3]);
        assert!(q.disqualified[0].reason.contains("3 coefficients"), "{:?}", q.disqualified[0]);
        // One dealer left is fewer than the threshold: no key.
        let provider = ProviderCommitment::of(&SecretKey::from_scalar(Scalar::from_u64(9)).expect("key")).expect("c");
        let err = q.group_key(&provider).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("only 1 dealer(s) qualified"), "{err}");

        // A provider commitment whose proof is for another key is refused.
        let q = qualify(2, 3, &honest(2, 3).iter().map(|d| d.commitments.clone()).collect::<Vec<_>>(), &[], &[])
            .expect("qualify");
        let other = ProviderCommitment::of(&SecretKey::from_scalar(Scalar::from_u64(11)).expect("key")).expect("c");
        let forged = ProviderCommitment { proof: other.proof, ..provider };
        let err = q.group_key(&forged).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("the provider's proof of possession does not verify"), "{err}");
        // Dealing parameters that make no sense are refused.
        assert!(deal(0, 2, 3, &mut rng).is_err());
        assert!(deal(4, 2, 3, &mut rng).is_err());
        assert!(deal(1, 1, 3, &mut rng).is_err());
        let empty = Commitments { dealer: 1, coefficients: vec![], proof: String::new() };
        assert!(!verify_share(&empty, 1, &SecretKey::from_scalar(Scalar::from_u64(1)).expect("key")));
    }
}
