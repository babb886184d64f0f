// Every shortest path (at most $limit of them) between two people or labs over WORKED_AT / LEFT_FOR / FOUNDED in
// either direction, at most $maxHops long (the pattern's own bound, 10, is the most the application accepts); the
// caller asks for one more than it shows to learn whether the cap cut the answer. With $asOf (a partial ISO date:
// "2024", "2024-08", "2024-08-06"), only relationships that may hold at that date are walked: not known to start
// after it (start, or date for LEFT_FOR / FOUNDED) and not known to end before it. Dates are strings of uneven
// precision, so each is widened to the first or last day it can stand for before comparing ("2024-08" starts on
// "2024-08-01" and ends on "2024-08-31"; "-31" also closes shorter months, since only the string order matters).
// Without $asOf every comparison is null and coalesces to true, so the filter lets everything through; keeping it a
// single all(...) over relationships(p) lets Neo4j apply it during the breadth-first search.
WITH $asOf + substring('-01-01', size($asOf) - 4) AS asOfFirst,
     $asOf + substring('-12-31', size($asOf) - 4) AS asOfLast
MATCH (a:Person|Lab {id: $fromId})
MATCH (b:Person|Lab {id: $toId})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:WORKED_AT|LEFT_FOR|FOUNDED*..10]-(b))
WHERE all(r IN relationships(p) WHERE
        coalesce(coalesce(r.start, r.date) + substring('-01-01', size(coalesce(r.start, r.date)) - 4) <= asOfLast, true)
        AND coalesce(r.end + substring('-12-31', size(r.end) - 4) >= asOfFirst, true))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | {
         kind: CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END,
         id: n.id,
         name: n.name,
         aliases: coalesce(n.aliases, [])
       }] AS nodes,
       [r IN relationships(p) | {
         id: r.id,
         type: type(r),
         personId: startNode(r).id,
         labId: endNode(r).id,
         fromLabId: r.from,
         role: r.role,
         start: r.start,
         end: r.end,
         date: r.date,
         sources: coalesce(r.sources, [])
       }] AS edges
LIMIT $limit
