using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A Chinese name joined to a partner described by a former post ("陈思远与前谷歌同事刘子涵共同创办了…", "林浩和原百度
/// 工程师赵宁一起…"): the verb stands after the partner's title and name, too far for the name before "与" to be seen as
/// its subject, yet a name joined by "与"/"和" to "前/原 + a lab" can only be a person acting with that partner.
/// </summary>
internal sealed partial class MentionFinder
{
    private const string PartnerJoiners = "与與和跟同";

    /// <summary>At <paramref name="at"/>: a joiner, "former" and a known lab ("与前谷歌", "和原百度").</summary>
    private bool JoinedToFormerColleague(int at, int end)
    {
        if (at + 2 >= end || _tokens[at].Kind != TokenKind.Cjk || _tokens[at].Length != 1
            || !PartnerJoiners.Contains(_text[_tokens[at].Start], StringComparison.Ordinal))
        {
            return false;
        }

        var (formerLength, cues) = MatchCues(at + 1, end);
        return formerLength > 0 && cues!.Exists(c => c.Cue == Cue.Former) && at + 1 + formerLength < end
            && MatchGazetteer(at + 1 + formerLength, end).Length > 0;
    }
}
