-- DESIGN.md §3 (issue 23, finding 2): the platform administrator proposes accounts; the organization's principal or
-- security officer confirms them. A proposed or rejected account cannot sign in.
alter table account add column confirmation varchar(12) not null default 'CONFIRMED'
    check (confirmation in ('PROPOSED', 'CONFIRMED', 'REJECTED'));
alter table account add column proposed_by varchar(64);
alter table account add column decided_by varchar(64);
alter table account add column decided_at timestamptz;
alter table account add column rejection_reason varchar(500);
create index account_proposed_idx on account (organization_id) where confirmation = 'PROPOSED';
