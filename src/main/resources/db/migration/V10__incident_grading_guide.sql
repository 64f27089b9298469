-- The grading guide of the National Cybersecurity Incident Reporting Measures (CAC, issued 2025-09-11, in force
-- 2025-11-01), annex. Thresholds are inclusive ("or above"). Values not confirmed from the final text are marked
-- confirmed = false and may be corrected by an administrator in a new version of the guide.
create table incident_grading_guide (
    id             uuid primary key,
    version        varchar(40)  not null unique,
    source         varchar(500) not null,
    effective_from date         not null,
    created_at     timestamptz  not null,
    created_by     varchar(64)  not null
);

create table incident_grading_threshold (
    guide_id  uuid          not null references incident_grading_guide (id),
    criterion varchar(60)   not null,
    grade     varchar(30)   not null check (grade in ('PARTICULARLY_MAJOR', 'MAJOR', 'RELATIVELY_MAJOR')),
    value     numeric(20, 2) not null,
    confirmed boolean       not null,
    note      varchar(500),
    primary key (guide_id, criterion, grade)
);

insert into incident_grading_guide (id, version, source, effective_from, created_at, created_by) values
 ('8a3c1f60-0000-4000-8000-000000002025', 'CN-2025-11',
  'National Cybersecurity Incident Reporting Measures (国家网络安全事件报告管理办法), CAC, issued 2025-09-11, annex: grading guide',
  date '2025-11-01', timestamp with time zone '2025-11-01 00:00:00+08', 'migration');

insert into incident_grading_threshold (guide_id, criterion, grade, value, confirmed, note) values
 ('8a3c1f60-0000-4000-8000-000000002025', 'personalInfoRecordsLeaked', 'PARTICULARLY_MAJOR', 100000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'personalInfoRecordsLeaked', 'MAJOR',              10000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'personalInfoRecordsLeaked', 'RELATIVELY_MAJOR',    1000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'directEconomicLossCny', 'PARTICULARLY_MAJOR', 100000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'directEconomicLossCny', 'MAJOR',              20000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'directEconomicLossCny', 'RELATIVELY_MAJOR',    5000000, true, null),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiOverallInterruptionMinutes', 'PARTICULARLY_MAJOR', 360, true, '6 hours'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiOverallInterruptionMinutes', 'MAJOR', 120, false,
  '2 hours in the 2023 draft; not confirmed from the final text'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiOverallInterruptionMinutes', 'RELATIVELY_MAJOR', 30, false,
  '30 minutes in the 2023 draft (one summary of the final text gives 10 minutes); not confirmed'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiMainFunctionInterruptionMinutes', 'PARTICULARLY_MAJOR', 1440, true, '24 hours'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiMainFunctionInterruptionMinutes', 'MAJOR', 360, false,
  '6 hours in the 2023 draft; not confirmed from the final text'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'ciiMainFunctionInterruptionMinutes', 'RELATIVELY_MAJOR', 120, false,
  '2 hours in the 2023 draft (one summary of the final text gives 30 minutes); not confirmed'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'peopleAffected', 'PARTICULARLY_MAJOR', 10000000, true,
  'people whose water, power, gas, oil, heating, transport, medical care or shopping is affected; lower tiers not confirmed'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'provincePopulationAffectedPercent', 'PARTICULARLY_MAJOR', 50, true,
  'of the population of one or more provinces; lower tiers not confirmed'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'portalUnreachableMinutes', 'PARTICULARLY_MAJOR', 1440, true,
  'portal of a provincial-level Party or government organ, or a central key news site; lower tiers not confirmed'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'importantDataThreat', 'PARTICULARLY_MAJOR', 3, true, 'ESPECIALLY_SERIOUS'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'importantDataThreat', 'MAJOR', 2, true, 'SERIOUS'),
 ('8a3c1f60-0000-4000-8000-000000002025', 'importantDataThreat', 'RELATIVELY_MAJOR', 1, true, 'RELATIVELY_SERIOUS');
