//! Hardened systemd units: the daemon's own user, a read-only system but for its state dir, secrets handed
//! over as credentials (never on a command line), and `systemd-analyze verify` when it is installed.

use std::{
    fmt::Write,
    path::{Path, PathBuf},
};

/// What a unit needs.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// The first comment line (who wrote the unit, for what).
    pub comment: &'a str,
    /// `Description=`.
    pub description: &'a str,
    /// `Documentation=`.
    pub documentation: &'a str,
    /// `ExecStart=`: the binary and its arguments, each [`unit_safe`] or a plain word.
    pub exec_start: &'a str,
    /// The user (and group) the daemon runs as.
    pub user: &'a str,
    /// The state dir, the only writable path.
    pub state_dir: &'a Path,
    /// Why SIGTERM is the stop signal (the comment above `KillSignal=`, without the `# `).
    pub stop_note: &'a str,
    /// Credentials (`LoadCredential=NAME:PATH`), each with the comment lines that go above it.
    pub credentials: &'a [Credential<'a>],
    /// Whether the daemon starts programs that compile code at run time (Node.js: Lodestar), which
    /// `MemoryDenyWriteExecute=yes` would kill.
    pub runs_jit: bool,
}

/// A file systemd hands the daemon as `$CREDENTIALS_DIRECTORY/NAME`.
#[derive(Debug, Clone)]
pub struct Credential<'a> {
    /// The credential's name.
    pub name: &'a str,
    /// The file it is read from.
    pub path: &'a Path,
    /// Comment lines written above it (without the `# `).
    pub comment: &'a [&'a str],
}

/// Whether a path can go into a unit file as is (systemd splits on whitespace and expands `%`).
pub fn unit_safe(path: &Path) -> bool {
    let text = path.to_string_lossy();
    path.is_absolute() && !text.chars().any(|c| c.is_whitespace() || c == '%' || c == '"' || c == '\\' || c == ';')
}

/// The temporary dirs that a unit with `PrivateTmp=yes` sees as empty dirs of its own.
pub const PRIVATE_TMP: [&str; 2] = ["/tmp", "/var/tmp"];

/// The temporary dir (of [`PRIVATE_TMP`]) that hides `path` from the unit, if any; a symlink is followed.
pub fn hidden_by_private_tmp(path: &Path) -> Option<&'static str> {
    let real = std::fs::canonicalize(path).ok();
    PRIVATE_TMP.into_iter().find(|dir| path.starts_with(dir) || real.as_ref().is_some_and(|r| r.starts_with(dir)))
}

/// A file or dir the daemon's unit needs.
#[derive(Debug, Clone, Copy)]
pub struct UnitPath<'a> {
    /// What it is, as a sentence names it ("the keystore").
    pub what: &'a str,
    /// Where it is.
    pub path: &'a Path,
    /// Whether the path itself is written into the unit (so must be [`unit_safe`]), not only read by the daemon.
    pub in_unit: bool,
    /// A place it could be instead ("/etc/stkr").
    pub instead: &'a str,
}

/// The first of `paths` the unit could not take or could never reach, as one sentence saying what to do.
pub fn check_paths(paths: &[UnitPath<'_>]) -> Result<(), String> {
    for UnitPath { what, path, in_unit, instead } in paths {
        if *in_unit && !unit_safe(path) {
            return Err(format!(
                "{what} {} must be an absolute path without spaces or %, ;, \\ or \" to go into a unit file",
                path.display()
            ));
        }
        if let Some(dir) = hidden_by_private_tmp(path) {
            return Err(format!(
                "{what} {} lies under {dir}, which the unit's PrivateTmp=yes hides from the service: move it to {instead} and point the configuration there",
                path.display()
            ));
        }
    }
    Ok(())
}

/// Whether `name` can be a system user name in a unit.
pub fn valid_user(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The hardening every stkr daemon runs with.
const HARDENING: &str = "# Hardening: nothing but the state dir is writable, no privileges can be gained.
NoNewPrivileges=yes
ProtectSystem=strict
ReadWritePaths={state_dir}
ProtectHome=read-only
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictSUIDSGID=yes
RestrictRealtime=yes
RestrictNamespaces=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
CapabilityBoundingSet=
AmbientCapabilities=
RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX
UMask=0077
";

impl Unit<'_> {
    /// The hardening lines, with the state dir filled in.
    fn hardening(&self) -> String {
        let hardening = HARDENING.replace("{state_dir}", &self.state_dir.display().to_string());
        if self.runs_jit {
            hardening.replace(
                "MemoryDenyWriteExecute=yes\n",
                "# No MemoryDenyWriteExecute: the programs it supervises (Lodestar on Node.js) compile code as they run.\n",
            )
        } else {
            hardening
        }
    }

    /// The unit file's text.
    pub fn render(&self) -> String {
        let mut credentials = String::new();
        for credential in self.credentials {
            for line in credential.comment {
                let _ = writeln!(credentials, "# {line}");
            }
            let _ = writeln!(credentials, "LoadCredential={}:{}", credential.name, credential.path.display());
        }
        format!(
            "# {comment}
[Unit]
Description={description}
Documentation={documentation}
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
User={user}
Group={user}
{credentials}ExecStart={exec_start}
Restart=on-failure
RestartSec=5
# {stop_note}
KillSignal=SIGTERM
TimeoutStopSec=60

{hardening}
[Install]
WantedBy=multi-user.target
",
            comment = self.comment,
            description = self.description,
            documentation = self.documentation,
            user = self.user,
            exec_start = self.exec_start,
            stop_note = self.stop_note,
            hardening = self.hardening(),
        )
    }
}

/// What `systemd-analyze verify` said about a unit file: None when it is not installed, else whether it
/// passed and what it printed.
pub fn verify(unit_file: &Path) -> Option<(bool, Option<String>)> {
    let output = std::process::Command::new("systemd-analyze").arg("verify").arg(unit_file).output().ok()?;
    let text = String::from_utf8_lossy(&output.stderr).trim().to_string();
    Some((output.status.success(), (!text.is_empty()).then_some(text)))
}

/// The passphrase file a daemon reads: systemd's `password` credential when it runs as the unit
/// `install-service` writes, else `configured`.
pub fn password_file(configured: &Path) -> PathBuf {
    std::env::var_os("CREDENTIALS_DIRECTORY")
        .map(|dir| PathBuf::from(dir).join("password"))
        .filter(|path| path.is_file())
        .unwrap_or_else(|| configured.to_path_buf())
}

/// `path` made absolute against the current directory, as a configuration file must hold it.
pub fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    if path.is_absolute() { Ok(path.to_path_buf()) } else { Ok(std::env::current_dir()?.join(path)) }
}

/// The stkr binary a unit runs: `given` made absolute, else this very binary.
pub fn binary(given: Option<&Path>) -> std::io::Result<PathBuf> {
    match given {
        Some(path) => absolute(path),
        None => std::env::current_exe(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn paths_under_a_private_tmp_are_refused_with_a_place_instead() {
        let ok = UnitPath { what: "the state dir", path: Path::new("/var/lib/stkr-x"), in_unit: true, instead: "" };
        assert_eq!(check_paths(&[ok]), Ok(()));
        let keystore = UnitPath {
            what: "the keystore",
            path: Path::new("/var/tmp/k/key.json"),
            in_unit: false,
            instead: "/etc/stkr",
        };
        assert_eq!(
            check_paths(&[ok, keystore]),
            Err("the keystore /var/tmp/k/key.json lies under /var/tmp, which the unit's PrivateTmp=yes hides from the service: move it to /etc/stkr and point the configuration there".into())
        );
        assert_eq!(hidden_by_private_tmp(Path::new("/tmpfoo/x")), None, "a prefix of a name is not the dir");
        let spaced = UnitPath { what: "the binary", path: Path::new("/opt/my stkr"), in_unit: true, instead: "" };
        assert!(check_paths(&[spaced]).is_err_and(|e| e.contains("without spaces")));
    }

    #[test]
    fn the_unit_is_hardened_and_loads_credentials() {
        let (state, secret) = (PathBuf::from("/var/lib/stkr-x"), PathBuf::from("/etc/stkr/x.pass"));
        let unit = Unit {
            comment: "Written by a test.",
            description: "a test daemon",
            documentation: "https://example.org",
            exec_start: "/usr/bin/x run",
            user: "stkr-x",
            stop_note: "SIGTERM lets it finish.",
            state_dir: &state,
            runs_jit: false,
            credentials: &[Credential { name: "password", path: &secret, comment: &["the passphrase"] }],
        }
        .render();
        for line in [
            "User=stkr-x",
            "ProtectSystem=strict",
            "ReadWritePaths=/var/lib/stkr-x",
            "# the passphrase",
            "LoadCredential=password:/etc/stkr/x.pass",
            "ExecStart=/usr/bin/x run",
        ] {
            assert!(unit.lines().any(|l| l == line), "missing {line} in\n{unit}");
        }
        assert!(unit.lines().any(|l| l == "MemoryDenyWriteExecute=yes"), "{unit}");
        let jit = Unit {
            comment: "Written by a test.",
            description: "a test daemon",
            documentation: "https://example.org",
            exec_start: "/usr/bin/x run",
            user: "stkr-x",
            stop_note: "SIGTERM lets it finish.",
            state_dir: &state,
            runs_jit: true,
            credentials: &[],
        }
        .render();
        assert!(!jit.contains("MemoryDenyWriteExecute=yes") && jit.contains("NoNewPrivileges=yes"), "{jit}");
        assert!(valid_user("stkr-sidecar") && !valid_user("") && !valid_user("a b"));
        assert!(unit_safe(Path::new("/var/lib/stkr")) && !unit_safe(Path::new("/var/lib/100%")));
    }
}
