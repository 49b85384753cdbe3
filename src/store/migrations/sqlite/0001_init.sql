-- roster schema, version 1: the whole domain of SPEC §1. Constraints keep bad states out:
-- one owner per workspace, unique slugs and emails, foreign keys, CHECKs on every vocabulary.

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE
                 CHECK (email = lower(trim(email)) AND email LIKE '_%@_%._%'),
    display_name TEXT,
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE workspaces (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE
                CHECK (length(slug) BETWEEN 1 AND 63
                       AND slug NOT GLOB '*[^a-z0-9-]*'
                       AND substr(slug, 1, 1) <> '-'),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    require_2fa INTEGER NOT NULL DEFAULT 0 CHECK (require_2fa IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
    id               INTEGER PRIMARY KEY,
    workspace_id     INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id          INTEGER NOT NULL REFERENCES users(id),
    role             TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'client')),
    status           TEXT NOT NULL
                     CHECK (status IN ('pending', 'active', 'declined', 'revoked', 'expired', 'removed')),
    can_add_accounts INTEGER NOT NULL DEFAULT 0 CHECK (can_add_accounts IN (0, 1)),
    can_manage_posts INTEGER NOT NULL DEFAULT 0 CHECK (can_manage_posts IN (0, 1)),
    require_2fa      INTEGER NOT NULL DEFAULT 0 CHECK (require_2fa IN (0, 1)),
    invited_by       INTEGER REFERENCES users(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    accepted_at      TEXT,
    UNIQUE (workspace_id, user_id),
    -- "create/edit/delete posts" is a client permission; editors and admins post by role.
    CHECK (role = 'client' OR can_manage_posts = 0),
    -- editors never add accounts; the owner does not need flags.
    CHECK (role IN ('admin', 'client') OR can_add_accounts = 0),
    -- the owner is always an active member without member-level settings.
    CHECK (role <> 'owner' OR (status = 'active' AND require_2fa = 0))
) STRICT;

-- Exactly one owner: at most one owner membership per workspace ...
CREATE UNIQUE INDEX memberships_one_owner ON memberships(workspace_id) WHERE role = 'owner';
CREATE INDEX memberships_user ON memberships(user_id);

-- ... and it is the user the workspace names as its owner.
CREATE TRIGGER memberships_owner_matches_insert
BEFORE INSERT ON memberships
WHEN NEW.role = 'owner'
     AND NEW.user_id <> (SELECT owner_id FROM workspaces WHERE id = NEW.workspace_id)
BEGIN
    SELECT RAISE(ABORT, 'owner membership must belong to the workspace owner');
END;

CREATE TRIGGER memberships_owner_matches_update
BEFORE UPDATE OF role, user_id ON memberships
WHEN NEW.role = 'owner'
     AND NEW.user_id <> (SELECT owner_id FROM workspaces WHERE id = NEW.workspace_id)
BEGIN
    SELECT RAISE(ABORT, 'owner membership must belong to the workspace owner');
END;

-- The owner's own membership is never deleted while the workspace stands.
CREATE TRIGGER memberships_owner_kept
BEFORE DELETE ON memberships
WHEN OLD.role = 'owner'
     AND EXISTS (SELECT 1 FROM workspaces WHERE id = OLD.workspace_id AND owner_id = OLD.user_id)
BEGIN
    SELECT RAISE(ABORT, 'the owner membership cannot be deleted');
END;

CREATE TABLE invitations (
    id            INTEGER PRIMARY KEY,
    membership_id INTEGER NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    token_hash    BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    invited_by    INTEGER NOT NULL REFERENCES users(id),
    state         TEXT NOT NULL
                  CHECK (state IN ('pending', 'accepted', 'declined', 'revoked', 'expired', 'superseded')),
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    decided_at    TEXT,
    CHECK (expires_at > created_at)
) STRICT;

CREATE UNIQUE INDEX invitations_one_pending ON invitations(membership_id) WHERE state = 'pending';

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL
                 CHECK (length(slug) BETWEEN 1 AND 63
                        AND slug NOT GLOB '*[^a-z0-9-]*'
                        AND substr(slug, 1, 1) <> '-'),
    provider     TEXT NOT NULL CHECK (provider IN ('facebook', 'instagram', 'x', 'linkedin', 'tiktok',
                     'youtube', 'pinterest', 'google_business', 'threads', 'bluesky', 'mastodon',
                     'telegram', 'wordpress')),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    handle       TEXT,
    added_by     INTEGER NOT NULL REFERENCES users(id),
    auth_status  TEXT NOT NULL DEFAULT 'connected' CHECK (auth_status IN ('connected', 'needs_reauth')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (workspace_id, slug)
) STRICT;

CREATE TABLE assignments (
    membership_id INTEGER NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    approve       INTEGER NOT NULL DEFAULT 0 CHECK (approve IN (0, 1)),
    posting       TEXT CHECK (posting IS NULL OR posting IN ('full', 'review')),
    credentials   TEXT CHECK (credentials IS NULL OR credentials IN ('owner', 'member')),
    auth_status   TEXT NOT NULL DEFAULT 'connected' CHECK (auth_status IN ('connected', 'needs_reauth')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (membership_id, account_id),
    -- member credentials start in needs_reauth until the member reauthenticates.
    CHECK (credentials IS NOT NULL OR auth_status = 'connected')
) STRICT, WITHOUT ROWID;

CREATE INDEX assignments_account ON assignments(account_id);

-- An assignment joins a member and an account of the same workspace.
CREATE TRIGGER assignments_same_workspace
BEFORE INSERT ON assignments
WHEN (SELECT workspace_id FROM memberships WHERE id = NEW.membership_id)
     <> (SELECT workspace_id FROM accounts WHERE id = NEW.account_id)
BEGIN
    SELECT RAISE(ABORT, 'assignment across workspaces');
END;

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    author_id    INTEGER NOT NULL REFERENCES users(id),
    text         TEXT NOT NULL CHECK (length(text) > 0),
    scheduled_at TEXT,
    state        TEXT NOT NULL
                 CHECK (state IN ('draft', 'pending_approval', 'scheduled', 'published', 'declined')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX posts_account ON posts(account_id, state);

-- The approvals a submission requires, one row per stage, decided in order.
CREATE TABLE approvals (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (stage IN ('internal', 'client')),
    state       TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'declined', 'superseded')),
    decided_by  INTEGER REFERENCES users(id),
    note        TEXT,
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    CHECK (state <> 'declined' OR length(trim(coalesce(note, ''))) > 0)
) STRICT;

CREATE UNIQUE INDEX approvals_one_open_stage ON approvals(post_id, stage) WHERE state = 'pending';

-- The history of a post: every transition, who made it and why.
CREATE TABLE post_events (
    id       INTEGER PRIMARY KEY,
    post_id  INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES users(id),
    event    TEXT NOT NULL CHECK (event IN ('created', 'edited', 'submitted', 'approved', 'declined',
                                           'scheduled', 'published', 'handed_over')),
    stage    TEXT CHECK (stage IS NULL OR stage IN ('internal', 'client')),
    note     TEXT,
    at       TEXT NOT NULL
) STRICT;

CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    workspace_id INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    message      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    read_at      TEXT
) STRICT;

CREATE INDEX notifications_user ON notifications(user_id, read_at);

-- Mail written in the same transaction as the change, delivered after commit.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    workspace_slug  TEXT,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      TEXT,
    next_attempt_at TEXT,
    lease_until     TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
) STRICT;

CREATE INDEX outbox_state ON outbox(state, next_attempt_at);

-- One row per successful mutation. Workspace and actor are kept as text so the trail outlives
-- the rows it describes. Never holds a secret or a token.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    command   TEXT NOT NULL,
    action    TEXT NOT NULL,
    workspace TEXT,
    target    TEXT,
    before    TEXT CHECK (before IS NULL OR json_valid(before)),
    after     TEXT CHECK (after IS NULL OR json_valid(after)),
    batch_id  TEXT
) STRICT;

CREATE INDEX audit_workspace ON audit(workspace, at);

CREATE TABLE totp (
    user_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret          BLOB NOT NULL CHECK (length(secret) >= 20),
    state           TEXT NOT NULL CHECK (state IN ('pending', 'enrolled')),
    last_step       INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    enrolled_at     TEXT,
    CHECK (state <> 'enrolled' OR enrolled_at IS NOT NULL)
) STRICT;

CREATE TABLE recovery_codes (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL UNIQUE CHECK (length(code_hash) = 32),
    used_at   TEXT
) STRICT;

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    CHECK (expires_at > created_at)
) STRICT;
