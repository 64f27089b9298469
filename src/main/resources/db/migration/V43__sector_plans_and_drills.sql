-- supervision (Art. 22, 25): a protection department's sector security plan with tasks for its operators, its sector
-- emergency plan, and the drills it organizes, which count for the participants' own drill duty (Art. 15(3)).

-- Plans are versioned: a revision is a new version; the approved one is never rewritten, only superseded.
create table sector_security_plan (
    id              uuid          primary key,
    department_id   uuid          not null references organization (id),
    -- the first version's id: every version of one plan shares it
    lineage         uuid          not null,
    version         integer       not null,
    supersedes      uuid          references sector_security_plan (id),
    title           varchar(300)  not null,
    period_from     date          not null,
    period_to       date          not null,
    objectives      text          not null,
    requirements    text          not null,
    status          varchar(10)   not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null,
    approved_at     timestamptz,
    approved_by     varchar(64),
    check (period_to >= period_from),
    check ((status = 'DRAFT') = (approved_at is null))
);
create unique index sector_security_plan_version_uq on sector_security_plan (lineage, version);
create index sector_security_plan_department_idx on sector_security_plan (department_id, period_from desc);

-- A task of a plan: for one operator, every operator of the department's sectors, or those of one province.
create table sector_plan_task (
    id              uuid          primary key,
    plan_id         uuid          not null references sector_security_plan (id),
    seq             integer       not null,
    title           varchar(300)  not null,
    measures        text          not null,
    due_on          date          not null,
    assignee        varchar(10)   not null check (assignee in ('OPERATOR', 'SECTOR', 'PROVINCE')),
    operator_id     uuid          references organization (id),
    province        char(2),
    unique (plan_id, seq),
    check ((assignee = 'OPERATOR') = (operator_id is not null)),
    check ((assignee = 'PROVINCE') = (province is not null))
);

create table sector_plan_progress (
    id              uuid          primary key,
    task_id         uuid          not null references sector_plan_task (id),
    operator_id     uuid          not null references organization (id),
    done            boolean       not null,
    note            text          not null,
    evidence        text,
    reported_at     timestamptz   not null,
    reported_by     varchar(64)   not null
);
create index sector_plan_progress_task_idx on sector_plan_progress (task_id, operator_id, reported_at desc);

create table sector_emergency_plan (
    id              uuid          primary key,
    department_id   uuid          not null references organization (id),
    version         integer       not null,
    supersedes      uuid          references sector_emergency_plan (id),
    title           varchar(300)  not null,
    national_plan   varchar(300)  not null,
    content         text          not null,
    status          varchar(10)   not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    created_at      timestamptz   not null,
    created_by      varchar(64)   not null,
    approved_at     timestamptz,
    approved_by     varchar(64),
    check ((status = 'DRAFT') = (approved_at is null))
);
create unique index sector_emergency_plan_version_uq on sector_emergency_plan (department_id, version);

create sequence drill_number;

create table sector_drill (
    id                   uuid          primary key,
    number               varchar(30)   not null unique,
    department_id        uuid          not null references organization (id),
    emergency_plan_id    uuid          references sector_emergency_plan (id),
    title                varchar(300)  not null,
    scenario             text          not null,
    objectives           text          not null,
    held_on              date          not null,
    target_detect_min    integer       not null check (target_detect_min > 0),
    target_report_min    integer       not null check (target_report_min > 0),
    target_contain_min   integer       not null check (target_contain_min > 0),
    target_recover_min   integer       not null check (target_recover_min > 0),
    status               varchar(10)   not null check (status in ('PLANNED', 'HELD')),
    planned_at           timestamptz   not null,
    planned_by           varchar(64)   not null,
    held_at              timestamptz
);
create index sector_drill_department_idx on sector_drill (department_id, held_on);
create index sector_drill_held_on_idx on sector_drill (held_on);

-- Each participant's measured times, in minutes from the start of the scenario; null until measured.
create table sector_drill_participant (
    drill_id         uuid        not null references sector_drill (id),
    operator_id      uuid        not null references organization (id),
    detected_min     integer     check (detected_min >= 0),
    reported_min     integer     check (reported_min >= 0),
    contained_min    integer     check (contained_min >= 0),
    recovered_min    integer     check (recovered_min >= 0),
    measured_at      timestamptz,
    primary key (drill_id, operator_id)
);
create index sector_drill_participant_operator_idx on sector_drill_participant (operator_id);

create table sector_drill_finding (
    drill_id      uuid          not null references sector_drill (id),
    seq           integer       not null,
    operator_id   uuid          not null references organization (id),
    title         varchar(500)  not null,
    due_on        date          not null,
    done_at       timestamptz,
    done_note     text,
    primary key (drill_id, seq),
    check ((done_at is null) = (done_note is null))
);

-- supervision publishes, for the compliance engine and the program page (Art. 15(3)): a drill the department held in
-- which the operator took part, with its measured times recorded.
create view supervision_drill_participation as
    select p.operator_id, d.held_on, d.held_at as recorded_at, d.id as drill_id
    from sector_drill_participant p join sector_drill d on d.id = p.drill_id
    where d.status = 'HELD' and p.measured_at is not null;
