//! `stkr devnet up`: start anvil (and the beacon chain), deploy, provision, and undo it all on failure.

use std::{
    net::TcpListener,
    path::Path,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use eyre::{Result, WrapErr, bail};
use stkr_core::{
    Error,
    bindings::{AnkrToken, Multicall3},
    chain,
    deploy::{DeployTarget, Deployment, deploy_protocol, hand_over_governance},
    devnet::DevnetState,
    dirs::DataDir,
    network::{MULTICALL3, Network, dev_accounts},
    tx::Transactor,
    units::format_amount,
};

use super::{
    DEV_ANKR, DEV_GOVERNORS, DEVNET_CHAIN_ID, READY_TIMEOUT, beacon, demo, find_anvil, guardians, now, sidecars,
};
use crate::{
    Context,
    devnet::report::{DevnetStatus, describe},
    output::Terminal,
};

pub(super) async fn up(
    ctx: &Context,
    port: u16,
    with_demo: bool,
    with_sidecars: bool,
    with_beacon: bool,
    chain_file: Option<&Path>,
) -> Result<()> {
    if let Some(state) = DevnetState::load_running(&ctx.data)? {
        ctx.out.status(format!("a devnet is already running at {} (pid {})", state.rpc_url, state.pid));
        let mut report = describe(ctx, &state).await?;
        report.already_running = true;
        return Ok(ctx.out.result(&report)?);
    }
    let resume = chain_file.is_some_and(Path::exists);
    if resume && with_demo {
        return Err(Error::InvalidInput(
            "the --state file already holds a devnet; --demo only applies to a new one (leave it out to continue that chain)".into(),
        )
        .into());
    }
    let (mut state, mut child) = start_anvil(ctx, port, chain_file, resume)?;
    if resume {
        return match resume_chain(ctx, &mut state, &mut child).await {
            Ok(report) => Ok(ctx.out.result(&report)?),
            Err(e) => abandon(ctx, &mut child, &state, e),
        };
    }
    let mut report = match provision(ctx, &mut state, &mut child, with_demo, with_sidecars, with_beacon).await {
        Ok(report) => report,
        // Leave nothing behind: a half-provisioned devnet would only confuse the next `up`.
        Err(e) => return abandon(ctx, &mut child, &state, e),
    };
    if with_sidecars && let Some(demo) = &report.demo {
        match sidecars::start(ctx, &state, &demo.nodes).await {
            Ok(started) => {
                state.sidecars = started.iter().map(|s| s.pid).collect();
                state.save(&ctx.data)?;
                report.sidecars = started;
            }
            Err(e) => return abandon(ctx, &mut child, &state, e),
        }
    }
    Ok(ctx.out.result(&report)?)
}

/// Start anvil on `port` (continuing `chain_file` when `resume`) and record it as the running devnet.
pub(super) fn start_anvil(
    ctx: &Context,
    port: u16,
    chain_file: Option<&Path>,
    resume: bool,
) -> Result<(DevnetState, std::process::Child)> {
    let chain_file = match chain_file {
        Some(path) if path.is_relative() => Some(std::env::current_dir().wrap_err("the current directory")?.join(path)),
        other => other.map(Path::to_path_buf),
    };
    let anvil = find_anvil()?;
    if TcpListener::bind(("127.0.0.1", port)).is_err() {
        return Err(Error::PortInUse { port }.into());
    }
    let dir = ctx.data.devnet();
    DataDir::ensure_private(&dir)?;
    let log = dir.join("anvil.log");
    let log_file = std::fs::File::create(&log).wrap_err_with(|| format!("creating {}", log.display()))?;
    let child = spawn_anvil(&anvil, port, log_file, chain_file.as_deref(), resume)?;
    let state = DevnetState {
        pid: child.id(),
        rpc_url: format!("http://127.0.0.1:{port}"),
        port,
        chain_id: DEVNET_CHAIN_ID,
        anvil,
        log,
        started_at: now(),
        sidecars: Vec::new(),
        guardians: Vec::new(),
        beacon_pid: None,
        beacon_url: None,
    };
    state.save(&ctx.data)?;
    ctx.out.status(format!("started anvil (pid {}) on {}", state.pid, state.rpc_url));
    Ok((state, child))
}

/// Stop what `up` started (anvil and the beacon chain) and forget the devnet, then fail with `error`.
pub(super) fn abandon(
    ctx: &Context,
    child: &mut std::process::Child,
    state: &DevnetState,
    error: eyre::Report,
) -> Result<()> {
    if let Some(pid) = state.beacon_pid {
        beacon::stop(pid);
    }
    guardians::stop(&state.guardians);
    let _ = child.kill();
    let _ = child.wait();
    DevnetState::remove(&ctx.data)?;
    Err(error)
}

/// Seconds between the devnet's blocks when no transaction mines one.
const BLOCK_TIME_SECS: &str = "2";
/// Seconds between a resumed devnet's blocks, which also mine its transactions.
const RESUMED_BLOCK_TIME_SECS: u64 = 1;

pub(super) fn spawn_anvil(
    anvil: &Path,
    port: u16,
    log: std::fs::File,
    chain_file: Option<&Path>,
    paused: bool,
) -> Result<std::process::Child> {
    let stderr = log.try_clone().wrap_err("duplicating the anvil log handle")?;
    let mut command = Command::new(anvil);
    command
        .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--chain-id", &DEVNET_CHAIN_ID.to_string()])
        .args(["--accounts", "10", "--balance", "10000"]);
    if let Some(path) = chain_file {
        command.arg("--state").arg(path);
    }
    if paused {
        // A resumed chain mines nothing until its clock is set right (see `resume_chain`): anvil would
        // mine at this machine's time, behind the chain's last block.
        command.arg("--no-mining");
    } else {
        // Transactions are mined at once, and a block comes every BLOCK_TIME_SECS besides, as on a real
        // chain: the sidecars' audit draw is seeded by a block that follows the one opening it.
        command.args(["--block-time", BLOCK_TIME_SECS, "--mixed-mining"]);
    }
    command.stdin(Stdio::null()).stdout(log).stderr(stderr);
    #[cfg(unix)]
    {
        // Its own process group, so a Ctrl-C in the terminal that ran `up` does not take the devnet down.
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    command.spawn().wrap_err_with(|| format!("starting {}", anvil.display()))
}

pub(super) async fn provision(
    ctx: &Context,
    state: &mut DevnetState,
    child: &mut std::process::Child,
    with_demo: bool,
    with_sidecars: bool,
    with_beacon: bool,
) -> Result<DevnetStatus> {
    let reader = wait_ready(state, child).await?;
    // Place Multicall3 at its canonical address, as on public chains, so every client finds it there.
    reader
        .provider
        .raw_request::<_, ()>("anvil_setCode".into(), (MULTICALL3, Multicall3::DEPLOYED_BYTECODE.clone()))
        .await
        .map_err(|e| chain::transport_error(&state.rpc_url, &e))?;
    place_withdrawal_request_predeploy(&reader).await?;

    let signer: PrivateKeySigner = dev_accounts::DEPLOYER_KEY.parse().wrap_err("the dev deployer key")?;
    let deployer = signer.address();
    let chain = chain::connect(&state.rpc_url, Some(signer), Some(Network::Devnet)).await?;
    let quiet = Terminal::new(ctx.out.clone(), true);
    let tx = Transactor::new(&chain, deployer, &quiet);
    let invited: Vec<Address> = DEV_GOVERNORS.iter().map(|&i| dev_accounts::ADDRESSES[i]).collect();
    let deployment = deploy_protocol(&tx, &DeployTarget::devnet(), &invited).await?.deployment;
    deployment.save(&ctx.data)?;

    let ankr = AnkrToken::new(deployment.contracts.ankr_token, &chain.provider);
    let amount = U256::from(DEV_ANKR) * U256::from(10u64).pow(U256::from(18u64));
    for account in dev_accounts::ADDRESSES {
        let request = ankr.mint(account, amount).into_transaction_request();
        let prepared = tx.prepare(format!("mint {} ANKR to {account}", format_amount(amount)), request).await?;
        tx.submit(prepared).await?;
    }
    // The demo's qualifications are made with the deployer's authority, before governance takes over.
    let demo = if with_demo {
        // The guardians run before they are seated, so the demo's pools activate through them.
        let running = guardians::start(ctx, state).await?;
        state.guardians = running.iter().map(|g| g.pid).collect();
        state.save(&ctx.data)?;
        Some(demo::populate(&state.rpc_url, &deployment, &ctx.out, with_beacon, &running).await?)
    } else {
        None
    };
    if with_beacon {
        // The beacon chain's genesis is what the deposit contract holds by now (the demo pools' validators
        // and the other interop validators), so it can follow the contract's later deposits.
        let eth1 = beacon::Eth1 {
            rpc_url: state.rpc_url.clone(),
            deposit_contract: deployment.contracts.deposit_contract,
            deploy_block: deployment.deploy_block,
        };
        let (deposits, eth1_block) = beacon::genesis_deposits(&eth1).await?;
        let node = beacon::start(&ctx.data, &eth1, &deposits, eth1_block).await?;
        ctx.out.status(format!("started the Lodestar dev chain (pid {}) on {}", node.pid, node.url));
        state.beacon_pid = Some(node.pid);
        state.beacon_url = Some(node.url);
        state.save(&ctx.data)?;
    }
    demo::seat_governors(&state.rpc_url, &deployment, &DEV_GOVERNORS, &ctx.out).await?;
    // The deployer also sat down as a governor from its own connection: reconnect so nonces are fresh.
    let signer: PrivateKeySigner = dev_accounts::DEPLOYER_KEY.parse().wrap_err("the dev deployer key")?;
    let chain = chain::connect(&state.rpc_url, Some(signer), Some(Network::Devnet)).await?;
    let tx = Transactor::new(&chain, deployer, &quiet);
    if with_sidecars {
        // Short periods so the demo's sidecars report and audit while someone watches.
        let key = stkr_core::params::index_of("report-period").ok_or_else(|| eyre::eyre!("no report-period"))?;
        let parameters = stkr_core::bindings::Parameters::new(deployment.contracts.parameters, &chain.provider);
        let request = parameters.set(key as u8, U256::from(sidecars::DEMO_REPORT_PERIOD)).into_transaction_request();
        let prepared = tx.prepare("report-period: 2 minutes for the demo's sidecars", request).await?;
        tx.submit(prepared).await?;
    }
    hand_over_governance(&tx, &deployment.contracts).await?;
    let mut status = describe(ctx, state).await?;
    status.demo = demo;
    Ok(status)
}

/// Place the EIP-7002 withdrawal-request predeploy at its address, as Prague chains have it, so a pool's
/// vault can queue its validator's exit (`stkr pool exit`). anvil runs no beacon chain to read the queue.
async fn place_withdrawal_request_predeploy(chain: &chain::Chain) -> Result<()> {
    use alloy::eips::eip7002::{WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS, WITHDRAWAL_REQUEST_PREDEPLOY_CODE};
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let code = chain.provider.get_code_at(WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS).await.map_err(rpc)?;
    if code.is_empty() {
        chain
            .provider
            .raw_request::<_, ()>(
                "anvil_setCode".into(),
                (WITHDRAWAL_REQUEST_PREDEPLOY_ADDRESS, WITHDRAWAL_REQUEST_PREDEPLOY_CODE.clone()),
            )
            .await
            .map_err(rpc)?;
    }
    Ok(())
}

/// Wait until the anvil just started answers on the devnet's chain id.
pub(super) async fn wait_ready(state: &DevnetState, child: &mut std::process::Child) -> Result<chain::Chain> {
    let deadline = Instant::now() + READY_TIMEOUT;
    loop {
        if let Some(status) = child.try_wait()? {
            let log = std::fs::read_to_string(&state.log).unwrap_or_default();
            let last = log.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no output");
            bail!("anvil exited at start ({status}): {last}");
        }
        match chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await {
            Ok(chain) => return Ok(chain),
            Err(_) if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(200)).await,
            Err(e) => return Err(e).wrap_err("anvil did not answer in time"),
        }
    }
}

/// Continue a chain anvil loaded from its state file: its clock resumes where the chain stopped (anvil
/// would otherwise restart it at this machine's time, behind the chain's last block) before anything is
/// mined, and the deployment kept in the data dir must still be there.
pub(super) async fn resume_chain(
    ctx: &Context,
    state: &mut DevnetState,
    child: &mut std::process::Child,
) -> Result<DevnetStatus> {
    let chain = wait_ready(state, child).await?;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let latest = chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(rpc)?
        .map(|b| b.header.timestamp)
        .unwrap_or_default();
    // anvil started with --no-mining, so nothing (a sidecar's waiting report, say) lands at the wrong time.
    let behind = (latest + 1).saturating_sub(now());
    if behind > 0 {
        let _: serde_json::Value =
            chain.provider.raw_request("evm_increaseTime".into(), (behind,)).await.map_err(rpc)?;
    }
    // anvil cannot turn mixed mining on once running: a resumed chain mines a block a second instead, so
    // each transaction waits for the next one (up to a second) and the audit draw's seed block comes.
    let _: serde_json::Value =
        chain.provider.raw_request("evm_setIntervalMining".into(), (RESUMED_BLOCK_TIME_SECS,)).await.map_err(rpc)?;
    let _: serde_json::Value = chain.provider.raw_request("evm_mine".into(), ()).await.map_err(rpc)?;
    match Deployment::load(&ctx.data, chain.chain_id)? {
        Some(deployment) if deployment.is_live(&chain).await? => {}
        _ => bail!(
            "the chain in the --state file has no stkr deployment this data dir knows; start a new one without it"
        ),
    }
    ctx.out.status("continued the chain from its state file");
    // The demo's guardians, if it had them, are seated at their old addresses: they serve there again.
    state.guardians = guardians::restart(ctx).await?;
    state.save(&ctx.data)?;
    describe(ctx, state).await
}
