using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Cli.Tests.Ingest;

/// <summary><c>eval --split</c> on a small self-written corpus: texts checked by hash, causes on dev, totals only on test.</summary>
public sealed class EvalCorpusCommandTests : IDisposable
{
    private const string Text = "Jane Roe left OpenAI to join Anthropic in March 2024, the company said on Monday.";
    private readonly string _corpus = Directory.CreateTempSubdirectory("eval-corpus-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Fact]
    public async Task Eval_DevSplit_PrintsScoresRecallByListingAndCauses()
    {
        Write(Text);

        var run = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "dev", "--misses");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("split dev: 1 article(s) (en 1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("on no built-in list", run.Output, StringComparison.Ordinal);
        Assert.Contains("Causes of missed gold facts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ChangedText_ExitsOneNamingTheFile()
    {
        Write(Text);
        await File.WriteAllTextAsync(Path.Combine(_corpus, "texts", "en-a.txt"), Text + "!", TestContext.Current.CancellationToken);

        var run = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "dev");

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("en-a.txt: differs from the manifest", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_TestSplitWithMisses_IsAUsageError()
    {
        Write(Text);

        var run = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "test", "--misses");

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("totals only", run.Error, StringComparison.Ordinal);
    }

    private void Write(string text)
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "texts"));
        File.WriteAllText(Path.Combine(_corpus, "texts", "en-a.txt"), text);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        File.WriteAllText(Path.Combine(_corpus, "en.articles.jsonl"),
            $$"""{"id":"en-a","url":"https://example.org/a","title":"t","language":"en","published":"2024-03-25","sha256":"{{sha}}","length":{{text.Length}},"split":"dev"}""" + "\n");
        File.WriteAllText(Path.Combine(_corpus, "en.gold.jsonl"),
            """{"type":"ARTICLE","id":"en-a","language":"en","published":"2024-03-25"}""" + "\n"
            + """{"type":"LEFT_FOR","person":"Jane Roe","from":"OpenAI","to":"Anthropic","source":"en-a","evidence":{"start":0,"end":40}}""" + "\n"
            + """{"type":"FOUNDED","person":"Omar Ferro","lab":"Quillfish","source":"en-a","evidence":{"start":0,"end":40}}""" + "\n");
    }
}
