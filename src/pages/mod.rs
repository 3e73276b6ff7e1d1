//! One file per page.

pub mod home;
pub mod job;
pub mod local;
pub mod not_found;
