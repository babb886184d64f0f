using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Chinese names in the object of a hiring verb, where no title stands before them to mark where they begin.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// "聘请了阿里巴巴的李志强", "挖来百度的王磊": a lab in the genitive right after a hiring verb (and "了") is where the
    /// hired person comes from, and the surname after "的" opens their name. Returns the token after the name, or 0.
    /// Only after a hiring verb: "的" followed by a surname character is otherwise very often an ordinary word (的高度, 的方向).
    /// </summary>
    private int NameAfterHiringGenitive(int labEnd, int labStart, int end, Mention verb)
    {
        if (labEnd + 1 >= end || _tokens[labEnd].Key != "的")
        {
            return 0;
        }

        var gap = labStart - verb.End;
        if (verb.Kind != MentionKind.Cue || !verb.Has(Cue.Recruit) || gap < 0 || gap > 1 || (gap == 1 && _tokens[verb.End].Key is not ("了" or "来" or "來")))
        {
            return 0;
        }

        return MatchCues(labEnd + 1, end).Length > 0 ? 0 : TitledChineseName(labEnd + 1, end);
    }
}
