// Creates the constraints and indexes the other statements rely on, and the :Meta node that holds the graph's
// revision. Idempotent: run at every start-up, one statement at a time (schema changes cannot share a transaction).
// The index on LEFT_FOR.from serves "who left this lab" (lab-edges, careers-at-lab, careers-near-person).
// No index on nameKeys: it is a list, and a range index cannot answer "key IN list" (see resolve-names.cypher).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT lab_id IF NOT EXISTS FOR (l:Lab) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE;
CREATE INDEX person_revision IF NOT EXISTS FOR (p:Person) ON (p.revision);
CREATE INDEX lab_revision IF NOT EXISTS FOR (l:Lab) ON (l.revision);
CREATE INDEX article_revision IF NOT EXISTS FOR (a:Article) ON (a.revision);
CREATE INDEX worked_at_id IF NOT EXISTS FOR ()-[r:WORKED_AT]-() ON (r.id);
CREATE INDEX left_for_id IF NOT EXISTS FOR ()-[r:LEFT_FOR]-() ON (r.id);
CREATE INDEX founded_id IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.id);
CREATE INDEX left_for_from IF NOT EXISTS FOR ()-[r:LEFT_FOR]-() ON (r.from);
CREATE INDEX worked_at_revision IF NOT EXISTS FOR ()-[r:WORKED_AT]-() ON (r.revision);
CREATE INDEX left_for_revision IF NOT EXISTS FOR ()-[r:LEFT_FOR]-() ON (r.revision);
CREATE INDEX founded_revision IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.revision);
MERGE (m:Meta {id: 'graph'})
  ON CREATE SET m.revision = 0;
