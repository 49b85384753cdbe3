//! The assignment spec `ACCOUNT[:approve][:full|:review][:owner|:member]`.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(s) = std::str::from_utf8(data) {
            let _ = s.parse::<roster::domain::AssignSpec>();
        }
    });
}
