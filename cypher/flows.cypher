// Moves between labs (LEFT_FOR: from the lab in `from` to the lab the relationship points at), counted per pair of
// labs, within an optional window: $since and $until are partial ISO dates or null. A move counts when its date may
// fall inside the window: not known to be before $since nor known to be after $until. With a window, a move of unknown
// date is left out (it cannot be placed); without one, every move counts. Same date widening as shortest-path.cypher.
// `people` lists each person once, in the order they moved (undated moves first, then by date, then by id).
WITH $since + substring('-01-01', size($since) - 4) AS sinceFirst,
     $until + substring('-12-31', size($until) - 4) AS untilLast
MATCH (p:Person)-[m:LEFT_FOR]->(to:Lab)
WHERE m.from IS NOT NULL
  AND ((sinceFirst IS NULL AND untilLast IS NULL) OR m.date IS NOT NULL)
  AND coalesce(m.date + substring('-12-31', size(m.date) - 4) >= sinceFirst, true)
  AND coalesce(m.date + substring('-01-01', size(m.date) - 4) <= untilLast, true)
WITH m.from AS fromLabId, to.id AS toLabId, p.id AS personId, m.date AS date
ORDER BY fromLabId, toLabId, date IS NOT NULL, date, personId
WITH fromLabId, toLabId, count(*) AS count, collect(personId) AS moved
RETURN fromLabId,
       toLabId,
       count,
       reduce(people = [], id IN moved | CASE WHEN id IN people THEN people ELSE people + id END) AS people
ORDER BY count DESC, fromLabId, toLabId
