//! Email addresses: never a panic, never a hidden character accepted.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(s) = std::str::from_utf8(data)
            && let Ok(e) = s.parse::<roster::domain::Email>()
        {
            assert!(!e.as_str().chars().any(roster::domain::is_hidden));
        }
    });
}
