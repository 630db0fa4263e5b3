-- The desks' audit logs (issue 6): every entry exactly as its workstation chained it, so the chain
-- can be recomputed here and by anyone after. One chain per workstation, continued batch by batch
-- (the portal re-verifies each against the last entry it holds); searched by the unit's admin.
CREATE TABLE audit_entries (
  -- the keyset of the search (with at_time): arrival order, never shown as meaning anything
  id                bigserial PRIMARY KEY,
  workstation_id    text NOT NULL,
  seq               integer NOT NULL CHECK (seq > 0),
  entry_id          text NOT NULL,
  -- the unit whose desk wrote it: the uploading officer's unit; a workstation keeps its first unit
  unit_code         text NOT NULL,
  officer_id        text,
  officer_name      text,
  role              text,
  -- the entry's own unitCode (null when nobody was signed in, e.g. a failed sign-in)
  officer_unit_code text,
  action            text NOT NULL,
  -- as the desk wrote it (it is hashed); at_time is the same instant for ordering and ranges
  at                text NOT NULL,
  at_time           timestamptz NOT NULL,
  details           jsonb NOT NULL,
  prev_hash         text NOT NULL,
  hash              text NOT NULL,
  -- officer, action, workstation and details folded without accents (shared/domain/text/fold.ts)
  search_text       text NOT NULL,
  received_at       timestamptz NOT NULL,
  uploaded_by       text NOT NULL REFERENCES officers (id),
  UNIQUE (workstation_id, seq)
);
CREATE INDEX audit_entries_by_unit_time ON audit_entries (unit_code, at_time DESC, id DESC);
CREATE INDEX audit_entries_by_unit_officer ON audit_entries (unit_code, officer_id, at_time DESC);
