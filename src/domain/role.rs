//! The fixed vocabularies of SPEC §1: roles, membership states, posting modes, credentials and
//! providers. Each has one spelling, used on the command line, in JSON and in the database.

vocabulary!(
    /// The four fixed roles, as in Publer.
    Role { Owner = "owner", Admin = "admin", Editor = "editor", Client = "client" }
);
vocabulary!(
    MemberStatus {
        Pending = "pending",
        Active = "active",
        Declined = "declined",
        Revoked = "revoked",
        Expired = "expired",
        Removed = "removed",
    }
);
vocabulary!(
    /// An editor's posting mode on an account.
    Posting { Full = "full", Review = "review" }
);
vocabulary!(
    /// Whose API credentials posts on an assigned account use.
    Credentials { Owner = "owner", Member = "member" }
);
vocabulary!(
    Provider {
        Facebook = "facebook",
        Instagram = "instagram",
        X = "x",
        Linkedin = "linkedin",
        Tiktok = "tiktok",
        Youtube = "youtube",
        Pinterest = "pinterest",
        GoogleBusiness = "google_business",
        Threads = "threads",
        Bluesky = "bluesky",
        Mastodon = "mastodon",
        Telegram = "telegram",
        Wordpress = "wordpress",
    }
);
vocabulary!(
    /// Whether an account (or a member's assignment on it) can post right now.
    AuthStatus { Connected = "connected", NeedsReauth = "needs_reauth" }
);
