-- Passkeys (WebAuthn Level 3), kept by Spring Security's JDBC repositories in the tables they name: the person's
-- WebAuthn user handle (user_entities, one per account, by user name) and each registered credential
-- (user_credentials: the public key, its signature counter, flags and a label the person gave it). Only public keys
-- are kept; the private key never leaves the person's authenticator. An account removed takes its passkeys with it.
create table user_entities (
    id           varchar(1000) primary key,
    name         varchar(64)   not null unique references account (username) on delete cascade,
    display_name varchar(200)
);

create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamptz   not null,
    last_used                    timestamptz   not null,
    label                        varchar(1000) not null check (length(label) between 1 and 100)
);

create index user_credentials_user on user_credentials (user_entity_user_id);

alter table sign_in drop constraint if exists sign_in_factor_check;
alter table sign_in add constraint sign_in_factor_check
    check (factor in ('PASSWORD', 'TOTP', 'RECOVERY_CODE', 'PASSKEY'));
