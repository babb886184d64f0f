// Deletes WORKED_AT / LEFT_FOR / FOUNDED relationships by id: the name-folding migration's edges under an old id (one
// that named a re-keyed person or lab), once written again under the new id. One branch per type keeps each lookup on
// that type's id index.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person)-[r:WORKED_AT {id: id}]->(:Lab)
  RETURN r
  UNION
  MATCH (:Person)-[r:LEFT_FOR {id: id}]->(:Lab)
  RETURN r
  UNION
  MATCH (:Person)-[r:FOUNDED {id: id}]->(:Lab)
  RETURN r
}
DELETE r
RETURN count(*) AS dropped
