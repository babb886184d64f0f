using System.Text;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Synthetic;
using Microsoft.Extensions.Configuration;

namespace GraphExplorer.Cli.Tests.Loading;

public sealed class LoadCommandTests : IDisposable
{
    private readonly LoadWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Load_ValidFile_PrintsSummaryAndExitsZero()
    {
        var file = _workspace.Write("facts.jsonl", Facts.Article("a1"), Facts.WorkedAt("Ada Abe", "OpenAI"), Facts.LeftFor("Ada Abe", "OpenAI", "Anthropic"));

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Matches(@"People\s*│\s*1\s*│\s*0\s*│\s*0", run.Output);
        Assert.Matches(@"Labs\s*│\s*2\s*│\s*0\s*│\s*0", run.Output);
        Assert.Matches(@"Edges\s*│\s*2\s*│\s*0\s*│\s*0", run.Output);
        Assert.Contains("1 batch(es) committed, 0 rejected; the store is at revision 1", run.Output, StringComparison.Ordinal);
        Assert.Equal((1, 2, 2, 1, 1L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_SameFileTwice_SecondRunFindsEverythingAlreadyPresent()
    {
        var file = _workspace.Write("facts.jsonl", Facts.Article("a1"), Facts.WorkedAt("Ada Abe", "OpenAI"));
        await _workspace.LoadAsync(file);

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Matches(@"Edges\s*│\s*0\s*│\s*1\s*│\s*0", run.Output);
        Assert.Equal((1, 1, 1, 1, 1L), await _workspace.CountsAsync());
    }

    public static TheoryData<string, byte[], string> BadLines => new()
    {
        { "malformed JSON", Encoding.UTF8.GetBytes("""{"type":"WORKED_AT","person":"Bob" """), "malformed JSON" },
        { "unknown fact type", Encoding.UTF8.GetBytes("""{"type":"HIRED","person":"Bob","lab":"Meta"}"""), "unknown fact type 'HIRED'" },
        { "missing field", Encoding.UTF8.GetBytes("""{"type":"WORKED_AT","person":"Bob"}"""), "missing field 'lab'" },
        { "bad date", Encoding.UTF8.GetBytes("""{"type":"WORKED_AT","person":"Bob","lab":"Meta","start":"2023-02-30"}"""), "field 'start'" },
        { "invalid UTF-8", [.. """{"type":"WORKED_AT","person":"B"""u8, 0xC3, 0x28, .. """b","lab":"Meta"}"""u8], "invalid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Load_FileWithABadLine_NamesFileAndLineWritesNothingAndExitsOne(string kind, byte[] badLine, string reason)
    {
        byte[] content = [.. Encoding.UTF8.GetBytes(Facts.WorkedAt("Ada Abe", "OpenAI") + "\n"), .. badLine, .. "\n"u8, .. Encoding.UTF8.GetBytes(Facts.WorkedAt("Cy Abe", "OpenAI") + "\n")];
        var file = _workspace.WriteBytes("facts.jsonl", content);

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, $"{kind}: {run}");
        Assert.Contains($"{file}:2: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(reason, run.Output, StringComparison.Ordinal);
        Assert.Contains("nothing from", run.Output, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        Assert.Equal((0, 0, 0, 0, 0L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_EmptyFile_IsRejectedWithReason()
    {
        var file = _workspace.Write("empty.jsonl", string.Empty);

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{file}: the file is empty", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid line", run.Output, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Load_RejectedIntoANewStore_PrintsNoLoadedTableAndLeavesNoFile()
    {
        var file = _workspace.Write("facts.jsonl", """{"type":"WORKED_AT","person":"Bob","lab":"Meta","start":"2024-13"}""");

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.DoesNotContain("Loaded into", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was loaded into", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:1: ", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.DataPath), $"{_workspace.DataPath} was left behind");
    }

    [Fact]
    public async Task Load_RejectedIntoAnExistingStore_KeepsTheStore()
    {
        await _workspace.LoadAsync(_workspace.Write("good.jsonl", Facts.Article("a1"), Facts.WorkedAt("Ada Abe", "OpenAI")));
        var bad = _workspace.Write("bad.jsonl", """{"type":"WORKED_AT","person":"Bob","lab":"Meta","start":"2024-13"}""");

        var run = await _workspace.LoadAsync(bad);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Equal((1, 1, 1, 1, 1L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_BinaryFile_IsRejectedWithReason()
    {
        var file = _workspace.WriteBytes("image.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{file}:3: binary content", run.Output, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        Assert.Equal(0L, (await _workspace.CountsAsync()).Revision);
    }

    [Fact]
    public async Task Load_LargeFileWithOneBadLastLine_WritesNothingAndNamesTheLine()
    {
        // About 30 MB and 200,000 facts: past the loader's chunk size, so the file is validated first and never written.
        var file = Path.Combine(_workspace.Root, "large.jsonl");
        long lines;
        await using (var stream = File.Create(file))
        {
            lines = await SyntheticGraph.WriteJsonLinesAsync(new GeneratorOptions { People = 70_000 }, stream, TestContext.Current.CancellationToken);
            await stream.WriteAsync("""{"type":"WORKED_AT","person":"Bob","lab":"Meta","start":"yesterday"}"""u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{file}:{lines + 1}: field 'start'", run.Output, StringComparison.Ordinal);
        Assert.Equal(0L, (await _workspace.CountsAsync()).Revision);
    }

    [Fact]
    public async Task Load_SkipInvalid_LoadsTheGoodLinesAndListsTheBadOnes()
    {
        var file = _workspace.Write(
            "facts.jsonl",
            Facts.WorkedAt("Ada Abe", "OpenAI"),
            """{"type":"WORKED_AT","person":"Bob"}""",
            Facts.WorkedAt("Cy Abe", "Anthropic"),
            """{"type":"MOVED"}""");

        var run = await _workspace.LoadAsync(file, "--skip-invalid");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("2 line(s) skipped:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:2: missing field 'lab'", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:4: unknown fact type 'MOVED'", run.Output, StringComparison.Ordinal);
        Assert.Equal((2, 2, 2, 0, 1L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_SkipInvalidWithLoneSurrogateEscapes_LoadsTheGoodLinesAndNamesLineAndField()
    {
        var file = _workspace.Write(
            "facts.jsonl",
            Facts.WorkedAt("Ada Abe", "OpenAI"),
            """{"type":"WORKED_AT","person":"\ud800","lab":"OpenAI"}""",
            """{"type":"WORKED_AT","person":"Bo Abe","lab":"OpenAI","evidence":{"start":0,"end":1,"text":"\udc00"}}""",
            Facts.WorkedAt("Cy Abe", "Anthropic"));

        var run = await _workspace.LoadAsync(file, "--skip-invalid");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains($"{file}:2: field 'person'", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:3: field 'evidence.text'", run.Output, StringComparison.Ordinal);
        Assert.Equal((2, 2, 2, 0, 1L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_GoodFileAndBadFile_CommitsTheGoodOneOnly()
    {
        var good = _workspace.Write("1-good.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));
        var bad = _workspace.Write("2-bad.jsonl", Facts.WorkedAt("Cy Abe", "Anthropic"), "{not json");

        var run = await _workspace.LoadAsync(good, bad);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("1 batch(es) committed, 1 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{bad}:2: malformed JSON", run.Output, StringComparison.Ordinal);
        Assert.Equal((1, 1, 1, 0, 1L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_Folder_LoadsEveryFactsFileInIt()
    {
        _workspace.Write("in/a.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));
        _workspace.Write("in/sub/b.ndjson", Facts.WorkedAt("Cy Abe", "Anthropic"));
        _workspace.Write("in/notes.txt", "not facts");

        var run = await _workspace.LoadAsync(Path.Combine(_workspace.Root, "in"));

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Equal((2, 2, 2, 0, 2L), await _workspace.CountsAsync());
    }

    [Fact]
    public async Task Load_IdUsedForAPersonThenALab_RejectsTheSecondFileAsAConflict()
    {
        var first = _workspace.Write("1.jsonl", Facts.Alias("person", "Nova", "nova"));
        var second = _workspace.Write("2.jsonl", Facts.Alias("lab", "Nova Labs", "nova"), Facts.WorkedAt("Ada Abe", "Nova Labs"));

        var run = await _workspace.LoadAsync(first, second);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("conflict with the graph: 'nova' is already a person, not a lab", run.Output, StringComparison.Ordinal);
        AssertNoStackTrace(run);
        Assert.Equal((1, 0, 0, 0, 1L), await _workspace.CountsAsync());
    }

    [Theory]
    [InlineData("does-not-exist.jsonl")]
    [InlineData("--no-such-option")]
    [InlineData("--server", "not a url")]
    [InlineData("--batch-size", "0")]
    public async Task Load_UsageError_ExitsTwoWithMessage(params string[] args)
    {
        var file = _workspace.Write("facts.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));
        string[] arguments = args[0] == "does-not-exist.jsonl" ? ["load", Path.Combine(_workspace.Root, args[0])] : ["load", file, .. args];

        var run = await LoadWorkspace.RunAsync(arguments);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Load_NoPaths_ExitsTwo()
    {
        var run = await LoadWorkspace.RunAsync("load");

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
    }

    [Fact]
    public async Task Load_StoreFileIsNotADatabase_ExitsOneWithCleanMessage()
    {
        await File.WriteAllTextAsync(_workspace.DataPath, new string('x', 8192), TestContext.Current.CancellationToken);
        var file = _workspace.Write("facts.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));

        var run = await _workspace.LoadAsync(file);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains(_workspace.DataPath, run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task StoreFactory_DataPathInConfiguration_OpensThatFile()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GraphExplorer:DataPath"] = _workspace.DataPath }).Build();

        await using var store = await StoreFactory.OpenAsync(configuration, null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(_workspace.DataPath, Assert.IsType<Embedded.EmbeddedGraphStore>(store).DataPath);
        Assert.True(File.Exists(_workspace.DataPath));
    }

    [Fact]
    public async Task StoreFactory_UnknownEngine_IsAUsageErrorNamingIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["GraphExplorer:Store"] = "Cassandra" }).Build();

        var ex = await Assert.ThrowsAsync<CliUsageException>(() => StoreFactory.OpenAsync(configuration, _workspace.DataPath, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("Cassandra", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertNoStackTrace(LoadRun run)
    {
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", run.All, StringComparison.Ordinal);
    }
}
