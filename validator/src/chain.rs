//! The beacon chain a deposit is signed for: its deposit CLI name and genesis fork version, which fixes the
//! deposit domain. Which chains exist, with their values and sources, is stkr-core's network table.

/// A beacon chain as a deposit names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chain {
    /// The name in deposit data files (`network_name`).
    pub name: &'static str,
    /// GENESIS_FORK_VERSION: deposits are signed over the domain of this version on every chain.
    pub genesis_fork_version: [u8; 4],
}

impl Chain {
    /// A chain by its name and genesis fork version.
    pub const fn new(name: &'static str, genesis_fork_version: [u8; 4]) -> Self {
        Self { name, genesis_fork_version }
    }

    /// The name in deposit data files.
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The genesis fork version.
    pub fn genesis_fork_version(self) -> [u8; 4] {
        self.genesis_fork_version
    }

    /// The chain of `known` named `name` (case-insensitively).
    pub fn named(known: &[Chain], name: &str) -> Option<Self> {
        known.iter().copied().find(|c| c.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The chain of `known` with this genesis fork version.
    pub fn with_fork_version(known: &[Chain], version: [u8; 4]) -> Option<Self> {
        known.iter().copied().find(|c| c.genesis_fork_version == version)
    }
}

impl std::fmt::Display for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}
