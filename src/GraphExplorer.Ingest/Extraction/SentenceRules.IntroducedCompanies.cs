using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "同社", "이 회사", "该公司" in an article that introduced a young company with its Latin spelling
/// (<see cref="MentionFinder.AddIntroducedCompanies"/>): a founding story goes on about the company it introduced, so the
/// anaphor means it, not the lab its founders came from that the sentence or the one before names last ("昨年PFNを退社し、
/// 同社を立ち上げた": the company founded is the new one, not PFN).
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>The introduced company the anaphor at <paramref name="at"/> refers to, else the topic company
    /// (<see cref="TopicCompanyFor"/>); null when the sentence names another lab before it that is no one's origin, or
    /// when the anaphor is itself a company left ("회사를 나와").</summary>
    private string? IntroducedCompanyFor(int index, List<Mention> ms, int at)
    {
        if (OriginVerbAfter(ms, at))
        {
            return null;
        }

        var introduced = _state.IntroducedLabs.Where(l => l.Value < index || (l.Value == index && ms.Take(at).Any(m => m.Kind == MentionKind.Lab && m.Name == l.Key)))
            .OrderByDescending(l => l.Value).Select(l => l.Key).FirstOrDefault();
        if (introduced is null)
        {
            return TopicCompanyFor(index, ms, at);
        }

        for (var i = 0; i < at; i++)
        {
            if (ms[i] is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: { } other } && other != introduced && !OriginVerbAfter(ms, i))
            {
                return null;
            }
        }

        return introduced;
    }

    /// <summary>Whether a verb of leaving or of working follows the lab at <paramref name="lab"/> right after its particle
    /// ("PFNを退社し", "카카오에서 일하던", "PFN出身"): in a head-final sentence that makes the lab someone's origin.</summary>
    private static bool OriginVerbAfter(List<Mention> ms, int lab) =>
        lab + 1 < ms.Count && ms[lab + 1] is { Kind: MentionKind.Cue } verb && verb.First - ms[lab].End <= 2
        && (verb.Has(Cue.Leave) || verb.Has(Cue.Work));

    /// <summary>
    /// The introduced company a bare founder title belongs to ("共同創業者で最高経営責任者（CEO）の高橋大輔氏は、PFNで…",
    /// "もう1人の共同創業者、伊藤彩氏は、ファナックで4年働いた後、PFNに移った"), with a title chained to it ("共同創業者で
    /// CEO"): what the founders did before, told after their names, is where they came from, not what they founded. Null
    /// when the article introduced no company before, or a lab stands before the title (its own lab).
    /// </summary>
    private string? IntroducedFounderLab(int index, List<Mention> ms, int title)
    {
        if (_state.IntroducedLabs.Count == 0 || !FounderInChain(ms, title))
        {
            return null;
        }

        var introduced = _state.IntroducedLabs.Where(l => l.Value <= index).OrderByDescending(l => l.Value).Select(l => l.Key).FirstOrDefault();
        return introduced is not null && !ms.Take(title).Any(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: { } other } && other != introduced) ? introduced : null;
    }

    /// <summary>The last sentence that opened with a named lab as its topic, and that lab (head-final languages).</summary>
    private (int Sentence, string Lab)? _topicLab;

    /// <summary>
    /// In Japanese and Korean a company that opens a sentence as its topic ("Sakana AIは", "솔빛랩스는") is what the passage
    /// is about: "同社" later in that sentence is that company, not the lab a hire came from ("Sakana AIは5日、楽天グループで
    /// …率いてきた高橋氏が同社のCTOに就任すると発表した"), and "同社は" opening a later sentence goes on about it ("同社はまた、
    /// …中村氏の入社も明らかにした"). Null when no lab opened this sentence or one of the few before as its topic.
    /// </summary>
    private string? TopicCompanyFor(int index, List<Mention> ms, int at)
    {
        if (!_lexicon.HeadFinal)
        {
            return null;
        }

        if (at > 0 && OpeningTopicLab(ms) is { } opening)
        {
            return opening;
        }

        return at == 0 && TopicMarked(ms[0]) && _topicLab is var (sentence, lab) && index - sentence <= 4 ? lab : null;
    }

    /// <summary>Remembers the lab the sentence opens with as its topic, named or referred to.</summary>
    private void NoteTopicLab(int index, List<Mention> ms)
    {
        if (_lexicon.HeadFinal && OpeningTopicLab(ms) is { } lab)
        {
            _topicLab = (index, lab);
        }
    }

    /// <summary>The lab that opens the sentence marked as its topic ("Anthropic（アンソロピック）は", "솔빛랩스는"); null otherwise.</summary>
    private string? OpeningTopicLab(List<Mention> ms) =>
        ms.Count > 0 && ms[0] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && TopicMarked(ms[0]) ? lab : null;

    /// <summary>Whether a topic particle follows the mention, past a bracketed reading or closing quotes.</summary>
    private bool TopicMarked(Mention m)
    {
        var at = m.CharEnd;
        var text = _state.Text;
        if (at < text.Length && text[at] is '(' or '（' && text.IndexOfAny([')', '）'], at) is var close and > 0 && close - at <= 20)
        {
            at = close + 1;
        }

        while (at < text.Length && text[at] is '」' or '』' or '’' or '\'' or '”' or '"')
        {
            at++;
        }

        return _lexicon.Particles.Exists(p => p.Mark == CaseMark.Topic && text.AsSpan(at).StartsWith(p.Particle, StringComparison.Ordinal));
    }

    /// <summary>Whether the title at <paramref name="title"/> is a founder title or chained to one before it ("共同創業者で
    /// 最高経営責任者（CEO）", "공동창업자 겸 대표"): the titles of a chain are held at one company.</summary>
    private bool FounderInChain(List<Mention> ms, int title)
    {
        for (var t = title; t >= 0 && ms[t].IsRole; t--)
        {
            if (ms[t].Has(Cue.FounderRole))
            {
                return true;
            }

            // The previous title may stand a particle ("で", "兼", "겸") or a bracketed spelling before this one.
            var previous = t > 0 ? ms.FindLastIndex(t - 1, m => m.Kind != MentionKind.Date) : -1;
            if (previous < 0 || !ms[previous].IsRole || ms[t].First - ms[previous].End - LatinMoves.BracketedTokens(_tokens, ms[previous].End, ms[t].First) > 2)
            {
                return false;
            }

            t = previous + 1;
        }

        return false;
    }

    /// <summary>Whether the genitive at <paramref name="at"/> closes the chain of titles that starts at <paramref name="title"/>
    /// ("共同創業者で最高経営責任者（CEO）の高橋氏"): it comes right after the last title, past a bracketed spelling, so the
    /// person after it holds every title of the chain.</summary>
    private bool ChainGenitive(List<Mention> ms, int title, int at) =>
        (at == title + 1 || ms[at - 1].IsRole)
        && ms[at].First - ms[at - 1].End - LatinMoves.BracketedTokens(_tokens, ms[at - 1].End, ms[at].First) <= 0
        && ms[at].End - ms[at].First <= 1;
}
