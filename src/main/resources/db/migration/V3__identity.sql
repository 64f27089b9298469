create table account (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id),
    username         varchar(64)  not null unique,
    display_name     varchar(200) not null,
    password_hash    varchar(255) not null,
    roles            varchar(30)[] not null,
    enabled          boolean      not null default true,
    failed_sign_ins  integer      not null default 0,
    locked_until     timestamptz,
    version          integer      not null default 0,
    created_at       timestamptz  not null
);
create index account_organization_idx on account (organization_id);

-- Personal API tokens: only the SHA-256 of the secret is stored.
create table api_token (
    id           uuid primary key,
    account_id   uuid         not null references account (id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_account_idx on api_token (account_id);
