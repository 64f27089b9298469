-- ANALYZE samples up to 30,000 rows of a table and sorts each column's values to describe them for the planner.
-- The columns below hold documents that no query compares: the content of an incident's versions, notices and
-- webhook payloads, stored answers, audit summaries and hashes. Describing them was work in every ANALYZE of these
-- insert-heavy tables, which autovacuum runs again and again as they grow, for statistics the planner never uses; under
-- a steady stream of reports those runs took up to a third of a core in bursts. With a statistics target of 0,
-- ANALYZE skips them.
alter table incident_version alter column content set statistics 0;
alter table incident alter column grade_reasons set statistics 0,
                     alter column grade_reason set statistics 0;
alter table notification alter column title_en set statistics 0,
                         alter column title_zh set statistics 0,
                         alter column body_en set statistics 0,
                         alter column body_zh set statistics 0;
alter table webhook_delivery alter column payload set statistics 0;
alter table idempotency_record alter column response_body set statistics 0;
alter table audit_entry alter column summary set statistics 0,
                        alter column prev_hash set statistics 0,
                        alter column hash set statistics 0;
