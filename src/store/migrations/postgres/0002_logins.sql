-- Version 2 (SQLite's 0005): who a server login is. Each database login that runs roster is
-- bound to one roster user by an owner (`roster member login EMAIL LOGIN`); the audit log
-- records the login that made each change.
CREATE TABLE logins (
    login      TEXT COLLATE "C" PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 63),
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bound_by   BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX logins_user ON logins(user_id);

-- The login that wrote the row, as the server authenticated it (NULL on a SQLite file).
ALTER TABLE audit ADD COLUMN login TEXT DEFAULT session_user;

-- The two updates roster makes to audit rows, for logins that may not UPDATE the table: a
-- deleted workspace's rows are relabelled (only once the workspace is gone), and the rows of
-- one `config apply` get its batch id (only rows without one). Run with the owner's rights.
CREATE FUNCTION roster_audit_detach(old_slug TEXT, label TEXT) RETURNS BIGINT
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH changed AS (
        UPDATE audit SET workspace = label
         WHERE workspace = old_slug
           AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.slug = old_slug)
        RETURNING 1
    )
    SELECT count(*) FROM changed
$$;

CREATE FUNCTION roster_audit_tag_batch(after_id BIGINT, batch TEXT) RETURNS BIGINT
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    WITH changed AS (
        UPDATE audit SET batch_id = batch WHERE id > after_id AND batch_id IS NULL RETURNING 1
    )
    SELECT count(*) FROM changed
$$;
