-- Sealing the audit trail (docs/audit.md). A change's transaction writes its entries unsealed: with their content and
-- an id from a sequence, without a place in the chain. The sealer (AuditSealer) then chains the committed entries in
-- id order, under the chain's lock, by writing each one's seq, prev_hash and hash exactly once. Writing transactions
-- no longer queue behind one lock until their commit.
--
-- Existing entries keep their place: their id is their seq.
alter table audit_entry add column id bigint;
alter table audit_entry disable trigger audit_entry_no_update_or_delete;
update audit_entry set id = seq;
alter table audit_entry enable trigger audit_entry_no_update_or_delete;

create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);
alter table audit_entry alter column id set default nextval('audit_entry_id_seq'),
                        alter column id set not null;

alter table audit_entry drop constraint audit_entry_pkey;
alter table audit_entry add constraint audit_entry_pkey primary key (id);
alter table audit_entry alter column seq drop not null,
                        alter column prev_hash drop not null,
                        alter column hash drop not null;
create unique index audit_entry_seq_idx on audit_entry (seq);
-- what the sealer reads: the entries not chained yet, in id order (small: only the last moments' entries)
create index audit_entry_unsealed_idx on audit_entry (id) where seq is null;
-- the trail is browsed newest first by id, sealed or not
drop index audit_entry_actor_org_idx;
create index audit_entry_actor_org_idx on audit_entry (actor_organization_id, id);

-- An entry is sealed or unsealed; sealed entries and the content of unsealed ones never change. The one update the
-- table accepts is the seal: seq, prev_hash and hash set, once, on an unsealed entry, nothing else touched.
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.prev_hash is null and old.hash is null
            and new.seq is not null and new.prev_hash is not null and new.hash is not null
            and (new.id, new.occurred_at, new.actor, new.actor_organization_id, new.action, new.object_type,
                 new.object_id, new.summary, new.purpose)
                is not distinct from
                (old.id, old.occurred_at, old.actor, old.actor_organization_id, old.action, old.object_type,
                 old.object_id, old.summary, old.purpose) then
        return new;
    end if;
    raise exception 'audit entries are append-only: % refused on audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- an entry is written unsealed: only the sealer chains it
create function audit_entry_is_written_unsealed() returns trigger language plpgsql as $$
begin
    if new.seq is not null or new.prev_hash is not null or new.hash is not null then
        raise exception 'audit entries are written unsealed: the sealer alone chains them'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger audit_entry_written_unsealed
    before insert on audit_entry
    for each row execute function audit_entry_is_written_unsealed();

drop function audit_append(bigint, timestamptz, varchar, uuid, varchar, varchar, varchar, text, varchar, text, text);
