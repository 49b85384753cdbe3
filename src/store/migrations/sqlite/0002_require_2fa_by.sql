-- Who required 2FA of a member: only they (or the owner) may lift the requirement (SPEC §5).
ALTER TABLE memberships ADD COLUMN require_2fa_by INTEGER REFERENCES users(id);

-- Requirements made before this column existed are the owner's.
UPDATE memberships
SET require_2fa_by = (SELECT owner_id FROM workspaces WHERE workspaces.id = memberships.workspace_id)
WHERE require_2fa = 1;
