// Creates or updates articles by id. A field the row leaves null keeps what the graph already knows.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, properties(a) AS before
SET a.title = coalesce(row.title, a.title),
    a.url = coalesce(row.url, a.url),
    a.language = coalesce(row.language, a.language),
    a.published = coalesce(row.published, a.published)
WITH a, before, before.revision IS NULL AS created, properties(a) <> before AS changed
SET a.revision = CASE WHEN created OR changed THEN $revision ELSE before.revision END
RETURN count(a) AS loaded,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated
