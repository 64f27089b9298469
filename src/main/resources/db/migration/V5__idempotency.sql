-- Responses to creating requests sent with an Idempotency-Key, kept so that a retry gets the first answer.
create table idempotency_record (
    scope           varchar(120) not null,
    idempotency_key varchar(200) not null,
    request_hash    char(64)     not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
