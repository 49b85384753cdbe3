-- Two invariants were kept by row triggers, which SQLite runs as a sub-program for every row
-- inserted: a third of the time of a 100,000-row batch (issue 12). They are declared as
-- foreign keys instead, which SQLite checks with one index probe, and which PostgreSQL
-- declares the same way.

-- An owner membership belongs to the user the workspace names as its owner. The key
-- "workspace:user" exists only on owner rows (NULL elsewhere, which a foreign key ignores) and
-- must match the workspace's own "id:owner_id". Deferred to the commit, so that a transfer may
-- change the workspace's owner and the two memberships in any order.
ALTER TABLE workspaces ADD COLUMN owner_key TEXT
    GENERATED ALWAYS AS (id || ':' || owner_id) VIRTUAL;
CREATE UNIQUE INDEX workspaces_owner_key ON workspaces(owner_key);
ALTER TABLE memberships ADD COLUMN owner_key TEXT
    GENERATED ALWAYS AS (CASE WHEN role = 'owner' THEN workspace_id || ':' || user_id END) VIRTUAL
    REFERENCES workspaces(owner_key) DEFERRABLE INITIALLY DEFERRED;
DROP TRIGGER memberships_owner_matches_insert;
DROP TRIGGER memberships_owner_matches_update;

-- An assignment joins a member and an account of the same workspace: it carries the workspace,
-- and both foreign keys include it.
CREATE UNIQUE INDEX memberships_id_workspace ON memberships(id, workspace_id);
CREATE UNIQUE INDEX accounts_id_workspace ON accounts(id, workspace_id);
CREATE TABLE assignments_new (
    membership_id INTEGER NOT NULL,
    account_id    INTEGER NOT NULL,
    workspace_id  INTEGER NOT NULL,
    approve       INTEGER NOT NULL DEFAULT 0 CHECK (approve IN (0, 1)),
    posting       TEXT CHECK (posting IS NULL OR posting IN ('full', 'review')),
    credentials   TEXT CHECK (credentials IS NULL OR credentials IN ('owner', 'member')),
    auth_status   TEXT NOT NULL DEFAULT 'connected' CHECK (auth_status IN ('connected', 'needs_reauth')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (membership_id, account_id),
    FOREIGN KEY (membership_id, workspace_id) REFERENCES memberships(id, workspace_id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, workspace_id) REFERENCES accounts(id, workspace_id) ON DELETE CASCADE,
    -- member credentials start in needs_reauth until the member reauthenticates.
    CHECK (credentials IS NOT NULL OR auth_status = 'connected')
) STRICT, WITHOUT ROWID;
-- The trigger kept every existing row within one workspace. Were one not (a row a foreign tool
-- wrote with foreign keys off: its membership or account gone, or another workspace's), a
-- constraint of the new table fails this migration rather than drop the row.
INSERT INTO assignments_new (membership_id, account_id, workspace_id, approve, posting,
                             credentials, auth_status, created_at, updated_at)
SELECT s.membership_id, s.account_id, m.workspace_id, s.approve, s.posting, s.credentials,
       s.auth_status, s.created_at, s.updated_at
FROM assignments s LEFT JOIN memberships m ON m.id = s.membership_id;
DROP TABLE assignments;
ALTER TABLE assignments_new RENAME TO assignments;
CREATE INDEX assignments_account ON assignments(account_id);
