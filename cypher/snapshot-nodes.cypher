// People and labs whose revision is above $sinceRevision (0 for all of them), a page at a time: $limit rows with ids
// after $afterId ("" for the first page), in id order, so a large graph never has to fit in one answer.
MATCH (n:Person|Lab)
WHERE n.revision > $sinceRevision AND n.id > $afterId
RETURN CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       n.id AS id,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.revision AS revision
ORDER BY id
LIMIT $limit
