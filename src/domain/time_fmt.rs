//! Timestamps are UTC `OffsetDateTime`s, stored and printed as RFC 3339.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub type Timestamp = OffsetDateTime;

/// Whole seconds, always `Z`: one fixed width, so stored times also sort as text.
const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

pub fn format_ts(t: Timestamp) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(FORMAT)
        .expect("every timestamp between years 0 and 9999 formats")
}

/// Timestamps are kept to the second.
pub fn truncate(t: Timestamp) -> Timestamp {
    t.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 ns is valid")
}

pub fn parse_ts(s: &str) -> Result<Timestamp, String> {
    OffsetDateTime::parse(s.trim(), &Rfc3339)
        .map(|t| t.to_offset(time::UtcOffset::UTC))
        .map_err(|e| format!("'{s}' is not an RFC 3339 time ({e}); e.g. 2026-11-28T09:00:00Z"))
}

pub fn serialize<S: serde::Serializer>(t: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_ts(*t))
}

pub fn serialize_opt<S: serde::Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format_ts(*t)),
        None => s.serialize_none(),
    }
}
