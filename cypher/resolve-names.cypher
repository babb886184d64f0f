// Finds the people and labs that a list of name keys (Names.Key of a name or alias) stands for. One pass over the
// people and labs: a list property cannot be served by an index for "key IN list", and the graph is small enough
// (thousands of nodes) for a scan to take milliseconds. A key may match several nodes; the caller decides, preferring
// the node whose own name has the key, then the oldest (lowest revision), as the embedded store keeps a spelling for
// the first entity that claimed it.
MATCH (n:Person|Lab)
WHERE n.nameKeys IS NOT NULL
UNWIND n.nameKeys AS key
WITH n, key
WHERE key IN $keys
RETURN key,
       CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       n.id AS id,
       n.name AS name,
       n.revision AS revision
ORDER BY key, kind, revision, id
