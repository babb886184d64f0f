// The articles that have the given ids: to read what a batch is about to change, and to list the articles behind the
// edges of a person or a lab.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       a.language AS language,
       a.published AS published
