using System.Buffers;
using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// Writes facts in the facts format (one JSON object per line), the inverse of <see cref="FactParser"/>: what it writes
/// parses back to an equal fact. Used by the generator and by the loader when it forwards batches to a server.
/// </summary>
public static class FactJsonWriter
{
    // Lines are read by people (dry runs, messages) and by the loader, never embedded in HTML: keep 约翰·舒曼 readable.
    private static readonly JsonWriterOptions s_lineOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="fact"/> as one JSON object (no newline).</summary>
    public static void Write(Utf8JsonWriter writer, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fact);
        writer.WriteStartObject();
        switch (fact)
        {
            case ArticleFact a:
                writer.WriteString("type", "ARTICLE");
                writer.WriteString("id", a.Id);
                WriteOptional(writer, "title", a.Title);
                WriteOptional(writer, "url", a.Url);
                WriteOptional(writer, "language", a.Language);
                WriteOptional(writer, "published", a.Published);
                break;
            case WorkedAtFact w:
                writer.WriteString("type", "WORKED_AT");
                writer.WriteString("person", w.Person);
                writer.WriteString("lab", w.Lab);
                WriteOptional(writer, "role", w.Role);
                WriteOptional(writer, "start", w.Start);
                WriteOptional(writer, "end", w.End);
                WriteProvenance(writer, w);
                break;
            case LeftForFact l:
                writer.WriteString("type", "LEFT_FOR");
                writer.WriteString("person", l.Person);
                writer.WriteString("from", l.From);
                writer.WriteString("to", l.To);
                WriteOptional(writer, "date", l.Date);
                WriteProvenance(writer, l);
                break;
            case FoundedFact f:
                writer.WriteString("type", "FOUNDED");
                writer.WriteString("person", f.Person);
                writer.WriteString("lab", f.Lab);
                WriteOptional(writer, "date", f.Date);
                WriteProvenance(writer, f);
                break;
            case AliasFact alias:
                writer.WriteString("type", "ALIAS");
                writer.WriteString("kind", alias.Kind == NodeKind.Person ? "person" : "lab");
                writer.WriteString("name", alias.Name);
                WriteOptional(writer, "id", alias.Id);
                if (alias.Aliases.Count > 0)
                {
                    writer.WriteStartArray("aliases");
                    foreach (var spelling in alias.Aliases)
                    {
                        writer.WriteStringValue(spelling);
                    }

                    writer.WriteEndArray();
                }

                break;
            default:
                throw new ArgumentException($"Unknown fact type {fact.GetType().Name}.", nameof(fact));
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="facts"/> as JSON Lines (UTF-8, one fact per line) to <paramref name="stream"/>.</summary>
    public static async Task<long> WriteLinesAsync(IEnumerable<Fact> facts, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var writer = new Utf8JsonWriter(buffer, s_lineOptions);
        long count = 0;
        foreach (var fact in facts)
        {
            Write(writer, fact);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
            count++;
            if (buffer.WrittenCount >= 1 << 16)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.Clear();
            }
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>One fact as a line of text (without the newline), for messages and tests.</summary>
    public static string ToLine(Fact fact)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_lineOptions))
        {
            Write(writer, fact);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteProvenance(Utf8JsonWriter writer, Fact fact)
    {
        if (fact.Sources.Count == 1)
        {
            writer.WriteString("source", fact.Sources[0]);
        }
        else if (fact.Sources.Count > 1)
        {
            writer.WriteStartArray("sources");
            foreach (var source in fact.Sources)
            {
                writer.WriteStringValue(source);
            }

            writer.WriteEndArray();
        }

        if (fact.Evidence is { } evidence)
        {
            writer.WriteStartObject("evidence");
            writer.WriteNumber("start", evidence.Start);
            writer.WriteNumber("end", evidence.End);
            WriteOptional(writer, "text", evidence.Text);
            writer.WriteEndObject();
        }

        if (fact.Confidence is { } confidence)
        {
            writer.WriteNumber("confidence", confidence);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, PartialDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date.ToString());
        }
    }
}
