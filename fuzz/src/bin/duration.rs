//! Durations ("7d", "36h"): never a panic, never beyond the cap.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(s) = std::str::from_utf8(data)
            && let Ok(d) = roster::config::parse_duration(s)
        {
            assert!(d <= time_cap());
        }
    });
}

fn time_cap() -> time::Duration {
    time::Duration::days(roster::config::MAX_DURATION_DAYS)
}
