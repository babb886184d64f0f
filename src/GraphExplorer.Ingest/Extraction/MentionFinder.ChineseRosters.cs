namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Rosters of people, one a line, the name before a colon and the post after it ("林志伟：谷歌研究科学家，…"), as the
/// press lists a group of hires or a team: a name followed by a colon and a known lab is a person.
/// </summary>
internal sealed partial class MentionFinder
{
    private bool OpensRosterEntry(int at, int end) =>
        at + 1 < end && _tokens[at].Key == ":" && MatchGazetteer(at + 1, end).Length > 0;
}
