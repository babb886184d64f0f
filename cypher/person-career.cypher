// One person's edges, for the person's page (career, tenures, sources). Rows as in careers-near-person.cypher; none
// when the person has no edges.
MATCH (p:Person {id: $personId})-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
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
