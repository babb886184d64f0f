// One shortest path between two people or labs over WORKED_AT / LEFT_FOR / FOUNDED in either direction, at most 12
// hops long (the most the application accepts: a bound cannot be a parameter, so the application compares `length`
// with the hops asked for and answers "no path within N hops" for a longer one). With
// $asOf (a partial ISO date: "2024", "2024-08", "2024-08-06"), only relationships that may hold at that date are
// walked: not known to start after it (start, or date for LEFT_FOR / FOUNDED) and not known to end before it. Dates
// are strings of uneven precision, so each is widened to the first or last day it can stand for before comparing
// ("2024-08" starts on "2024-08-01" and ends on "2024-08-31"; "-31" also closes shorter months, since only the string
// order matters). Without $asOf every comparison is null and coalesces to true. The filter is a single all(...) over
// relationships(p), the form Neo4j applies during the breadth-first search itself.
// `edges` holds every relationship (passing the same filter) that joins two neighbours on the path, not only the one
// the search walked: a person and a lab can be joined by a tenure and by the move that began it, and the application
// shows the best one and lists the others. No row when there is no path, or when $fromId = $toId.
WITH $asOf + substring('-01-01', size($asOf) - 4) AS asOfFirst,
     $asOf + substring('-12-31', size($asOf) - 4) AS asOfLast
OPTIONAL MATCH (fromPerson:Person {id: $fromId})
OPTIONAL MATCH (fromLab:Lab {id: $fromId})
OPTIONAL MATCH (toPerson:Person {id: $toId})
OPTIONAL MATCH (toLab:Lab {id: $toId})
WITH coalesce(fromPerson, fromLab) AS a, coalesce(toPerson, toLab) AS b, asOfFirst, asOfLast
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
MATCH p = shortestPath((a)-[:WORKED_AT|LEFT_FOR|FOUNDED*..12]-(b))
WHERE all(r IN relationships(p) WHERE
        coalesce(coalesce(r.start, r.date) + substring('-01-01', size(coalesce(r.start, r.date)) - 4) <= asOfLast, true)
        AND coalesce(r.end + substring('-12-31', size(r.end) - 4) >= asOfFirst, true))
WITH nodes(p) AS path, asOfFirst, asOfLast
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
