//! Templates: a declarative TOML file naming the command that serves a won project (or a pool's validator
//! client), its arguments, environment and health check, with `{data_dir}`, `{port}`, `{p2p_port}` and
//! `{project}` filled in (and, for a validator client, `{beacon_url}`, `{signer_url}`, `{pubkey}`, `{network}`,
//! `{deposit_contract}`).

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};
use stkr_core::Error;

/// One template, as its file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// What it runs, in a sentence.
    pub description: String,
    /// The program: an absolute path, or a name looked up on the PATH.
    pub command: String,
    /// Its arguments, with the placeholders filled in.
    #[serde(default)]
    pub args: Vec<String>,
    /// Extra environment variables, with the placeholders filled in.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// The URL whose 2xx answer means the project is healthy.
    pub health_url: String,
    /// When set, the health check POSTs this JSON body (a JSON-RPC call) instead of a GET.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_body: Option<String>,
}

/// Where one provisioned project (or pool's validator client) runs: what fills a template's placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// The project (or pool).
    pub project: u64,
    /// Its own data dir.
    pub data_dir: PathBuf,
    /// Its service port.
    pub port: u16,
    /// A second port for peer-to-peer traffic.
    pub p2p_port: u16,
}

/// What a template becomes for one project: the program, arguments and environment to start, the health check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    /// The program.
    pub program: PathBuf,
    /// Its arguments.
    pub args: Vec<String>,
    /// Its extra environment.
    pub env: BTreeMap<String, String>,
    /// The health URL.
    pub health_url: String,
    /// The health check's POST body, if any.
    pub health_body: Option<String>,
}

/// The templates shipped with stkr, by name: what runs here. `provider init` writes them into the templates dir.
pub fn shipped() -> Vec<(&'static str, Template)> {
    let anvil = stkr_core::tools::anvil().map(|p| p.display().to_string()).unwrap_or_else(|_| "anvil".into());
    let lodestar = stkr_core::tools::lodestar().map(|p| p.display().to_string()).unwrap_or_else(|_| "lodestar".into());
    let strings = |items: &[&str]| items.iter().map(ToString::to_string).collect::<Vec<_>>();
    // The beacon dev chain's parameters: its validator client refuses a beacon node whose critical ones
    // differ from its own.
    let devnet_params: Vec<String> = stkr_core::devnet::beacon_params("{deposit_contract}")
        .into_iter()
        .flat_map(|(name, value)| [format!("--params.{name}"), value])
        .collect();
    vec![
        (
            "anvil",
            Template {
                description: "an Ethereum development chain (anvil) whose state persists in the project's data dir"
                    .into(),
                command: anvil,
                args: strings(&[
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "{port}",
                    "--state",
                    "{data_dir}/chain-state.json",
                    "--state-interval",
                    "60",
                ]),
                env: BTreeMap::new(),
                health_url: "http://127.0.0.1:{port}".into(),
                health_body: Some(r#"{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}"#.into()),
            },
        ),
        (
            "lodestar-beacon",
            Template {
                description: "a Lodestar beacon node on its own development chain (minimal preset, 2 s slots)".into(),
                command: lodestar.clone(),
                args: strings(&[
                    "dev",
                    "--genesisValidators",
                    "8",
                    "--startValidators",
                    "0..7",
                    "--dataDir",
                    "{data_dir}/beacon",
                    "--rest.address",
                    "127.0.0.1",
                    "--rest.port",
                    "{port}",
                    "--listenAddress",
                    "127.0.0.1",
                    "--port",
                    "{p2p_port}",
                    "--discv5",
                    "false",
                    "--params.SECONDS_PER_SLOT",
                    "2",
                    "--logFile",
                    "none",
                ]),
                env: BTreeMap::from([("LODESTAR_PRESET".to_string(), "minimal".to_string())]),
                health_url: "http://127.0.0.1:{port}/eth/v1/node/health".into(),
                health_body: None,
            },
        ),
        (
            "lodestar-validator",
            validator_template(&lodestar, &["--network".into(), "{network}".into()], BTreeMap::new()),
        ),
        (
            "lodestar-validator-devnet",
            validator_template(
                &lodestar,
                &devnet_params,
                BTreeMap::from([("LODESTAR_PRESET".to_string(), "minimal".to_string())]),
            ),
        ),
    ]
}

/// The pinned Lodestar validator client for one pool's validator, signing only through `stkr signer run`.
fn validator_template(lodestar: &str, chain: &[String], env: BTreeMap<String, String>) -> Template {
    let mut args: Vec<String> = [
        "validator",
        "--dataDir",
        "{data_dir}/validator-client",
        "--server",
        "{beacon_url}",
        "--externalSigner.url",
        "{signer_url}",
        "--externalSigner.pubkeys",
        "{pubkey}",
        "--metrics",
        "--metrics.address",
        "127.0.0.1",
        "--metrics.port",
        "{port}",
        "--logFile",
        "none",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    args.extend(chain.iter().map(ToString::to_string));
    Template {
        description:
            "the pinned Lodestar validator client for one pool's validator, signing through the threshold signer".into(),
        command: lodestar.to_string(),
        args,
        env,
        health_url: "http://127.0.0.1:{port}/metrics".into(),
        health_body: None,
    }
}

/// Write the shipped templates into `dir` (owner-only), keeping any file a provider already has there.
pub fn write_shipped(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    stkr_core::dirs::DataDir::ensure_private(dir)?;
    let mut written = Vec::new();
    for (name, template) in shipped() {
        let path = dir.join(format!("{name}.toml"));
        if path.exists() {
            continue;
        }
        let text = toml::to_string_pretty(&template).map_err(|e| Error::Other(format!("writing {name}: {e}")))?;
        stkr_core::dirs::write_private(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

impl Template {
    /// The template `name` in `dir`: a missing or malformed file is bad input that says which.
    pub fn load(dir: &Path, name: &str) -> Result<Self, Error> {
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(Error::InvalidInput(format!("'{name}' is not a template name (a file name without .toml)")));
        }
        let path = dir.join(format!("{name}.toml"));
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::InvalidInput(format!(
                "cannot read the template {} ({e}); `stkr provider init` writes the shipped ones, or add your own",
                path.display()
            ))
        })?;
        let template: Self =
            toml::from_str(&text).map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
        if template.command.trim().is_empty() {
            return Err(Error::InvalidInput(format!("{}: command is empty", path.display())));
        }
        if !(template.health_url.starts_with("http://") || template.health_url.starts_with("https://")) {
            return Err(Error::InvalidInput(format!(
                "{}: health_url '{}' is not an http(s) URL",
                path.display(),
                template.health_url
            )));
        }
        Ok(template)
    }

    /// The template filled in for `placement`; a program that cannot be found is an error that names it.
    pub fn launch(&self, placement: &Placement) -> Result<Launch, Error> {
        self.launch_with(placement, &[])
    }

    /// Like [`launch`](Self::launch), also filling `{name}` with each of `extra`'s values.
    pub fn launch_with(&self, placement: &Placement, extra: &[(&str, &str)]) -> Result<Launch, Error> {
        let fill = |text: &str| {
            let mut text = text
                .replace("{data_dir}", &placement.data_dir.display().to_string())
                .replace("{port}", &placement.port.to_string())
                .replace("{p2p_port}", &placement.p2p_port.to_string())
                .replace("{project}", &placement.project.to_string());
            for (name, value) in extra {
                text = text.replace(&format!("{{{name}}}"), value);
            }
            text
        };
        Ok(Launch {
            program: resolve(&self.command)?,
            args: self.args.iter().map(|a| fill(a)).collect(),
            env: self.env.iter().map(|(k, v)| (k.clone(), fill(v))).collect(),
            health_url: fill(&self.health_url),
            health_body: self.health_body.as_deref().map(fill),
        })
    }
}

/// An absolute program path as is; a bare name from the PATH.
fn resolve(command: &str) -> Result<PathBuf, Error> {
    let path = Path::new(command);
    if path.is_absolute() {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(Error::InvalidInput(format!("the template's command {command} does not exist")))
        };
    }
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join(command))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            Error::InvalidInput(format!("the template's command '{command}' is not on the PATH; give its full path"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_a_bad_name_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let template = Template {
            description: "a shell".into(),
            command: "/bin/sh".into(),
            args: vec!["-c".into(), "echo {project} {port} {p2p_port} > {data_dir}/x".into()],
            env: BTreeMap::from([("WHERE".to_string(), "{data_dir}".to_string())]),
            health_url: "http://127.0.0.1:{port}/health".into(),
            health_body: None,
        };
        std::fs::write(dir.path().join("sh.toml"), toml::to_string(&template).expect("toml")).expect("write");
        let loaded = Template::load(dir.path(), "sh").expect("load");
        assert_eq!(loaded, template);
        let placement = Placement { project: 7, data_dir: "/srv/p7".into(), port: 9000, p2p_port: 9001 };
        let launch = loaded.launch(&placement).expect("launch");
        assert_eq!(launch.args[1], "echo 7 9000 9001 > /srv/p7/x");
        assert_eq!(launch.env["WHERE"], "/srv/p7");
        assert_eq!(launch.health_url, "http://127.0.0.1:9000/health");
        let missing = Template::load(dir.path(), "nope").expect_err("missing");
        assert!(missing.to_string().contains("nope.toml"), "{missing}");
        assert!(Template::load(dir.path(), "../etc/passwd").is_err());
        let gone = Template { command: "/no/such/program".into(), ..template };
        assert!(gone.launch(&placement).expect_err("gone").to_string().contains("/no/such/program"));
    }

    #[test]
    fn the_shipped_templates_parse_and_are_kept_once_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let written = write_shipped(dir.path()).expect("write");
        assert_eq!(written.len(), 4);
        for (name, template) in shipped() {
            assert_eq!(Template::load(dir.path(), name).expect("load"), template);
        }
        std::fs::write(dir.path().join("anvil.toml"), "description = 'mine'").expect("write");
        assert!(write_shipped(dir.path()).expect("again").is_empty(), "a provider's own file is kept");
    }
}
