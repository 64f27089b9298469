-- supervision (Art. 24) publishes, for the compliance engine, each asset a warning matched with the time to respond and
-- when its operator answered, so that an answer still missing after that time is a fact under Art. 39(7) (the
-- institution's Art. 15(2) duty to monitor and respond).
create view supervision_warning_answer as
    select m.warning_id, m.operator_id, m.asset_id, m.matched_at, w.respond_due_at, s.responded_at
    from (select warning_id, operator_id, asset_id, min(matched_at) as matched_at
          from warning_match group by warning_id, operator_id, asset_id) m
    join early_warning w on w.id = m.warning_id
    left join warning_response s on s.warning_id = m.warning_id and s.asset_id = m.asset_id;

create index warning_match_operator_idx on warning_match (operator_id, warning_id);

-- No rule says that an unanswered warning breaches Art. 39(7): CIIP reads it as a risk to that item once the warning's
-- time to respond has passed by this many days.
insert into compliance_parameter values
 ('WARNING_RESPONSE_GRACE', 1, 0, 'DAYS', '39(7)',
  'Art. 15(2) has the institution monitor and respond to threats; CIIP reads a warning left unanswered past its time to '
  || 'respond as a risk under Art. 39(7) (AT_RISK, never NON_COMPLIANT): the platform''s reading, not a confirmed rule',
  false, date '2021-09-01');
