//! TOTP as RFC 6238 has it (HMAC-SHA-1, 6 digits, 30 s steps, ±1 step of skew) behind roster's
//! clock (`Ctx.now`, fixed by `ROSTER_NOW` in tests), and the shapes of what people type.

use std::fmt;
use std::str::FromStr;

use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::domain::Timestamp;
use crate::error::{Error, Result};

/// The issuer authenticator apps show next to the account.
pub const ISSUER: &str = "roster";
/// 160 bits, the length RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
pub const DIGITS: u8 = 6;
pub const STEP_SECONDS: u64 = 30;
pub const SKEW_STEPS: u16 = 1;
/// How many one-time recovery codes an enrolment hands out.
pub const RECOVERY_CODES: usize = 10;

/// Recovery code letters: lower case and digits without the look-alikes 0/o, 1/l/i.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_HALF: usize = 5;

/// A fresh random 160-bit secret.
pub fn new_secret() -> Vec<u8> {
    Secret::generate().as_bytes().to_vec()
}

fn totp(secret: &[u8], account: &str) -> Result<Totp> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS)
        .with_step_duration(STEP_SECONDS)
        .with_skew(SKEW_STEPS)
        .with_secret(secret.to_vec())
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| Error::internal(format!("cannot set up TOTP: {e}")))
}

/// The secret as authenticator apps take it when typed in: base32 without padding.
pub fn base32(secret: &[u8]) -> String {
    Secret::from(secret.to_vec()).to_base32()
}

/// `otpauth://totp/roster:EMAIL?secret=…&issuer=roster`, for the QR code.
pub fn otpauth_url(secret: &[u8], email: &str) -> Result<String> {
    totp(secret, email)?
        .to_url()
        .map_err(|e| Error::internal(format!("cannot make the otpauth URL: {e}")))
}

/// The URL drawn as a QR code in unicode half blocks, for a terminal.
pub fn qr(url: &str) -> Result<String> {
    let code = QrCode::new(url.as_bytes())
        .map_err(|e| Error::internal(format!("cannot draw the QR code: {e}")))?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}

/// The time step a 6-digit code matches at `now` (±1 step), or `None`. The caller keeps the
/// last accepted step so that no code is accepted twice (RFC 6238 §5.2).
pub fn check(secret: &[u8], code: &str, now: Timestamp) -> Result<Option<u64>> {
    let t = totp(secret, "check")?;
    Ok(t.check(code, unix_seconds(now)))
}

fn unix_seconds(t: Timestamp) -> u64 {
    u64::try_from(t.unix_timestamp()).unwrap_or(0)
}

/// When the lock or session `until` ends, said for people: "14 minutes", "30 seconds".
pub fn time_left(now: Timestamp, until: Timestamp) -> String {
    let secs = (until - now).whole_seconds().max(0);
    if secs < 60 {
        return format!("{secs} second{}", if secs == 1 { "" } else { "s" });
    }
    let mins = (secs + 59) / 60;
    format!("{mins} minute{}", if mins == 1 { "" } else { "s" })
}

/// What a person typed where a second factor is asked for: a code from their authenticator app
/// or one of their recovery codes. Anything else is invalid input (exit 6), not a failed attempt.
#[derive(Clone, PartialEq, Eq)]
pub enum Code {
    Totp(String),
    /// Normalised: lower case, without the dash.
    Recovery(String),
}

impl Code {
    pub fn is_recovery(&self) -> bool {
        matches!(self, Code::Recovery(_))
    }
}

/// Never print a code, not even in a debug dump.
impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Totp(_) => f.write_str("Code::Totp(…)"),
            Code::Recovery(_) => f.write_str("Code::Recovery(…)"),
        }
    }
}

impl FromStr for Code {
    type Err = Error;

    fn from_str(s: &str) -> Result<Code> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() == DIGITS as usize && compact.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Code::Totp(compact));
        }
        let lower = compact.to_ascii_lowercase();
        let bare: String = match lower.split_once('-') {
            Some((a, b)) if a.len() == RECOVERY_HALF && b.len() == RECOVERY_HALF => {
                format!("{a}{b}")
            }
            _ => lower,
        };
        if bare.len() == 2 * RECOVERY_HALF && bare.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
            return Ok(Code::Recovery(bare));
        }
        Err(Error::invalid(
            "malformed two-factor code: expected 6 digits from your authenticator app, or a recovery code like abcde-23456",
        )
        .with_hint("pass the code your authenticator app shows now, e.g. --otp 123456"))
    }
}

/// Ten fresh recovery codes, `xxxxx-xxxxx`, to show once.
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut s = String::with_capacity(2 * RECOVERY_HALF + 1);
            for i in 0..2 * RECOVERY_HALF {
                if i == RECOVERY_HALF {
                    s.push('-');
                }
                let k = rand::random_range(0..RECOVERY_ALPHABET.len());
                s.push(RECOVERY_ALPHABET[k] as char);
            }
            s
        })
        .collect()
}

/// What the database keeps of a recovery code (normalised first) or a session token.
pub fn hash(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// The stored hash of a recovery code as shown (`abcde-23456`) or typed.
pub fn recovery_hash(code: &str) -> Result<[u8; 32]> {
    match code.parse::<Code>()? {
        Code::Recovery(bare) => Ok(hash(&bare)),
        Code::Totp(_) => Err(Error::internal("not a recovery code")),
    }
}

/// A random session token of 256 bits, and its hash.
pub fn new_session_token() -> (String, [u8; 32]) {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    let token: String = std::iter::once("ses_".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    let h = hash(&token);
    (token, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B: the SHA-1 seed and the 8-digit codes at each time.
    const RFC_SECRET: &[u8] = b"12345678901234567890";
    const RFC_VECTORS: &[(u64, &str)] = &[
        (59, "94287082"),
        (1111111109, "07081804"),
        (1111111111, "14050471"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
        (20000000000, "65353130"),
    ];

    fn at(secs: u64) -> Timestamp {
        time::OffsetDateTime::from_unix_timestamp(secs as i64).unwrap()
    }

    #[test]
    fn rfc6238_appendix_b_sha1_eight_digits() {
        let t = Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(8)
            .with_secret(RFC_SECRET.to_vec())
            .build()
            .unwrap();
        for (secs, code) in RFC_VECTORS {
            assert_eq!(t.generate(*secs).to_string(), *code, "T = {secs}");
        }
    }

    #[test]
    fn rfc6238_vectors_truncated_to_six_digits_are_accepted() {
        for (secs, code) in RFC_VECTORS {
            let six = &code[2..];
            assert_eq!(
                check(RFC_SECRET, six, at(*secs)).unwrap(),
                Some(secs / STEP_SECONDS),
                "T = {secs}"
            );
        }
    }

    #[test]
    fn one_step_of_skew_each_way_and_no_more() {
        // 1111111111 is in step 37037037; its code is 050471.
        let step = 1111111111 / STEP_SECONDS;
        assert_eq!(
            check(RFC_SECRET, "050471", at(1111111111 + 30)).unwrap(),
            Some(step)
        );
        assert_eq!(
            check(RFC_SECRET, "050471", at(1111111111 - 30)).unwrap(),
            Some(step)
        );
        assert_eq!(
            check(RFC_SECRET, "050471", at(1111111111 + 60)).unwrap(),
            None
        );
        assert_eq!(
            check(RFC_SECRET, "050471", at(1111111111 - 60)).unwrap(),
            None
        );
        assert_eq!(check(RFC_SECRET, "050472", at(1111111111)).unwrap(), None);
    }

    #[test]
    fn codes_parse_by_shape() {
        assert_eq!(
            "123456".parse::<Code>().unwrap(),
            Code::Totp("123456".into())
        );
        assert_eq!(
            " 123 456 ".parse::<Code>().unwrap(),
            Code::Totp("123456".into())
        );
        assert_eq!(
            "ABCDE-23456".parse::<Code>().unwrap(),
            Code::Recovery("abcde23456".into())
        );
        for bad in [
            "12345",
            "1234567",
            "12345a",
            "",
            "abcde-2345",
            "abcde-1o0l1",
            "+12345",
        ] {
            let e = bad.parse::<Code>().unwrap_err();
            assert_eq!(e.exit_code(), 6, "{bad}");
        }
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_parse() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for c in &codes {
            assert_eq!(c.len(), 11);
            assert!(c.parse::<Code>().unwrap().is_recovery());
            assert_eq!(
                recovery_hash(c).unwrap(),
                recovery_hash(&c.to_uppercase()).unwrap()
            );
        }
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
    }

    #[test]
    fn url_names_issuer_and_account() {
        let url = otpauth_url(RFC_SECRET, "owner@acme.test").unwrap();
        assert!(
            url.starts_with("otpauth://totp/roster:owner%40acme.test?"),
            "{url}"
        );
        assert!(
            url.contains(&format!("secret={}", base32(RFC_SECRET))),
            "{url}"
        );
        assert!(url.contains("issuer=roster"), "{url}");
        assert!(qr(&url).unwrap().contains('\u{2580}'));
    }

    #[test]
    fn secrets_are_160_bits() {
        assert_eq!(new_secret().len(), SECRET_BYTES);
        assert_ne!(new_secret(), new_secret());
    }

    #[test]
    fn time_left_rounds_up_to_minutes() {
        assert_eq!(time_left(at(0), at(900)), "15 minutes");
        assert_eq!(time_left(at(0), at(61)), "2 minutes");
        assert_eq!(time_left(at(0), at(60)), "1 minute");
        assert_eq!(time_left(at(0), at(30)), "30 seconds");
    }
}
