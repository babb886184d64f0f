// Every shortest path between two people or labs, as distinct sequences of nodes (at most $limit of them, in order of
// their ids; the caller asks for one more than it shows to learn whether the cap cut the answer), when the shortest
// length is at most $maxHops (at most 12, the pattern's own bound). Same walk and same $asOf filter as shortest-path.cypher, and the same `edges`: every
// relationship joining two neighbours on the path. allShortestPaths yields one path per combination of parallel
// relationships, so at most $pathLimit of those are read before they are grouped by their nodes; a caller that gets
// $limit rows, or that set $pathLimit low, treats the answer as capped.
WITH $asOf + substring('-01-01', size($asOf) - 4) AS asOfFirst,
     $asOf + substring('-12-31', size($asOf) - 4) AS asOfLast
OPTIONAL MATCH (fromPerson:Person {id: $fromId})
OPTIONAL MATCH (fromLab:Lab {id: $fromId})
OPTIONAL MATCH (toPerson:Person {id: $toId})
OPTIONAL MATCH (toLab:Lab {id: $toId})
WITH coalesce(fromPerson, fromLab) AS a, coalesce(toPerson, toLab) AS b, asOfFirst, asOfLast
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
MATCH p = allShortestPaths((a)-[:WORKED_AT|LEFT_FOR|FOUNDED*..12]-(b))
WHERE all(r IN relationships(p) WHERE
        coalesce(coalesce(r.start, r.date) + substring('-01-01', size(coalesce(r.start, r.date)) - 4) <= asOfLast, true)
        AND coalesce(r.end + substring('-12-31', size(r.end) - 4) >= asOfFirst, true))
  AND length(p) <= $maxHops
WITH p, asOfFirst, asOfLast
LIMIT $pathLimit
WITH DISTINCT nodes(p) AS path, asOfFirst, asOfLast
ORDER BY [n IN path | n.id]
LIMIT $limit
CALL (path, asOfFirst, asOfLast) {
  UNWIND range(0, size(path) - 2) AS i
  WITH path[i] AS x, path[i + 1] AS y, asOfFirst, asOfLast
  MATCH (x)-[e:WORKED_AT|LEFT_FOR|FOUNDED]-(y)
  WHERE coalesce(coalesce(e.start, e.date) + substring('-01-01', size(coalesce(e.start, e.date)) - 4) <= asOfLast, true)
    AND coalesce(e.end + substring('-12-31', size(e.end) - 4) >= asOfFirst, true)
  RETURN collect(DISTINCT {
           id: e.id,
           type: type(e),
           personId: startNode(e).id,
           labId: endNode(e).id,
           fromLabId: e.from,
           role: e.role,
           start: e.start,
           end: e.end,
           date: e.date,
           sources: coalesce(e.sources, [])
         }) AS edges
}
RETURN [n IN path | {
         kind: CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END,
         id: n.id,
         name: n.name,
         aliases: coalesce(n.aliases, [])
       }] AS nodes,
       size(path) - 1 AS length,
       edges
