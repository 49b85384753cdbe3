//! The config reader (`Config::from_text`): any bytes, never a panic.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data)
            && let Ok(c) = roster::config::Config::from_text(text, std::path::Path::new("fuzz.toml"))
        {
            let _ = c.invitation_ttl();
        }
    });
}
