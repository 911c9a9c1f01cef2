//! Arithmetic in the BLS12-381 scalar field (integers mod the group order r), for key derivation and Shamir sharing.

use ruint::Uint;
use zeroize::Zeroize;

type U256 = Uint<256, 4>;
type U384 = Uint<384, 6>;

/// The order r of the BLS12-381 groups, big-endian.
const ORDER_BE: [u8; 32] = [
    0x73, 0xed, 0xa7, 0x53, 0x29, 0x9d, 0x7d, 0x48, 0x33, 0x39, 0xd8, 0x08, 0x09, 0xa1, 0xd8, 0x05, 0x53, 0xbd, 0xa4,
    0x02, 0xff, 0xfe, 0x5b, 0xfe, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01,
];

fn order() -> U256 {
    U256::from_be_bytes(ORDER_BE)
}

/// An element of the scalar field; wiped from memory when dropped, since it is often a secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Scalar(U256);

impl std::fmt::Debug for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a value that may be a secret key or a share.
        f.write_str("Scalar(..)")
    }
}

impl Drop for Scalar {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl Scalar {
    /// Zero.
    pub fn zero() -> Self {
        Self(U256::ZERO)
    }

    /// A small integer.
    pub fn from_u64(value: u64) -> Self {
        Self(U256::from(value).reduce_mod(order()))
    }

    /// A 32-byte big-endian integer, if it is below r.
    pub fn from_be_bytes(bytes: [u8; 32]) -> Option<Self> {
        let value = U256::from_be_bytes(bytes);
        (value < order()).then_some(Self(value))
    }

    /// A 48-byte big-endian integer reduced mod r (the `OS2IP(OKM) mod r` of HKDF_mod_r).
    pub fn from_be_bytes_wide(bytes: [u8; 48]) -> Self {
        let mut wide = U384::from_be_bytes(bytes);
        let modulus = U384::from_be_bytes::<48>({
            let mut padded = [0u8; 48];
            padded[16..].copy_from_slice(&ORDER_BE);
            padded
        });
        let mut reduced = wide.reduce_mod(modulus);
        let be: [u8; 48] = reduced.to_be_bytes();
        let mut low = [0u8; 32];
        low.copy_from_slice(&be[16..]);
        let scalar = Self(U256::from_be_bytes(low));
        low.zeroize();
        wide.zeroize();
        reduced.zeroize();
        scalar
    }

    /// A uniformly random element (48 random bytes reduced: the bias is below 2^-128).
    pub fn random<R: rand::RngCore + rand::CryptoRng>(rng: &mut R) -> Self {
        let mut bytes = [0u8; 48];
        rng.fill_bytes(&mut bytes);
        let scalar = Self::from_be_bytes_wide(bytes);
        bytes.zeroize();
        scalar
    }

    /// Big-endian bytes (how secret keys are serialised).
    pub fn to_be_bytes(&self) -> [u8; 32] {
        self.0.to_be_bytes()
    }

    /// Little-endian bytes (how blst takes scalars for multiplication).
    pub fn to_le_bytes(&self) -> [u8; 32] {
        self.0.to_le_bytes()
    }

    /// Whether this is zero.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// self + other mod r.
    pub fn add(&self, other: &Self) -> Self {
        Self(self.0.add_mod(other.0, order()))
    }

    /// self - other mod r.
    pub fn sub(&self, other: &Self) -> Self {
        let negated = order() - other.0;
        Self(self.0.add_mod(negated, order()))
    }

    /// self * other mod r.
    pub fn mul(&self, other: &Self) -> Self {
        Self(self.0.mul_mod(other.0, order()))
    }

    /// The multiplicative inverse, unless self is zero.
    pub fn inverse(&self) -> Option<Self> {
        self.0.inv_mod(order()).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_arithmetic_wraps_at_the_group_order() {
        let minus_one = Scalar::zero().sub(&Scalar::from_u64(1));
        assert_eq!(minus_one.add(&Scalar::from_u64(1)), Scalar::zero());
        let seven = Scalar::from_u64(7);
        let inverse = seven.inverse().expect("7 is invertible");
        assert_eq!(seven.mul(&inverse), Scalar::from_u64(1));
        assert!(Scalar::zero().inverse().is_none());
        assert!(Scalar::from_be_bytes(ORDER_BE).is_none(), "r itself is not a field element");
        let mut wide = [0u8; 48];
        wide[16..].copy_from_slice(&ORDER_BE);
        wide[47] = 0x03; // r + 2
        assert_eq!(Scalar::from_be_bytes_wide(wide), Scalar::from_u64(2));
    }
}
