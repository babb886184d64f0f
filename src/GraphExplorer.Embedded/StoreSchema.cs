namespace GraphExplorer.Embedded;

/// <summary>
/// The SQLite schema of the embedded store. Every row carries the revision of the batch that last changed it, so a
/// reader catches up with another process's batches by asking for rows above the revision it holds.
/// </summary>
/// <remarks>
/// Entities and edges are plain rowid tables that only ever grow at the end: a batch appends its new rows, and an edge
/// refers to its person and labs by their row key. There is deliberately no index on the text ids: ids arrive in no
/// particular order, and keeping millions of them in a B-tree costs five times the write time of appending (measured:
/// 8.5 µs against 1.7 µs a row at two million edges). Uniqueness is kept by the writer instead, which holds the file's
/// write lock (BEGIN IMMEDIATE) and a graph caught up with every committed row while it decides what is new.
/// </remarks>
internal static class StoreSchema
{
    /// <summary>The schema version this code writes; a file with a newer one is refused rather than misread.</summary>
    public const int Version = 1;

    /// <summary>Marks the error a merge function raises when one id is used for a person and a lab.</summary>
    public const string ConflictMarker = "GRAPHEXPLORER_CONFLICT:";

    // The commits table arrived after schema 1 without changing what schema 1 readers see (they ignore it); a file
    // written before it gets a token for its current revision when it is next opened.
    // Dates are packed yyyymmdd integers (0 parts unknown), sources are article ids joined by spaces (article ids hold
    // no spaces), aliases a JSON array. The revision indexes grow at the end too (revisions only increase).
    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            schema_version INTEGER NOT NULL,
            revision INTEGER NOT NULL);
        INSERT OR IGNORE INTO meta (id, schema_version, revision) VALUES (1, 1, 0);
        CREATE TABLE IF NOT EXISTS entities (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT,
            revision INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS entities_by_revision ON entities (revision);
        CREATE TABLE IF NOT EXISTS edges (
            key INTEGER PRIMARY KEY,
            type INTEGER NOT NULL,
            person INTEGER NOT NULL REFERENCES entities (key),
            lab INTEGER NOT NULL REFERENCES entities (key),
            from_lab INTEGER REFERENCES entities (key),
            role TEXT,
            start_date INTEGER,
            end_date INTEGER,
            event_date INTEGER,
            sources TEXT,
            revision INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS edges_by_revision ON edges (revision);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT NOT NULL PRIMARY KEY,
            title TEXT,
            url TEXT,
            language TEXT,
            published INTEGER,
            revision INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS articles_by_revision ON articles (revision);
        CREATE TABLE IF NOT EXISTS commits (
            revision INTEGER PRIMARY KEY,
            token INTEGER NOT NULL);
        INSERT OR IGNORE INTO commits (revision, token) SELECT revision, random() FROM meta WHERE id = 1;
        """;

    public const string ReadMeta = "SELECT schema_version, revision FROM meta WHERE id = 1";

    public const string SetRevision = "UPDATE meta SET revision = $revision WHERE id = 1";

    // Each commit draws a random token, kept by revision: a graph image names the token of the revision it holds, so an
    // image is only trusted for the very file and history it was written from (not a copy restored and written again).
    public const string RecordCommit = "INSERT OR REPLACE INTO commits (revision, token) VALUES ($revision, random())";

    public const string ReadCommitToken = "SELECT token FROM commits WHERE revision = $revision";

    public const string InsertEntity = "INSERT INTO entities (id, kind, name, aliases, revision) VALUES ($id, $kind, $name, $aliases, $revision)";

    // An entity already stored is merged, never overwritten: its name stays, new spellings join its aliases. The plan
    // already holds the merged aliases when it was made against an up-to-date graph; the merge matters for a chunked
    // batch, whose later chunks are planned before the earlier ones reach memory.
    public const string UpdateEntity = """
        UPDATE entities SET
            aliases = ge_merge_aliases(id, kind, $kind, name, aliases, $name, $aliases),
            revision = $revision
        WHERE key = $key
        """;

    // Keys are given by the writer (see RowWriter): the next after the largest, as SQLite would choose them.
    public const string InsertEdge = """
        INSERT INTO edges (key, type, person, lab, from_lab, role, start_date, end_date, event_date, sources, revision)
        VALUES ($key, $type, $person, $lab, $from_lab, $role, $start, $end, $date, $sources, $revision)
        """;

    public const string LastEdgeKey = "SELECT coalesce(max(key), 0) FROM edges";

    /// <summary>The insert of <paramref name="rows"/> edges at once, its values bound by position in the column order above.</summary>
    public static string InsertEdges(int rows) =>
        "INSERT INTO edges (key, type, person, lab, from_lab, role, start_date, end_date, event_date, sources, revision) VALUES "
        + string.Join(", ", Enumerable.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));

    public const string UpdateEdge = "UPDATE edges SET sources = ge_merge_sources(sources, $sources), revision = $revision WHERE key = $key";

    public const string ReadEdge = "SELECT type, person, lab, from_lab, role, start_date, end_date, event_date FROM edges WHERE key = $key";

    public const string UpsertArticle = """
        INSERT INTO articles (id, title, url, language, published, revision) VALUES ($id, $title, $url, $language, $published, $revision)
        ON CONFLICT (id) DO UPDATE SET
            title = coalesce(articles.title, excluded.title),
            url = coalesce(articles.url, excluded.url),
            language = coalesce(articles.language, excluded.language),
            published = coalesce(articles.published, excluded.published),
            revision = excluded.revision
        """;

    public const string SelectEntities = "SELECT key, id, kind, name, aliases, revision FROM entities";

    public const string SelectEdges = "SELECT key, type, person, lab, from_lab, role, start_date, end_date, event_date, sources, revision FROM edges";

    public const string SelectArticles = "SELECT id, title, url, language, published, revision FROM articles";
}
