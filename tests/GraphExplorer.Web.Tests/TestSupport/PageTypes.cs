using System.Diagnostics;
using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>
/// The page's type check as the build runs it (openapi-typescript on an OpenAPI document, then tsc), on a copy of the
/// page's sources in a temporary folder that borrows the installed packages of ClientApp/ through a link.
/// </summary>
public sealed class PageTypes : IDisposable
{
    private static readonly string s_clientApp = System.IO.Path.Combine(RepositoryRoot.Path, "src", "GraphExplorer.Web", "ClientApp");

    private PageTypes(string folder) => Folder = folder;

    /// <summary>The document the web project's build wrote (ClientApp.targets).</summary>
    public static string BuildDocument { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "src", "GraphExplorer.Web", "obj", "openapi", "v1.json");

    public string Folder { get; }

    public static PageTypes CopyOfThePage()
    {
        var folder = Directory.CreateTempSubdirectory("graphexplorer-page-").FullName;
        var types = new PageTypes(folder);
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(s_clientApp, "src"), "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder, System.IO.Path.GetRelativePath(s_clientApp, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(System.IO.Path.Combine(s_clientApp, "tsconfig.json"), System.IO.Path.Combine(folder, "tsconfig.json"));
        File.Copy(System.IO.Path.Combine(s_clientApp, "vite.config.ts"), System.IO.Path.Combine(folder, "vite.config.ts"));
        Directory.CreateSymbolicLink(System.IO.Path.Combine(folder, "node_modules"), System.IO.Path.Combine(s_clientApp, "node_modules"));
        return types;
    }

    /// <summary>Generates src/api.gen.ts from <paramref name="document"/> and type-checks the copy; the exit code and what tsc said.</summary>
    public async Task<(int ExitCode, string Output)> CheckAsync(string document, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(Folder, "v1.json");
        await File.WriteAllTextAsync(path, document, cancellationToken);
        var generator = System.IO.Path.Combine(s_clientApp, "api-types", "node_modules", "openapi-typescript", "bin", "cli.js");
        var generated = await RunAsync("node", [generator, path, "--output", System.IO.Path.Combine(Folder, "src", "api.gen.ts")], cancellationToken);
        if (generated.ExitCode != 0)
        {
            throw new InvalidOperationException($"openapi-typescript failed on the document:\n{generated.Output}");
        }

        return await RunAsync("node", [System.IO.Path.Combine(s_clientApp, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", Folder], cancellationToken);
    }

    public void Dispose()
    {
        try
        {
            // The link first, so deleting the copy can never reach the installed packages behind it.
            Directory.Delete(System.IO.Path.Combine(Folder, "node_modules"));
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
