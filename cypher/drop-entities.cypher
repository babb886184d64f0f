// Deletes people and labs by id, with their relationships: the name-folding migration's nodes under an old id, once
// their edges were written again under the new ids (load-entities, load-edges) in the same transaction.
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (l:Lab {id: id})
WITH coalesce(p, l) AS n
WHERE n IS NOT NULL
DETACH DELETE n
RETURN count(*) AS dropped
