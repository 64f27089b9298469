-- The reasons an incident got its grade, as the grading guide in force at filing gave them, with that guide's version:
-- a later version of the guide must not change why an incident filed earlier was graded as it was.
alter table incident add column grade_reasons text;
alter table incident add column grading_guide_version varchar(40);
