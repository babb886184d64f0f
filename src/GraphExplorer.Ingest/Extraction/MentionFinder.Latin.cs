using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Organisations among capitalised Latin-script words: a single capitalised word in an employer slot ("joined Acme",
/// "chez Acme", "ex-Acme", "CEO of Acme", "wechselt zu Acme") is a lab the gazetteer does not know, not a surname kept
/// for coreference, unless the article uses it as a word or as a person's name.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Articles that may stand between a slot word and the name ("para a Acme", "zu der Acme").</summary>
    private static readonly HashSet<string> s_slotArticles = new(StringComparer.Ordinal)
    {
        "the", "le", "la", "l", "el", "los", "las", "o", "a", "os", "as", "der", "die", "das", "dem", "den", "des", "sang",
    };

    /// <summary>The last word of a founding phrase whose name is the founder, not the lab ("fondée par X", "founded by X").</summary>
    private static readonly HashSet<string> s_agentWords = new(StringComparer.Ordinal) { "by", "par", "por", "pela", "pelo", "von", "oleh" };

    /// <summary>German common-noun endings: "bei Kunden", "zu Forschung" are no employers.</summary>
    private static readonly string[] s_germanNounEndings = ["en", "er", "e", "ung", "heit", "keit", "schaft", "ion", "tät", "nis", "chen", "el", "ern"];

    /// <summary>German determiners: a capitalised word after one (with at most one lower-case adjective between) is a noun.</summary>
    private static readonly HashSet<string> s_germanDeterminers = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner",
        "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "sein", "seine", "seinem", "seinen", "seiner",
        "ihr", "ihre", "ihrem", "ihren", "ihrer", "unser", "unsere", "unserem", "unseren", "im", "am", "zum", "zur", "vom", "beim",
    };

    /// <summary>Endings of German abstract and plural nouns that no surname has ("Forschung", "Sicherheit", "Geschwistern").</summary>
    private static readonly string[] s_germanNounOnlyEndings = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten", "nis", "nisse", "ismus", "ern"];

    /// <summary>Whether a long capitalised German word ends like a noun that is never a surname.</summary>
    private bool IsGermanNounOnly(string key) =>
        _lexicon.Code == "de" && key.Length >= 7 && s_germanNounOnlyEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Suffixes that make even a lower-case brand before them an organisation ("dex Labs", "acme GmbH").</summary>
    private static readonly HashSet<string> s_strongSuffixes = new(StringComparer.Ordinal) { "labs", "lab", "inc", "gmbh", "ag", "ltd", "llc", "ltda", "tbk", "plc", "pbc" };

    /// <summary>A brand written in lower case followed by a capitalised organisation suffix ("dex Labs"), or null.</summary>
    private Mention? LowercaseBrand(int index, int end)
    {
        var token = _tokens[index];
        if (IsCjkLanguage || token.Kind != TokenKind.Word || token.Capitalized || !token.SpaceBefore || token.Length < 2 || index + 1 >= end || _lexicon.Stopwords.Contains(token.Key)
            || _tokens[index + 1] is not { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true } suffix || !s_strongSuffixes.Contains(suffix.Key))
        {
            return null;
        }

        var surface = Slice(index, index + 2);
        return new Mention(MentionKind.Lab, index, index + 2, token.Start, suffix.End) { Name = NormalizeName(surface), Surface = surface, Unknown = true };
    }

    private HashSet<string>? _germanNouns;

    /// <summary>The words of <see cref="_germanNouns"/> seen after an article, not only after a relative pronoun.</summary>
    private readonly HashSet<string> _germanArticleNouns = new(StringComparer.Ordinal);

    /// <summary>Determiners that after a comma open a relative clause ("Vogel, die Feldwerk leitet"): the word after one
    /// is the clause's subject or object, as often a name as a noun.</summary>
    private static readonly HashSet<string> s_germanRelativePronouns = new(StringComparer.Ordinal) { "der", "die", "das", "dem", "den" };

    /// <summary>Words of the people named so far in the article ("Pang" after "Ruoming Pang"): such a word after a slot is a person.</summary>
    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    /// <summary>Whether a German article writes the word after a determiner somewhere ("die Abgänge", "der Züricher
    /// Forscher"): a common noun or adjective, not a name.</summary>
    private bool IsGermanNoun(string key)
    {
        if (_germanNouns is null)
        {
            _germanNouns = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k + 1 < _tokens.Count; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word || !s_germanDeterminers.Contains(_tokens[k].Key))
                {
                    continue;
                }

                var next = _tokens[k + 1];
                if (next.Kind == TokenKind.Word && !next.Capitalized && k + 2 < _tokens.Count)
                {
                    next = _tokens[k + 2]; // "die neuen Forscher"
                }

                // A line break ends the phrase: "sammelt Geld ein" closing a headline puts the particle "ein" before the
                // lead's first word, which is as often a given name ("Jana Wolff hat …") as a noun.
                if (_text.AsSpan(_tokens[k].End, next.Start - _tokens[k].End).IndexOfAny('\n', '\r') >= 0)
                {
                    continue;
                }

                if (next.Kind == TokenKind.Word && next.Capitalized && !next.AllCaps)
                {
                    _germanNouns.Add(next.Key);
                    if (k == 0 || _tokens[k - 1].Key != "," || !s_germanRelativePronouns.Contains(_tokens[k].Key))
                    {
                        _germanArticleNouns.Add(next.Key);
                    }
                }
            }
        }

        return _germanNouns.Contains(key);
    }

    /// <summary>Like <see cref="IsGermanNoun"/>, but a word the article puts only after a relative pronoun is no noun.</summary>
    private bool IsGermanArticleNoun(string key) => IsGermanNoun(key) && _germanArticleNouns.Contains(key);

    private void NotePerson(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word)
            {
                _personWords.Add(_tokens[k].Key);
            }
        }
    }

    /// <summary>An unknown lab when the single capitalised word at <paramref name="index"/> stands in an employer slot and
    /// looks like no common word or person of this article; otherwise null.</summary>
    private Mention? SlotLab(int index, List<Mention> mentions)
    {
        var token = _tokens[index];
        if (token.Kind != TokenKind.Word || (token.Length < 3 && !token.AllCaps) || _personWords.Contains(token.Key) || _lowercase.ContainsKey(token.Key)
            || _lexicon.Stopwords.Contains(token.Key) || _lexicon.Months.ContainsKey(token.Key) || LatinNames.IsNoOrganisation(token.Key)
            || (index + 1 < _tokens.Count && _tokens[index + 1] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true }) || OpensHyphenCompound(index) || !InLabSlot(index, mentions)
            || (_lexicon.Code == "de" && !token.AllCaps && s_germanNounEndings.Any(e => token.Key.EndsWith(e, StringComparison.Ordinal))))
        {
            return null;
        }

        // A name written as its web address ("Acme.ai", "Acme.io") keeps the domain.
        var end = index + 2 < _tokens.Count && _tokens[index + 1].Key == "." && !_tokens[index + 1].SpaceBefore && !_tokens[index + 2].SpaceBefore
            && _tokens[index + 2].Key is "ai" or "io" or "com" ? index + 3 : index + 1;
        var surface = Slice(index, end);
        return new Mention(MentionKind.Lab, index, end, token.Start, _tokens[end - 1].End) { Name = surface, Surface = surface, Unknown = true };
    }

    /// <summary>
    /// "Vantix has hired X from Quillon", "…, Vantix recruited X": a capitalised name opening a clause right before a
    /// hiring verb (at most two lower-case words between, "has", "quietly") is the hirer, a company no list knows. Only
    /// where nothing says it is a person or a word: no word of it is a name part, a word the article writes in lower case,
    /// a known person's word, a place, an outlet or a not-name ("Reuters reported", "Bloomberg"), and German, which
    /// capitalises every noun, is left out. Null keeps the other readings.
    /// </summary>
    private Mention? HirerSubject(int index, int stop, int end)
    {
        // A sentence's first word is capitalised whatever it is ("Investors hired …", "Ultimately hired …"): there the name
        // must also be written capitalised somewhere else in the article.
        if (IsCjkLanguage || _lexicon.Code == "de" || !OpensClause(index) || (StartsSentence(index) && !WrittenCapitalisedElsewhere(index, stop)))
        {
            return null;
        }

        if (!CouldNameUnknownCompany(index, stop))
        {
            return null;
        }

        for (var t = stop; t < end && t - stop <= 2; t++)
        {
            // "Quillmark raised $30 million", "A Quillmark captou R$ 30 milhões": a company raising an amount.
            if (_lexicon.FundingVerbs.Contains(_tokens[t].Key) && AmountFollows(t + 1, end))
            {
                var raiser = Slice(index, stop);
                return new Mention(MentionKind.Lab, index, stop, _tokens[index].Start, _tokens[stop - 1].End) { Name = NormalizeName(raiser), Surface = raiser, Unknown = true };
            }

            if (MatchCues(t, end) is { Length: > 0, Cues: { } cues })
            {
                if (!cues.Exists(c => c.Cue == Cue.Recruit))
                {
                    return null;
                }

                var surface = Slice(index, stop);
                return new Mention(MentionKind.Lab, index, stop, _tokens[index].Start, _tokens[stop - 1].End) { Name = NormalizeName(surface), Surface = surface, Unknown = true };
            }

            if (_tokens[t] is not { Kind: TokenKind.Word, Capitalized: false })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether nothing says the words from <paramref name="index"/> to <paramref name="stop"/> are a person or a
    /// word: no word of them is a name part, a word the article writes in lower case, a known person's word, a place, an
    /// outlet or a not-name.</summary>
    private bool CouldNameUnknownCompany(int index, int stop)
    {
        for (var k = index; k < stop; k++)
        {
            var word = _tokens[k];
            if (word.Kind != TokenKind.Word || (word.Length < 3 && !word.AllCaps) || NameParts.Kind(word.Key) != 0 || _personWords.Contains(word.Key)
                || _lowercase.ContainsKey(word.Key) || _lexicon.Stopwords.Contains(word.Key) || _lexicon.Months.ContainsKey(word.Key) || _lexicon.Weekdays.ContainsKey(word.Key)
                || Languages.CommonNotNames.Contains(word.Key) || _lexicon.NotNames.Contains(word.Key) || LatinNames.IsNoOrganisation(word.Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Quillmark, fondée l'an dernier par …" and "Founded by X and Y, Quillmark raised …": a capitalised name right before
    /// a comma and a founding word, or right after the comma closing a sentence-opening founding phrase, is the company
    /// founded (a person is never "founded"); so is one a comma describes as a company ("Quillmark, a Lisbon startup"). Only where nothing says it is a person or a word; German, which capitalises
    /// every noun, and the scripts read by characters are left out. Null keeps the other readings.
    /// </summary>
    private Mention? FoundedSubject(int index, int stop, int end)
    {
        if (IsCjkLanguage || _lexicon.Code == "de" || !CouldNameUnknownCompany(index, stop))
        {
            return null;
        }

        var before = stop + 1 < end && _tokens[stop].Key == "," && (FoundingParticiple(stop + 1, end) || DescribedAsCompany(stop + 1, end));
        var after = !before && index > 0 && _tokens[index - 1].Key == "," && (stop >= end || _tokens[stop] is { Kind: TokenKind.Word, Capitalized: false })
            && OpensWithFoundingWord(index - 1);
        if (!before && !after)
        {
            return null;
        }

        var surface = Slice(index, stop);
        return new Mention(MentionKind.Lab, index, stop, _tokens[index].Start, _tokens[stop - 1].End) { Name = NormalizeName(surface), Surface = surface, Unknown = true };
    }

    // "Quillmark, a Lisbon startup …", "A Quillmark, startup paulistana …": an apposition after the comma opening with an
    // organisation noun, at most three words (an article, a place) before it.
    private bool DescribedAsCompany(int index, int end)
    {
        var adjectives = 0;
        for (var k = index + 1; k < end && k - index <= 6; k++)
        {
            // A plain company noun counts here too ("Larkspur, a small company in Boston"): after the comma it describes the name.
            if (OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, index, k) || _lexicon.CompanyNamingNouns.Contains(_tokens[k - 1].Key))
            {
                // "Okafor, a startup founder": a title after the noun makes the apposition a person's.
                return k >= end || MatchCues(k, end) is not { Length: > 0, Cues: { } cues } || !cues.Exists(c => c.Cue is Cue.Role or Cue.FounderRole);
            }

            // A word glued to the next token is the start of a hyphenated noun ("une start-up", "uma start-up"), read on.
            if ((k < end && !_tokens[k].SpaceBefore && _tokens[k].Key == "-") || (_tokens[k - 1].Key == "-" && !_tokens[k - 1].SpaceBefore))
            {
                continue;
            }

            // Only an article or a capitalised word (a place, "AI") may come before the noun: a verb or a title there
            // ("Dewi Lestari, meninggalkan perusahaan itu", "X, pendiri sekaligus CEO startup Y") makes it a person's clause.
            // Up to two plain words that are no cue describe the company ("a small company", "une petite société").
            if (_tokens[k - 1] is not { Kind: TokenKind.Word } word
                || !(word.Capitalized || _lexicon.Stopwords.Contains(word.Key) || (k - 1 > index && DescribingWord(k - 1, end) && ++adjectives <= 2)))
            {
                return false;
            }
        }

        return false;
    }

    // A word that may describe a company before its noun: no cue, or the first word of a company noun ("jeune pousse").
    private bool DescribingWord(int index, int end) =>
        MatchCues(index, end) is not { Length: > 0, Cues: { } cues } || cues.TrueForAll(c => c.Cue == Cue.StartupNoun);

    // A founding word used as a participle: no name right after it, which would be what an active verb founded
    // ("Rina Kusuma dan Budi Santoso, mendirikan Nusantara AI").
    private bool FoundingParticiple(int index, int end) =>
        MatchCues(index, end) is { Length: > 0 and var length, Cues: { } cues } && cues.Exists(c => c.Cue == Cue.Found)
        && (index + length >= end || !_tokens[index + length].Capitalized);

    private bool IsFoundingWord(int index, int end) => MatchCues(index, end) is { Length: > 0, Cues: { } cues } && cues.Exists(c => c.Cue == Cue.Found);

    // Whether the sentence holding the comma at <paramref name="comma"/> opens with a founding word ("Fondée par …, X"),
    // after a dateline's dash if it has one ("Nantes — Fondée par …").
    private bool OpensWithFoundingWord(int comma)
    {
        for (var k = comma - 1; k >= 0 && comma - k <= 20; k--)
        {
            if (StartsSentence(k) || _tokens[k - 1] is { Key: "-", SpaceBefore: true })
            {
                return IsFoundingWord(k, comma);
            }
        }

        return false;
    }

    // A number within a few words: the amount raised ("$30 million", "R$ 40 milhões", "12 millions d'euros").
    private bool AmountFollows(int index, int end)
    {
        for (var k = index; k < end && k - index < 6; k++)
        {
            if (_tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // A clause opens at a sentence's start (also after its article: "A Quillmark captou …"), after a comma or colon, or
    // after "that"/"que".
    private bool OpensClause(int index) =>
        StartsSentence(index) || _tokens[index - 1].Key is "," or ";" or ":" or "that" or "que"
        || (StartsSentence(index - 1) && _tokens[index - 1] is { Kind: TokenKind.Word, Length: <= 3 } article && _lexicon.Stopwords.Contains(article.Key));

    // The text's start, a new line (after a headline) or sentence-final punctuation before the word.
    private bool StartsSentence(int index) =>
        index == 0 || _tokens[index - 1].Key is "." or "!" or "?"
        || _text.AsSpan(_tokens[index - 1].End, _tokens[index].Start - _tokens[index - 1].End).Contains('\n');

    private bool WrittenCapitalisedElsewhere(int index, int stop)
    {
        for (var k = 0; k + (stop - index) <= _tokens.Count; k++)
        {
            if (k != index && Enumerable.Range(0, stop - index).All(i => _tokens[k + i].Capitalized && _tokens[k + i].Key == _tokens[index + i].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised sequence about to be taken as a person, read with the list of given names: a first word that is no
    /// name part before a given name is a noun or title glued to the name ("Abgänge Avi Verma") and is dropped (1 is
    /// returned, the rest is read again); a sequence in an employer slot that opens with no name part ("joined Leap
    /// Motion", no word of it a name part) is a lab. Null keeps the person.
    /// </summary>
    private int? NameInSlotOrAfterNoun(int index, int end, int words, List<Mention> mentions)
    {
        var first = _tokens[index];
        if (NameParts.Kind(first.Key) != 0)
        {
            return null;
        }

        // Mid-sentence after a lower-case word ("didirikan oleh Bayu Aditya Nugroho") nothing is glued on: the first word
        // is a given name no list knows.
        if (words >= 3 && _tokens[index + 1].Kind == TokenKind.Word && NameParts.IsGiven(_tokens[index + 1].Key)
            && !(index > 0 && _tokens[index - 1] is { Kind: TokenKind.Word, Capitalized: false }))
        {
            return 1;
        }

        if (LatinMoveCues.GluedTitleWords(_tokens, index, end) is var glued and > 0)
        {
            return glued;
        }

        if (words > 3 || !InLabSlot(index, mentions) || _lowercase.ContainsKey(_tokens[end - 1].Key))
        {
            return null;
        }

        for (var k = index; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && (_personWords.Contains(_tokens[k].Key) || NameParts.Kind(_tokens[k].Key) != 0 || LatinNames.IsNoOrganisation(_tokens[k].Key)))
            {
                return null;
            }
        }

        var surface = Slice(index, end);
        mentions.Add(new Mention(MentionKind.Lab, index, end, first.Start, _tokens[end - 1].End) { Name = NormalizeName(surface), Surface = surface, Unknown = true });
        return end - index;
    }

    /// <summary>German writes a lab's genitive with a bare "s" ("Metas KI-Labor", "OpenAIs Chef"): the lab it names.</summary>
    private Mention? GermanGenitiveLab(int index)
    {
        var token = _tokens[index];
        if (_lexicon.Code != "de" || token.Length < 4 || token.Key[^1] != 's'
            || _gazetteer.Resolve(_text[token.Start..(token.End - 1)], NodeKind.Lab) is not { } lab)
        {
            return null;
        }

        return new Mention(MentionKind.Lab, index, index + 1, token.Start, token.End) { Name = lab, Surface = Slice(index, index + 1) };
    }

    /// <summary>Whether the word at <paramref name="index"/> follows an employer slot: a slot word of the language, a joining,
    /// leaving, founding or working verb, "from", "ex-", a title with "of", or "to" in a sentence with a moving verb.</summary>
    private bool InLabSlot(int index, List<Mention> mentions)
    {
        var k = index - 1;
        if (k >= 0 && _tokens[k].Key == "-" && !_tokens[k].SpaceBefore)
        {
            k--; // "ex-Acme"
        }

        if (k < 0 || GermanGenitiveNoun(k, index))
        {
            return false;
        }

        if (SlotAt(k, mentions))
        {
            return true;
        }

        return k > 0 && s_slotArticles.Contains(_tokens[k].Key) && !_tokens[k].Capitalized && SlotAt(k - 1, mentions);
    }

    /// <summary>German "Leiterin des Produktmanagements bei Meta": a capitalised word in the genitive "-s" after the
    /// genitive article is a common noun (German capitalises every noun), not a company; brands take no article.</summary>
    private bool GermanGenitiveNoun(int article, int index) =>
        _lexicon.Code == "de" && _tokens[article].Key is "des" or "eines" && _tokens[index].Key is { Length: >= 5 } key && key[^1] == 's';

    private bool SlotAt(int k, List<Mention> mentions)
    {
        if (_tokens[k].Kind == TokenKind.Word && !_tokens[k].Capitalized && LatinNames.IsSlotWord(_lexicon.Code, _tokens[k].Key))
        {
            return true;
        }

        if (mentions.Count == 0 || mentions[^1] is not { Kind: MentionKind.Cue } cue || cue.End != k + 1)
        {
            return false;
        }

        if (cue.Cues!.Exists(c => c.Cue is Cue.Join or Cue.Leave or Cue.Move or Cue.Work or Cue.FromPrep or Cue.Former)
            || (cue.Has(Cue.Found) && !s_agentWords.Contains(_tokens[cue.End - 1].Key)))
        {
            return true;
        }

        if (cue.Has(Cue.Genitive) && mentions.Count > 1 && mentions[^2].IsRole && mentions[^2].End >= cue.First - 1)
        {
            return true; // "CEO of Acme", "fundador de Acme"
        }

        return cue.Has(Cue.ToPrep) && mentions.Exists(m => m.Kind == MentionKind.Cue && m.Cues!.Exists(c => c.Cue is Cue.Join or Cue.Move or Cue.Leave));
    }
}
