// The graph's current revision (0 for a database that has never been written to).
OPTIONAL MATCH (m:Meta {id: 'graph'})
RETURN coalesce(m.revision, 0) AS revision
