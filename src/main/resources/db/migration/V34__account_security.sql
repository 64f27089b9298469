-- Accounts (issue 23, findings 3 and 7; issue 21, MFA): demo accounts are marked so that they work only while demo mode
-- is on; an administrator's reset makes the person choose a new password; a second factor (TOTP, RFC 6238).
alter table account add column demo boolean not null default false;
alter table account add column must_change_password boolean not null default false;
alter table account add column password_changed_at timestamptz;
-- the shared secret of the authenticator (base32), set at enrolment; enrolled_at is null while enrolment is pending
alter table account add column totp_secret varchar(64);
alter table account add column totp_enrolled_at timestamptz;

-- The accounts of a database seeded before demo accounts were marked: each demo user name in the demo organization that
-- the demo world gives it, so that an operator's own account of the same name is never taken for a demo account.
update account a set demo = true
from organization o,
     (values ('admin', 'CIIP Platform Operations Centre'), ('energy-dept', 'National Energy Administration'),
             ('finance-dept', 'People''s Bank of China'), ('mps', 'Ministry of Public Security'),
             ('cac', 'Cyberspace Administration of China'),
             ('miit', 'Ministry of Industry and Information Technology'),
             ('psb-beijing', 'Beijing Municipal Public Security Bureau'),
             ('grid-officer', 'North China Demo Power Grid Co., Ltd.'),
             ('grid-staff', 'North China Demo Power Grid Co., Ltd.'),
             ('bank-officer', 'Demo Commercial Bank Co., Ltd.'),
             ('rail-officer', 'Beijing-Shanghai Demo Railway Co., Ltd.'),
             ('agency', 'Demo Cybersecurity Assessment Centre'),
             ('supplier', 'Demo Information Technology Co., Ltd.')) as seeded (username, organization)
where a.organization_id = o.id and a.username = seeded.username and o.name_en = seeded.organization;

-- A time step's code is accepted once per account (RFC 6238, 5.2); rows older than the accepted window are pruned.
create table account_totp_use (
    account_id uuid        not null references account (id),
    step       bigint      not null,
    used_at    timestamptz not null,
    primary key (account_id, step)
);

-- Recovery codes: only their SHA-256 is kept; each works once.
create table account_recovery_code (
    account_id uuid        not null references account (id),
    code_hash  char(64)    not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
