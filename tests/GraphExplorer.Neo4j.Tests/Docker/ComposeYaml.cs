using YamlDotNet.RepresentationModel;

namespace GraphExplorer.Neo4j.Tests.Docker;

/// <summary>
/// Reads a compose file with YamlDotNet into plain shapes the tests can walk: a mapping is a
/// <see cref="Dictionary{TKey, TValue}"/>, a sequence of scalars a <see cref="List{T}"/> of strings, a scalar a string.
/// A sequence that holds mappings or a key that is not a scalar is an error naming the line, so a test never reads a
/// file it misunderstands.
/// </summary>
internal static class ComposeYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? ToMap(root)
            : throw new FormatException("the file must hold one YAML document whose root is a mapping");
    }

    public static Dictionary<string, object> Map(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is Dictionary<string, object> child
            ? child
            : throw new KeyNotFoundException($"'{key}' is not a mapping (keys here: {string.Join(", ", map.Keys)})");

    public static string Scalar(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is string s
            ? s
            : throw new KeyNotFoundException($"'{key}' is not a scalar (keys here: {string.Join(", ", map.Keys)})");

    public static List<string> List(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is List<string> list
            ? list
            : throw new KeyNotFoundException($"'{key}' is not a list (keys here: {string.Join(", ", map.Keys)})");

    private static Dictionary<string, object> ToMap(YamlMappingNode mapping)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } k } ? k : throw Unsupported(key, "a mapping key that is not a scalar");
            map[name] = value switch
            {
                YamlScalarNode scalar => scalar.Value ?? string.Empty,
                YamlMappingNode child => ToMap(child),
                YamlSequenceNode sequence => sequence.Children
                    .Select(item => item is YamlScalarNode { Value: { } s } ? s : throw Unsupported(item, $"an item of '{name}' that is not a scalar"))
                    .ToList(),
                _ => throw Unsupported(value, $"the value of '{name}'"),
            };
        }

        return map;
    }

    private static FormatException Unsupported(YamlNode node, string what) =>
        new($"line {node.Start.Line}: {what} is not read by these tests");
}
