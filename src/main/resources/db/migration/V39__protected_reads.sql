-- Purpose-bound access (Art. 30, 46): every read of an operator's protected records by another organization, with
-- its purpose. The audit trail holds each read as a chained entry (action PROTECTED_READ); this table indexes the same
-- reads for the operator's access page and for the oversight of reads without a case behind them.
create table protected_read (
    id                 bigint       generated always as identity primary key,
    read_at            timestamptz  not null,
    reader             varchar(100) not null,
    reader_org_id      uuid         not null references organization (id),
    operator_id        uuid         not null references organization (id),
    record_type        varchar(40)  not null,
    record_id          varchar(100) not null,
    what               varchar(300) not null,
    purpose_kind       varchar(20)  not null check (purpose_kind in ('CASE', 'INCIDENT', 'WARNING', 'INSPECTION',
                                                                      'IDENTIFICATION', 'ASSESSMENT', 'STATED')),
    purpose_ref        varchar(100),
    purpose_code       varchar(30),
    purpose_note       varchar(500)
);

create index protected_read_operator on protected_read (operator_id, read_at desc);
create index protected_read_stated on protected_read (reader_org_id, reader, read_at desc) where purpose_kind = 'STATED';

-- The application reads and appends; it never rewrites a read.
create or replace function protected_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'protected_read is append-only';
end $$;

create trigger protected_read_no_update before update or delete on protected_read
    for each row execute function protected_read_append_only();
