using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Facts;

public sealed class FactParserTests
{
    private static readonly FactLocation s_where = new("facts.jsonl", 7);

    private static Fact ParseOk(string json)
    {
        Assert.True(FactParser.TryParse(Encoding.UTF8.GetBytes(json), s_where, out var fact, out var error), error?.ToString());
        Assert.Null(error);
        Assert.NotNull(fact);
        return fact;
    }

    private static FactError ParseError(string json)
    {
        Assert.False(FactParser.TryParse(Encoding.UTF8.GetBytes(json), s_where, out var fact, out var error), $"parsed as {fact}");
        Assert.Null(fact);
        Assert.NotNull(error);
        Assert.Equal(s_where, error.Location);
        Assert.StartsWith("facts.jsonl:7: ", error.ToString(), StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void TryParse_Article_ReadsEveryField()
    {
        var fact = Assert.IsType<ArticleFact>(ParseOk("""{"type":"ARTICLE","id":"000_33cf","title":" A title ","url":"https://example.org/a","language":"fr","published":"2025-02"}"""));
        Assert.Equal(new ArticleFact("000_33cf", "A title", "https://example.org/a", "fr", PartialDate.Of(2025, 2)) { Location = s_where }, fact);
    }

    [Fact]
    public void TryParse_WorkedAt_ReadsFieldsSourcesEvidenceAndConfidence()
    {
        var fact = Assert.IsType<WorkedAtFact>(ParseOk("""
            {"type":"WORKED_AT","person":" John Schulman ","lab":"OpenAI","role":"co-founder","start":2015,"end":"2024-08",
             "source":"a1","sources":["a2","a1"],"evidence":{"start":3,"end":9,"text":"quitté"},"confidence":0.75}
            """.ReplaceLineEndings(string.Empty)));
        Assert.Equal(("John Schulman", "OpenAI", "co-founder"), (fact.Person, fact.Lab, fact.Role));
        Assert.Equal((PartialDate.Of(2015), PartialDate.Of(2024, 8)), (fact.Start, fact.End));
        Assert.Equal(["a1", "a2"], fact.Sources);
        Assert.Equal(new EvidenceSpan(3, 9, "quitté"), fact.Evidence);
        Assert.Equal(0.75, fact.Confidence);
        Assert.Equal(s_where, fact.Location);
    }

    [Fact]
    public void TryParse_LeftForAndFounded_ReadTheirFields()
    {
        var move = Assert.IsType<LeftForFact>(ParseOk("""{"type":"LEFT_FOR","person":"Jan Leike","from":"OpenAI","to":"Anthropic","date":"2024-05","source":"a"}"""));
        Assert.Equal(("Jan Leike", "OpenAI", "Anthropic", PartialDate.Of(2024, 5)), (move.Person, move.From, move.To, move.Date));
        var founding = Assert.IsType<FoundedFact>(ParseOk("""{"type":"FOUNDED","person":"Mira Murati","lab":"Thinking Machines Lab"}"""));
        Assert.Equal(("Mira Murati", "Thinking Machines Lab", (PartialDate?)null), (founding.Person, founding.Lab, founding.Date));
        Assert.Empty(founding.Sources);
    }

    [Fact]
    public void TryParse_Alias_MergesAliasAndAliases()
    {
        var alias = Assert.IsType<AliasFact>(ParseOk("""{"type":"ALIAS","kind":"person","name":"John Schulman","id":"john-schulman","alias":"舒曼","aliases":["约翰·舒曼"," Schulman "]}"""));
        Assert.Equal((NodeKind.Person, "John Schulman", "john-schulman"), (alias.Kind, alias.Name, alias.Id));
        Assert.Equal(["舒曼", "约翰·舒曼", "Schulman"], alias.Aliases);
    }

    [Fact]
    public void TryParse_BlankOrNullOptionalFields_CountAsAbsent()
    {
        var fact = Assert.IsType<WorkedAtFact>(ParseOk("""{"type":"WORKED_AT","person":"A","lab":"B","role":"  ","start":null,"end":"","source":"","sources":null,"evidence":null,"confidence":null}"""));
        Assert.Equal(("A", "B"), (fact.Person, fact.Lab));
        Assert.Null(fact.Role);
        Assert.Null(fact.Start);
        Assert.Null(fact.End);
        Assert.Empty(fact.Sources);
        Assert.Null(fact.Evidence);
        Assert.Null(fact.Confidence);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"type":}""")]
    [InlineData("not json")]
    [InlineData("""{"type":"ARTICLE","id":"a",}""")]
    [InlineData("""{"type":"ARTICLE" /* c */ ,"id":"a"}""")]
    [InlineData("")]
    public void TryParse_MalformedJson_SaysMalformedWithoutReaderPositions(string json)
    {
        var error = ParseError(json);
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"ARTICLE","id":"a"} x""")]
    [InlineData("""{"type":"ARTICLE","id":"a"}{"type":"ARTICLE","id":"b"}""")]
    public void TryParse_ContentAfterTheObject_IsRefused(string json) =>
        Assert.StartsWith("malformed JSON: ", ParseError(json).Message, StringComparison.Ordinal);

    [Fact]
    public void TryParse_TrailingWhitespace_IsAccepted() =>
        Assert.IsType<ArticleFact>(ParseOk("{\"type\":\"ARTICLE\",\"id\":\"a\"}  \t"));

    [Theory]
    [InlineData("[1]", "expected a JSON object, found an array")]
    [InlineData("\"ARTICLE\"", "expected a JSON object, found a string")]
    [InlineData("""{"id":"a"}""", "missing field 'type'")]
    [InlineData("""{"type":7}""", "field 'type' must be a string, found a number")]
    [InlineData("""{"type":"EMPLOYED_BY"}""", "unknown fact type 'EMPLOYED_BY' (expected one of ARTICLE, WORKED_AT, LEFT_FOR, FOUNDED, ALIAS)")]
    [InlineData("""{"type":"worked_at","person":"A","lab":"B"}""", "unknown fact type 'worked_at'")]
    [InlineData("""{"type":"WORKED_AT","person":"A"}""", "missing field 'lab'")]
    [InlineData("""{"type":"WORKED_AT","person":null,"lab":"B"}""", "missing field 'person'")]
    [InlineData("""{"type":"WORKED_AT","person":"  ","lab":"B"}""", "field 'person' is empty")]
    [InlineData("""{"type":"WORKED_AT","person":"--","lab":"B"}""", "field 'person': '--' has no letters or digits")]
    [InlineData("""{"type":"WORKED_AT","person":42,"lab":"B"}""", "field 'person' must be a string, found a number")]
    [InlineData("""{"type":"WORKED_AT","person":"A","lab":"B","role":true}""", "field 'role' must be a string, found a boolean")]
    [InlineData("""{"type":"WORKED_AT","person":"A","lab":"B","company":"C"}""", "field 'company' is not part of a WORKED_AT fact (allowed: type, person, lab, role, start, end, source, sources, evidence, confidence)")]
    [InlineData("""{"type":"ARTICLE","id":"a","source":"a"}""", "field 'source' is not part of a ARTICLE fact")]
    [InlineData("""{"type":"WORKED_AT","person":"A","lab":"B","start":"2024-13"}""", "field 'start': '2024-13' is not a valid date: the month must be 01 to 12")]
    [InlineData("""{"type":"WORKED_AT","person":"A","lab":"B","end":"Aug 2024"}""", "field 'end': 'Aug 2024' is not a date of the form yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("""{"type":"LEFT_FOR","person":"A","from":"B","to":"C","date":202408}""", "field 'date': '202408' is not a date of the form")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","date":["2024"]}""", "field 'date' must be a string, found an array")]
    [InlineData("""{"type":"WORKED_AT","person":"A","lab":"B","start":"2024-08","end":"2024-07"}""", "field 'end' (2024-07) is before field 'start' (2024-08)")]
    [InlineData("""{"type":"LEFT_FOR","person":"A","from":"OpenAI","to":" openai "}""", "fields 'from' and 'to' name the same lab ('OpenAI')")]
    [InlineData("""{"type":"LEFT_FOR","person":"A","from":"Google DeepMind","to":"google-deepmind"}""", "fields 'from' and 'to' name the same lab")]
    [InlineData("""{"type":"ARTICLE","id":"a b"}""", "field 'id': 'a b' is not an article id")]
    [InlineData("""{"type":"ARTICLE","id":"a","url":"not a url"}""", "field 'url': 'not a url' is not an absolute URL")]
    [InlineData("""{"type":"ARTICLE","id":"a","url":"/var/news/a.html"}""", "field 'url': '/var/news/a.html' is not an absolute URL")]
    [InlineData("""{"type":"ALIAS","kind":"company","name":"A"}""", "field 'kind': 'company' is neither 'person' nor 'lab'")]
    [InlineData("""{"type":"ALIAS","kind":"lab","name":"OpenAI","id":"OpenAI"}""", "field 'id': 'OpenAI' is not an id")]
    [InlineData("""{"type":"ALIAS","kind":"lab","name":"A","aliases":"B"}""", "field 'aliases' must be an array of strings, found a string")]
    [InlineData("""{"type":"ALIAS","kind":"lab","name":"A","aliases":["B",""]}""", "field 'aliases[1]' must be a non-empty string")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","source":"a b"}""", "field 'source': 'a b' is not an article id")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","sources":["ok","a b"]}""", "field 'sources[1]': 'a b' is not an article id")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","sources":[1]}""", "field 'sources[0]' must be a non-empty string")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","confidence":1.5}""", "field 'confidence' must be a number from 0 to 1")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","confidence":"0.5"}""", "field 'confidence' must be a number from 0 to 1")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","evidence":{"start":5,"end":2}}""", "field 'evidence' must be an object {start, end, text?} with 0 <= start <= end")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","evidence":{"start":-1,"end":2}}""", "field 'evidence' must be an object")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","evidence":[0,2]}""", "field 'evidence' must be an object")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","evidence":{"start":"0","end":2}}""", "field 'evidence' must be an object")]
    [InlineData("""{"type":"FOUNDED","person":"A","lab":"B","evidence":{"start":0,"end":null}}""", "field 'evidence' must be an object")]
    public void TryParse_InvalidFact_ErrorNamesTheFieldAndTheProblem(string json, string expectedMessagePart) =>
        Assert.Contains(expectedMessagePart, ParseError(json).Message, StringComparison.Ordinal);

    [Fact]
    public void TryParse_EndWithCoarserPrecisionThanStart_IsNotBeforeIt()
    {
        var fact = Assert.IsType<WorkedAtFact>(ParseOk("""{"type":"WORKED_AT","person":"A","lab":"B","start":"2024-08","end":"2024"}"""));
        Assert.Equal(PartialDate.Of(2024), fact.End);
    }

    [Fact]
    public void TryParse_JsonElementOverload_ReportsTheGivenLocation()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""[{"type":"FOUNDED","person":"A","lab":"B"},{"type":"FOUNDED","person":"A"}]""");
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.True(FactParser.TryParse(items[0], new FactLocation("request", 1), out var fact, out _));
        Assert.Equal("request:1", fact!.Location.ToString());
        Assert.False(FactParser.TryParse(items[1], new FactLocation("request", 2), out _, out var error));
        Assert.Equal("request:2: missing field 'lab'", error!.ToString());
    }

    [Fact]
    public void Types_ListsTheFiveFactTypes() =>
        Assert.Equal(["ARTICLE", "WORKED_AT", "LEFT_FOR", "FOUNDED", "ALIAS"], FactParser.Types);

    [Theory]
    [InlineData("""{"type":"WORKED_AT","person":"\ud800","lab":"OpenAI"}""", "field 'person'")]
    [InlineData("""{"type":"WORKED_AT","person":"Ann Lee","lab":"Open\udc00AI","role":"x"}""", "field 'lab'")]
    [InlineData("""{"type":"WORKED_AT","person":"Ann Lee","lab":"OpenAI","role":"\ud800 lead"}""", "field 'role'")]
    [InlineData("""{"type":"LEFT_FOR","person":"Ann Lee","from":"A","to":"B","evidence":{"start":0,"end":3,"text":"\ud800"}}""", "field 'evidence.text'")]
    [InlineData("""{"type":"WORKED_AT","person":"Ann Lee","lab":"OpenAI","sources":["a1","\udbff"]}""", "field 'sources[1]'")]
    [InlineData("""{"type":"ALIAS","kind":"lab","name":"OpenAI","aliases":["\ud800"]}""", "field 'aliases[0]'")]
    [InlineData("""{"type":"ARTICLE","id":"a1","title":"\ud800"}""", "field 'title'")]
    [InlineData("""{"type":"WORKED_AT","person":"Ann Lee","lab":"OpenAI","\ud800":1}""", "field name 4")]
    public void TryParse_LoneSurrogateEscapeInAString_IsAnErrorNamingTheField(string json, string field)
    {
        var error = ParseError(json);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SurrogatePairEscape_IsText()
    {
        var fact = Assert.IsType<WorkedAtFact>(ParseOk("""{"type":"WORKED_AT","person":"Ann \ud83d\ude00 Lee","lab":"OpenAI"}"""));
        Assert.Equal("Ann \U0001F600 Lee", fact.Person);
    }

    [Fact]
    public void TryParse_InvalidUtf8InsideAString_IsAnErrorNamingTheField()
    {
        byte[] json = [.. "{\"type\":\"WORKED_AT\",\"person\":\"Ann"u8, 0xC3, 0x28, .. "\",\"lab\":\"OpenAI\"}"u8];
        Assert.False(FactParser.TryParse(json, s_where, out _, out var error));
        Assert.Contains("field 'person'", error!.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
