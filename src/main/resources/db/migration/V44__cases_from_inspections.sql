-- enforcement (Art. 42): a case may be opened from an inspection the authority carried out (an operator that did not
-- cooperate, findings not rectified); its reference is the inspection's id.
alter table enforcement_case drop constraint enforcement_case_source_kind_check;
alter table enforcement_case add constraint enforcement_case_source_kind_check
    check (source_kind in ('COMPLIANCE', 'INCIDENT', 'INSPECTION', 'MANUAL'));
