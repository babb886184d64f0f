// Creates or updates people and labs by id. Aliases and name keys are merged as sets (never lost); the node's revision
// moves to $revision only when something about it changed, so changes-since stays quiet for repeated loads.
UNWIND $rows AS row
CALL (row) {
  WITH row
  WHERE row.kind = 'Person'
  MERGE (n:Person {id: row.id})
  RETURN n
  UNION
  WITH row
  WHERE row.kind = 'Lab'
  MERGE (n:Lab {id: row.id})
  RETURN n
}
WITH n, row, properties(n) AS before, coalesce(n.aliases, []) AS oldAliases, coalesce(n.nameKeys, []) AS oldKeys
SET n.name = row.name,
    n.aliases = oldAliases + [a IN coalesce(row.aliases, []) WHERE NOT a IN oldAliases],
    n.nameKeys = oldKeys + [k IN coalesce(row.nameKeys, []) WHERE NOT k IN oldKeys]
WITH n, before, before.revision IS NULL AS created, properties(n) <> before AS changed
SET n.revision = CASE WHEN created OR changed THEN $revision ELSE before.revision END
RETURN count(n) AS loaded,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated
