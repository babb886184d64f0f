using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Learning;

/// <summary>
/// The model's say over the relations of one article (the <c>model</c> scorer), per type as the model file's decision
/// says. <see cref="PairDecision.Model"/>: a WORKED_AT or FOUNDED fact exists for a pair whose probability reaches the
/// target's threshold, whether or not the rules stated it (the rules' verdict is one of the features, so the model keeps
/// what the rules get right), and a rule fact below it is dropped; a LEFT_FOR the rules stated stays when its origin and
/// destination both pass, and a person with none gets one from the likeliest origin to the likeliest other destination
/// when both pass. <see cref="PairDecision.Add"/> keeps every rule fact and adds the model's; <see cref="PairDecision.Rules"/>
/// leaves the type to the rules. Facts the rules stated keep their dates, roles and evidence.
/// </summary>
internal static class PairDecider
{
    public static List<Fact> Decide(PairModel model, List<PairCandidate> candidates, List<Fact> ruleFacts, string articleId, string text)
    {
        var file = model.File;
        var scores = new Dictionary<(string, string), PairScores>();
        foreach (var c in candidates)
        {
            scores[(c.Person, c.Lab)] = model.Score(c.Features);
        }

        PairScores ScoreOf(string person, string lab) => scores.TryGetValue((person, lab), out var s) ? s : default;
        var result = new List<Fact>();
        var stated = new HashSet<(char, string, string)>();
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in ruleFacts)
        {
            switch (fact)
            {
                case WorkedAtFact w when file.WorkedAtDecision != PairDecision.Model || ScoreOf(w.Person, w.Lab).WorkedAt >= file.WorkedAt.Threshold:
                    stated.Add(('W', w.Person, w.Lab));
                    result.Add(fact);
                    break;
                case FoundedFact f when file.FoundedDecision != PairDecision.Model || ScoreOf(f.Person, f.Lab).Founded >= file.Founded.Threshold:
                    stated.Add(('F', f.Person, f.Lab));
                    result.Add(fact);
                    break;
                case LeftForFact l when file.LeftForDecision != PairDecision.Model || (ScoreOf(l.Person, l.From).LeftFrom >= file.LeftFrom.Threshold && ScoreOf(l.Person, l.To).LeftTo >= file.LeftTo.Threshold):
                    moved.Add(l.Person);
                    result.Add(fact);
                    break;
                case WorkedAtFact w:
                    stated.Add(('W', w.Person, w.Lab));
                    break;
                case FoundedFact f:
                    stated.Add(('F', f.Person, f.Lab));
                    break;
                case WorkedAtFact or FoundedFact or LeftForFact:
                    break;
                default:
                    result.Add(fact);
                    break;
            }
        }

        foreach (var c in candidates)
        {
            var s = scores[(c.Person, c.Lab)];
            var evidence = Evidence(text, c.Start, c.End);
            if (file.WorkedAtDecision != PairDecision.Rules && s.WorkedAt >= file.WorkedAt.Threshold && !stated.Contains(('W', c.Person, c.Lab)))
            {
                result.Add(new WorkedAtFact(c.Person, c.Lab, null, null, null) with { Confidence = Round(s.WorkedAt), Evidence = evidence, Sources = [articleId] });
            }

            if (file.FoundedDecision != PairDecision.Rules && s.Founded >= file.Founded.Threshold && !stated.Contains(('F', c.Person, c.Lab)))
            {
                result.Add(new FoundedFact(c.Person, c.Lab, null) with { Confidence = Round(s.Founded), Evidence = evidence, Sources = [articleId] });
            }
        }

        if (file.LeftForDecision == PairDecision.Rules)
        {
            return result;
        }

        foreach (var group in candidates.GroupBy(c => c.Person, StringComparer.Ordinal).Where(g => !moved.Contains(g.Key)))
        {
            var from = group.Select(c => (c, p: scores[(c.Person, c.Lab)].LeftFrom)).Where(x => x.p >= file.LeftFrom.Threshold).OrderByDescending(x => x.p).FirstOrDefault();
            if (from.c is null)
            {
                continue;
            }

            var to = group.Where(c => c.Lab != from.c.Lab).Select(c => (c, p: scores[(c.Person, c.Lab)].LeftTo)).Where(x => x.p >= file.LeftTo.Threshold).OrderByDescending(x => x.p).FirstOrDefault();
            if (to.c is not null)
            {
                var start = Math.Min(from.c.Start, to.c.Start);
                var end = Math.Max(from.c.End, to.c.End);
                result.Add(new LeftForFact(group.Key, from.c.Lab, to.c.Lab, null) with { Confidence = Round(Math.Min(from.p, to.p)), Evidence = Evidence(text, start, end), Sources = [articleId] });
            }
        }

        return result;
    }

    private static double Round(double p) => Math.Round(p, 2);

    private static EvidenceSpan Evidence(string text, int start, int end) =>
        new(start, end, end - start <= 600 ? text[start..end] : text[start..(start + 600)]);
}
