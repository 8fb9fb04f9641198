ALTER TABLE cases ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX cases_idempotency_key ON cases (idempotency_key) WHERE idempotency_key IS NOT NULL;