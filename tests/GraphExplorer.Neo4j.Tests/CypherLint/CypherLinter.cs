using System.Text.Json;
using GraphExplorer.Neo4j.Tests.TestSupport;

namespace GraphExplorer.Neo4j.Tests.CypherLint;

/// <summary>One finding of Neo4j's parser or semantic analysis (1-based line and column).</summary>
internal sealed record LintDiagnostic(string File, int Line, int Column, string Severity, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Severity}: {Message}";
}

internal sealed record LintReport(IReadOnlyList<LintDiagnostic> Diagnostics, IReadOnlyDictionary<string, int> StatementsPerFile, int ExitCode);

/// <summary>
/// Runs CypherLint/lint.mjs with node. Installs its npm package (npm ci, into the gitignored node_modules beside it)
/// the first time in a test run when it is missing.
/// </summary>
internal static class CypherLinter
{
    private static readonly SemaphoreSlim s_installLock = new(1, 1);
    private static readonly Lazy<Task<(LintReport? Report, string? SkipReason)>> s_repository = new(() => LintAsync());
    private static bool s_installed;

    /// <summary>Lints every cypher/*.cypher once per test run (several tests read the same report).</summary>
    public static Task<(LintReport? Report, string? SkipReason)> LintRepositoryAsync() => s_repository.Value;

    /// <summary>Returns null with the reason when node or npm is not installed.</summary>
    public static async Task<(LintReport? Report, string? SkipReason)> LintAsync(params string[] files)
    {
        var installProblem = await EnsureInstalledAsync();
        if (installProblem is not null)
        {
            return (null, installProblem);
        }

        var result = await ProcessRunner.RunAsync("node", ["lint.mjs", .. files], RepoPaths.LintFolder, TimeSpan.FromMinutes(3));
        if (result is null)
        {
            return (null, "node is not installed, so Neo4j's Cypher parser cannot run");
        }

        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"lint.mjs failed (exit {result.ExitCode}):\n{result.StandardError}\n{result.StandardOutput}");
        }

        var diagnostics = new List<LintDiagnostic>();
        var statements = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var file = root.GetProperty("file").GetString()!;
            if (root.GetProperty("kind").GetString() == "file")
            {
                statements[file] = root.GetProperty("statements").GetInt32();
            }
            else
            {
                diagnostics.Add(new LintDiagnostic(
                    file,
                    root.GetProperty("line").GetInt32(),
                    root.GetProperty("column").GetInt32(),
                    root.GetProperty("severity").GetString()!,
                    root.GetProperty("message").GetString()!));
            }
        }

        return (new LintReport(diagnostics, statements, result.ExitCode), null);
    }

    private static async Task<string?> EnsureInstalledAsync()
    {
        await s_installLock.WaitAsync();
        try
        {
            if (s_installed || Directory.Exists(Path.Combine(RepoPaths.LintFolder, "node_modules", "@neo4j-cypher", "language-support")))
            {
                s_installed = true;
                return null;
            }

            var npm = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], RepoPaths.LintFolder, TimeSpan.FromMinutes(5));
            if (npm is null)
            {
                return "npm is not installed, so the Cypher linter's package cannot be installed";
            }

            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {RepoPaths.LintFolder} failed (exit {npm.ExitCode}):\n{npm.StandardError}");
            }

            s_installed = true;
            return null;
        }
        finally
        {
            s_installLock.Release();
        }
    }
}
