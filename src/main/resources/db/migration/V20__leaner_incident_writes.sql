-- Each incident report writes 2-5 obligations; each index on them is maintained on every write. One index on
-- (obliged_org, due_at) that carries what the compliance engine reads serves both the engine (index-only, with the
-- look-back on due_at now a range of the index) and the obligations of an organization by due instant, replacing
-- the two indexes V15 and V16 made for these.
drop index incident_obligation_obliged_idx;
drop index incident_obligation_compliance_idx;
create index incident_obligation_obliged_idx on incident_obligation (obliged_org, due_at)
    include (kind, met_at, incident_id);

-- The audit chain's lock and its head in one call: the lock is taken first, then the head is read with a snapshot
-- of its own (PL/pgSQL takes one per statement under READ COMMITTED), so it sees every entry committed by the
-- transactions that held the lock before.
create function audit_chain_head(chain_lock bigint) returns table (seq bigint, hash char(64))
    language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock(chain_lock);
    return query select e.seq, e.hash from audit_entry e order by e.seq desc limit 1;
end
$$;
