using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese news often names the hiring company once, as the topic of a headline or lead ("字节跳动再揽一员大将！"), and
/// states the arrival in the next sentence with a verb that closes its clause ("前百度首席科学家张伟正式加盟"). The lab
/// joined is then that topic: a lab opening the sentence before, which names no person and tells of no departure.
/// </summary>
internal sealed partial class SentenceRules
{
    private string? _chineseTopic;
    private int _chineseTopicSentence = -1;

    /// <summary>Remembers the lab that opens a sentence naming no person, for the arrival told in the next one.</summary>
    private void NoteChineseTopic(int index, Sentence sentence, List<Mention> ms)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            return;
        }

        var opensWithLab = ms.Count > 0 && ms[0] is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && ms[0].First - sentence.FirstToken <= 1;
        var quiet = !ms.Exists(x => x.Kind == MentionKind.Person || x.Has(Cue.Leave) || x.Has(Cue.LeaveNoun));
        (_chineseTopic, _chineseTopicSentence) = opensWithLab && quiet ? (ms[0].Name, index) : (null, -1);
    }

    /// <summary>The lab an arrival verb with no lab after it joins: the topic of the sentence right before, or null.</summary>
    private string? ChineseTopicHirer(int index, List<Mention> ms, int k, Cue cue)
    {
        if (cue != Cue.Join || _chineseTopic is null || _chineseTopicSentence != index - 1
            || ms.Exists(x => x.Kind == MentionKind.Lab && !x.Modifier && !x.TitleLab && !TitleLab(ms, x)))
        {
            // A lab of the sentence's own (other than a person's title, "前百度首席科学家") would be what is joined.
            return null;
        }

        return ms.Skip(k + 1).Any(x => x.Kind == MentionKind.Person) ? null : _chineseTopic;
    }
}
