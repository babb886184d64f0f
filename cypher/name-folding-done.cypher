// Records on :Meta that the graph's name keys and ids follow name folding $folding (see name-folding-candidates.cypher);
// changes nothing when it already does.
MATCH (m:Meta {id: 'graph'})
WHERE coalesce(m.nameFolding, 0) < $folding
SET m.nameFolding = $folding
RETURN count(m) AS marked
