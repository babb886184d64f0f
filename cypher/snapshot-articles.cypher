// Articles whose revision is above $sinceRevision (0 for all of them), a page at a time: $limit rows with ids after
// $afterId ("" for the first page), in id order.
MATCH (a:Article)
WHERE a.revision > $sinceRevision AND a.id > $afterId
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       a.language AS language,
       a.published AS published,
       a.revision AS revision
ORDER BY id
LIMIT $limit
