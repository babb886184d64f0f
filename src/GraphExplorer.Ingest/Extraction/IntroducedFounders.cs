using Move = GraphExplorer.Ingest.Extraction.ArticleReasoner.Move;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The career a founder of an introduced company is given after the founder title ("もう1人の共同創業者、伊藤彩氏は、
/// ファナックで4年働いた後、PFNに移った", "공동창업자인 이서연 씨는 카카오에서 일한 뒤 삼성전자로 옮겼다"): the founding is
/// the story's present, so the last lab of that career, the one not left for another, is where the founder came from.
/// </summary>
internal static class IntroducedFounders
{
    /// <summary>How many sentences after the founder title the career may still be told.</summary>
    private const int CareerReach = 2;

    /// <summary>The move from the last lab of the career told after a bare founder title to the introduced company it
    /// founds; null when the person has no such title, already moves there, or the career ends at no single lab.</summary>
    public static Move? CareerBeforeFounding(ArticleState state, List<ArticleEvent> mine, List<Move> moves)
    {
        var foundings = mine.Where(e => e.Kind == EventKind.FoundTitle && e.BareTitle && e.Lab is not null && state.IntroducedLabs.ContainsKey(e.Lab)).ToList();
        if (foundings.Select(e => e.Lab).Distinct(StringComparer.Ordinal).Count() != 1 || moves.Exists(m => m.To == foundings[0].Lab))
        {
            return null;
        }

        var founding = foundings[0];
        var founded = founding.Lab!;
        var last = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.Work or EventKind.Role or EventKind.Leave && e.Lab is { } lab
                && !CareerReasoning.SameEmployer(state, lab, founded) && e.Sentence >= founding.Sentence && e.Sentence - founding.Sentence <= CareerReach
                && !moves.Exists(m => m.From == lab))
            .Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return last.Count == 1 ? new Move(last[0], founded, null, founding.Confidence * 0.6, founding.Start, founding.End) : null;
    }
}
