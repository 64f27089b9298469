-- A national-scale dataset for benchmarks (CIIP issue 6): operators across every sector and province with assets,
-- identifications, security programs, assessments with findings, purchases, change reports and incidents.
-- Run by org.ciip.demo.NationalDataset with ${operators}, ${assetsPerOperator}, ${findings} and ${incidents}
-- substituted. Deterministic for a given seed; bypasses the services (and so the audit trail) on purpose.
-- Statements are separated by lines holding only "-- ;".
select setseed(0.42)
-- ;
create temp table gen_region on commit drop as
select row_number() over () as rn, r as region from unnest(array['110105','120101','130102','140105','150102',
  '210102','220102','230102','310101','320102','330102','340102','350102','360102','370102','410102','420102',
  '430102','440103','450102','460105','500101','510104','520102','530102','540102','610102','620102','630102',
  '640104','650102']) r
-- ;
create temp table gen_sector on commit drop as
select row_number() over (order by code) as rn, code from sector
-- ;
-- A protection department and an active identification rule for each sector that has none.
insert into organization (id, kind, name, name_en, credit_code, region_code, sectors, version, created_at, updated_at)
select gen_random_uuid(), 'PROTECTION_DEPARTMENT', '样本保护工作部门 ' || s.code, 'Sample protection department ' || s.code,
  'ZZD' || lpad(s.rn::text, 15, '0'), '110102', array[s.code], 0, now(), now()
from gen_sector s
where not exists (select 1 from organization o where o.kind = 'PROTECTION_DEPARTMENT' and s.code = any(o.sectors))
-- ;
create temp table gen_rule on commit drop as
select s.code as sector, coalesce(existing.department_id, d.id) as department_id,
  coalesce(existing.id, gen_random_uuid()) as id, existing.id is null as generated
from gen_sector s
cross join lateral (select o.id from organization o where o.kind = 'PROTECTION_DEPARTMENT' and s.code = any(o.sectors)
  order by o.created_at limit 1) d
left join lateral (select r.id, r.department_id from identification_rule r where r.sector = s.code
  and r.status = 'ACTIVE' order by r.created_at limit 1) existing on true
-- ;
insert into identification_rule (id, series_id, version, department_id, sector, name, name_en, definition, status,
  filed_at, mps_record_date, mps_record_number, activated_at, created_at, created_by)
select r.id, gen_random_uuid(), 1, r.department_id, r.sector, '样本认定规则 ' || r.sector, 'Sample rule ' || r.sector,
  '{"levels": [], "factors": [], "method": "ANY_FACTOR_HIGHEST"}'::jsonb, 'ACTIVE', now(), current_date,
  'SAMPLE-' || r.sector, now(), now(), 'generator'
from gen_rule r where r.generated
-- ;
insert into organization (id, kind, name, name_en, credit_code, region_code, sectors, version, created_at, updated_at)
values (gen_random_uuid(), 'SUPPLIER', '样本供应商', 'Sample supplier', 'ZZS000000000000001', '110108', '{}', 0, now(), now())
-- ;
create temp table gen_op on commit drop as
select gen_random_uuid() as id, n,
  (select region from gen_region where rn = 1 + (n * 7919) % 31) as region,
  (select code from gen_sector where rn = 1 + (n * 104729) % (select count(*) from gen_sector)) as sector,
  random() as diligence
from generate_series(1, ${operators}) n
-- ;
insert into organization (id, kind, name, name_en, credit_code, region_code, sectors, version, created_at, updated_at)
select id, 'OPERATOR', '全国样本运营者 ' || n, 'National sample operator ' || n, 'ZZO' || lpad(n::text, 15, '0'),
  region, array[sector], 0, now(), now()
from gen_op
-- ;
create temp table gen_asset on commit drop as
select gen_random_uuid() as id, o.id as operator_id, o.sector, o.n, k, o.diligence, random() < 0.3 as cii,
  now() - make_interval(days => (random() * 900)::int) as identified_at
from gen_op o cross join generate_series(1, ${assetsPerOperator}) k
-- ;
insert into asset (id, operator_id, name, kind, sector, mlps_level, core_business, cii_status, version, created_at, updated_at)
select id, operator_id, '样本系统 ' || n || '-' || k, case when k % 4 = 0 then 'NETWORK_FACILITY' else 'INFORMATION_SYSTEM' end,
  sector, 2 + k % 3, 'Sample core business', case when cii then 'CII' else 'CANDIDATE' end, 0, now(), now()
from gen_asset
-- ;
insert into identification (id, kind, asset_id, operator_id, department_id, rule_id, ratings, justifications,
  recommendation, decision, decided_at, decided_by)
select gen_random_uuid(), 'IDENTIFICATION', a.id, a.operator_id, r.department_id, r.id, '{}'::jsonb, '{}'::jsonb,
  'CII', 'CII', a.identified_at, 'generator'
from gen_asset a join gen_rule r on r.sector = a.sector where a.cii
-- ;
-- Security programs: the more diligent an operator, the more of its records exist.
insert into security_institution (operator_id, name, established_on, head_name, reports_to, members, version, updated_at, updated_by)
select id, '网络安全管理部', current_date - 1500, '负责人' || n, 'The principal', '负责人' || n || ', 成员', 1, now(), 'generator'
from gen_op where diligence > 0.15
-- ;
insert into key_position (id, operator_id, title, identified_on, created_at, created_by)
select gen_random_uuid(), o.id, t, current_date - 900, now() - interval '900 days', 'generator'
from gen_op o cross join unnest(array['Security operations lead', 'Network administrator']) t where o.diligence > 0.2
-- ;
insert into program_person (id, operator_id, name, id_hash, id_last4, position, created_at)
select gen_random_uuid(), o.id, p.name, md5(o.id::text || p.name) || md5(p.name || o.id::text), '0000', p.position, now()
from gen_op o cross join lateral (values ('负责人' || o.n, 'Head of the security management institution'),
  ('运维' || o.n, 'Security operations lead'), ('网管' || o.n, 'Network administrator')) p(name, position)
where o.diligence > 0.25
-- ;
insert into background_review (id, operator_id, person_id, position, status, requested_at, requested_by, reviewed_on,
  reviewer, decided_by)
select gen_random_uuid(), p.operator_id, p.id, p.position, 'APPROVED', now() - interval '800 days', 'generator',
  current_date - 800, 'HR', 'generator'
from program_person p join gen_op o on o.id = p.operator_id
-- ;
insert into security_decision (id, operator_id, decided_on, subject, participant, recorded_at, recorded_by)
select gen_random_uuid(), o.id, current_date - (random() * 300)::int, 'Sample decision ' || k,
  case when random() < 0.1 then null else '负责人' || o.n end, now() - interval '300 days', 'generator'
from gen_op o cross join generate_series(1, 2) k
-- ;
insert into program_document (id, operator_id, kind, title, review_due, approved_on, approved_by, created_at, created_by)
select gen_random_uuid(), o.id, k, k || ' v1', current_date + (random() * 400)::int - 30, current_date - 400, 'generator',
  now() - interval '400 days', 'generator'
from gen_op o cross join unnest(array['PROTECTION_SYSTEM', 'RESPONSIBILITY_SYSTEM', 'SECURITY_PLAN', 'EMERGENCY_PLAN',
  'DATA_PROTECTION_SYSTEM', 'SERVICE_SECURITY_MANAGEMENT']) k
where o.diligence > 0.3
-- ;
insert into program_activity (id, operator_id, kind, held_on, title, participants, recorded_at, recorded_by)
select gen_random_uuid(), o.id, k, current_date - (random() * 450)::int, 'Sample ' || k, 'Security office',
  now() - interval '450 days', 'generator'
from gen_op o cross join unnest(array['DRILL', 'TRAINING']) k where o.diligence > 0.3
-- ;
insert into asset_measure (id, operator_id, asset_id, stage, measures, signed_off_on, signed_off_by, recorded_at, recorded_by)
select gen_random_uuid(), a.operator_id, a.id, 'USE', 'MLPS controls', current_date - 600, 'Security officer',
  now() - interval '600 days', 'generator'
from gen_asset a where a.cii and a.diligence > 0.15
-- ;
-- Assessments: most CII assets have an accepted one; the findings are spread over them.
create temp table gen_assessment on commit drop as
select row_number() over () as rn, gen_random_uuid() as id, a.id as asset_id, a.operator_id,
  current_date - (random() * 420)::int as ended_on
from gen_asset a where a.cii and random() < 0.8
-- ;
insert into assessment (id, operator_id, asset_id, year, performer, scope, started_on, ended_on, status, submitted_at,
  decided_at, decided_on, created_at, created_by)
select id, operator_id, asset_id, extract(year from ended_on)::int, 'SELF', 'Whole system', ended_on - 10, ended_on,
  'ACCEPTED', (ended_on + 2)::timestamptz, (ended_on + 10)::timestamptz, ended_on + 10, (ended_on - 10)::timestamptz,
  'generator'
from gen_assessment
-- ;
insert into assessment_finding (id, assessment_id, title, severity, owner, due_on, status, rectified_on, created_at)
select gen_random_uuid(), s.id, 'Sample finding ' || f,
  (array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + f % 4], 'Owner', s.ended_on + 30 + (f % 150),
  case when random() < 0.85 then 'RECTIFIED' else 'OPEN' end, s.ended_on + 20 + (f % 100), (s.ended_on)::timestamptz
from generate_series(1, ${findings}) f
join gen_assessment s on s.rn = 1 + f % (select count(*) from gen_assessment)
order by s.rn
-- ;
update assessment_finding set rectified_on = null where status = 'OPEN' and title like 'Sample finding %'
-- ;
-- Purchases, most with an agreement; a few that may affect national security.
create temp table gen_purchase on commit drop as
select gen_random_uuid() as id, o.id as operator_id, o.diligence, random() < 0.1 as affects,
  current_date - (random() * 500)::int as purchased_on
from gen_op o cross join generate_series(1, 3) k
-- ;
insert into purchase (id, operator_id, supplier_id, item, amount_cny, purchased_on, may_affect_national_security,
  justification, review_status, review_passed_on, in_use_since, created_at, created_by)
select p.id, p.operator_id, (select id from organization where credit_code = 'ZZS000000000000001'), 'Sample product',
  (10000 + random() * 5000000)::numeric(16, 2), p.purchased_on, p.affects, 'Sample justification',
  case when not p.affects then 'NOT_REQUIRED' when p.diligence > 0.2 then 'PASSED' else 'REQUIRED' end,
  case when p.affects and p.diligence > 0.2 then p.purchased_on + 20 end, p.purchased_on + 30,
  p.purchased_on::timestamptz, 'generator'
from gen_purchase p
-- ;
insert into supplier_agreement (id, purchase_id, operator_id, supplier_id, signed_on, obligations, expires_on, created_at, created_by)
select gen_random_uuid(), p.id, p.operator_id, (select id from organization where credit_code = 'ZZS000000000000001'),
  p.purchased_on, 'Confidentiality', p.purchased_on + 1095, p.purchased_on::timestamptz, 'generator'
from gen_purchase p where p.diligence > 0.1
-- ;
insert into change_report (id, asset_id, operator_id, what_changed, changed_on, why_it_may_affect, received_at,
  recertification_due, due_calendar_complete, status, reported_by)
select gen_random_uuid(), a.id, a.operator_id, 'Sample change', current_date - 100 - (random() * 60)::int, 'Sample reason',
  now() - interval '100 days', current_date - 10, true, 'OPEN', 'generator'
from gen_asset a where a.cii and random() < 0.05
-- ;
insert into corporate_change (id, operator_id, kind, description, effective_on, disposal_plan, reported_at, reported_by,
  requirements, requirements_due, requirements_set_at, requirements_set_by, status)
select gen_random_uuid(), o.id, 'MERGER', 'Sample merger', current_date - 120, 'Sample plan', now() - interval '110 days',
  'generator', 'Sample requirements', current_date + (random() * 60)::int - 30, now() - interval '100 days', 'generator',
  'REQUIREMENTS_SET'
from gen_op o where random() < 0.01
-- ;
-- Incidents on CII assets: four in ten relatively major or above, with their two report clocks, some late.
create temp table gen_cii on commit drop as
select row_number() over () as rn, id, operator_id, sector from gen_asset where cii
-- ;
create temp table gen_incident on commit drop as
select gen_random_uuid() as id, a.id as asset_id, a.operator_id, r.department_id,
  now() - make_interval(mins => (random() * 1000000)::int) as discovered_at,
  (array['GENERAL', 'GENERAL', 'GENERAL', 'RELATIVELY_MAJOR', 'RELATIVELY_MAJOR', 'RELATIVELY_MAJOR', 'MAJOR'])[1 + i % 7]
    as grade,
  (random() * 100)::int as delay_minutes
from generate_series(1, ${incidents}) i
join gen_cii a on a.rn = 1 + (i * 7919) % (select count(*) from gen_cii)
join gen_rule r on r.sector = a.sector
-- ;
insert into incident (id, operator_id, operator_class, rule_set_id, discovered_at, reported_at, category, summary,
  computed_grade, grade, grade_below_computed, status, closed_at, versions, reported_by)
select id, operator_id, 'CII_OPERATOR', '5e7a0000-0000-4000-8000-000000002025', discovered_at,
  discovered_at + make_interval(mins => delay_minutes), 'MP', 'Sample incident', grade, grade, false, 'CLOSED',
  discovered_at + interval '10 days', 1, 'generator'
from gen_incident
-- ;
insert into incident_asset (incident_id, asset_id) select id, asset_id from gen_incident
-- ;
insert into incident_version (incident_id, seq, kind, submitted_at, submitted_by, content, sha256)
select id, 1, 'INITIAL', discovered_at + make_interval(mins => delay_minutes), 'generator', '{}',
  '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
from gen_incident
-- ;
insert into incident_recipient (incident_id, organization_id, role, received_at)
select id, department_id, 'RECIPIENT', discovered_at + make_interval(mins => delay_minutes) from gen_incident
-- ;
insert into incident_obligation (id, incident_id, kind, obliged_org, recipient_org, recipient_kind, due_at, met_at, status, article)
select gen_random_uuid(), i.id, k.kind, i.operator_id, case when k.kind = 'REPORT_TO_PROTECTION_DEPARTMENT' then i.department_id end,
  k.recipient, i.discovered_at + interval '1 hour', i.discovered_at + make_interval(mins => i.delay_minutes),
  case when i.delay_minutes > 60 then 'LATE' else 'MET' end, 'Measures 4; Decree 745 Art. 18'
from gen_incident i cross join (values ('REPORT_TO_PROTECTION_DEPARTMENT', 'PROTECTION_DEPARTMENT'),
  ('REPORT_TO_PUBLIC_SECURITY', 'PUBLIC_SECURITY_ORGAN')) k(kind, recipient)
where i.grade <> 'GENERAL'
-- ;
-- Software inventories (issue 16): ${componentsPerAsset} components on every asset, drawn from 2,000 sample Maven
-- libraries (org.sample.g<0-99>:lib-<0-1999>) at versions 1.0.0 to 1.9.9, so that a warning for one library finds it on
-- about 2.5% of the assets; every tenth component is an npm package instead, and every asset also lists its
-- operating system by CPE.
insert into asset_component (asset_id, operator_id, name, version, vendor, purl, purl_type, purl_namespace, purl_name,
  cpe, cpe_vendor, cpe_product, source, location)
select a.id, a.operator_id, c.name, c.version, null,
  case when c.npm then 'pkg:npm/' || c.name || '@' || c.version
       else 'pkg:maven/org.sample.g' || (c.lib % 100) || '/' || c.name || '@' || c.version end,
  case when c.npm then 'npm' else 'maven' end, case when c.npm then null else 'org.sample.g' || (c.lib % 100) end,
  c.name, null, null, null, 'CYCLONEDX', '/components/' || (c.k - 1)
from gen_asset a
cross join lateral (
  select k, lib, k % 10 = 0 as npm, 'lib-' || lib as name,
    '1.' || (lib * 7 + k + a.n) % 10 || '.' || (lib + a.k * 3 + a.n) % 10 as version
  from (select k, (abs(hashtext(a.id::text || k)) % 2000) as lib from generate_series(1, ${componentsPerAsset}) k) drawn
) c
-- ;
insert into asset_component (asset_id, operator_id, name, version, cpe, cpe_vendor, cpe_product, source, location)
select id, operator_id, 'linux_kernel', '5.' || (n % 20) || '.0',
  'cpe:2.3:o:linux:linux_kernel:5.' || (n % 20) || '.0:*:*:*:*:*:*:*', 'linux', 'linux_kernel', 'CYCLONEDX',
  '/components/' || ${componentsPerAsset}
from gen_asset
