-- Art. 15(3): drills "regularly"; yearly unless the protection department sets another interval for an operator.
-- One row per operator, replaced when the department sets it again; the audit trail keeps each setting.
create table drill_interval (
    operator_id    uuid          primary key references organization (id),
    months         integer       not null check (months between 1 and 24),
    basis          varchar(1000) not null,
    set_by_org     uuid          not null references organization (id),
    set_by         varchar(64)   not null,
    set_at         timestamptz   not null
);
