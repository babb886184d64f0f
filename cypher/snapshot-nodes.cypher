// People and labs whose revision is above $sinceRevision (0 for all of them), oldest change first.
MATCH (n:Person|Lab)
WHERE n.revision > $sinceRevision
RETURN CASE WHEN n:Person THEN 'Person' ELSE 'Lab' END AS kind,
       n.id AS id,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.revision AS revision
ORDER BY revision, id
