using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A career told as a story in Japanese or Korean, its subject dropped for several sentences, with a sentence or two
/// about the work in between that names nobody: "X氏は2019年にソニーを離れ、PFNに移った。同社では…を担当した。その後、
/// 昨年春にPFNを退社し、OpenAIに入社。現在は同社で…のリーダーを務める。", "X는 2020년 A를 떠나 B로 옮겼다. 이 회사에서 …을
/// 담당했다. 이후 지난해 B를 떠나 C에 합류했다.". Such a quiet sentence keeps the person the story is about, so the move
/// after it still has a subject; a sentence with a subject of its own (a company marked as the topic, "同社は…",
/// "人材争奪は…"), a quotation, a question or an interview line ends the story.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>How many quiet sentences in a row a story carries its person over: the moves of a biography are rarely
    /// further apart, and a longer run is more likely about something else.</summary>
    private const int QuietSentences = 2;

    /// <summary>Characters that open a line of quotation, dialogue or a bracketed aside rather than the narration.</summary>
    private static readonly char[] s_notNarration = ['「', '『', '"', '“', '―', '—', '–', '-', '(', '（', '【', '<', '＜', '・'];

    /// <summary>Characters that close or open a quotation: a sentence quoting someone is about the speaker, whoever it is.</summary>
    private static readonly char[] s_quotes = ['「', '」', '『', '』', '"', '“', '”'];

    /// <summary>The last quiet sentence the story went on through, and how many quiet sentences in a row led to it.</summary>
    private int _quietSentence = -2;
    private int _quietRun;

    /// <summary>The sentence being read when the story of the sentences before it reaches it (noted before this sentence
    /// can count as quiet itself).</summary>
    private int _storyReaches = -2;

    /// <summary>Whether the sentence before <paramref name="index"/> named the person, carried them over, or was a quiet
    /// sentence of their story.</summary>
    private bool StoryGoesOn(int index) =>
        _lastPersonSentence == index - 1 || _carriedSubjectSentence == index - 1 || _quietSentence == index - 1;

    /// <summary>Notes whether the story reaches the sentence, and a sentence that names nobody and has no subject of its own
    /// as part of the story told before it.</summary>
    private void NoteQuietSentence(int index, Sentence sentence, List<Mention> ms)
    {
        _storyReaches = StoryGoesOn(index) ? index : -2;
        if (ms.Exists(m => m.Kind == MentionKind.Person) || _storyReaches != index || !Narration(sentence, ms))
        {
            return;
        }

        var run = _quietSentence == index - 1 && _lastPersonSentence != index - 1 && _carriedSubjectSentence != index - 1 ? _quietRun + 1 : 1;
        if (run <= QuietSentences)
        {
            (_quietSentence, _quietRun) = (index, run);
        }
    }

    /// <summary>Whether the sentence is plain narration with its subject dropped: no quotation, question or dialogue line,
    /// no company as its topic, and (in Japanese) no other noun marked with the topic particle "は".</summary>
    private bool Narration(Sentence sentence, List<Mention> ms)
    {
        var text = _text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        if (text.IsEmpty || text.IndexOfAny(s_notNarration) == 0 || text.IndexOfAny(s_quotes) >= 0 || text[^1] is '？' or '?')
        {
            return false;
        }

        if (ms.Exists(m => m.Kind == MentionKind.Lab && !m.Modifier && MarkAfter(m.CharEnd) == CaseMark.Topic))
        {
            return false;
        }

        return Korean || !HasJapaneseTopic(sentence);
    }

    /// <summary>A noun marked with "は" (after a character that is not hiragana, so "では", "には" do not count), other than
    /// a word for "now" ("現在は"), which times the sentence rather than giving it a subject.</summary>
    private bool HasJapaneseTopic(Sentence sentence)
    {
        for (var at = sentence.Start + 1; at < sentence.End; at++)
        {
            if (_text[at] != 'は' || IsHiragana(_text[at - 1]) || char.IsPunctuation(_text[at - 1]) || char.IsWhiteSpace(_text[at - 1]))
            {
                continue;
            }

            var word = at + 1;
            if (!_lexicon.Currently.Exists(w => w.Length <= word - sentence.Start && _text.AsSpan(word - w.Length, w.Length).SequenceEqual(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence opens with a word for "now" ("現在は同社で…を務める", "현재 …"): a post held today, which
    /// the story's person holds when the sentence names nobody.</summary>
    private bool OpensWithNow(Sentence sentence)
    {
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return _lexicon.Currently.Exists(w => _text.AsSpan(start, sentence.End - start).StartsWith(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Where an arrival in a carried story came from when its sentence names no origin ("…メルカリへ。同社では…。そして今年、
    /// OpenAIの日本法人に加わり"): the lab the story last placed the person at, as a biography tells its posts in order.
    /// Null when the subject was not carried over in this sentence or the story placed the person nowhere else.
    /// </summary>
    private string? StoryOrigin(int index, string person, string lab)
    {
        if (_carriedSubjectSentence != index || _state.SalientPerson != person)
        {
            return null;
        }

        var last = _state.Events.LastOrDefault(e => e.Person == person && e.Lab is not null && e.Kind is EventKind.Join or EventKind.Move or EventKind.Leave or EventKind.Work or EventKind.Role);
        return last is not null && last.Lab != lab && !last.Former ? last.Lab : null;
    }

    /// <summary>Skips a company's arm in one country right after its name ("Anthropic日本法人に", "OpenAIの日本法人に",
    /// "OpenAI 한국 지사에"), so the particle after the arm marks the company: the arm stands for it.</summary>
    private int AfterLocalArm(int at)
    {
        var from = at;
        if (!Korean && from < _text.Length && _text[from] == 'の')
        {
            from++;
        }

        while (from < _text.Length && _text[from] == ' ')
        {
            from++;
        }

        var arm = _lexicon.LocalArms.Find(a => _text.AsSpan(from).StartsWith(a, StringComparison.Ordinal));
        return arm is null ? at : from + arm.Length;
    }

    /// <summary>The title held by a work verb that takes it as its object right before it ("リーダーを務める",
    /// "CTOを務めていた"); null when the verb holds no title.</summary>
    private string? TitleHeld(List<Mention> ms, int k)
    {
        if (Korean || k == 0 || ms[k - 1] is not { IsRole: true } title || title.Has(Cue.FounderRole))
        {
            return null;
        }

        var gap = _text.AsSpan(title.CharEnd, Math.Max(0, ms[k].Start - title.CharEnd));
        return gap.SequenceEqual("を") ? title.Get(Cue.Role)?.Value : null;
    }
}
