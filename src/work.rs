//! Work counters: proof that every stage is linear in the text.
//!
//! Every loop that visits candidates (spans grown word by word, the quotes or
//! names a rule looks back over, the tokens a window scans) calls [`step`]
//! once per iteration. With the `work-counters` feature the steps are counted
//! per thread, and `tests/linear.rs` asserts that hostile inputs ("a" "a" "a"…,
//! one long run of capitalised words, a name repeated thousands of times)
//! cost at most a constant number of steps per byte, at two sizes, so a
//! quadratic loop fails the test whatever the machine's load. Without the
//! feature [`step`] is empty and compiles to nothing.

#[cfg(feature = "work-counters")]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of work (one per candidate visited).
#[inline(always)]
pub fn step(n: usize) {
    #[cfg(feature = "work-counters")]
    STEPS.with(|s| s.set(s.get() + n as u64));
    #[cfg(not(feature = "work-counters"))]
    let _ = n;
}

/// The steps counted on this thread since the last call, and resets the count
/// (always 0 without the `work-counters` feature).
pub fn take() -> u64 {
    #[cfg(feature = "work-counters")]
    return STEPS.with(|s| s.replace(0));
    #[cfg(not(feature = "work-counters"))]
    0
}
