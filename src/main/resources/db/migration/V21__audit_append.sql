-- Appending to the audit chain in one call: the lock, the head (read after the lock, with a snapshot of its own),
-- the hash and the insert. A writing transaction then holds the chain's lock for this one round trip and its commit,
-- which every writing transaction waits for. The hash follows the rule of docs/audit.md, as AuditChain computes it:
-- hex(SHA-256(UTF-8(prevHash + canonical))), where the caller gives the canonical form as the text before and after
-- the sequence number, which only the database knows here.
drop function audit_chain_head(bigint);

create function audit_append(p_lock bigint, p_occurred_at timestamptz, p_actor varchar, p_organization uuid,
                             p_action varchar, p_object_type varchar, p_object_id varchar, p_summary text,
                             p_purpose varchar, p_canonical_before text, p_canonical_after text)
    returns bigint language plpgsql volatile as $$
declare
    v_seq  bigint;
    v_prev char(64);
begin
    perform pg_advisory_xact_lock(p_lock);
    select e.seq, e.hash into v_seq, v_prev from audit_entry e order by e.seq desc limit 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev := coalesce(v_prev, repeat('0', 64));
    insert into audit_entry (seq, occurred_at, actor, actor_organization_id, action, object_type, object_id, summary,
                             purpose, prev_hash, hash)
    values (v_seq, p_occurred_at, p_actor, p_organization, p_action, p_object_type, p_object_id, p_summary, p_purpose,
            v_prev,
            encode(sha256(convert_to(v_prev || p_canonical_before || v_seq::text || p_canonical_after, 'UTF8')), 'hex'));
    return v_seq;
end
$$;
