using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Cli.Tests.Ingest;

/// <summary><c>train</c> on a small self-written corpus, and <c>--scorer model</c> with the model it writes or a damaged one.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] s_people = ["Sam Altman", "John Schulman", "Ilya Sutskever", "Mira Murati", "Greg Brockman", "Dario Amodei"];
    private static readonly string[] s_labs = ["OpenAI", "Anthropic", "Google", "Microsoft", "Apple", "Amazon"];
    private readonly string _corpus = Directory.CreateTempSubdirectory("train-corpus-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Fact]
    public async Task Train_SmallCorpusWithFolds_PrintsRulesAgainstModelAndWritesAModelEvalCanUse()
    {
        WriteCorpus(12);
        var model = Path.Combine(_corpus, "model.json");

        var run = await IngestWorkspace.RunAsync("train", "--corpus", _corpus, "--folds", "3", "--out", model);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("3-fold cross-validation", run.Output, StringComparison.Ordinal);
        Assert.Contains("F1 per type, rules -> model", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Trained on 12 article(s) of {_corpus} dev", run.Output, StringComparison.Ordinal);
        var eval = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "dev", "--scorer", "model", "--model", model);
        Assert.True(eval.ExitCode == CliApplication.Ok, eval.ToString());
        Assert.Contains("all                   WORKED_AT", eval.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_DamagedModelFile_ExitsOneNamingTheFile()
    {
        WriteCorpus(1);
        var model = Path.Combine(_corpus, "model.json");
        await File.WriteAllTextAsync(model, "{\"format\": \"graphexplorer-pair-model\", \"version\": 1, \"features\": [", TestContext.Current.CancellationToken);

        var run = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "dev", "--scorer", "model", "--model", model);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{model}: not a readable pair model file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ModelWithRulesScorer_IsAUsageError()
    {
        WriteCorpus(1);

        var run = await IngestWorkspace.RunAsync("eval", "--corpus", _corpus, "--split", "dev", "--scorer", "rules", "--model", "m.json");

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("--model is read only with --scorer model", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_TwoGoldFilesAndArticleFiles_TrainsOnTheLabelledArticlesAndNamesTheUnlabelledOne()
    {
        var (first, second, texts) = WriteGoldSets(10);
        await File.WriteAllTextAsync(Path.Combine(texts, "stray.txt"), "Sam Altman works at OpenAI as an engineer.", TestContext.Current.CancellationToken);
        var model = Path.Combine(_corpus, "model.json");

        var run = await IngestWorkspace.RunAsync("train", "--gold", first, "--gold", second, texts, "--folds", "2", "--out", model);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("2-fold cross-validation", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Trained on 10 article(s) of {first}, {second}", run.Output, StringComparison.Ordinal);
        Assert.Contains("stray.txt: the article is not in the gold file", run.Error, StringComparison.Ordinal);
        var eval = await IngestWorkspace.RunAsync("eval", "--gold", first, texts, "--scorer", "model", "--model", model);
        Assert.True(eval.ExitCode == CliApplication.Ok, eval.ToString());
        Assert.Contains("all                   WORKED_AT", eval.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ArticleLabelledInTwoGoldFiles_ExitsOneNamingBothFiles()
    {
        var (first, _, texts) = WriteGoldSets(4);
        var copy = Path.Combine(_corpus, "copy.gold.jsonl");
        File.Copy(first, copy);
        var model = Path.Combine(_corpus, "model.json");

        var run = await IngestWorkspace.RunAsync("train", "--gold", first, "--gold", copy, texts, "--out", model);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{copy}: the article en-0 is already labelled in {first}", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_GoldWithCorpus_IsAUsageError()
    {
        var (first, _, texts) = WriteGoldSets(2);

        var run = await IngestWorkspace.RunAsync("train", "--gold", first, texts, "--corpus", _corpus);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("give one or the other", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ArticlePathsWithoutGold_IsAUsageError()
    {
        var run = await IngestWorkspace.RunAsync("train", _corpus);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("article paths are read only with --gold", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Articles "A works at X as an engineer. A criticised Y in a podcast.", gold WORKED_AT A–X, all in the dev split.</summary>
    private void WriteCorpus(int count)
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "texts"));
        var manifest = new StringBuilder();
        var gold = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (person, lab, other) = (s_people[i % s_people.Length], s_labs[i % s_labs.Length], s_labs[(i + 2) % s_labs.Length]);
            var text = $"{person} works at {lab} as an engineer. {person} criticised {other} in a podcast last week.";
            var id = $"en-{i}";
            File.WriteAllText(Path.Combine(_corpus, "texts", id + ".txt"), text);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            manifest.Append($$"""{"id":"{{id}}","url":"https://example.org/{{id}}","title":"t","language":"en","published":"2024-03-25","sha256":"{{sha}}","length":{{text.Length}},"split":"dev"}""").Append('\n');
            gold.Append($$"""{"type":"ARTICLE","id":"{{id}}","language":"en","published":"2024-03-25"}""").Append('\n');
            var end = text.IndexOf('.', StringComparison.Ordinal);
            gold.Append($$"""{"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","source":"{{id}}","evidence":{"start":0,"end":{{end}}""").Append("}}\n");
        }

        File.WriteAllText(Path.Combine(_corpus, "en.articles.jsonl"), manifest.ToString());
        File.WriteAllText(Path.Combine(_corpus, "en.gold.jsonl"), gold.ToString());
    }

    /// <summary>The corpus's articles as files named by their ids, their gold split over two files by parity.</summary>
    private (string First, string Second, string Texts) WriteGoldSets(int count)
    {
        WriteCorpus(count);
        var lines = File.ReadAllLines(Path.Combine(_corpus, "en.gold.jsonl"));
        var first = Path.Combine(_corpus, "first.gold.jsonl");
        var second = Path.Combine(_corpus, "second.gold.jsonl");
        File.WriteAllLines(first, lines.Where((_, i) => i / 2 % 2 == 0));
        File.WriteAllLines(second, lines.Where((_, i) => i / 2 % 2 == 1));
        return (first, second, Path.Combine(_corpus, "texts"));
    }
}
