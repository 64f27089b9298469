-- The legal consequences of Chapter V (State Council Decree No. 745, in force 2021-09-01), amounts in CNY.
-- A fine under Art. 39, 40 and 42 follows only a refusal to correct (or harm to network security); Art. 41 is a
-- multiple of the purchase amount. Articles without a fine range (43 para 3, 45) carry their consequence as notes.
create table penalty_range (
    article           varchar(20)   not null,
    version           integer       not null,
    unit_min          numeric(16,2),
    unit_max          numeric(16,2),
    unit_multiple_min numeric(6,2),
    unit_multiple_max numeric(6,2),
    person_min        numeric(16,2),
    person_max        numeric(16,2),
    notes_en          text          not null,
    notes_zh          text          not null,
    source            varchar(300)  not null,
    effective_from    date          not null,
    primary key (article, version),
    check ((unit_min is null) = (unit_max is null)),
    check ((unit_multiple_min is null) = (unit_multiple_max is null))
);

insert into penalty_range values
 ('39', 1, 100000, 1000000, null, null, 10000, 100000,
  'Ordered to correct and warned by the competent authority; a fine only if the operator refuses to correct or network security is endangered.',
  '由有关主管部门责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处以罚款。',
  'Decree No. 745, Art. 39', date '2021-09-01'),
 ('40', 1, 100000, 1000000, null, null, 10000, 100000,
  'Ordered by the protection department and the public security organ to correct and warned; a fine only if the operator refuses to correct or network security is endangered.',
  '由保护工作部门、公安机关责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处以罚款。',
  'Decree No. 745, Art. 40', date '2021-09-01'),
 ('41', 1, null, null, 1, 10, 10000, 100000,
  'Ordered by the national cyberspace administration and other competent departments to correct; a fine of 1 to 10 times the purchase amount.',
  '由国家网信部门等有关主管部门责令改正，处采购金额1倍以上10倍以下罚款。',
  'Decree No. 745, Art. 41', date '2021-09-01'),
 ('42', 1, 50000, 500000, null, null, 10000, 100000,
  'Ordered to correct for not cooperating with inspection and testing; a fine on refusal to correct; serious cases are pursued according to law.',
  '不配合检查检测的，责令改正；拒不改正的，处以罚款；情节严重的，依法追究相应法律责任。',
  'Decree No. 745, Art. 42', date '2021-09-01'),
 ('43', 1, 100000, 1000000, null, null, 50000, 500000,
  'Illegal intrusion, interference or destruction not constituting a crime: confiscation of illegal gains, detention under 5 days and a fine of 50,000-500,000 for a person; in serious cases detention of 5-15 days and a fine of 100,000-1,000,000. A unit: confiscation and a fine of 100,000-1,000,000; its responsible persons as individuals.',
  '实施非法侵入、干扰、破坏关键信息基础设施活动，尚不构成犯罪的：没收违法所得，处5日以下拘留，可以并处5万元以上50万元以下罚款；情节较重的，处5日以上15日以下拘留，可以并处10万元以上100万元以下罚款。单位：没收违法所得，处10万元以上100万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。',
  'Decree No. 745, Art. 43', date '2021-09-01'),
 ('43(3)', 1, null, null, null, null, null, null,
  'A person punished under public security administration for breaching Art. 5 para 2 or Art. 31 may not hold key network security management or network operation positions for 5 years; a person criminally punished, for life.',
  '违反本条例第五条第二款和第三十一条规定，受到治安管理处罚的人员，5年内不得从事网络安全管理和网络运营关键岗位的工作；受到刑事处罚的人员，终身不得从事网络安全管理和网络运营关键岗位的工作。',
  'Decree No. 745, Art. 43 para 3', date '2021-09-01'),
 ('45', 1, null, null, null, null, null, null,
  'Fees charged for inspection and testing, or designated brands required: ordered to correct and to refund the fees; the responsible persons are punished according to law.',
  '收取费用或者要求购买指定品牌的，由其上级机关责令改正，退还收取的费用；情节严重的，依法对直接负责的主管人员和其他直接责任人员给予处分。',
  'Decree No. 745, Art. 45', date '2021-09-01');

-- Periods the compliance engine counts with. Where the Regulations name no period ("in a timely manner"), the value
-- is a platform default marked confirmed = false, to be replaced by a new version when a department sets one.
create table compliance_parameter (
    key            varchar(60)  not null,
    version        integer      not null,
    value          integer      not null check (value >= 0),
    unit           varchar(10)  not null check (unit in ('DAYS', 'MONTHS')),
    article        varchar(20)  not null,
    source         varchar(500) not null,
    confirmed      boolean      not null,
    effective_from date         not null,
    primary key (key, version)
);

insert into compliance_parameter values
 ('AT_RISK_WINDOW', 1, 30, 'DAYS', '39-41',
  'A duty falling due within 30 days is at risk (CIIP issue 6)', true, date '2021-09-01'),
 ('ASSESSMENT_INTERVAL', 1, 12, 'MONTHS', '39(8)',
  'Art. 17: detection and risk assessment at least once a year', true, date '2021-09-01'),
 ('ACTIVITY_INTERVAL', 1, 12, 'MONTHS', '39(7)',
  'Art. 15(3) drills and 15(5) training "regularly": yearly unless the protection department sets another interval', false, date '2021-09-01'),
 ('TIMELY_CHANGE_REPORT', 1, 30, 'DAYS', '39(1)',
  'Art. 11 asks for a report "in a timely manner" (及时) without a period: platform default', false, date '2021-09-01'),
 ('TIMELY_CORPORATE_CHANGE_REPORT', 1, 30, 'DAYS', '39(10)',
  'Art. 21 asks for a report "promptly" (及时) without a period: platform default, counted from the effective date', false, date '2021-09-01'),
 ('LATE_REPORT_LOOKBACK', 1, 12, 'MONTHS', '39(1), 39(10), 40',
  'How long a report made late keeps the item non-compliant: platform policy, not set by the Regulations', false, date '2021-09-01');

-- Indexes the compliance engine reads by, operator by operator.
create index asset_operator_idx on asset (operator_id);
create index assessment_asset_idx on assessment (asset_id, ended_on desc);
create index incident_obligation_obliged_idx on incident_obligation (obliged_org, due_at);
create index supplier_agreement_purchase_signed_idx on supplier_agreement (purchase_id, signed_on);
