// The careers around one person, for the follower detector: every edge of everyone who was ever at one of the
// person's labs (joined, founded, left for, or left from), the person included. The detector, in the application,
// decides who followed whom; this gathers the evidence in one round trip. Each row is one edge with its person, its
// lab and (LEFT_FOR) the lab left, as maps {kind, id, name, aliases}. No rows when the person has no edges.
MATCH (me:Person {id: $personId})-[mine:WORKED_AT|LEFT_FOR|FOUNDED]->(myLab:Lab)
WITH collect(DISTINCT myLab.id) + [x IN collect(DISTINCT mine.from) WHERE x IS NOT NULL] AS labIds
CALL (labIds) {
  UNWIND labIds AS labId
  MATCH (:Lab {id: labId})<-[:WORKED_AT|LEFT_FOR|FOUNDED]-(other:Person)
  RETURN other
  UNION
  UNWIND labIds AS labId
  MATCH (other:Person)-[:LEFT_FOR {from: labId}]->(:Lab)
  RETURN other
}
WITH DISTINCT other AS p
MATCH (p)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
OPTIONAL MATCH (f:Lab {id: r.from})
RETURN {kind: 'Person', id: p.id, name: p.name, aliases: coalesce(p.aliases, [])} AS person,
       {kind: 'Lab', id: l.id, name: l.name, aliases: coalesce(l.aliases, [])} AS lab,
       CASE WHEN f IS NULL THEN null ELSE {kind: 'Lab', id: f.id, name: f.name, aliases: coalesce(f.aliases, [])} END AS fromLab,
       r.id AS id,
       type(r) AS type,
       r.from AS fromLabId,
       r.role AS role,
       r.start AS start,
       r.end AS end,
       r.date AS date,
       coalesce(r.sources, []) AS sources
ORDER BY id
