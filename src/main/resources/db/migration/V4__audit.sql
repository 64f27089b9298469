-- The audit trail (Art. 30): append-only and hash-chained. See docs/audit.md for the canonical form.
create table audit_entry (
    seq                   bigint       primary key,
    occurred_at           timestamptz  not null,
    actor                 varchar(64)  not null,
    actor_organization_id uuid,
    action                varchar(64)  not null,
    object_type           varchar(64)  not null,
    object_id             varchar(64),
    summary               text         not null,
    purpose               varchar(500),
    prev_hash             char(64)     not null,
    hash                  char(64)     not null
);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_org_idx on audit_entry (actor_organization_id, seq);
create index audit_entry_occurred_idx on audit_entry (occurred_at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused on audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
