ALTER TABLE cases ADD COLUMN import_pending INTEGER;
CREATE INDEX cases_import_pending ON cases (import_pending) WHERE import_pending IS NOT NULL;