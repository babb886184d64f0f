using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// The fast path for the lines a load is made of: one flat object of string fields (what the generator, the extractor
/// and most hand-written files hold), read with a <see cref="Utf8JsonReader"/> straight into the fact, with every
/// repeated text (a lab's name, an article id, a role) decoded once and shared. Anything else (arrays, numbers,
/// evidence, escapes it cannot keep, a field out of place, any value that is not valid) returns null, and the line
/// goes to <see cref="FactParser"/>, which accepts the same facts and names every error; so this class only has to be
/// right about what it accepts, and it accepts exactly what the full parser would build.
/// </summary>
/// <remarks>One instance per input, used by one thread (it keeps the texts it has seen).</remarks>
internal sealed class FactLineParser
{
    // Longer texts (a title, a URL) are seldom repeated: they are made each time rather than kept.
    private const int MaxSharedLength = 128;

    private readonly Utf8TextPool _pool = new();
    private readonly Dictionary<string, string[]> _sources = new(StringComparer.Ordinal);

    // The name keys of the labs a move names, by the shared text (the same few thousand labs all through a file).
    private readonly Dictionary<string, string> _keys = new(ReferenceEqualityComparer.Instance);

    private enum Field
    {
        Type,
        Person,
        Lab,
        Role,
        Start,
        End,
        Source,
        From,
        To,
        Date,
        Id,
        Title,
        Url,
        Language,
        Published,
        Count,
    }

    /// <summary>The fact on the line, or null when the full parser must read it (it may be valid or not).</summary>
    public Fact? TryParse(ReadOnlySpan<byte> utf8Json, FactLocation location)
    {
        Span<int> starts = stackalloc int[(int)Field.Count];
        Span<int> lengths = stackalloc int[(int)Field.Count];
        starts.Fill(-1);
        Span<bool> escaped = stackalloc bool[(int)Field.Count];
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    // A second value or garbage after the object: the full parser says which.
                    return reader.Read() ? null : Build(utf8Json, starts, lengths, escaped, location);
                }

                if (reader.ValueIsEscaped || FieldOf(reader.ValueSpan) is not { } field || !reader.Read())
                {
                    return null;
                }

                var slot = (int)field;
                if (starts[slot] != -2 && starts[slot] != -1)
                {
                    return null;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    // Null is an absent field, as in the full parser; the slot still counts as seen for repeats.
                    starts[slot] = -2;
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String || starts[slot] == -2)
                {
                    return null;
                }

                starts[slot] = (int)reader.TokenStartIndex + 1;
                lengths[slot] = reader.ValueSpan.Length;
                escaped[slot] = reader.ValueIsEscaped;
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Field? FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => Field.Id,
        2 when name.SequenceEqual("to"u8) => Field.To,
        3 when name.SequenceEqual("lab"u8) => Field.Lab,
        3 when name.SequenceEqual("end"u8) => Field.End,
        3 when name.SequenceEqual("url"u8) => Field.Url,
        4 when name.SequenceEqual("type"u8) => Field.Type,
        4 when name.SequenceEqual("role"u8) => Field.Role,
        4 when name.SequenceEqual("from"u8) => Field.From,
        4 when name.SequenceEqual("date"u8) => Field.Date,
        5 when name.SequenceEqual("start"u8) => Field.Start,
        5 when name.SequenceEqual("title"u8) => Field.Title,
        6 when name.SequenceEqual("person"u8) => Field.Person,
        6 when name.SequenceEqual("source"u8) => Field.Source,
        8 when name.SequenceEqual("language"u8) => Field.Language,
        9 when name.SequenceEqual("published"u8) => Field.Published,
        _ => null,
    };

    private Fact? Build(ReadOnlySpan<byte> line, Span<int> starts, Span<int> lengths, Span<bool> escaped, FactLocation location)
    {
        if (starts[(int)Field.Type] < 0 || escaped[(int)Field.Type])
        {
            return null;
        }

        var type = line.Slice(starts[(int)Field.Type], lengths[(int)Field.Type]);
        var fields = new Fields(this, line, starts, lengths, escaped);
        if (type.SequenceEqual("WORKED_AT"u8))
        {
            return Only(starts, Field.Person, Field.Lab, Field.Role, Field.Start, Field.End, Field.Source)
                && fields.Name(Field.Person) is { } person && fields.Name(Field.Lab) is { } lab
                && fields.Optional(Field.Role, out var role) && fields.Date(Field.Start, out var start) && fields.Date(Field.End, out var end)
                && !(start is { } s && end is { } e && e.IsBefore(s))
                && fields.Sources() is { } sources
                ? new WorkedAtFact(person, lab, role, start, end) { Location = location, Sources = sources }
                : null;
        }

        if (type.SequenceEqual("LEFT_FOR"u8))
        {
            return Only(starts, Field.Person, Field.From, Field.To, Field.Date, Field.Source)
                && fields.Name(Field.Person) is { } person && fields.Name(Field.From) is { } from && fields.Name(Field.To) is { } to
                && !KeyOf(from).Equals(KeyOf(to), StringComparison.Ordinal)
                && fields.Date(Field.Date, out var date) && fields.Sources() is { } sources
                ? new LeftForFact(person, from, to, date) { Location = location, Sources = sources }
                : null;
        }

        if (type.SequenceEqual("FOUNDED"u8))
        {
            return Only(starts, Field.Person, Field.Lab, Field.Date, Field.Source)
                && fields.Name(Field.Person) is { } person && fields.Name(Field.Lab) is { } lab
                && fields.Date(Field.Date, out var date) && fields.Sources() is { } sources
                ? new FoundedFact(person, lab, date) { Location = location, Sources = sources }
                : null;
        }

        if (type.SequenceEqual("ARTICLE"u8))
        {
            return Only(starts, Field.Id, Field.Title, Field.Url, Field.Language, Field.Published)
                && fields.Text(Field.Id) is { } id && FactParser.IsValidArticleId(id)
                && fields.Optional(Field.Title, out var title) && fields.Optional(Field.Url, out var url) && (url is null || FactParser.IsAbsoluteUrl(url))
                && fields.Optional(Field.Language, out var language) && fields.Date(Field.Published, out var published)
                ? new ArticleFact(id, title, url, language, published) { Location = location }
                : null;
        }

        return null;
    }

    /// <summary>True when no field is set besides type and <paramref name="allowed"/>.</summary>
    private static bool Only(ReadOnlySpan<int> starts, params ReadOnlySpan<Field> allowed)
    {
        for (var slot = (int)Field.Type + 1; slot < starts.Length; slot++)
        {
            if (starts[slot] != -1 && !allowed.Contains((Field)slot))
            {
                return false;
            }
        }

        return true;
    }

    private string Share(ReadOnlySpan<byte> utf8, bool isEscaped)
    {
        if (isEscaped || utf8.Length > MaxSharedLength)
        {
            // Escapes are rare; they are unescaped by the reader's own rules (a lone surrogate throws: the full parser reports it).
            return isEscaped ? Unescape(utf8) : Encoding.UTF8.GetString(utf8);
        }

        return _pool.Text(utf8);
    }

    private static string Unescape(ReadOnlySpan<byte> utf8)
    {
        // The raw value between its quotes, read again as a JSON string so the reader applies its own unescaping.
        Span<byte> quoted = utf8.Length + 2 <= 512 ? stackalloc byte[utf8.Length + 2] : new byte[utf8.Length + 2];
        quoted[0] = (byte)'"';
        utf8.CopyTo(quoted[1..]);
        quoted[^1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    private string KeyOf(string name)
    {
        if (_keys.TryGetValue(name, out var key))
        {
            return key;
        }

        if (_keys.Count >= 1 << 16)
        {
            _keys.Clear();
        }

        key = Names.Key(name);
        _keys.Add(name, key);
        return key;
    }

    private string[] SourcesOf(string id)
    {
        if (_sources.TryGetValue(id, out var sources))
        {
            return sources;
        }

        if (_sources.Count >= 1 << 16)
        {
            _sources.Clear();
        }

        sources = [id];
        _sources.Add(id, sources);
        return sources;
    }

    /// <summary>The fields of one line, read and checked as the full parser checks them.</summary>
    private readonly ref struct Fields(FactLineParser parser, ReadOnlySpan<byte> line, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, ReadOnlySpan<bool> escaped)
    {
        private readonly ReadOnlySpan<byte> _line = line;
        private readonly ReadOnlySpan<int> _starts = starts;
        private readonly ReadOnlySpan<int> _lengths = lengths;
        private readonly ReadOnlySpan<bool> _escaped = escaped;

        /// <summary>A required string as written (null when absent or blank).</summary>
        public string? Text(Field field)
        {
            var slot = (int)field;
            if (_starts[slot] < 0)
            {
                return null;
            }

            var text = parser.Share(_line.Slice(_starts[slot], _lengths[slot]), _escaped[slot]);
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

        /// <summary>A required name: trimmed, with at least one letter or digit (null otherwise).</summary>
        public string? Name(Field field)
        {
            var text = Text(field);
            if (text is null || !HasKey(text))
            {
                return null;
            }

            return text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
        }

        /// <summary>An optional string, trimmed, null when absent or blank; false when the line must go to the full parser.</summary>
        public bool Optional(Field field, out string? value)
        {
            value = null;
            var slot = (int)field;
            if (_starts[slot] < 0)
            {
                return true;
            }

            var text = parser.Share(_line.Slice(_starts[slot], _lengths[slot]), _escaped[slot]);
            var trimmed = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? text.Trim() : text;
            value = trimmed.Length == 0 ? null : trimmed;
            return true;
        }

        public bool Date(Field field, out PartialDate? date)
        {
            date = null;
            var slot = (int)field;
            if (_starts[slot] < 0)
            {
                return true;
            }

            if (_escaped[slot])
            {
                return false;
            }

            var raw = _line.Slice(_starts[slot], _lengths[slot]);
            if (raw.IsEmpty)
            {
                return true;
            }

            // The plain forms only (yyyy, yyyy-mm, yyyy-mm-dd, no spaces); anything else is left to the full parser.
            if (raw.Length is not (4 or 7 or 10) || (raw.Length > 4 && raw[4] != '-') || (raw.Length > 7 && raw[7] != '-'))
            {
                return false;
            }

            if (!Digits(raw[..4], out var year))
            {
                return false;
            }

            var month = 0;
            var day = 0;
            if ((raw.Length > 4 && (!Digits(raw.Slice(5, 2), out month) || month == 0))
                || (raw.Length > 7 && (!Digits(raw.Slice(8, 2), out day) || day == 0))
                || !PartialDate.IsValid(year, month, day, out _))
            {
                return false;
            }

            date = PartialDate.FromPacked((year * 10000) + (month * 100) + day);
            return true;
        }

        /// <summary>The one source as a shared list (none when absent); null when the line must go to the full parser.</summary>
        public IReadOnlyList<string>? Sources()
        {
            var slot = (int)Field.Source;
            if (_starts[slot] >= 0 && !_escaped[slot] && _lengths[slot] is > 0 and <= MaxSharedLength)
            {
                // The common case, an id as written: its list is kept with its text, found by its bytes.
                var raw = _line.Slice(_starts[slot], _lengths[slot]);
                if (FactParser.IsValidArticleId(parser._pool.Text(raw)))
                {
                    return parser._pool.Sources(raw);
                }
            }

            if (!Optional(Field.Source, out var source))
            {
                return null;
            }

            return source is null ? [] : FactParser.IsValidArticleId(source) ? parser.SourcesOf(source) : null;
        }

        private static bool HasKey(string text)
        {
            foreach (var c in text)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    return true;
                }

                if (c > '\u007f')
                {
                    return Names.Key(text).Length > 0;
                }
            }

            return false;
        }

        private static bool Digits(ReadOnlySpan<byte> raw, out int value)
        {
            value = 0;
            foreach (var b in raw)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                value = (value * 10) + (b - '0');
            }

            return true;
        }
    }
}
