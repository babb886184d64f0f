// Louvain communities of the projected graph $graphName, one row per person or lab. Concurrency 1 so the same graph
// gives the same communities every time (parallel Louvain is not deterministic).
CALL gds.louvain.stream($graphName, {concurrency: 1})
YIELD nodeId, communityId
WITH gds.util.asNode(nodeId) AS n, communityId
RETURN n.id AS id,
       CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       communityId
ORDER BY communityId, id
