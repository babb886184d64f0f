using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The hirer of a Japanese or Korean hiring story: "Sakana AI、元A出身の研究者2人を採用", "Bは11日、A出身の2人が同社に
/// 加わったと発表した". The verb comes last, so the hires' origins stand between the hirer and the verb; the Latin rule
/// (the only lab before the hiring word) read those origins as labs hiring together and found no hirer.
/// </summary>
internal static class HeadFinalHirers
{
    /// <summary>The lab that opens a head-final sentence as its topic ("Bは", "B、"), before any person, when a hiring
    /// verb or a verb of joining closes the sentence after it; null otherwise.</summary>
    public static string? TopicLab(ArticleState state, List<Mention> ms, int cue)
    {
        if (!state.Lexicon.HeadFinal)
        {
            return null;
        }

        foreach (var m in ms)
        {
            if (m.First >= cue || m.Kind == MentionKind.Person || (m.Kind == MentionKind.Cue && (m.IsVerb || m.Has(Cue.Former) || m.Has(Cue.FromPrep))))
            {
                return null;
            }

            if (m is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null })
            {
                var after = AfterAside(state.Tokens, m.End);
                return after < state.Tokens.Count && IsTopicMark(state.Tokens[after].Key) ? m.Name : null;
            }
        }

        return null;
    }

    /// <summary>The token of a verb of joining that closes a head-final sentence's report ("…が同社に加わったと発表した"):
    /// the lab the sentence opens with announced the arrival. Null when the sentence has none.</summary>
    public static int? ReportedArrival(ArticleState state, List<Mention> ms, Sentence sentence)
    {
        if (!state.Lexicon.HeadFinal || ms.FindLast(m => m.Kind == MentionKind.Cue && m.Has(Cue.Join)) is not { } join)
        {
            return null;
        }

        // Only an arrival the lab itself reports ("…と発表した") makes it the hirer; a join told of anyone else is not.
        var text = state.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (var phrase in state.Lexicon.ReportedBy)
        {
            if (text.Contains(phrase.AsSpan(), StringComparison.Ordinal))
            {
                return join.First;
            }
        }

        return null;
    }

    /// <summary>Whether a line names no lab and no person (a dateline: "【東京＝記者名】2026年11月26日", "Paris, 3 mars"): it
    /// stands between the headline and the lead without being a paragraph of the story.</summary>
    public static bool Dateline(List<Mention> ms) => !ms.Exists(m => m.Kind is MentionKind.Lab or MentionKind.Person && m.Name is not null);

    /// <summary>The token after a bracketed aside opening at <paramref name="at"/> ("Sakana AI（東京・港）は"), or
    /// <paramref name="at"/> itself when none opens there.</summary>
    private static int AfterAside(List<Text.Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Key is not ("（" or "("))
        {
            return at;
        }

        for (var t = at + 1; t < tokens.Count && t - at <= AsideReach; t++)
        {
            if (tokens[t].Key is "）" or ")")
            {
                return t + 1;
            }
        }

        return at;
    }

    // A place or a reading in brackets after a company's name runs a few tokens.
    private const int AsideReach = 12;

    // The topic particle, and the comma of a headline's "B、…を採用".
    private static bool IsTopicMark(string key) => key is "は" or "、" or "," or "，" or "는" or "은";
}
