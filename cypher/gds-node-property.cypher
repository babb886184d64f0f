// One node property of the projected graph $graphName ($property: 'community' or 'component'), per person and lab.
CALL gds.graph.nodeProperty.stream($graphName, $property)
YIELD nodeId, propertyValue
WITH gds.util.asNode(nodeId) AS n, propertyValue
RETURN n.id AS id,
       CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       propertyValue AS value
ORDER BY value, id
