using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Constructions of German, Spanish and Portuguese move reporting that the sentence rules call on: a bracketed acronym
/// inside a title ("chefe de inteligência artificial (IA) do Google") and a person's name in the German genitive before
/// the lab it owns ("Elon Musks xAI", "Elon Musks KI-Firma xAI").
/// </summary>
internal static class LatinMoves
{
    // Prepositions that give where a lost person goes: German "an", Spanish "a"/"al", Portuguese "para"/"à"/"ao".
    // Words before a name that make it the owner or the object of a noun ("padres de Liquid Glass", "diseño de la
    // Dynamic Island"), not a person the lab lost.
    private static readonly HashSet<string> s_ownerWords = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "das", "dos", "von", "vom", "der", "des", "la", "el", "los", "las",
    };

    private static readonly HashSet<string> s_lossDestinations = new(StringComparer.Ordinal) { "an", "a", "al", "para", "ao", "to" };

    /// <summary>
    /// Tokens from <paramref name="from"/> to <paramref name="to"/> that stand inside short brackets ("(IA)", "(KI)",
    /// "(MSL)"): an abbreviation glossing the words before it adds no distance between a title and its lab.
    /// </summary>
    public static int BracketedTokens(List<Token> tokens, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Key != "(")
            {
                continue;
            }

            var close = i + 1;
            while (close < to && close - i <= 4 && tokens[close].Key != ")")
            {
                close++;
            }

            if (close < to && tokens[close].Key == ")")
            {
                count += close - i + 1;
                i = close;
            }
        }

        return count;
    }

    /// <summary>
    /// German "wechselte von Elon Musks xAI zu Meta": a capitalised run read as a lab whose second or later word is in the
    /// genitive ("Musks") and stands right before another lab names the owner of that lab, not a lab of its own, so it only
    /// qualifies the lab after it.
    /// </summary>
    public static void MarkGermanGenitiveOwners(string language, List<Token> tokens, List<Mention> ms)
    {
        if (language != "de")
        {
            return;
        }

        for (var i = 0; i + 1 < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false } owner || ms[i + 1] is not { Kind: MentionKind.Lab } owned
                || owned.First != owner.End || owner.End - owner.First < 2)
            {
                continue;
            }

            for (var t = owner.First + 1; t < owner.End; t++)
            {
                var key = tokens[t].Key;
                if (tokens[t].Kind == TokenKind.Word && key.Length > 3 && key[^1] == 's' && key[^2] != 's' && tokens[t].Capitalized)
                {
                    owner.Modifier = true;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Apple ha perdido a X, quien se marchará a Meta", "OpenAI verliert X an Meta", "a Meta perdeu X para a OpenAI":
    /// a lab that loses people is where they worked until now. Each person named after the verb (up to a verb that
    /// hires or loses again) leaves the lab; a destination right after the people ("an Meta", "para a OpenAI") is
    /// where they go, and a move stated later in the sentence ("quien se marchará a Meta") joins the departure.
    /// </summary>
    public static IEnumerable<ArticleEvent> LostPeople(LanguageLexicon lexicon, List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        if (lexicon.LoseVerbs.Count == 0)
        {
            yield break;
        }

        for (var k = 0; k < ms.Count; k++)
        {
            if (ms[k] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab })
            {
                continue;
            }

            // The verb follows the lab within three tokens ("Apple ha perdido", "OpenAI verliert", "a Meta perdeu").
            var verb = -1;
            for (var t = ms[k].End; t < sentence.EndToken && t - ms[k].End < 3; t++)
            {
                if (lexicon.LoseVerbs.Contains(tokens[t].Key))
                {
                    verb = t;
                    break;
                }

                // "a vu partir X": a verb of seeing people go is a two-word loss
                if (t + 1 < sentence.EndToken && lexicon.LoseVerbs.Contains(tokens[t].Key + " " + tokens[t + 1].Key))
                {
                    verb = t + 1;
                    break;
                }
            }

            if (verb < 0 || (k + 1 < ms.Count && ms[k + 1].First < verb && ms[k + 1].Kind is not MentionKind.Cue))
            {
                continue;
            }

            // "A lost two researchers to B: X and Y": the destination stands before a colon and the people after it.
            var listed = DestinationBeforeColon(tokens, ms, lab, verb, sentence);
            var from = listed?.Colon ?? verb;
            var lost = new List<Mention>();
            var last = -1;
            for (var m = k + 1; m < ms.Count; m++)
            {
                if (ms[m].First <= from)
                {
                    continue;
                }

                if (ms[m].IsVerb && (ms[m].Has(Cue.Recruit) || ms[m].Has(Cue.Found)))
                {
                    break; // "perdió a X pero contrató a Y": Y is no loss
                }

                if (lost.Count == 0 && Enumerable.Range(from + 1, Math.Max(0, ms[m].First - from - 1)).Any(t => tokens[t].Key is "para" or "an"))
                {
                    break; // "Google perde brasileiro para time de Zuckerberg": past the destination no one is lost
                }

                if (lost.Count == 0 && ClauseBreakBetween(tokens, ms, from, ms[m].First))
                {
                    break; // "Google lost the case on Monday, said X": X speaks in another clause and was not lost
                }

                if (ms[m] is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && !s_ownerWords.Contains(tokens[ms[m].First - 1].Key))
                {
                    lost.Add(ms[m]);
                    last = m;
                }
            }

            // "an OpenAI", "para a OpenAI" right after the people; "a manos de" is not among them
            var to = listed?.Lab ?? (last >= 0 ? LossDestination(tokens, ms, ms[last].End, lab, sentence)?.Name : null);

            foreach (var person in lost)
            {
                yield return new ArticleEvent(EventKind.Leave, person.Name!, lab, null, 0.7, index, sentence.Start, sentence.End);
                if (to is not null)
                {
                    // "lost X and Y to B": the destination after the list is every listed person's
                    yield return new ArticleEvent(EventKind.Join, person.Name!, to, null, 0.7, index, sentence.Start, sentence.End);
                }
            }

            yield break;
        }
    }

    /// <summary>
    /// The lab and the colon of "lost two researchers to B: X and Y": a loss destination word within five tokens of the
    /// verb, then a lab, then a colon. Null when the sentence has no such shape.
    /// </summary>
    private static (string Lab, int Colon)? DestinationBeforeColon(List<Token> tokens, List<Mention> ms, string loser, int verb, Sentence sentence)
    {
        for (var t = verb + 1; t < sentence.EndToken && t - verb <= 5; t++)
        {
            if (s_lossDestinations.Contains(tokens[t].Key))
            {
                return LossDestination(tokens, ms, t, loser, sentence) is { Name: { } lab } target && target.End < sentence.EndToken && tokens[target.End].Key == ":"
                    ? (lab, target.End)
                    : null;
            }
        }

        return null;
    }

    /// <summary>The lab a loss destination word at <paramref name="at"/> ("to", "an", "para") introduces within two
    /// tokens, when it is not the lab that lost the people.</summary>
    private static Mention? LossDestination(List<Token> tokens, List<Mention> ms, int at, string loser, Sentence sentence) =>
        at < sentence.EndToken && s_lossDestinations.Contains(tokens[at].Key)
        && ms.Find(x => x.First > at && x.Kind != MentionKind.Cue) is { Kind: MentionKind.Lab, Modifier: false, Name: { } destination } target
        && target.First - at <= 2 && destination != loser
            ? target
            : null;

    /// <summary>Whether a comma between two tokens opens another clause: a lower-case word after it that is no list
    /// opener ("including", "dont") or coordination, as in ", said" or ", a déclaré".</summary>
    private static bool ClauseBreakBetween(List<Token> tokens, List<Mention> ms, int from, int to)
    {
        for (var t = from + 1; t + 1 < to; t++)
        {
            if (tokens[t].Key == "," && tokens[t + 1] is { Kind: TokenKind.Word, Capitalized: false }
                && !ms.Exists(x => x.First == t + 1 && x.Kind == MentionKind.Cue && (x.Has(Cue.Including) || x.Has(Cue.Coord))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X verlässt Apple, um Designchef bei Meta zu werden", "X dejó Google para convertirse en director de Meta",
    /// "X deixou a Google para assumir o cargo de CTO da Meta": a departure followed by a purpose clause naming another
    /// lab is an arrival there. Only a person already leaving in the sentence and not yet arriving anywhere is moved.
    /// </summary>
    public static IEnumerable<ArticleEvent> PurposeArrivals(string language, List<Token> tokens, List<Mention> ms, List<ArticleEvent> events, int index, Sentence sentence)
    {
        if (language is not ("de" or "es" or "pt"))
        {
            yield break;
        }

        var marker = -1;
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            var key = tokens[t].Key;
            if ((language == "de" && key == "um" && tokens[t - 1 >= 0 ? t - 1 : t].Key == ",")
                || (language != "de" && key == "para" && Enumerable.Range(t + 1, Math.Min(2, sentence.EndToken - t - 1)).Any(u => Infinitive(tokens[u].Key))))
            {
                marker = t;
                break;
            }
        }

        if (marker < 0)
        {
            yield break;
        }

        // A title before the lab may read as a name in German ("um Chefdesignerin bei Meta zu werden"): only a verb ends the search.
        var target = ms.Find(x => x.First > marker && x.First - marker <= 10 && (x.Kind == MentionKind.Lab || x.IsVerb));
        if (target is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab })
        {
            yield break;
        }

        foreach (var leave in events.Where(e => e.Kind == EventKind.Leave && e.Lab is not null && e.Lab != lab).ToList())
        {
            if (!events.Exists(e => e.Person == leave.Person && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent))
            {
                yield return new ArticleEvent(EventKind.Join, leave.Person, lab, leave.Date, Math.Min(0.7, leave.Confidence), index, sentence.Start, sentence.End);
            }
        }
    }

    // Spanish and Portuguese infinitives ("convertirse", "assumir", "trabajar"); "se"/"-se" may follow.
    private static bool Infinitive(string key) =>
        key.Length > 3 && (key.EndsWith("ar", StringComparison.Ordinal) || key.EndsWith("er", StringComparison.Ordinal) || key.EndsWith("ir", StringComparison.Ordinal)
            || key.EndsWith("arse", StringComparison.Ordinal) || key.EndsWith("erse", StringComparison.Ordinal) || key.EndsWith("irse", StringComparison.Ordinal));
}
