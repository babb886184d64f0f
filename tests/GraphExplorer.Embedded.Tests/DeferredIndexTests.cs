using GraphExplorer.Core.Facts;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Embedded.Tests;

/// <summary>
/// A first, chunked load into an empty store drops the revision indexes inside its transaction and builds them again
/// before it commits: whether it commits or rolls back, the file must end up with every index.
/// </summary>
public sealed class DeferredIndexTests : IDisposable
{
    private static readonly string[] s_indexes = ["articles_by_revision", "edges_by_revision", "entities_by_revision"];

    private readonly TempFolder _folder = new();

    private string DataPath => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FactLoader_FirstChunkedLoadCommits_IndexesAreBuiltAndFindTheRows()
    {
        var path = _folder.Write("facts.jsonl", Facts(120));
        await using (var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct))
        {
            var report = await new FactLoader(store, new FactLoadOptions { ChunkSize = 25 }).LoadPathsAsync([path], cancellationToken: Ct);
            Assert.Equal(120, report.Counts.EdgesAdded);
        }

        Assert.Equal(s_indexes, Indexes());
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(120L, Scalar("SELECT count(*) FROM edges INDEXED BY edges_by_revision WHERE revision > 0"));
        Assert.Equal(121L, Scalar("SELECT count(*) FROM entities INDEXED BY entities_by_revision WHERE revision > 0"));
    }

    [Fact]
    public async Task FactLoader_FirstChunkedLoadWithABadLastLine_RollsBackWithTheIndexes()
    {
        var path = _folder.Write("facts.jsonl", [.. Facts(120), """{"type":"WORKED_AT","person":"Broken"}"""]);
        await using (var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct))
        {
            var report = await new FactLoader(store, new FactLoadOptions { ChunkSize = 25 }).LoadPathsAsync([path], cancellationToken: Ct);
            Assert.True(report.HasRejections);
            Assert.Equal(0, await store.GetRevisionAsync(Ct));
        }

        Assert.Equal(s_indexes, Indexes());
        Assert.Equal(0L, Scalar("SELECT count(*) FROM edges"));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Facts(int people) =>
        [
            """{"type":"ARTICLE","id":"a1","title":"One"}""",
            .. Enumerable.Range(0, people).Select(i => $$"""{"type":"WORKED_AT","person":"Person {{i}}","lab":"Lab","start":"2020","source":"a1"}"""),
        ];

    private string[] Indexes()
    {
        var names = new List<string>();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return [.. names];
    }

    private object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DataPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
