// The people and labs that have the given ids, whichever kind each is: to resolve ids, and to read what a batch is
// about to change. One OPTIONAL MATCH per label keeps each lookup on its uniqueness constraint's index (a label
// disjunction such as (n:Person|Lab {id: …}) could not use one). Ids that match nothing give no row.
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (l:Lab {id: id})
WITH coalesce(p, l) AS n
WHERE n IS NOT NULL
RETURN CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       n.id AS id,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases
