-- Issue 23, item 2 (DESIGN.md §3): who confirms an account the platform administrator proposes. Its own organization's
-- principal or security officer where it has one; otherwise the authority above it (the protection department of an
-- operator's sector, Art. 8; MPS for the other parties, Art. 3; CAC and MPS for each other). The administrator's
-- reset of a password or second factor is proposed again the same way, so that it cannot take an account over.
alter table account add column confirming_organization_id uuid;
alter table account add column proposal varchar(8) not null default 'NEW' check (proposal in ('NEW', 'RESET'));
update account set confirming_organization_id = organization_id where confirmation = 'PROPOSED';
drop index if exists account_proposed_idx;
create index account_proposed_idx on account (confirming_organization_id) where confirmation = 'PROPOSED';
