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

/// The calendar roster works in. Times outside it are refused when parsed, so that adding a
/// TTL, a lock or a session to "now" stays representable (and is checked all the same).
pub const FIRST_YEAR: i32 = 1970;
pub const LAST_YEAR: i32 = 9000;

pub fn parse_ts(s: &str) -> Result<Timestamp, String> {
    let shown = super::escape(s);
    let t = OffsetDateTime::parse(s.trim(), &Rfc3339).map_err(|e| {
        format!("'{shown}' is not an RFC 3339 time ({e}); e.g. 2026-11-28T09:00:00Z")
    })?;
    t.checked_to_offset(time::UtcOffset::UTC)
        .filter(|t| (FIRST_YEAR..=LAST_YEAR).contains(&t.year()))
        .ok_or_else(|| format!("'{shown}' is outside the years {FIRST_YEAR} to {LAST_YEAR}"))
}

/// `t + d`, or an error saying what would have gone past the end of the calendar.
pub fn checked_add(t: Timestamp, d: time::Duration, what: &str) -> Result<Timestamp, String> {
    t.checked_add(d)
        .filter(|t| t.year() <= LAST_YEAR)
        .ok_or_else(|| format!("{what} would fall after the year {LAST_YEAR}"))
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
