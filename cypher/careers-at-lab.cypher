// The careers of everyone who was ever at one lab (joined it, founded it, or left it), for the lab's waves of
// arrivals: the application needs each arrival's whole career to tell who came from the same place. Rows as in
// careers-near-person.cypher. No rows when nobody has an edge at the lab.
CALL () {
  MATCH (:Lab {id: $labId})<-[:WORKED_AT|LEFT_FOR|FOUNDED]-(other:Person)
  RETURN other
  UNION
  MATCH (other:Person)-[:LEFT_FOR {from: $labId}]->(:Lab)
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
