//! The stkr terminal dashboard.
