-- The invitation an email carries. Once that invitation closes (accepted, declined, revoked,
-- superseded by a resend), its email must not go out any more, with a dead token.
ALTER TABLE outbox ADD COLUMN invitation_id INTEGER REFERENCES invitations(id) ON DELETE SET NULL;
CREATE INDEX outbox_invitation ON outbox(invitation_id);
