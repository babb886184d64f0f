using GraphExplorer.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Embedded;

/// <summary>
/// The write statements, prepared once per connection and re-bound for every row: with one transaction per batch and
/// rows appended at the end of their tables, this is what makes millions of rows cheap to write.
/// </summary>
/// <remarks>
/// New edges (most of the rows) are written <see cref="EdgesPerInsert"/> to a statement: their keys are given here
/// (the next after the largest stored, which is what SQLite would pick) so the caller has each key at once while the row
/// waits in a buffer. The buffer is written before anything reads or changes an edge row, and at <see cref="Flush"/>;
/// rows left in it by a write that failed are dropped at the next <see cref="Begin"/>, as the transaction rolls back.
/// </remarks>
internal sealed class RowWriter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly RawStatement _insertEntity;
    private readonly RawStatement _updateEntity;
    private readonly RawStatement _insertEdge;
    private readonly RawStatement _updateEdge;
    private readonly RawStatement _readEdge;
    private readonly RawStatement _article;
    private readonly RawStatement _revision;
    private readonly RawStatement _commit;
    private readonly RawStatement _insertEdges;
    private readonly RawStatement _lastEdgeKey;
    private readonly PendingEdge[] _pending = new PendingEdge[EdgesPerInsert];
    private int _pendingCount;
    private long _nextEdgeKey;
    private readonly int[] _ie;
    private readonly int[] _ue;
    private readonly int[] _ig;
    private readonly int[] _ug;
    private readonly int[] _a;
    private long _currentRevision;

    public RowWriter(SqliteConnection connection)
    {
        _db = connection.Handle!;
        (_insertEntity, _ie) = Prepare(connection, StoreSchema.InsertEntity, "$id", "$kind", "$name", "$aliases", "$revision");
        (_updateEntity, _ue) = Prepare(connection, StoreSchema.UpdateEntity, "$key", "$kind", "$name", "$aliases", "$revision");
        (_insertEdge, _ig) = Prepare(connection, StoreSchema.InsertEdge, "$key", "$type", "$person", "$lab", "$from_lab", "$role", "$start", "$end", "$date", "$sources", "$revision");
        (_updateEdge, _ug) = Prepare(connection, StoreSchema.UpdateEdge, "$key", "$sources", "$revision");
        (_readEdge, _) = Prepare(connection, StoreSchema.ReadEdge, "$key");
        (_article, _a) = Prepare(connection, StoreSchema.UpsertArticle, "$id", "$title", "$url", "$language", "$published", "$revision");
        (_revision, _) = Prepare(connection, StoreSchema.SetRevision, "$revision");
        (_commit, _) = Prepare(connection, StoreSchema.RecordCommit, "$revision");
        _insertEdges = new RawStatement(connection, StoreSchema.InsertEdges(EdgesPerInsert));
        _lastEdgeKey = new RawStatement(connection, StoreSchema.LastEdgeKey);
    }

    /// <summary>How many new edges one statement writes (11 values each, far below SQLite's limit of bound values).</summary>
    public const int EdgesPerInsert = 64;

    /// <summary>Every row written until the next call gets <paramref name="revision"/> (the caller holds the transaction).</summary>
    public void Begin(long revision)
    {
        _currentRevision = revision;

        // Rows still buffered belong to a write that failed (its transaction rolled back), and another process may have
        // added edges since the last transaction: the next key is read again when it is first needed.
        _pendingCount = 0;
        _nextEdgeKey = 0;
    }

    /// <summary>Writes the edges still buffered; called at the end of every write, before the transaction commits.</summary>
    public void Flush()
    {
        if (_pendingCount == EdgesPerInsert)
        {
            for (var i = 0; i < EdgesPerInsert; i++)
            {
                BindEdge(_insertEdges, (i * EdgeColumns) + 1, _pending[i]);
            }

            _insertEdges.Execute();
        }
        else
        {
            for (var i = 0; i < _pendingCount; i++)
            {
                BindEdge(_insertEdge, _ig[0], _pending[i]);
                _insertEdge.Execute();
            }
        }

        Array.Clear(_pending, 0, _pendingCount);
        _pendingCount = 0;
    }

    /// <summary>Appends an entity and returns its row key.</summary>
    public long InsertEntity(Entity entity)
    {
        _insertEntity.Bind(_ie[0], entity.Id);
        _insertEntity.Bind(_ie[1], (int)entity.Kind);
        _insertEntity.Bind(_ie[2], entity.Name);
        _insertEntity.Bind(_ie[3], RowCodec.EncodeAliases(entity.Aliases));
        _insertEntity.Bind(_ie[4], _currentRevision);
        _insertEntity.Execute();
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Merges <paramref name="entity"/>'s spellings into the stored row (a different kind is a conflict).</summary>
    public void UpdateEntity(long key, Entity entity)
    {
        _updateEntity.Bind(_ue[0], key);
        _updateEntity.Bind(_ue[1], (int)entity.Kind);
        _updateEntity.Bind(_ue[2], entity.Name);
        _updateEntity.Bind(_ue[3], RowCodec.EncodeAliases(entity.Aliases));
        _updateEntity.Bind(_ue[4], _currentRevision);
        _updateEntity.Execute();
    }

    /// <summary>Appends an edge whose person and labs are the given entity rows, and returns its row key.</summary>
    public long InsertEdge(Edge edge, long person, long lab, long? fromLab)
    {
        if (_nextEdgeKey == 0)
        {
            _lastEdgeKey.Step();
            _nextEdgeKey = _lastEdgeKey.Int64(0) + 1;
            _lastEdgeKey.Reset();
        }

        var key = _nextEdgeKey++;
        _pending[_pendingCount++] = new PendingEdge(
            key,
            (int)edge.Type,
            person,
            lab,
            fromLab,
            edge.Role,
            edge.Start?.Packed ?? 0,
            edge.End?.Packed ?? 0,
            edge.Date?.Packed ?? 0,
            RowCodec.EncodeSources(edge.Sources));
        if (_pendingCount == EdgesPerInsert)
        {
            Flush();
        }

        return key;
    }

    /// <summary>Adds <paramref name="sources"/> to the stored edge's sources.</summary>
    public void UpdateEdge(long key, IReadOnlyList<string> sources)
    {
        Flush();
        _updateEdge.Bind(_ug[0], key);
        _updateEdge.Bind(_ug[1], RowCodec.EncodeSources(sources));
        _updateEdge.Bind(_ug[2], _currentRevision);
        _updateEdge.Execute();
    }

    /// <summary>True when the stored edge <paramref name="key"/> asserts exactly what <paramref name="edge"/> asserts.</summary>
    public bool EdgeRowMatches(long key, Edge edge, long person, long lab, long? fromLab)
    {
        Flush();
        _readEdge.Bind(1, key);
        try
        {
            if (!_readEdge.Step())
            {
                return false;
            }

            return _readEdge.Int64(0) == (int)edge.Type
                && _readEdge.Int64(1) == person
                && _readEdge.Int64(2) == lab
                && (_readEdge.IsNull(3) ? fromLab is null : _readEdge.Int64(3) == fromLab)
                && RowCodec.SameRole(_readEdge.TextOrNull(4), edge.Role)
                && _readEdge.Int64(5) == (edge.Start?.Packed ?? 0)
                && _readEdge.Int64(6) == (edge.End?.Packed ?? 0)
                && _readEdge.Int64(7) == (edge.Date?.Packed ?? 0);
        }
        finally
        {
            _readEdge.Reset();
        }
    }

    /// <summary>Adds an article, or fills in what the stored one left blank.</summary>
    public void UpsertArticle(Article article)
    {
        _article.Bind(_a[0], article.Id);
        _article.Bind(_a[1], article.Title);
        _article.Bind(_a[2], article.Url);
        _article.Bind(_a[3], article.Language);
        _article.BindDate(_a[4], article.Published?.Packed ?? 0);
        _article.Bind(_a[5], _currentRevision);
        _article.Execute();
    }

    public void SetRevision(long revision)
    {
        Flush();
        _revision.Bind(1, revision);
        _revision.Execute();
        _commit.Bind(1, revision);
        _commit.Execute();
    }

    public void Dispose()
    {
        _insertEntity.Dispose();
        _updateEntity.Dispose();
        _insertEdge.Dispose();
        _updateEdge.Dispose();
        _readEdge.Dispose();
        _article.Dispose();
        _revision.Dispose();
        _commit.Dispose();
        _insertEdges.Dispose();
        _lastEdgeKey.Dispose();
    }

    private const int EdgeColumns = 11;

    /// <summary>Binds one edge row's values to the parameters <paramref name="first"/> onwards, in the column order of the insert.</summary>
    private void BindEdge(RawStatement statement, int first, in PendingEdge edge)
    {
        statement.Bind(first, edge.Key);
        statement.Bind(first + 1, edge.Type);
        statement.Bind(first + 2, edge.Person);
        statement.Bind(first + 3, edge.Lab);
        statement.Bind(first + 4, edge.FromLab);
        statement.Bind(first + 5, edge.Role);
        statement.BindDate(first + 6, edge.Start);
        statement.BindDate(first + 7, edge.End);
        statement.BindDate(first + 8, edge.Date);
        statement.Bind(first + 9, edge.Sources);
        statement.Bind(first + 10, _currentRevision);
    }

    /// <summary>A new edge row waiting in the buffer.</summary>
    private readonly record struct PendingEdge(long Key, int Type, long Person, long Lab, long? FromLab, string? Role, int Start, int End, int Date, string? Sources);

    private static (RawStatement Statement, int[] Indexes) Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var statement = new RawStatement(connection, sql);
        return (statement, names.Select(statement.IndexOf).ToArray());
    }
}
