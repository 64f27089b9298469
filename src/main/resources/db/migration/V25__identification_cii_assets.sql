-- identification (Art. 9-11) publishes the one definition of a CII asset, for every module that asks: an asset whose
-- latest identification or re-certification decision, as of an instant, says CII; with the legal date (Asia/Shanghai)
-- of its first CII decision, from which its yearly assessment is counted (Art. 17). The compliance engine asks it as
-- of any date, the security program as of now: the two cannot count different CII assets. PostgreSQL inlines this
-- function into the query that calls it (LANGUAGE sql, STABLE, one SELECT), and a condition on operator_id reaches
-- the index on identification (operator_id, ...).
create function identification_cii_assets(as_of timestamptz)
returns table (asset_id uuid, operator_id uuid, cii_on date)
language sql stable as $$
    select d.asset_id, d.operator_id, d.cii_on
    from (select i.asset_id, i.operator_id,
                 (array_agg(i.decision order by i.decided_at desc))[1] as decision,
                 min((i.decided_at at time zone 'Asia/Shanghai')::date) filter (where i.decision = 'CII') as cii_on
          from identification i
          where i.decided_at <= as_of
          group by i.asset_id, i.operator_id) d
    where d.decision = 'CII'
$$;
