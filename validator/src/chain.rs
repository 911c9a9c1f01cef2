//! The beacon chains a deposit can be made for, with their genesis fork versions (which fix the deposit domain).

use crate::Error;

/// A beacon chain, by the name the deposit CLI writes as `network_name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chain {
    /// Ethereum mainnet.
    Mainnet,
    /// The Hoodi testnet.
    Hoodi,
    /// The Holesky testnet.
    Holesky,
    /// The Sepolia testnet.
    Sepolia,
    /// stkr's local devnet.
    Devnet,
}

/// Every chain, for listing in messages.
pub const ALL: [Chain; 5] = [Chain::Mainnet, Chain::Hoodi, Chain::Holesky, Chain::Sepolia, Chain::Devnet];

impl Chain {
    /// The name in deposit data files.
    pub fn name(self) -> &'static str {
        match self {
            Self::Mainnet => "mainnet",
            Self::Hoodi => "hoodi",
            Self::Holesky => "holesky",
            Self::Sepolia => "sepolia",
            Self::Devnet => "devnet",
        }
    }

    /// GENESIS_FORK_VERSION: deposits are signed over the domain of this version on every chain.
    ///
    /// The devnet's is the consensus specs' minimal preset value 0x00000001, the fork version of the
    /// Lodestar dev chain (`LODESTAR_PRESET=minimal lodestar dev`) that can run beside the devnet, so
    /// its deposits would verify there too.
    pub fn genesis_fork_version(self) -> [u8; 4] {
        match self {
            Self::Mainnet => [0x00, 0x00, 0x00, 0x00],
            Self::Hoodi => [0x10, 0x00, 0x09, 0x10],
            Self::Holesky => [0x01, 0x01, 0x70, 0x00],
            Self::Sepolia => [0x90, 0x00, 0x00, 0x69],
            Self::Devnet => [0x00, 0x00, 0x00, 0x01],
        }
    }

    /// The chain with this genesis fork version, if stkr knows it.
    pub fn from_fork_version(version: [u8; 4]) -> Option<Self> {
        ALL.into_iter().find(|c| c.genesis_fork_version() == version)
    }
}

impl std::fmt::Display for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Chain {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            let names = ALL.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ");
            Error::Invalid(format!("unknown chain '{s}': use one of {names}"))
        })
    }
}
