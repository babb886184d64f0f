using System.Text;
using GraphExplorer.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Cli.Tests.Loading;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record LoadRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>A temporary folder with fact files and a store file, and a way to run the command line on them in-process.</summary>
public sealed class LoadWorkspace : IDisposable
{
    public LoadWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("graphexplorer-cli-load-").FullName;
        DataPath = Path.Combine(Root, "store.db");
    }

    public string Root { get; }

    public string DataPath { get; }

    public string Write(string name, params string[] lines) => WriteBytes(name, Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static async Task<LoadRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new LoadRun(code, output.ToString(), error.ToString());
    }

    public Task<LoadRun> LoadAsync(params string[] args) => RunAsync(["load", .. args, "--data-path", DataPath]);

    /// <summary>What the store holds, read by opening the file as another process would: (people, labs, edges, articles, revision).</summary>
    public async Task<(int People, int Labs, int Edges, int Articles, long Revision)> CountsAsync()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: TestContext.Current.CancellationToken);
        var revision = await store.GetRevisionAsync(TestContext.Current.CancellationToken);
        return store.Read(g => (g.PeopleCount, g.LabCount, g.EdgeCount, g.Articles.Count, revision));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Still held by something the test started; the OS temp cleaner gets it.
        }
    }
}

/// <summary>Fact lines for tests.</summary>
internal static class Facts
{
    public static string Article(string id) => $$"""{"type":"ARTICLE","id":"{{id}}","title":"Article {{id}}"}""";

    public static string WorkedAt(string person, string lab, string start = "2020-01", string source = "a1") =>
        $$"""{"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","start":"{{start}}","source":"{{source}}"}""";

    public static string LeftFor(string person, string from, string to, string date = "2024-08", string source = "a1") =>
        $$"""{"type":"LEFT_FOR","person":"{{person}}","from":"{{from}}","to":"{{to}}","date":"{{date}}","source":"{{source}}"}""";

    public static string Alias(string kind, string name, string id) => $$"""{"type":"ALIAS","kind":"{{kind}}","name":"{{name}}","id":"{{id}}"}""";
}
