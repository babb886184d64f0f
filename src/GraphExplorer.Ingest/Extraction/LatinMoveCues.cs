using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// General constructions by which Latin-script news (German, Spanish, Portuguese, Indonesian, English) reports where a
/// mover came from: German verb-second order ("Nun wechselt die Forscherin X zu B", subject after the verb), German
/// verbs at the end of their clause ("der zuvor bei A gearbeitet hatte"), a span of years at a lab told with an arrival
/// ("joins B after seven years at A", "ficha por B tras siete años en A"), and surnames spelt like a verb ("Holt").
/// </summary>
internal static class LatinMoveCues
{
    // German auxiliaries that may follow a participle before its clause ends ("gearbeitet hatte,", "verlassen hat.").
    private static readonly HashSet<string> s_germanAuxiliaries = new(StringComparer.Ordinal)
    {
        "hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sind", "wird", "wurde", "wurden", "worden", "werden",
    };

    // Inflected endings of German adjectives written capitalised at a sentence's start ("Teure Gehälter", "Maschinelles
    // Lernen") and the endings of the noun after them.
    private static readonly string[] s_germanAdjectiveEndings = ["e", "es", "en", "er", "em"];
    private static readonly string[] s_germanNounEndings = ["en", "er", "e", "ung", "ungen", "heit", "keit", "schaft", "ion", "tät", "nis", "ment", "ts"];

    /// <summary>
    /// Whether capitalised German words from <paramref name="first"/> to <paramref name="end"/> are no person although
    /// German capitalises every noun: a known person's name in the genitive opens them ("Schulmans Engagement",
    /// "Altmans Rückkehr"), or, at a sentence's start, an inflected adjective that is no name part precedes a noun
    /// ("Teure Gehälter", "Maschinelles Lernen").
    /// </summary>
    public static bool GermanNounPhrase(List<Token> tokens, int first, int end, IReadOnlySet<string> personWords)
    {
        var opening = tokens[first].Key;
        if (opening.Length > 3 && opening[^1] == 's' && opening[^2] != 's' && personWords.Contains(opening[..^1]))
        {
            return true;
        }

        if (end - first != 2)
        {
            return false;
        }

        var noun = tokens[first + 1].Key;
        // Away from the sentence's start only the strong neuter ending "-es" of a long adjective tells ("von Maschinelles
        // Lernen"): given names ending so ("Johannes") are name parts.
        var initial = first == 0 || tokens[first - 1].Kind == TokenKind.Punct;
        return (initial || (opening.Length >= 8 && opening.EndsWith("es", StringComparison.Ordinal)))
            && opening.Length >= 5 && NameParts.Kind(opening) == 0 && NameParts.Kind(noun) == 0
            && Array.Exists(s_germanAdjectiveEndings, e => opening.EndsWith(e, StringComparison.Ordinal))
            && Array.Exists(s_germanNounEndings, e => noun.EndsWith(e, StringComparison.Ordinal));
    }

    // Definite articles that open a title written before the name it describes ("el exdirector de A, X").
    private static readonly HashSet<string> s_titleArticles = new(StringComparer.Ordinal)
    {
        "the", "el", "la", "los", "las", "o", "a", "os", "as", "le", "les", "der", "die", "den",
    };

    /// <summary>
    /// "…, el exdirector de Scale AI, Alexandr Wang, y …", "the former head of A, Jane Doe": a definite article, a
    /// (former) title at <paramref name="title"/> naming the lab at <paramref name="lab"/>, a comma and a name describe
    /// the name after the comma, even when another person stands before the title (a list of hires), so the title is
    /// not read back onto that person.
    /// </summary>
    public static bool TitleOpensApposition(List<Token> tokens, List<Mention> ms, int title, int lab)
    {
        var first = ms[title].First;
        var after = lab + 1;
        return first > 0 && tokens[first - 1].Kind == TokenKind.Word && s_titleArticles.Contains(tokens[first - 1].Key)
            && after < ms.Count && ms[after] is { Kind: MentionKind.Person, Pronoun: false, Name: not null }
            && ms[after].First == ms[lab].End + 1 && tokens[ms[lab].End].Key == ",";
    }

    /// <summary>
    /// "Apple hat den Forscher X von Google abgeworben", "Mistral hat den Google-Veteranen X eingestellt": in the German
    /// perfect the hiring lab opens the clause before its auxiliary, the people hired and the lab they come from ("von
    /// A") stand between it and the participle, which ends the clause. Null when the recruiting verb at
    /// <paramref name="k"/> is not so placed.
    /// </summary>
    public static (string Lab, List<Mention> People, string? From)? GermanPerfectRecruit(string language, List<Token> tokens, List<Mention> ms, int k, int sentenceEnd)
    {
        if (!EndsGermanClause(language, tokens, ms[k], sentenceEnd))
        {
            return null;
        }

        var hirer = ms.FindIndex(0, k, x => x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb);
        if (hirer < 0 || ms[hirer] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || ms[hirer].End >= tokens.Count
            || !s_germanAuxiliaries.Contains(tokens[ms[hirer].End].Key))
        {
            return null;
        }

        var people = new List<Mention>();
        string? from = null;
        for (var m = hirer + 1; m < k; m++)
        {
            if (ms[m].IsVerb)
            {
                return null;
            }

            if (ms[m] is { Kind: MentionKind.Person, Pronoun: false, Name: not null })
            {
                people.Add(ms[m]);
            }
            else if (ms[m].Kind == MentionKind.Cue && ms[m].Has(Cue.FromPrep) && m + 1 < k && ms[m + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } origin }
                && origin != lab)
            {
                from = origin;
            }
        }

        return people.Count == 0 ? null : (lab, people, from);
    }

    /// <summary>
    /// "se unió a la empresa rival Anthropic", "joined the AI company Anthropic", "wechselt zur Firma Acme": a company noun
    /// followed, with at most one plain word between, by a lab's name is that lab, not a reference back to the lab the
    /// passage was about; the noun is dropped so the name stands alone.
    /// </summary>
    public static void DropAnaphorNamingALab(List<Mention> ms, List<Token> tokens)
    {
        for (var m = ms.Count - 2; m >= 0; m--)
        {
            if (ms[m] is not { Kind: MentionKind.Lab, Anaphor: true } || ms[m + 1] is not { Kind: MentionKind.Lab, Anaphor: false, Modifier: false, Name: not null }
                || ms[m + 1].First - ms[m].End > 1)
            {
                continue;
            }

            if (ms[m + 1].First == ms[m].End || tokens[ms[m].End] is { Kind: TokenKind.Word, Capitalized: false })
            {
                ms.RemoveAt(m);
            }
        }
    }

    /// <summary>Whether the language puts the finite verb second, so a clause opened by an adverb or a phrase
    /// ("Nach sieben Jahren bei A", "Nun", "Im Mai") names its subject right after the verb.</summary>
    public static bool VerbSecond(string language) => language == "de";

    /// <summary>
    /// The person right after a verb that has no person before it in a verb-second language: "Nach sieben Jahren bei
    /// Google wechselt die Forscherin X zu OpenAI", "Im Mai ging er zu Anthropic". Only articles, adverbs and a title
    /// may stand between the verb and the person. -1 when there is none.
    /// </summary>
    public static int InvertedSubject(string language, List<Mention> ms, List<Token> tokens, int k)
    {
        if (!VerbSecond(language) || !ms[k].IsVerb || ms[k].Has(Cue.Recruit) || ms[k].Has(Cue.LeaveNoun)
            || ms.Take(k).Any(x => x.Kind == MentionKind.Person && (x.Name is not null || x.Pronoun)))
        {
            return -1;
        }

        var a = k + 1;
        while (a < ms.Count && ms[a].IsRole && !ms[a].IsVerb)
        {
            a++;
        }

        if (a >= ms.Count || ms[a].Kind != MentionKind.Person || ms[a].Name is null || ms[a].Comitative || ms[a].Agent)
        {
            return -1;
        }

        // Between the verb and the person only words (no comma, no other clause): "wechselt nun die Forscherin X".
        for (var t = ms[k].End; t < ms[a].First; t++)
        {
            if (tokens[t].Kind == TokenKind.Punct && tokens[t].Key != "-")
            {
                return -1;
            }
        }

        return ms[a].First - ms[k].End <= 5 ? a : -1;
    }

    /// <summary>Whether a word is a German auxiliary of the perfect, passive or future ("hat", "ist", "wird").</summary>
    public static bool GermanAuxiliary(string key) => s_germanAuxiliaries.Contains(key);

    /// <summary>
    /// Whether a German verb ends its clause ("der zuvor bei Microsoft gearbeitet hatte, ist …", "die Google verlassen
    /// hat."): its object stands before it, and a lab after the clause belongs to another verb.
    /// </summary>
    public static bool EndsGermanClause(string language, List<Token> tokens, Mention verb, int sentenceEnd)
    {
        if (language != "de")
        {
            return false;
        }

        var t = verb.End;
        while (t < sentenceEnd && t - verb.End < 2 && tokens[t].Kind == TokenKind.Word && s_germanAuxiliaries.Contains(tokens[t].Key))
        {
            t++;
        }

        return t >= sentenceEnd || (tokens[t].Kind == TokenKind.Punct && tokens[t].Key != "-");
    }

    /// <summary>
    /// Whether a capitalised word inside a Latin name is part of the name although a verb cue is spelt the same ("Svenja
    /// Holt", "holt" = "fetches"): the language writes its verbs in lower case (English headlines capitalise verbs, so
    /// not English), and the cue is a one-word verb written in lower case in the lexicon.
    /// </summary>
    public static bool VerbSpeltAsSurname(string language, Token token, int length, List<CueEntry> cues) =>
        language != "en" && length == 1 && token.Capitalized && !token.AllCaps
        && cues.TrueForAll(c => c.Cue is Cue.Leave or Cue.Join or Cue.Move or Cue.Found or Cue.Work or Cue.Recruit or Cue.Blocker && c.Phrase.Length > 0 && char.IsLower(c.Phrase[0]));

    /// <summary>
    /// "X, ehemals Twitter", "Meta, formerly Facebook", "Alphabet, antes Google": a lab named after another lab, a comma
    /// and a "former" word is the first lab's old name, not a lab anyone left; it is set aside as a modifier.
    /// </summary>
    public static void MarkFormerNames(List<Mention> ms, List<Token> tokens)
    {
        // The name before the comma may be one the extractor does not know as a lab ("X"): any capitalised word but a
        // person's name will do.
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var f = ms[i].First;
            if (ms[i].Kind == MentionKind.Cue && !ms[i].IsRole && (ms[i].Has(Cue.Former) || ms[i].Has(Cue.Previously)) && f >= 2
                && tokens[f - 1].Key is "," or "(" && tokens[f - 2] is { Kind: TokenKind.Word, Capitalized: true }
                && !(i > 0 && ms[i - 1] is { Kind: MentionKind.Person, Name: not null } && ms[i - 1].End == f - 1) // "X (ex Scale AI)" is a person's past
                && ms[i + 1].Kind == MentionKind.Lab && ms[i + 1].First == ms[i].End
                && (ms[i + 1].End >= tokens.Count || tokens[ms[i + 1].End].Kind == TokenKind.Punct))
            {
                ms[i + 1].Modifier = true;
            }
        }
    }

    /// <summary>
    /// "X ficha por B tras siete años en A", "after seven years at A, X joins B", "Nach sieben Jahren bei A wechselt X zu
    /// B": a span of years at a lab, told in a sentence where the person arrives at another lab, is the tenure the person
    /// left. Only a sentence with exactly one person arriving is read, so the span is theirs. Returns the tenures added.
    /// </summary>
    public static List<ArticleEvent> YearsBeforeArrival(List<Mention> ms, List<ArticleEvent> events, int index, Sentence sentence)
    {
        var added = new List<ArticleEvent>();
        var arrivals = events.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.From is null).ToList();
        if (arrivals.Select(e => e.Person).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return added;
        }

        for (var c = 0; c + 1 < ms.Count; c++)
        {
            if (ms[c].Kind != MentionKind.Cue || !ms[c].Has(Cue.TenureSpan) || ms[c + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab }
                || ms[c + 1].First - ms[c].End > 1 || arrivals.Exists(e => e.Lab == lab))
            {
                continue;
            }

            var arrival = arrivals[0];
            added.Add(new ArticleEvent(EventKind.Work, arrival.Person, lab, null, arrival.Confidence * 0.9, index, sentence.Start, sentence.End) { Former = true });
        }

        return added;
    }

    /// <summary>
    /// "Der promovierte Elektroingenieur kommt von A", "the veteran engineer joins B": one adjective in lower case may
    /// stand between a definite article and the title it opens. A plural one ("Die verbleibenden Mitarbeiter", "the
    /// remaining researchers": German -en, a final -s) names a group, not the person of the passage. Returns the token
    /// to test for the article: the one before the adjective, else <paramref name="before"/> unchanged.
    /// </summary>
    public static int ArticleBeforeAdjective(List<Token> tokens, int before, int sentenceStart) =>
        before > sentenceStart && tokens[before] is { Kind: TokenKind.Word, Capitalized: false } adjective && tokens[before - 1].Kind == TokenKind.Word
        && !adjective.Key.EndsWith("en", StringComparison.Ordinal) && !adjective.Key.EndsWith('s')
            ? before - 1
            : before;

    /// <summary>
    /// "X kommt von A, wo er zuletzt für den Einsatz … zuständig war": a lab after "for"/"für" in a clause set off by a
    /// comma after the departure belongs to that clause, not to the departure. Whether a comma stands between the verb
    /// at <paramref name="k"/> and the mention named <paramref name="lab"/> after it.
    /// </summary>
    public static bool AnotherClauseBefore(List<Token> tokens, List<Mention> ms, int k, string lab)
    {
        var at = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Lab && x.Name == lab);
        if (at < 0)
        {
            return false;
        }

        for (var t = ms[k].End; t < ms[at].First; t++)
        {
            if (tokens[t].Key is "," && tokens[t].Kind == TokenKind.Punct)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Capitalised words of a unit's name glued to a person's name or standing alone where a name would be: "head of
    /// Search Quality Jane Doe", "director of AI and Autopilot Vision at Tesla". Two or more words before a given name
    /// that are no name parts (with a word after the given name) are dropped, so the name is read from the given name
    /// on; a sequence with no name part and a department word ("Vision", "Search", "Cloud") is no person at all. The
    /// number of tokens from <paramref name="index"/> that are not the person; 0 when there are none.
    /// </summary>
    public static int GluedTitleWords(List<Token> tokens, int index, int end)
    {
        var given = -1;
        var department = false;
        for (var k = index; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (k > index && tokens[k - 1].Key == "-" && !tokens[k - 1].SpaceBefore && !tokens[k].SpaceBefore)
            {
                return 0; // "Chi-Ming Chen", "Chia-Wei Lin": the half after a hyphen belongs to one given name with the half before it
            }

            if (NameParts.Kind(tokens[k].Key) != 0)
            {
                given = NameParts.IsGiven(tokens[k].Key) ? k : -1;
                break;
            }

            department |= LatinNames.IsNoOrganisation(tokens[k].Key);
        }

        if (given < 0)
        {
            return department && end - index >= 2 && NameParts.Kind(tokens[index].Key) == 0 ? end - index : 0;
        }

        return given - index >= 2 && given + 1 < end && tokens[given + 1].Kind == TokenKind.Word ? given - index : 0;
    }

    /// <summary>
    /// "two of its co-founders depart", "los cofundadores dejan", "os cofundadores saem": a founders' title in the plural
    /// is a group, so the verb after it moves no one named earlier in the sentence (the owner of "its" startup stays).
    /// Read from the written plural of English, Spanish, Portuguese and French (a final -s); other languages mark the
    /// plural otherwise and are left out.
    /// </summary>
    public static bool PluralTitle(string language, List<Token> tokens, Mention title) =>
        language is "en" or "es" or "pt" or "fr" && title.End > title.First && tokens[title.End - 1] is { Kind: TokenKind.Word } last
        && last.Key.Length > 3 && last.Key.EndsWith('s');

    /// <summary>
    /// "Tesla's director of engineering Jane Doe", "Google's head of AI Jane Doe", "Nvidia's chief scientist for robotics,
    /// Olivia Grant" (English puts the lab before such a title): after the title at <paramref name="k"/>, one or two "of"
    /// or "for" open the unit the title heads (plain words, no lab), and the person after the unit (or after a comma
    /// closing it) holds the title. Returns that person's index, or -1.
    /// </summary>
    public static int PersonAfterUnit(List<Token> tokens, List<Mention> ms, int k)
    {
        // The lab before the title, bare or with "'s": "Tesla director of …", "Tesla's director of …".
        var next = k;
        var owner = next - 1;
        if (owner >= 0 && ms[owner].Kind == MentionKind.Cue && ms[owner].Has(Cue.Genitive) && ms[owner].End == ms[next].First)
        {
            next = owner--;
        }

        if (owner < 0 || ms[owner] is not { Kind: MentionKind.Lab, Modifier: false } || ms[next].First - ms[owner].End > 1)
        {
            return -1;
        }

        var p = k + 1;
        while (p < ms.Count && p - k <= 2 && ms[p].Kind == MentionKind.Cue && (ms[p].Has(Cue.Genitive) || ms[p].Has(Cue.ToPrep)))
        {
            p++;
        }

        if (p == k + 1 || p >= ms.Count || ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null })
        {
            return -1;
        }

        var words = 0;
        for (var t = ms[k + 1].First; t < ms[p].First; t++)
        {
            var comma = tokens[t].Key == "," && t == ms[p].First - 1;
            if (!comma && tokens[t].Kind != TokenKind.Word)
            {
                return -1;
            }

            words += comma || ms.Skip(k + 1).Take(p - k - 1).Any(m => m.First <= t && t < m.End) ? 0 : 1;
        }

        return words is >= 1 and <= 4 ? p : -1;
    }

    /// <summary>
    /// The lab a destination preposition at <paramref name="prep"/> leads to through a short description ending in a
    /// company noun ("for rival AI company B", "for the search startup B"): only lower-case words (and "AI") stand
    /// between, with no comma, name or verb, so the description is of that lab and not a clause of its own.
    /// </summary>
    public static string? DescribedLabAfter(List<Token> tokens, List<Mention> ms, int prep)
    {
        const int maxDescription = 5;
        for (var a = prep + 1; a < ms.Count && ms[a].First - ms[prep].End <= maxDescription; a++)
        {
            var m = ms[a];
            if (m is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: { } lab })
            {
                var before = ms[a - 1];
                var described = a - 1 > prep && before.End == m.First && (before.Has(Cue.StartupNoun) || before is { Kind: MentionKind.Lab, Modifier: true });
                return described && DescriptionWords(tokens, ms[prep].End, m.First) ? lab : null;
            }

            if (m.IsVerb || m.IsRole || m.Kind is MentionKind.Person or MentionKind.Date)
            {
                return null;
            }
        }

        return null;
    }

    private static bool DescriptionWords(List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || (tokens[t].Capitalized && tokens[t].Key != "ai"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index of the lab closing a departure noun's phrase at <paramref name="noun"/> ("Abschied von A", "départ de A",
    /// "departure from A"), told inside another verb's clause; -1 when the noun does not open one.
    /// </summary>
    public static int DepartureAside(List<Mention> ms, int noun)
    {
        const int maxGap = 2;
        return noun + 2 < ms.Count && ms[noun].Has(Cue.LeaveNoun) && ms[noun + 1].Kind == MentionKind.Cue && ms[noun + 1].Has(Cue.FromPrep)
            && ms[noun + 1].First - ms[noun].End <= maxGap && ms[noun + 2] is { Kind: MentionKind.Lab, Modifier: false }
            && ms[noun + 2].First - ms[noun + 1].End <= maxGap
            ? noun + 2
            : -1;
    }
}
