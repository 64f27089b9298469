-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): an event published in
-- a transaction is stored with it, so that a listener that has not completed is retried, also after a crash.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Each organization's inbox. One notice per event and recipient: a redelivered event is never shown twice.
create table notification (
    id              uuid primary key,
    organization_id uuid         not null references organization (id),
    event_key       varchar(200) not null,
    kind            varchar(60)  not null,
    article         varchar(20),
    title_en        varchar(300) not null,
    title_zh        varchar(300) not null,
    body_en         text,
    body_zh         text,
    link            varchar(300),
    created_at      timestamptz  not null,
    read_at         timestamptz,
    read_by         varchar(64),
    unique (organization_id, event_key)
);
create index notification_inbox_idx on notification (organization_id, created_at desc);
create index notification_unread_idx on notification (organization_id) where read_at is null;
