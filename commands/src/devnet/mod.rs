//! `stkr devnet`: a local anvil chain with the whole protocol deployed and the dev accounts funded.

pub mod beacon;
pub mod demo;
pub mod sidecars;

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use alloy::{
    primitives::{Address, U256},
    providers::Provider,
    signers::local::PrivateKeySigner,
};
use clap::{Args, Subcommand};
use eyre::{Result, WrapErr, bail};
use serde::Serialize;
use stkr_core::{
    Error,
    bindings::{AnkrToken, Governance, Multicall3},
    chain,
    deploy::{Deployment, deploy_protocol, hand_over_governance},
    devnet::DevnetState,
    dirs::DataDir,
    network::{MULTICALL3, Network, dev_accounts},
    output::{Render, Style, rows},
    tx::Transactor,
    units::format_amount,
};

use crate::{Context, output::Terminal};

/// The chain id of the devnet (anvil's default, so wallets and tools recognise it).
const DEVNET_CHAIN_ID: u64 = 31337;
/// ANKR each dev account receives.
const DEV_ANKR: u128 = 1_000_000;
/// The dev accounts invited as the devnet's first governors (n + 1 = 3); the demo's actors are 1-7.
const DEV_GOVERNORS: [usize; 3] = [0, 8, 9];
/// How long anvil may take to answer after it starts.
const READY_TIMEOUT: Duration = Duration::from_secs(30);

/// Run a local devnet: anvil on loopback with stkr deployed and the dev accounts funded.
#[derive(Debug, Args)]
pub struct DevnetArgs {
    #[command(subcommand)]
    command: DevnetCommand,
}

#[derive(Debug, Subcommand)]
enum DevnetCommand {
    /// Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.
    ///
    /// anvil is found through STKR_ANVIL, then PATH, then contracts/node_modules of the stkr checkout.
    ///
    /// Examples:
    ///   stkr devnet up
    ///   stkr devnet up --demo
    ///   stkr devnet up --port 8555
    #[command(verbatim_doc_comment)]
    Up {
        /// The port on 127.0.0.1.
        #[arg(long, default_value_t = 8545)]
        port: u16,
        /// Also create demo actors: two qualified providers with three nodes, pools in every state, ANKR
        /// staked on sidecars and a project in its auction; a `stkr sidecar run` starts for each node, with
        /// 2-minute report periods.
        #[arg(long)]
        demo: bool,
        /// With --demo: leave the demo nodes without running sidecars (and the report period at its default).
        #[arg(long, requires = "demo")]
        no_sidecars: bool,
        /// With --demo: also run the pinned Lodestar dev chain (`make beacon-toolchain`); the demo pools'
        /// validators are its interop validators 0 and 1, and each sidecar watches one of them (node N
        /// validator N-1) through the Beacon Node API.
        #[arg(long, requires = "demo", conflicts_with = "no_sidecars")]
        beacon: bool,
        /// Keep the chain in FILE: anvil writes it there when the devnet stops, and `up --state FILE` with
        /// an existing FILE continues that chain (deployment and all) instead of starting afresh.
        #[arg(long, value_name = "FILE")]
        state: Option<PathBuf>,
    },
    /// Show the running devnet: RPC URL, chain id, block, contract addresses.
    ///
    /// Examples:
    ///   stkr devnet status
    ///   stkr --json devnet status | jq -r .contracts.parameters
    #[command(verbatim_doc_comment)]
    Status,
    /// Stop the anvil that `stkr devnet up` started (only that process, by its pid).
    Down,
    /// Import the ten dev accounts as dev0 … dev9 (anvil's well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.
    ///
    /// Examples:
    ///   stkr devnet import-accounts --password-file dev.pass
    ///   stkr status --account dev3
    #[command(verbatim_doc_comment)]
    ImportAccounts,
    /// Write a deposit data file for a pool's validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool contract, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet's public mnemonic (anvil's), so runs are reproducible (on a real network use `stkr validator new`).
    ///
    /// Examples:
    ///   stkr devnet deposit-data 3 --out deposit_data.json
    ///   stkr pool activate 3 --deposit-data deposit_data.json --account dev1
    #[command(verbatim_doc_comment)]
    DepositData {
        /// The pool whose validator it is for.
        #[arg(value_parser = stkr_core::input::parse_id)]
        pool: u64,
        /// Where to write it.
        #[arg(long, value_name = "FILE", default_value = "deposit_data.json")]
        out: PathBuf,
    },
    /// Let ETH arrive at the pool contract as a validator's withdrawals do (no transaction, no code run), so governance can settle a pool with what came back.
    ///
    /// Examples:
    ///   stkr devnet withdrawals 33.6
    #[command(verbatim_doc_comment)]
    Withdrawals {
        /// The ETH that comes back (e.g. 33.6 for 32 ETH plus 1.6 ETH of rewards).
        #[arg(value_parser = parse_eth)]
        amount: U256,
    },
    /// Give an address devnet ETH (for gas, e.g. a new sidecar's key): its balance grows by AMOUNT.
    ///
    /// Examples:
    ///   stkr devnet fund 0x11087bfE27e275b201117d85A9A6151915119a3e 1
    #[command(verbatim_doc_comment)]
    Fund {
        /// Who gets it.
        #[arg(value_parser = stkr_core::input::parse_address)]
        address: Address,
        /// How much ETH (e.g. 1 or 0.5eth).
        #[arg(value_parser = parse_eth)]
        amount: U256,
    },
    /// Move the devnet's clock forward and mine a block: voting periods, auctions and pool terms pass.
    ///
    /// Examples:
    ///   stkr devnet advance 3d
    ///   stkr devnet advance 12h30m
    #[command(verbatim_doc_comment)]
    Advance {
        /// How far: 90s, 30m, 12h, 3d, 2w, or plain seconds.
        #[arg(value_parser = parse_seconds)]
        duration: u64,
    },
}

fn parse_eth(s: &str) -> Result<U256, String> {
    stkr_core::units::parse_amount(s, stkr_core::units::Token::Eth).map_err(|e| e.to_string())
}

fn parse_seconds(s: &str) -> Result<u64, String> {
    stkr_core::input::parse_duration(s).map_err(|e| e.to_string())
}

impl DevnetArgs {
    /// Run the devnet command.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        match self.command {
            DevnetCommand::Up { port, demo, no_sidecars, beacon, state } => {
                up(ctx, port, demo, demo && !no_sidecars, beacon, state.as_deref()).await
            }
            DevnetCommand::Status => status(ctx).await,
            DevnetCommand::Down => down(ctx),
            DevnetCommand::Advance { duration } => advance(ctx, duration).await,
            DevnetCommand::DepositData { pool, out } => deposit_data(ctx, pool, &out).await,
            DevnetCommand::Withdrawals { amount } => withdrawals(ctx, amount).await,
            DevnetCommand::Fund { address, amount } => fund(ctx, address, amount).await,
            DevnetCommand::ImportAccounts => import_accounts(ctx),
        }
    }
}

/// The state of the devnet for people and scripts.
#[derive(Debug, Serialize)]
pub struct DevnetStatus {
    /// Whether anvil runs.
    pub running: bool,
    /// True when `up` found a devnet already running and started nothing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub already_running: bool,
    /// The RPC URL.
    pub rpc_url: String,
    /// The chain id.
    pub chain_id: u64,
    /// The current block.
    pub block_number: u64,
    /// The anvil process.
    pub pid: u32,
    /// anvil's log.
    pub log: PathBuf,
    /// The block stkr was deployed in.
    pub deploy_block: Option<u64>,
    /// The contract addresses.
    pub contracts: Option<stkr_core::deploy::Contracts>,
    /// The funded development accounts.
    pub dev_accounts: Vec<Address>,
    /// The seated governors of the devnet's Governance, which holds the protocol.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub governors: Vec<Address>,
    /// The demo actors `up --demo` created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<demo::Demo>,
    /// The demo sidecars running.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sidecars: Vec<sidecars::DemoSidecar>,
    /// The Beacon Node API of the Lodestar dev chain, with `--beacon`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beacon_url: Option<String>,
}

impl Render for DevnetStatus {
    fn render(&self, style: &Style) -> String {
        let headline = if self.already_running {
            "a devnet is already running; `stkr devnet down` stops it".to_string()
        } else {
            "devnet running".to_string()
        };
        let mut lines: Vec<(&str, String)> = vec![
            ("rpc url", self.rpc_url.clone()),
            ("chain id", self.chain_id.to_string()),
            ("block", self.block_number.to_string()),
            ("pid", self.pid.to_string()),
            ("log", self.log.display().to_string()),
        ];
        match &self.contracts {
            Some(contracts) => {
                for (name, address) in contracts.named() {
                    lines.push((name, address.to_string()));
                }
            }
            None => lines.push(("contracts", style.warn("not deployed; run `stkr devnet down` and `stkr devnet up`"))),
        }
        lines.push((
            "dev accounts",
            format!("{} funded with 10000 ETH and {DEV_ANKR} ANKR each", self.dev_accounts.len()),
        ));
        if !self.governors.is_empty() {
            let list = self.governors.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            lines.push(("governors", list));
        }
        if let Some(demo) = &self.demo {
            for p in &demo.providers {
                let text = format!("{} ({}, {} ANKR collateral) {}", p.brand, p.trust, p.collateral_ankr, p.address);
                lines.push(("provider", text));
            }
            for n in &demo.nodes {
                lines.push(("node", format!("#{} of {}, sidecar {} at {}", n.id, n.provider, n.sidecar, n.probe_url)));
            }
            for p in &demo.pools {
                let plural = if p.stakers == 1 { "" } else { "s" };
                let text = format!("#{} {}, {} ETH, {} staker{plural}", p.id, p.status, p.total_eth, p.stakers);
                lines.push(("pool", text));
            }
            for s in &demo.sidecar_stakes {
                lines.push(("sidecar stake", format!("{} ANKR on node {} from {}", s.ankr, s.node, s.staker)));
            }
            let project = &demo.project;
            let text = format!(
                "#{} by {}: {} days for {} ANKR, auction open for sealed bids",
                project.id, project.requester, project.days, project.fixed_price_ankr
            );
            lines.push(("project", text));
        }
        if let Some(url) = &self.beacon_url {
            lines.push((
                "beacon node",
                format!("{url} (Lodestar dev chain, {} interop validators)", beacon::VALIDATORS),
            ));
        }
        for sidecar in &self.sidecars {
            let text = format!(
                "node {} (pid {}): `stkr sidecar status --config {}`",
                sidecar.node_id,
                sidecar.pid,
                sidecar.config.display()
            );
            lines.push(("sidecar", text));
        }
        format!("{}\n{}", style.good(&headline), rows(style, &lines))
    }
}

/// Where anvil is: STKR_ANVIL, PATH, or the checkout's contracts/node_modules.
fn find_anvil() -> Result<PathBuf, Error> {
    if let Some(path) = std::env::var_os("STKR_ANVIL") {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(Error::Other(format!("STKR_ANVIL points at {}, which is not a file", path.display())))
        };
    }
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join("anvil");
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for root in [checkout.as_path(), Path::new(".")] {
        // Prefer the platform binary over npm's node shim, so the recorded pid is anvil itself.
        let packages = root.join("contracts/node_modules/@foundry-rs");
        if let Ok(entries) = std::fs::read_dir(&packages) {
            for entry in entries.flatten() {
                let candidate = entry.path().join("bin/anvil");
                if entry.file_name().to_string_lossy().starts_with("anvil-") && candidate.is_file() {
                    return Ok(candidate);
                }
            }
        }
        let shim = root.join("contracts/node_modules/.bin/anvil");
        if shim.is_file() {
            return Ok(shim);
        }
    }
    Err(Error::AnvilNotFound)
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

async fn up(
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
    let mut child = spawn_anvil(&anvil, port, log_file, chain_file.as_deref(), resume)?;
    let state = DevnetState {
        pid: child.id(),
        rpc_url: format!("http://127.0.0.1:{port}"),
        port,
        chain_id: DEVNET_CHAIN_ID,
        anvil: anvil.clone(),
        log: log.clone(),
        started_at: now(),
        sidecars: Vec::new(),
        beacon_pid: None,
        beacon_url: None,
    };
    state.save(&ctx.data)?;
    ctx.out.status(format!("started anvil (pid {}) on {}", state.pid, state.rpc_url));

    if resume {
        return match resume_chain(ctx, &state, &mut child).await {
            Ok(report) => Ok(ctx.out.result(&report)?),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                DevnetState::remove(&ctx.data)?;
                Err(e)
            }
        };
    }
    let mut state = state;
    let beacon_node = if with_beacon {
        match beacon::start(&ctx.data) {
            Ok(node) => {
                ctx.out.status(format!("started the Lodestar dev chain (pid {}) on {}", node.pid, node.url));
                state.beacon_pid = Some(node.pid);
                state.beacon_url = Some(node.url.clone());
                state.save(&ctx.data)?;
                Some(node)
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                DevnetState::remove(&ctx.data)?;
                return Err(e);
            }
        }
    } else {
        None
    };
    match provision(ctx, &state, &mut child, with_demo, with_sidecars, with_beacon).await {
        Ok(mut report) => {
            if with_sidecars && let Some(demo) = &report.demo {
                match sidecars::start(ctx, &state, &demo.nodes, beacon_node.as_ref()).await {
                    Ok(started) => {
                        state.sidecars = started.iter().map(|s| s.pid).collect();
                        state.save(&ctx.data)?;
                        report.sidecars = started;
                    }
                    Err(e) => {
                        let _ = child.kill();
                        let _ = child.wait();
                        if let Some(pid) = state.beacon_pid {
                            beacon::stop(pid);
                        }
                        DevnetState::remove(&ctx.data)?;
                        return Err(e);
                    }
                }
            }
            Ok(ctx.out.result(&report)?)
        }
        Err(e) => {
            if let Some(pid) = state.beacon_pid {
                beacon::stop(pid);
            }
            // Leave nothing behind: a half-provisioned devnet would only confuse the next `up`.
            let _ = child.kill();
            let _ = child.wait();
            DevnetState::remove(&ctx.data)?;
            Err(e)
        }
    }
}

fn spawn_anvil(
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
        // A resumed chain mines nothing until its clock is set right (see `resume_chain`).
        command.arg("--no-mining");
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

async fn provision(
    ctx: &Context,
    state: &DevnetState,
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

    let signer: PrivateKeySigner = dev_accounts::DEPLOYER_KEY.parse().wrap_err("the dev deployer key")?;
    let deployer = signer.address();
    let chain = chain::connect(&state.rpc_url, Some(signer), Some(Network::Devnet)).await?;
    let quiet = Terminal::new(ctx.out.clone(), true);
    let tx = Transactor::new(&chain, deployer, &quiet);
    let invited: Vec<Address> = DEV_GOVERNORS.iter().map(|&i| dev_accounts::ADDRESSES[i]).collect();
    let deployment = deploy_protocol(&tx, Some(Network::Devnet), &invited).await?;
    deployment.save(&ctx.data)?;

    let ankr = AnkrToken::new(deployment.contracts.ankr_token, &chain.provider);
    let amount = U256::from(DEV_ANKR) * U256::from(10u64).pow(U256::from(18u64));
    for account in dev_accounts::ADDRESSES {
        let request = ankr.mint(account, amount).into_transaction_request();
        let prepared = tx.prepare(format!("mint {} ANKR to {account}", format_amount(amount)), request).await?;
        tx.submit(prepared).await?;
    }
    // The demo's qualifications are made with the deployer's authority, before governance takes over.
    let demo =
        if with_demo { Some(demo::populate(&state.rpc_url, &deployment, &ctx.out, with_beacon).await?) } else { None };
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

/// Wait until the anvil just started answers on the devnet's chain id.
async fn wait_ready(state: &DevnetState, child: &mut std::process::Child) -> Result<chain::Chain> {
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
async fn resume_chain(ctx: &Context, state: &DevnetState, child: &mut std::process::Child) -> Result<DevnetStatus> {
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
    let _: serde_json::Value = chain.provider.raw_request("evm_setAutomine".into(), (true,)).await.map_err(rpc)?;
    let _: serde_json::Value = chain.provider.raw_request("evm_mine".into(), ()).await.map_err(rpc)?;
    match Deployment::load(&ctx.data, chain.chain_id)? {
        Some(deployment) if deployment.is_live(&chain).await? => {}
        _ => bail!(
            "the chain in the --state file has no stkr deployment this data dir knows; start a new one without it"
        ),
    }
    ctx.out.status("continued the chain from its state file");
    describe(ctx, state).await
}

async fn describe(ctx: &Context, state: &DevnetState) -> Result<DevnetStatus> {
    let chain = chain::connect(&state.rpc_url, None, None).await?;
    let block_number = chain.provider.get_block_number().await.map_err(|e| chain::transport_error(&chain.url, &e))?;
    let deployment = match Deployment::load(&ctx.data, chain.chain_id)? {
        Some(d) if d.is_live(&chain).await? => Some(d),
        _ => None,
    };
    let governors = match deployment.as_ref().and_then(|d| d.contracts.governance) {
        Some(address) => Governance::new(address, &chain.provider)
            .governors()
            .call()
            .await
            .map_err(|e| eyre::eyre!("reading the governors at {address}: {e}"))?,
        None => Vec::new(),
    };
    Ok(DevnetStatus {
        running: true,
        already_running: false,
        rpc_url: state.rpc_url.clone(),
        chain_id: chain.chain_id,
        block_number,
        pid: state.pid,
        log: state.log.clone(),
        deploy_block: deployment.as_ref().map(|d| d.deploy_block),
        contracts: deployment.map(|d| d.contracts),
        dev_accounts: dev_accounts::ADDRESSES.to_vec(),
        governors,
        demo: None,
        sidecars: sidecars::describe(&ctx.data, state),
        beacon_url: state.beacon_url.clone(),
    })
}

async fn status(ctx: &Context) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let report = describe(ctx, &state).await?;
    ctx.out.result(&report)?;
    Ok(())
}

/// One imported dev account.
#[derive(Debug, Serialize)]
struct ImportedAccount {
    name: String,
    address: Address,
    /// False when an account of that name already existed and was left alone.
    imported: bool,
}

/// What `import-accounts` did.
#[derive(Debug, Serialize)]
struct ImportReport {
    accounts: Vec<ImportedAccount>,
}

impl Render for ImportReport {
    fn render(&self, _style: &Style) -> String {
        self.accounts
            .iter()
            .map(|a| format!("{:<6} {}{}", a.name, a.address, if a.imported { "" } else { "  (exists, left alone)" }))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn import_accounts(ctx: &Context) -> Result<()> {
    let store = ctx.accounts();
    let names: Vec<String> = (0..dev_accounts::KEYS.len()).map(|i| format!("dev{i}")).collect();
    let missing = names.iter().any(|name| store.get(name).is_err());
    let passphrase = if missing { Some(crate::account::new_passphrase(ctx, "dev0 … dev9")?) } else { None };
    let mut accounts = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        if let Ok(existing) = store.get(&name) {
            accounts.push(ImportedAccount { name, address: existing.address, imported: false });
            continue;
        }
        let key: alloy::primitives::B256 = dev_accounts::KEYS[i].parse().wrap_err("a dev account key")?;
        let Some(passphrase) = &passphrase else { continue };
        let info = store.import_key(&name, key, passphrase)?;
        accounts.push(ImportedAccount { name, address: info.address, imported: true });
    }
    ctx.out.result(&ImportReport { accounts })?;
    Ok(())
}

/// What `deposit-data` wrote.
#[derive(Debug, Serialize)]
struct DepositDataReport {
    file: PathBuf,
    pool_id: u64,
    pubkey: String,
    withdrawal_address: Address,
}

impl Render for DepositDataReport {
    fn render(&self, _style: &Style) -> String {
        format!(
            "wrote {} for pool {}'s validator 0x{}…, withdrawals to {}",
            self.file.display(),
            self.pool_id,
            &self.pubkey.get(..16).unwrap_or(&self.pubkey),
            self.withdrawal_address
        )
    }
}

async fn deposit_data(ctx: &Context, pool: u64, out: &Path) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let contracts = ctx.deployment(&chain).await?.contracts;
    crate::pool::read_pool(&chain, &contracts, pool).await?;
    let deposit = crate::validator::devnet_deposit(pool, contracts.micro_pool)?;
    let document = serde_json::to_string(&[&deposit]).map_err(|e| Error::Other(format!("encoding JSON: {e}")))?;
    std::fs::write(out, format!("{document}\n")).map_err(Error::io(format!("writing {}", out.display())))?;
    ctx.out.result(&DepositDataReport {
        file: out.to_path_buf(),
        pool_id: pool,
        pubkey: deposit.pubkey,
        withdrawal_address: contracts.micro_pool,
    })?;
    Ok(())
}

/// What `withdrawals` did.
#[derive(Debug, Serialize)]
struct WithdrawalsReport {
    micro_pool: Address,
    arrived: stkr_core::units::AmountView,
    balance: stkr_core::units::AmountView,
}

impl Render for WithdrawalsReport {
    fn render(&self, _style: &Style) -> String {
        format!("{} arrived at the pool contract {} (it now holds {})", self.arrived, self.micro_pool, self.balance)
    }
}

async fn withdrawals(ctx: &Context, amount: U256) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let pool = ctx.deployment(&chain).await?.contracts.micro_pool;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let balance = chain.provider.get_balance(pool).await.map_err(rpc)?.saturating_add(amount);
    let _: serde_json::Value =
        chain.provider.raw_request("anvil_setBalance".into(), (pool, balance)).await.map_err(rpc)?;
    ctx.out.result(&WithdrawalsReport {
        micro_pool: pool,
        arrived: stkr_core::units::AmountView::eth(amount),
        balance: stkr_core::units::AmountView::eth(balance),
    })?;
    Ok(())
}

/// What `fund` did.
#[derive(Debug, Serialize)]
struct FundReport {
    address: Address,
    funded: stkr_core::units::AmountView,
    balance: stkr_core::units::AmountView,
}

impl Render for FundReport {
    fn render(&self, _style: &Style) -> String {
        format!("{} funded with {}; it now holds {}", self.address, self.funded, self.balance)
    }
}

async fn fund(ctx: &Context, address: Address, amount: U256) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let balance = chain.provider.get_balance(address).await.map_err(rpc)?.saturating_add(amount);
    let _: serde_json::Value =
        chain.provider.raw_request("anvil_setBalance".into(), (address, balance)).await.map_err(rpc)?;
    ctx.out.result(&FundReport {
        address,
        funded: stkr_core::units::AmountView::eth(amount),
        balance: stkr_core::units::AmountView::eth(balance),
    })?;
    Ok(())
}

/// What `advance` did.
#[derive(Debug, Serialize)]
struct AdvanceReport {
    /// Seconds moved forward.
    advanced_by: u64,
    /// The new block.
    block: u64,
    /// Its timestamp.
    timestamp: u64,
}

impl Render for AdvanceReport {
    fn render(&self, _style: &Style) -> String {
        format!(
            "devnet clock moved {} forward: block {} at {}",
            stkr_core::params::display_duration(self.advanced_by),
            self.block,
            stkr_core::time::utc(self.timestamp)
        )
    }
}

async fn advance(ctx: &Context, seconds: u64) -> Result<()> {
    let state = DevnetState::load_running(&ctx.data)?.ok_or(Error::DevnetNotRunning)?;
    let chain = chain::connect(&state.rpc_url, None, Some(Network::Devnet)).await?;
    let rpc =
        |e: alloy::transports::RpcError<alloy::transports::TransportErrorKind>| chain::transport_error(&chain.url, &e);
    let _: serde_json::Value = chain.provider.raw_request("evm_increaseTime".into(), (seconds,)).await.map_err(rpc)?;
    let _: serde_json::Value = chain.provider.raw_request("evm_mine".into(), ()).await.map_err(rpc)?;
    let block = chain
        .provider
        .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
        .await
        .map_err(rpc)?
        .ok_or_else(|| eyre::eyre!("the devnet returned no latest block"))?;
    ctx.out.result(&AdvanceReport {
        advanced_by: seconds,
        block: block.header.number,
        timestamp: block.header.timestamp,
    })?;
    Ok(())
}

/// What `down` did.
#[derive(Debug, Serialize)]
struct DownReport {
    stopped: bool,
    pid: Option<u32>,
}

impl Render for DownReport {
    fn render(&self, _style: &Style) -> String {
        match self.pid {
            Some(pid) if self.stopped => format!("devnet stopped (anvil pid {pid})"),
            _ => "no devnet was running".into(),
        }
    }
}

fn down(ctx: &Context) -> Result<()> {
    let Some(state) = DevnetState::load(&ctx.data)? else {
        return Ok(ctx.out.result(&DownReport { stopped: false, pid: None })?);
    };
    sidecars::stop(&state.sidecars);
    if let Some(pid) = state.beacon_pid {
        beacon::stop(pid);
    }
    let stopped = if state.is_running() {
        stop(state.pid)?;
        true
    } else {
        false
    };
    DevnetState::remove(&ctx.data)?;
    ctx.out.result(&DownReport { stopped, pid: stopped.then_some(state.pid) })?;
    Ok(())
}

/// SIGTERM to anvil's process group (it leads its own), then SIGKILL if it has not gone within five seconds.
fn stop(pid: u32) -> Result<()> {
    let pid_t = -libc::pid_t::try_from(pid).wrap_err("pid out of range")?;
    signal(pid_t, libc::SIGTERM);
    let deadline = Instant::now() + Duration::from_secs(5);
    while stkr_core::devnet::process_is_anvil(pid) {
        if Instant::now() > deadline {
            signal(pid_t, libc::SIGKILL);
            std::thread::sleep(Duration::from_millis(200));
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

#[allow(unsafe_code)]
fn signal(pid: libc::pid_t, sig: libc::c_int) {
    // SAFETY: kill(2) only sends a signal; the group is the one stkr started for anvil, checked by pid.
    unsafe {
        libc::kill(pid, sig);
    }
}
