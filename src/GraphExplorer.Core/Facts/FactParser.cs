using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>Turns one JSON object of the facts format into a <see cref="Fact"/>, or says precisely what is wrong with it.</summary>
public static class FactParser
{
    private static readonly Dictionary<string, string[]> s_allowedFields = new(StringComparer.Ordinal)
    {
        ["ARTICLE"] = ["type", "id", "title", "url", "language", "published"],
        ["WORKED_AT"] = ["type", "person", "lab", "role", "start", "end", "source", "sources", "evidence", "confidence"],
        ["LEFT_FOR"] = ["type", "person", "from", "to", "date", "source", "sources", "evidence", "confidence"],
        ["FOUNDED"] = ["type", "person", "lab", "date", "source", "sources", "evidence", "confidence"],
        ["ALIAS"] = ["type", "kind", "name", "id", "alias", "aliases"],
    };

    /// <summary>The fact types, as written in the <c>type</c> field.</summary>
    public static IReadOnlyCollection<string> Types => s_allowedFields.Keys;

    public static bool TryParse(ReadOnlySpan<byte> utf8Json, FactLocation location, out Fact? fact, out FactError? error)
    {
        fact = null;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            using var document = JsonDocument.ParseValue(ref reader);

            // ParseValue stops after the first value; a line holding two objects, or an object and garbage, must be
            // refused rather than half-read (reading on throws for garbage, and finds a token for a second value).
            if (reader.Read())
            {
                error = new FactError(location, "malformed JSON: more than one JSON value on the line");
                return false;
            }

            return TryParse(document.RootElement, location, out fact, out error);
        }
        catch (JsonException ex)
        {
            error = new FactError(location, $"malformed JSON: {ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}");
            return false;
        }
    }

    public static bool TryParse(JsonElement element, FactLocation location, out Fact? fact, out FactError? error)
    {
        fact = null;
        error = null;
        try
        {
            fact = Parse(element) with { Location = location };
            return true;
        }
        catch (FactFormatException ex)
        {
            error = new FactError(location, ex.Message);
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // A backstop for a JSON read not wrapped below: the fact's error, never an exception out of the parser.
            error = new FactError(location, $"unreadable JSON value: {ex.Message}");
            return false;
        }
    }

    private static Fact Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FactFormatException($"expected a JSON object, found {Describe(element.ValueKind)}");
        }

        // Names first: looking a field up reads every name before it, and a name that is not text would throw there.
        var names = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            names.Add(PropertyName(property, names.Count + 1));
        }

        var type = RequiredString(element, "type");
        if (!s_allowedFields.TryGetValue(type, out var allowed))
        {
            throw new FactFormatException($"unknown fact type '{type}' (expected one of {string.Join(", ", s_allowedFields.Keys)})");
        }

        foreach (var name in names)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new FactFormatException($"field '{name}' is not part of a {type} fact (allowed: {string.Join(", ", allowed)})");
            }
        }

        Fact fact = type switch
        {
            "ARTICLE" => ParseArticle(element),
            "WORKED_AT" => new WorkedAtFact(Name(element, "person"), Name(element, "lab"), OptionalString(element, "role"), OptionalDate(element, "start"), OptionalDate(element, "end")),
            "LEFT_FOR" => ParseLeftFor(element),
            "FOUNDED" => new FoundedFact(Name(element, "person"), Name(element, "lab"), OptionalDate(element, "date")),
            _ => ParseAlias(element),
        };

        if (fact is WorkedAtFact { Start: { } start, End: { } end } && end.IsBefore(start))
        {
            throw new FactFormatException($"field 'end' ({end}) is before field 'start' ({start})");
        }

        return fact is ArticleFact or AliasFact
            ? fact
            : fact with { Sources = Sources(element), Evidence = OptionalEvidence(element), Confidence = OptionalConfidence(element) };
    }

    private static ArticleFact ParseArticle(JsonElement element)
    {
        var id = RequiredString(element, "id");
        if (!IsValidArticleId(id))
        {
            throw new FactFormatException($"field 'id': '{id}' is not an article id (letters, digits, '.', '_', ':' and '-', at most 200)");
        }

        var url = OptionalString(element, "url");
        if (url is not null && !IsAbsoluteUrl(url))
        {
            throw new FactFormatException($"field 'url': '{url}' is not an absolute URL");
        }

        return new ArticleFact(id, OptionalString(element, "title"), url, OptionalString(element, "language"), OptionalDate(element, "published"));
    }

    private static LeftForFact ParseLeftFor(JsonElement element)
    {
        var fact = new LeftForFact(Name(element, "person"), Name(element, "from"), Name(element, "to"), OptionalDate(element, "date"));
        return Names.Key(fact.From) == Names.Key(fact.To)
            ? throw new FactFormatException($"fields 'from' and 'to' name the same lab ('{fact.From}')")
            : fact;
    }

    private static AliasFact ParseAlias(JsonElement element)
    {
        var kindText = RequiredString(element, "kind");
        var kind = kindText switch
        {
            "person" => NodeKind.Person,
            "lab" => NodeKind.Lab,
            _ => throw new FactFormatException($"field 'kind': '{kindText}' is neither 'person' nor 'lab'"),
        };
        var id = OptionalString(element, "id");
        if (id is not null && !Names.IsValidId(id))
        {
            throw new FactFormatException($"field 'id': '{id}' is not an id (lowercase ASCII letters, digits and single hyphens)");
        }

        var aliases = new List<string>();
        if (OptionalString(element, "alias") is { } single)
        {
            aliases.Add(single);
        }

        aliases.AddRange(OptionalStringArray(element, "aliases"));
        return new AliasFact(kind, Name(element, "name"), id, aliases);
    }

    private static string Name(JsonElement element, string field)
    {
        var value = RequiredString(element, field);
        return Names.Key(value).Length == 0
            ? throw new FactFormatException($"field '{field}': '{value}' has no letters or digits")
            : value.Trim();
    }

    private static string RequiredString(JsonElement element, string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new FactFormatException($"missing field '{field}'");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FactFormatException($"field '{field}' must be a string, found {Describe(value.ValueKind)}");
        }

        var text = Text(value, field);
        return string.IsNullOrWhiteSpace(text) ? throw new FactFormatException($"field '{field}' is empty") : text;
    }

    private static string? OptionalString(JsonElement element, string field, string? path = null)
    {
        path ??= field;
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FactFormatException($"field '{path}' must be a string, found {Describe(value.ValueKind)}");
        }

        var text = Text(value, path).Trim();
        return text.Length == 0 ? null : text;
    }

    private static List<string> OptionalStringArray(JsonElement element, string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FactFormatException($"field '{field}' must be an array of strings, found {Describe(value.ValueKind)}");
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? Text(item, $"{field}[{index}]") : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new FactFormatException($"field '{field}[{index}]' must be a non-empty string");
            }

            items.Add(text.Trim());
            index++;
        }

        return items;
    }

    private static PartialDate? OptionalDate(JsonElement element, string field)
    {
        var text = element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : OptionalString(element, field);
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date, out var error)
            ? date
            : throw new FactFormatException($"field '{field}': {error}");
    }

    private static List<string> Sources(JsonElement element)
    {
        var sources = OptionalStringArray(element, "sources");
        for (var i = 0; i < sources.Count; i++)
        {
            CheckArticleId(sources[i], $"sources[{i}]");
        }

        if (OptionalString(element, "source") is { } single)
        {
            CheckArticleId(single, "source");
            sources.Insert(0, single);
        }

        return sources.Distinct(StringComparer.Ordinal).ToList();

        static void CheckArticleId(string id, string field)
        {
            if (!IsValidArticleId(id))
            {
                throw new FactFormatException($"field '{field}': '{id}' is not an article id (letters, digits, '.', '_', ':' and '-', at most 200)");
            }
        }
    }

    private static EvidenceSpan? OptionalEvidence(JsonElement element)
    {
        if (!element.TryGetProperty("evidence", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("start", out var start) || start.ValueKind != JsonValueKind.Number || !start.TryGetInt32(out var s)
            || !value.TryGetProperty("end", out var end) || end.ValueKind != JsonValueKind.Number || !end.TryGetInt32(out var e) || s < 0 || e < s)
        {
            throw new FactFormatException("field 'evidence' must be an object {start, end, text?} with 0 <= start <= end");
        }

        return new EvidenceSpan(s, e, OptionalString(value, "text", "evidence.text"));
    }

    private static double? OptionalConfidence(JsonElement element)
    {
        if (!element.TryGetProperty("confidence", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.GetDouble() is >= 0 and <= 1 and var c
            ? c
            : throw new FactFormatException("field 'confidence' must be a number from 0 to 1");
    }

    /// <summary>
    /// A string value as .NET text. JSON may hold what UTF-16 cannot: a lone surrogate escape (<c>"\ud800"</c>), or,
    /// where the caller did not check the bytes first, invalid UTF-8. <see cref="JsonElement.GetString"/> throws for
    /// both; here they are the fact's error, naming the field.
    /// </summary>
    private static string Text(JsonElement value, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FactFormatException($"field '{field}': {Unreadable(JsonMarshal.GetRawUtf8Value(value))}");
        }
    }

    private static string PropertyName(JsonProperty property, int position)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new FactFormatException($"field name {position}: {Unreadable(JsonMarshal.GetRawUtf8PropertyName(property))}");
        }
    }

    private static string Unreadable(ReadOnlySpan<byte> raw) => Utf8.IsValid(raw)
        ? "holds a lone surrogate escape (such as \\ud800 without its pair), which is not text"
        : "holds bytes that are not valid UTF-8";

    // On Unix, Uri.TryCreate takes "/some/path" as an absolute file URI; a URL must start with its own scheme.
    internal static bool IsAbsoluteUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);

    internal static bool IsValidArticleId(string id) =>
        id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private sealed class FactFormatException(string message) : Exception(message);
}
