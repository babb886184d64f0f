using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest;

namespace GraphExplorer.Cli.Ingest;

/// <summary>
/// Prints one article file's outcome as it happens: what it yielded, its warnings and the merges the extractor left
/// undone on <c>log</c>; a refused file on <c>errors</c>, with the reason and the note that nothing from it is loaded.
/// </summary>
public sealed class ArticleOutcomeView(TextWriter log, TextWriter errors)
{
    public int Succeeded { get; private set; }

    public int Failed { get; private set; }

    public int Warnings { get; private set; }

    public int UncertainMerges { get; private set; }

    public async Task WriteAsync(ArticleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Result is not { } result)
        {
            Failed++;
            await errors.WriteLineAsync($"error: {outcome.Error?.ToString() ?? outcome.Source}; nothing from this file is loaded");
            return;
        }

        Succeeded++;
        var article = result.Article;
        var counts = string.Join(", ", result.Facts.GroupBy(TypeOf).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Source}: article {article.Id} ({article.Language}{(article.Published is { } p ? $", published {p}" : string.Empty)}): {result.Facts.Count} fact(s){(counts.Length > 0 ? $" ({counts})" : string.Empty)}"));
        foreach (var warning in result.Warnings)
        {
            Warnings++;
            await errors.WriteLineAsync($"warning: {outcome.Source}: {warning}");
        }

        foreach (var merge in result.UncertainMerges)
        {
            UncertainMerges++;
            var where = merge.Evidence is { } e ? $" at characters {e.Start}-{e.End}" : string.Empty;
            await log.WriteLineAsync(
                $"  uncertain merge, left undone{where}: the {(merge.Kind == NodeKind.Person ? "person" : "lab")} \"{merge.Mention}\" may be \"{merge.Candidate}\": {merge.Reason.TrimEnd('.')}. An ALIAS line given with --aliases merges them");
        }
    }

    /// <summary>The closing line: how many files were extracted and how many refused.</summary>
    public Task WriteTotalsAsync(string verb)
    {
        var total = Succeeded + Failed;
        var line = Failed == 0
            ? $"{Succeeded} of {total} article file(s) {verb}"
            : $"{Succeeded} of {total} article file(s) {verb}; {Failed} refused (listed above), nothing from them was loaded";
        return (Failed == 0 ? log : errors).WriteLineAsync(
            line + (Warnings > 0 ? $"; {Warnings} warning(s)" : string.Empty) + (UncertainMerges > 0 ? $"; {UncertainMerges} uncertain merge(s) left undone" : string.Empty));
    }

    private static string TypeOf(Core.Facts.Fact fact) => fact switch
    {
        Core.Facts.WorkedAtFact => "WORKED_AT",
        Core.Facts.LeftForFact => "LEFT_FOR",
        Core.Facts.FoundedFact => "FOUNDED",
        Core.Facts.ArticleFact => "ARTICLE",
        _ => "ALIAS",
    };
}
