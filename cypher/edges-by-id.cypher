// The WORKED_AT / LEFT_FOR / FOUNDED relationships that have the given ids (EdgeIdentity ids, unique across the three
// types), to read what a batch is about to change. One branch per type keeps each lookup on that type's id index.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person)-[r:WORKED_AT {id: id}]->(l:Lab)
  RETURN p, r, l
  UNION
  MATCH (p:Person)-[r:LEFT_FOR {id: id}]->(l:Lab)
  RETURN p, r, l
  UNION
  MATCH (p:Person)-[r:FOUNDED {id: id}]->(l:Lab)
  RETURN p, r, l
}
RETURN r.id AS id,
       type(r) AS type,
       p.id AS personId,
       l.id AS labId,
       r.from AS fromLabId,
       r.role AS role,
       r.start AS start,
       r.end AS end,
       r.date AS date,
       coalesce(r.sources, []) AS sources
