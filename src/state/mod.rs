//! The app's state and how it changes: data as loaded and kept fresh, when to load again, what a
//! person opened on a page, and the User Timing measures of each load.

pub mod clock;
pub mod early_name;
pub mod evidence;
pub mod loaded;
pub mod loader;
pub mod refresh;
pub mod remembered;
pub mod timing;
