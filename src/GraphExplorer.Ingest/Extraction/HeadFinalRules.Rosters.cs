using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A hire told in two sentences, as Japanese and Korean reports list new staff: first the hirer and a count ("OpenAIは
/// この1カ月で3人を採用した"), then the roster, each person with where they came from and no verb of their own
/// ("グーグル出身のX氏、メタ出身のY氏、アップル出身のZ氏だ").
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>The last hire that named its hirer but nobody hired: the sentence, the hirer and the date.</summary>
    private (int Sentence, string Hirer, PartialDate? Date)? _unnamedHire;

    private void NoteUnnamedHire(int index, string hirer, PartialDate? date) => _unnamedHire = (index, hirer, date);

    /// <summary>
    /// Reads the sentence right after a hire that named nobody as its roster: when the sentence names people and its only
    /// verbs are marks of where they came from ("出身", "출신"), each person joins the hirer, leaving the lab they came from.
    /// </summary>
    public void RosterOfUnnamedHire(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_unnamedHire is not { } hire || hire.Sentence != index - 1)
        {
            return;
        }

        var people = ms.Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null }).ToList();
        if (people.Count == 0 || ms.Exists(m => m.IsVerb && !OriginOf(m)) || events.Exists(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.Leave)
            || !EndsWithTheList(sentence, ms, people[^1]))
        {
            return;
        }

        foreach (var person in people)
        {
            var origin = OriginBefore(ms, person) ?? HeldElsewhere(events, person.Name!, hire.Hirer);
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, hire.Hirer, hire.Date, 0.7 * (person.Unknown ? 0.9 : 1.0), index, sentence.Start, sentence.End) { From = origin });
        }
    }

    /// <summary>Longest ending after the last listed name that still closes a roster: a copula after the honorific ("氏だ", "氏です", "이다", "입니다").</summary>
    private const int CopulaLength = 4;

    /// <summary>Whether the sentence ends with its last person (and that person's title), but for a copula: a roster, not
    /// a sentence about the person ("グーグル出身のX氏は、…について語った").</summary>
    private bool EndsWithTheList(Sentence sentence, List<Mention> ms, Mention last)
    {
        var end = ms.Where(m => m.First >= last.First && (m == last || m.IsRole)).Max(m => m.CharEnd);
        var tail = _text[end..sentence.End].Trim().TrimEnd('。', '.', '．').Trim();
        return tail.Length <= CopulaLength;
    }
}
