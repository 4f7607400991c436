-- Origins that may frame a group's consent (`display=embedded`): exact origins, never patterns.
-- The page's CSP `frame-ancestors` lists exactly these; a group with none cannot be embedded.
CREATE TABLE group_embedding_origins (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  origin text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, origin)
);

-- How the request was opened (OpenID Connect Core §3.1.2.1 `display`): an embedded request
-- returns by postMessage to its frame's parent instead of a top-level redirect.
ALTER TABLE access_requests ADD COLUMN display text NOT NULL DEFAULT 'page' CHECK (display IN ('page', 'popup', 'embedded'));
