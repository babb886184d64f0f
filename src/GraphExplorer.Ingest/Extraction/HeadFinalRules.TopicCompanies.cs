using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "The company" (同社, 이 회사) in Japanese and Korean hiring news means the company the passage is about, the one marked
/// as a sentence's topic ("Sakana AIは…を採用したと発表した。中村氏は同社のリサーチディレクターとして…"), not a lab named
/// since only as where someone used to work ("米グーグル・ディープマインドで研究員を務めていた中村氏は、同社の主任研究員に
/// 就任した"): joining or holding a post at the lab one has just been described as leaving makes no sense.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>How many sentences back a company marked as the topic still stands for "the company".</summary>
    private const int TopicReach = 3;

    /// <summary>The last company marked as a sentence's topic, and that sentence.</summary>
    private (string Lab, int Sentence)? _topicCompany;

    /// <summary>Notes the company the sentence takes as its topic ("Sakana AIは", "同社は", "네이버는"), if any.</summary>
    private void NoteTopicCompany(int index, List<Mention> ms)
    {
        if (ms.Find(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && MarkAfter(m.CharEnd) == CaseMark.Topic) is { } topic)
        {
            _topicCompany = (topic.Name!, index);
        }
    }

    /// <summary>
    /// The company the anaphor at <paramref name="at"/> stands for when the nearer labs are only past posts: among the
    /// sentence's <paramref name="candidates"/> before it, the last that is no past post ("Aで…を務めていた", "A出身");
    /// with only past posts there, or none and a lab the sentences before named only as someone's origin, the topic company
    /// of the last few sentences. Null leaves the choice to the general rules.
    /// </summary>
    public string? TopicCompanyFor(int index, List<Mention> ms, int at, List<Mention> candidates)
    {
        var topic = _topicCompany is { } t && index - t.Sentence <= TopicReach ? t.Lab : null;
        if (candidates.Count > 0)
        {
            var current = candidates.FindLast(c => !PastPost(ms, ms.IndexOf(c), at));
            return current?.Name ?? topic;
        }

        var recent = _state.RecentLab(index, 0, []);
        return topic is not null && recent is not null && recent != topic && OnlyAnOrigin(recent, _topicCompany!.Value.Sentence) ? topic : null;
    }

    /// <summary>
    /// "Sakana AIは…研究者3人を迎え入れたと発表した。…このほか、A出身のX氏とBで…を率いたY氏が加わった": a joining verb
    /// with no place in its clause, a few sentences after a hire that named its hirer and nobody hired, joins that hirer.
    /// Null when there was no such hire or the clause names a place joined.
    /// </summary>
    private string? UnnamedHirerJoined(int index, List<Mention> ms, int k) =>
        _unnamedHire is { } hire && hire.Sentence < index && index - hire.Sentence <= TopicReach && !ClauseLabs(ms, k).Exists(l => l.Mark == CaseMark.To)
            ? hire.Hirer
            : null;

    /// <summary>The subjects with the people listed before them in the clause ("AでXを率いたY氏と、B出身のZ氏が加わった"): a
    /// description between two listed hires keeps the general rules from seeing the list.</summary>
    private List<string> ListedWithSubjects(List<Mention> ms, int k, List<string> subjects)
    {
        if (subjects.Count == 0)
        {
            return subjects;
        }

        var listed = ms.Take(k).Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Object: false, Comitative: false, Name: not null } && Listed(m, ms)).Select(m => m.Name!);
        return listed.Concat(subjects).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the lab at <paramref name="i"/> is a post the sentence marks as held before, ahead of
    /// <paramref name="at"/>: the first verb after it is a past work verb ("で研究員を務めていた"), or the mark of origin
    /// follows it ("A出身", "A 출신").</summary>
    private bool PastPost(List<Mention> ms, int i, int at)
    {
        if (MarkAfter(ms[i].CharEnd) == CaseMark.Former)
        {
            return true;
        }

        var verb = ms.FindIndex(i + 1, m => m.IsVerb);
        return verb >= 0 && verb < at && ms[verb].Has(Cue.Work) && ms[verb].Cues!.Exists(c => c.Cue == Cue.Work && c.Past);
    }

    /// <summary>Whether the events read since <paramref name="since"/> place someone at the lab only as where they came from
    /// (an origin, a departure or a past post), never as where they went.</summary>
    private bool OnlyAnOrigin(string lab, int since)
    {
        var origin = false;
        for (var j = _state.Events.Count - 1; j >= 0 && _state.Events[j].Sentence >= since; j--)
        {
            var e = _state.Events[j];
            if (e.Lab == lab && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent)
            {
                return false;
            }

            origin |= e.From == lab || (e.Lab == lab && (e.Former || e.Kind == EventKind.Leave));
        }

        return origin;
    }
}
