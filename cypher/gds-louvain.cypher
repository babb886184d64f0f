// Louvain communities of the projected graph $graphName, kept in the projection as the node property `community`
// (read back with gds-node-property.cypher); the answer is the partition's modularity. Concurrency 1 so the same graph
// gives the same communities every time (parallel Louvain is not deterministic).
CALL gds.louvain.mutate($graphName, {mutateProperty: 'community', concurrency: 1})
YIELD modularity, communityCount
RETURN modularity, communityCount
