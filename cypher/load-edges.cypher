// Creates or updates WORKED_AT / LEFT_FOR / FOUNDED relationships by their id. Both endpoints must already exist (load
// entities first); a row whose person or lab is missing loads nothing, which the caller sees as loaded < rows.
// Sources are merged as a set; the relationship's revision moves to $revision only when something about it changed.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (l:Lab {id: row.labId})
CALL (row, p, l) {
  WITH row, p, l
  WHERE row.type = 'WORKED_AT'
  MERGE (p)-[r:WORKED_AT {id: row.id}]->(l)
  WITH r, row, properties(r) AS before
  SET r.role = row.role, r.start = row.start, r.end = row.end
  RETURN r, before
  UNION
  WITH row, p, l
  WHERE row.type = 'LEFT_FOR'
  MERGE (p)-[r:LEFT_FOR {id: row.id}]->(l)
  WITH r, row, properties(r) AS before
  SET r.from = row.fromLabId, r.date = row.date
  RETURN r, before
  UNION
  WITH row, p, l
  WHERE row.type = 'FOUNDED'
  MERGE (p)-[r:FOUNDED {id: row.id}]->(l)
  WITH r, row, properties(r) AS before
  SET r.date = row.date
  RETURN r, before
}
WITH r, row, before, coalesce(r.sources, []) AS oldSources
SET r.sources = oldSources + [s IN coalesce(row.sources, []) WHERE NOT s IN oldSources]
WITH r, before, before.revision IS NULL AS created, properties(r) <> before AS changed
SET r.revision = CASE WHEN created OR changed THEN $revision ELSE before.revision END
RETURN count(r) AS loaded,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated
