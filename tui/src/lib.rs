//! The stkr terminal dashboard (`stkr dashboard`). Nothing here yet: the dashboard is issue 8, built on
//! the CLI of issue 5; this crate holds its place in the workspace layout of DESIGN.md.
