//! The stkr sidecar daemon (`stkr sidecar run`). Nothing here yet: the daemon is issue 6, built on the
//! NodeRegistry contract that already takes its reports; this crate holds its place in the workspace layout.
