// WORKED_AT / LEFT_FOR / FOUNDED relationships whose revision is above $sinceRevision (0 for all of them), a page at a
// time: $limit rows with ids after $afterId ("" for the first page), in id order.
MATCH (p:Person)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
WHERE r.revision > $sinceRevision AND r.id > $afterId
RETURN r.id AS id,
       type(r) AS type,
       p.id AS personId,
       l.id AS labId,
       r.from AS fromLabId,
       r.role AS role,
       r.start AS start,
       r.end AS end,
       r.date AS date,
       coalesce(r.sources, []) AS sources,
       r.revision AS revision
ORDER BY id
LIMIT $limit
