-- Signed webhooks (Art. 18 notices to systems): an organization's HTTPS endpoints and each delivery with its outcome.
-- The signing secret is kept to sign deliveries (HMAC-SHA256) and shown to the organization once, at registration.
create table webhook_endpoint (
    id              uuid primary key,
    organization_id uuid          not null references organization (id),
    url             varchar(500)  not null,
    secret          varchar(100)  not null,
    active          boolean       not null,
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null
);
create index webhook_endpoint_org_idx on webhook_endpoint (organization_id) where active;

create table webhook_delivery (
    id               uuid primary key,
    endpoint_id      uuid         not null references webhook_endpoint (id),
    event_key        varchar(200) not null,
    kind             varchar(60)  not null,
    payload          text         not null,
    status           varchar(12)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null,
    next_attempt_at  timestamptz  not null,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz  not null,
    unique (endpoint_id, event_key)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
