-- Identification rules (Art. 9): versioned per series; filed with MPS; only a filed and activated rule is used.
create table identification_rule (
    id                uuid primary key,
    series_id         uuid         not null,
    version           integer      not null,
    department_id     uuid         not null references organization (id),
    sector            varchar(40)  not null references sector (code),
    name              varchar(200) not null,
    name_en           varchar(200),
    definition        jsonb        not null,
    status            varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'FILED', 'ACTIVE', 'SUPERSEDED')),
    submitted_at      timestamptz,
    filed_at          timestamptz,
    mps_record_date   date,
    mps_record_number varchar(64),
    recorded_by       varchar(64),
    activated_at      timestamptz,
    superseded_at     timestamptz,
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    unique (series_id, version)
);
create index identification_rule_department_idx on identification_rule (department_id, status);
create index identification_rule_status_idx on identification_rule (status);

-- Identification decisions (Art. 10) and re-certifications (Art. 11), with the rule version they used.
create table identification (
    id                   uuid primary key,
    kind                 varchar(20)  not null check (kind in ('IDENTIFICATION', 'RECERTIFICATION')),
    asset_id             uuid         not null references asset (id),
    operator_id          uuid         not null references organization (id),
    department_id        uuid         not null references organization (id),
    rule_id              uuid         not null references identification_rule (id),
    change_report_id     uuid,
    ratings              jsonb        not null,
    justifications       jsonb        not null,
    recommendation       varchar(10)  not null,
    score                numeric(5, 1),
    decision             varchar(10)  not null check (decision in ('CII', 'NOT_CII')),
    reason               text,
    decided_at           timestamptz  not null,
    decided_by           varchar(64)  not null,
    operator_notified_at timestamptz,
    mps_notified_at      timestamptz
);
create index identification_asset_idx on identification (asset_id, decided_at desc);
create index identification_department_idx on identification (department_id, decided_at desc);
create index identification_notified_idx on identification (decided_at desc);

-- Change reports (Art. 11): the department re-certifies within 3 months of receiving one.
create table change_report (
    id                     uuid primary key,
    asset_id               uuid         not null references asset (id),
    operator_id            uuid         not null references organization (id),
    what_changed           text         not null,
    changed_on             date         not null,
    why_it_may_affect      text         not null,
    received_at            timestamptz  not null,
    recertification_due    date         not null,
    due_calendar_complete  boolean      not null,
    status                 varchar(20)  not null check (status in ('OPEN', 'RECERTIFIED')),
    recertification_id     uuid references identification (id),
    reported_by            varchar(64)  not null
);
create index change_report_operator_idx on change_report (operator_id, received_at desc);
create index change_report_open_due_idx on change_report (recertification_due) where status = 'OPEN';

-- One row per reminder sent: the primary key makes each reminder happen once, whatever number of instances sweep.
create table recertification_reminder (
    change_report_id uuid        not null references change_report (id),
    days_before      integer     not null,
    sent_at          timestamptz not null,
    primary key (change_report_id, days_before)
);
