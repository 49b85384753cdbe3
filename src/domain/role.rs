//! The fixed vocabularies of SPEC §1: roles, membership states, posting modes, credentials and
//! providers. Each has one spelling, used on the command line, in JSON and in the database.

vocabulary!(
    /// The four fixed roles, as in Publer.
    Role { Owner = "owner", Admin = "admin", Editor = "editor", Client = "client" }
);
vocabulary!(
    /// The roles a member is invited as or changed to: every role but owner, which only
    /// `workspace create` and `workspace transfer` give (so `--role` never offers it).
    MemberRole { Admin = "admin", Editor = "editor", Client = "client" }
);

impl MemberRole {
    /// The role itself.
    pub fn role(self) -> Role {
        self.into()
    }

    /// The member role of this role; none for the owner.
    pub fn of(r: Role) -> Option<MemberRole> {
        match r {
            Role::Owner => None,
            Role::Admin => Some(MemberRole::Admin),
            Role::Editor => Some(MemberRole::Editor),
            Role::Client => Some(MemberRole::Client),
        }
    }
}

impl From<MemberRole> for Role {
    fn from(r: MemberRole) -> Role {
        match r {
            MemberRole::Admin => Role::Admin,
            MemberRole::Editor => Role::Editor,
            MemberRole::Client => Role::Client,
        }
    }
}

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
vocabulary!(
    /// Where a post is on its way to publication (SPEC §1, posts and approvals).
    PostState {
        Draft = "draft",
        PendingApproval = "pending_approval",
        Scheduled = "scheduled",
        Declined = "declined",
        Published = "published",
    }
);
vocabulary!(
    /// The approval stage a post waits in: the owner's or an admin's, then an approving client's.
    ApprovalStage { Internal = "internal", Client = "client" }
);

impl Provider {
    /// The longest text a post on this network may have, in characters (Unicode scalar
    /// values), as each network documents it for a post's main text.
    pub fn text_limit(self) -> usize {
        match self {
            Provider::X => 280,
            Provider::Bluesky => 300,
            Provider::Threads | Provider::Mastodon | Provider::Pinterest => 500,
            Provider::GoogleBusiness => 1_500,
            Provider::Instagram | Provider::Tiktok => 2_200,
            Provider::Linkedin => 3_000,
            Provider::Telegram => 4_096,
            Provider::Youtube => 5_000,
            Provider::Facebook => 63_206,
            Provider::Wordpress => 100_000,
        }
    }
}
