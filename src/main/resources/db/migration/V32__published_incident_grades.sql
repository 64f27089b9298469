-- incident (Art. 18): the incidents operators reported, with their grade, for the sector situation of the supervision
-- module (Art. 24: "grasp the operation status and security situation"), which reads them through this view only.
create view incident_reported as
    select id, operator_id, grade, reported_at from incident;
