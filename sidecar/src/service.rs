//! The hardened systemd unit `stkr sidecar install-service` writes: its own user, a read-only system but
//! for the state dir, and the keystore passphrase passed as a credential, never on a command line.

use std::path::Path;

use stkr_daemon::service::Credential;

/// What the unit needs.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// The node, for the description.
    pub node_id: u64,
    /// The stkr binary.
    pub binary: &'a Path,
    /// The sidecar configuration file.
    pub config: &'a Path,
    /// The passphrase file systemd hands over as the `password` credential.
    pub password_file: &'a Path,
    /// The state dir, the only writable path.
    pub state_dir: &'a Path,
    /// The user (and group) the daemon runs as.
    pub user: &'a str,
}

pub use stkr_daemon::service::{unit_safe, valid_user, verify};

impl Unit<'_> {
    /// The unit file's text.
    pub fn render(&self) -> String {
        let Self { node_id, binary, config, password_file, state_dir, user } = self;
        let comment = format!("Written by `stkr sidecar install-service`: the stkr sidecar of node {node_id}.");
        let description = format!("stkr sidecar for node {node_id}");
        let exec_start = format!("{} sidecar run --config {}", binary.display(), config.display());
        stkr_daemon::service::Unit {
            comment: &comment,
            description: &description,
            documentation: "https://github.com/stkr/stkr#the-sidecar",
            exec_start: &exec_start,
            user,
            state_dir,
            stop_note: "SIGTERM lets the daemon finish or persist the report it is sending.",
            runs_jit: false,
            credentials: &[Credential {
                name: "password",
                path: password_file,
                comment: &[
                    "The keystore passphrase arrives as a credential readable only by this service; the sidecar reads it",
                    "from $CREDENTIALS_DIRECTORY/password.",
                ],
            }],
        }
        .render()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn the_unit_is_hardened_and_keeps_the_passphrase_off_the_command_line() {
        let (binary, config, password, state) = (
            PathBuf::from("/usr/local/bin/stkr"),
            PathBuf::from("/etc/stkr/sidecar-3.toml"),
            PathBuf::from("/etc/stkr/sidecar-3.pass"),
            PathBuf::from("/var/lib/stkr-sidecar-3"),
        );
        let unit = Unit {
            node_id: 3,
            binary: &binary,
            config: &config,
            password_file: &password,
            state_dir: &state,
            user: "stkr-sidecar",
        }
        .render();
        for line in [
            "User=stkr-sidecar",
            "NoNewPrivileges=yes",
            "ProtectSystem=strict",
            "ReadWritePaths=/var/lib/stkr-sidecar-3",
            "LoadCredential=password:/etc/stkr/sidecar-3.pass",
            "ExecStart=/usr/local/bin/stkr sidecar run --config /etc/stkr/sidecar-3.toml",
        ] {
            assert!(unit.lines().any(|l| l == line), "missing {line} in\n{unit}");
        }
        let exec = unit.lines().find(|l| l.starts_with("ExecStart=")).expect("ExecStart");
        assert!(!exec.contains("sidecar-3.pass"), "the passphrase file itself is never on the command line");
    }

    #[test]
    fn paths_that_would_break_the_unit_are_refused() {
        assert!(unit_safe(Path::new("/var/lib/stkr")));
        assert!(!unit_safe(Path::new("relative/path")));
        assert!(!unit_safe(Path::new("/var/lib/my state")));
        assert!(!unit_safe(Path::new("/var/lib/100%")));
    }
}
