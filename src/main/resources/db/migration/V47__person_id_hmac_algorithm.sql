-- Identity numbers are keyed with HMAC-SM3 on the national suite and HMAC-SHA256 on the international one; the
-- algorithm is recorded when a deployment first keys a number, and kept. A deployment that keyed numbers before the
-- algorithm was recorded did so with HMAC-SHA256, and keeps it, so that the people it keyed still match.
insert into platform_secret (name, secret)
select 'person-id-hmac-algorithm', 'HMAC-SHA256'
where exists (select 1 from platform_secret where name = 'person-id-hmac-key')
   or exists (select 1 from sanction)
   or exists (select 1 from program_person)
   or exists (select 1 from testing_tester)
   or exists (select 1 from enforcement_case_person where id_hash is not null)
on conflict do nothing;
