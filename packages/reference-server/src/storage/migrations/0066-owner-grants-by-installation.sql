-- A person's installations in id order (storage/grant-store.ts, the owner's grants list): the
-- nested loop that pages the grants on them walks this index and stops after one page. It also
-- serves every lookup by user_id that the old single-column index served.
CREATE INDEX installation_users_user_page_idx ON installation_users (user_id, installation_id);
DROP INDEX installation_users_user_idx;
