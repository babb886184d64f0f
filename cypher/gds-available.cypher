// Whether the Graph Data Science plugin's Louvain is installed, so the application can fall back to its own
// community detection when it is not.
SHOW PROCEDURES YIELD name
WHERE name IN ['gds.graph.project', 'gds.louvain.stream', 'gds.graph.drop']
RETURN count(name) = 3 AS available
