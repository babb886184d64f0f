// Takes the next graph revision for a batch of writes. Run first inside the batch's transaction: the write lock it
// takes on the :Meta node makes concurrent batches wait, so revisions are handed out in commit order.
MERGE (m:Meta {id: 'graph'})
  ON CREATE SET m.revision = 0
SET m.revision = m.revision + 1
RETURN m.revision AS revision
