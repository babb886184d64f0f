// The careers around one person, for the follower detector: the person's own edges and every edge of everyone who was
// ever at one of the person's labs (joined, founded, left for, or left from). The detector, in the application, decides
// who followed whom; this only gathers the evidence in one round trip. No rows when the person has no edges.
MATCH (me:Person {id: $personId})-[mine:WORKED_AT|LEFT_FOR|FOUNDED]->(myLab:Lab)
WITH collect(DISTINCT myLab.id) + [x IN collect(mine.from) WHERE x IS NOT NULL] AS labIds
CALL (labIds) {
  MATCH (other:Person)-[:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
  WHERE l.id IN labIds
  RETURN other
  UNION
  MATCH (other:Person)-[left:LEFT_FOR]->(:Lab)
  WHERE left.from IN labIds
  RETURN other
}
MATCH (other)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
RETURN other.id AS personId,
       other.name AS personName,
       r.id AS id,
       type(r) AS type,
       l.id AS labId,
       l.name AS labName,
       r.from AS fromLabId,
       r.role AS role,
       r.start AS start,
       r.end AS end,
       r.date AS date,
       coalesce(r.sources, []) AS sources
ORDER BY personId, id
