-- Version 4 (SQLite's 0006): a post's history is read by post. Who wrote or changed a post's
-- text (nobody approves text they wrote or changed) is asked of it for every post
-- `post list --waiting-on-me` looks at, and deleting a post deletes its history.
CREATE INDEX post_events_post ON post_events(post_id);
