-- The login history of each account (issue 21, hardening; issue 23, finding 8): every sign-in step of a known account,
-- with the address it came from, the factor and the outcome. Attempts on unknown user names are not kept.
create table sign_in (
    id          bigint generated always as identity primary key,
    account_id  uuid         not null references account (id),
    occurred_at timestamptz  not null,
    address     varchar(64),
    channel     varchar(8)   not null check (channel in ('WEB', 'API')),
    factor      varchar(16)  not null check (factor in ('PASSWORD', 'TOTP', 'RECOVERY_CODE')),
    outcome     varchar(16)  not null check (outcome in ('SUCCEEDED', 'WRONG_PASSWORD', 'WRONG_CODE', 'MISSING_CODE',
                                                         'LOCKED', 'DISABLED'))
);
create index sign_in_account_idx on sign_in (account_id, occurred_at desc);
