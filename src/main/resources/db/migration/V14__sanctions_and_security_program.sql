-- Secrets the platform generates for itself when none is configured (the identity-number HMAC key in demo mode).
create table platform_secret (
    name   varchar(60) primary key,
    secret varchar(200) not null
);

-- Position bans of Art. 43 para 3, as reference data: how long a punishment bars a person from key network security
-- management and network operation positions. years null: for life.
create table position_ban_rule (
    kind           varchar(40)  primary key check (kind in ('PUBLIC_SECURITY_PUNISHMENT', 'CRIMINAL_PUNISHMENT')),
    years          integer,
    article        varchar(20)  not null,
    source         varchar(300) not null,
    effective_from date         not null
);
insert into position_ban_rule values
    ('PUBLIC_SECURITY_PUNISHMENT', 5, '43', 'State Council Decree No. 745, Art. 43 para 3 (in force 2021-09-01)', date '2021-09-01'),
    ('CRIMINAL_PUNISHMENT', null, '43', 'State Council Decree No. 745, Art. 43 para 3 (in force 2021-09-01)', date '2021-09-01');

-- The sanctions register (Art. 43): kept by public security organs and MPS. The identity number is held only as its
-- keyed hash and last four characters.
create table sanction (
    id                 uuid primary key,
    person_name        varchar(100) not null,
    id_hash            char(64)     not null,
    id_last4           varchar(4)   not null,
    kind               varchar(40)  not null references position_ban_rule (kind),
    decided_on         date         not null,
    article            varchar(20)  not null,
    barred_until       date,
    barred_for_life    boolean      not null,
    registered_by_org  uuid         not null references organization (id),
    registered_by      varchar(64)  not null,
    registered_at      timestamptz  not null
);
create index sanction_id_hash_idx on sanction (id_hash);
create index sanction_registered_idx on sanction (registered_at desc);

-- The operator's security management institution (Art. 14-16).
create table security_institution (
    operator_id    uuid primary key references organization (id),
    name           varchar(200) not null,
    established_on date         not null,
    head_name      varchar(100) not null,
    reports_to     varchar(200) not null,
    members        text         not null,
    version        integer      not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(64)  not null
);

-- Yearly budget and staffing of the institution (Art. 16).
create table institution_year (
    operator_id  uuid          not null references organization (id),
    year         integer       not null,
    budget_cny   numeric(16,2) not null check (budget_cny >= 0),
    staff_count  integer       not null check (staff_count >= 0),
    note         varchar(1000),
    recorded_at  timestamptz   not null,
    recorded_by  varchar(64)   not null,
    primary key (operator_id, year)
);

-- Key network security positions the institution identified (Art. 15(4)).
create table key_position (
    id            uuid primary key,
    operator_id   uuid         not null references organization (id),
    title         varchar(200) not null,
    duties        varchar(2000),
    identified_on date         not null,
    created_at    timestamptz  not null,
    created_by    varchar(64)  not null
);
create unique index key_position_title_uq on key_position (operator_id, lower(title));

-- People of the institution and in key positions (Art. 14). The identity number only as keyed hash and last four.
create table program_person (
    id              uuid primary key,
    operator_id     uuid         not null references organization (id),
    name            varchar(100) not null,
    id_hash         char(64)     not null,
    id_last4        varchar(4)   not null,
    position        varchar(200) not null,
    created_at      timestamptz  not null,
    unique (operator_id, id_hash)
);
create index program_person_hash_idx on program_person (id_hash);

-- Background reviews (Art. 14), checked against the sanctions register (Art. 43 para 3).
create table background_review (
    id               uuid primary key,
    operator_id      uuid         not null references organization (id),
    person_id        uuid         not null references program_person (id),
    position         varchar(200) not null,
    status           varchar(10)  not null check (status in ('PENDING', 'BLOCKED', 'APPROVED', 'REJECTED')),
    barred_until     date,
    barred_for_life  boolean      not null default false,
    requested_at     timestamptz  not null,
    requested_by     varchar(64)  not null,
    reviewed_on      date,
    reviewer         varchar(100),
    result_note      varchar(2000),
    decided_by       varchar(64),
    -- A sanction registered after the review that bars the person now.
    alerted_at       timestamptz
);
create index background_review_operator_idx on background_review (operator_id, requested_at desc);
create index background_review_person_idx on background_review (person_id);

-- Decisions on network security and informatization, with the institution member who took part (Art. 16, 39(6)).
create table security_decision (
    id           uuid primary key,
    operator_id  uuid          not null references organization (id),
    decided_on   date          not null,
    subject      varchar(500)  not null,
    participant  varchar(100),
    recorded_at  timestamptz   not null,
    recorded_by  varchar(64)   not null
);
create index security_decision_operator_idx on security_decision (operator_id, decided_on desc);

-- Systems, plans and policies (Art. 13, 15(1), 15(3), 15(6), 15(7)), approved by the principal or the security officer.
create table program_document (
    id           uuid primary key,
    operator_id  uuid          not null references organization (id),
    kind         varchar(40)   not null check (kind in ('PROTECTION_SYSTEM', 'RESPONSIBILITY_SYSTEM', 'SECURITY_PLAN',
                                   'EMERGENCY_PLAN', 'DATA_PROTECTION_SYSTEM', 'SERVICE_SECURITY_MANAGEMENT')),
    title        varchar(300)  not null,
    summary      text,
    review_due   date          not null,
    approved_on  date,
    approved_by  varchar(64),
    created_at   timestamptz   not null,
    created_by   varchar(64)   not null
);
create index program_document_operator_idx on program_document (operator_id, kind);

-- Emergency drills (Art. 15(3)) and training (Art. 15(5)).
create table program_activity (
    id            uuid primary key,
    operator_id   uuid          not null references organization (id),
    kind          varchar(20)   not null check (kind in ('DRILL', 'TRAINING')),
    held_on       date          not null,
    title         varchar(300)  not null,
    participants  varchar(2000) not null,
    findings      text,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(64)   not null
);
create index program_activity_operator_idx on program_activity (operator_id, kind, held_on desc);

-- Security measures planned, built and used with each CII asset (Art. 12, 39(2)).
create table asset_measure (
    id            uuid primary key,
    operator_id   uuid          not null references organization (id),
    asset_id      uuid          not null references asset (id),
    stage         varchar(20)   not null check (stage in ('PLANNING', 'CONSTRUCTION', 'USE')),
    measures      text          not null,
    signed_off_on date          not null,
    signed_off_by varchar(100)  not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(64)   not null
);
create index asset_measure_asset_idx on asset_measure (asset_id, stage);

-- Annual detection and risk assessment (Art. 17), its findings and their rectification.
create table assessment (
    id              uuid primary key,
    operator_id     uuid          not null references organization (id),
    asset_id        uuid          not null references asset (id),
    year            integer       not null,
    performer       varchar(10)   not null check (performer in ('SELF', 'AGENCY')),
    agency_id       uuid          references organization (id),
    scope           varchar(2000) not null,
    started_on      date          not null,
    ended_on        date          not null,
    status          varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    submitted_at    timestamptz,
    decided_at      timestamptz,
    decided_on      date,
    decision_reason varchar(2000),
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null,
    check ((performer = 'AGENCY') = (agency_id is not null))
);
create index assessment_operator_idx on assessment (operator_id, asset_id, ended_on desc);
create index assessment_agency_idx on assessment (agency_id) where agency_id is not null;

create table assessment_finding (
    id                 uuid primary key,
    assessment_id      uuid          not null references assessment (id),
    title              varchar(500)  not null,
    severity           varchar(10)   not null check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    cvss_vector        varchar(200),
    cvss_score         numeric(3,1),
    owner              varchar(100)  not null,
    due_on             date          not null,
    status             varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'RECTIFIED')),
    rectified_on       date,
    created_at         timestamptz   not null
);
create index assessment_finding_idx on assessment_finding (assessment_id);
create index assessment_finding_open_idx on assessment_finding (due_on) where status <> 'RECTIFIED';

-- Purchases of network products and services (Art. 19, 41) and their supplier agreements (Art. 20, 39(9)).
create table purchase (
    id                           uuid primary key,
    operator_id                  uuid          not null references organization (id),
    supplier_id                  uuid          not null references organization (id),
    item                         varchar(500)  not null,
    amount_cny                   numeric(16,2) not null check (amount_cny >= 0),
    purchased_on                 date          not null,
    may_affect_national_security boolean       not null,
    justification                varchar(2000) not null,
    review_status                varchar(12)   not null check (review_status in ('NOT_REQUIRED', 'REQUIRED', 'PASSED', 'FAILED')),
    review_passed_on             date,
    review_reference             varchar(100),
    in_use_since                 date,
    created_at                   timestamptz   not null,
    created_by                   varchar(64)   not null
);
create index purchase_operator_idx on purchase (operator_id, purchased_on desc);

create table supplier_agreement (
    id              uuid primary key,
    purchase_id     uuid          not null references purchase (id),
    operator_id     uuid          not null references organization (id),
    supplier_id     uuid          not null references organization (id),
    signed_on       date          not null,
    obligations     text          not null,
    expires_on      date,
    acknowledged_at timestamptz,
    acknowledged_by varchar(64),
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null
);
create index supplier_agreement_purchase_idx on supplier_agreement (purchase_id);
create index supplier_agreement_supplier_idx on supplier_agreement (supplier_id);

-- Merger, division, dissolution (Art. 21, 39(10)).
create table corporate_change (
    id                  uuid primary key,
    operator_id         uuid          not null references organization (id),
    kind                varchar(12)   not null check (kind in ('MERGER', 'DIVISION', 'DISSOLUTION', 'OTHER')),
    description         text          not null,
    effective_on        date          not null,
    disposal_plan       text          not null,
    reported_at         timestamptz   not null,
    reported_by         varchar(64)   not null,
    requirements        text,
    requirements_due    date,
    requirements_set_at timestamptz,
    requirements_set_by varchar(64),
    status              varchar(20)   not null check (status in ('REPORTED', 'REQUIREMENTS_SET', 'COMPLETED')),
    completed_on        date,
    completion_note     text
);
create index corporate_change_operator_idx on corporate_change (operator_id, reported_at desc);

-- Evidence files attached to program records: content kept with its SHA-256 and size, under a server-made name.
create table evidence_file (
    id            uuid primary key,
    operator_id   uuid          not null references organization (id),
    record_type   varchar(40)   not null,
    record_id     uuid          not null,
    file_name     varchar(100)  not null,
    original_name varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        char(64)      not null,
    content       bytea         not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(64)   not null
);
create index evidence_file_record_idx on evidence_file (record_type, record_id);
