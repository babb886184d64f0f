// Articles whose revision is above $sinceRevision (0 for all of them).
MATCH (a:Article)
WHERE a.revision > $sinceRevision
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       a.language AS language,
       a.published AS published,
       a.revision AS revision
ORDER BY revision, id
