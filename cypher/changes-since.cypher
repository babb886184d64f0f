// How much changed after $sinceRevision, and the revision now, so the caller can choose between sending a delta
// (snapshot-*.cypher with the same $sinceRevision) and a full snapshot when too much was missed.
OPTIONAL MATCH (m:Meta {id: 'graph'})
CALL () {
  MATCH (n:Person|Lab)
  WHERE n.revision > $sinceRevision
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (:Person)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(:Lab)
  WHERE r.revision > $sinceRevision
  RETURN count(r) AS edges
}
CALL () {
  MATCH (a:Article)
  WHERE a.revision > $sinceRevision
  RETURN count(a) AS articles
}
RETURN coalesce(m.revision, 0) AS revision, nodes, edges, articles
