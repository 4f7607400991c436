-- An organisation's partner list (GET /api/organisations/:id/partners, storage/partner-store.ts)
-- pages active partners first, then by name (then id): this index holds them in that order, so a
-- page is one range scan that stops after limit + 1 rows. It leads with organisation_id, so it
-- also serves what groups_organisation_idx served (the active-partner count, the foreign key).
CREATE INDEX groups_organisation_page_idx ON groups (organisation_id, ((deactivated_at IS NOT NULL)::int), lower(name), id) WHERE organisation_id IS NOT NULL;
DROP INDEX groups_organisation_idx;
