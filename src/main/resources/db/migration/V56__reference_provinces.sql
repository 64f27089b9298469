-- Reference data: the province-level administrative divisions and their two-digit codes, the first two digits of every
-- six-digit division code an organization carries (GB/T 2260, as the Ministry of Civil Affairs publishes the codes).
-- Pages and documents name a province instead of printing its code.
create table province (
    code           char(2)      primary key,
    name_zh        varchar(40)  not null,
    name_en        varchar(60)  not null,
    source         varchar(300) not null,
    effective_from date         not null,
    confirmed      boolean      not null
);

insert into province (code, name_zh, name_en, source, effective_from, confirmed)
select code, name_zh, name_en,
       'GB/T 2260 Codes for the administrative divisions of the People''s Republic of China (Ministry of Civil Affairs code list)',
       date '2007-11-01', true
from (values
 ('11', '北京市', 'Beijing'), ('12', '天津市', 'Tianjin'), ('13', '河北省', 'Hebei'), ('14', '山西省', 'Shanxi'),
 ('15', '内蒙古自治区', 'Inner Mongolia'), ('21', '辽宁省', 'Liaoning'), ('22', '吉林省', 'Jilin'),
 ('23', '黑龙江省', 'Heilongjiang'), ('31', '上海市', 'Shanghai'), ('32', '江苏省', 'Jiangsu'),
 ('33', '浙江省', 'Zhejiang'), ('34', '安徽省', 'Anhui'), ('35', '福建省', 'Fujian'), ('36', '江西省', 'Jiangxi'),
 ('37', '山东省', 'Shandong'), ('41', '河南省', 'Henan'), ('42', '湖北省', 'Hubei'), ('43', '湖南省', 'Hunan'),
 ('44', '广东省', 'Guangdong'), ('45', '广西壮族自治区', 'Guangxi'), ('46', '海南省', 'Hainan'),
 ('50', '重庆市', 'Chongqing'), ('51', '四川省', 'Sichuan'), ('52', '贵州省', 'Guizhou'), ('53', '云南省', 'Yunnan'),
 ('54', '西藏自治区', 'Xizang'), ('61', '陕西省', 'Shaanxi'), ('62', '甘肃省', 'Gansu'), ('63', '青海省', 'Qinghai'),
 ('64', '宁夏回族自治区', 'Ningxia'), ('65', '新疆维吾尔自治区', 'Xinjiang'), ('71', '台湾省', 'Taiwan'),
 ('81', '香港特别行政区', 'Hong Kong'), ('82', '澳门特别行政区', 'Macao')
) as p (code, name_zh, name_en);
