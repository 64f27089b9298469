-- Enforcement cases (Decree No. 745, Art. 39-43): order to correct and warning, the operator's correction, the
-- authority's verification or finding of refusal, facts of harm, and the penalty decision with its legal basis.

-- The legal bases a penalty decision may apply, versioned, each with its source and confirmation status. A basis
-- covers articles of the Regulations (an act breaching Art. 39 also breaches CSL Art. 61 para 2 since 2026-01-01) and
-- has one row per ground of the decision: NONE (ordered to correct and warned, nothing more found), REFUSAL_OR_HARM
-- (refused to correct, or network security endangered), SERIOUS_HARM, ESPECIALLY_SERIOUS_HARM. For Art. 43 the
-- grounds are NONE and SERIOUS_HARM (serious circumstances). A row without ranges imposes no fine (a warning only); a
-- basis applies on a ground through its row for that ground or, failing one, for the highest lower ground (harm is at
-- least harm); a basis with no row at or below the ground does not apply (CSL Art. 61 para 3 needs serious harm).
create table penalty_basis (
    code              varchar(40)   not null,
    ground            varchar(30)   not null check (ground in ('NONE', 'REFUSAL_OR_HARM', 'SERIOUS_HARM',
                                                               'ESPECIALLY_SERIOUS_HARM')),
    version           integer       not null,
    law_en            varchar(200)  not null,
    law_zh            varchar(200)  not null,
    provision_en      varchar(100)  not null,
    provision_zh      varchar(100)  not null,
    articles          varchar(10)[] not null,
    effective_from    date          not null,
    unit_min          numeric(16,2),
    unit_max          numeric(16,2),
    unit_multiple_min numeric(6,2),
    unit_multiple_max numeric(6,2),
    person_min        numeric(16,2),
    person_max        numeric(16,2),
    detention_min     integer,
    detention_max     integer,
    fine_optional     boolean       not null,
    status            varchar(20)   not null check (status in ('CONFIRMED', 'UNCONFIRMED')),
    source            varchar(400)  not null,
    primary key (code, ground, version),
    check ((unit_min is null) = (unit_max is null)),
    check ((person_min is null) = (person_max is null)),
    check ((detention_min is null) = (detention_max is null))
);

insert into penalty_basis values
 ('DECREE_745_39', 'NONE', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 39', '第三十九条', '{39}', date '2021-09-01',
  null, null, null, null, null, null, null, null, true, 'CONFIRMED', 'State Council Decree No. 745, Art. 39: ordered to correct and warned, no fine'),
 ('DECREE_745_40', 'NONE', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 40', '第四十条', '{40}', date '2021-09-01',
  null, null, null, null, null, null, null, null, true, 'CONFIRMED', 'State Council Decree No. 745, Art. 40: ordered to correct and warned, no fine'),
 ('DECREE_745_42', 'NONE', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 42', '第四十二条', '{42}', date '2021-09-01',
  null, null, null, null, null, null, null, null, true, 'CONFIRMED', 'State Council Decree No. 745, Art. 42: ordered to correct, no fine'),
 ('DECREE_745_39', 'REFUSAL_OR_HARM', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 39', '第三十九条', '{39}', date '2021-09-01',
  100000, 1000000, null, null, 10000, 100000, null, null, false, 'CONFIRMED', 'State Council Decree No. 745, Art. 39'),
 ('DECREE_745_40', 'REFUSAL_OR_HARM', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 40', '第四十条', '{40}', date '2021-09-01',
  100000, 1000000, null, null, 10000, 100000, null, null, false, 'CONFIRMED', 'State Council Decree No. 745, Art. 40'),
 ('DECREE_745_41', 'NONE', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 41', '第四十一条', '{41}', date '2021-09-01',
  null, null, 1, 10, 10000, 100000, null, null, false, 'CONFIRMED', 'State Council Decree No. 745, Art. 41'),
 ('DECREE_745_42', 'REFUSAL_OR_HARM', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 42', '第四十二条', '{42}', date '2021-09-01',
  50000, 500000, null, null, 10000, 100000, null, null, false, 'CONFIRMED', 'State Council Decree No. 745, Art. 42'),
 ('DECREE_745_43', 'NONE', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 43', '第四十三条', '{43}', date '2021-09-01',
  100000, 1000000, null, null, 50000, 500000, 1, 5, true, 'CONFIRMED', 'State Council Decree No. 745, Art. 43 para 1-2'),
 ('DECREE_745_43', 'SERIOUS_HARM', 1, 'Regulations on the Security Protection of Critical Information Infrastructure',
  '《关键信息基础设施安全保护条例》', 'Art. 43', '第四十三条', '{43}', date '2021-09-01',
  100000, 1000000, null, null, 100000, 1000000, 5, 15, true, 'CONFIRMED', 'State Council Decree No. 745, Art. 43 para 1-2'),
 ('CSL_2025_61_2', 'NONE', 1, 'Cybersecurity Law of the PRC (amended 2025-10-28)', '《中华人民共和国网络安全法》（2025年修正）',
  'Art. 61 para 2', '第六十一条第二款', '{39,40}', date '2026-01-01',
  50000, 100000, null, null, null, null, null, null, true, 'UNCONFIRMED',
  'NPC Standing Committee decision of 2025-10-28, in force 2026-01-01; figures from secondary summaries: confirm against the official text'),
 ('CSL_2025_61_2', 'REFUSAL_OR_HARM', 1, 'Cybersecurity Law of the PRC (amended 2025-10-28)', '《中华人民共和国网络安全法》（2025年修正）',
  'Art. 61 para 2', '第六十一条第二款', '{39,40}', date '2026-01-01',
  100000, 1000000, null, null, 10000, 100000, null, null, false, 'UNCONFIRMED',
  'NPC Standing Committee decision of 2025-10-28, in force 2026-01-01; figures from secondary summaries: confirm against the official text'),
 ('CSL_2025_61_3', 'SERIOUS_HARM', 1, 'Cybersecurity Law of the PRC (amended 2025-10-28)', '《中华人民共和国网络安全法》（2025年修正）',
  'Art. 61 para 3', '第六十一条第三款', '{39,40}', date '2026-01-01',
  500000, 2000000, null, null, 50000, 200000, null, null, false, 'UNCONFIRMED',
  'NPC Standing Committee decision of 2025-10-28, in force 2026-01-01; figures from secondary summaries'),
 ('CSL_2025_61_3', 'ESPECIALLY_SERIOUS_HARM', 1, 'Cybersecurity Law of the PRC (amended 2025-10-28)', '《中华人民共和国网络安全法》（2025年修正）',
  'Art. 61 para 3', '第六十一条第三款', '{39,40}', date '2026-01-01',
  2000000, 10000000, null, null, 200000, 1000000, null, null, false, 'UNCONFIRMED',
  'NPC Standing Committee decision of 2025-10-28, in force 2026-01-01; figures from secondary summaries');

-- The remedies against a decision, as reference data: reconsideration within 60 days of learning of it, a lawsuit
-- within 6 months.
create table penalty_remedy (
    code           varchar(30)  primary key,
    days           integer,
    months         integer,
    law_en         varchar(200) not null,
    law_zh         varchar(200) not null,
    effective_from date         not null,
    check ((days is null) <> (months is null))
);

insert into penalty_remedy values
 ('RECONSIDERATION', 60, null, 'Administrative Reconsideration Law (2023 revision), Art. 20',
  '《中华人民共和国行政复议法》（2023年修订）第二十条', date '2024-01-01'),
 ('LAWSUIT', null, 6, 'Administrative Litigation Law, Art. 46', '《中华人民共和国行政诉讼法》第四十六条', date '2015-05-01');

create sequence enforcement_case_number;

create table enforcement_case (
    id                   uuid          primary key,
    number               varchar(30)   not null unique,
    authority_id         uuid          not null references organization (id),
    operator_id          uuid          references organization (id),
    respondent_name      varchar(300)  not null,
    respondent_kind      varchar(20)   not null check (respondent_kind in ('OPERATOR', 'UNIT', 'PERSON')),
    article              varchar(10)   not null,
    source_kind          varchar(20)   not null check (source_kind in ('COMPLIANCE', 'INCIDENT', 'MANUAL')),
    source_ref           varchar(100),
    facts                text          not null,
    act_date             date          not null,
    status               varchar(20)   not null check (status in ('OPEN', 'ORDERED', 'ANSWERED', 'CORRECTED',
                                                                  'REFUSED', 'DECIDED')),
    opened_at            timestamptz   not null,
    opened_by            varchar(100)  not null,
    order_issued_at      timestamptz,
    order_issued_by      varchar(100),
    order_requirements   text,
    correct_by           date,
    warned               boolean,
    answered_at          timestamptz,
    answered_by          varchar(100),
    correction           text,
    correction_evidence  text,
    verified_at          timestamptz,
    verified_by          varchar(100),
    verification_note    text,
    refusal_found_at     timestamptz,
    refusal_note         text,
    decided_at           timestamptz,
    decided_by           varchar(100),
    decided_on           date,
    basis_code           varchar(40),
    basis_version        integer,
    ground               varchar(30),
    unit_fine            numeric(16,2),
    purchase_amount      numeric(16,2),
    confiscation         numeric(16,2),
    decision_reasons     text,
    reconsideration_until date,
    lawsuit_until        date,
    check ((operator_id is null) = (respondent_kind <> 'OPERATOR'))
);

create index enforcement_case_authority on enforcement_case (authority_id, opened_at desc);
create index enforcement_case_operator on enforcement_case (operator_id, article, opened_at desc);

-- The directly responsible persons a case names, and what the decision imposes on each.
create table enforcement_case_person (
    case_id        uuid          not null references enforcement_case (id),
    seq            integer       not null,
    name           varchar(100)  not null,
    position       varchar(200),
    id_hash        varchar(128),
    id_last4       varchar(4),
    fine           numeric(16,2),
    detention_days integer,
    primary key (case_id, seq)
);

-- Facts of harm to network security, recorded at any time while the case is not closed.
create table enforcement_case_harm (
    case_id     uuid         not null references enforcement_case (id),
    seq         integer      not null,
    severity    varchar(30)  not null check (severity in ('REFUSAL_OR_HARM', 'SERIOUS_HARM',
                                                          'ESPECIALLY_SERIOUS_HARM')),
    description text         not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null,
    primary key (case_id, seq)
);
