using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Tests.TestSupport;
using Json.Schema;

namespace GraphExplorer.Core.Tests.Schema;

/// <summary>
/// Keeps schemas/facts.schema.json and FactParser in step: the schema's types, fields and required fields are compared
/// with what the parser accepts, the seed file is checked against the schema, and a full draft 2020-12 validator
/// (JsonSchema.Net, in-process) must agree with the parser on a corpus of valid and invalid lines.
/// </summary>
public sealed class FactsSchemaTests
{
    private static readonly Lazy<JsonDocument> s_schema = new(() => JsonDocument.Parse(File.ReadAllBytes(RepoPaths.FactsSchema)));

    // Built once: the schema's $id registers it globally, and a second build of the same id is refused.
    private static readonly Lazy<JsonSchema> s_validator = new(() => JsonSchema.FromFile(RepoPaths.FactsSchema));

    /// <summary>A valid value for every field of the format, to build facts that differ in one field only.</summary>
    private static readonly Dictionary<string, string> s_samples = new(StringComparer.Ordinal)
    {
        ["id"] = "\"a-1\"",
        ["title"] = "\"A title\"",
        ["url"] = "\"https://example.org/news/1\"",
        ["language"] = "\"en\"",
        ["published"] = "\"2024-08-08\"",
        ["person"] = "\"Ann Lee\"",
        ["lab"] = "\"Lab One\"",
        ["role"] = "\"CTO\"",
        ["start"] = "\"2020\"",
        ["end"] = "\"2021-03\"",
        ["from"] = "\"Lab One\"",
        ["to"] = "\"Lab Two\"",
        ["date"] = "2024",
        ["source"] = "\"a-1\"",
        ["sources"] = "[\"a-2\"]",
        ["evidence"] = "{\"start\":0,\"end\":4,\"text\":\"left\"}",
        ["confidence"] = "0.5",
        ["kind"] = "\"person\"",
        ["name"] = "\"Ann Lee\"",
        ["alias"] = "\"A. Lee\"",
        ["aliases"] = "[\"李安\"]",
    };

    private static JsonElement Root => s_schema.Value.RootElement;

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var path = reference.GetString()!;
            Assert.StartsWith("#/$defs/", path, StringComparison.Ordinal);
            schema = Root.GetProperty("$defs").GetProperty(path["#/$defs/".Length..]);
        }

        return schema;
    }

    /// <summary>The closed object schema that applies to facts of <paramref name="type"/> (the 'then' of its 'if').</summary>
    private static JsonElement BranchFor(string type)
    {
        var branches = Root.GetProperty("allOf").EnumerateArray()
            .Where(b => b.GetProperty("if").GetProperty("properties").GetProperty("type").GetProperty("const").GetString() == type)
            .ToList();
        return Resolve(Assert.Single(branches).GetProperty("then"));
    }

    private static HashSet<string> PropertiesOf(JsonElement branch) =>
        branch.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> RequiredOf(JsonElement branch) =>
        branch.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static bool TryParse(string json, out string? error)
    {
        var ok = FactParser.TryParse(Encoding.UTF8.GetBytes(json), new FactLocation("corpus", 1), out _, out var parseError);
        error = parseError?.Message;
        return ok;
    }

    /// <summary>Asks the parser which fields a type allows: its unknown-field error lists them.</summary>
    private static HashSet<string> ParserAllowedFields(string type)
    {
        Assert.False(TryParse($$"""{"type":"{{type}}","no-such-field":1}""", out var error));
        var match = Regex.Match(error!, @"is not part of a \w+ fact \(allowed: (?<list>[^)]*)\)$", RegexOptions.CultureInvariant);
        Assert.True(match.Success, error);
        return match.Groups["list"].Value.Split(", ").ToHashSet(StringComparer.Ordinal);
    }

    private static string Build(string type, IEnumerable<string> fields) =>
        "{" + string.Join(",", fields.Where(f => f != "type").Select(f => $"\"{f}\":{s_samples[f]}").Prepend($"\"type\":\"{type}\"")) + "}";

    public static TheoryData<string> FactTypes => [.. FactParser.Types];

    [Fact]
    public void Schema_TypeEnum_IsTheParsersTypes()
    {
        var types = Root.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(t => t.GetString()!);
        Assert.Equal(FactParser.Types.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Root.GetProperty("$schema").GetString());
        Assert.Contains("type", Root.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void Schema_FieldsOfEachType_AreTheFieldsTheParserAllows(string type)
    {
        var branch = BranchFor(type);
        Assert.Equal(ParserAllowedFields(type).Order(StringComparer.Ordinal), PropertiesOf(branch).Order(StringComparer.Ordinal));
        Assert.True(
            branch.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
            $"the {type} schema must set additionalProperties to false, as the parser refuses unknown fields");
        Assert.Equal(type, branch.GetProperty("properties").GetProperty("type").GetProperty("const").GetString());
    }

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void Schema_RequiredFieldsOfEachType_AreTheOnesTheParserMisses(string type)
    {
        var allowed = ParserAllowedFields(type);
        Assert.True(TryParse(Build(type, allowed), out var fullError), fullError);
        var parserRequired = new HashSet<string>(StringComparer.Ordinal) { "type" };
        foreach (var field in allowed.Where(f => f != "type"))
        {
            if (!TryParse(Build(type, allowed.Where(f => f != field)), out var error))
            {
                Assert.Equal($"missing field '{field}'", error);
                parserRequired.Add(field);
            }
        }

        Assert.Equal(parserRequired.Order(StringComparer.Ordinal), RequiredOf(BranchFor(type)).Order(StringComparer.Ordinal));
        Assert.True(TryParse(Build(type, parserRequired), out var minimalError), minimalError);
    }

    [Fact]
    public void SeedFile_EveryLine_HasTheRequiredFieldsAndOnlyKnownOnesWithValuesMatchingThePatterns()
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(RepoPaths.SeedFacts))
        {
            lineNumber++;
            using var document = JsonDocument.Parse(line);
            var fact = document.RootElement;
            var branch = BranchFor(fact.GetProperty("type").GetString()!);
            var properties = branch.GetProperty("properties");
            foreach (var required in RequiredOf(branch))
            {
                Assert.True(fact.TryGetProperty(required, out _), $"line {lineNumber}: missing '{required}'");
            }

            foreach (var field in fact.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(field.Name, out var fieldSchema), $"line {lineNumber}: '{field.Name}' is not in the schema");
                var values = field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray().ToList() : [field.Value];
                var schema = Resolve(fieldSchema);
                if (field.Value.ValueKind == JsonValueKind.Array)
                {
                    schema = Resolve(schema.GetProperty("items"));
                }

                var patterns = StringPatterns(schema).ToList();
                foreach (var value in values.Where(v => v.ValueKind == JsonValueKind.String))
                {
                    Assert.True(patterns.Count == 0 || patterns.Any(p => Regex.IsMatch(value.GetString()!, p, RegexOptions.CultureInvariant)), $"line {lineNumber}: '{field.Name}' value '{value}' matches no pattern of the schema");
                }
            }
        }

        Assert.True(lineNumber > 0);
    }

    private static IEnumerable<string> StringPatterns(JsonElement schema)
    {
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            yield return pattern.GetString()!;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            foreach (var option in anyOf.EnumerateArray())
            {
                foreach (var inner in StringPatterns(Resolve(option)))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public void Schema_DatePattern_AcceptsWhatPartialDateAccepts()
    {
        var pattern = new Regex(Assert.Single(StringPatterns(Resolve(Root.GetProperty("$defs").GetProperty("date")))), RegexOptions.CultureInvariant);
        var candidates = new List<string> { "2024", "1000", "9999", "0999", "999", "10000", " 2024-08 ", "2024-8", "2024-08-6", "24-08-06", "2024/08", "2024-08-06x" };
        foreach (var year in new[] { 2023, 2024 })
        {
            for (var month = 0; month <= 13; month++)
            {
                candidates.Add(string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}"));
                for (var day = 0; day <= 32; day++)
                {
                    candidates.Add(string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{day:D2}"));
                }
            }
        }

        // The one thing a regular expression of reasonable size leaves to the parser: 29 February outside leap years.
        var leftToTheParser = new HashSet<string>(StringComparer.Ordinal) { "2023-02-29" };
        foreach (var text in candidates)
        {
            var parsed = PartialDate.TryParse(text, out _, out _);
            Assert.True(parsed == pattern.IsMatch(text) || leftToTheParser.Contains(text), $"'{text}': parser {parsed}, schema {!parsed}");
        }
    }

    /// <summary>Lines on which the schema and the parser must agree; each is a valid or an invalid fact.</summary>
    private static readonly string[] s_corpus =
    [
        """{"type":"ARTICLE","id":"000_33cfb662a21939f8","title":"t","url":"https://example.org/a?b=c","language":"fr","published":"2025-02"}""",
        """{"type":"ARTICLE","id":"a:b.c-d_e","published":2024}""",
        """{"type":"ARTICLE","id":"a","published":""}""",
        """{"type":"ARTICLE","id":"a","url":null,"title":null}""",
        """{"type":"ARTICLE","id":"a","url":"mailto:desk@example.org"}""",
        """{"type":"ARTICLE","id":"a","url":"not a url"}""",
        """{"type":"ARTICLE","id":"a","url":"example.org/a"}""",
        """{"type":"ARTICLE","id":"a","url":"/var/news/a.html"}""",
        """{"type":"ARTICLE","id":" a"}""",
        """{"type":"ARTICLE","id":"a b"}""",
        """{"type":"ARTICLE","id":""}""",
        """{"type":"ARTICLE"}""",
        """{"type":"ARTICLE","id":"a","published":"2024-13"}""",
        """{"type":"ARTICLE","id":"a","published":"2024-04-31"}""",
        """{"type":"ARTICLE","id":"a","published":999}""",
        """{"type":"ARTICLE","id":"a","published":true}""",
        """{"type":"ARTICLE","id":"a","source":"a"}""",
        """{"type":"WORKED_AT","person":"约翰·舒曼","lab":"OpenAI","role":"co-founder","start":"2015","end":"2024-08","sources":["a","b"],"confidence":1}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","evidence":{"start":0,"end":0,"text":null,"extra":1}}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","evidence":{"start":0}}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","evidence":{"start":"0","end":3}}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","evidence":{"start":-1,"end":3}}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","evidence":"0-3"}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","confidence":-0.1}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","confidence":"high"}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","role":7}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","company":"C"}""",
        """{"type":"WORKED_AT","person":"A"}""",
        """{"type":"WORKED_AT","person":null,"lab":"B"}""",
        """{"type":"WORKED_AT","person":"  ","lab":"B"}""",
        """{"type":"WORKED_AT","person":"·-·","lab":"B"}""",
        """{"type":"WORKED_AT","person":"Zoë","lab":"7"}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","source":" a "}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","source":"a b"}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","sources":["a",""]}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","sources":"a"}""",
        """{"type":"WORKED_AT","person":"A","lab":"B","sources":[]}""",
        """{"type":"LEFT_FOR","person":"A","from":"B","to":"C","date":"2024-02-29"}""",
        """{"type":"LEFT_FOR","person":"A","from":"B","date":"2024"}""",
        """{"type":"LEFT_FOR","person":"A","from":"B","to":"C","lab":"D"}""",
        """{"type":"FOUNDED","person":"A","lab":"B","date":"2024-08-06"}""",
        """{"type":"FOUNDED","person":"A","lab":"B","date":"August"}""",
        """{"type":"FOUNDED","person":"A","lab":"B","role":"founder"}""",
        """{"type":"ALIAS","kind":"lab","name":"Thinking Machines Lab","id":"thinking-machines-lab","alias":"Machines Lab","aliases":["TML"]}""",
        """{"type":"ALIAS","kind":"person","name":"舒曼","id":null,"aliases":null}""",
        """{"type":"ALIAS","kind":"person","name":"A","id":" a-b "}""",
        """{"type":"ALIAS","kind":"person","name":"A","id":"a--b"}""",
        """{"type":"ALIAS","kind":"person","name":"A","id":"A"}""",
        """{"type":"ALIAS","kind":"org","name":"A"}""",
        """{"type":"ALIAS","kind":"lab"}""",
        """{"type":"ALIAS","kind":"lab","name":"A","aliases":[" "]}""",
        """{"type":"ALIAS","kind":"lab","name":"A","sources":["a"]}""",
        """{"type":"MOVED","person":"A"}""",
        """{"person":"A","lab":"B"}""",
        """[{"type":"ARTICLE","id":"a"}]""",
        """{"type":"ARTICLE","id":"a"} trailing""",
        """{"type":"ARTICLE","id":"a",}""",
    ];

    [Fact]
    public void Schema_IsValidDraft202012()
    {
        var verdict = MetaSchemas.Draft202012.Evaluate(Root, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(verdict.IsValid, Describe(verdict));
    }

    [Fact]
    public void Schema_FullValidator_AgreesWithTheParser()
    {
        var schema = s_validator.Value;
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        var disagreements = new List<string>();
        var lines = s_corpus.Concat(File.ReadLines(RepoPaths.SeedFacts)).ToList();
        foreach (var line in lines)
        {
            string schemaVerdict;
            try
            {
                using var instance = JsonDocument.Parse(line);
                var result = schema.Evaluate(instance.RootElement, options);
                schemaVerdict = result.IsValid ? "ok" : Describe(result);
            }
            catch (JsonException ex)
            {
                schemaVerdict = $"malformed JSON: {ex.Message}";
            }

            var parserVerdict = TryParse(line, out var error) ? "ok" : error;
            if ((parserVerdict == "ok") != (schemaVerdict == "ok"))
            {
                disagreements.Add($"{line}\n  parser: {parserVerdict}\n  schema: {schemaVerdict}");
            }
        }

        Assert.True(lines.Count > s_corpus.Length);
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Schema_FullValidator_RefusesWhatTheParserRefuses()
    {
        // Guards the test above against a validator that accepts everything.
        var schema = s_validator.Value;

        using var unknownField = JsonDocument.Parse("""{"type":"WORKED_AT","person":"A","lab":"B","company":"C"}""");
        using var badDate = JsonDocument.Parse("""{"type":"ARTICLE","id":"a","published":"2024-13"}""");
        using var good = JsonDocument.Parse("""{"type":"LEFT_FOR","person":"Łukasz Kaiser","from":"Google Brain","to":"OpenAI","date":"2021-06"}""");

        Assert.False(schema.Evaluate(unknownField.RootElement).IsValid);
        Assert.False(schema.Evaluate(badDate.RootElement).IsValid);
        Assert.True(schema.Evaluate(good.RootElement).IsValid);
    }

    private static string Describe(EvaluationResults results) =>
        "invalid: " + string.Join("; ", (results.Details ?? []).Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));
}
