-- As V23 did for documents: hashes and codes are random strings no query compares with anything but equality on a
-- key, and ANALYZE's sort of 30,000 of them (with the database's collation) is work in every autovacuum ANALYZE of
-- these insert-heavy tables. The receipt's second hash (V49) and the audit entries' authentication code (V53) had
-- brought that work back under a stream of incident reports (docs/benchmarks.md).
alter table incident_version alter column sha256 set statistics 0,
                             alter column hash set statistics 0;
alter table audit_entry alter column entry_code set statistics 0;
alter table idempotency_record alter column request_hash set statistics 0;
