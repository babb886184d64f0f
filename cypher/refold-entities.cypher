// Replaces the name keys of people and labs (Names.Key of the name, the aliases and the former ids, as the current
// folding computes them) and records their former ids, so an id written under the old folding still resolves.
UNWIND $rows AS row
OPTIONAL MATCH (p:Person {id: row.id})
OPTIONAL MATCH (l:Lab {id: row.id})
WITH row, coalesce(p, l) AS n
WHERE n IS NOT NULL
SET n.nameKeys = row.nameKeys,
    n.formerIds = row.formerIds,
    n.revision = $revision
RETURN count(n) AS refolded
