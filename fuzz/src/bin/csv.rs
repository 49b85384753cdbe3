//! The batch CSV reader of `member invite --from`: any text, never a panic.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = roster::commands::member::batch::check_text(text);
        }
    });
}
