// Projects people, labs and their relationships (direction ignored) into GDS's in-memory graph $graphName for Louvain.
// The caller picks a name of its own per run and drops it afterwards (gds-drop.cypher).
CALL gds.graph.project(
  $graphName,
  ['Person', 'Lab'],
  {
    WORKED_AT: {orientation: 'UNDIRECTED'},
    LEFT_FOR: {orientation: 'UNDIRECTED'},
    FOUNDED: {orientation: 'UNDIRECTED'}
  }
)
YIELD graphName, nodeCount, relationshipCount
RETURN graphName, nodeCount, relationshipCount
