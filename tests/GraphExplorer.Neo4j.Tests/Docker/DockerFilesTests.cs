using System.Reflection;
using System.Text.RegularExpressions;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Tests.TestSupport;

namespace GraphExplorer.Neo4j.Tests.Docker;

/// <summary>
/// No Docker engine runs here, so the container files are checked by reading them: the properties that make
/// `docker compose up` work (health-gated start, settings the app really reads) must hold.
/// </summary>
public sealed partial class DockerFilesTests
{
    private static readonly Lazy<Dictionary<string, object>> s_compose =
        new(() => ComposeYaml.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"))));

    private static Dictionary<string, object> Services => s_compose.Value.Map("services");

    [Fact]
    public void Compose_Neo4jService_RunsCommunity526WithAWgetHealthcheckAndADataVolume()
    {
        var neo4j = Services.Map("neo4j");

        Assert.Equal("neo4j:5.26-community", neo4j.Scalar("image"));
        var test = string.Join(' ', neo4j.Map("healthcheck").List("test"));
        Assert.Contains("wget", test, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", test, StringComparison.Ordinal);
        Assert.Contains("http://localhost:7474", test, StringComparison.Ordinal);
        Assert.Contains(neo4j.List("volumes"), v => v.EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains("apoc", neo4j.Map("environment").Scalar("NEO4J_PLUGINS"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AppService_StartsOnlyAfterNeo4jIsHealthy()
    {
        var app = Services.Map("app");

        Assert.Equal("service_healthy", app.Map("depends_on").Map("neo4j").Scalar("condition"));
        Assert.Equal("Dockerfile", app.Map("build").Scalar("dockerfile"));
        Assert.Contains(app.List("ports"), p => p.EndsWith(":8080", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_AppService_IsHealthyWhenReadyzAnswers200WithoutCurlOrWget()
    {
        var healthcheck = Services.Map("app").Map("healthcheck");
        var test = healthcheck.List("test");

        // The aspnet runtime image has bash but neither curl nor wget.
        Assert.Equal(["CMD", "bash", "-c"], test[..3]);
        Assert.Contains("/dev/tcp/127.0.0.1/8080", test[3], StringComparison.Ordinal);
        Assert.Contains("GET /readyz HTTP/1.1\\r\\n", test[3], StringComparison.Ordinal);
        Assert.Contains("grep -q ' 200 '", test[3], StringComparison.Ordinal);
        Assert.DoesNotContain("curl", test[3], StringComparison.Ordinal);
        Assert.DoesNotContain("wget", test[3], StringComparison.Ordinal);
        Assert.NotEmpty(healthcheck.Scalar("start_period"));
    }

    [Fact]
    public void Compose_AppEnvironment_NamesOnlySettingsTheOptionsHave()
    {
        var environment = Services.Map("app").Map("environment");

        Assert.Equal("Neo4j", environment.Scalar("GraphExplorer__Store"));
        var optionNames = typeof(Neo4jOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var neo4jKeys = environment.Keys.Where(k => k.StartsWith("GraphExplorer__Neo4j__", StringComparison.Ordinal)).ToList();
        Assert.All(neo4jKeys, k => Assert.Contains(k["GraphExplorer__Neo4j__".Length..], optionNames));
        Assert.Contains("GraphExplorer__Neo4j__Uri", neo4jKeys);
        Assert.Contains("GraphExplorer__Neo4j__Password", neo4jKeys);

        // The app reaches Neo4j by its service name on the HTTP connector, and the section's prefix is the options' own.
        Assert.Equal("http://neo4j:7474", environment.Scalar("GraphExplorer__Neo4j__Uri"));
        Assert.Equal("GraphExplorer:Neo4j", Neo4jOptions.SectionName);
    }

    [Fact]
    public void Compose_Passwords_ComeFromTheSameEnvValueForNeo4jAndTheApp()
    {
        var neo4jAuth = Services.Map("neo4j").Map("environment").Scalar("NEO4J_AUTH");
        var appPassword = Services.Map("app").Map("environment").Scalar("GraphExplorer__Neo4j__Password");

        Assert.Equal("neo4j/" + appPassword, neo4jAuth);
        Assert.StartsWith("${NEO4J_PASSWORD", appPassword, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvExample_DefinesEveryVariableTheComposeFileUses_WithASafeLocalPassword()
    {
        var compose = File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"));
        var example = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        var used = VariablePattern().Matches(compose).Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(example.ContainsKey(name), $"docker-compose.yml uses ${{{name}}} but .env.example does not define it"));

        var password = example["NEO4J_PASSWORD"];
        Assert.True(password.Length >= 8 && password != "neo4j", "Neo4j refuses a password shorter than 8 characters or equal to 'neo4j'");
        Assert.Contains($"${{NEO4J_PASSWORD:-{password}}}", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AppEnvironment_GivesWritesAnApiKeyFromEnvThatTheHostAccepts()
    {
        // Inside the container every request comes from Docker's network, never loopback, so without a key no write
        // from the host machine would be accepted.
        var key = Services.Map("app").Map("environment").Scalar("GraphExplorer__ApiKey");
        var example = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".env.example"))
            .Single(l => l.StartsWith("GRAPHEXPLORER_API_KEY=", StringComparison.Ordinal))["GRAPHEXPLORER_API_KEY=".Length..];

        Assert.Equal($"${{GRAPHEXPLORER_API_KEY:-{example}}}", key);

        // GraphExplorerOptionsValidator refuses a key shorter than 16 characters, which would stop the app at start.
        Assert.True(example.Trim().Length >= 16, $"the example API key '{example}' is shorter than the 16 characters the host requires");
    }

    [Fact]
    public void Dockerfile_RestoreLayer_CopiesEveryProjectTheWebHostReferences()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var copied = CsprojCopyPattern().Matches(dockerfile).Select(m => m.Groups["path"].Value).ToHashSet(StringComparer.Ordinal);

        var restoreLayer = dockerfile[..dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal)];
        var copiedFiles = restoreLayer.Split('\n')
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToHashSet(StringComparer.Ordinal);
        var imports = new HashSet<string>(StringComparer.Ordinal);
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["src/GraphExplorer.Web/GraphExplorer.Web.csproj"]);
        while (pending.Count > 0)
        {
            var project = pending.Pop();
            if (!needed.Add(project))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(project)!;
            foreach (Match reference in ProjectReferencePattern().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, project))))
            {
                var full = Path.GetFullPath(Path.Combine(RepoPaths.Root, folder, reference.Groups["path"].Value));
                pending.Push(Path.GetRelativePath(RepoPaths.Root, full).Replace('\\', '/'));
            }

            // A project's imported targets are read at restore too: missing, the restore stops.
            foreach (Match import in ImportPattern().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, project))))
            {
                var full = Path.GetFullPath(Path.Combine(RepoPaths.Root, folder, import.Groups["path"].Value));
                imports.Add(Path.GetRelativePath(RepoPaths.Root, full).Replace('\\', '/'));
            }
        }

        Assert.All(needed, p => Assert.True(copied.Contains(p), $"the Dockerfile's restore layer does not copy {p}"));
        Assert.NotEmpty(imports);
        Assert.All(imports, p => Assert.True(copiedFiles.Contains(p), $"the Dockerfile's restore layer does not copy {p}, which a project imports"));
    }

    [Fact]
    public void Dockerfile_CopiesOnlyFilesThatExist()
    {
        var sources = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"))
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .Where(s => s != ".")
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, s)), $"the Dockerfile copies {s}, which does not exist"));
    }

    [Fact]
    public void Dockerfile_Stages_BuildWithSdkAndNodeThenRunOnAspNetRuntime()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Contains(froms, f => f.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", StringComparison.Ordinal));
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", froms[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("npm ci", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("dotnet publish src/GraphExplorer.Web/GraphExplorer.Web.csproj", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"GraphExplorer.Web.dll\"]", lines.Last(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "GraphExplorer.Web", "GraphExplorer.Web.csproj")));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputPackagesAndSecretsOutOfTheContext()
    {
        var entries = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["**/bin", "**/obj", "**/node_modules", ".env", ".git"], StringComparer.Ordinal), entries);
    }

    [Fact]
    public void ComposeYaml_WhenFileHasAListOfMappings_RefusesRatherThanMisreading()
    {
        var ex = Assert.Throws<FormatException>(() => ComposeYaml.Parse("services:\n  app:\n    ports:\n      - target: 80\n"));

        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeYaml_FlowSequencesAndQuotedScalars_ReadAsYamlMeansThem()
    {
        var yaml = ComposeYaml.Parse("a:\n  test: [\"CMD-SHELL\", \"x || exit 1\"]  # comment\n  quoted: 'it''s # not a comment'\n");

        Assert.Equal(["CMD-SHELL", "x || exit 1"], yaml.Map("a").List("test"));
        Assert.Equal("it's # not a comment", yaml.Map("a").Scalar("quoted"));
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Z_][A-Z0-9_]*)(:?-[^}]*)?\}")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^COPY\s+(?<path>src/\S+\.csproj)", RegexOptions.Multiline)]
    private static partial Regex CsprojCopyPattern();

    [GeneratedRegex("""<Import\s+Project="(?<path>[^"$]+)""")]
    private static partial Regex ImportPattern();

    [GeneratedRegex("""<ProjectReference\s+Include="(?<path>[^"]+)""")]
    private static partial Regex ProjectReferencePattern();
}
