-- Least privilege (docs/security.md): the application connects as the role ciip_app, which owns nothing and may not
-- create, alter or drop; migrations run as the owner of the schema. The embedded server creates the role before it
-- migrates; a deployment on its own PostgreSQL creates it first (create role ciip_app login password '...') and sets
-- spring.datasource.username to it and spring.flyway.user to the owner. Without the role, this migration does nothing.
do $$
begin
    if not exists (select from pg_roles where rolname = 'ciip_app') then
        raise notice 'no role ciip_app: the application keeps the privileges of the role it connects as';
        return;
    end if;
    grant usage on schema public to ciip_app;
    grant select, insert, update, delete on all tables in schema public to ciip_app;
    grant usage, select, update on all sequences in schema public to ciip_app;
    -- what later migrations create, the application may read and write as well, unless they revoke it
    alter default privileges in schema public grant select, insert, update, delete on tables to ciip_app;
    alter default privileges in schema public grant usage, select, update on sequences to ciip_app;
    revoke insert, update, delete, truncate on flyway_schema_history from ciip_app;

    -- the audit trail: entries are written unsealed and sealed once (the triggers check which columns change and how);
    -- nothing is updated otherwise or deleted, and the application cannot switch the triggers off, as it owns nothing
    revoke update, delete, truncate on audit_entry from ciip_app;
    grant update (seq, prev_hash, hash, hash_algorithm) on audit_entry to ciip_app;
    revoke update, delete, truncate on audit_tree_node, audit_tree_head, protected_read from ciip_app;
    -- the platform's own secrets are kept once, never replaced
    revoke update, delete, truncate on platform_secret from ciip_app;
    -- the database's system identifier names the copy of the signed tree heads outside it
    grant execute on function pg_control_system() to ciip_app;
end
$$;
