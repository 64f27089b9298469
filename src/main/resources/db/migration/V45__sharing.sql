-- sharing (Art. 23): threat, vulnerability and incident information shared as STIX 2.1 objects over TAXII 2.1, each
-- object marked with TLP 2.0 and read only by those its marking allows.

-- identity: the people of each organization, so that a TLP:RED object can name its recipients.
create view identity_person as
    select id, organization_id, username, display_name, enabled from account;

-- A collection (a TAXII collection) that CAC runs nationally or a protection department runs for a sector.
create table sharing_collection (
    id              uuid          primary key,
    run_by          uuid          not null references organization (id),
    sector          varchar(40),
    title           varchar(200)  not null,
    title_en        varchar(200)  not null,
    description     varchar(2000),
    objects_added   bigint        not null default 0,
    last_added      timestamptz   not null default '-infinity',
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null
);
create unique index sharing_collection_scope_idx on sharing_collection (run_by, coalesce(sector, ''));

-- Organizations admitted to a collection beyond those it reaches by its scope: MEMBER (the sharing group: reads up to
-- TLP:AMBER), PARTNER (the wider community: up to TLP:GREEN) or GUEST (TLP:CLEAR only).
create table sharing_membership (
    collection_id   uuid          not null references sharing_collection (id),
    organization_id uuid          not null references organization (id),
    tier            varchar(10)   not null check (tier in ('MEMBER', 'PARTNER', 'GUEST')),
    can_write       boolean       not null,
    admitted_at     timestamptz   not null,
    admitted_by     varchar(64)   not null,
    primary key (collection_id, organization_id)
);

-- Who reads each collection, and as what: its runner; for a sector, every organization of the sector as a member and
-- CAC and MPS as partners; nationally, every authority as a member and operators and service agencies as partners;
-- and every organization admitted.
create view sharing_reader as
    select c.id as collection_id, c.run_by as organization_id, 'MEMBER' as tier, true as can_write
    from sharing_collection c
    union all
    select c.id, o.id, 'MEMBER', true
    from sharing_collection c join registry_organization o on c.sector is not null and c.sector = any (o.sectors)
    union all
    select c.id, o.id, 'PARTNER', false
    from sharing_collection c join registry_organization o on c.sector is not null and o.kind in ('CAC', 'MPS')
    union all
    select c.id, o.id, case when o.kind in ('OPERATOR', 'SERVICE_AGENCY') then 'PARTNER' else 'MEMBER' end,
        o.kind not in ('OPERATOR', 'SERVICE_AGENCY')
    from sharing_collection c join registry_organization o on c.sector is null and o.kind in ('OPERATOR', 'SERVICE_AGENCY',
        'PROTECTION_DEPARTMENT', 'PUBLIC_SECURITY_ORGAN', 'MPS', 'CAC', 'PROVINCIAL_CAC', 'TELECOM_AUTHORITY',
        'STATE_SECURITY', 'SECRECY_ADMINISTRATION', 'CRYPTOGRAPHY_ADMINISTRATION')
    union all
    select m.collection_id, m.organization_id, m.tier, m.can_write from sharing_membership m;

-- Every version of every object added to a collection, in the order it was added (seq). A version is the object's
-- modified (else created, else its date added); a version once added is never overwritten.
create table sharing_object (
    seq                 bigint        generated always as identity,
    collection_id       uuid          not null references sharing_collection (id),
    stix_id             varchar(300)  not null,
    stix_type           varchar(250)  not null,
    version             timestamptz   not null,
    spec_version        varchar(10)   not null,
    date_added          timestamptz   not null,
    tlp                 varchar(20)   not null check (tlp in ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')),
    added_by_org        uuid          not null,
    added_by_account    uuid,
    recipient_orgs      uuid[]        not null default '{}',
    recipient_accounts  uuid[]        not null default '{}',
    latest              boolean       not null,
    first               boolean       not null,
    source_ref          varchar(300),
    target_ref          varchar(300),
    search              text          not null,
    body                jsonb         not null,
    primary key (collection_id, stix_id, version)
);
create unique index sharing_object_seq_idx on sharing_object (collection_id, seq);
create index sharing_object_type_idx on sharing_object (collection_id, stix_type, seq);
create index sharing_object_source_idx on sharing_object (collection_id, source_ref) where source_ref is not null;
create index sharing_object_target_idx on sharing_object (collection_id, target_ref) where target_ref is not null;

-- The status resource of each add (TAXII 2.1 part 4.3): what was accepted and what was refused, and why.
create table sharing_add_status (
    id              uuid          primary key,
    collection_id   uuid          not null references sharing_collection (id),
    organization_id uuid          not null,
    account_id      uuid,
    requested_at    timestamptz   not null,
    completed_at    timestamptz   not null,
    total_count     integer       not null,
    success_count   integer       not null,
    failure_count   integer       not null,
    successes       jsonb         not null,
    failures        jsonb         not null
);
create index sharing_add_status_org_idx on sharing_add_status (organization_id, requested_at desc);
