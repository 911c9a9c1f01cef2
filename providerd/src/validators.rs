//! The validators of the provider's activated pools: for each, a threshold signer (`stkr signer run`,
//! configured once from the pool's key record) and a validator client from a template pointed at the
//! provider's beacon node and that signer, both supervised and restarted when they die.

use std::{net::SocketAddr, path::PathBuf};

use serde::{Deserialize, Serialize};
use stkr_core::{Error, network::Network};

use crate::{
    config::ValidatorPolicy,
    daemon::{Daemon, PoolRecord, other},
    template::{Launch, Placement, Template},
};

/// Where one pool's validator runs, journaled once chosen so a restart reuses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidatorPlacement {
    /// The signer's configuration (`stkr signer init`'s file).
    pub signer_config: PathBuf,
    /// The signer's API.
    pub signer_listen: SocketAddr,
    /// The validator client's data dir and metrics port.
    pub client: Placement,
}

/// How one pool's validator is doing, for `provider status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidatorHealth {
    /// The signer answers `/upcheck`.
    pub signer: bool,
    /// The validator client answers on its metrics port.
    pub client: bool,
}

fn signer_key(pool: u64) -> String {
    format!("pool-{pool}-signer")
}

fn client_key(pool: u64) -> String {
    format!("pool-{pool}-validator")
}

/// The shipped validator template for the network of chain `chain_id`.
pub fn default_template(chain_id: u64) -> (&'static str, &'static str) {
    match Network::from_chain_id(chain_id) {
        Some(Network::Devnet) | None => ("lodestar-validator-devnet", "dev"),
        Some(network) => ("lodestar-validator", network.name()),
    }
}

fn free_listen() -> Result<SocketAddr, Error> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).map_err(|e| other(format!("no free port: {e}")))?;
    listener.local_addr().map_err(other)
}

impl Daemon {
    /// Stop a pool's signer and validator client (the pool has ended).
    pub(crate) async fn stop_validator(&self, pool: u64) {
        let mut supervisor = self.supervisor.lock().await;
        for key in [client_key(pool), signer_key(pool)] {
            supervisor.stop(&key, std::time::Duration::from_secs(10)).await;
        }
    }

    /// Keep the validator of an activated pool running: its signer configured once, then the signer and
    /// the validator client supervised. Returns the pool's record with its placement and health.
    pub(crate) async fn run_validator(
        &self,
        policy: &ValidatorPolicy,
        mut record: PoolRecord,
    ) -> Result<PoolRecord, Error> {
        let pool = record.pool_id;
        let placement = match record.validator_placement.clone() {
            Some(placement) => placement,
            None => {
                let dir = self.journal.dir().join(format!("pool-{pool}"));
                let signer_listen = free_listen()?;
                let signer_config = dir.join("signer.toml");
                let options = stkr_signer::commands::InitOptions {
                    key_file: record.key_file.clone(),
                    share_keystore: record.share_keystore.clone(),
                    account_keystore: self.account_keystore.clone(),
                    password_file: self.password_file.clone(),
                    listen: signer_listen,
                    state_dir: Some(dir.join("signer")),
                    out: Some(signer_config.clone()),
                    force: true,
                };
                stkr_signer::commands::write_config(&self.chain, &self.contracts, &dir, options)
                    .await
                    .map_err(|e| other(format!("configuring the signer of pool {pool}: {e}")))?;
                let client =
                    Placement { project: pool, data_dir: dir.clone(), port: free_listen()?.port(), p2p_port: 0 };
                let placement = ValidatorPlacement { signer_config, signer_listen, client };
                record.validator_placement = Some(placement.clone());
                self.save(&mut record)?;
                tracing::info!(pool, signer = %signer_listen, "configured the pool's signer");
                placement
            }
        };
        let signer_url = format!("http://{}", placement.signer_listen);
        let mut supervisor = self.supervisor.lock().await;
        if !supervisor.has(&signer_key(pool)) {
            let program = std::env::current_exe().map_err(|e| other(format!("cannot find the stkr binary: {e}")))?;
            let config = placement.signer_config.display().to_string();
            let launch = Launch {
                program,
                args: vec!["signer".into(), "run".into(), "--config".into(), config],
                env: Default::default(),
                health_url: format!("{signer_url}/upcheck"),
                health_body: None,
            };
            supervisor.start(&signer_key(pool), launch, placement.client.data_dir.join("signer.log"))?;
        }
        if !supervisor.has(&client_key(pool)) {
            let template = Template::load(&policy.templates_dir, &policy.template)?;
            let deposit_contract = self.contracts.deposit_contract.to_string();
            let launch = template.launch_with(
                &placement.client,
                &[
                    ("beacon_url", policy.beacon_url.as_str()),
                    ("signer_url", signer_url.as_str()),
                    ("pubkey", record.validator.as_str()),
                    ("network", policy.network.as_str()),
                    ("deposit_contract", deposit_contract.as_str()),
                ],
            )?;
            supervisor.start(&client_key(pool), launch, placement.client.data_dir.join("validator-client.log"))?;
        }
        let health = ValidatorHealth {
            signer: supervisor.healthy(&signer_key(pool)).await,
            client: supervisor.healthy(&client_key(pool)).await,
        };
        if record.validator_health.as_ref() != Some(&health) {
            record.validator_health = Some(health);
            self.save(&mut record)?;
        }
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_devnet_runs_the_devnet_template_and_a_public_chain_its_network() {
        assert_eq!(default_template(31337), ("lodestar-validator-devnet", "dev"));
        assert_eq!(default_template(Network::Hoodi.chain_id()), ("lodestar-validator", "hoodi"));
    }
}
