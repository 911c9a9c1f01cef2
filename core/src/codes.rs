//! One typed enum per on-chain code (statuses, phases, roles, trust levels, votes, outcomes): converted from
//! the contract's value, shown by `Display` and serialised as the same lowercase name.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Defines an enum mirroring a Solidity enum: `From<u8>` (values the contract does not define become
/// `Unknown`), `code()`, `name()`, `Display` and `Serialize` as the name.
macro_rules! onchain_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this stkr does not know.
            #[default]
            Unknown,
        }

        impl $name {
            /// The contract's value; `Unknown` has none and gives 255.
            pub const fn code(self) -> u8 {
                match self {
                    $( Self::$variant => $code, )+
                    Self::Unknown => u8::MAX,
                }
            }

            /// The name people and scripts see.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Self::$variant => $text, )+
                    Self::Unknown => "unknown",
                }
            }
        }

        impl From<u8> for $name {
            fn from(code: u8) -> Self {
                match code {
                    $( $code => Self::$variant, )+
                    _ => Self::Unknown,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }
    };
}

onchain_enum! {
    /// `MicroPool.Status`.
    PoolStatus {
        /// Filling; stakes are accepted.
        Pending = 1 => "pending",
        /// Deposited as a validator; stakes are locked.
        Active = 2 => "active",
        /// Settled; stakers claim.
        Completed = 3 => "completed",
        /// Cancelled before activation; stakers unstake.
        Cancelled = 4 => "cancelled",
        /// Its stakers moved to another pool.
        Migrated = 5 => "migrated",
    }
}

onchain_enum! {
    /// `Marketplace.Status`.
    ProjectStatus {
        /// No such project.
        None = 0 => "unknown",
        /// In its sealed-bid auction.
        Bidding = 1 => "bidding",
        /// Assigned and running.
        Running = 2 => "running",
        /// Completed with a profit.
        Completed = 3 => "completed",
        /// Failed.
        Failed = 4 => "failed",
        /// The auction found no provider.
        Unassigned = 5 => "unassigned",
    }
}

onchain_enum! {
    /// `IProviderRegistry.Status`.
    ProviderStatus {
        /// Never applied.
        None = 0 => "none",
        /// Applied, waiting for governance.
        Applied = 1 => "applied",
        /// Qualified by governance.
        Qualified = 2 => "qualified",
    }
}

onchain_enum! {
    /// `IParameters.TrustLevel`: which k applies to a provider.
    TrustLevel {
        /// k = the untrusted k.
        Untrusted = 0 => "untrusted",
        /// k = the provider's own k, else the semi-trusted k.
        SemiTrusted = 1 => "semi-trusted",
        /// k = 0.
        Trusted = 2 => "trusted",
    }
}

onchain_enum! {
    /// `NodeRegistry.Status`.
    NodeStatus {
        /// No such node.
        None = 0 => "none",
        /// Running.
        Active = 1 => "active",
        /// Retired.
        Finished = 2 => "finished",
    }
}

onchain_enum! {
    /// `NodeRegistry.Health`: the sidecar's last report of its own node.
    NodeHealth {
        /// Nothing reported yet.
        Unreported = 0 => "unknown",
        /// Synced and attesting.
        Healthy = 1 => "healthy",
        /// Catching up.
        Syncing = 2 => "syncing",
        /// Down or failing.
        Unhealthy = 3 => "unhealthy",
    }
}

onchain_enum! {
    /// `INodeRegistry.Verdict`: what a strict majority of a node's assigned auditors saw in a period.
    AuditVerdict {
        /// No strict majority either way: counts neither as up nor as down.
        Undecided = 0 => "undecided",
        /// A majority saw it up.
        Up = 1 => "up",
        /// A majority saw it down.
        Down = 2 => "down",
    }
}

onchain_enum! {
    /// `Governance.Phase`.
    GovernancePhase {
        /// n+1 invited governors.
        Initialization = 0 => "initialization",
        /// n more elected.
        Transition = 1 => "transition",
        /// Periodic re-election of all.
        Automated = 2 => "automated",
    }
}

onchain_enum! {
    /// `Governance.Vote`: how a governor voted.
    Vote {
        /// Not yet.
        None = 0 => "none",
        /// For.
        Yes = 1 => "yes",
        /// Against.
        No = 2 => "no",
    }
}

/// An account's place in governance, from its `Governance.Member` record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GovernorRole {
    /// A seated governor.
    Governor,
    /// A candidate for the next election.
    Candidate,
    /// Invited to join, not yet accepted.
    Invited,
    /// None of these.
    #[default]
    None,
}

impl GovernorRole {
    /// The role of a member record: governor before candidate before invited.
    pub fn of(is_governor: bool, is_candidate: bool, invited: bool) -> Self {
        match (is_governor, is_candidate, invited) {
            (true, _, _) => Self::Governor,
            (_, true, _) => Self::Candidate,
            (_, _, true) => Self::Invited,
            _ => Self::None,
        }
    }

    /// The name people and scripts see.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Governor => "governor",
            Self::Candidate => "candidate",
            Self::Invited => "invited",
            Self::None => "none",
        }
    }
}

impl fmt::Display for GovernorRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a sent transaction ended, as a daemon's journal records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TxOutcome {
    /// Included and successful.
    Mined,
    /// Included and reverted.
    Reverted,
}

impl TxOutcome {
    /// The outcome of a receipt's status flag.
    pub fn of(success: bool) -> Self {
        if success { Self::Mined } else { Self::Reverted }
    }

    /// The name people and scripts see.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Mined => "mined",
            Self::Reverted => "reverted",
        }
    }
}

impl fmt::Display for TxOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_values_say_so() {
        for code in 1..=5u8 {
            assert_eq!(PoolStatus::from(code).code(), code);
        }
        assert_eq!(PoolStatus::from(0), PoolStatus::Unknown);
        assert_eq!(PoolStatus::from(9).name(), "unknown");
        assert_eq!(TrustLevel::from(1).to_string(), "semi-trusted");
        assert_eq!(ProjectStatus::from(5), ProjectStatus::Unassigned);
        assert_eq!(NodeHealth::from(0).name(), "unknown");
        assert_eq!(serde_json::to_string(&PoolStatus::Active).ok().as_deref(), Some("\"active\""));
        assert_eq!(serde_json::to_string(&GovernorRole::Governor).ok().as_deref(), Some("\"governor\""));
        assert_eq!(serde_json::to_string(&TxOutcome::Mined).ok().as_deref(), Some("\"mined\""));
    }

    #[test]
    fn a_governor_is_a_governor_first() {
        assert_eq!(GovernorRole::of(true, true, true), GovernorRole::Governor);
        assert_eq!(GovernorRole::of(false, true, true), GovernorRole::Candidate);
        assert_eq!(GovernorRole::of(false, false, true), GovernorRole::Invited);
        assert_eq!(GovernorRole::of(false, false, false), GovernorRole::None);
    }
}
