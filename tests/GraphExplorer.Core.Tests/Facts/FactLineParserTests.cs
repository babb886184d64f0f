using System.Text;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Tests.Facts;

/// <summary>
/// The fast path of the reader must build exactly the fact the full parser builds, and hand every line it is not sure
/// of to the full parser (which then names the error).
/// </summary>
public sealed class FactLineParserTests
{
    private static readonly FactLocation s_where = new("facts.jsonl", 3);

    public static TheoryData<string> PlainLines =>
    [
        """{"type":"ARTICLE","id":"syn-0000000","title":"Synthetic dispatch 0","language":"en","published":"2015-11"}""",
        """{"type":"ARTICLE","id":"a:1","title":"  Padded  ","url":"https://example.org/x","published":"2015"}""",
        """{"type":"WORKED_AT","person":"Ada Abe","lab":"Umber Vertex Systems","role":"Engineer","start":"2010-04","end":"2012-05","source":"syn-0000000"}""",
        """{"type":"WORKED_AT","person":" Ada Abe ","lab":"Umber","role":" ","start":"2010-04-30","end":null,"source":"s1"}""",
        """{"type":"WORKED_AT","person":"Łukasz Kaiser","lab":"Google Brain","start":"2012"}""",
        """{"type":"WORKED_AT","person":"Jos\u00e9 \"Pepe\" Díaz","lab":"OpenAI","start":"2012"}""",
        """{"type":"LEFT_FOR","person":"Ada Abe","from":"Umber Vertex Systems","to":"Nimbus Summit Robotics","date":"2012-05","source":"syn-0000000"}""",
        """{"type":"FOUNDED","person":"Alan Abe","lab":"Delta Cortex Intelligence","date":"1997-04","source":"syn-0000000"}""",
        """  {"source":"x","lab":"L","person":"P","type":"FOUNDED"}  """,
    ];

    // Each is either valid through another path of the full parser or invalid; the fast path must not accept it.
    public static TheoryData<string> LinesForTheFullParser =>
    [
        """{"type":"WORKED_AT","person":"Ada","lab":"L","start":2015}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","sources":["a","b"]}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","confidence":0.5}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","evidence":{"start":1,"end":2}}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","start":"2015-13"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","start":"2015-00"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","start":"2016","end":"2015"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","start":" 2015"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","date":"2015"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","source":"not an id"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","person":"Bob"}""",
        """{"type":"WORKED_AT","person":"...","lab":"L"}""",
        """{"type":"WORKED_AT","person":"  ","lab":"L"}""",
        """{"type":"WORKED_AT","lab":"L"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L","bogus":null}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L"} {"type":"ARTICLE","id":"x"}""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L"} garbage""",
        """{"type":"WORKED_AT","person":"Ada","lab":"L",}""",
        """{"type":"WORKED_AT","person":"\ud800","lab":"L"}""",
        """{"ty\u0070e":"WORKED_AT","person":"Ada","lab":"L"}""",
        """{"type":"worked_at","person":"Ada","lab":"L"}""",
        """{"type":"LEFT_FOR","person":"Ada","from":"Open-AI","to":"open ai"}""",
        """{"type":"ALIAS","kind":"lab","name":"OpenAI","aliases":["Open AI"]}""",
        """{"type":"ARTICLE","id":"has space"}""",
        """{"type":"ARTICLE","id":"a","url":"/not/absolute"}""",
        """["type","ARTICLE"]""",
        "42",
    ];

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void TryParse_PlainLine_BuildsWhatTheFullParserBuilds(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(FactParser.TryParse(bytes, s_where, out var expected, out var error), error?.ToString());

        var fact = new FactLineParser().TryParse(bytes, s_where);

        Assert.NotNull(fact);
        Assert.Equal(Describe(expected!), Describe(fact));
    }

    [Theory]
    [MemberData(nameof(LinesForTheFullParser))]
    public void TryParse_LineItIsNotSureOf_LeavesItToTheFullParser(string line) =>
        Assert.Null(new FactLineParser().TryParse(Encoding.UTF8.GetBytes(line), s_where));

    [Fact]
    public void TryParse_RepeatedTexts_SharesOneStringAndOneSourceList()
    {
        var parser = new FactLineParser();
        var line = Encoding.UTF8.GetBytes("""{"type":"WORKED_AT","person":"Ada Abe","lab":"Umber","role":"Engineer","source":"s1"}""");

        var first = Assert.IsType<WorkedAtFact>(parser.TryParse(line, s_where));
        var second = Assert.IsType<WorkedAtFact>(parser.TryParse(line, s_where));

        Assert.Same(first.Lab, second.Lab);
        Assert.Same(first.Role, second.Role);
        Assert.Same(first.Sources, second.Sources);
        Assert.Equal(["s1"], second.Sources);
    }

    // Records compare their lists by reference: the description spells every field out, lists by content.
    private static string Describe(Fact fact) =>
        $"{fact with { Sources = [] }} sources=[{string.Join(",", fact.Sources)}] evidence={fact.Evidence} confidence={fact.Confidence}";
}
