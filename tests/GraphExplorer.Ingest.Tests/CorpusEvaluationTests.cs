using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Evaluation;

namespace GraphExplorer.Ingest.Tests;

/// <summary>The corpus reader (manifest, gold, texts checked by hash) and the scoring rules with their error causes, on self-written data.</summary>
public sealed class CorpusEvaluationTests : IDisposable
{
    private const string DevText = "Jane Roe left OpenAI to join Anthropic in March 2024.";
    private const string TestText = "Omar Ferro co-founded Quillfish Labs.";
    private readonly string _folder = Directory.CreateTempSubdirectory("corpus-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LoadAsync_DevSplit_ReturnsOnlyDevArticlesWithTheirGold()
    {
        WriteCorpus();

        var data = await Corpus.LoadAsync(_folder, Texts, "dev", TestContext.Current.CancellationToken);

        Assert.Equal(["en-dev"], data.Articles.Select(a => a.Id));
        Assert.Equal(DevText, data.Texts["en-dev"]);
        Assert.All(data.Gold, f => Assert.True(f is ArticleFact a ? a.Id == "en-dev" : f.Sources.Contains("en-dev")));
        Assert.Equal(2, data.Gold.Count(f => f is not ArticleFact));
    }

    [Fact]
    public async Task LoadAsync_MissingText_NamesTheFileAndHowToRebuild()
    {
        WriteCorpus();
        File.Delete(Path.Combine(Texts, "en-test.txt"));

        var ex = await Assert.ThrowsAsync<CorpusException>(() => Corpus.LoadAsync(_folder, Texts, "all", TestContext.Current.CancellationToken));

        Assert.Contains("en-test.txt: missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("data/corpus/README.md", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ChangedText_ReportsTheMismatchAgainstTheManifestLine()
    {
        WriteCorpus();
        await File.WriteAllTextAsync(Path.Combine(Texts, "en-dev.txt"), DevText + " ", TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<CorpusException>(() => Corpus.LoadAsync(_folder, Texts, "dev", TestContext.Current.CancellationToken));

        Assert.Contains("en-dev.txt: differs from the manifest", ex.Message, StringComparison.Ordinal);
        Assert.Contains("en.articles.jsonl:1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BadManifestLine_NamesFileAndLine()
    {
        WriteCorpus();
        await File.AppendAllTextAsync(Path.Combine(_folder, "en.articles.jsonl"), "{\"id\":\"x\",\"split\":\"later\"}\n", TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<CorpusException>(() => Corpus.LoadAsync(_folder, Texts, "dev", TestContext.Current.CancellationToken));

        Assert.Contains("en.articles.jsonl:3: field 'split'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NamePartsInAnyOrderAndUnitForParent_Match()
    {
        Fact[] gold =
        [
            new ArticleFact("a", null, null, "zh-Hans", null),
            new WorkedAtFact("Wen Qiuyu", "Meta Superintelligence Labs", null, null, null) { Sources = ["a"] },
            new FoundedFact("Ann Lee", "Quill Inc.", Core.Model.PartialDate.Of(2020)) { Sources = ["a"] },
        ];
        Fact[] extracted =
        [
            new WorkedAtFact("Qiuyu Wen", "Meta", "researcher", null, null) { Sources = ["a"] },
            new FoundedFact("ann lee", "Quill", Core.Model.PartialDate.Of(2019)) { Sources = ["a"] },
        ];

        var report = new Evaluator().Evaluate(gold, extracted);

        Assert.Equal(2, report.Overall.TruePositives);
        Assert.Equal(0, report.Overall.FalsePositives);
        Assert.Equal(2, report.Unlisted.TruePositives);
    }

    [Fact]
    public void Evaluate_Errors_AreGroupedByCause()
    {
        Fact[] gold =
        [
            new ArticleFact("a", null, null, "en", null),
            new LeftForFact("Jane Roe", "OpenAI", "Anthropic", null) { Sources = ["a"] },
            new LeftForFact("Omar Ferro", "Google", "Cohere", null) { Sources = ["a"] },
            new WorkedAtFact("Lin Park", "Apple", null, null, null) { Sources = ["a"] },
            new FoundedFact("Ada Quist", "Quillfish", null) { Sources = ["a"] },
        ];
        Fact[] extracted =
        [
            new LeftForFact("Jane Roe", "Anthropic", "OpenAI", null) { Sources = ["a"] },
            new LeftForFact("Ferro", "Google", "Cohere", null) { Sources = ["a"] },
            new WorkedAtFact("Lin Park", "Stanford University", null, null, null) { Sources = ["a"] },
            new FoundedFact("Citing Sources", "Quillfish", null) { Sources = ["a"] },
        ];

        var report = new Evaluator().Evaluate(gold, extracted);
        string Cause(string kind, string fact) => Assert.Single(report.Misses, m => m.Kind == kind && m.Fact.StartsWith(fact, StringComparison.Ordinal)).Cause;

        Assert.Equal(MissCauses.WrongDirection, Cause("missed", "LEFT_FOR Jane Roe"));
        Assert.Equal(MissCauses.WrongDirection, Cause("spurious", "LEFT_FOR Jane Roe"));
        Assert.Equal(MissCauses.Duplicate, Cause("missed", "LEFT_FOR Omar Ferro"));
        Assert.Equal(MissCauses.Duplicate, Cause("spurious", "LEFT_FOR Ferro"));
        Assert.Equal(MissCauses.LabNotFound, Cause("missed", "WORKED_AT Lin Park"));
        Assert.Equal(MissCauses.NonLab, Cause("spurious", "WORKED_AT Lin Park"));
        Assert.Equal(MissCauses.PersonNotFound, Cause("missed", "FOUNDED Ada Quist"));
        Assert.Equal(MissCauses.NonName, Cause("spurious", "FOUNDED Citing Sources"));
        Assert.Contains("wrong direction", report.CausesToText(), StringComparison.Ordinal);
    }

    private string Texts => Path.Combine(_folder, "texts");

    private void WriteCorpus()
    {
        Directory.CreateDirectory(Texts);
        File.WriteAllText(Path.Combine(Texts, "en-dev.txt"), DevText);
        File.WriteAllText(Path.Combine(Texts, "en-test.txt"), TestText);
        File.WriteAllLines(Path.Combine(_folder, "en.articles.jsonl"),
        [
            Manifest("en-dev", DevText, "dev"),
            Manifest("en-test", TestText, "test"),
        ]);
        File.WriteAllLines(Path.Combine(_folder, "en.gold.jsonl"),
        [
            """{"type":"ARTICLE","id":"en-dev","language":"en","published":"2024-03-20"}""",
            """{"type":"LEFT_FOR","person":"Jane Roe","from":"OpenAI","to":"Anthropic","date":"2024-03","source":"en-dev","evidence":{"start":0,"end":40}}""",
            """{"type":"WORKED_AT","person":"Jane Roe","lab":"OpenAI","source":"en-dev","evidence":{"start":0,"end":40}}""",
            """{"type":"ARTICLE","id":"en-test","language":"en"}""",
            """{"type":"FOUNDED","person":"Omar Ferro","lab":"Quillfish Labs","source":"en-test","evidence":{"start":0,"end":30}}""",
        ]);
    }

    private static string Manifest(string id, string text, string split) =>
        $$"""{"id":"{{id}}","url":"https://example.org/{{id}}","title":"t","language":"en","published":null,"sha256":"{{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}}","length":{{text.Length}},"split":"{{split}}"}""";
}
