-- supervision (Art. 26-28, 42, 45): inspections and detection of CII by protection departments, CAC, public security,
-- state security, secrecy and cryptography administrations; their coordination so that an operator is not inspected
-- twice for the same thing; the operator's cooperation; findings and their rectification.

-- registry: the state security, secrecy and cryptography administrations inspect CII within their competence (Art. 28).
alter table organization drop constraint organization_kind_check;
alter table organization add constraint organization_kind_check check (kind in ('OPERATOR', 'PROTECTION_DEPARTMENT',
    'PUBLIC_SECURITY_ORGAN', 'MPS', 'CAC', 'PROVINCIAL_CAC', 'TELECOM_AUTHORITY', 'SERVICE_AGENCY', 'SUPPLIER',
    'PLATFORM_ADMIN', 'STATE_SECURITY', 'SECRECY_ADMINISTRATION', 'CRYPTOGRAPHY_ADMINISTRATION'));
create or replace view registry_organization as
    select id, kind, name, name_en, region_code, sectors, state_organ, jurisdiction_province
    from organization;

-- How far apart two bodies' inspections of the same operator with overlapping scope may be and still count as
-- overlapping (Art. 27 para 2): versioned reference data. No rule fixes it: the platform's reading, unconfirmed.
create table inspection_overlap_window (
    version         integer      primary key,
    days            integer      not null check (days >= 0),
    effective_from  date         not null,
    source          varchar(500) not null,
    confirmed       boolean      not null
);
insert into inspection_overlap_window (version, days, effective_from, source, confirmed) values
    (1, 90, date '2021-09-01', 'CIIP default: Art. 27 para 2 asks bodies to avoid unnecessary and overlapping '
     || 'inspections without fixing a period; inspections of the same operator with overlapping scope starting within '
     || 'this many days of each other are shown as overlapping', false);

create table inspection (
    id              uuid          primary key,
    number          varchar(30)   not null unique,
    operator_id     uuid          not null references organization (id),
    kind            varchar(12)   not null check (kind in ('INSPECTION', 'DETECTION')),
    legal_basis     varchar(20)   not null,
    title           varchar(300)  not null,
    topics          varchar(30)[] not null,
    starts_on       date          not null,
    ends_on         date          not null,
    team            varchar(2000) not null,
    status          varchar(10)   not null check (status in ('PLANNED', 'CONFIRMED', 'CLOSED', 'MERGED')),
    merged_into     uuid          references inspection (id),
    planned_at      timestamptz   not null,
    planned_by      varchar(64)   not null,
    confirmed_at    timestamptz,
    confirmed_by    varchar(64),
    attendees       varchar(2000),
    closed_at       timestamptz,
    conclusion      text,
    check (ends_on >= starts_on),
    check ((status = 'MERGED') = (merged_into is not null))
);
create index inspection_operator_idx on inspection (operator_id, starts_on);
create index inspection_starts_idx on inspection (starts_on) where status in ('PLANNED', 'CONFIRMED');

-- The bodies that inspect: the one that planned it leads; a body whose inspection was merged into it joins.
create table inspection_body (
    inspection_id    uuid        not null references inspection (id),
    organization_id  uuid        not null references organization (id),
    role             varchar(6)  not null check (role in ('LEAD', 'MEMBER')),
    primary key (inspection_id, organization_id)
);
create index inspection_body_org_idx on inspection_body (organization_id, inspection_id);

create table inspection_asset (
    inspection_id  uuid not null references inspection (id),
    asset_id       uuid not null references asset (id),
    primary key (inspection_id, asset_id)
);

-- Documents the operator provides: inspection files, protected (Art. 30), read by the team under the inspection's
-- purpose.
create table inspection_document (
    id              uuid          primary key,
    inspection_id   uuid          not null references inspection (id),
    file_name       varchar(255)  not null,
    content_type    varchar(100)  not null,
    size_bytes      integer       not null,
    sha256          char(64)      not null,
    content         bytea         not null,
    uploaded_at     timestamptz   not null,
    uploaded_by     varchar(64)   not null
);
create index inspection_document_idx on inspection_document (inspection_id, uploaded_at);

create table inspection_finding (
    inspection_id    uuid          not null references inspection (id),
    seq              integer       not null,
    title            varchar(500)  not null,
    severity         varchar(10)   not null check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    rectify_by       date          not null,
    status           varchar(10)   not null check (status in ('OPEN', 'RECTIFIED', 'VERIFIED')),
    recorded_at      timestamptz   not null,
    recorded_by      varchar(64)   not null,
    rectification    text,
    rectified_at     timestamptz,
    rectified_by     varchar(64),
    verified_at      timestamptz,
    verified_by      varchar(64),
    primary key (inspection_id, seq),
    check ((status = 'OPEN') = (rectified_at is null))
);

-- An operator that did not cooperate (Art. 28, 42): refused access, withheld documents, missed the date; cleared when
-- it cooperated afterwards.
create table inspection_non_cooperation (
    id              uuid          primary key,
    inspection_id   uuid          not null references inspection (id),
    operator_id     uuid          not null references organization (id),
    kind            varchar(20)   not null check (kind in ('REFUSED_ACCESS', 'WITHHELD_DOCUMENTS', 'MISSED_DATE')),
    facts           text          not null,
    occurred_on     date          not null,
    recorded_at     timestamptz   not null,
    recorded_by     varchar(64)   not null,
    cleared_on      date,
    clear_note      text,
    cleared_by      varchar(64),
    check ((cleared_on is null) = (clear_note is null)),
    check (cleared_on is null or cleared_on >= occurred_on)
);
create index inspection_non_cooperation_operator_idx on inspection_non_cooperation (operator_id, occurred_on);

-- supervision publishes, for the compliance engine (Art. 42): each time an operator did not cooperate, and when that
-- was cleared.
create view supervision_non_cooperation as
    select id, operator_id, inspection_id, kind, occurred_on, cleared_on
    from inspection_non_cooperation;

-- The reports of a fee or a designated brand (Art. 27, 45) the operator made from an inspection's page: the report
-- itself is enforcement's (to MPS and CAC); this says which inspection it came from, for the operator's eyes only.
create table inspection_conduct_report (
    inspection_id      uuid not null references inspection (id),
    conduct_report_id  uuid not null unique,
    operator_id        uuid not null references organization (id),
    primary key (inspection_id, conduct_report_id)
);

create sequence inspection_number;
