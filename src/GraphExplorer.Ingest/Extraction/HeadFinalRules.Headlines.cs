using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Headlines of verb-final languages often drop the verb and end on the destination: "OpenAIのX氏、メタへ",
/// "X氏、グーグルからメタへ", "구글 X 연구원, 메타로", "X 전 구글 CEO, 오픈AI行". The people named before the destination move
/// there, from the lab their title or genitive names (or the lab marked "from").
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Reads a verbless clause that ends on a lab marked as the destination; adds nothing when any verb is in the sentence.</summary>
    public void Headline(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        JapaneseMoves(index, sentence, ms, events);
        if (ms.Exists(m => m.IsVerb))
        {
            return;
        }

        var d = ms.FindIndex(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && EndsOnDestination(m.CharEnd, sentence.End));
        if (d <= 0 || ms[d].Name is not { } to)
        {
            return;
        }

        var from = ms.Take(d).LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && MarkAfter(m.CharEnd) == CaseMark.From)?.Name;
        var people = ms.Take(d).Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null }).Select(m => m.Name!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var person in people)
        {
            var origin = from ?? HeldElsewhere(events, person, to);
            events.Add(new ArticleEvent(EventKind.Join, person, to, null, 0.7, index, sentence.Start, sentence.End) { From = origin });
        }
    }

    /// <summary>The lab of a title or tenure this sentence gives the person, other than the one they arrive at.</summary>
    private static string? HeldElsewhere(List<ArticleEvent> events, string person, string arrival) =>
        events.LastOrDefault(e => e.Person == person && e.Kind is EventKind.FoundTitle or EventKind.Role or EventKind.Work && e.Lab is not null && e.Lab != arrival && !e.BareTitle)?.Lab;

    /// <summary>
    /// "A出身のX氏やY氏らがBに加わった", "오픈AI 출신 X, Y 등이 메타에 합류": a lab stated before the first of several listed
    /// movers, and held by none of the others on their own, is where all of them come from. Null otherwise.
    /// </summary>
    private string? SharedOrigin(List<Mention> ms, List<string> subjects, List<ArticleEvent> events, string arrival)
    {
        if (subjects.Count < 2)
        {
            return null;
        }

        var first = ms.FindIndex(m => m is { Kind: MentionKind.Person, Pronoun: false } && m.Name is { } n && subjects.Contains(n));
        if (first < 0 || HeldElsewhere(events, ms[first].Name!, arrival) is not { } origin
            || subjects.Exists(s => s != ms[first].Name && HeldElsewhere(events, s, arrival) is not null))
        {
            return null;
        }

        // The origin must open the list: its lab comes before the first person, with only cues (titles, "出身") between.
        var labAt = ms.FindLastIndex(first, m => m.Kind == MentionKind.Lab && m.Name == origin);
        return labAt >= 0 && ms.Skip(labAt + 1).Take(first - labAt - 1).All(m => m.Kind == MentionKind.Cue) ? origin : null;
    }

    /// <summary>
    /// Whether the lab ending at <paramref name="at"/> is followed by the destination particle ("へ"; "로", "으로") or the
    /// suffix "行", and then by nothing but punctuation or the end of the sentence.
    /// </summary>
    private bool EndsOnDestination(int at, int end)
    {
        while (at < end && _text[at] is '」' or '』' or '"' or '”' or '’' or '\'' or ')' or '）' or '社')
        {
            at++;
        }

        string[] particles = Korean ? ["으로", "로", "行", "행"] : ["へ", "行き"];
        var particle = particles.FirstOrDefault(p => _text.AsSpan(at, end - at).StartsWith(p, StringComparison.Ordinal));
        if (particle is null)
        {
            return false;
        }

        for (var p = at + particle.Length; p < end; p++)
        {
            var c = _text[p];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return char.IsPunctuation(c) || char.IsSymbol(c);
        }

        return true;
    }
}
