-- Reference data fixed by law: the important industries and fields of Art. 2 of the Regulations.
create table sector (
    code           varchar(40)  primary key,
    name_zh        varchar(100) not null,
    name_en        varchar(100) not null,
    article        varchar(10)  not null,
    source         varchar(300) not null,
    effective_from date         not null,
    display_order  smallint     not null
);

insert into sector (code, name_zh, name_en, article, source, effective_from, display_order) values
 ('PUBLIC_COMMUNICATION', '公共通信和信息服务', 'Public communication and information services', '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 1),
 ('ENERGY',               '能源',             'Energy',                                       '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 2),
 ('TRANSPORTATION',       '交通',             'Transportation',                               '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 3),
 ('WATER_CONSERVANCY',    '水利',             'Water conservancy',                            '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 4),
 ('FINANCE',              '金融',             'Finance',                                      '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 5),
 ('PUBLIC_SERVICES',      '公共服务',          'Public services',                              '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 6),
 ('E_GOVERNMENT',         '电子政务',          'E-government',                                 '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 7),
 ('DEFENSE_INDUSTRY',     '国防科技工业',       'National defense science and technology industry', '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 8),
 ('OTHER',                '其他重要行业和领域',  'Other important industries and fields',        '2', 'State Council Decree No. 745, Art. 2', date '2021-09-01', 9);
