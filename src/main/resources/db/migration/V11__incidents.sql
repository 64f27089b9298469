-- Central and state organs (and their directly affiliated units) report on their own channel (Measures, Art. 4).
alter table organization add column state_organ boolean not null default false;

-- Reporting rule sets: who reports what to whom, by when. Data, so that other regimes (NIS2, CIRCIA) are added
-- without code. clock_start: DISCOVERY (the operator discovered or learned of the incident), FIRST_REPORT_RECEIVED
-- (the recipient received the first report), HANDLING_ENDED (the operator ended the handling).
create table reporting_rule_set (
    id             uuid primary key,
    code           varchar(40)  not null unique,
    name           varchar(200) not null,
    source         varchar(500) not null,
    effective_from date         not null,
    active         boolean      not null
);

create table reporting_rule (
    rule_set_id     uuid        not null references reporting_rule_set (id),
    position        integer     not null,
    operator_class  varchar(30) not null check (operator_class in ('CII_OPERATOR', 'STATE_ORGAN', 'OTHER', 'ANY')),
    min_grade       varchar(30) not null check (min_grade in ('PARTICULARLY_MAJOR', 'MAJOR', 'RELATIVELY_MAJOR', 'GENERAL')),
    obligation_kind varchar(60) not null,
    obliged         varchar(40) not null check (obliged in ('OPERATOR', 'FIRST_RECIPIENT')),
    recipient       varchar(40) not null check (recipient in ('PROTECTION_DEPARTMENT', 'PUBLIC_SECURITY_ORGAN',
                        'PROVINCIAL_CAC', 'CAC', 'MPS', 'OWN_ORGANIZATION', 'FIRST_RECIPIENTS')),
    due_amount      integer     not null check (due_amount > 0),
    due_unit        varchar(10) not null check (due_unit in ('MINUTES', 'HOURS', 'DAYS', 'MONTHS')),
    clock_start     varchar(30) not null check (clock_start in ('DISCOVERY', 'FIRST_REPORT_RECEIVED', 'HANDLING_ENDED')),
    article         varchar(40) not null,
    primary key (rule_set_id, position)
);

insert into reporting_rule_set (id, code, name, source, effective_from, active) values
 ('5e7a0000-0000-4000-8000-000000002025', 'CN-2025', 'National Cybersecurity Incident Reporting Measures',
  'National Cybersecurity Incident Reporting Measures (国家网络安全事件报告管理办法), CAC, issued 2025-09-11, in force 2025-11-01, Art. 4 and 8',
  date '2025-11-01', true);

insert into reporting_rule (rule_set_id, position, operator_class, min_grade, obligation_kind, obliged, recipient,
                            due_amount, due_unit, clock_start, article) values
 ('5e7a0000-0000-4000-8000-000000002025', 1, 'CII_OPERATOR', 'RELATIVELY_MAJOR', 'REPORT_TO_PROTECTION_DEPARTMENT', 'OPERATOR', 'PROTECTION_DEPARTMENT', 1, 'HOURS', 'DISCOVERY', 'Measures 4; Decree 745 Art. 18'),
 ('5e7a0000-0000-4000-8000-000000002025', 2, 'CII_OPERATOR', 'RELATIVELY_MAJOR', 'REPORT_TO_PUBLIC_SECURITY', 'OPERATOR', 'PUBLIC_SECURITY_ORGAN', 1, 'HOURS', 'DISCOVERY', 'Measures 4; Decree 745 Art. 18'),
 ('5e7a0000-0000-4000-8000-000000002025', 3, 'CII_OPERATOR', 'MAJOR', 'FORWARD_TO_CAC', 'FIRST_RECIPIENT', 'CAC', 30, 'MINUTES', 'FIRST_REPORT_RECEIVED', 'Measures 4; Decree 745 Art. 18'),
 ('5e7a0000-0000-4000-8000-000000002025', 4, 'CII_OPERATOR', 'MAJOR', 'FORWARD_TO_MPS', 'FIRST_RECIPIENT', 'MPS', 30, 'MINUTES', 'FIRST_REPORT_RECEIVED', 'Measures 4; Decree 745 Art. 18'),
 ('5e7a0000-0000-4000-8000-000000002025', 5, 'STATE_ORGAN', 'RELATIVELY_MAJOR', 'REPORT_TO_DEPARTMENT_CYBER_OFFICE', 'OPERATOR', 'OWN_ORGANIZATION', 2, 'HOURS', 'DISCOVERY', 'Measures 4'),
 ('5e7a0000-0000-4000-8000-000000002025', 6, 'STATE_ORGAN', 'MAJOR', 'FORWARD_TO_CAC', 'FIRST_RECIPIENT', 'CAC', 1, 'HOURS', 'FIRST_REPORT_RECEIVED', 'Measures 4'),
 ('5e7a0000-0000-4000-8000-000000002025', 7, 'OTHER', 'RELATIVELY_MAJOR', 'REPORT_TO_PROVINCIAL_CAC', 'OPERATOR', 'PROVINCIAL_CAC', 4, 'HOURS', 'DISCOVERY', 'Measures 4'),
 ('5e7a0000-0000-4000-8000-000000002025', 8, 'OTHER', 'MAJOR', 'FORWARD_TO_CAC', 'FIRST_RECIPIENT', 'CAC', 1, 'HOURS', 'FIRST_REPORT_RECEIVED', 'Measures 4'),
 ('5e7a0000-0000-4000-8000-000000002025', 9, 'ANY', 'RELATIVELY_MAJOR', 'FINAL_REPORT', 'OPERATOR', 'FIRST_RECIPIENTS', 30, 'DAYS', 'HANDLING_ENDED', 'Measures 8');

create table incident (
    id                   uuid primary key,
    operator_id          uuid         not null references organization (id),
    operator_class       varchar(30)  not null,
    rule_set_id          uuid         not null references reporting_rule_set (id),
    discovered_at        timestamptz  not null,
    reported_at          timestamptz  not null,
    category             varchar(10)  not null,
    subcategory          varchar(20),
    summary              varchar(500) not null,
    computed_grade       varchar(30)  not null,
    grade                varchar(30)  not null,
    grade_reason         varchar(2000),
    grade_below_computed boolean      not null,
    status               varchar(20)  not null check (status in ('OPEN', 'HANDLING_ENDED', 'CLOSED')),
    handling_ended_at    timestamptz,
    closed_at            timestamptz,
    versions             integer      not null,
    reported_by          varchar(64)  not null
);
create index incident_operator_idx on incident (operator_id, reported_at desc);
create index incident_grade_status_idx on incident (grade, status);

create table incident_asset (
    incident_id uuid not null references incident (id),
    asset_id    uuid not null references asset (id),
    primary key (incident_id, asset_id)
);

-- Every submission is an immutable version with a receipt: its sequence, instant and the SHA-256 of its content.
create table incident_version (
    incident_id  uuid        not null references incident (id),
    seq          integer     not null,
    kind         varchar(20) not null check (kind in ('INITIAL', 'SUPPLEMENT', 'HANDLING_ENDED', 'FINAL_REPORT')),
    submitted_at timestamptz not null,
    submitted_by varchar(64) not null,
    content      text        not null,
    sha256       char(64)    not null,
    primary key (incident_id, seq)
);

-- Who received the incident: first recipients, and those it was forwarded to. The jurisdiction of regulators.
create table incident_recipient (
    incident_id     uuid        not null references incident (id),
    organization_id uuid        not null references organization (id),
    role            varchar(20) not null check (role in ('RECIPIENT', 'FORWARDED_TO')),
    received_at     timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(64),
    primary key (incident_id, organization_id)
);
create index incident_recipient_org_idx on incident_recipient (organization_id, received_at desc);

create table incident_obligation (
    id               uuid primary key,
    incident_id      uuid        not null references incident (id),
    kind             varchar(60) not null,
    obliged_org      uuid        not null references organization (id),
    recipient_org    uuid        references organization (id),
    recipient_kind   varchar(40) not null,
    due_at           timestamptz,
    met_at           timestamptz,
    status           varchar(10) not null check (status in ('PENDING', 'MET', 'LATE')),
    article          varchar(40) not null
);
create index incident_obligation_incident_idx on incident_obligation (incident_id);
create index incident_obligation_due_idx on incident_obligation (due_at) where status = 'PENDING';
