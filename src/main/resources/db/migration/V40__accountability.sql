-- Accountability of departments (Art. 44, 45, 47).

-- incident (Art. 18): the departments' forwarding clocks, as the accountability of departments reads them.
create view incident_forwarding_clock as
    select ob.incident_id, ob.obliged_org as department_id, ob.kind, ob.due_at, ob.met_at, ob.status
    from incident_obligation ob
    where ob.kind like 'FORWARD\_TO\_%';

-- identification (Art. 11): each change report's re-certification clock, with the asset's sector and the operator's
-- region (which decide the departments that owe it) and when it was met, if it was.
create view identification_recertification_clock as
    select cr.id as change_report_id, cr.operator_id, a.sector, o.region_code, cr.recertification_due,
           cr.status, i.decided_at as recertified_at
    from change_report cr
    join asset a on a.id = cr.asset_id
    join organization o on o.id = cr.operator_id
    left join identification i on i.id = cr.recertification_id;

-- Art. 45: an inspected operator reports that an inspecting body charged fees or required designated brands; MPS or
-- CAC, above the body, finds whether it did and orders it to correct and refund.
create table conduct_report (
    id              uuid          primary key,
    operator_id     uuid          not null references organization (id),
    body_id         uuid          not null references organization (id),
    kind            varchar(10)   not null check (kind in ('FEE', 'BRAND')),
    description     text          not null,
    amount          numeric(16,2),
    reported_at     timestamptz   not null,
    reported_by     varchar(100)  not null,
    status          varchar(20)   not null check (status in ('REPORTED', 'FOUNDED', 'UNFOUNDED')),
    decided_by_org  uuid          references organization (id),
    decided_by      varchar(100),
    decided_at      timestamptz,
    outcome         text,
    refund          numeric(16,2)
);
create index conduct_report_body on conduct_report (body_id, reported_at desc);
create index conduct_report_operator on conduct_report (operator_id, reported_at desc);

-- Art. 47: after a major or particularly major incident, MPS or CAC investigate whether it was a liability accident and
-- record the responsibilities found for the operator, service agencies and departments.
create table liability_investigation (
    id                  uuid          primary key,
    incident_id         uuid          not null unique references incident (id),
    operator_id         uuid          not null references organization (id),
    opened_by_org       uuid          not null references organization (id),
    opened_by           varchar(100)  not null,
    opened_at           timestamptz   not null,
    status              varchar(20)   not null check (status in ('OPEN', 'CONCLUDED')),
    liability_accident  boolean,
    conclusion          text,
    concluded_at        timestamptz,
    concluded_by        varchar(100)
);

create table liability_finding (
    investigation_id  uuid          not null references liability_investigation (id),
    seq               integer       not null,
    party_org_id      uuid          references organization (id),
    party_name        varchar(300)  not null,
    party_role        varchar(20)   not null check (party_role in ('OPERATOR', 'SERVICE_AGENCY', 'DEPARTMENT')),
    responsible       boolean       not null,
    finding           text          not null,
    primary key (investigation_id, seq)
);
