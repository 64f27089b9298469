-- supervision (Art. 29): a protection department asks CAC, the telecom authority or MPS for technical support on an
-- incident, a threat report or a warning; the addressee accepts and assigns it, both write in its thread, and the
-- addressee closes it with the outcome.
create table support_request (
    id            uuid          primary key,
    requester_id  uuid          not null references organization (id),
    addressee_id  uuid          not null references organization (id),
    subject_kind  varchar(10)   not null check (subject_kind in ('INCIDENT', 'THREAT', 'WARNING', 'OTHER')),
    subject_id    uuid,
    title         varchar(300)  not null,
    description   text          not null,
    status        varchar(10)   not null check (status in ('REQUESTED', 'ACCEPTED', 'CLOSED')),
    requested_at  timestamptz   not null,
    requested_by  varchar(64)   not null,
    assignee      varchar(100),
    accepted_at   timestamptz,
    outcome       text,
    closed_at     timestamptz,
    check ((subject_kind = 'OTHER') = (subject_id is null))
);
create index support_request_requester_idx on support_request (requester_id, requested_at desc);
create index support_request_addressee_idx on support_request (addressee_id, requested_at desc);

create table support_message (
    request_id       uuid          not null references support_request (id),
    seq              integer       not null,
    organization_id  uuid          not null references organization (id),
    author           varchar(64)   not null,
    body             text          not null,
    written_at       timestamptz   not null,
    primary key (request_id, seq)
);
