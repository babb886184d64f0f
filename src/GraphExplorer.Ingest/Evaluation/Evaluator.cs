using System.Globalization;
using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Evaluation;

/// <summary>True positives, false positives and false negatives, with the figures computed from them.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Gets the share of extracted facts that are right (1 when nothing was extracted).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Gets the share of gold facts found (1 when the gold has none).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static Score Add(Score a, Score b) => a + b;
}

/// <summary>A gold fact nobody extracted, or an extracted fact the gold does not hold, for reading the misses.</summary>
public sealed record EvaluationMiss(string Kind, string Article, string Fact);

/// <summary>Scores per fact type, per language and per (language, type), and the facts that did not match.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, Score> ByType,
    IReadOnlyDictionary<string, Score> ByLanguage,
    IReadOnlyDictionary<(string Language, string Type), Score> ByLanguageAndType,
    Score Overall,
    IReadOnlyList<EvaluationMiss> Misses)
{
    /// <summary>A table for the console: one row per type, then per language and type.</summary>
    public string ToText()
    {
        var b = new StringBuilder();
        b.AppendLine("scope                 type        P      R      F1     tp  fp  fn");
        foreach (var (type, s) in ByType.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Row(b, "all", type, s);
        }

        Row(b, "all", "ALL", Overall);
        foreach (var ((language, type), s) in ByLanguageAndType.OrderBy(k => k.Key.Language, StringComparer.Ordinal).ThenBy(k => k.Key.Type, StringComparer.Ordinal))
        {
            Row(b, language, type, s);
        }

        foreach (var (language, s) in ByLanguage.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Row(b, language, "ALL", s);
        }

        return b.ToString();
    }

    private static void Row(StringBuilder b, string scope, string type, Score s) =>
        b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{scope,-21} {type,-10} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000} {s.TruePositives,4} {s.FalsePositives,3} {s.FalseNegatives,3}"));
}

/// <summary>
/// Scores extracted facts against a gold file. Matching rule: within one article, same type, same canonical person,
/// same lab(s) (<c>lab</c>, or <c>from</c> and <c>to</c>), and every date the gold gives (<c>date</c>, <c>start</c>,
/// <c>end</c>) equal at the gold's precision (gold 2024-08 matches 2024-08-06, not 2024); a date the gold leaves out
/// matches any. Names compare after alias resolution through the gazetteer, ignoring case, accents and punctuation.
/// Each gold fact matches at most one extracted fact. Roles are not compared.
/// </summary>
public sealed class Evaluator
{
    private readonly Gazetteer _gazetteer;

    public Evaluator(Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? Gazetteer.Default;
    }

    /// <summary>Scores <paramref name="extracted"/> against <paramref name="gold"/>; articles are those with an ARTICLE line in the gold.</summary>
    public EvaluationReport Evaluate(IEnumerable<Fact> gold, IEnumerable<Fact> extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);
        var goldList = gold.ToList();
        var languages = goldList.OfType<ArticleFact>().ToDictionary(a => a.Id, a => a.Language ?? "unknown", StringComparer.Ordinal);
        var goldFacts = goldList.Where(IsRelation).ToList();
        var extractedFacts = extracted.Where(IsRelation).Where(f => f.Sources.Any(languages.ContainsKey)).ToList();

        var byType = new Dictionary<string, Score>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, Score>(StringComparer.Ordinal);
        var byBoth = new Dictionary<(string, string), Score>();
        var misses = new List<EvaluationMiss>();
        foreach (var type in new[] { "LEFT_FOR", "FOUNDED", "WORKED_AT" })
        {
            byType[type] = new Score(0, 0, 0);
            foreach (var language in languages.Values.Distinct(StringComparer.Ordinal))
            {
                byBoth[(language, type)] = new Score(0, 0, 0);
                byLanguage.TryAdd(language, new Score(0, 0, 0));
            }
        }

        foreach (var (article, language) in languages)
        {
            var goldHere = goldFacts.Where(f => f.Sources.Contains(article, StringComparer.Ordinal)).ToList();
            var extractedHere = extractedFacts.Where(f => f.Sources.Contains(article, StringComparer.Ordinal)).ToList();
            var used = new bool[extractedHere.Count];
            var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
            foreach (var g in goldHere)
            {
                var match = -1;
                for (var e = 0; e < extractedHere.Count; e++)
                {
                    if (!used[e] && Matches(g, extractedHere[e]))
                    {
                        match = e;
                        break;
                    }
                }

                var type = TypeOf(g);
                if (match >= 0)
                {
                    used[match] = true;
                    Bump(scores, type, new Score(1, 0, 0));
                }
                else
                {
                    Bump(scores, type, new Score(0, 0, 1));
                    misses.Add(new EvaluationMiss("missed", article, Describe(g)));
                }
            }

            for (var e = 0; e < extractedHere.Count; e++)
            {
                if (!used[e])
                {
                    Bump(scores, TypeOf(extractedHere[e]), new Score(0, 1, 0));
                    misses.Add(new EvaluationMiss("spurious", article, Describe(extractedHere[e])));
                }
            }

            foreach (var (type, score) in scores)
            {
                byType[type] += score;
                byLanguage[language] += score;
                byBoth[(language, type)] += score;
            }
        }

        var overall = byType.Values.Aggregate(new Score(0, 0, 0), (a, b) => a + b);
        return new EvaluationReport(byType, byLanguage, byBoth, overall, misses);
    }

    /// <summary>Reads a gold file (facts format with ARTICLE lines carrying the language), or throws naming the bad line.</summary>
    public static async Task<List<Fact>> ReadGoldAsync(string path, CancellationToken cancellationToken = default)
    {
        var facts = new List<Fact>();
        var errors = new List<FactError>();
        await foreach (var result in FactReader.ReadFileAsync(path, cancellationToken))
        {
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else
            {
                facts.Add(result.Fact!);
            }
        }

        return errors.Count > 0
            ? throw new InvalidDataException($"the gold file has {errors.Count} bad line(s): {string.Join("; ", errors.Take(5))}")
            : facts;
    }

    private static bool IsRelation(Fact f) => f is LeftForFact or FoundedFact or WorkedAtFact;

    private static string TypeOf(Fact f) => f switch
    {
        LeftForFact => "LEFT_FOR",
        FoundedFact => "FOUNDED",
        _ => "WORKED_AT",
    };

    private static void Bump(Dictionary<string, Score> scores, string type, Score add) =>
        scores[type] = scores.TryGetValue(type, out var s) ? s + add : add;

    private bool Matches(Fact gold, Fact extracted) => (gold, extracted) switch
    {
        (LeftForFact g, LeftForFact e) => Same(g.Person, e.Person, NodeKind.Person) && Same(g.From, e.From, NodeKind.Lab) && Same(g.To, e.To, NodeKind.Lab) && DateMatches(g.Date, e.Date),
        (FoundedFact g, FoundedFact e) => Same(g.Person, e.Person, NodeKind.Person) && Same(g.Lab, e.Lab, NodeKind.Lab) && DateMatches(g.Date, e.Date),
        (WorkedAtFact g, WorkedAtFact e) => Same(g.Person, e.Person, NodeKind.Person) && Same(g.Lab, e.Lab, NodeKind.Lab) && DateMatches(g.Start, e.Start) && DateMatches(g.End, e.End),
        _ => false,
    };

    private bool Same(string a, string b, NodeKind kind) =>
        Names.Key(_gazetteer.Resolve(a, kind) ?? a) == Names.Key(_gazetteer.Resolve(b, kind) ?? b);

    /// <summary>A gold date matches at its own precision; a missing gold date matches anything.</summary>
    public static bool DateMatches(PartialDate? gold, PartialDate? extracted)
    {
        if (gold is not { } g)
        {
            return true;
        }

        if (extracted is not { } e || e.Precision < g.Precision)
        {
            return false;
        }

        return e.Year == g.Year && (g.Precision < DatePrecision.Month || e.Month == g.Month) && (g.Precision < DatePrecision.Day || e.Day == g.Day);
    }

    private static string Describe(Fact f) => f switch
    {
        LeftForFact l => $"LEFT_FOR {l.Person}: {l.From} -> {l.To} {l.Date}",
        FoundedFact fo => $"FOUNDED {fo.Person}: {fo.Lab} {fo.Date}",
        WorkedAtFact w => $"WORKED_AT {w.Person}: {w.Lab} [{w.Role}] {w.Start}..{w.End}",
        _ => f.ToString() ?? string.Empty,
    };
}
