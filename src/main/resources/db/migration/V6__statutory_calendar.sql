-- The statutory holiday calendar (PRC Civil Code Art. 203: a period whose last day is a rest day ends on the first
-- day after the rest days). Rest days are weekends and statutory holidays, except adjusted working days.
-- Each year is reference data with its source; administrators load later years (PUT /api/v1/calendar/years/{year}).
create table statutory_calendar (
    year       integer      primary key,
    source     varchar(500) not null,
    note       varchar(500),
    version    integer      not null default 1,
    loaded_at  timestamptz  not null,
    loaded_by  varchar(64)  not null
);

create table statutory_calendar_day (
    day   date        primary key,
    year  integer     not null references statutory_calendar (year),
    kind  varchar(30) not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKING_DAY')),
    name  varchar(100)
);
create index statutory_calendar_day_year_idx on statutory_calendar_day (year);

-- 2026, from src/main/resources/reference/cn-statutory-calendar-2026.json
insert into statutory_calendar (year, source, note, loaded_at, loaded_by) values
 (2026, 'General Office of the State Council, notice on the 2026 holiday arrangement, issued 2025-11-04 (Xinhua)', 'Rest days: weekends plus the holiday ranges below. Adjusted working days are weekend days that are working days.', timestamp with time zone '2025-11-04 00:00:00+08', 'migration');

insert into statutory_calendar_day (day, year, kind, name) values
 (date '2026-01-01', 2026, 'HOLIDAY', 'New Year''s Day'),
 (date '2026-01-02', 2026, 'HOLIDAY', 'New Year''s Day'),
 (date '2026-01-03', 2026, 'HOLIDAY', 'New Year''s Day'),
 (date '2026-02-15', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-16', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-17', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-18', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-19', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-20', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-21', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-22', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-02-23', 2026, 'HOLIDAY', 'Spring Festival'),
 (date '2026-04-04', 2026, 'HOLIDAY', 'Qingming Festival'),
 (date '2026-04-05', 2026, 'HOLIDAY', 'Qingming Festival'),
 (date '2026-04-06', 2026, 'HOLIDAY', 'Qingming Festival'),
 (date '2026-05-01', 2026, 'HOLIDAY', 'Labour Day'),
 (date '2026-05-02', 2026, 'HOLIDAY', 'Labour Day'),
 (date '2026-05-03', 2026, 'HOLIDAY', 'Labour Day'),
 (date '2026-05-04', 2026, 'HOLIDAY', 'Labour Day'),
 (date '2026-05-05', 2026, 'HOLIDAY', 'Labour Day'),
 (date '2026-06-19', 2026, 'HOLIDAY', 'Dragon Boat Festival'),
 (date '2026-06-20', 2026, 'HOLIDAY', 'Dragon Boat Festival'),
 (date '2026-06-21', 2026, 'HOLIDAY', 'Dragon Boat Festival'),
 (date '2026-09-25', 2026, 'HOLIDAY', 'Mid-Autumn Festival'),
 (date '2026-09-26', 2026, 'HOLIDAY', 'Mid-Autumn Festival'),
 (date '2026-09-27', 2026, 'HOLIDAY', 'Mid-Autumn Festival'),
 (date '2026-10-01', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-02', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-03', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-04', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-05', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-06', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-10-07', 2026, 'HOLIDAY', 'National Day'),
 (date '2026-01-04', 2026, 'ADJUSTED_WORKING_DAY', null),
 (date '2026-02-14', 2026, 'ADJUSTED_WORKING_DAY', null),
 (date '2026-02-28', 2026, 'ADJUSTED_WORKING_DAY', null),
 (date '2026-05-09', 2026, 'ADJUSTED_WORKING_DAY', null),
 (date '2026-09-20', 2026, 'ADJUSTED_WORKING_DAY', null),
 (date '2026-10-10', 2026, 'ADJUSTED_WORKING_DAY', null);
