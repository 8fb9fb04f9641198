CREATE INDEX audit_log_object ON audit_log (object_type, object_id, id);
