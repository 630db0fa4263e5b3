-- The desks (workstations) seen by the portal, by the client id each sends in X-Desk-Client, and
-- which of them the unit's administrator revoked (issue 6): a revoked desk is refused on every
-- call (401 DEVICE_REVOKED) and the sessions signed in from it are ended.
CREATE TABLE desks (
  -- the desk database's uuid, as sent
  client_id       text PRIMARY KEY,
  -- the unit of the officer who last called from it: whose administrator may revoke it
  unit_code       text NOT NULL,
  last_officer_id text NOT NULL REFERENCES officers (id),
  first_seen      timestamptz NOT NULL,
  last_seen       timestamptz NOT NULL,
  revoked_at      timestamptz,
  revoked_by      text REFERENCES officers (id)
);
CREATE INDEX desks_by_unit ON desks (unit_code, last_seen);

-- The desk a session was signed in from (null: a caller that did not say), so revoking the desk
-- ends its sessions.
ALTER TABLE sessions ADD COLUMN client_id text;
CREATE INDEX sessions_by_client ON sessions (client_id);
