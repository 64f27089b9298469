-- obligations (Art. 16): the years whose security budget and staff an operator recorded, so that the program page's
-- duties come from the compliance engine's one reading of the records (ProgramDuties) instead of a second query.
create view obligations_institution_year as
    select operator_id, year, recorded_at from institution_year;
