// WORKED_AT / LEFT_FOR / FOUNDED relationships whose revision is above $sinceRevision (0 for all of them).
MATCH (p:Person)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
WHERE r.revision > $sinceRevision
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
ORDER BY revision, id
