// Everyone who arrived at one lab (WORKED_AT, LEFT_FOR into it, or FOUNDED), with each arrival edge and that person's
// whole career, so the application can tell waves of people who came together from chains of people who followed
// one another, and from where.
MATCH (lab:Lab {id: $labId})<-[arrival:WORKED_AT|LEFT_FOR|FOUNDED]-(p:Person)
MATCH (p)-[r:WORKED_AT|LEFT_FOR|FOUNDED]->(l:Lab)
WITH p, arrival, collect({
       id: r.id,
       type: type(r),
       labId: l.id,
       fromLabId: r.from,
       role: r.role,
       start: r.start,
       end: r.end,
       date: r.date
     }) AS career
RETURN p.id AS personId,
       p.name AS personName,
       arrival.id AS id,
       type(arrival) AS type,
       arrival.from AS fromLabId,
       arrival.role AS role,
       arrival.start AS start,
       arrival.end AS end,
       arrival.date AS date,
       coalesce(arrival.sources, []) AS sources,
       career
ORDER BY coalesce(arrival.start, arrival.date), personId, id
