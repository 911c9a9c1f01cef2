//! `devnet up --demo --beacon`: the pinned Lodestar dev chain beside anvil, whose interop validators are
//! the demo pools' validators, so the sidecars watch live validators through the Beacon Node API, and
//! which follows anvil's deposit contract, so a pool activated on the devnet becomes a live validator.
//!
//! The chain is phase0 (minimal preset), where deposits reach the beacon chain by eth1 data voting: the
//! beacon node reads the deposit contract's logs and blocks over JSON-RPC, proposers vote for an eth1
//! block at least a follow distance old, and once a voting period's majority agrees the new deposits
//! are processed. For that the genesis must be what the contract holds: `genesis_deposits` completes the
//! contract's deposits (the demo's two) with the other interop validators' genesis deposits, and the
//! genesis is built from exactly those, so its deposit root is the contract's and the next deposit is
//! the chain's ninth validator.

use std::{
    net::TcpListener,
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::{
    network::TransactionBuilder,
    primitives::{Address, B256, U256, address},
    providers::Provider,
    rpc::types::{Filter, TransactionRequest},
    sol_types::SolEvent,
};
use eyre::{Result, WrapErr, bail};
use serde::{Deserialize, Serialize};
use stkr_core::{Error, bindings::DepositContract, chain, dirs::DataDir, network::Network};
use stkr_validator::deposit::{DepositData, FULL_DEPOSIT_GWEI};

/// Interop validators at genesis; all of them run, so the chain finalizes.
pub const VALIDATORS: u32 = 8;
/// Seconds from building the genesis to the chain's first slot: Lodestar's start-up.
const GENESIS_DELAY: u64 = 10;
/// How long Lodestar may take to serve its API.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// Who sends the genesis deposits: an address nobody holds a key of, impersonated on anvil and funded
/// for them, so no dev account's balance changes.
const GENESIS_DEPOSITOR: Address = address!("00000000000000000000000000000000000be4c0");

/// Where the dev chain reads deposits: anvil and the devnet's deposit contract.
#[derive(Debug, Clone)]
pub struct Eth1 {
    /// anvil's JSON-RPC URL.
    pub rpc_url: String,
    /// The deposit contract.
    pub deposit_contract: Address,
    /// The block it was deployed in, where Lodestar starts reading logs.
    pub deploy_block: u64,
}

/// Make the deposit contract hold the dev chain's genesis deposits and return them in contract order,
/// with the hash of the block holding the last one. The deposits already made (the demo activates
/// pools 1 and 3 with interop validators 0 and 1, paying out to their vaults) stay as they are; each
/// interop validator not yet deposited gets its genesis deposit (BLS withdrawal credentials), sent by an
/// impersonated address funded for it. The genesis is then built from exactly what the contract holds.
pub async fn genesis_deposits(eth1: &Eth1) -> Result<(Vec<DepositData>, B256)> {
    let chain = chain::connect(&eth1.rpc_url, None, None).await?;
    let rpc = |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| {
        chain::transport_error(&eth1.rpc_url, &e)
    };
    let deposited: Vec<String> = deposits(&chain, eth1).await?.into_iter().map(|(d, _)| d.pubkey).collect();
    let missing: Vec<u64> = (0..u64::from(VALIDATORS))
        .filter(|&index| {
            crate::validator::interop_pubkey(index)
                .map(|pubkey| !deposited.contains(&pubkey.trim_start_matches("0x").to_string()))
                .unwrap_or(true)
        })
        .collect();
    if !missing.is_empty() {
        let deposit_wei = U256::from(FULL_DEPOSIT_GWEI) * U256::from(1_000_000_000u64);
        let needed = deposit_wei * U256::from(missing.len()) + U256::from(10u64).pow(U256::from(18u64));
        let _: serde_json::Value =
            chain.provider.raw_request("anvil_setBalance".into(), (GENESIS_DEPOSITOR, needed)).await.map_err(rpc)?;
        let _: serde_json::Value =
            chain.provider.raw_request("anvil_impersonateAccount".into(), (GENESIS_DEPOSITOR,)).await.map_err(rpc)?;
        let contract = DepositContract::new(eth1.deposit_contract, &chain.provider);
        for &index in &missing {
            let deposit = crate::validator::interop_genesis_deposit(index)?;
            let request: TransactionRequest = contract
                .deposit(
                    hex_bytes(&deposit.pubkey)?.into(),
                    hex_bytes(&deposit.withdrawal_credentials)?.into(),
                    hex_bytes(&deposit.signature)?.into(),
                    deposit.deposit_data_root.parse().wrap_err("a deposit data root")?,
                )
                .value(deposit_wei)
                .into_transaction_request()
                .with_from(GENESIS_DEPOSITOR);
            let pending = chain.provider.send_transaction(request).await.map_err(rpc)?;
            let receipt = pending
                .get_receipt()
                .await
                .map_err(|e| eyre::eyre!("the genesis deposit of interop validator {index}: {e}"))?;
            if !receipt.status() {
                bail!("the genesis deposit of interop validator {index} reverted");
            }
        }
        let _: serde_json::Value = chain
            .provider
            .raw_request("anvil_stopImpersonatingAccount".into(), (GENESIS_DEPOSITOR,))
            .await
            .map_err(rpc)?;
    }
    let all = deposits(&chain, eth1).await?;
    let last_block = all.last().map(|(_, block)| *block).ok_or_else(|| eyre::eyre!("the deposit contract is empty"))?;
    let block = chain
        .provider
        .get_block_by_number(last_block.into())
        .await
        .map_err(rpc)?
        .ok_or_else(|| eyre::eyre!("anvil has no block {last_block}"))?;
    Ok((all.into_iter().map(|(d, _)| d).collect(), block.header.hash))
}

/// Every deposit the contract logged, oldest first, with its block.
async fn deposits(chain: &chain::Chain, eth1: &Eth1) -> Result<Vec<(DepositData, u64)>> {
    let filter = Filter::new()
        .address(eth1.deposit_contract)
        .event_signature(DepositContract::DepositEvent::SIGNATURE_HASH)
        .from_block(eth1.deploy_block);
    let logs = chain.provider.get_logs(&filter).await.map_err(|e| chain::transport_error(&eth1.rpc_url, &e))?;
    let mut found = Vec::new();
    for log in logs {
        let block = log.block_number.ok_or_else(|| eyre::eyre!("a deposit log without its block"))?;
        let event = log.log_decode::<DepositContract::DepositEvent>().wrap_err("a DepositEvent log does not decode")?;
        let event = event.inner.data;
        let pubkey: [u8; 48] = event.pubkey.as_ref().try_into().wrap_err("a deposit pubkey of 48 bytes")?;
        let credentials: [u8; 32] =
            event.withdrawal_credentials.as_ref().try_into().wrap_err("deposit withdrawal credentials of 32 bytes")?;
        let amount: [u8; 8] = event.amount.as_ref().try_into().wrap_err("a deposit amount of 8 bytes")?;
        let signature: [u8; 96] = event.signature.as_ref().try_into().wrap_err("a deposit signature of 96 bytes")?;
        let deposit = DepositData::assemble(
            pubkey,
            credentials,
            u64::from_le_bytes(amount),
            signature,
            Network::Devnet.deposit_chain(),
        );
        found.push((deposit, block));
    }
    Ok(found)
}

fn hex_bytes(hex: &str) -> Result<Vec<u8>> {
    alloy::hex::decode(hex).wrap_err("deposit data is hex")
}

/// What genesis.mjs reports of the genesis it wrote.
#[derive(Debug, Deserialize)]
struct Genesis {
    deposit_root: String,
    deposit_count: u64,
}

/// Write `<dir>/genesis.ssz`: a phase0 genesis at `genesis_time` whose validators are `deposits`, in
/// order, built by tools/beacon/genesis.mjs with Lodestar's own genesis code. Checks that its deposit root
/// is the deposit contract's, so the chain can prove every later deposit.
async fn write_genesis(
    dir: &std::path::Path,
    eth1: &Eth1,
    deposits: &[DepositData],
    eth1_block: B256,
    genesis_time: u64,
) -> Result<PathBuf> {
    let script = genesis_script()?;
    let deposit_file = dir.join("genesis-deposits.json");
    std::fs::write(&deposit_file, serde_json::to_vec_pretty(deposits)?)
        .wrap_err_with(|| format!("writing {}", deposit_file.display()))?;
    let out = dir.join("genesis.ssz");
    let output = Command::new("node")
        .env("LODESTAR_PRESET", "minimal")
        .arg(&script)
        .args(["--validators", "0", "--deposit-data"])
        .arg(&deposit_file)
        .args(["--genesis-time", &genesis_time.to_string(), "--genesis-eth1-hash", &eth1_block.to_string()])
        .arg("--out")
        .arg(&out)
        .args(["--params.SECONDS_PER_SLOT", &stkr_core::devnet::BEACON_SECONDS_PER_SLOT.to_string()])
        .output()
        .wrap_err("running node (Node.js builds the dev chain's genesis)")?;
    if !output.status.success() {
        let error = String::from_utf8_lossy(&output.stderr);
        bail!("building the dev chain's genesis: {}", error.trim());
    }
    let genesis: Genesis =
        serde_json::from_slice(&output.stdout).wrap_err("genesis.mjs did not answer with its JSON line")?;
    let chain = chain::connect(&eth1.rpc_url, None, None).await?;
    let root = DepositContract::new(eth1.deposit_contract, &chain.provider)
        .get_deposit_root()
        .call()
        .await
        .map_err(|e| eyre::eyre!("reading the deposit root: {e}"))?;
    if genesis.deposit_root != root.to_string() || genesis.deposit_count != deposits.len() as u64 {
        bail!(
            "the dev chain's genesis holds deposit root {} of {} deposits, the deposit contract {root}: it could not \
             follow the contract's deposits",
            genesis.deposit_root,
            genesis.deposit_count
        );
    }
    Ok(out)
}

/// tools/beacon/genesis.mjs, beside the pinned Lodestar.
fn genesis_script() -> Result<PathBuf> {
    let lodestar = find_lodestar()?;
    // <root>/tools/beacon/node_modules/.bin/lodestar
    let script = lodestar.ancestors().nth(3).map(|beacon| beacon.join("genesis.mjs"));
    script
        .filter(|s| s.is_file())
        .ok_or_else(|| eyre::eyre!("tools/beacon/genesis.mjs is not beside {}", lodestar.display()))
}

/// The beacon dev chain that runs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BeaconNode {
    /// The Lodestar process.
    pub pid: u32,
    /// Its Beacon Node API.
    pub url: String,
    /// Its log.
    pub log: PathBuf,
}

/// Lodestar (one home: `stkr_core::tools`).
fn find_lodestar() -> Result<PathBuf, Error> {
    stkr_core::tools::lodestar()
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).wrap_err("finding a free port")?;
    Ok(listener.local_addr().wrap_err("finding a free port")?.port())
}

/// Start the dev chain in `<data>/devnet/beacon` from a genesis of `deposits` (the deposit contract's,
/// see `genesis_deposits`), following `eth1`'s later deposits, and wait for its API.
pub async fn start(data: &DataDir, eth1: &Eth1, deposits: &[DepositData], eth1_block: B256) -> Result<BeaconNode> {
    let lodestar = find_lodestar()?;
    let dir = data.devnet().join("beacon");
    DataDir::ensure_private(&dir)?;
    let genesis_time = super::now() + GENESIS_DELAY;
    let genesis = write_genesis(&dir, eth1, deposits, eth1_block, genesis_time).await?;
    let (rest, p2p) = (free_port()?, free_port()?);
    let url = format!("http://127.0.0.1:{rest}");
    let log = dir.join("lodestar.log");
    let log_file = std::fs::File::create(&log).wrap_err_with(|| format!("creating {}", log.display()))?;
    let mut command = Command::new(&lodestar);
    command
        .current_dir(&dir)
        .env("LODESTAR_PRESET", "minimal")
        .arg("dev")
        .arg("--genesisStateFile")
        .arg(&genesis)
        .args(["--startValidators", &format!("0..{}", VALIDATORS - 1), "--reset"])
        .arg("--dataDir")
        .arg(dir.join("data"))
        .args(["--rest.address", "127.0.0.1", "--rest.port", &rest.to_string(), "--server", &url])
        .args(["--listenAddress", "127.0.0.1", "--port", &p2p.to_string(), "--discv5", "false"])
        .args(["--logLevel", "info", "--logFile", "none"])
        .args(["--eth1", "true", "--eth1.providerUrls", &eth1.rpc_url])
        .args(["--eth1.depositContractDeployBlock", &eth1.deploy_block.to_string()]);
    for (name, value) in stkr_core::devnet::beacon_params(&eth1.deposit_contract.to_string()) {
        command.arg(format!("--params.{name}")).arg(value);
    }
    command.stdin(Stdio::null()).stdout(log_file.try_clone().wrap_err("duplicating the log handle")?).stderr(log_file);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let child = command.spawn().wrap_err_with(|| format!("starting {}", lodestar.display()))?;
    let node = BeaconNode { pid: child.id(), url, log };
    let deadline = Instant::now() + START_TIMEOUT;
    while !super::daemons::http_ok(&format!("{}/eth/v1/node/health", node.url)) {
        if Instant::now() > deadline {
            stop(node.pid);
            let text = std::fs::read_to_string(&node.log).unwrap_or_default();
            let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
            bail!("the Lodestar dev chain did not start: {last}");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    Ok(node)
}

/// Whether `pid` is a live Lodestar.
fn is_lodestar(pid: u32) -> bool {
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    String::from_utf8_lossy(&cmdline).contains("lodestar") && !stkr_core::devnet::is_zombie(pid)
}

/// SIGTERM Lodestar's process group and wait for it (it stops in a few seconds).
pub fn stop(pid: u32) {
    if !is_lodestar(pid) {
        return;
    }
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        super::signal(-pid, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while is_lodestar(pid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    if is_lodestar(pid)
        && let Ok(pid) = libc::pid_t::try_from(pid)
    {
        super::signal(-pid, libc::SIGKILL);
    }
}
