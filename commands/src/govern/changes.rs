//! What a governance transaction did, from the events of its receipt.

use alloy::{
    primitives::{Address, B256},
    rpc::types::TransactionReceipt,
    sol_types::SolEvent,
};
use stkr_core::{
    bindings::{Governance, NodeRegistry, Parameters, ProviderRegistry},
    params::{PARAMS, display_value},
    receipt::events,
    time::utc,
    units::AmountView,
};

use super::ActionReport;

impl ActionReport {
    /// The id of the proposal `governance` created in `receipt`, if it created one.
    pub(super) fn with_proposal(mut self, receipt: &TransactionReceipt, governance: Address) -> Self {
        self.proposal_id =
            events::<Governance::ProposalCreated>(receipt, governance).first().map(|e| e.id.saturating_to::<u64>());
        self
    }
}

pub(super) fn report(action: &str, receipt: &TransactionReceipt) -> ActionReport {
    let mut changes = Vec::new();
    for log in receipt.inner.logs() {
        let Some(topic) = log.topic0() else { continue };
        let data = &log.inner;
        let line = membership_change(*topic, data)
            .or_else(|| proposal_change(*topic, data))
            .or_else(|| protocol_change(*topic, data));
        changes.extend(line);
    }
    ActionReport {
        action: action.to_string(),
        transaction: receipt.transaction_hash.to_string(),
        block: receipt.block_number.unwrap_or_default(),
        changes,
        proposal_id: None,
    }
}

/// A change in who governs: joins, stakes, candidacies, elections and slashing.
fn membership_change(topic: B256, data: &alloy::primitives::Log) -> Option<String> {
    match topic {
        Governance::GovernorJoined::SIGNATURE_HASH => Governance::GovernorJoined::decode_log(data)
            .ok()
            .map(|e| format!("{} joined as governor with {} staked", e.governor, AmountView::ankr(e.stake))),
        Governance::GovernanceStaked::SIGNATURE_HASH => Governance::GovernanceStaked::decode_log(data).ok().map(|e| {
            format!("{} staked {}; stake now {}", e.account, AmountView::ankr(e.amount), AmountView::ankr(e.stake))
        }),
        Governance::GovernanceUnstaked::SIGNATURE_HASH => {
            Governance::GovernanceUnstaked::decode_log(data).ok().map(|e| {
                format!(
                    "{} withdrew {}; stake now {}",
                    e.account,
                    AmountView::ankr(e.amount),
                    AmountView::ankr(e.stake)
                )
            })
        }
        Governance::CandidateApplied::SIGNATURE_HASH => Governance::CandidateApplied::decode_log(data)
            .ok()
            .map(|e| format!("{} is a candidate with {} staked", e.candidate, AmountView::ankr(e.stake))),
        Governance::CandidateWithdrew::SIGNATURE_HASH => Governance::CandidateWithdrew::decode_log(data)
            .ok()
            .map(|e| format!("{} withdrew its candidacy", e.candidate)),
        Governance::CandidateDisplaced::SIGNATURE_HASH => Governance::CandidateDisplaced::decode_log(data)
            .ok()
            .map(|e| format!("{} took the place of {}, the lightest candidate of a full list", e.by, e.candidate)),
        Governance::Elected::SIGNATURE_HASH => Governance::Elected::decode_log(data).ok().map(|e| {
            let list = e.elected.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            format!("elected: {list}")
        }),
        Governance::GovernorUnseated::SIGNATURE_HASH => {
            Governance::GovernorUnseated::decode_log(data).ok().map(|e| format!("{} lost its seat", e.governor))
        }
        Governance::GovernorSlashed::SIGNATURE_HASH => Governance::GovernorSlashed::decode_log(data).ok().map(|e| {
            format!(
                "{} missed {} votes in a row: slashed {} and removed",
                e.governor,
                e.missedInRow,
                AmountView::ankr(e.amount)
            )
        }),
        _ => None,
    }
}

/// A change in a proposal: created, voted on, finalized or executed.
fn proposal_change(topic: B256, data: &alloy::primitives::Log) -> Option<String> {
    match topic {
        Governance::ProposalCreated::SIGNATURE_HASH => Governance::ProposalCreated::decode_log(data).ok().map(|e| {
            format!(
                "proposal {} created with a bond of {}; voting closes {}; if it passes it may run from {} until {}",
                e.id,
                AmountView::ankr(e.bond),
                utc(e.end.saturating_to()),
                utc(e.eta.saturating_to()),
                utc(e.expiresAt.saturating_to())
            )
        }),
        Governance::VoteCast::SIGNATURE_HASH => Governance::VoteCast::decode_log(data)
            .ok()
            .map(|e| format!("{} voted {} on proposal {}", e.governor, if e.support { "yes" } else { "no" }, e.id)),
        Governance::ProposalFinalized::SIGNATURE_HASH => {
            Governance::ProposalFinalized::decode_log(data).ok().map(|e| {
                format!(
                    "proposal {} closed: {} yes, {} no, {}",
                    e.id,
                    e.yes,
                    e.no,
                    if e.passed { "passed" } else { "rejected" }
                )
            })
        }
        Governance::ProposalExecuted::SIGNATURE_HASH => {
            Governance::ProposalExecuted::decode_log(data).ok().map(|e| format!("proposal {} executed", e.id))
        }
        Governance::ProposalBondSettled::SIGNATURE_HASH => {
            Governance::ProposalBondSettled::decode_log(data).ok().map(|e| {
                if e.returned {
                    format!("proposal {}'s bond of {} went back to {}", e.id, AmountView::ankr(e.amount), e.proposer)
                } else {
                    format!(
                        "proposal {} reached no quorum: its bond of {} went to the insurance pool",
                        e.id,
                        AmountView::ankr(e.amount)
                    )
                }
            })
        }
        _ => None,
    }
}

/// A change a proposal made to the protocol, or a delegation of votes.
fn protocol_change(topic: B256, data: &alloy::primitives::Log) -> Option<String> {
    match topic {
        Parameters::ParameterChanged::SIGNATURE_HASH => {
            Parameters::ParameterChanged::decode_log(data).ok().and_then(|e| {
                PARAMS.get(usize::from(e.key)).map(|info| {
                    format!(
                        "{} changed from {} to {}",
                        info.name,
                        display_value(info.unit, e.oldValue),
                        display_value(info.unit, e.newValue)
                    )
                })
            })
        }
        ProviderRegistry::ProviderQualified::SIGNATURE_HASH => ProviderRegistry::ProviderQualified::decode_log(data)
            .ok()
            .map(|e| format!("provider {} qualified", e.provider)),
        NodeRegistry::VotesDelegated::SIGNATURE_HASH => NodeRegistry::VotesDelegated::decode_log(data).ok().map(|e| {
            format!("{} delegates {} of votes to {} (was {})", e.staker, AmountView::ankr(e.votes), e.to, e.from)
        }),
        _ => None,
    }
}
