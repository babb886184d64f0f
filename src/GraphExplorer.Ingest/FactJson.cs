using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest;

/// <summary>Writes facts as JSON Lines in the facts format (what <c>ingest --dry-run</c> prints and the loader reads).</summary>
public static class FactJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One fact as one line of JSON (no newline).</summary>
    public static string ToLine(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            switch (fact)
            {
                case ArticleFact a:
                    w.WriteString("type", "ARTICLE");
                    w.WriteString("id", a.Id);
                    Optional(w, "title", a.Title);
                    Optional(w, "url", a.Url);
                    Optional(w, "language", a.Language);
                    Optional(w, "published", a.Published?.ToString());
                    break;
                case WorkedAtFact wa:
                    w.WriteString("type", "WORKED_AT");
                    w.WriteString("person", wa.Person);
                    w.WriteString("lab", wa.Lab);
                    Optional(w, "role", wa.Role);
                    Optional(w, "start", wa.Start?.ToString());
                    Optional(w, "end", wa.End?.ToString());
                    break;
                case LeftForFact l:
                    w.WriteString("type", "LEFT_FOR");
                    w.WriteString("person", l.Person);
                    w.WriteString("from", l.From);
                    w.WriteString("to", l.To);
                    Optional(w, "date", l.Date?.ToString());
                    break;
                case FoundedFact f:
                    w.WriteString("type", "FOUNDED");
                    w.WriteString("person", f.Person);
                    w.WriteString("lab", f.Lab);
                    Optional(w, "date", f.Date?.ToString());
                    break;
                case AliasFact al:
                    w.WriteString("type", "ALIAS");
                    w.WriteString("kind", al.Kind == NodeKind.Person ? "person" : "lab");
                    w.WriteString("name", al.Name);
                    Optional(w, "id", al.Id);
                    w.WriteStartArray("aliases");
                    foreach (var alias in al.Aliases)
                    {
                        w.WriteStringValue(alias);
                    }

                    w.WriteEndArray();
                    break;
            }

            if (fact is not (ArticleFact or AliasFact))
            {
                w.WriteStartArray("sources");
                foreach (var source in fact.Sources)
                {
                    w.WriteStringValue(source);
                }

                w.WriteEndArray();
                if (fact.Evidence is { } e)
                {
                    w.WriteStartObject("evidence");
                    w.WriteNumber("start", e.Start);
                    w.WriteNumber("end", e.End);
                    Optional(w, "text", e.Text);
                    w.WriteEndObject();
                }

                if (fact.Confidence is { } c)
                {
                    w.WriteNumber("confidence", c);
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the ARTICLE line and every fact of a result, one per line.</summary>
    public static void Write(ExtractionResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(ToLine(result.Article));
        foreach (var fact in result.Facts)
        {
            writer.WriteLine(ToLine(fact));
        }
    }

    /// <summary>What makes two facts the same statement (type, canonical names, dates), ignoring sources and evidence.</summary>
    public static string Key(Fact fact) => fact switch
    {
        ArticleFact a => "A|" + a.Id,
        WorkedAtFact w => $"W|{Names.Key(w.Person)}|{Names.Key(w.Lab)}|{w.Start}|{w.End}",
        LeftForFact l => $"L|{Names.Key(l.Person)}|{Names.Key(l.From)}|{Names.Key(l.To)}|{l.Date}",
        FoundedFact f => $"F|{Names.Key(f.Person)}|{Names.Key(f.Lab)}|{f.Date}",
        AliasFact al => $"S|{al.Kind}|{Names.Key(al.Name)}",
        _ => fact.ToString() ?? string.Empty,
    };

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
