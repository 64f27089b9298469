-- The audit trail as a Merkle tree (RFC 9162 section 2.1; docs/audit.md): leaf i is the hash of the entry of sequence
-- number i + 1. The hashes of the complete subtrees of 16 leaves and more are kept here, so that a proof at tens of
-- millions of entries reads a few dozen rows; smaller subtrees are computed from the entries. A tree per hash
-- algorithm: a deployment that switches to SM3 builds the SM3 tree from the first entry.
create table audit_tree_node (
    algorithm  varchar(8) not null check (algorithm in ('SHA-256', 'SM3')),
    level      smallint   not null check (level between 4 and 62),
    index      bigint     not null check (index >= 0),
    hash       bytea      not null check (octet_length(hash) = 32),
    primary key (algorithm, level, index)
);

-- The signed tree heads (RFC 9162 section 4.10): the size and root of the tree at a time, signed with the platform's
-- document key (SM2 or ECDSA P-256) over the TLS encoding of TreeHeadDataV2. A copy of each is also appended to a file
-- outside the database (ciip.audit.tree-heads-file), so that a rewrite of these rows is detected too.
create table audit_tree_head (
    algorithm            varchar(8)  not null check (algorithm in ('SHA-256', 'SM3')),
    tree_size            bigint      not null check (tree_size > 0),
    signed_at            timestamptz not null,
    root_hash            char(64)    not null,
    signature_algorithm  varchar(32) not null,
    key_id               varchar(64) not null,
    signature            text        not null,
    primary key (algorithm, tree_size)
);
create index audit_tree_head_signed_idx on audit_tree_head (signed_at);

create function audit_tree_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit tree is append-only: % refused on %', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_tree_node_append_only before update or delete on audit_tree_node
    for each row execute function audit_tree_is_append_only();
create trigger audit_tree_node_no_truncate before truncate on audit_tree_node
    for each statement execute function audit_tree_is_append_only();
create trigger audit_tree_head_append_only before update or delete on audit_tree_head
    for each row execute function audit_tree_is_append_only();
create trigger audit_tree_head_no_truncate before truncate on audit_tree_head
    for each statement execute function audit_tree_is_append_only();
