//! The hardened systemd unit `stkr guardian install-service` writes: its own user, a read-only system but for the state dir, the keystore passphrase as a credential.

use std::path::Path;

use stkr_daemon::service::Credential;

/// The unit file's text for the guardian `guardian` running `binary guardian run --config config`.
pub fn render(
    guardian: &str,
    binary: &Path,
    config: &Path,
    password_file: &Path,
    state_dir: &Path,
    user: &str,
) -> String {
    let comment = format!("Written by `stkr guardian install-service`: the stkr deposit guardian {guardian}.");
    let description = format!("stkr deposit guardian {guardian}");
    let exec_start = format!("{} guardian run --config {}", binary.display(), config.display());
    stkr_daemon::service::Unit {
        comment: &comment,
        description: &description,
        documentation: "https://github.com/stkr/stkr#guardians",
        exec_start: &exec_start,
        user,
        state_dir,
        stop_note: "SIGTERM lets the daemon write its deposit index down before it stops.",
        runs_jit: false,
        credentials: &[Credential {
            name: "password",
            path: password_file,
            comment: &[
                "The keystore passphrase arrives as a credential readable only by this service; the guardian reads it",
                "from $CREDENTIALS_DIRECTORY/password.",
            ],
        }],
    }
    .render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_runs_the_guardian_with_the_passphrase_as_a_credential() {
        let unit = render(
            "0xabc",
            Path::new("/usr/local/bin/stkr"),
            Path::new("/etc/stkr/guardian.toml"),
            Path::new("/etc/stkr/guardian.pass"),
            Path::new("/var/lib/stkr-guardian"),
            "stkr-guardian",
        );
        for line in [
            "User=stkr-guardian",
            "ProtectSystem=strict",
            "ReadWritePaths=/var/lib/stkr-guardian",
            "LoadCredential=password:/etc/stkr/guardian.pass",
            "ExecStart=/usr/local/bin/stkr guardian run --config /etc/stkr/guardian.toml",
        ] {
            assert!(unit.lines().any(|l| l == line), "missing {line} in\n{unit}");
        }
    }
}
