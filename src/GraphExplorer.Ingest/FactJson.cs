using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest;

/// <summary>Writes facts as JSON Lines in the facts format (what <c>ingest --dry-run</c> prints and the loader reads).</summary>
public static class FactJson
{
    /// <summary>One fact as one line of JSON (no newline), in the facts format the loader reads.</summary>
    public static string ToLine(Fact fact) => FactJsonWriter.ToLine(fact);

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
}
