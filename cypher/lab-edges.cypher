// Every edge at one lab, for the lab's page: tenures there, moves into it, foundings, and moves out of it (LEFT_FOR
// whose `from` is the lab). Rows as in careers-near-person.cypher; none when nobody has an edge at the lab.
CALL () {
  MATCH (p:Person)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab {id: $labId})
  RETURN p, r, l
  UNION
  MATCH (p:Person)-[r:LEFT_FOR {from: $labId}]->(l:Lab)
  RETURN p, r, l
}
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
