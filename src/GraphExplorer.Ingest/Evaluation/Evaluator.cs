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

/// <summary>
/// A gold fact nobody extracted (<see cref="Kind"/> "missed"), or an extracted fact the gold does not hold ("spurious"),
/// with the likeliest <see cref="Cause"/> (one of <see cref="MissCauses"/>) so a round of work can attack the largest group.
/// </summary>
public sealed record EvaluationMiss(string Kind, string Article, string Fact, string Cause);

/// <summary>Why a gold fact was missed or an extracted fact is false; the groups <c>eval</c> prints.</summary>
public static class MissCauses
{
    public const string PersonNotFound = "person not found";
    public const string LabNotFound = "lab not found";
    public const string RelationMissed = "relation missed";
    public const string WrongDirection = "wrong direction";
    public const string WrongLab = "wrong lab";
    public const string WrongType = "wrong type";
    public const string NonName = "non-name taken as a name";
    public const string NonLab = "non-lab taken as a lab";
    public const string Duplicate = "duplicate under another spelling";
    public const string Unstated = "relation not stated";
}

/// <summary>Scores per fact type, per language and per (language, type), and the facts that did not match.</summary>
/// <param name="Listed">Gold facts about people on the extractor's built-in list (their recall).</param>
/// <param name="Unlisted">Gold facts about people on no built-in list: the honest recall for names never seen.</param>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, Score> ByType,
    IReadOnlyDictionary<string, Score> ByLanguage,
    IReadOnlyDictionary<(string Language, string Type), Score> ByLanguageAndType,
    Score Overall,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public Score Listed { get; init; } = new(0, 0, 0);

    public Score Unlisted { get; init; } = new(0, 0, 0);

    /// <summary>A table for the console: one row per type, then per language and type, then recall by listing.</summary>
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

        b.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"recall, people on a built-in list: {Listed.Recall:0.000} ({Listed.TruePositives}/{Listed.TruePositives + Listed.FalseNegatives}); on no built-in list: {Unlisted.Recall:0.000} ({Unlisted.TruePositives}/{Unlisted.TruePositives + Unlisted.FalseNegatives})"));
        return b.ToString();
    }

    /// <summary>The misses and false facts counted per cause, largest group first.</summary>
    public string CausesToText()
    {
        var b = new StringBuilder();
        foreach (var kind in new[] { "missed", "spurious" })
        {
            var groups = Misses.Where(m => m.Kind == kind).GroupBy(m => m.Cause, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Causes of {(kind == "missed" ? "missed gold facts" : "false facts")} ({groups.Sum(g => g.Count())}):"));
            foreach (var group in groups)
            {
                var types = string.Join(", ", group.GroupBy(m => m.Fact.Split(' ', 2)[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")));
                b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count(),4}  {group.Key,-34} {types}"));
            }
        }

        return b.ToString();
    }

    private static void Row(StringBuilder b, string scope, string type, Score s) =>
        b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{scope,-21} {type,-10} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000} {s.TruePositives,4} {s.FalsePositives,3} {s.FalseNegatives,3}"));
}

/// <summary>
/// Scores extracted facts against gold facts by the labelling rules' Scoring section
/// (<c>data/gold/README.md</c>): within one article, same type, same person and same lab(s) after name folding (gazetteer
/// aliases, case, accents, punctuation and a trailing Inc./LLC/Ltd./Corp. ignored; a person's name parts in any order;
/// a unit and its parent company accepted for each other). Dates and roles are not compared. Each gold fact matches at
/// most one extracted fact. Misses and false facts get a cause.
/// </summary>
public sealed class Evaluator
{
    private static readonly HashSet<string> s_companySuffixes = new(StringComparer.Ordinal) { "inc", "llc", "ltd", "corp", "corporation", "limited" };
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
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in goldList.OfType<ArticleFact>())
        {
            languages.TryAdd(article.Id, article.Language ?? "unknown");
        }

        var goldBySource = BySource(goldList.Where(IsRelation), languages);
        var extractedBySource = BySource(extracted.Where(IsRelation), languages);
        var listedPeople = _gazetteer.People.Select(PersonKey).ToHashSet(StringComparer.Ordinal);

        var byType = new Dictionary<string, Score>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, Score>(StringComparer.Ordinal);
        var byBoth = new Dictionary<(string, string), Score>();
        var misses = new List<EvaluationMiss>();
        Score listed = new(0, 0, 0), unlisted = new(0, 0, 0);
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
            var goldHere = goldBySource.TryGetValue(article, out var g0) ? g0.Select(Keyed).ToList() : [];
            var extractedHere = extractedBySource.TryGetValue(article, out var e0) ? e0.Select(Keyed).ToList() : [];
            var used = new bool[extractedHere.Count];
            var goldMatched = new int[goldHere.Count];
            var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
            for (var gi = 0; gi < goldHere.Count; gi++)
            {
                var g = goldHere[gi];
                var match = -1;
                for (var e = 0; e < extractedHere.Count; e++)
                {
                    if (!used[e] && Matches(g, extractedHere[e]))
                    {
                        match = e;
                        break;
                    }
                }

                goldMatched[gi] = match;
                var isListed = listedPeople.Contains(g.Person);
                if (match >= 0)
                {
                    used[match] = true;
                    Bump(scores, g.Type, new Score(1, 0, 0));
                    if (isListed)
                    {
                        listed += new Score(1, 0, 0);
                    }
                    else
                    {
                        unlisted += new Score(1, 0, 0);
                    }
                }
                else
                {
                    Bump(scores, g.Type, new Score(0, 0, 1));
                    if (isListed)
                    {
                        listed += new Score(0, 0, 1);
                    }
                    else
                    {
                        unlisted += new Score(0, 0, 1);
                    }

                    misses.Add(new EvaluationMiss("missed", article, Describe(g.Fact), MissedCause(g, extractedHere)));
                }
            }

            for (var e = 0; e < extractedHere.Count; e++)
            {
                if (!used[e])
                {
                    var x = extractedHere[e];
                    Bump(scores, x.Type, new Score(0, 1, 0));
                    misses.Add(new EvaluationMiss("spurious", article, Describe(x.Fact), SpuriousCause(x, goldHere)));
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
        return new EvaluationReport(byType, byLanguage, byBoth, overall, misses) { Listed = listed, Unlisted = unlisted };
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

    private static Dictionary<string, List<Fact>> BySource(IEnumerable<Fact> facts, Dictionary<string, string> articles)
    {
        var bySource = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            foreach (var source in fact.Sources.Distinct(StringComparer.Ordinal).Where(articles.ContainsKey))
            {
                if (!bySource.TryGetValue(source, out var list))
                {
                    list = [];
                    bySource[source] = list;
                }

                list.Add(fact);
            }
        }

        return bySource;
    }

    private static string TypeOf(Fact f) => f switch
    {
        LeftForFact => "LEFT_FOR",
        FoundedFact => "FOUNDED",
        _ => "WORKED_AT",
    };

    private static void Bump(Dictionary<string, Score> scores, string type, Score add) =>
        scores[type] = scores.TryGetValue(type, out var s) ? s + add : add;

    /// <summary>A fact with its folded person key and lab keys (one lab, or from and to), computed once.</summary>
    private sealed record KeyedFact(Fact Fact, string Type, string Person, string[] Labs);

    private KeyedFact Keyed(Fact f) => f switch
    {
        LeftForFact l => new KeyedFact(f, "LEFT_FOR", PersonKey(l.Person), [LabKey(l.From), LabKey(l.To)]),
        FoundedFact fo => new KeyedFact(f, "FOUNDED", PersonKey(fo.Person), [LabKey(fo.Lab)]),
        WorkedAtFact w => new KeyedFact(f, "WORKED_AT", PersonKey(w.Person), [LabKey(w.Lab)]),
        _ => throw new ArgumentException("not a relation", nameof(f)),
    };

    /// <summary>The person's folded name with its parts sorted, so "Yang Zhilin" and "Zhilin Yang" agree.</summary>
    private string PersonKey(string name)
    {
        var parts = Names.Key(_gazetteer.Resolve(name, NodeKind.Person) ?? name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(parts, StringComparer.Ordinal);
        return string.Join(' ', parts);
    }

    private string LabKey(string name)
    {
        var parts = Names.Key(_gazetteer.Resolve(name, NodeKind.Lab) ?? name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 1 && s_companySuffixes.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The same lab, or a unit and its parent company (either way round).</summary>
    private bool SameLab(string a, string b) =>
        a == b || ParentKey(a) == b || ParentKey(b) == a;

    private string? ParentKey(string labKey) => _gazetteer.ParentOf(labKey) is { } parent ? LabKey(parent) : null;

    /// <summary>Whether a person and lab name the gold's after the scoring's folding (labels candidate pairs for training).</summary>
    internal bool SamePair(string goldPerson, string goldLab, string person, string lab) =>
        PersonKey(goldPerson) == PersonKey(person) && SameLab(LabKey(goldLab), LabKey(lab));

    private bool SameLabs(string[] a, string[] b) => a.Length == b.Length && a.Zip(b).All(p => SameLab(p.First, p.Second));

    private bool Matches(KeyedFact gold, KeyedFact extracted) =>
        gold.Type == extracted.Type && gold.Person == extracted.Person && SameLabs(gold.Labs, extracted.Labs);

    private static bool Swapped(KeyedFact a, KeyedFact b) =>
        a.Type == "LEFT_FOR" && b.Type == "LEFT_FOR" && a.Person == b.Person && a.Labs[0] == b.Labs[1] && a.Labs[1] == b.Labs[0];

    /// <summary>Two spellings of one person: a shared name part of three letters or more ("Kaiser" in both), or one inside the other.</summary>
    private static bool Resembles(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        var parts = a.Split(' ').Where(p => p.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return b.Split(' ').Any(parts.Contains);
    }

    private string MissedCause(KeyedFact g, List<KeyedFact> extracted)
    {
        if (extracted.Any(e => Swapped(g, e)))
        {
            return MissCauses.WrongDirection;
        }

        if (!extracted.Any(e => e.Person == g.Person))
        {
            return extracted.Any(e => Resembles(e.Person, g.Person)) ? MissCauses.Duplicate : MissCauses.PersonNotFound;
        }

        if (g.Labs.Any(lab => !extracted.Any(e => e.Labs.Any(l => SameLab(l, lab)))))
        {
            return MissCauses.LabNotFound;
        }

        if (extracted.Any(e => e.Type == g.Type && e.Person == g.Person))
        {
            return MissCauses.WrongLab;
        }

        return extracted.Any(e => e.Person == g.Person && e.Type != g.Type && e.Labs.Any(l => g.Labs.Any(gl => SameLab(l, gl))))
            ? MissCauses.WrongType
            : MissCauses.RelationMissed;
    }

    private string SpuriousCause(KeyedFact x, List<KeyedFact> gold)
    {
        if (gold.Any(g => Matches(g, x)))
        {
            return MissCauses.Duplicate;
        }

        if (gold.Any(g => Swapped(g, x)))
        {
            return MissCauses.WrongDirection;
        }

        if (!gold.Any(g => g.Person == x.Person))
        {
            return gold.Any(g => Resembles(g.Person, x.Person)) ? MissCauses.Duplicate : MissCauses.NonName;
        }

        if (x.Labs.Any(lab => !gold.Any(g => g.Labs.Any(l => SameLab(l, lab)))))
        {
            return MissCauses.NonLab;
        }

        if (gold.Any(g => g.Type == x.Type && g.Person == x.Person))
        {
            return MissCauses.WrongLab;
        }

        return gold.Any(g => g.Person == x.Person && g.Type != x.Type && g.Labs.Any(l => x.Labs.Any(xl => SameLab(l, xl))))
            ? MissCauses.WrongType
            : MissCauses.Unstated;
    }

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
