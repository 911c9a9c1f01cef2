//! Shamir secret sharing of a validator key over the BLS12-381 scalar field, partial signatures, and their Lagrange combination in G2.

use blst::MultiPoint;
use serde::{Deserialize, Serialize};

use crate::{Error, SecretKey, deposit::verify_signature, from_hex, scalar::Scalar, to_hex};

/// One holder's share of a key: f(index) for the sharing polynomial f with f(0) = the key.
#[derive(Debug, Clone)]
pub struct Share {
    /// Its x coordinate, from 1.
    pub index: u32,
    /// f(index), itself a valid secret key.
    pub secret: SecretKey,
}

/// What everyone may know of a sharing: the key's public key, the threshold, and each share's public key,
/// so that every partial signature can be checked before it is combined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicShares {
    /// The validator's public key, hex.
    pub pubkey: String,
    /// How many shares must sign.
    pub threshold: u32,
    /// Every share's public key.
    pub shares: Vec<PublicShare>,
}

/// The public side of one share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicShare {
    /// The share's index, from 1.
    pub index: u32,
    /// Who holds it (provider, protocol, backup, …).
    pub holder: String,
    /// Its public key, hex.
    pub pubkey: String,
}

/// A signature by one share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartialSignature {
    /// The share's index.
    pub index: u32,
    /// The signature, compressed.
    pub signature: [u8; 96],
}

/// Split `key` into `shares` shares of which any `threshold` recover it (2 ≤ threshold ≤ shares ≤ 255).
pub fn split<R: rand::RngCore + rand::CryptoRng>(
    key: &SecretKey,
    threshold: u32,
    shares: u32,
    rng: &mut R,
) -> Result<Vec<Share>, Error> {
    check_threshold(threshold, shares)?;
    // f(x) = key + a1 x + … + a(t-1) x^(t-1), with random coefficients.
    let mut coefficients = vec![key.scalar().clone()];
    coefficients.extend((1..threshold).map(|_| Scalar::random(rng)));
    (1..=shares)
        .map(|index| {
            // f(index) = 0 happens with probability 2^-255; refusing it keeps every share a valid key.
            SecretKey::from_scalar(evaluate(&coefficients, index)).map(|secret| Share { index, secret })
        })
        .collect()
}

/// Refuse a threshold and share count that make no sense (2 ≤ threshold ≤ shares ≤ 255); shared with
/// the distributed key generation so both sharings obey the same rule.
pub(crate) fn check_threshold(threshold: u32, shares: u32) -> Result<(), Error> {
    if threshold < 2 {
        return Err(Error::Invalid(format!(
            "a threshold of {threshold} would let a single holder sign alone; use at least 2"
        )));
    }
    if threshold > shares {
        return Err(Error::Invalid(format!(
            "a threshold of {threshold} needs at least {threshold} shares, not {shares}"
        )));
    }
    if shares > 255 {
        return Err(Error::Invalid(format!("{shares} shares are more than the 255 supported")));
    }
    Ok(())
}

/// f(x) for the polynomial with these coefficients (constant first), by Horner's rule.
pub(crate) fn evaluate(coefficients: &[Scalar], x: u32) -> Scalar {
    let x = Scalar::from_u64(u64::from(x));
    coefficients.iter().rev().fold(Scalar::zero(), |acc, c| acc.mul(&x).add(c))
}

/// The Lagrange coefficients at x = 0 for the given distinct indices.
pub fn lagrange_at_zero(indices: &[u32]) -> Result<Vec<Scalar>, Error> {
    indices
        .iter()
        .map(|&i| {
            let xi = Scalar::from_u64(u64::from(i));
            let mut numerator = Scalar::from_u64(1);
            let mut denominator = Scalar::from_u64(1);
            for &j in indices.iter().filter(|&&j| j != i) {
                let xj = Scalar::from_u64(u64::from(j));
                numerator = numerator.mul(&xj);
                denominator = denominator.mul(&xj.sub(&xi));
            }
            let inverse = denominator
                .inverse()
                .ok_or_else(|| Error::Invalid(format!("share index {i} appears twice or is 0")))?;
            Ok(numerator.mul(&inverse))
        })
        .collect()
}

/// Sign `message` with one share.
pub fn sign_partial(share: &Share, message: &[u8]) -> Result<PartialSignature, Error> {
    Ok(PartialSignature { index: share.index, signature: share.secret.sign(message)? })
}

/// Combine `threshold` partial signatures (the first ones of distinct indices) by Lagrange interpolation
/// in G2. Nothing is verified here: see [`combine_verified`].
pub fn combine(partials: &[PartialSignature], threshold: u32) -> Result<[u8; 96], Error> {
    let mut chosen: Vec<&PartialSignature> = Vec::new();
    for partial in partials {
        if partial.index == 0 {
            return Err(Error::BadShare { index: 0, reason: "share indices start at 1".into() });
        }
        if !chosen.iter().any(|c| c.index == partial.index) && chosen.len() < threshold as usize {
            chosen.push(partial);
        }
    }
    let needed = threshold as usize;
    if chosen.len() < needed {
        return Err(Error::BelowThreshold { needed, got: chosen.len(), missing: needed - chosen.len() });
    }
    let points = chosen
        .iter()
        .map(|p| {
            blst::min_pk::Signature::sig_validate(&p.signature, true).map_err(|e| Error::BadShare {
                index: p.index,
                reason: format!("its partial signature is not a valid G2 point ({e:?})"),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let indices: Vec<u32> = chosen.iter().map(|p| p.index).collect();
    let scalars: Vec<u8> = lagrange_at_zero(&indices)?.iter().flat_map(|l| l.to_le_bytes()).collect();
    Ok(points.as_slice().mult(&scalars, 255).to_signature().to_bytes())
}

impl PublicShares {
    /// The public record of `shares` of the key `pubkey`, each with its holder's name.
    pub fn of(pubkey: [u8; 48], threshold: u32, shares: &[Share], holders: &[String]) -> Result<Self, Error> {
        let shares = shares
            .iter()
            .zip(holders)
            .map(|(share, holder)| {
                Ok(PublicShare {
                    index: share.index,
                    holder: holder.clone(),
                    pubkey: to_hex(&share.secret.public_key()?),
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(Self { pubkey: to_hex(&pubkey), threshold, shares })
    }

    /// The validator's public key.
    pub fn pubkey_bytes(&self) -> Result<[u8; 48], Error> {
        from_hex(&self.pubkey, "the public shares' pubkey")
    }

    /// The public share of `index`.
    pub fn share(&self, index: u32) -> Option<&PublicShare> {
        self.shares.iter().find(|s| s.index == index)
    }

    /// The index of the share whose public key is `pubkey`.
    pub fn index_of(&self, pubkey: &[u8; 48]) -> Option<u32> {
        let wanted = to_hex(pubkey);
        self.shares.iter().find(|s| s.pubkey.trim_start_matches("0x").eq_ignore_ascii_case(&wanted)).map(|s| s.index)
    }

    /// Check that the record is consistent: distinct indices from 1, a sane threshold, and any
    /// `threshold` of the public shares interpolating to the validator's public key.
    pub fn check(&self) -> Result<(), Error> {
        let n = self.shares.len();
        if self.threshold < 2 || self.threshold as usize > n {
            return Err(Error::Invalid(format!("a threshold of {} does not fit {n} shares", self.threshold)));
        }
        let mut points = Vec::new();
        for share in &self.shares {
            let bytes = from_hex::<48>(&share.pubkey, &format!("the public key of share {}", share.index))?;
            let point = blst::min_pk::PublicKey::key_validate(&bytes).map_err(|_| Error::BadShare {
                index: share.index,
                reason: "its public key is not a valid BLS12-381 public key".into(),
            })?;
            points.push((share.index, point));
        }
        let first: Vec<_> = points.iter().take(self.threshold as usize).collect();
        let indices: Vec<u32> = first.iter().map(|(i, _)| *i).collect();
        let scalars: Vec<u8> = lagrange_at_zero(&indices)?.iter().flat_map(|l| l.to_le_bytes()).collect();
        let keys: Vec<blst::min_pk::PublicKey> = first.iter().map(|(_, p)| *p).collect();
        let combined = keys.as_slice().mult(&scalars, 255).to_public_key().to_bytes();
        if combined != self.pubkey_bytes()? {
            return Err(Error::Invalid(format!(
                "the public shares {indices:?} do not combine to the validator's public key; the file is corrupt or mixes two sharings"
            )));
        }
        Ok(())
    }
}

/// Combine partial signatures of `message` after checking each under its share's public key: a bad one is
/// named by its index; the result is checked under the validator's public key.
pub fn combine_verified(
    partials: &[PartialSignature],
    public: &PublicShares,
    message: &[u8],
) -> Result<[u8; 96], Error> {
    for partial in partials {
        let share = public.share(partial.index).ok_or_else(|| Error::BadShare {
            index: partial.index,
            reason: format!("the public shares list no share {}", partial.index),
        })?;
        let share_pubkey = from_hex::<48>(&share.pubkey, &format!("the public key of share {}", partial.index))?;
        if !verify_signature(&share_pubkey, message, &partial.signature) {
            return Err(Error::BadShare {
                index: partial.index,
                reason: format!(
                    "its partial signature does not verify under share {}'s public key (a corrupted share or another message)",
                    partial.index
                ),
            });
        }
    }
    let signature = combine(partials, public.threshold)?;
    if !verify_signature(&public.pubkey_bytes()?, message, &signature) {
        return Err(Error::Invalid(
            "the combined signature does not verify under the validator's public key; the public shares do not belong to it".into(),
        ));
    }
    Ok(signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subsets(n: u32, k: usize) -> Vec<Vec<u32>> {
        let mut all = Vec::new();
        for mask in 0u32..(1 << n) {
            if mask.count_ones() as usize == k {
                all.push((1..=n).filter(|i| mask & (1 << (i - 1)) != 0).collect());
            }
        }
        all
    }

    fn sharing(threshold: u32, n: u32) -> (SecretKey, Vec<Share>, PublicShares) {
        let mut rng = rand::thread_rng();
        let key = SecretKey::from_scalar(Scalar::random(&mut rng)).expect("key");
        let shares = split(&key, threshold, n, &mut rng).expect("split");
        let holders: Vec<String> = (1..=n).map(|i| format!("holder {i}")).collect();
        let public = PublicShares::of(key.public_key().expect("pk"), threshold, &shares, &holders).expect("public");
        (key, shares, public)
    }

    fn every_subset_signs_like_the_key(threshold: u32, n: u32) {
        let (key, shares, public) = sharing(threshold, n);
        public.check().expect("the public shares combine to the key");
        let message = b"a voluntary exit signing root, say";
        let full = key.sign(message).expect("full signature");
        let partials: Vec<PartialSignature> =
            shares.iter().map(|s| sign_partial(s, message).expect("partial")).collect();
        for subset in subsets(n, threshold as usize) {
            let chosen: Vec<PartialSignature> = subset.iter().map(|&i| partials[i as usize - 1].clone()).collect();
            let combined = combine_verified(&chosen, &public, message).expect("combines");
            assert_eq!(combined, full, "subset {subset:?} of {threshold}-of-{n}");
        }
        for subset in subsets(n, threshold as usize - 1) {
            let chosen: Vec<PartialSignature> = subset.iter().map(|&i| partials[i as usize - 1].clone()).collect();
            let err = combine_verified(&chosen, &public, message).err().map(|e| e.to_string());
            let missing = "collect 1 more";
            assert!(err.as_deref().is_some_and(|e| e.ends_with(missing)), "subset {subset:?}: {err:?}");
        }
        // The same share twice does not count twice.
        let twice = vec![partials[0].clone(); threshold as usize];
        assert!(matches!(combine_verified(&twice, &public, message), Err(Error::BelowThreshold { got: 1, .. })));
    }

    #[test]
    fn two_of_three() {
        every_subset_signs_like_the_key(2, 3);
    }

    #[test]
    fn three_of_five() {
        every_subset_signs_like_the_key(3, 5);
    }

    #[test]
    fn a_corrupted_share_is_named() {
        let (_, mut shares, public) = sharing(2, 3);
        let message = b"deposit signing root";
        // Share 2's secret is altered (a bit flip in storage, or a holder cheating).
        shares[1].secret = SecretKey::from_scalar(shares[1].secret.scalar().add(&Scalar::from_u64(1))).expect("key");
        let partials: Vec<_> = shares.iter().map(|s| sign_partial(s, message).expect("partial")).collect();
        let err = combine_verified(&partials[..2], &public, message).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("share 2 is bad: its partial signature does not verify"), "{err}");
        // Unchecked, the wrong share yields a signature that does not verify: why partials are checked first.
        let blind = combine(&partials[..2], 2).expect("combines blindly");
        assert!(!verify_signature(&public.pubkey_bytes().expect("pk"), message, &blind));
        // Shares 1 and 3 still sign.
        assert!(combine_verified(&[partials[0].clone(), partials[2].clone()], &public, message).is_ok());
    }

    #[test]
    fn thresholds_that_make_no_sense_are_refused() {
        let key = SecretKey::from_scalar(Scalar::from_u64(5)).expect("key");
        let mut rng = rand::thread_rng();
        assert!(split(&key, 1, 3, &mut rng).is_err());
        assert!(split(&key, 4, 3, &mut rng).is_err());
        let err = split(&key, 2, 300, &mut rng).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("300 shares are more than the 255 supported"));
    }

    #[test]
    fn tampered_public_shares_are_caught() {
        let (_, _, mut public) = sharing(2, 3);
        public.shares.swap(0, 1);
        let (a, b) = (public.shares[0].index, public.shares[1].index);
        public.shares[0].index = b;
        public.shares[1].index = a;
        // Indices no longer match the keys: interpolation gives another key.
        assert!(public.check().is_err());
    }
}
