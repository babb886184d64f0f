// Connected components of the projected graph $graphName (direction ignored), kept in the projection as the node
// property `component` (read back with gds-node-property.cypher).
CALL gds.wcc.mutate($graphName, {mutateProperty: 'component', concurrency: 1})
YIELD componentCount
RETURN componentCount
