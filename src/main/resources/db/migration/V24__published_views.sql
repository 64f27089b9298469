-- Views that modules publish for other modules to read (DESIGN.md §2): a module reads another's data only through the
-- other's Java API or such a view, never its tables. Each view is owned by the module its name starts with, is defined
-- in that module's terms, and its columns are its contract. PostgreSQL inlines these views into the queries that use
-- them, so reading through them costs the same as reading the tables.

-- registry (Art. 2, 8): the directory of organizations and assets, as other modules name them in what they show.
create view registry_organization as
    select id, kind, name, name_en, region_code, sectors, state_organ
    from organization;

create view registry_asset as
    select id, operator_id, name, kind, sector, cii_status
    from asset;

-- incident (Art. 18, 40): an operator's reporting clocks (the first reports it owes its authorities, not the
-- authorities' forwarding), as the compliance engine evaluates Art. 40.
create view incident_reporting_clock as
    select ob.incident_id, ob.obliged_org as operator_id, ob.kind, ob.due_at, ob.met_at, i.reported_at
    from incident_obligation ob
    join incident i on i.id = ob.incident_id
    where ob.kind like 'REPORT\_TO\_%';
