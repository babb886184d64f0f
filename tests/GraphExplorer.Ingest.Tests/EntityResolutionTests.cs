using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Tests;

public class EntityResolutionTests
{
    [Fact]
    public void Extract_ChineseShortAndFullForms_ResolveToOnePerson()
    {
        var result = TestData.Extract("约翰·舒曼是OpenAI的联合创始人。今年8月，舒曼离开OpenAI，加入了Anthropic。", published: "2024-08-20");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("John Schulman", "OpenAI", "Anthropic", "2024-08"), (move.Person, move.From, move.To, move.Date?.ToString()));
        Assert.Contains(result.Foundings(), f => f.Person == "John Schulman" && f.Lab == "OpenAI");
    }

    [Fact]
    public void Extract_ShortChineseNameAlone_ResolvesThroughGazetteer()
    {
        var result = TestData.Extract("消息人士称，CEO奥特曼上周在内部信中确认了这一变动，OpenAI的总裁也发表了评论。");

        Assert.Contains(result.Tenures(), t => t.Person == "Sam Altman" && t.Lab == "OpenAI" && t.Role == "CEO");
    }

    [Fact]
    public void Extract_SurnameAfterFullName_ResolvesToFullName()
    {
        var result = TestData.Extract("Nadia Okafor spent four years at Google. Last week Okafor joined Cohere as a research engineer.", published: "2025-03-12");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Nadia Okafor", "Google", "Cohere"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_LowerCaseLabName_ResolvesToCanonical()
    {
        var result = TestData.Extract("Kofi Mensah a quitté Openai pour rejoindre anthropic en janvier 2025.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("OpenAI", "Anthropic"), (move.From, move.To));
    }

    [Fact]
    public void Extract_ShortenedLabName_ResolvesToFullLab()
    {
        var result = TestData.Extract("Sofia Marin, previously an engineer at Apple, joined Machines Lab in April 2025.");

        Assert.Contains(result.Moves(), m => m.Person == "Sofia Marin" && m.From == "Apple" && m.To == "Thinking Machines Lab");
    }

    [Fact]
    public void Extract_IndonesianDescriptionOfMetaLab_ResolvesToMetaSuperintelligenceLabs()
    {
        var result = TestData.Extract("Peneliti Anthropic, Arif Wijaya, dikabarkan akan bergabung dengan lab superintelijen milik Meta, menurut sumber.");

        Assert.Contains(result.Moves(), m => m.Person == "Arif Wijaya" && m.From == "Anthropic" && m.To == "Meta Superintelligence Labs");
    }

    [Fact]
    public void Extract_ShortFormSharedByTwoPeople_ReportsUncertainMergeInsteadOfGuessing()
    {
        var result = TestData.Extract("Elena Varga and Marco Varga both worked at IBM. Varga left IBM for Nvidia in 2024.");

        Assert.Contains(result.UncertainMerges, m => m.Mention == "Varga" && m.Candidate.Contains("Elena Varga", StringComparison.Ordinal) && m.Candidate.Contains("Marco Varga", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Moves(), m => m.To == "Nvidia");
    }

    [Fact]
    public void Extract_MisspelledKnownName_ReportsUncertainMergeAndKeepsNamesApart()
    {
        var result = TestData.Extract("Andrej Karpaty left Tesla for OpenAI in 2023, the report said.");

        Assert.Contains(result.UncertainMerges, m => m.Mention == "Andrej Karpaty" && m.Candidate == "Andrej Karpathy");
        Assert.Contains(result.Moves(), m => m.Person == "Andrej Karpaty");
    }

    [Fact]
    public void Gazetteer_WithAliasesFile_ResolvesUserSpellings()
    {
        var gazetteer = Gazetteer.Default.With([new AliasFact(NodeKind.Lab, "Nimbus Research Lab", null, ["Nimbus", "ニンバス研究所"])]);
        var extractor = new ArticleExtractor(gazetteer);

        var result = extractor.Extract(new ArticleInput("Lena Fischer left Nimbus to join Google DeepMind in 2024, the lab confirmed."));

        Assert.Contains(result.Moves(), m => m.Person == "Lena Fischer" && m.From == "Nimbus Research Lab" && m.To == "Google DeepMind");
        Assert.Equal("Nimbus Research Lab", gazetteer.Resolve("ニンバス研究所", NodeKind.Lab));
        Assert.Null(Gazetteer.Default.Resolve("Nimbus", NodeKind.Lab));
    }

    [Fact]
    public async Task Gazetteer_LoadAliasesFileWithBadLine_ReturnsErrorsNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aliases-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"type\":\"ALIAS\",\"kind\":\"lab\",\"name\":\"Nimbus Research Lab\",\"aliases\":[\"Nimbus\"]}\n{\"type\":\"ALIAS\",\"kind\":\"planet\",\"name\":\"X\"}\n", TestContext.Current.CancellationToken);
        try
        {
            var (gazetteer, errors) = await Gazetteer.LoadAliasesAsync(path, cancellationToken: TestContext.Current.CancellationToken);

            Assert.Null(gazetteer);
            var error = Assert.Single(errors);
            Assert.Equal(2, error.Location.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gazetteer_Default_KnowsNamesInEveryScript()
    {
        var g = Gazetteer.Default;

        Assert.Equal("Sam Altman", g.Resolve("山姆·奥特曼", NodeKind.Person));
        Assert.Equal("John Schulman", g.Resolve("约翰·舒曼", NodeKind.Person));
        Assert.Equal("Google", g.Resolve("谷歌", NodeKind.Lab));
        Assert.Equal("Google", g.Resolve("グーグル", NodeKind.Lab));
        Assert.Equal("Google", g.Resolve("구글", NodeKind.Lab));
        Assert.Equal("Meta Superintelligence Labs", g.Resolve("lab superintelijen", NodeKind.Lab));
        Assert.Equal("OpenAI", g.Resolve("Openai", NodeKind.Lab));
    }
}
