-- Covering indexes for the compliance engine, which reads each operator's records by operator (index-only scans
-- where the visibility map allows). Measured on the national dataset: see docs/benchmarks.md.
create index identification_operator_idx on identification (operator_id) include (asset_id, decided_at, decision);
create index assessment_finding_compliance_idx on assessment_finding (assessment_id)
    include (due_on, status, rectified_on, created_at);
create index incident_obligation_compliance_idx on incident_obligation (obliged_org)
    include (kind, due_at, met_at, incident_id);
create index program_document_compliance_idx on program_document (operator_id)
    include (kind, review_due, approved_on, created_at);
