-- supervision (Art. 18): an operator reports a major network security threat it discovered (not an incident) to its
-- protection departments and the public security organ; a department may turn the report into a warning (Art. 24).

-- The period to report a threat: versioned reference data. The Measures fix none for threats, so CIIP's default is
-- marked unconfirmed.
create table threat_report_deadline (
    version         integer      primary key,
    report_hours    integer      not null check (report_hours > 0),
    effective_from  date         not null,
    source          varchar(500) not null,
    confirmed       boolean      not null
);
insert into threat_report_deadline values
 (1, 24, date '2021-09-01', 'Art. 18 has an operator report a major network security threat it discovers; no measure '
  || 'fixes a period for it: CIIP default, 24 hours from discovery', false);

create table threat_report (
    id               uuid          primary key,
    operator_id      uuid          not null references organization (id),
    title            varchar(300)  not null,
    description      text          not null,
    indicators       text,
    asset_ids        uuid[]        not null,
    discovered_at    timestamptz   not null,
    reported_at      timestamptz   not null,
    report_due_at    timestamptz   not null,
    deadline_version integer       not null,
    reported_by      varchar(64)   not null,
    status           varchar(20)   not null check (status in ('REPORTED', 'ACKNOWLEDGED', 'WARNED')),
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(64),
    warning_id       uuid          references early_warning (id),
    check (discovered_at <= reported_at)
);
create index threat_report_operator_idx on threat_report (operator_id, reported_at desc);

create table threat_report_recipient (
    threat_id        uuid not null references threat_report (id),
    organization_id  uuid not null references organization (id),
    primary key (threat_id, organization_id)
);
create index threat_report_recipient_org_idx on threat_report_recipient (organization_id, threat_id);

alter table early_warning add column threat_id uuid references threat_report (id);
