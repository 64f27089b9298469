create table organization (
    id                    uuid primary key,
    kind                  varchar(40)  not null check (kind in ('OPERATOR', 'PROTECTION_DEPARTMENT', 'PUBLIC_SECURITY_ORGAN',
                              'MPS', 'CAC', 'PROVINCIAL_CAC', 'TELECOM_AUTHORITY', 'SERVICE_AGENCY', 'SUPPLIER', 'PLATFORM_ADMIN')),
    name                  varchar(200) not null,
    name_en               varchar(200),
    credit_code           char(18)     not null unique,
    region_code           char(6)      not null,
    -- A protection department limited to one province: its two-digit province code. Null: national scope.
    jurisdiction_province char(2),
    sectors               varchar(40)[] not null default '{}',
    version               integer      not null default 0,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);
create index organization_kind_idx on organization (kind);
create index organization_sectors_idx on organization using gin (sectors);
create index organization_name_idx on organization (lower(name));

create table asset (
    id            uuid primary key,
    operator_id   uuid         not null references organization (id),
    name          varchar(200) not null,
    kind          varchar(30)  not null check (kind in ('NETWORK_FACILITY', 'INFORMATION_SYSTEM')),
    sector        varchar(40)  not null references sector (code),
    mlps_level    smallint     not null check (mlps_level between 1 and 5),
    core_business varchar(500) not null,
    cii_status    varchar(20)  not null default 'CANDIDATE' check (cii_status in ('CANDIDATE', 'CII', 'NOT_CII', 'DECOMMISSIONED')),
    version       integer      not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create unique index asset_operator_name_uq on asset (operator_id, lower(name));
create index asset_sector_status_idx on asset (sector, cii_status);
create index asset_name_idx on asset (lower(name) varchar_pattern_ops);
