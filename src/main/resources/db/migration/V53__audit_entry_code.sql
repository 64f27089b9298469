-- Each audit entry carries the authentication code CIIP computed when it wrote it: the HMAC of its content under a key
-- kept outside the database (org.ciip.audit.chain.EntryAuthentication, docs/audit.md). A row inserted by someone with
-- the database's password but not the key fails its code at the next verification, even once sealed and signed into
-- a tree head. Entries written before this carry none.
alter table audit_entry add column entry_code varchar(80);

-- the seal sets seq, prev_hash, hash and the algorithm, once; the content and its code never change
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seq is null and old.prev_hash is null and old.hash is null
            and old.hash_algorithm is null
            and new.seq is not null and new.prev_hash is not null and new.hash is not null
            and (new.id, new.occurred_at, new.actor, new.actor_organization_id, new.action, new.object_type,
                 new.object_id, new.summary, new.purpose, new.entry_code)
                is not distinct from
                (old.id, old.occurred_at, old.actor, old.actor_organization_id, old.action, old.object_type,
                 old.object_id, old.summary, old.purpose, old.entry_code) then
        return new;
    end if;
    raise exception 'audit entries are append-only: % refused on audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
