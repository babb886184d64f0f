using System.Runtime.CompilerServices;
using System.Text;
using GraphExplorer.Core.Graph;
using GraphExplorer.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Cli.Tests.Ingest;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>A temporary folder for articles and the store, deleted with its content on dispose.</summary>
public sealed class IngestWorkspace : IDisposable
{
    public IngestWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("graphexplorer-cli-ingest-").FullName;
        Articles = Directory.CreateDirectory(Path.Combine(Root, "articles")).FullName;
        DataPath = Path.Combine(Root, "graph.db");
    }

    public string Root { get; }

    /// <summary>Gets the folder the article files go into.</summary>
    public string Articles { get; }

    /// <summary>Gets the SQLite file of the embedded store the commands load into (--data-path).</summary>
    public string DataPath { get; }

    public string WriteArticle(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Articles, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs the command line in-process with captured output.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Everything the store at <see cref="DataPath"/> holds, read by opening it as another process would.</summary>
    public async Task<GraphDelta> ReadStoreAsync()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: TestContext.Current.CancellationToken);
        return await store.GetChangesSinceAsync(0, int.MaxValue, TestContext.Current.CancellationToken);
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

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln) and the seed articles beside it (<c>../shared/seeds</c>).
/// Builds may put the test binaries elsewhere (<c>--artifacts-path</c>), so the search also starts from this source file.
/// </summary>
internal static class IngestRepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string GoldFile => Path.Combine(Root, "data", "gold", "seeds.gold.jsonl");

    /// <summary>Gets the seed articles' folder, or null when this checkout has none beside it.</summary>
    public static string? SeedArticles
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any() ? folder : null;
        }
    }

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no GraphExplorer.sln above {AppContext.BaseDirectory} or {sourceFile}");
    }
}

/// <summary>Articles written for these tests about made-up people (facts only, in several languages).</summary>
internal static class TestArticles
{
    /// <summary>English, Markdown with front matter: Jonathan Weber leaves Google DeepMind for Anthropic in May 2024.</summary>
    public const string EnglishMove = """
        ---
        title: A researcher moves
        published: 2024-06-12
        ---
        # Big move

        Jonathan Weber, a senior research scientist at Google DeepMind, left the lab in May 2024 to join Anthropic, the company confirmed on Tuesday.
        """;

    /// <summary>French, plain text, the same move as <see cref="EnglishMove"/>.</summary>
    public const string FrenchSameMove = """
        Le chercheur Jonathan Weber a quitté Google DeepMind en mai 2024 pour rejoindre Anthropic, a confirmé l'entreprise mardi. Il dirigera une nouvelle équipe.
        """;

    /// <summary>English, with the person spelled two ways one letter apart: the extractor must not merge them on its own.</summary>
    public const string Misspelled = """
        ---
        published: 2024-06-12
        ---
        Jonathan Weber, a senior research scientist at Google DeepMind, left the lab in May 2024 to join Anthropic, the company confirmed on Tuesday.

        Jonathan Webber will lead a new interpretability team.
        """;

    /// <summary>English, about a lab the shipped gazetteer does not know.</summary>
    public const string UnknownLab = """
        Priya Raman, who led research at Quokka Minds, left the startup in April 2024 and joined OpenAI as a member of technical staff.
        """;

    /// <summary>Russian: a script the extractor does not read.</summary>
    public const string Russian = "Исследователь перешёл из одной лаборатории в другую компанию в прошлом месяце, сообщили источники.";
}
