using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Tck;

/// <summary>
/// The TCK's value syntax (<c>(:L {p: 1})</c>, <c>[:T]</c>, <c>&lt;(a)-[:T]-&gt;(b)&gt;</c>, lists, maps, literals) turned into
/// one canonical text, and the engine's values printed the same way, so a comparison is a string comparison.
/// </summary>
public static class TckValues
{
    public static string Canonical(object? value, bool sortLists = false)
    {
        var sb = new StringBuilder();
        Write(value, sb, sortLists);
        return sb.ToString();
    }

    private static void Write(object? value, StringBuilder sb, bool sortLists)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(Float(d));
                break;
            case string s:
                sb.Append('\'').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                break;
            case CypherNode n:
                WriteNode(n.Labels, n.Properties, sb, sortLists);
                break;
            case CypherRelationship r:
                WriteRel(r.Type, r.Properties, sb, sortLists);
                break;
            case CypherPath p:
                sb.Append('<');
                WriteNode(p.Nodes[0].Labels, p.Nodes[0].Properties, sb, sortLists);
                for (var i = 0; i < p.Relationships.Count; i++)
                {
                    var rel = p.Relationships[i];
                    var forward = rel.StartElementId == p.Nodes[i].ElementId && rel.EndElementId == p.Nodes[i + 1].ElementId;
                    sb.Append(forward ? "-" : "<-");
                    WriteRel(rel.Type, rel.Properties, sb, sortLists);
                    sb.Append(forward ? "->" : "-");
                    WriteNode(p.Nodes[i + 1].Labels, p.Nodes[i + 1].Properties, sb, sortLists);
                }

                sb.Append('>');
                break;
            case ExpectedPath ep:
                sb.Append('<');
                Write(ep.Start, sb, sortLists);
                foreach (var (rel, forward, node) in ep.Steps)
                {
                    sb.Append(forward ? "-" : "<-");
                    Write(rel, sb, sortLists);
                    sb.Append(forward ? "->" : "-");
                    Write(node, sb, sortLists);
                }

                sb.Append('>');
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(map, sb, sortLists);
                break;
            case IEnumerable<object?> list:
                {
                    var items = list.Select(v => Canonical(v, sortLists)).ToList();
                    if (sortLists)
                    {
                        items.Sort(StringComparer.Ordinal);
                    }

                    sb.Append('[').Append(string.Join(", ", items)).Append(']');
                    break;
                }

            default:
                // Temporal values: the TCK writes them as their ISO-8601 text in quotes.
                Write(value.ToString(), sb, sortLists);
                break;
        }
    }

    private static void WriteNode(IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties, StringBuilder sb, bool sortLists)
    {
        sb.Append('(');
        foreach (var label in labels.Order(StringComparer.Ordinal))
        {
            sb.Append(':').Append(label);
        }

        if (properties.Count > 0)
        {
            sb.Append(' ');
            WriteMap(properties, sb, sortLists);
        }

        sb.Append(')');
    }

    private static void WriteRel(string type, IReadOnlyDictionary<string, object?> properties, StringBuilder sb, bool sortLists)
    {
        sb.Append("[:").Append(type);
        if (properties.Count > 0)
        {
            sb.Append(' ');
            WriteMap(properties, sb, sortLists);
        }

        sb.Append(']');
    }

    private static void WriteMap(IReadOnlyDictionary<string, object?> map, StringBuilder sb, bool sortLists)
    {
        sb.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(key).Append(": ");
            Write(map[key], sb, sortLists);
        }

        sb.Append('}');
    }

    public static string Float(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        // -0.0 equals 0.0 in Cypher and the TCK never expects -0.0 (Literals5 [9]: RETURN -0.0 gives 0.0), so both print as 0.0.
        return (d == 0 ? 0.0 : d).ToString("R", CultureInfo.InvariantCulture) + "f";
    }

    /// <summary>Parses one value in the TCK's syntax.</summary>
    public static object? Parse(string text)
    {
        var reader = new Reader(text.Trim());
        var value = reader.Value();
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw new FormatException($"Unexpected text after value: '{text}'");
        }

        return value;
    }

    public sealed record ExpectedPath(object Start, IReadOnlyList<(object Rel, bool Forward, object Node)> Steps);

    private sealed class Reader(string text)
    {
        private int _i;

        public bool AtEnd => _i >= text.Length;

        public void SkipSpace()
        {
            while (_i < text.Length && char.IsWhiteSpace(text[_i]))
            {
                _i++;
            }
        }

        private bool Accept(string s)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _i, s, 0, s.Length) == 0)
            {
                _i += s.Length;
                return true;
            }

            return false;
        }

        private void Expect(string s)
        {
            if (!Accept(s))
            {
                throw new FormatException($"Expected '{s}' at {_i} in '{text}'");
            }
        }

        private string Name()
        {
            SkipSpace();
            if (_i < text.Length && text[_i] == '`')
            {
                var close = text.IndexOf('`', _i + 1);
                var quoted = text[(_i + 1)..close];
                _i = close + 1;
                return quoted;
            }

            var start = _i;
            while (_i < text.Length && (char.IsLetterOrDigit(text[_i]) || text[_i] == '_'))
            {
                _i++;
            }

            return text[start.._i];
        }

        public object? Value()
        {
            SkipSpace();
            var c = text[_i];
            switch (c)
            {
                case '\'':
                    return StringLiteral();
                case '[':
                    if (IsRelationship())
                    {
                        return Relationship();
                    }

                    _i++;
                    var list = new List<object?>();
                    if (!Accept("]"))
                    {
                        do
                        {
                            list.Add(Value());
                        }
                        while (Accept(","));
                        Expect("]");
                    }

                    return list;
                case '{':
                    return Map();
                case '(':
                    return Node();
                case '<':
                    return Path();
            }

            if (Accept("null"))
            {
                return null;
            }

            if (Accept("true"))
            {
                return true;
            }

            if (Accept("false"))
            {
                return false;
            }

            if (Accept("NaN"))
            {
                return double.NaN;
            }

            if (Accept("Infinity"))
            {
                return double.PositiveInfinity;
            }

            if (Accept("-Infinity"))
            {
                return double.NegativeInfinity;
            }

            var start = _i;
            while (_i < text.Length && (char.IsDigit(text[_i]) || text[_i] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _i++;
            }

            var number = text[start.._i];
            if (number.Length == 0)
            {
                throw new FormatException($"Unknown value at {start} in '{text}'");
            }

            if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return l;
            }

            return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private bool IsRelationship()
        {
            var j = _i + 1;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            return j < text.Length && text[j] == ':';
        }

        private string StringLiteral()
        {
            var sb = new StringBuilder();
            _i++;
            while (text[_i] != '\'')
            {
                if (text[_i] == '\\' && _i + 1 < text.Length)
                {
                    _i++;
                    sb.Append(text[_i] switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        _ => text[_i],
                    });
                    _i++;
                    continue;
                }

                sb.Append(text[_i++]);
            }

            _i++;
            return sb.ToString();
        }

        private Dictionary<string, object?> Map()
        {
            Expect("{");
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (Accept("}"))
            {
                return map;
            }

            do
            {
                var key = Name();
                Expect(":");
                map[key] = Value();
            }
            while (Accept(","));
            Expect("}");
            return map;
        }

        private CypherNode Node()
        {
            Expect("(");
            var labels = new List<string>();
            SkipSpace();
            while (Accept(":"))
            {
                labels.Add(Name());
            }

            SkipSpace();
            var props = text[_i] == '{' ? Map() : new Dictionary<string, object?>();
            Expect(")");
            return new CypherNode(string.Empty, labels, props);
        }

        private CypherRelationship Relationship()
        {
            Expect("[");
            Expect(":");
            var type = Name();
            SkipSpace();
            var props = text[_i] == '{' ? Map() : new Dictionary<string, object?>();
            Expect("]");
            return new CypherRelationship(string.Empty, type, string.Empty, string.Empty, props);
        }

        private ExpectedPath Path()
        {
            Expect("<");
            var start = Node();
            var steps = new List<(object, bool, object)>();
            while (!Accept(">"))
            {
                var backward = Accept("<-");
                if (!backward)
                {
                    Expect("-");
                }

                var rel = Relationship();
                var forward = Accept("->");
                if (!forward)
                {
                    Expect("-");
                }

                steps.Add((rel, !backward, Node()));
            }

            return new ExpectedPath(start, steps);
        }
    }
}
