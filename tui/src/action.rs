//! Transactions from the dashboard through the one flow of `stkr_core::tx`: each intent is checked and
//! simulated into a plan (gas, value, fees) for the confirmation dialog, then sent step by step until
//! the receipts, with reverts as the CLI's plain sentences. The dialog is the flow's front end
//! ([`Dialog`]): a plan is approved once the user has confirmed it there.

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256},
    rpc::types::TransactionRequest,
    sol_types::SolError,
};
use stkr_core::{
    Error, Result,
    accounts::Passphrase,
    batch::{self, call},
    bindings::{
        AnkrToken, Governance, Marketplace, MicroPool, Multicall3, NodeRegistry, ProviderRegistry, StakerRewards,
        node_registry::IProviderRegistry::Capacity,
    },
    chain::Chain,
    deploy::Contracts,
    dirs::DataDir,
    revert,
    sealed::{self, BidRecord, Secret},
    tx::{self, Prepared, Transactor, TxOptions, format_gwei, request},
    units::format_amount,
};

use crate::{
    app::{Intent, PlanView},
    confirm::Dialog,
    data::VALIDATOR_ETH,
};

/// `MicroPool.Status.Completed`.
const POOL_COMPLETED: u8 = 3;

/// An unlocked account that sends the dashboard's transactions.
#[derive(Debug)]
pub struct Actor {
    /// The chain, signing as `from`.
    pub chain: Chain,
    /// The account.
    pub from: Address,
    /// Its name, for messages.
    pub account: String,
    /// Its passphrase: sealed bids are encrypted with it.
    pub passphrase: Passphrase,
    /// The deployment.
    pub contracts: Contracts,
    /// The data dir, where sealed bids are kept.
    pub data: DataDir,
    /// Fee, gas and nonce options from the command line.
    pub options: TxOptions,
}

/// One transaction of a plan.
#[derive(Debug)]
enum Step {
    /// Simulated, gas known.
    Ready(Prepared),
    /// Can only be simulated once the step before is mined (it spends what an approval allows).
    Later { label: String, request: TransactionRequest },
}

/// A simulated plan, kept by the runtime between the confirmation and the sending.
#[derive(Debug)]
pub struct Plan {
    steps: Vec<Step>,
    /// What the dialog showed and the user confirmed: the simulated steps, follow-ups and fee range.
    shown: tx::Plan,
    /// A sealed bid to store before anything is sent, so its reveal never lacks the salt.
    seal: Option<(BidRecord, Secret)>,
    /// A revealed bid whose files are spent once the reveal is mined.
    revealed: Option<u64>,
}

/// The sentence of a protocol error, as the CLI words it.
fn sentence(error: impl SolError) -> Error {
    Error::Simulation(revert::decode(&error.abi_encode()).unwrap_or_else(|| "the contract would refuse".into()))
}

fn refuse(reason: impl Into<String>) -> Error {
    Error::Simulation(reason.into())
}

impl Actor {
    fn transactor<'a>(&'a self, dialog: &'a Dialog) -> Transactor<'a> {
        Transactor::new(&self.chain, self.from, dialog).with_options(self.options)
    }

    async fn read(&self, calls: Vec<(Address, alloy::primitives::Bytes)>) -> Result<Vec<batch::Answer>> {
        batch::read(&self.chain, self.contracts.multicall3, calls).await
    }

    /// Check and simulate `intent`: the plan to keep and what the confirmation dialog shows.
    pub async fn simulate(&self, intent: &Intent) -> Result<(Plan, PlanView)> {
        // Nothing is confirmed yet: the dialog is about to show the plan.
        let dialog = Dialog::unconfirmed();
        let tx = self.transactor(&dialog);
        let c = &self.contracts;
        let from = self.from;
        let mut seal = None;
        let mut revealed = None;
        let (summary, steps) = match intent {
            Intent::StakePool { pool, amount } => {
                let id = U256::from(*pool);
                let r = self
                    .read(vec![
                        call(c.micro_pool, MicroPool::getPoolCall { poolId: id }),
                        call(c.ankr_token, AnkrToken::balanceOfCall { account: from }),
                        call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.micro_pool }),
                        call(c.multicall3, Multicall3::getEthBalanceCall { account: from }),
                        call(c.multicall3, Multicall3::getCurrentBlockTimestampCall {}),
                    ])
                    .await?;
                let p = r[0].decode::<MicroPool::getPoolCall>()?;
                let ankr = r[1].decode::<AnkrToken::balanceOfCall>()?;
                let allowance = r[2].decode::<AnkrToken::allowanceCall>()?;
                let eth = r[3].decode::<Multicall3::getEthBalanceCall>()?;
                let now = r[4].decode::<Multicall3::getCurrentBlockTimestampCall>()?;
                let total = U256::from(p.totalStaked);
                let room = VALIDATOR_ETH.saturating_sub(total);
                let min = U256::from(p.minStakeGwei.to::<u64>()) * U256::from(1_000_000_000u64);
                if p.status != 1 {
                    return Err(refuse(format!("pool {pool} is not pending, so it takes no stakes")));
                }
                if now >= U256::from(p.endTime.to::<u64>()) {
                    return Err(sentence(MicroPool::PoolEnded {
                        poolId: id,
                        endTime: U256::from(p.endTime.to::<u64>()),
                    }));
                }
                if from == p.provider {
                    return Err(sentence(MicroPool::PoolProviderCannotStake { poolId: id }));
                }
                if *amount > room {
                    return Err(sentence(MicroPool::PoolOverfilled { amount: *amount, remaining: room }));
                }
                if *amount < min && *amount != room {
                    return Err(sentence(MicroPool::PoolStakeTooSmall { amount: *amount, minimum: min }));
                }
                let fee =
                    (amount.saturating_mul(U256::from(p.fixedPrice)) + VALIDATOR_ETH - U256::from(1)) / VALIDATOR_ETH;
                if ankr < fee {
                    return Err(refuse(format!(
                        "{from} holds {} ANKR but the fee for {} ETH needs {} ANKR",
                        format_amount(ankr),
                        format_amount(*amount),
                        format_amount(fee)
                    )));
                }
                if eth < *amount {
                    return Err(refuse(format!(
                        "{from} holds {} ETH, less than the {} ETH to stake (plus gas)",
                        format_amount(eth),
                        format_amount(*amount)
                    )));
                }
                let label =
                    format!("stake {} ETH in pool {pool} (fee {} ANKR)", format_amount(*amount), format_amount(fee));
                let stake = request(c.micro_pool, MicroPool::stakeCall { poolId: id }).with_value(*amount);
                let summary = format!(
                    "Stake {} ETH in pool {pool}: you receive {} aETH and pay a fee of {} ANKR.",
                    format_amount(*amount),
                    format_amount(*amount),
                    format_amount(fee)
                );
                (
                    summary,
                    self.with_approval(&tx, c.micro_pool, "micro-pool contract", allowance, fee, label, stake).await?,
                )
            }
            Intent::UnstakePool { pool } => {
                let id = U256::from(*pool);
                let r =
                    self.read(vec![call(c.micro_pool, MicroPool::getStakeCall { poolId: id, staker: from })]).await?;
                let stake = r[0].decode::<MicroPool::getStakeCall>()?;
                if stake.principal == 0 {
                    return Err(refuse(format!("{from} has no stake in pool {pool}")));
                }
                let amount = U256::from(stake.principal);
                let label = format!("unstake {} ETH from pool {pool}", format_amount(amount));
                let unstake = request(c.micro_pool, MicroPool::unstakeCall { poolId: id, amount: stake.principal });
                let summary = format!(
                    "Take {} ETH back from pool {pool}; {} aETH is burned and the fee is not refunded.",
                    format_amount(amount),
                    format_amount(amount)
                );
                (summary, vec![Step::Ready(tx.prepare(label, unstake).await?)])
            }
            Intent::StakeSidecar { node, amount } => {
                let r = self
                    .read(vec![
                        call(c.ankr_token, AnkrToken::balanceOfCall { account: from }),
                        call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.node_registry }),
                    ])
                    .await?;
                let ankr = r[0].decode::<AnkrToken::balanceOfCall>()?;
                let allowance = r[1].decode::<AnkrToken::allowanceCall>()?;
                if ankr < *amount {
                    return Err(refuse(format!(
                        "{from} holds {} ANKR, less than the {} ANKR to stake",
                        format_amount(ankr),
                        format_amount(*amount)
                    )));
                }
                let label = format!("stake {} ANKR on node {node}'s sidecar", format_amount(*amount));
                let stake = request(
                    c.node_registry,
                    NodeRegistry::stakeOnSidecarCall { nodeId: U256::from(*node), amount: *amount },
                );
                let summary = format!(
                    "Stake {} ANKR on node {node}'s sidecar; it earns a share of the sidecar stakers' rewards.",
                    format_amount(*amount)
                );
                (
                    summary,
                    self.with_approval(&tx, c.node_registry, "node registry", allowance, *amount, label, stake).await?,
                )
            }
            Intent::UnstakeSidecar { node } => {
                let id = U256::from(*node);
                let r = self
                    .read(vec![call(c.node_registry, NodeRegistry::stakeOfCall { nodeId: id, staker: from })])
                    .await?;
                let staked = r[0].decode::<NodeRegistry::stakeOfCall>()?;
                if staked.is_zero() {
                    return Err(refuse(format!("{from} has no ANKR on node {node}'s sidecar")));
                }
                let label = format!("unstake {} ANKR from node {node}'s sidecar", format_amount(staked));
                let unstake =
                    request(c.node_registry, NodeRegistry::unstakeFromSidecarCall { nodeId: id, amount: staked });
                let summary = format!(
                    "Take {} ANKR back from node {node}'s sidecar; before the node completes this forfeits its rewards.",
                    format_amount(staked)
                );
                (summary, vec![Step::Ready(tx.prepare(label, unstake).await?)])
            }
            Intent::Claim => self.claim_plan(&tx).await?,
            Intent::Vote { proposal, support } => {
                let governance = c.governance.ok_or_else(|| refuse("this deployment has no governance contract"))?;
                let word = if *support { "yes" } else { "no" };
                let label = format!("vote {word} on proposal {proposal}");
                let vote = request(governance, Governance::voteCall { id: U256::from(*proposal), support: *support });
                (format!("Vote {word} on proposal {proposal}."), vec![Step::Ready(tx.prepare(label, vote).await?)])
            }
            Intent::Bid { project, price } => {
                let id = U256::from(*project);
                let r = self
                    .read(vec![
                        call(c.marketplace, Marketplace::getProjectCall { projectId: id }),
                        call(c.marketplace, Marketplace::bondOfCall { bidder: from }),
                        call(c.ankr_token, AnkrToken::allowanceCall { owner: from, spender: c.marketplace }),
                        call(c.marketplace, Marketplace::commitmentForCall { projectId: id, bidder: from }),
                        call(c.provider_registry, ProviderRegistry::isQualifiedCall { provider: from }),
                        call(c.provider_registry, ProviderRegistry::capacityOfCall { provider: from }),
                    ])
                    .await?;
                let p = r[0].decode::<Marketplace::getProjectCall>()?;
                let bond = r[1].decode::<Marketplace::bondOfCall>()?;
                let allowance = r[2].decode::<AnkrToken::allowanceCall>()?;
                let committed = r[3].decode::<Marketplace::commitmentForCall>()?;
                if *price > U256::from(p.fixedPrice) {
                    return Err(sentence(Marketplace::MarketBidAboveCeiling {
                        price: *price,
                        fixedPrice: U256::from(p.fixedPrice),
                    }));
                }
                // Checked before an approval goes out for a bid the marketplace would refuse.
                if !r[4].decode::<ProviderRegistry::isQualifiedCall>()? {
                    return Err(refuse(format!("{from} is not a qualified provider right now, so it may not bid")));
                }
                let has = r[5].decode::<ProviderRegistry::capacityOfCall>()?;
                let need = &p.resources;
                if has.cpuCores < need.cpuCores
                    || has.ramGb < need.ramGb
                    || has.storageGb < need.storageGb
                    || has.bandwidthMbps < need.bandwidthMbps
                {
                    return Err(sentence(Marketplace::MarketNotEligible { bidder: from }));
                }
                if committed != B256::ZERO {
                    return Err(refuse(format!("{from} already sealed a bid on project {project}")));
                }
                let top_up = U256::from(p.bidBond).saturating_sub(bond.free);
                let secret = Secret::new(*price);
                let record = BidRecord {
                    chain_id: self.chain.chain_id,
                    marketplace: c.marketplace,
                    project_id: *project,
                    bidder: from,
                    commitment: sealed::commitment_of(*project, from, &secret),
                    created_at: std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_secs())
                        .unwrap_or_default(),
                };
                let label = format!("seal a bid on project {project}");
                let commit =
                    request(c.marketplace, Marketplace::commitBidCall { projectId: id, commitment: record.commitment });
                let summary = format!(
                    "Seal a bid of {} ANKR on project {project}; it locks a bond of {} ANKR. The salt is kept, \
                     encrypted, in the data dir for the reveal.",
                    format_amount(*price),
                    format_amount(U256::from(p.bidBond))
                );
                seal = Some((record, secret));
                (
                    summary,
                    self.with_approval(&tx, c.marketplace, "marketplace", allowance, top_up, label, commit).await?,
                )
            }
            Intent::Reveal { project } => {
                let id = U256::from(*project);
                let r = self
                    .read(vec![call(c.marketplace, Marketplace::commitmentForCall { projectId: id, bidder: from })])
                    .await?;
                let commitment = r[0].decode::<Marketplace::commitmentForCall>()?;
                if commitment == B256::ZERO {
                    return Err(refuse(format!("{from} has no sealed bid on project {project} to reveal")));
                }
                let chain_id = self.chain.chain_id;
                let Some(path) = sealed::find(&self.data, chain_id, c.marketplace, *project, from, commitment) else {
                    return Err(refuse(format!(
                        "this data dir holds no salt for the sealed bid of {from} on project {project} (looked in {})",
                        sealed::dir(&self.data, chain_id).display()
                    )));
                };
                let secret = sealed::open(&path, &self.passphrase, &self.account)?;
                let label = format!("reveal the bid on project {project}");
                let reveal = request(
                    c.marketplace,
                    Marketplace::revealBidCall { projectId: id, price: secret.price, salt: secret.salt },
                );
                revealed = Some(*project);
                (
                    format!("Reveal the bid of {} ANKR on project {project}.", format_amount(secret.price)),
                    vec![Step::Ready(tx.prepare(label, reveal).await?)],
                )
            }
            Intent::RegisterNode { sidecar, probe_url, capacity } => {
                let [cpu_cores, ram_gb, storage_gb, bandwidth_mbps] = *capacity;
                let register = request(
                    c.node_registry,
                    NodeRegistry::registerNodeCall {
                        sidecar: *sidecar,
                        probeUrl: probe_url.clone(),
                        capacity: Capacity {
                            cpuCores: cpu_cores,
                            ramGb: ram_gb,
                            storageGb: storage_gb,
                            bandwidthMbps: bandwidth_mbps,
                        },
                    },
                );
                let label = format!("register a node with sidecar {sidecar}");
                (
                    format!("Register a node whose sidecar {sidecar} is probed at {probe_url}."),
                    vec![Step::Ready(tx.prepare(label, register).await?)],
                )
            }
        };
        let shown = planned(&tx, &steps).await?;
        let view = PlanView { summary, steps: steps.iter().map(step_view).collect(), fees: fees(&shown) };
        Ok((Plan { steps, shown, seal, revealed }, view))
    }

    /// `request`, preceded by an ANKR approval for `spender` when `allowance` is short of `needed`.
    #[allow(clippy::too_many_arguments)]
    async fn with_approval(
        &self,
        tx: &Transactor<'_>,
        spender: Address,
        spender_name: &str,
        allowance: U256,
        needed: U256,
        label: String,
        request_: TransactionRequest,
    ) -> Result<Vec<Step>> {
        if allowance >= needed {
            return Ok(vec![Step::Ready(tx.prepare(label, request_).await?)]);
        }
        let approve = request(self.contracts.ankr_token, AnkrToken::approveCall { spender, value: needed });
        let approve_label = format!("approve {} ANKR for the {spender_name}", format_amount(needed));
        Ok(vec![Step::Ready(tx.prepare(approve_label, approve).await?), Step::Later { label, request: request_ }])
    }

    /// Everything claimable, one transaction per place.
    async fn claim_plan(&self, tx: &Transactor<'_>) -> Result<(String, Vec<Step>)> {
        let c = &self.contracts;
        let from = self.from;
        let mut calls = vec![
            call(c.micro_pool, MicroPool::poolCountCall {}),
            call(c.micro_pool, MicroPool::refundOfCall { provider: from }),
            call(c.staker_rewards, StakerRewards::pendingRewardsCall { account: from }),
            call(c.node_registry, NodeRegistry::pendingRewardsCall { account: from }),
        ];
        if let Some(g) = c.governance {
            calls.push(call(g, Governance::pendingRewardsCall { account: from }));
        }
        let r = self.read(calls).await?;
        let pools = r[0].decode::<MicroPool::poolCountCall>()?.saturating_to::<u64>();
        let refund = r[1].decode::<MicroPool::refundOfCall>()?;
        let staker = r[2].decode::<StakerRewards::pendingRewardsCall>()?;
        let sidecar = r[3].decode::<NodeRegistry::pendingRewardsCall>()?;
        let governance = match c.governance {
            Some(g) => Some((g, r[4].decode::<Governance::pendingRewardsCall>()?)),
            None => None,
        };
        // Per pool: what this account may claim as a staker, and the pool (for a provider's own share).
        let claims: Vec<(Address, alloy::primitives::Bytes)> = (1..=pools)
            .flat_map(|id| {
                [
                    call(c.micro_pool, MicroPool::claimableCall { poolId: U256::from(id), staker: from }),
                    call(c.micro_pool, MicroPool::getPoolCall { poolId: U256::from(id) }),
                ]
            })
            .collect();
        let answers = batch::read_chunked(&self.chain, c.multicall3, claims, batch::CHUNK).await?;
        let mut requests: Vec<(String, TransactionRequest)> = Vec::new();
        let mut eth = U256::ZERO;
        let mut ankr = U256::ZERO;
        for (index, pair) in answers.chunks(2).enumerate() {
            let id = index as u64 + 1;
            let amount = pair[0].decode::<MicroPool::claimableCall>()?;
            if !amount.is_zero() {
                eth += amount;
                requests.push((
                    format!("claim {} ETH from pool {id}", format_amount(amount)),
                    request(c.micro_pool, MicroPool::claimCall { poolId: U256::from(id) }),
                ));
            }
            let pool = pair[1].decode::<MicroPool::getPoolCall>()?;
            if pool.provider == from && pool.status == POOL_COMPLETED && pool.providerPayout != 0 {
                let share = U256::from(pool.providerPayout);
                eth += share;
                requests.push((
                    format!("claim the provider's {} ETH from pool {id}", format_amount(share)),
                    request(c.micro_pool, MicroPool::claimProviderCall { poolId: U256::from(id) }),
                ));
            }
        }
        if !refund.is_zero() {
            eth += refund;
            requests.push((
                format!("withdraw a refund of {} ETH", format_amount(refund)),
                request(c.micro_pool, MicroPool::withdrawRefundCall {}),
            ));
        }
        let mut rewards = |place: &str, target: Address, e: U256, a: U256, data: Vec<u8>| {
            if !e.is_zero() || !a.is_zero() {
                eth += e;
                ankr += a;
                requests.push((
                    format!("claim {} ETH and {} ANKR from {place}", format_amount(e), format_amount(a)),
                    TransactionRequest::default().with_to(target).with_input(data),
                ));
            }
        };
        use alloy::sol_types::SolCall;
        rewards(
            "reward shares",
            c.staker_rewards,
            staker.eth,
            staker.ankr,
            StakerRewards::claimRewardsCall {}.abi_encode(),
        );
        rewards(
            "sidecar stakes",
            c.node_registry,
            sidecar.eth,
            sidecar.ankr,
            NodeRegistry::claimRewardsCall {}.abi_encode(),
        );
        if let Some((g, pending)) = governance {
            rewards("governance", g, pending.eth, pending.ankr, Governance::claimRewardsCall {}.abi_encode());
        }
        if requests.is_empty() {
            return Err(Error::InvalidInput(format!("{from} has nothing to claim right now; nothing was sent")));
        }
        let mut steps = Vec::with_capacity(requests.len());
        for (label, req) in requests {
            steps.push(Step::Ready(tx.prepare(label, req).await?));
        }
        Ok((
            format!(
                "Claim {} ETH and {} ANKR in {} transaction(s).",
                format_amount(eth),
                format_amount(ankr),
                steps.len()
            ),
            steps,
        ))
    }

    /// Send `plan` in order, calling `progress` as each step goes out; what happened, line by line.
    /// It is only called once the user confirmed the plan in the dialog.
    pub async fn send(&self, plan: Plan, progress: impl Fn(String)) -> Result<Vec<String>> {
        let dialog = Dialog::confirmed();
        let tx = self.transactor(&dialog);
        tx.approve(&plan.shown)?;
        if let Some((record, secret)) = &plan.seal {
            let path = sealed::store(&self.data, record, secret, &self.passphrase)?;
            tracing::info!("sealed bid stored in {}", path.display());
        }
        let mut done: Vec<String> = Vec::new();
        for step in plan.steps {
            let prepared = match step {
                Step::Ready(prepared) => prepared,
                Step::Later { label, request } => {
                    progress(format!("{label}: simulating"));
                    tx.prepare(label, request).await.map_err(|e| went_through(&done, e))?
                }
            };
            let label = prepared.label.clone();
            progress(format!("{label}: waiting for the receipt"));
            let receipt = tx.submit(prepared).await.map_err(|e| went_through(&done, e))?;
            tracing::info!("{label}: mined in block {:?} as {}", receipt.block_number, receipt.transaction_hash);
            done.push(format!(
                "{label}: block {} ({})",
                receipt.block_number.unwrap_or_default(),
                receipt.transaction_hash
            ));
        }
        if let Some(project) = plan.revealed {
            sealed::remove_all(&self.data, self.chain.chain_id, project, self.from);
        }
        Ok(done)
    }
}

/// The core plan of `steps` (the simulated ones, then the later ones by label), fee range included.
async fn planned(tx: &Transactor<'_>, steps: &[Step]) -> Result<tx::Plan> {
    let mut ready = Vec::new();
    let mut later = Vec::new();
    for step in steps {
        match step {
            Step::Ready(prepared) => ready.push(prepared.clone()),
            Step::Later { label, .. } => later.push(label.as_str()),
        }
    }
    tx.plan(&ready, &later).await
}

/// The likely and the highest fee of a plan's simulated steps, in words.
fn fees(plan: &tx::Plan) -> String {
    let later = if plan.then.is_empty() { "" } else { " (plus the later step)" };
    format!(
        "fees ~{}, at most {}{later} · max fee {} gwei, tip {} gwei",
        eth_or_gwei(plan.fees.likely),
        eth_or_gwei(plan.fees.most),
        format_gwei(plan.fees.max_fee_per_gas),
        format_gwei(plan.fees.tip)
    )
}

/// A fee for people: ETH from a thousandth up, else gwei to three decimals (`25.708 gwei`).
fn eth_or_gwei(wei: U256) -> String {
    if wei >= U256::from(1_000_000_000_000_000u64) {
        return format!("{} ETH", crate::data::fmt_amount(wei));
    }
    // fmt_amount reads 18 decimals; a gwei has 9, so scale up by 10^9 first.
    let gwei = crate::data::fmt_amount(wei * U256::from(1_000_000_000u64));
    format!("{} gwei", gwei.trim_end_matches('…'))
}

/// An error after some steps were mined says which.
fn went_through(done: &[String], error: Error) -> Error {
    if done.is_empty() {
        return error;
    }
    Error::Other(format!("{error} (already mined: {})", done.join("; ")))
}

fn step_view(step: &Step) -> (String, Option<u64>, String) {
    match step {
        Step::Ready(p) => (p.label.clone(), Some(p.gas), format_amount(p.value)),
        Step::Later { label, request } => (label.clone(), None, format_amount(request.value.unwrap_or_default())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_read_in_gwei_until_they_are_worth_eth() {
        assert_eq!(eth_or_gwei(U256::from(25_708_271_328u64)), "25.7082 gwei");
        assert_eq!(eth_or_gwei(U256::from(3_000_000_000_000_000u64)), "0.003 ETH");
        assert_eq!(eth_or_gwei(U256::ZERO), "0 gwei");
    }
}
