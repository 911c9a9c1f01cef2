//! The provider daemon's projects: a sealed bid under the written policy (salt stored before it is sent),
//! the reveal inside its window, the settlement, a won project provisioned from its template and supervised,
//! and its completion at the end, each step journaled so a crash neither repeats nor loses one.

use alloy::primitives::{Address, B256, U256};
use serde::{Deserialize, Serialize};
use stkr_core::{
    Error,
    batch::Batch,
    bindings::{AnkrToken, Marketplace, Multicall3},
    codes::ProjectStatus,
    market::{
        BidFacts, CompleteFacts, Phase, ProjectRecord, RevealFacts, SettleFacts, check_bid, check_complete,
        check_reveal, check_settle,
    },
    provider::Resources,
    sealed::{self, BidRecord, Secret},
    time::utc,
    tx::request,
    units::format_amount,
};

use crate::{
    config::ProjectPolicy,
    daemon::{Daemon, other, unix_now},
    template::{Placement, Template},
};

/// How far the daemon has come with one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStage {
    /// Its salt and price are stored; the sealed bid was sent or is about to be.
    Sealing,
    /// The sealed bid is on chain.
    Sealed,
    /// The reveal was sent or is about to be.
    Revealing,
    /// The bid is revealed; the auction is settled next.
    Revealed,
    /// Won: its data dir and ports are chosen; its process is being started.
    Provisioning,
    /// Won and running under supervision.
    Running,
    /// The completion was sent or is about to be.
    Completing,
    /// Completed on chain.
    Completed,
    /// Not won, or out of the daemon's hands (the reason is in `note`).
    Lost,
}

impl ProjectStage {
    /// Whether the project still holds the provider's capacity.
    fn holds(self) -> bool {
        !matches!(self, Self::Completed | Self::Lost)
    }
}

/// The journal's record of one project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectEntry {
    /// The project.
    pub project_id: u64,
    /// How far it has come.
    pub stage: ProjectStage,
    /// The price bid, ANKR wei.
    pub price: U256,
    /// The sealed commitment.
    pub commitment: B256,
    /// Where it runs, once won.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// The template it runs from, once won.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Whether its health check answered in the last round, while it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthy: Option<bool>,
    /// Its health check (the sidecar checks it too, for its signed status).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_url: Option<String>,
    /// The health check's POST body, when it is a POST.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_body: Option<String>,
    /// Why it was lost, or what ended it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Unix seconds of the last change.
    pub updated_at: u64,
}

fn entry_name(project: u64) -> String {
    format!("project-{project}.json")
}

fn process_key(project: u64) -> String {
    format!("project-{project}")
}

/// The price the policy bids on a project of fixed price `fixed_price`: its share of FP, at least the
/// floor; `None` when the floor is above FP (the marketplace takes no bid above FP).
pub fn policy_price(fixed_price: U256, floor: U256, share_bps: u64) -> Option<U256> {
    let share = fixed_price.saturating_mul(U256::from(share_bps)) / U256::from(10_000u64);
    let price = share.max(floor);
    (price <= fixed_price).then_some(price)
}

/// The next deadline of a project at `stage`: when its next step falls due, and what that step is.
fn next_deadline(project: &ProjectRecord, stage: ProjectStage) -> Option<(u64, String)> {
    let id = project.id;
    match stage {
        ProjectStage::Sealing | ProjectStage::Sealed => {
            Some((project.commit_end(), format!("project {id}: its reveal phase opens; the bid is revealed")))
        }
        ProjectStage::Revealing | ProjectStage::Revealed => {
            Some((project.reveal_end(), format!("project {id}: its reveal phase ends; the auction is settled")))
        }
        ProjectStage::Provisioning | ProjectStage::Running | ProjectStage::Completing => {
            project.ends_at().map(|end| (end, format!("project {id}: its duration ends; it is completed")))
        }
        ProjectStage::Completed | ProjectStage::Lost => None,
    }
}

fn free_port() -> Result<u16, Error> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(|e| other(format!("no free port: {e}")))?;
    Ok(listener.local_addr().map_err(other)?.port())
}

impl Daemon {
    fn read_entry(&self, project: u64) -> Result<Option<ProjectEntry>, Error> {
        self.journal.read(&entry_name(project)).map_err(other)
    }

    fn save_entry(&self, entry: &mut ProjectEntry) -> Result<(), Error> {
        entry.updated_at = unix_now();
        self.journal.write(&entry_name(entry.project_id), entry).map_err(other)
    }

    /// One round of projects: every journaled project moves one step if it can, then new auctions that fit
    /// the policy get a sealed bid. Sentences of what it waits for go to `waiting`, projects it passed on
    /// (and why) to `passed`. Returns the journal's entries.
    pub(crate) async fn projects_round(
        &self,
        policy: &ProjectPolicy,
        waiting: &mut Vec<String>,
        passed: &mut Vec<String>,
        deadlines: &mut Vec<(u64, String)>,
    ) -> Result<Vec<ProjectEntry>, Error> {
        let (projects, _) = stkr_core::market::all_projects(&self.chain, &self.contracts).await?;
        let mut entries = Vec::new();
        let mut fresh = Vec::new();
        for project in &projects {
            match self.read_entry(project.id)? {
                Some(entry) => {
                    let id = project.id;
                    match self.advance(project, entry, policy).await {
                        Ok(Some(sentence)) => waiting.push(format!("project {id}: {sentence}")),
                        Ok(None) => {}
                        Err(e) => waiting.push(format!("project {id}: {e}")),
                    }
                    if let Some(entry) = self.read_entry(id)? {
                        if let Some(deadline) = next_deadline(project, entry.stage) {
                            deadlines.push(deadline);
                        }
                        entries.push((entry, Resources::from(&project.project.resources)));
                    }
                }
                None if project.phase() == Phase::Commit => fresh.push(project),
                None => {}
            }
        }
        let held: Vec<&(ProjectEntry, Resources)> = entries.iter().filter(|(e, _)| e.stage.holds()).collect();
        let mut count = held.len() as u32;
        let mut used = held.iter().fold(Resources::default(), |sum, (_, needs)| Resources {
            cpu_cores: sum.cpu_cores + needs.cpu_cores,
            ram_gb: sum.ram_gb + needs.ram_gb,
            storage_gb: sum.storage_gb + needs.storage_gb,
            bandwidth_mbps: sum.bandwidth_mbps + needs.bandwidth_mbps,
        });
        for project in fresh {
            let id = project.id;
            if count >= policy.max_projects {
                passed.push(format!("project {id}: the policy holds at most {} projects at once", policy.max_projects));
                continue;
            }
            match self.bid(project, policy, &used).await {
                Ok(Ok(entry)) => {
                    count += 1;
                    let needs = Resources::from(&project.project.resources);
                    used = Resources {
                        cpu_cores: used.cpu_cores + needs.cpu_cores,
                        ram_gb: used.ram_gb + needs.ram_gb,
                        storage_gb: used.storage_gb + needs.storage_gb,
                        bandwidth_mbps: used.bandwidth_mbps + needs.bandwidth_mbps,
                    };
                    entries.push((entry, needs));
                }
                Ok(Err(reason)) => passed.push(format!("project {id}: {reason}")),
                Err(e) => waiting.push(format!("project {id}: {e}")),
            }
        }
        Ok(entries.into_iter().map(|(e, _)| e).collect())
    }

    /// A sealed bid on `project` at the policy's price: `Ok(Err(reason))` when the policy or the
    /// marketplace's rules pass on it.
    async fn bid(
        &self,
        project: &ProjectRecord,
        policy: &ProjectPolicy,
        used: &Resources,
    ) -> Result<Result<ProjectEntry, String>, Error> {
        let (me, id) = (self.signer.address(), project.id);
        let floor = policy.floor().map_err(Error::InvalidInput)?;
        let Some(price) = policy_price(project.fixed_price(), floor, policy.share_bps()) else {
            return Ok(Err(format!(
                "its fixed price of {} ANKR is below the policy's floor of {} ANKR",
                format_amount(project.fixed_price()),
                format_amount(floor)
            )));
        };
        let (facts, _) = BidFacts::read(&self.chain, &self.contracts, me, id).await?;
        let free = facts.offers.minus(used);
        if !free.covers(&facts.needs) {
            return Ok(Err(format!("it needs {} and the provider has {} free", facts.needs, free)));
        }
        let top_up = match check_bid(&facts, price) {
            Ok(top_up) => top_up,
            Err(refusal) => return Ok(Err(refusal.to_string())),
        };
        if self.dry_run {
            return Err(Error::InvalidInput(format!("would seal a bid of {} ANKR (--dry-run)", format_amount(price))));
        }
        self.ensure_allowance(top_up, facts.allowance).await?;
        let secret = Secret::new(price);
        let record = BidRecord::new(self.chain.chain_id, self.contracts.marketplace, id, me, &secret);
        let call = Marketplace::commitBidCall { projectId: U256::from(id), commitment: record.commitment };
        let mut entry = ProjectEntry {
            project_id: id,
            stage: ProjectStage::Sealing,
            price,
            commitment: record.commitment,
            placement: None,
            template: None,
            healthy: None,
            health_url: None,
            health_body: None,
            note: None,
            updated_at: 0,
        };
        // The salt is on disk and the journal names its commitment before the bid can be sent: a crash
        // after sending finds both, so the bid is revealed, never sealed twice.
        self.send_capped(
            format!("seal a bid of {} ANKR on project {id}", format_amount(price)),
            request(self.contracts.marketplace, call),
            || {
                sealed::store(&self.bids, &record, &secret, &self.password)?;
                self.save_entry(&mut entry)
            },
        )
        .await?;
        self.pause_after("bid-sent").await;
        entry.stage = ProjectStage::Sealed;
        self.save_entry(&mut entry)?;
        tracing::info!(project = id, price = %format_amount(price), "sealed a bid");
        Ok(Ok(entry))
    }

    /// Approve the marketplace to take `needed` ANKR when `allowance` falls short.
    async fn ensure_allowance(&self, needed: U256, allowance: U256) -> Result<(), Error> {
        if needed.is_zero() || allowance >= needed {
            return Ok(());
        }
        let call = AnkrToken::approveCall { spender: self.contracts.marketplace, value: needed };
        self.send_capped(
            format!("approve the marketplace to take {} ANKR", format_amount(needed)),
            request(self.contracts.ankr_token, call),
            || Ok(()),
        )
        .await?;
        Ok(())
    }

    /// One step for a journaled project; `Some(sentence)` says what it waits for.
    async fn advance(
        &self,
        project: &ProjectRecord,
        mut entry: ProjectEntry,
        policy: &ProjectPolicy,
    ) -> Result<Option<String>, Error> {
        let (me, id) = (self.signer.address(), project.id);
        let p = &project.project;
        match entry.stage {
            ProjectStage::Sealing | ProjectStage::Sealed | ProjectStage::Revealing => {
                let facts = RevealFacts::read(&self.chain, &self.contracts, me, id).await?;
                if facts.revealed.is_some() {
                    entry.stage = ProjectStage::Revealed;
                    self.save_entry(&mut entry)?;
                    sealed::remove_all(&self.bids, self.chain.chain_id, id, me);
                    return Ok(None);
                }
                if facts.commitment == entry.commitment && entry.stage == ProjectStage::Sealing {
                    // Sent before a crash and mined since.
                    entry.stage = ProjectStage::Sealed;
                    self.save_entry(&mut entry)?;
                }
                match project.phase() {
                    Phase::Commit if facts.commitment == B256::ZERO => {
                        self.reseal(project, &mut entry).await.map(|()| None)
                    }
                    Phase::Commit => Ok(Some(format!("sealed; reveals from {}", project.when(project.commit_end())))),
                    Phase::Reveal if facts.commitment == entry.commitment => {
                        self.reveal(project, &mut entry, &facts).await.map(|()| None)
                    }
                    _ => {
                        let note = if facts.commitment == B256::ZERO {
                            "the commit phase ended before the bid was mined"
                        } else {
                            "the reveal phase ended before the bid was revealed; its bond may be forfeited"
                        };
                        self.lose(&mut entry, note)?;
                        Ok(None)
                    }
                }
            }
            ProjectStage::Revealed => match project.status() {
                ProjectStatus::Bidding if project.now < project.reveal_end() => {
                    Ok(Some(format!("revealed; the auction settles from {}", project.when(project.reveal_end()))))
                }
                ProjectStatus::Bidding => self.settle(project).await,
                ProjectStatus::Running if p.provider == me => {
                    entry.stage = ProjectStage::Provisioning;
                    entry.template = Some(policy.template.clone());
                    self.save_entry(&mut entry)?;
                    tracing::info!(project = id, "won");
                    self.provision(project, &mut entry, policy).await.map(|()| None)
                }
                status => {
                    let winner =
                        if p.provider == Address::ZERO { "nobody".to_string() } else { p.provider.to_string() };
                    self.lose(&mut entry, &format!("the project is {status}; it went to {winner}"))?;
                    Ok(None)
                }
            },
            ProjectStage::Provisioning => self.provision(project, &mut entry, policy).await.map(|()| None),
            ProjectStage::Running | ProjectStage::Completing => self.run_or_complete(project, &mut entry, policy).await,
            ProjectStage::Completed | ProjectStage::Lost => Ok(None),
        }
    }

    fn lose(&self, entry: &mut ProjectEntry, note: &str) -> Result<(), Error> {
        entry.stage = ProjectStage::Lost;
        entry.note = Some(note.to_string());
        self.save_entry(entry)?;
        tracing::info!(project = entry.project_id, note, "no longer bidding");
        Ok(())
    }

    /// The journaled bid again (its stored salt, the same commitment): it was not mined before a crash.
    async fn reseal(&self, project: &ProjectRecord, entry: &mut ProjectEntry) -> Result<(), Error> {
        let (me, id) = (self.signer.address(), project.id);
        let (facts, _) = BidFacts::read(&self.chain, &self.contracts, me, id).await?;
        let top_up = check_bid(&facts, entry.price)?;
        self.ensure_allowance(top_up, facts.allowance).await?;
        let call = Marketplace::commitBidCall { projectId: U256::from(id), commitment: entry.commitment };
        self.send_capped(
            format!("seal the journaled bid on project {id}"),
            request(self.contracts.marketplace, call),
            || Ok(()),
        )
        .await?;
        self.pause_after("bid-sent").await;
        entry.stage = ProjectStage::Sealed;
        self.save_entry(entry)
    }

    async fn reveal(
        &self,
        project: &ProjectRecord,
        entry: &mut ProjectEntry,
        facts: &RevealFacts,
    ) -> Result<(), Error> {
        let (me, id) = (self.signer.address(), project.id);
        check_reveal(facts)?;
        if self.dry_run {
            return Err(Error::InvalidInput("would reveal its bid (--dry-run)".into()));
        }
        let path = facts.bid_file(&self.bids, self.chain.chain_id, self.contracts.marketplace)?;
        let secret = facts.open_bid(&path, &self.password, "the provider's")?;
        let call = Marketplace::revealBidCall { projectId: U256::from(id), price: secret.price, salt: secret.salt };
        self.send_capped(format!("reveal the bid on project {id}"), request(self.contracts.marketplace, call), || {
            entry.stage = ProjectStage::Revealing;
            self.save_entry(entry)
        })
        .await?;
        self.pause_after("reveal-sent").await;
        entry.stage = ProjectStage::Revealed;
        self.save_entry(entry)?;
        sealed::remove_all(&self.bids, self.chain.chain_id, id, me);
        tracing::info!(project = id, "revealed its bid");
        Ok(())
    }

    async fn settle(&self, project: &ProjectRecord) -> Result<Option<String>, Error> {
        let id = project.id;
        let mut batch = Batch::new();
        let draw = batch.add(self.contracts.marketplace, Marketplace::drawOfCall { projectId: U256::from(id) });
        let block = batch.add(self.contracts.multicall3, Multicall3::getBlockNumberCall {});
        let answers = batch.run(&self.chain, self.contracts.multicall3).await?;
        let facts = SettleFacts {
            auction: project.auction(),
            draw_block: answers.get(draw)?.drawBlock.saturating_to(),
            latest_block: answers.get(block)?.saturating_to(),
        };
        if let Err(e) = check_settle(&facts) {
            return Ok(Some(e.to_string()));
        }
        if self.dry_run {
            return Err(Error::InvalidInput("would settle its auction (--dry-run)".into()));
        }
        let call = Marketplace::settleCall { projectId: U256::from(id) };
        self.send_capped(
            format!("settle the auction of project {id}"),
            request(self.contracts.marketplace, call),
            || Ok(()),
        )
        .await?;
        tracing::info!(project = id, "settled its auction");
        Ok(None)
    }

    /// Choose the project's data dir and ports (journaled first), then start its template under supervision.
    async fn provision(
        &self,
        project: &ProjectRecord,
        entry: &mut ProjectEntry,
        policy: &ProjectPolicy,
    ) -> Result<(), Error> {
        let id = project.id;
        let name = entry.template.clone().unwrap_or_else(|| policy.template.clone());
        let template = Template::load(&policy.templates_dir, &name)?;
        let placement = match entry.placement.clone() {
            Some(placement) => placement,
            None => {
                let placement = Placement {
                    project: id,
                    data_dir: policy.projects_dir.join(format!("project-{id}")),
                    port: free_port()?,
                    p2p_port: free_port()?,
                };
                entry.placement = Some(placement.clone());
                self.save_entry(entry)?;
                placement
            }
        };
        self.pause_after("provisioning").await;
        stkr_core::dirs::DataDir::ensure_private(&placement.data_dir)?;
        let launch = template.launch(&placement)?;
        (entry.health_url, entry.health_body) = (Some(launch.health_url.clone()), launch.health_body.clone());
        let log = placement.data_dir.join("process.log");
        self.supervisor.lock().await.start(&process_key(id), launch, log)?;
        entry.stage = ProjectStage::Running;
        self.save_entry(entry)?;
        tracing::info!(project = id, template = name, data_dir = %placement.data_dir.display(), "provisioned");
        Ok(())
    }

    /// A running project: supervised and health-checked until its end, then completed with the policy's profit.
    async fn run_or_complete(
        &self,
        project: &ProjectRecord,
        entry: &mut ProjectEntry,
        policy: &ProjectPolicy,
    ) -> Result<Option<String>, Error> {
        let (me, id) = (self.signer.address(), project.id);
        let key = process_key(id);
        match project.status() {
            ProjectStatus::Running => {}
            status => {
                self.supervisor.lock().await.stop(&key, std::time::Duration::from_secs(10)).await;
                entry.healthy = None;
                if status == ProjectStatus::Completed {
                    entry.stage = ProjectStage::Completed;
                    self.save_entry(entry)?;
                    tracing::info!(project = id, "completed");
                } else {
                    self.lose(entry, &format!("the project is {status}"))?;
                }
                return Ok(None);
            }
        }
        if !self.supervisor.lock().await.has(&key) {
            // The daemon restarted: the process died with the old one, so it is started again here.
            let (name, placement) = (entry.template.clone(), entry.placement.clone());
            let (Some(name), Some(placement)) = (name, placement) else {
                return Err(other(format!("the journal of project {id} lacks its template or placement")));
            };
            let launch = Template::load(&policy.templates_dir, &name)?.launch(&placement)?;
            self.supervisor.lock().await.start(&key, launch, placement.data_dir.join("process.log"))?;
        }
        let healthy = self.supervisor.lock().await.healthy(&key).await;
        if entry.healthy != Some(healthy) {
            entry.healthy = Some(healthy);
            self.save_entry(entry)?;
        }
        let Some(end) = project.ends_at().filter(|&end| project.now >= end) else {
            let end = project.ends_at().unwrap_or_default();
            return Ok(Some(format!(
                "running ({}); completes at its end, {}",
                if healthy { "healthy" } else { "not healthy yet" },
                utc(end)
            )));
        };
        let profit = policy.profit().map_err(Error::InvalidInput)?;
        let mut batch = Batch::new();
        let balance = batch.add(self.contracts.ankr_token, AnkrToken::balanceOfCall { account: me });
        let allowance = batch.add(
            self.contracts.ankr_token,
            AnkrToken::allowanceCall { owner: me, spender: self.contracts.marketplace },
        );
        let answers = batch.run(&self.chain, self.contracts.multicall3).await?;
        check_complete(&CompleteFacts {
            completer: me,
            id,
            status: project.status(),
            provider: project.project.provider,
            ends_at: Some(end),
            now: project.now,
            balance: answers.get(balance)?,
            profit,
        })?;
        if self.dry_run {
            return Err(Error::InvalidInput(format!(
                "would complete it with a profit of {} ANKR (--dry-run)",
                format_amount(profit)
            )));
        }
        self.ensure_allowance(profit, answers.get(allowance)?).await?;
        let call = Marketplace::completeCall { projectId: U256::from(id), profit };
        self.send_capped(
            format!("complete project {id} with a profit of {} ANKR", format_amount(profit)),
            request(self.contracts.marketplace, call),
            || {
                entry.stage = ProjectStage::Completing;
                self.save_entry(entry)
            },
        )
        .await?;
        self.supervisor.lock().await.stop(&key, std::time::Duration::from_secs(10)).await;
        entry.stage = ProjectStage::Completed;
        entry.healthy = None;
        self.save_entry(entry)?;
        tracing::info!(project = id, profit = %format_amount(profit), "completed");
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANKR: u64 = 1_000_000_000_000_000_000;

    #[test]
    fn the_policy_bids_its_share_of_fp_at_least_the_floor_never_above_fp() {
        let ankr = |n: u64| U256::from(n) * U256::from(ANKR);
        assert_eq!(policy_price(ankr(6_660), ankr(1_000), 8_000), Some(ankr(5_328)));
        assert_eq!(policy_price(ankr(1_200), ankr(1_000), 5_000), Some(ankr(1_000)), "the floor");
        assert_eq!(policy_price(ankr(900), ankr(1_000), 5_000), None, "FP below the floor");
        assert_eq!(policy_price(ankr(1_000), ankr(1_000), 10_000), Some(ankr(1_000)));
    }

    #[test]
    fn stages_that_hold_capacity() {
        assert!(ProjectStage::Sealing.holds() && ProjectStage::Running.holds() && ProjectStage::Completing.holds());
        assert!(!ProjectStage::Completed.holds() && !ProjectStage::Lost.holds());
    }
}
