-- The facts the compliance engine (Art. 39-41) evaluates, published by the modules that own them (DESIGN.md §2): each
-- view is owned by the module its name starts with, selects the columns that are its contract, and is inlined by
-- PostgreSQL into the engine's one statement, so the covering indexes of V16 serve it as they served the tables.

-- obligations (Chapter III, Art. 12-21): the security program's records.
create view obligations_institution as
    select operator_id, established_on, head_name from security_institution;

create view obligations_drill_interval as
    select operator_id, months, set_at from drill_interval;

create view obligations_asset_measure as
    select asset_id, stage, signed_off_on, recorded_at from asset_measure;

create view obligations_assessment as
    select id, operator_id, asset_id, status, ended_on, decided_on, decided_at from assessment;

create view obligations_assessment_finding as
    select assessment_id, status, due_on, rectified_on, created_at from assessment_finding;

create view obligations_document as
    select operator_id, kind, review_due, approved_on, created_at from program_document;

create view obligations_key_position as
    select operator_id, title, identified_on, created_at from key_position;

create view obligations_background_review as
    select operator_id, person_id, position, status, reviewed_on from background_review;

-- a reviewed person's name (to tell whether the institution's head was reviewed) and the keyed hash of the identity
-- number (to match the sanctions register); never the number itself
create view obligations_reviewed_person as
    select id, name, id_hash from program_person;

create view obligations_security_decision as
    select operator_id, participant, decided_on, recorded_at from security_decision;

create view obligations_activity as
    select operator_id, kind, held_on, recorded_at from program_activity;

create view obligations_purchase as
    select id, operator_id, purchased_on, amount_cny, may_affect_national_security, review_status, review_passed_on,
           in_use_since, created_at
    from purchase;

create view obligations_supplier_agreement as
    select purchase_id, signed_on, expires_on, created_at from supplier_agreement;

create view obligations_corporate_change as
    select id, operator_id, effective_on, reported_at, requirements_due, requirements_set_at, completed_on
    from corporate_change;

-- identification (Art. 11): change reports, for the timeliness of an operator's reports (Art. 39(1)).
create view identification_change_report as
    select id, operator_id, changed_on, received_at from change_report;

-- enforcement (Art. 43): the sanctions register as a fact about a person's identity-number hash.
create view enforcement_sanction as
    select id_hash, decided_on, registered_at, barred_until, barred_for_life from sanction;
