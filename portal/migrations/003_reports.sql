-- Reports a unit submits (Biểu 06 with its signed PDF). Every submission is kept: a unit may
-- resubmit a corrected report for the same period, and the listing shows the latest one. A repeat
-- of the same report id (a desk retrying after a cut connection) finds its row and stores nothing.
CREATE TABLE reports (
  -- the desk's uuid, kept as sent so a repeat matches
  id           text PRIMARY KEY,
  unit_code    text NOT NULL,
  form         text NOT NULL CHECK (form IN ('bieu06')),
  period_kind  text NOT NULL,
  -- YYYY-MM-DD as text: compared as strings, read back without a driver's date conversion
  period_from  text NOT NULL,
  period_to    text NOT NULL,
  figures      jsonb NOT NULL,
  pdf_sha256   text NOT NULL REFERENCES blobs (sha256),
  submitted_by text NOT NULL REFERENCES officers (id),
  submitted_at timestamptz NOT NULL,
  -- the answer given the first time, returned as is to a repeat
  answer       jsonb NOT NULL
);
CREATE INDEX reports_by_unit_period ON reports (unit_code, period_from, period_to, submitted_at);
