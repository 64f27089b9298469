-- supervision (Art. 31): nobody runs vulnerability detection or penetration testing on CII without the approval of CAC
-- and MPS or the authorization of the protection department and the operator; testing on the basic telecommunications
-- network is reported in advance to the telecom authority.

-- registry: whether an asset is part of the basic telecommunications network. Null means "as its sector says": an
-- asset of public communication and information services is, others are not; an operator may say otherwise.
alter table asset add column basic_telecom_network boolean;
create or replace view registry_asset as
    select id, operator_id, name, kind, sector, cii_status,
           coalesce(basic_telecom_network, sector = 'PUBLIC_COMMUNICATION') as basic_telecom_network
    from asset;

-- The periods of testing authorizations: versioned reference data. Art. 31 fixes neither how far in advance testing
-- on the basic telecommunications network is reported nor how long an approval step takes: these are the platform's
-- reading (confirmed false) until the telecom authority or CAC and MPS set them.
create table testing_period (
    kind            varchar(30)  not null check (kind in ('ADVANCE_REPORT_HOURS', 'DECISION_DAYS')),
    version         integer      not null,
    amount          integer      not null check (amount > 0),
    effective_from  date         not null,
    source          varchar(500) not null,
    confirmed       boolean      not null,
    primary key (kind, version)
);
insert into testing_period (kind, version, amount, effective_from, source, confirmed) values
    ('ADVANCE_REPORT_HOURS', 1, 72, date '2021-09-01',
     'CIIP default: Art. 31 requires testing on the basic telecommunications network to be reported to the telecom authority in advance, without fixing how far in advance',
     false),
    ('DECISION_DAYS', 1, 5, date '2021-09-01',
     'CIIP default: Art. 31 sets no period for an approval or authorization; each step is due this many days (Civil Code Art. 201-203) after the request',
     false);

create table testing_authorization (
    id                    uuid          primary key,
    number                varchar(40)   unique,
    requester_id          uuid          not null references organization (id),
    operator_id           uuid          not null references organization (id),
    route                 varchar(10)   not null check (route in ('OPERATOR', 'NATIONAL')),
    status                varchar(12)   not null check (status in ('REQUESTED', 'REFUSED', 'AUTHORIZED', 'SUSPENDED',
                                                                   'REVOKED', 'CLOSED')),
    title                 varchar(300)  not null,
    activities            varchar(30)[] not null,
    excluded_techniques   varchar(2000),
    source_addresses      varchar(50)[] not null,
    contact_name          varchar(100)  not null,
    contact_phone         varchar(40)   not null,
    telecom               boolean       not null,
    advance_hours         integer,
    advance_version       integer,
    requested_at          timestamptz   not null,
    requested_by          varchar(64)   not null,
    authorized_at         timestamptz,
    advance_reported_at   timestamptz,
    advance_reported_by   varchar(64),
    objected_at           timestamptz,
    objected_by_org       uuid          references organization (id),
    objection             varchar(2000),
    status_reason         varchar(2000),
    status_changed_at     timestamptz,
    closed_at             timestamptz,
    report                text,
    check ((status in ('REQUESTED', 'REFUSED')) = (number is null)),
    check (telecom = (advance_hours is not null))
);
create index testing_authorization_operator_idx on testing_authorization (operator_id, requested_at desc);
create index testing_authorization_requester_idx on testing_authorization (requester_id, requested_at desc);

-- Who sees an authorization, and in which part: the requester, the operator, the protection departments responsible
-- for the targets, CAC and MPS on the national route, the telecom authority when a target is on its network.
create table testing_party (
    authorization_id  uuid         not null references testing_authorization (id),
    organization_id   uuid         not null references organization (id),
    role              varchar(12)  not null check (role in ('REQUESTER', 'OPERATOR', 'DEPARTMENT', 'CAC', 'MPS',
                                                            'TELECOM')),
    primary key (authorization_id, organization_id, role)
);
create index testing_party_organization_idx on testing_party (organization_id, authorization_id);

-- The approvals an authorization needs: the operator and its department, or CAC and MPS. Each has a deadline; a
-- decision is taken once (the update names the undecided step).
create table testing_step (
    authorization_id  uuid          not null references testing_authorization (id),
    party             varchar(12)   not null check (party in ('OPERATOR', 'DEPARTMENT', 'CAC', 'MPS')),
    due_on            date          not null,
    decision          varchar(10)   check (decision in ('APPROVED', 'REFUSED')),
    conditions        varchar(2000),
    reason            varchar(2000),
    decided_org       uuid          references organization (id),
    decided_by        varchar(64),
    decided_at        timestamptz,
    primary key (authorization_id, party),
    check ((decision is null) = (decided_at is null)),
    check (decision is distinct from 'REFUSED' or reason is not null)
);

create table testing_target (
    authorization_id  uuid          not null references testing_authorization (id),
    seq               integer       not null,
    asset_id          uuid          not null references asset (id),
    kind              varchar(12)   not null check (kind in ('HOST', 'RANGE', 'URL', 'APPLICATION')),
    value             varchar(500)  not null,
    owner             varchar(200)  not null,
    primary key (authorization_id, seq)
);

create table testing_window (
    authorization_id  uuid          not null references testing_authorization (id),
    seq               integer       not null,
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null,
    primary key (authorization_id, seq),
    check (ends_at > starts_at)
);

-- Testers: the identity number only as its keyed hash and last four, as background reviews keep it.
create table testing_tester (
    authorization_id  uuid          not null references testing_authorization (id),
    seq               integer       not null,
    name              varchar(100)  not null,
    organization_name varchar(200)  not null,
    id_hash           varchar(64)   not null,
    id_last4          varchar(4)    not null,
    primary key (authorization_id, seq)
);

create table testing_session (
    id                uuid          primary key,
    authorization_id  uuid          not null references testing_authorization (id),
    tester_seq        integer       not null,
    source_address    varchar(50)   not null,
    started_at        timestamptz   not null,
    started_by        varchar(64)   not null,
    stopped_at        timestamptz,
    stopped_by        varchar(64),
    stop_reason       varchar(200),
    foreign key (authorization_id, tester_seq) references testing_tester (authorization_id, seq)
);
create index testing_session_authorization_idx on testing_session (authorization_id, started_at desc);

create table testing_finding (
    authorization_id  uuid          not null references testing_authorization (id),
    seq               integer       not null,
    asset_id          uuid          not null references asset (id),
    title             varchar(500)  not null,
    severity          varchar(10)   not null check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    cvss_vector       varchar(200),
    rectify_by        date          not null,
    recorded_at       timestamptz   not null,
    recorded_by       varchar(64)   not null,
    primary key (authorization_id, seq)
);

-- Testing an operator observed outside any valid authorization, reported to its departments and public security
-- organ; public security may enter the tester in the sanctions register (Art. 43 para 3).
create table observed_testing (
    id                    uuid          primary key,
    operator_id           uuid          not null references organization (id),
    observed_from         timestamptz   not null,
    observed_to           timestamptz   not null,
    source_address        varchar(50)   not null,
    target                varchar(500)  not null,
    authorization_number  varchar(40),
    finding               varchar(20)   not null check (finding in ('NO_AUTHORIZATION', 'NOT_VALID', 'OUTSIDE_WINDOW',
                                                                    'WRONG_SOURCE', 'WRONG_TARGET')),
    description           varchar(5000) not null,
    evidence              text          not null,
    reported_at           timestamptz   not null,
    reported_by           varchar(64)   not null,
    sanction_id           uuid,
    sanctioned_at         timestamptz,
    sanctioned_by_org     uuid          references organization (id),
    check (observed_to >= observed_from),
    check ((sanction_id is null) = (sanctioned_at is null))
);
create index observed_testing_operator_idx on observed_testing (operator_id, reported_at desc);

create table observed_testing_recipient (
    report_id        uuid not null references observed_testing (id),
    organization_id  uuid not null references organization (id),
    primary key (report_id, organization_id)
);
create index observed_testing_recipient_org_idx on observed_testing_recipient (organization_id, report_id);

-- obligations (Art. 17): findings of an authorized test arrive as an assessment performed by the testing agency, or by
-- the protection department whose team tested.
alter table assessment drop constraint assessment_performer_check;
alter table assessment drop constraint assessment_check;
alter table assessment add constraint assessment_performer_check check (performer in ('SELF', 'AGENCY', 'AUTHORITY'));
alter table assessment add constraint assessment_check check ((performer = 'SELF') = (agency_id is null));
alter table assessment add column testing_authorization varchar(40);
