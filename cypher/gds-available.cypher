// Whether the Graph Data Science plugin's procedures used for clusters are installed, so the application can fall
// back to its own community detection when they are not.
SHOW PROCEDURES YIELD name
WHERE name IN ['gds.graph.project', 'gds.louvain.mutate', 'gds.wcc.mutate', 'gds.graph.nodeProperty.stream', 'gds.graph.drop']
RETURN count(name) = 5 AS available
