-- Where notices to an account's organization are e-mailed, when SMTP is configured.
alter table account add column email varchar(254);
