// The people and labs whose name or an alias has a character outside ASCII, for the start-up migration to the current
// name folding (NameFoldingMigration): only those can key differently under it. No rows once :Meta records that the
// graph was folded with $folding (name-folding-done.cypher), so later start-ups do not scan.
MATCH (m:Meta {id: 'graph'})
WHERE coalesce(m.nameFolding, 0) < $folding
MATCH (n:Person|Lab)
WHERE any(s IN [n.name] + coalesce(n.aliases, []) WHERE s =~ '(?s).*[^\\x00-\\x7F].*')
RETURN CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       n.id AS id,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       coalesce(n.nameKeys, []) AS nameKeys,
       coalesce(n.formerIds, []) AS formerIds
ORDER BY id
