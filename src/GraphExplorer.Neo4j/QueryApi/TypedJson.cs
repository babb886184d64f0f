using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": T, "_value": v}</c>, with
/// integers and floats as strings so that 64-bit integers survive JSON. Parameters are written in it and results read
/// from it; the format says unambiguously what is a node, a relationship or a path.
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";
    private const int MaxDepth = 64;

    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value, "$" + name, 0);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"Parameter {path} nests deeper than {MaxDepth} levels (a cycle?).", nameof(value));
        }

        switch (value)
        {
            case null:
            case CypherNull:
                Write(writer, "Null", w => w.WriteNullValue());
                break;
            case bool b:
                Write(writer, "Boolean", w => w.WriteBooleanValue(b));
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteText(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u when u <= long.MaxValue:
                WriteText(writer, "Integer", u.ToString(CultureInfo.InvariantCulture));
                break;
            case float or double or decimal:
                WriteText(writer, "Float", FloatText(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string s:
                WriteText(writer, "String", s);
                break;
            case char c:
                WriteText(writer, "String", c.ToString());
                break;
            case Guid g:
                WriteText(writer, "String", g.ToString("D"));
                break;
            case PartialDate d:
                // Partial dates are stored as their ISO text (see cypher/README.md), never as Neo4j dates.
                WriteText(writer, "String", d.ToString());
                break;
            case DateOnly d:
                WriteText(writer, "Date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset t:
                WriteText(writer, "OffsetDateTime", t.ToString("O", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                WriteText(writer, "Base64", Convert.ToBase64String(bytes));
                break;
            case CypherValue cypher:
                WriteCypherValue(writer, cypher, path, depth);
                break;
            case JsonElement element:
                WriteJsonElement(writer, element, path, depth);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    if (entry.Key is not string key)
                    {
                        throw new ArgumentException($"Parameter {path} is a map whose keys are not strings ({entry.Key.GetType().Name}).", nameof(value));
                    }

                    writer.WritePropertyName(key);
                    WriteValue(writer, entry.Value, $"{path}.{key}", depth + 1);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WritePropertyName("_value");
                writer.WriteStartArray();
                var i = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), depth + 1);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException(
                    $"Parameter {path} is a {value.GetType().Name}, which cannot be sent to Neo4j: use a string, number, boolean, "
                    + "date, list or string-keyed dictionary.",
                    nameof(value));
        }
    }

    public static CypherValue ReadValue(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw Protocol(path, $"expected a typed value {{\"$type\": …, \"_value\": …}}, got {Describe(element)}");
        }

        var type = typeElement.GetString()!;
        if (!element.TryGetProperty("_value", out var v))
        {
            throw Protocol(path, $"the {type} value has no _value");
        }

        switch (type)
        {
            case "Null":
                return CypherNull.Instance;
            case "Boolean":
                return v.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? new CypherBoolean(v.GetBoolean())
                    : throw Protocol(path, $"a Boolean must be true or false, got {Describe(v)}");
            case "Integer":
                return new CypherInteger(ReadInteger(v, path));
            case "Float":
                return new CypherFloat(ReadFloat(v, path));
            case "String":
                return new CypherString(ReadString(v, path, type));
            case "List":
                return new CypherList(ReadList(v, path));
            case "Map":
                return new CypherMap(ReadMap(v, path));
            case "Node":
                return ReadNode(v, path);
            case "Relationship":
                return ReadRelationship(v, path);
            case "Path":
                return ReadPath(v, path);
            case var t when CypherTemporal.Types.Contains(t):
                return new CypherTemporal(t, ReadString(v, path, t));
            default:
                // Point, Base64, and anything a newer server adds: kept as text rather than failing the whole answer.
                return new CypherOpaque(type, v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText());
        }
    }

    private static void Write(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string type, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", text);
        writer.WriteEndObject();
    }

    private static string FloatText(double d) =>
        double.IsNaN(d) ? "NaN"
        : double.IsPositiveInfinity(d) ? "Infinity"
        : double.IsNegativeInfinity(d) ? "-Infinity"
        : d.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteCypherValue(Utf8JsonWriter writer, CypherValue value, string path, int depth)
    {
        switch (value)
        {
            case CypherBoolean b:
                WriteValue(writer, b.Value, path, depth);
                break;
            case CypherInteger i:
                WriteValue(writer, i.Value, path, depth);
                break;
            case CypherFloat f:
                WriteValue(writer, f.Value, path, depth);
                break;
            case CypherString s:
                WriteValue(writer, s.Value, path, depth);
                break;
            case CypherTemporal t:
                WriteText(writer, t.Type, t.Value);
                break;
            case CypherOpaque o when o.Type is "Point" or "Base64":
                WriteText(writer, o.Type, o.Value);
                break;
            case CypherList l:
                WriteValue(writer, l.Items, path, depth);
                break;
            case CypherMap m:
                WriteValue(writer, m.Entries.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), path, depth);
                break;
            default:
                throw new ArgumentException($"Parameter {path} is a {value.TypeName}, which Neo4j does not accept as a parameter.", nameof(value));
        }
    }

    // A parameter that arrived as JSON (the ad-hoc console): whole numbers become Integer, others Float.
    private static void WriteJsonElement(Utf8JsonWriter writer, JsonElement element, string path, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                WriteValue(writer, null, path, depth);
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                WriteValue(writer, element.GetBoolean(), path, depth);
                break;
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var l))
                {
                    WriteValue(writer, l, path, depth);
                }
                else
                {
                    WriteValue(writer, element.GetDouble(), path, depth);
                }

                break;
            case JsonValueKind.String:
                WriteValue(writer, element.GetString(), path, depth);
                break;
            case JsonValueKind.Array:
                WriteValue(writer, element.EnumerateArray().Select(e => (object?)e).ToList(), path, depth);
                break;
            default:
                WriteValue(writer, element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value), path, depth);
                break;
        }
    }

    private static long ReadInteger(JsonElement v, string path) => v.ValueKind switch
    {
        JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        JsonValueKind.Number when v.TryGetInt64(out var n) => n,
        _ => throw Protocol(path, $"an Integer must be a decimal string, got {Describe(v)}"),
    };

    private static double ReadFloat(JsonElement v, string path) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw Protocol(path, $"a Float must be a number string, got {Describe(v)}"),
        },
        JsonValueKind.Number => v.GetDouble(),
        _ => throw Protocol(path, $"a Float must be a number string, got {Describe(v)}"),
    };

    private static string ReadString(JsonElement v, string path, string type) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Protocol(path, $"a {type} must be a string, got {Describe(v)}");

    private static List<CypherValue> ReadList(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Protocol(path, $"a List must be an array, got {Describe(v)}");
        }

        var items = new List<CypherValue>(v.GetArrayLength());
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            items.Add(ReadValue(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")));
        }

        return items;
    }

    private static Dictionary<string, CypherValue> ReadMap(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw Protocol(path, $"a Map must be an object, got {Describe(v)}");
        }

        var map = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var property in v.EnumerateObject())
        {
            map[property.Name] = ReadValue(property.Value, $"{path}.{property.Name}");
        }

        return map;
    }

    private static CypherNode ReadNode(JsonElement v, string path) => new(
        RequiredString(v, "_element_id", path),
        v.TryGetProperty("_labels", out var labels) && labels.ValueKind == JsonValueKind.Array
            ? labels.EnumerateArray().Select(l => l.GetString() ?? string.Empty).ToList()
            : [],
        Properties(v, path));

    private static CypherRelationship ReadRelationship(JsonElement v, string path) => new(
        RequiredString(v, "_element_id", path),
        RequiredString(v, "_start_node_element_id", path),
        RequiredString(v, "_end_node_element_id", path),
        RequiredString(v, "_type", path),
        Properties(v, path));

    private static CypherPath ReadPath(JsonElement v, string path)
    {
        var elements = ReadList(v, path);
        var nodes = new List<CypherNode>();
        var relationships = new List<CypherRelationship>();
        for (var i = 0; i < elements.Count; i++)
        {
            // A path alternates node, relationship, node, …; anything else is not a path.
            switch (elements[i])
            {
                case CypherNode n when i % 2 == 0:
                    nodes.Add(n);
                    break;
                case CypherRelationship r when i % 2 == 1:
                    relationships.Add(r);
                    break;
                default:
                    throw Protocol(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), $"a Path must alternate nodes and relationships, got a {elements[i].TypeName}");
            }
        }

        if (elements.Count % 2 == 0)
        {
            throw Protocol(path, "a Path must start and end with a node");
        }

        return new CypherPath(nodes, relationships);
    }

    private static Dictionary<string, CypherValue> Properties(JsonElement v, string path) =>
        v.TryGetProperty("_properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? ReadMap(properties, path + "._properties")
            : new Dictionary<string, CypherValue>(StringComparer.Ordinal);

    private static string RequiredString(JsonElement v, string name, string path) =>
        v.ValueKind == JsonValueKind.Object && v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()!
            : throw Protocol(path, $"missing the string {name}");

    private static string Describe(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    private static Neo4jQueryException Protocol(string path, string problem) =>
        new(Neo4jErrorKind.Protocol, "GraphExplorer.Protocol", $"Neo4j's answer is not the Query API's typed JSON at {path}: {problem}.");
}
