-- Single sign-on: the identity provider's groups mapped to CIIP roles by the platform administrator (issue 21). A
-- person the issuer signs in, linked to a CIIP account, gains the roles mapped from their groups in their own
-- organization, for that sign-in only: leaving the group at the issuer takes the role away at the next sign-in. Only
-- roles that do not approve (STAFF, VIEWER) can be mapped: an approving role is given in CIIP, with the organization
-- confirming it (DESIGN.md §3).
create table sso_group_role (
    id              uuid primary key,
    group_name      varchar(200) not null check (length(group_name) between 1 and 200),
    organization_id uuid         not null references organization (id),
    role            varchar(30)  not null check (role in ('STAFF', 'VIEWER')),
    mapped_by       varchar(64)  not null,
    mapped_at       timestamptz  not null,
    unique (group_name, organization_id, role)
);

create index sso_group_role_organization on sso_group_role (organization_id);
