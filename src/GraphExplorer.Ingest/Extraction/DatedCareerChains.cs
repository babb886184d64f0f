using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A career told as a series of dated arrivals, none naming where the person came from: "2018年，张明远加入百度。…2021年，
/// 他跳槽到字节跳动", "김서준 씨는 2016년 네이버에 입사했다. … 2020년 카카오로 자리를 옮겼다", "2015年にソニーに入社。…
/// 田中氏は2019年、PFNに移った". Profiles in Chinese, Japanese and Korean tell a career this way far more often than with
/// "from A"; each arrival is the move from the lab of the arrival dated just before it. Nothing is inferred when the
/// two arrivals cannot be ordered by their dates, when the text tells them in the other order, when anything else the person did at another lab falls between them
/// (in time or in the text), or when the move is already known another way.
/// </summary>
internal static class DatedCareerChains
{
    /// <summary>How much less an inferred step is trusted than the arrival it completes.</summary>
    private const double Discount = 0.6;

    /// <summary>The most dated arrivals one person's career is read from. A profile tells a handful; a name with more is a
    /// list or a repeated text, not one career, and reading it would cost time growing with the square of its length.</summary>
    private const int MaxArrivals = 16;

    public static IEnumerable<ArticleReasoner.Move> Steps(ArticleState state, List<ArticleEvent> mine, List<ArticleReasoner.Move> moves)
    {
        var arrivals = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.Date is not null).ToList();
        if (arrivals.Count > MaxArrivals)
        {
            yield break;
        }

        foreach (var arrival in arrivals.Where(a => a.From is null))
        {
            var to = arrival.Lab!;
            var before = arrivals.Where(a => a.Date!.Value.IsBefore(arrival.Date!.Value) && !CareerReasoning.SameEmployer(state, a.Lab!, to)).ToList();
            if (before.Count == 0 || moves.Exists(m => m.To == to))
            {
                continue;
            }

            // The latest arrival before this one; two labs joined at dates that cannot be told apart leave the order unclear.
            var latest = before.Aggregate((a, b) => b.Date!.Value.IsAfter(a.Date!.Value) ? b : a);
            var from = latest.Lab!;
            if (before.Exists(a => a.Lab != from && !a.Date!.Value.IsBefore(latest.Date!.Value)) || moves.Exists(m => m.From == from))
            {
                continue;
            }

            // A career told backwards ("joined Cohere in 2020. She had joined Google in 2016") leaves what came in
            // between unsaid; only a chain told in the order it happened is read as one step after another.
            if (latest.Sentence > arrival.Sentence || (latest.Sentence == arrival.Sentence && latest.Start > arrival.Start) || !Uninterrupted(state, mine, latest, arrival))
            {
                continue;
            }

            yield return new ArticleReasoner.Move(from, to, arrival.Date, Math.Min(latest.Confidence, arrival.Confidence) * Discount, Math.Min(latest.Start, arrival.Start), Math.Max(latest.End, arrival.End));
        }
    }

    /// <summary>Whether nothing else the person did sits between the two arrivals: no dated event at a third lab between
    /// their dates, no founding of the later lab, and no event at a third lab told between their sentences.</summary>
    private static bool Uninterrupted(ArticleState state, List<ArticleEvent> mine, ArticleEvent earlier, ArticleEvent later)
    {
        var (first, last) = (Math.Min(earlier.Sentence, later.Sentence), Math.Max(earlier.Sentence, later.Sentence));
        bool Third(ArticleEvent e) => e.Lab is { } lab && !CareerReasoning.SameEmployer(state, lab, earlier.Lab!) && !CareerReasoning.SameEmployer(state, lab, later.Lab!);
        return !mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab == later.Lab)
            && !mine.Exists(e => Third(e) && e.Date is { } d && d.IsAfter(earlier.Date!.Value) && d.IsBefore(later.Date!.Value))
            && !mine.Exists(e => Third(e) && e.Sentence > first && e.Sentence < last);
    }
}
