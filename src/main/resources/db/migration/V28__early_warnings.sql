-- supervision (Art. 24): the software inventory of assets, and the early warnings of protection departments, CAC and
-- MPS matched against it.

-- An asset's components, as its operator's last SBOM or CSV upload (or hand edits since) lists them. A component is
-- found by its package URL (type, namespace, name) or its CPE 2.3 (vendor, product).
create table asset_component (
    id             bigint generated always as identity primary key,
    asset_id       uuid          not null references asset (id),
    operator_id    uuid          not null references organization (id),
    name           varchar(300)  not null,
    version        varchar(100),
    vendor         varchar(200),
    purl           varchar(1000),
    purl_type      varchar(50),
    purl_namespace varchar(300),
    purl_name      varchar(300),
    cpe            varchar(500),
    cpe_vendor     varchar(200),
    cpe_product    varchar(200),
    source         varchar(10)   not null check (source in ('CYCLONEDX', 'CSV', 'MANUAL')),
    location       varchar(300)
);
create index asset_component_asset_idx on asset_component (asset_id, id);
create index asset_component_purl_idx on asset_component (purl_type, purl_name) where purl_name is not null;
create index asset_component_cpe_idx on asset_component (cpe_vendor, cpe_product) where cpe_product is not null;

-- The deadlines a warning gives by default, per level: versioned reference data. No law or measure fixes them: they
-- are the platform's reading (confirmed false) until a department's rules do.
create table warning_deadline (
    level              varchar(10)  not null check (level in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    version            integer      not null,
    acknowledge_hours  integer      not null check (acknowledge_hours > 0),
    respond_days       integer      not null check (respond_days > 0),
    effective_from     date         not null,
    source             varchar(500) not null,
    confirmed          boolean      not null,
    primary key (level, version)
);
insert into warning_deadline (level, version, acknowledge_hours, respond_days, effective_from, source, confirmed) values
    ('RED',    1, 2,  3,  date '2021-09-01', 'CIIP default (Art. 24 sets no period; a department may override per warning)', false),
    ('ORANGE', 1, 8,  7,  date '2021-09-01', 'CIIP default (Art. 24 sets no period; a department may override per warning)', false),
    ('YELLOW', 1, 24, 15, date '2021-09-01', 'CIIP default (Art. 24 sets no period; a department may override per warning)', false),
    ('BLUE',   1, 72, 30, date '2021-09-01', 'CIIP default (Art. 24 sets no period; a department may override per warning)', false);

create table early_warning (
    id                  uuid          primary key,
    issuer_id           uuid          not null references organization (id),
    sectors             varchar(40)[] not null,
    province            varchar(2),
    level               varchar(10)   not null check (level in ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
    threat_type         varchar(40)   not null,
    title_zh            varchar(300),
    title_en            varchar(300),
    description_zh      text,
    description_en      text,
    identifiers         varchar(40)[] not null,
    actions             text          not null,
    acknowledge_due_at  timestamptz   not null,
    respond_due_at      timestamptz   not null,
    deadline_version    integer       not null,
    inform_unmatched    boolean       not null,
    issued_at           timestamptz   not null,
    issued_by           varchar(64)   not null,
    check (title_zh is not null or title_en is not null),
    check (respond_due_at >= acknowledge_due_at)
);
create index early_warning_issuer_idx on early_warning (issuer_id, issued_at desc);
create index early_warning_active_idx on early_warning (respond_due_at);

-- What a warning is about: a package URL's type, namespace and name, or a CPE's vendor and product, with the version
-- ranges ({"introduced", "fixed", "lastAffected"}) compared as the ecosystem orders versions.
create table warning_product (
    warning_id      uuid          not null references early_warning (id),
    seq             integer       not null,
    purl_type       varchar(50),
    purl_namespace  varchar(300),
    purl_name       varchar(300),
    cpe_vendor      varchar(200),
    cpe_product     varchar(200),
    ecosystem       varchar(10)   not null check (ecosystem in ('MAVEN', 'NPM', 'PYPI', 'GENERIC')),
    ranges          jsonb         not null,
    primary key (warning_id, seq),
    check ((purl_name is not null) <> (cpe_product is not null))
);

-- The operators a warning reached: matched (an asset's component is affected) or told for information; each with
-- its own clock to acknowledge (a match found after the issue gets the warning's period from then).
create table warning_recipient (
    warning_id          uuid         not null references early_warning (id),
    operator_id         uuid         not null references organization (id),
    matched             boolean      not null,
    status              varchar(20)  not null check (status in ('AWAITING', 'OVERDUE', 'ACKNOWLEDGED',
                                                                'ACKNOWLEDGED_LATE')),
    reached_at          timestamptz  not null,
    acknowledge_due_at  timestamptz  not null,
    acknowledged_at     timestamptz,
    acknowledged_by     varchar(64),
    response_overdue_at timestamptz,
    primary key (warning_id, operator_id)
);
create index warning_recipient_operator_idx on warning_recipient (operator_id, reached_at desc);
create index warning_recipient_due_idx on warning_recipient (acknowledge_due_at) where status = 'AWAITING';

create table warning_match (
    warning_id        uuid          not null references early_warning (id),
    component_id      bigint        not null,
    asset_id          uuid          not null references asset (id),
    operator_id       uuid          not null references organization (id),
    product_seq       integer       not null,
    component_name    varchar(300)  not null,
    component_version varchar(100),
    matched_at        timestamptz   not null,
    primary key (warning_id, component_id)
);
create index warning_match_asset_idx on warning_match (warning_id, operator_id, asset_id);

-- The operator's answer for a matched asset, as a VEX statement would put it; a later answer replaces it, and the
-- audit trail keeps each.
create table warning_response (
    warning_id    uuid          not null references early_warning (id),
    asset_id      uuid          not null references asset (id),
    operator_id   uuid          not null references organization (id),
    status        varchar(20)   not null check (status in ('NOT_AFFECTED', 'MITIGATED', 'FIXED', 'RISK_ACCEPTED')),
    justification varchar(2000),
    approved_by   varchar(100),
    evidence      varchar(2000),
    responded_at  timestamptz   not null,
    responded_by  varchar(64)   not null,
    primary key (warning_id, asset_id)
);
