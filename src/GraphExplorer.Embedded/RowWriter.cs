using GraphExplorer.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Embedded;

/// <summary>
/// The write statements, prepared once per connection and re-bound for every row: with one transaction per batch and
/// rows appended at the end of their tables, this is what makes millions of rows cheap to write.
/// </summary>
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
        (_insertEdge, _ig) = Prepare(connection, StoreSchema.InsertEdge, "$type", "$person", "$lab", "$from_lab", "$role", "$start", "$end", "$date", "$sources", "$revision");
        (_updateEdge, _ug) = Prepare(connection, StoreSchema.UpdateEdge, "$key", "$sources", "$revision");
        (_readEdge, _) = Prepare(connection, StoreSchema.ReadEdge, "$key");
        (_article, _a) = Prepare(connection, StoreSchema.UpsertArticle, "$id", "$title", "$url", "$language", "$published", "$revision");
        (_revision, _) = Prepare(connection, StoreSchema.SetRevision, "$revision");
        (_commit, _) = Prepare(connection, StoreSchema.RecordCommit, "$revision");
    }

    /// <summary>Every row written until the next call gets <paramref name="revision"/> (the caller holds the transaction).</summary>
    public void Begin(long revision) => _currentRevision = revision;

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
        _insertEdge.Bind(_ig[0], (int)edge.Type);
        _insertEdge.Bind(_ig[1], person);
        _insertEdge.Bind(_ig[2], lab);
        _insertEdge.Bind(_ig[3], fromLab);
        _insertEdge.Bind(_ig[4], edge.Role);
        _insertEdge.BindDate(_ig[5], edge.Start?.Packed ?? 0);
        _insertEdge.BindDate(_ig[6], edge.End?.Packed ?? 0);
        _insertEdge.BindDate(_ig[7], edge.Date?.Packed ?? 0);
        _insertEdge.Bind(_ig[8], RowCodec.EncodeSources(edge.Sources));
        _insertEdge.Bind(_ig[9], _currentRevision);
        _insertEdge.Execute();
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Adds <paramref name="sources"/> to the stored edge's sources.</summary>
    public void UpdateEdge(long key, IReadOnlyList<string> sources)
    {
        _updateEdge.Bind(_ug[0], key);
        _updateEdge.Bind(_ug[1], RowCodec.EncodeSources(sources));
        _updateEdge.Bind(_ug[2], _currentRevision);
        _updateEdge.Execute();
    }

    /// <summary>True when the stored edge <paramref name="key"/> asserts exactly what <paramref name="edge"/> asserts.</summary>
    public bool EdgeRowMatches(long key, Edge edge, long person, long lab, long? fromLab)
    {
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
    }

    private static (RawStatement Statement, int[] Indexes) Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var statement = new RawStatement(connection, sql);
        return (statement, names.Select(statement.IndexOf).ToArray());
    }
}
