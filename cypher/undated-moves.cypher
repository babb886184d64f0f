// How many moves (LEFT_FOR) have no date: a flows answer for a window leaves them out and says how many it left out.
MATCH (:Person)-[m:LEFT_FOR]->(:Lab)
WHERE m.date IS NULL
RETURN count(m) AS undated
