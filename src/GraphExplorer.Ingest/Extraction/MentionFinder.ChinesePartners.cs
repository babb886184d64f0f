using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese names joined to a partner written otherwise. A partner described by a former post ("陈思远与前谷歌同事刘子涵
/// 共同创办了…", "林浩和原百度工程师赵宁一起…"): the verb stands after the partner's title and name, too far for the name
/// before "与" to be seen as its subject, yet a name joined by "与"/"和" to "前/原 + a lab" can only be a person acting
/// with that partner. A partner with a transliterated name ("吴明浩和彼得·罗都是…"): the list is no list of Chinese
/// names, yet the name before the joiner is one.
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

    /// <summary>A transliterated name written with a middle dot starts at <paramref name="at"/> ("彼得·罗", "吉米・巴"):
    /// a few name characters, then the dot and another.</summary>
    private bool StartsDotName(int at, int end)
    {
        for (var k = at; k < end - 1 && k - at < 5 && NamePart(_tokens[k], katakana: false); k++)
        {
            if (_tokens[k + 1].Key == "·")
            {
                return k + 2 < end && _tokens[k + 2].Kind == TokenKind.Cjk;
            }
        }

        return false;
    }
}
