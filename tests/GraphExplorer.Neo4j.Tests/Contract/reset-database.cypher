// Test-only: empties the database between contract tests on a real Neo4j (Community has a single database). Never
// embedded in the application; the contract tests lint it like the files in cypher/.
MATCH (n)
DETACH DELETE n
