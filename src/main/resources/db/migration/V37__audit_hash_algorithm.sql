-- The audit chain's hash function is chosen by the deployment (ciip.crypto.suite): SHA-256 or SM3 (Art. 50 para 2). The
-- sealer records it with each hash, so that a chain can switch at a known point; entries sealed before this migration
-- (null) were hashed with SHA-256.
alter table audit_entry add column hash_algorithm varchar(8) check (hash_algorithm in ('SHA-256', 'SM3'));

-- the seal now also sets the algorithm, once; nothing else changes
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.prev_hash is null and old.hash is null
            and old.hash_algorithm is null
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

create or replace function audit_entry_is_written_unsealed() returns trigger language plpgsql as $$
begin
    if new.seq is not null or new.prev_hash is not null or new.hash is not null or new.hash_algorithm is not null then
        raise exception 'audit entries are written unsealed: the sealer alone chains them'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
