-- The portal's first schema: officers and sessions, dossiers with their event feed, remembered
-- push results, number counters and leases, public filings, and blob metadata (bytes on disk).

CREATE TABLE officers (
  id            text PRIMARY KEY,
  unit_code     text NOT NULL,
  name          text NOT NULL,
  role          text NOT NULL CHECK (role IN ('clerk', 'specialist', 'head', 'leader', 'admin')),
  title         text NOT NULL,
  username      text NOT NULL UNIQUE,
  -- scrypt$N$r$p$salt$hash (base64url)
  password_hash text NOT NULL
);
CREATE INDEX officers_by_unit ON officers (unit_code);

CREATE TABLE sessions (
  -- SHA-256 of the bearer token; the token itself is never stored.
  token_hash text PRIMARY KEY,
  officer_id text NOT NULL REFERENCES officers (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- The projection of each dossier as the portal holds it; `last_event` names who changed it last,
-- for the sentence a desk shows when its action lost to a newer change.
CREATE TABLE dossiers (
  id         text PRIMARY KEY,
  unit_code  text NOT NULL,
  code       text NOT NULL,
  version    integer NOT NULL,
  body       jsonb NOT NULL,
  last_event jsonb NOT NULL,
  UNIQUE (unit_code, code)
);

-- Every event and every file of a unit, in server order: `seq` is the pull cursor.
CREATE TABLE feed (
  seq        bigserial PRIMARY KEY,
  unit_code  text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('event', 'file')),
  dossier_id text NOT NULL,
  -- the event id or the file id, unique across the portal
  item_id    text NOT NULL UNIQUE,
  -- events: the dossier version the event produces
  version    integer,
  -- files: the blob holding the bytes
  sha256     text,
  body       jsonb NOT NULL
);
CREATE INDEX feed_by_unit ON feed (unit_code, seq);
CREATE UNIQUE INDEX feed_event_versions ON feed (dossier_id, version) WHERE kind = 'event';
CREATE INDEX feed_files_by_blob ON feed (sha256, unit_code) WHERE kind = 'file';

-- The answer given to each mutation, so a repeat gets the same answer and changes nothing.
CREATE TABLE mutation_results (
  -- kept as sent (text, not uuid) so a repeat matches byte for byte
  client_id   text NOT NULL,
  mutation_id text NOT NULL,
  unit_code   text NOT NULL,
  dossier_id  text NOT NULL,
  status      text NOT NULL CHECK (status IN ('applied', 'rejected')),
  result      jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);

-- The next free number per kind, unit and period (a day for dossier codes, a year for decisions).
CREATE TABLE number_counters (
  kind        text NOT NULL,
  unit_code   text NOT NULL,
  period      text NOT NULL,
  next_number integer NOT NULL,
  PRIMARY KEY (kind, unit_code, period)
);

-- Every block handed out, never reused: who holds which numbers.
CREATE TABLE leases (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,
  unit_code   text NOT NULL,
  day         date NOT NULL,
  from_number integer NOT NULL,
  to_number   integer NOT NULL,
  client_id   text NOT NULL,
  officer_id  text,
  leased_at   timestamptz NOT NULL
);
CREATE INDEX leases_by_period ON leases (kind, unit_code, day);

-- Filings forwarded by the national portal, by its id, so a repeat creates nothing.
CREATE TABLE public_filings (
  external_id text PRIMARY KEY,
  dossier_id  text NOT NULL UNIQUE REFERENCES dossiers (id),
  recorded_at timestamptz NOT NULL
);

-- Attachments by content; the bytes live in the blob store, this row says how far an upload got.
CREATE TABLE blobs (
  sha256       text PRIMARY KEY,
  size         integer NOT NULL,
  received     integer NOT NULL DEFAULT 0,
  complete     boolean NOT NULL DEFAULT false,
  -- the unit code of the desk that uploaded it, or 'public' for the national portal
  uploaded_by  text NOT NULL,
  created_at   timestamptz NOT NULL,
  completed_at timestamptz
);
