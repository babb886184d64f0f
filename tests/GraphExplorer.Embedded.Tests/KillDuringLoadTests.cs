using System.Diagnostics;
using System.Reflection;
using GraphExplorer.Core.Synthetic;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Embedded.Tests;

/// <summary>
/// The promise of atomic batches, tested the hard way: the real command line loads three files into a store, and is
/// killed with SIGKILL while it writes the third. The two earlier batches must be intact, nothing of the third may be
/// there, and the file must open cleanly and pass SQLite's integrity check.
/// </summary>
public sealed class KillDuringLoadTests : IDisposable
{
    private const int EarlierPeople = 40;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // 40,000 people (about 165,000 facts) load as one in-memory batch; 100,000 people (about 413,000 facts) outgrow the
    // loader's chunk size and are written in chunks inside one transaction: both must vanish when killed.
    [Theory]
    [InlineData(40_000)]
    [InlineData(100_000)]
    public async Task Load_KilledWhileWritingTheThirdFile_KeepsTheFirstTwoBatchesOnly(int bigPeople)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = _folder.Write("1-first.jsonl", People("First", EarlierPeople));
        var second = _folder.Write("2-second.jsonl", People("Second", EarlierPeople));
        var big = _folder.File("3-big.jsonl");
        await using (var stream = File.Create(big))
        {
            await SyntheticGraph.WriteJsonLinesAsync(new GeneratorOptions { People = bigPeople, Seed = 7 }, stream, cancellationToken);
        }

        var dataPath = _folder.File("store.db");
        using var child = StartLoad(dataPath, first, second, big);
        var outcome = await KillWhileThirdBatchIsWrittenAsync(child, dataPath, cancellationToken);
        Assert.True(outcome.Killed, $"the load ended (exit code {outcome.ExitCode}) before it could be killed mid-write; output:\n{outcome.Output}");

        using (var check = new SqliteConnection($"Data Source={dataPath};Pooling=False"))
        {
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", command.ExecuteScalar());
        }

        await using var store = await EmbeddedGraphStore.OpenAsync(dataPath, cancellationToken: cancellationToken);
        Assert.Equal(2, await store.GetRevisionAsync(cancellationToken));
        var (people, labs, edges, names) = store.Read(g => (g.PeopleCount, g.LabCount, g.EdgeCount, g.Nodes(Core.Model.NodeKind.Person).Select(g.NameOf).ToList()));
        Assert.Equal(2 * EarlierPeople, people);
        Assert.Equal(2, labs);
        Assert.Equal(2 * EarlierPeople, edges);
        Assert.All(names, name => Assert.True(name.StartsWith("First ", StringComparison.Ordinal) || name.StartsWith("Second ", StringComparison.Ordinal), name));
    }

    private static string[] People(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => $$"""{"type":"WORKED_AT","person":"{{prefix}} Person {{i}}","lab":"{{prefix}} Lab","start":"2020-01"}""")];

    private static Process StartLoad(string dataPath, params string[] files)
    {
        var cli = typeof(KillDuringLoadTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GraphExplorerCli").Value;
        Assert.True(File.Exists(cli), $"the command line was not built at '{cli}'");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dataPath)!,
        };

        // A page cache of 1 MiB makes SQLite spill the transaction into the write-ahead log as it writes (with the
        // default 64 MiB a batch this size reaches the log only while committing), so the log's growth shows the
        // third batch is being written and not yet committed.
        start.Environment["GraphExplorer__CacheSizeMiB"] = "1";
        foreach (var argument in (string[])[cli!, "load", .. files, "--data-path", dataPath])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>
    /// Waits until the first two batches are committed (the stored revision is 2) and the third has started writing
    /// (the write-ahead log grows past what the first two left), then kills the process.
    /// </summary>
    private static async Task<(bool Killed, int? ExitCode, string Output)> KillWhileThirdBatchIsWrittenAsync(Process child, string dataPath, CancellationToken cancellationToken)
    {
        var output = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = child.StandardError.ReadToEndAsync(cancellationToken);
        var wal = dataPath + "-wal";
        long? walAfterSecond = null;
        var deadline = Stopwatch.StartNew();
        while (!child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (walAfterSecond is null && ReadRevision(dataPath) == 2)
            {
                walAfterSecond = new FileInfo(wal).Length;
            }
            else if (walAfterSecond is { } baseline && File.Exists(wal) && new FileInfo(wal).Length > baseline + (1 << 20))
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync(cancellationToken);
                return (true, null, string.Empty);
            }

            await Task.Delay(5, cancellationToken);
        }

        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
        }

        await child.WaitForExitAsync(cancellationToken);
        return (false, child.ExitCode, await output + await error);
    }

    private static long ReadRevision(string dataPath)
    {
        if (!File.Exists(dataPath))
        {
            return -1;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={dataPath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT revision FROM meta WHERE id = 1";
            return command.ExecuteScalar() is long revision ? revision : -1;
        }
        catch (SqliteException)
        {
            // The schema is still being created.
            return -1;
        }
    }
}
