using System.Collections.Concurrent;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Finds the mentions of one sentence: gazetteer labs and people (longest match, case rules for names that are also
/// words), dates, cue words of the language, and names the gazetteer does not know, recognised by their shape:
/// capitalised word sequences in Latin scripts, "X·Y" transliterations and titled names in Chinese and Japanese.
/// </summary>
internal sealed partial class MentionFinder
{
    private static readonly ConcurrentDictionary<string, PhraseTrie<CueEntry>> s_cueTries = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]> s_rawAliasTokens = new(StringComparer.Ordinal);
    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "da", "di", "du", "bin", "al", "del", "la", "le", "dos", "das" };
    private static readonly HashSet<string> s_articles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer" };

    // Characters that end a Chinese or Japanese name part (function words and frequent verbs).
    private const string NameStops = "的是在和与與了将將被把由对對向从從为為前原任及等也都已于於就而但并並且或其这這那一个個着著过過说說称稱表宣加离離曾则則还還又再已即后後时時上下中今年月日氏さんがはをにのへとでも、，。：:（）()";

    private readonly Gazetteer _gazetteer;
    private readonly LanguageLexicon _lexicon;
    private readonly PhraseTrie<CueEntry> _cues;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly Dictionary<int, (int End, DateMention Date)> _datesByToken;

    public MentionFinder(Gazetteer gazetteer, LanguageLexicon lexicon, string text, List<Token> tokens, List<DateMention> dates)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _text = text;
        _tokens = tokens;
        _cues = s_cueTries.GetOrAdd(lexicon.Code, _ => BuildCueTrie(lexicon));
        _datesByToken = MapDates(tokens, dates);
        _lowercase = LowercaseWords(tokens);
    }

    /// <summary>How often each word occurs in lower case in this article: a capitalised word the same article also writes
    /// in lower case ("Models" beside "models") is a common word, not part of a person's name.</summary>
    private readonly Dictionary<string, int> _lowercase;

    private static Dictionary<string, int> LowercaseWords(List<Token> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && !t.Capitalized && t.Key.Length >= 3 && !t.Key.Any(Tokenizer.IsCjk))
            {
                counts[t.Key] = counts.GetValueOrDefault(t.Key) + 1;
            }
        }

        return counts;
    }

    private bool IsCjkLanguage => _lexicon.Code is "zh-Hans" or "zh-Hant" or "ja" or "ko";

    /// <summary>
    /// Adds, in every sentence, the mentions of CJK names found elsewhere in the article only thanks to a title
    /// ("副总裁吴永辉" makes "吴永辉此前在谷歌工作" a mention too).
    /// </summary>
    public void AddRepeatedNames(List<Sentence> sentences, List<List<Mention>> mentions)
    {
        if (_lexicon.Code == "ja")
        {
            AddKatakanaShortForms(sentences, mentions);
        }

        var names = mentions.SelectMany(m => m).Where(m => m.Kind == MentionKind.Person && m.Unknown && !m.ShortForm && m.Surface.Length >= 2 && m.Surface.All(Tokenizer.IsCjk))
            .Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            foreach (var name in names)
            {
                for (var at = _text.IndexOf(name, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal); at >= 0;
                     at = at + name.Length < sentence.End ? _text.IndexOf(name, at + name.Length, sentence.End - at - name.Length, StringComparison.Ordinal) : -1)
                {
                    var first = _tokens.FindIndex(sentence.FirstToken, sentence.EndToken - sentence.FirstToken, t => t.Start == at);
                    var last = first < 0 ? -1 : _tokens.FindIndex(first, sentence.EndToken - first, t => t.End == at + name.Length);
                    if (first < 0 || last < 0 || mentions[s].Exists(m => m.First <= last && first < m.End))
                    {
                        continue;
                    }

                    var person = Person(first, last + 1, unknown: true);
                    var index = mentions[s].FindIndex(m => m.First > first);
                    mentions[s].Insert(index < 0 ? mentions[s].Count : index, person);
                }
            }
        }
    }

    public List<Mention> Find(Sentence sentence)
    {
        var mentions = new List<Mention>();
        var i = sentence.FirstToken;
        var end = sentence.EndToken;
        // Korean writes foreign names with spaces; its "·" joins words ("석·박사", master's and doctorate).
        var dotNames = IsCjkLanguage && _lexicon.Code != "ko" ? FindDotNames(sentence) : [];
        if (_lexicon.Code == "ja")
        {
            FindKatakanaDotNames(sentence, dotNames);
        }

        while (i < end)
        {
            var token = _tokens[i];
            var (gLen, gName) = MatchGazetteer(i, end);
            var (cLen, cues) = MatchCues(i, end);
            cLen = cLen > 0 && OpensListedGivenName(i, end, i == sentence.FirstToken) ? 0 : cLen;
            var dLen = _datesByToken.TryGetValue(i, out var date) && date.End <= end ? date.End - i : 0;
            var dotLen = dotNames.TryGetValue(i, out var dotEnd) ? dotEnd - i : 0;

            if (gLen > 0 && gLen >= cLen && gLen >= dLen && gLen >= dotLen)
            {
                if (gName!.Kind == NodeKind.Lab && !gName.Partial && UnitAfterKnownLab(i + gLen, end) is > 0 and var unitEnd)
                {
                    gLen = unitEnd - i;
                }

                mentions.Add(FromGazetteer(i, i + gLen, gName!));
                if (gName!.Kind == NodeKind.Person)
                {
                    NotePerson(i, i + gLen);
                }
                else if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && mentions.Count > 1
                    && NameAfterHiringGenitive(i + gLen, i, end, mentions[^2]) is var hiredEnd and > 0)
                {
                    // The genitive "的" is left out, as the general rules expect; the name follows.
                    mentions.Add(Person(i + gLen + 1, hiredEnd, unknown: true));
                    i = hiredEnd;
                    continue;
                }

                i += gLen;
                continue;
            }

            if (dotLen > 0 && dotLen >= cLen && dotLen >= dLen)
            {
                mentions.Add(Person(i, i + dotLen, unknown: true));
                i += dotLen;
                continue;
            }

            if (dLen > 0 && dLen >= cLen)
            {
                mentions.Add(new Mention(MentionKind.Date, i, i + dLen, _tokens[i].Start, _tokens[i + dLen - 1].End) { Date = date.Date.Date, Surface = Slice(i, i + dLen) });
                i += dLen;
                continue;
            }

            if (cLen > 0 && cues!.Exists(c => c.Cue != Cue.Blocker))
            {
                var cue = new Mention(MentionKind.Cue, i, i + cLen, token.Start, _tokens[i + cLen - 1].End) { Cues = cues, Surface = Slice(i, i + cLen) };
                if (cue.Has(Cue.Pronoun))
                {
                    mentions.Add(new Mention(MentionKind.Person, i, i + cLen, cue.Start, cue.CharEnd) { Pronoun = true, Surface = cue.Surface });
                }
                else if (cue.Has(Cue.CompanyAnaphor))
                {
                    mentions.Add(new Mention(MentionKind.Lab, i, i + cLen, cue.Start, cue.CharEnd) { Anaphor = true, Surface = cue.Surface });
                }
                else
                {
                    mentions.Add(cue);
                }

                i += cLen;
                if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && cue.IsRole && TitledChineseName(i, end) is var nameEnd and > 0)
                {
                    mentions.Add(Person(i, nameEnd, unknown: true));
                    i = CoordinatedChineseNames(nameEnd, end, mentions);
                }

                continue;
            }

            if (cLen > 0)
            {
                i += cLen; // a blocker: the words are not a cue
                continue;
            }

            if (_lexicon.Code == "de" && token.Kind == TokenKind.Word && token.Capitalized && GermanCompoundTitle(token.Key) is { } title)
            {
                // German glues titles into compounds ("KI-Sicherheitsforscher", "OpenAI-Mitarbeitern").
                mentions.Add(new Mention(MentionKind.Cue, i, i + 1, token.Start, token.End) { Cues = [new CueEntry(Cue.Role, token.Key, title, false)], Surface = Slice(i, i + 1) });
                i++;
                continue;
            }

            if (NamedAfterOrganisationNoun(i, sentence.FirstToken, end) is { } organisation)
            {
                mentions.Add(organisation);
                i = organisation.End;
                continue;
            }

            if (OrganisationNounOpensTheSentence(i, sentence.FirstToken, end))
            {
                i++;
                continue;
            }

            if (LowercaseBrand(i, end) is { } brand)
            {
                mentions.Add(brand);
                i += 2;
                continue;
            }

            if (token.Kind == TokenKind.Word && token.Capitalized && !token.AllCaps)
            {
                var consumed = LatinName(i, end, mentions);
                i += Math.Max(consumed, 1);
                continue;
            }

            if (_lexicon.Code == "ko" && token.Kind == TokenKind.Cjk && token.SpaceBefore | i == sentence.FirstToken && KoreanName(i, end, mentions) is var koreanEnd and > 0)
            {
                i = koreanEnd;
                continue;
            }

            if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && token.Kind == TokenKind.Cjk && ChineseOrganisation(i, end, mentions) is var organisationEnd and > 0)
            {
                i = organisationEnd;
                continue;
            }

            if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && token.Kind == TokenKind.Cjk && BracketedChineseName(i, end) is var bracketEnd and > 0)
            {
                mentions.Add(Person(i, bracketEnd, unknown: true));
                i = CoordinatedChineseNames(bracketEnd, end, mentions);
                continue;
            }

            if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && token.Kind == TokenKind.Cjk && ChineseSubjectNames(i, sentence.FirstToken, end, mentions) is var subjectEnd and > 0)
            {
                i = subjectEnd;
                continue;
            }

            if (_lexicon.Code == "ja" && token.Kind == TokenKind.Cjk && HonorificName(i, end) is var honorificEnd and > 0)
            {
                var person = Person(i, honorificEnd, unknown: true);
                person.ShortForm = !person.Surface.Contains('・', StringComparison.Ordinal) && IsKatakana(person.Surface[0]);
                mentions.Add(person);
                i = honorificEnd;
                continue;
            }

            if (_lexicon.Code == "ja" && token.Kind == TokenKind.Cjk && (TitledJapaneseName(i, end) is var titledEnd and > 0 || (titledEnd = BareJapaneseName(i, end)) > 0))
            {
                mentions.Add(Person(i, titledEnd, unknown: true));
                i = titledEnd;
                continue;
            }

            i++;
        }

        DropBracketedTitles(mentions);
        MarkModifiers(mentions);
        LatinMoveCues.DropAnaphorNamingALab(mentions, _tokens);
        MarkDefiniteCompanies(mentions);
        return mentions;
    }

    private Mention FromGazetteer(int first, int end, GazetteerName name)
    {
        var mention = new Mention(name.Kind == NodeKind.Lab ? MentionKind.Lab : MentionKind.Person, first, end, _tokens[first].Start, _tokens[end - 1].End)
        {
            Name = name.Canonical,
            Surface = Slice(first, end),
            ShortForm = name.Short,
            Partial = name.Partial,
        };
        return mention;
    }

    private Mention Person(int first, int end, bool unknown)
    {
        var surface = Slice(first, end);
        return new Mention(MentionKind.Person, first, end, _tokens[first].Start, _tokens[end - 1].End)
        {
            Name = NormalizeName(surface),
            Surface = surface,
            Unknown = unknown,
        };
    }

    private (int Length, GazetteerName? Name) MatchGazetteer(int index, int end)
    {
        var (length, values) = _gazetteer.Trie.Longest(_tokens, index, end);
        if (length == 0 || values is null)
        {
            return _lexicon.Code == "ko" ? KnownSurnameBySound(index, end) : (0, null);
        }

        GazetteerName? chosen = null;
        var ambiguous = false;
        foreach (var value in values)
        {
            if (!CaseMatches(value, index, length))
            {
                continue;
            }

            if (chosen is null)
            {
                chosen = value;
            }
            else if (chosen.Canonical != value.Canonical)
            {
                ambiguous = true;
            }
        }

        if (chosen is null)
        {
            return (0, null);
        }

        // A name ending inside a word ("Meta" in "Metaverse" cannot happen with tokens) or glued to a CJK run is fine;
        // a Latin name must not continue with a capitalised word that would make it a different name.
        if (chosen.Kind == NodeKind.Person && _tokens[index].Kind == TokenKind.Word && !_tokens[index].Capitalized)
        {
            return (0, null);
        }

        return ambiguous ? (length, chosen with { Partial = true, Canonical = string.Join(" | ", values.Select(v => v.Canonical).Distinct(StringComparer.Ordinal)) }) : (length, chosen);
    }

    private bool CaseMatches(GazetteerName name, int index, int length)
    {
        // Chinese text writes Latin lab names in any case ("加入meta"): there they are no English common words.
        if (!name.CaseSensitive || (name.Kind == NodeKind.Lab && _lexicon.Code.StartsWith("zh", StringComparison.Ordinal)))
        {
            return true;
        }

        var raw = s_rawAliasTokens.GetOrAdd(name.Alias, alias => Tokenizer.Tokenize(alias).Select(t => alias[t.Start..t.End]).ToArray());
        if (raw.Length != length)
        {
            return true; // a wildcard-free alias always has as many tokens as it matched; be lenient otherwise
        }

        for (var k = 0; k < length; k++)
        {
            var token = _tokens[index + k];
            if (token.Kind == TokenKind.Word && !_text.AsSpan(token.Start, token.Length).SequenceEqual(raw[k]))
            {
                return false;
            }
        }

        return true;
    }

    private (int Length, List<CueEntry>? Cues) MatchCues(int index, int end)
    {
        var (length, values) = _lexicon.InsertedAdverbs.Count > 0 || _lexicon.AdverbEndings.Count > 0
            ? _cues.Longest(_tokens, index, end, _lexicon.IsInsertedAdverb)
            : _cues.Longest(_tokens, index, end);
        if (length == 0)
        {
            return _lexicon.Code == "ko" ? KoreanCompoundTitle(index, end) : (0, null);
        }

        // Korean words carry particles at their end, so a Korean cue other than a particle starts a word: "이 회사"
        // ("this company") must not be read inside "팡이 회사를".
        if (_lexicon.Code == "ko" && _tokens[index].Kind == TokenKind.Cjk && !_tokens[index].SpaceBefore && index > 0 && _tokens[index - 1].Kind == TokenKind.Cjk
            && !values!.TrueForAll(v => v.Cue is Cue.ToPrep or Cue.FromPrep or Cue.Genitive or Cue.Coord or Cue.Blocker))
        {
            return (0, null);
        }

        // Korean single-syllable cues (전 "former") count only as whole words, not inside longer words (안전 "safety").
        if (_lexicon.Code == "ko" && length == 1 && _tokens[index].Kind == TokenKind.Cjk
            && (!_tokens[index].SpaceBefore || (index + 1 < _tokens.Count && !_tokens[index + 1].SpaceBefore))
            && values!.TrueForAll(v => v.Cue is Cue.Former))
        {
            return (0, null);
        }

        return (length, values);
    }

    /// <summary>A capitalised word sequence: a person ("Hyung Won Chung"), an unknown lab ("Acme Robotics"), or a single
    /// capitalised word kept as a short form for coreference. Returns the tokens consumed.</summary>
    private int LatinName(int index, int end, List<Mention> mentions)
    {
        if (EnglishDepartmentTitle(index, end, mentions) is var department and > 0)
        {
            return department;
        }

        var first = _tokens[index];
        if (IsNotName(first))
        {
            if (Languages.InstitutionWords.Contains(first.Key))
            {
                // "no Instituto Superior Técnico": with the school's noun set aside, the rest of its name read as a person.
                return InstitutionNameLength(index, end);
            }

            // An acronym in an employer slot ("joined ACME") is an organisation's name, unless it is a known word ("CEO").
            if (first.AllCaps && first.Length <= 6 && !Languages.CommonNotNames.Contains(first.Key) && !_lexicon.NotNames.Contains(first.Key) && SlotLab(index, mentions) is { } acronym)
            {
                mentions.Add(acronym);
            }

            return 1;
        }

        if (GermanGenitiveLab(index) is { } genitive)
        {
            mentions.Add(genitive);
            return 1;
        }

        if (HyphenTitledEmployer(index, end, mentions) is var titled and > 0)
        {
            return titled;
        }

        if (NamedCompany(index, end, mentions) is var named and > 0)
        {
            return named;
        }

        if (HyphenCompoundTitle(index, end, mentions) is var compound and > 0)
        {
            return compound;
        }

        var j = index + 1;
        var words = 1;
        while (j < end && words < 5)
        {
            var t = _tokens[j];
            if (t.Kind == TokenKind.Punct && t.Key == "-" && !t.SpaceBefore && j + 1 < end && !_tokens[j + 1].SpaceBefore && _tokens[j + 1].Capitalized)
            {
                j += 2;
                continue;
            }

            if (t.Kind != TokenKind.Word || !t.SpaceBefore || OpensCompoundTitle(j, end))
            {
                break;
            }

            if (NameParticleRun(j, end) is > 1 and var particles)
            {
                j += particles;
                continue;
            }

            var particle = !t.Capitalized && s_nameParticles.Contains(t.Key) && j + 1 < end && _tokens[j + 1].Capitalized && _tokens[j + 1].Kind == TokenKind.Word;

            // "Paulo Teixeira da Costa": a particle before a capitalised word that names no lab continues the name, even
            // where it is also the language's "of" ("da", "de"), a cue only before a lab ("da Meta"). Not in German,
            // where every noun is capitalised ("Julia Wendt das Start-up").
            var surnameParticle = particle && _lexicon.Code != "de" && MatchGazetteer(j + 1, end).Length == 0;
            if (LatinNames.IsOrganisationSuffix(t.Key) && t.Capitalized)
            {
                words++;
                j++;
                break;
            }

            if ((!t.Capitalized && !particle) || t.AllCaps && t.Length > 2 || (!surnameParticle && IsNotName(t))
                || MatchGazetteer(j, end).Length > 0 || (!surnameParticle && MatchCues(j, end) is { Length: > 0 } c && c.Cues!.Exists(x => x.Cue != Cue.Blocker) && !LatinMoveCues.VerbSpeltAsSurname(_lexicon.Code, t, c.Length, c.Cues!)))
            {
                break;
            }

            words++;
            j++;
        }

        if (words >= 2 && PlaceBeforeFoundedCompany(index, j, end, mentions) is > 0 and var placed)
        {
            return placed;
        }

        if (words > 4)
        {
            return j - index;
        }

        // "the Norwegian University of Science and Technology": words before a school's noun belong to its name.
        if (j < end && _tokens[j] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true } noun && Languages.InstitutionWords.Contains(noun.Key))
        {
            return j - index + InstitutionNameLength(j, end);
        }

        var last = _tokens[j - 1];
        if (words >= 2 && LatinNames.IsOrganisationSuffix(last.Key))
        {
            mentions.Add(new Mention(MentionKind.Lab, index, j, first.Start, last.End) { Name = NormalizeName(Slice(index, j)), Surface = Slice(index, j), Unknown = true });
            return j - index;
        }

        // German writes every noun capitalised, so lower case tells nothing there; a word the article puts after an
        // article ("der Züricher Forscher") tells instead.
        if (words >= 2 && _lexicon.Code == "de")
        {
            // A surname the article also puts after a relative pronoun ("ein Markt, den Lindemann kennt") is no noun.
            if (IsGermanArticleNoun(last.Key) || LatinNames.IsNoOrganisation(last.Key) || LatinMoveCues.GermanNounPhrase(_tokens, index, j, _personWords))
            {
                return j - index;
            }

            if (IsGermanNoun(first.Key))
            {
                return 1;
            }
        }
        else if (words >= 2)
        {
            // A common word of this article ending the sequence ("Foundation Models", "Announces New") makes it no name;
            // one opening it ("Selain Zhao", "Melansir Business Insider") is dropped and the rest read again.
            if (_lowercase.ContainsKey(last.Key))
            {
                return j - index;
            }

            if (_lowercase.GetValueOrDefault(first.Key) >= (words > 2 ? 1 : 2))
            {
                return 1;
            }
        }

        if (words >= 2)
        {
            var previous = index > 0 ? _tokens[index - 1] : default;
            if (_lexicon.Code == "de" && index > 0 && s_articles.Contains(previous.Key) && !StartsSentence(index))
            {
                return j - index;
            }

            // A name followed by a number is a month and a day ("August 6"), or a product ("Llama 3").
            if (j < end && _tokens[j].Kind == TokenKind.Number && _tokens[j].SpaceBefore && _tokens[j].Length <= 2)
            {
                return j - index;
            }

            if (NameInSlotOrAfterNoun(index, j, words, mentions) is { } consumed)
            {
                return consumed;
            }

            if ((HirerSubject(index, j, end) ?? FoundedSubject(index, j, end)) is { } hirer)
            {
                mentions.Add(hirer);
                return j - index;
            }

            // "na Meta, em Menlo Park, onde...": a pair of capitalised words after a preposition of place is a town, unless
            // a known name part opens it ("in Daniel Verhoeven").
            if (index > 0 && _tokens[index - 1] is { Kind: TokenKind.Word, Capitalized: false } before
                && _lexicon.PlacePrepositions.Contains(before.Key) && NameParts.Kind(first.Key) == 0)
            {
                return j - index;
            }

            mentions.Add(Person(index, j, unknown: true));
            NotePerson(index, j);
            return j - index;
        }

        if (TownAfterFoundingVerb(index, mentions))
        {
            return 1;
        }

        if ((SlotLab(index, mentions) ?? HirerSubject(index, index + 1, end) ?? FoundedSubject(index, index + 1, end) ?? GermanFoundedObject(index, end)) is { } lab)
        {
            mentions.Add(lab);
            return 1;
        }

        // A headline's capitalised common word in an employer slot ("Bergabung ke Kabinet") is neither lab nor surname.
        if (_lexicon.Code != "de" && _lowercase.ContainsKey(first.Key) && !_personWords.Contains(first.Key) && InLabSlot(index, mentions))
        {
            return 1;
        }

        if (first.Length >= 3 && !_lexicon.Stopwords.Contains(first.Key) && !_lexicon.Months.ContainsKey(first.Key) && !(_lexicon.Code == "de" && IsGermanNoun(first.Key)) && !IsGermanNounOnly(first.Key))
        {
            mentions.Add(new Mention(MentionKind.Person, index, index + 1, first.Start, first.End) { Name = Slice(index, index + 1), Surface = Slice(index, index + 1), ShortForm = true, Unknown = true });
        }

        return 1;
    }

    /// <summary>The tokens of a school's name from its opening noun: the capitalised words after it, with the particles
    /// between them ("Universidad de Buenos Aires"), at most five words.</summary>
    private int InstitutionNameLength(int index, int end)
    {
        var j = index + 1;
        while (j < end && j - index <= 5 && _tokens[j].Kind == TokenKind.Word && _tokens[j].SpaceBefore
            && (_tokens[j].Capitalized || (s_nameParticles.Contains(_tokens[j].Key) && j + 1 < end && _tokens[j + 1].Capitalized)))
        {
            j++;
        }

        return j - index;
    }

    private bool IsNotName(Token token) =>
        token.AllCaps && token.Length > 2
        || Languages.CommonNotNames.Contains(token.Key)
        || _lexicon.NotNames.Contains(token.Key)
        || _lexicon.Weekdays.ContainsKey(token.Key)
        || (_lexicon.Stopwords.Contains(token.Key) && token.Key.Length <= 4)
        // "Baptisée Brume, elle …": a word that introduces a name is no part of it.
        || _lexicon.NamingWords.Contains(token.Key)
        // "Atualmente Prado lidera …": an adverb opening a sentence is no given name glued to the surname after it.
        || (token.Kind == TokenKind.Word && _lexicon.HasAdverbEnding(token));

    /// <summary>Names written "X·Y" (约翰·舒曼, ジョン・シュルマン): both sides a short run of Han or katakana characters.</summary>
    private Dictionary<int, int> FindDotNames(Sentence sentence)
    {
        var found = new Dictionary<int, int>();
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken - 1; k++)
        {
            if (_tokens[k].Key != "·" || _tokens[k - 1].Kind != TokenKind.Cjk || _tokens[k + 1].Kind != TokenKind.Cjk)
            {
                continue;
            }

            var katakana = IsKatakana(_text[_tokens[k - 1].Start]);
            var start = k;
            while (start - 1 >= sentence.FirstToken && k - start < 5 && NamePart(_tokens[start - 1], katakana) && !(start < k && IsBoundary(start - 1)))
            {
                start--;
            }

            var stop = k + 1;
            while (stop < sentence.EndToken && stop - k <= 6 && NamePart(_tokens[stop], katakana) && !(stop > k + 1 && IsBoundary(stop)))
            {
                stop++;
                if (stop < sentence.EndToken - 1 && _tokens[stop].Key == "·" && _tokens[stop + 1].Kind == TokenKind.Cjk)
                {
                    stop++;
                }
            }

            if (start < k && stop > k + 1 && !EndsLikeAnOrganisation(start, stop) && !Loanwords.InName(Slice(start, stop)))
            {
                found[start] = stop;
                k = stop;
            }
        }

        return found;
    }

    /// <summary>"约翰·霍普金斯大学" is a university, not a person: the name runs into an organisation's ending.</summary>
    private bool EndsLikeAnOrganisation(int first, int end)
    {
        var surface = Slice(first, end);
        return _lexicon.NameNeverEndsWith.Exists(e => surface.EndsWith(e, StringComparison.Ordinal))
            || (end < _tokens.Count && _lexicon.NameNeverEndsWith.Exists(e => _text.AsSpan(_tokens[end].Start).StartsWith(e, StringComparison.Ordinal)));
    }

    private bool NamePart(Token token, bool katakana) =>
        token.Kind == TokenKind.Cjk && token.Length == 1 && !NameStops.Contains(_text[token.Start], StringComparison.Ordinal)
        && (!katakana || IsKatakana(_text[token.Start]));

    private bool IsBoundary(int index) =>
        MatchCues(index, Math.Min(_tokens.Count, index + 4)).Length > 0 || MatchGazetteer(index, Math.Min(_tokens.Count, index + 6)).Length > 0;

    /// <summary>A Chinese name right after a title ("首席科学家杨植麟"): a surname and one or two more characters.</summary>
    private int TitledChineseName(int index, int end)
    {
        if (index + 1 >= end || _tokens[index].Kind != TokenKind.Cjk || !IsSurname(_text[_tokens[index].Start])
            || MatchGazetteer(index, end).Length > 0)
        {
            return 0;
        }

        var length = 1;
        while (length < 3 && index + length < end && _tokens[index + length].Kind == TokenKind.Cjk
            && (!NameStops.Contains(_text[_tokens[index + length].Start], StringComparison.Ordinal) || (length == 1 && OpensGivenName(index + 1, end)))
            && !IsBoundary(index + length) && !OpensAdverb(index + length))
        {
            length++;
        }

        return length >= 2 ? OverGivenNameEnd(index, index + length, end) : 0;
    }

    /// <summary>
    /// A Chinese name followed by a bracket, as the press introduces people with their post ("王小明（前百度 CEO）"):
    /// a surname and one or two more characters directly before "(" or "（", at the start of a word run.
    /// </summary>
    private int BracketedChineseName(int index, int end)
    {
        if (!IsSurname(_text[_tokens[index].Start])
            || (index > 0 && _tokens[index - 1].Kind == TokenKind.Cjk && !NameStops.Contains(_text[_tokens[index - 1].Start], StringComparison.Ordinal) && MatchCues(index - 1, index).Length == 0))
        {
            return 0;
        }

        for (var length = 2; length <= 3 && index + length < end; length++)
        {
            var last = _tokens[index + length - 1];
            if (last.Kind != TokenKind.Cjk || NameStops.Contains(_text[last.Start], StringComparison.Ordinal))
            {
                return 0;
            }

            if (_tokens[index + length].Key == "(")
            {
                return EndsLikeAnOrganisation(index, index + length) ? 0 : index + length;
            }
        }

        return 0;
    }

    /// <summary>Names joined to a Chinese name just found ("联合创始人张三和李四", "张三、李四"): each a surname and one or two characters.</summary>
    private int CoordinatedChineseNames(int at, int end, List<Mention> mentions)
    {
        while (at + 2 < end && _tokens[at].Key is "和" or "与" or "與" or "及" or "、"
            && IsSurname(_text[_tokens[at + 1].Start]) && MatchGazetteer(at + 1, end).Length == 0)
        {
            var first = at + 1;
            var length = 1;
            while (length < 3 && first + length < end && _tokens[first + length].Kind == TokenKind.Cjk
                && !NameStops.Contains(_text[_tokens[first + length].Start], StringComparison.Ordinal) && !IsBoundary(first + length))
            {
                length++;
            }

            var next = first + length;
            if (length < 2 || (next < end && _tokens[next].Kind == TokenKind.Cjk && !NameStops.Contains(_text[_tokens[next].Start], StringComparison.Ordinal) && !IsBoundary(next)))
            {
                break;
            }

            AddJoiner(at, mentions);
            mentions.Add(Person(first, next, unknown: true));
            at = next;
        }

        return at;
    }

    /// <summary>The English title of a compound ending in a title word ("Sicherheitsforscher"), or null (lexicon data).</summary>
    private string? GermanCompoundTitle(string key)
    {
        foreach (var (suffix, title) in _lexicon.CompoundTitles)
        {
            if ((key.Length > suffix.Length + 2 || key == suffix) && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return title;
            }
        }

        return null;
    }

    private const string KoreanParticles = "이가은는의도과와";

    /// <summary>
    /// A Korean name the gazetteer does not know: two short Hangul words, the second ending in a subject or topic
    /// particle or followed by a comma ("루오밍 팡이", "김민준 씨는" is not needed); a lone word with a particle
    /// ("팡은") is kept as a short form for coreference. Returns the token after the name, or 0.
    /// </summary>
    private int KoreanName(int index, int end, List<Mention> mentions)
    {
        var (w1End, w1Len) = HangulWord(index, end);
        if (w1Len == 0)
        {
            return 0;
        }

        var w2Starts = w1End < end && _tokens[w1End].SpaceBefore;
        if (KoreanNameAfterTitle(index, w1End, end, mentions) is var afterTitle and > 0)
        {
            return afterTitle;
        }

        // A title standing alone ("박사" after a name, doctor) starts like a surname and a given syllable but is no name.
        if (w1Len <= 3 && Slice(index, w1End) is var lone && (w1Len <= 2 ? KoreanNames.IsBareTitle(lone) : KoreanNames.IsBareTitle(lone[..2]) && KoreanNames.IsParticleOrNothing(lone[2..])))
        {
            return 0;
        }

        if (KoreanNameAfterListedPerson(index, w1End, end, mentions) is var listed and > 0)
        {
            return listed;
        }

        if (KoreanNameInOriginList(index, w1End, end, mentions) is var rostered and > 0)
        {
            return rostered;
        }

        if (w1Len == 1 && KoreanSurnameReference(index, w1End, end, mentions) is var reference and > 0)
        {
            return reference;
        }

        if (KoreanNameBeforeAside(index, w1End, end, mentions) is var aside and > 0)
        {
            return aside;
        }

        // A Korean name with a Korean surname, as the press writes it before an employer or a title
        // ("송창현 포티투닷 대표는", "류경동 전 구글 디렉터"). No particle stands between a name and its title, so the
        // last syllable is read as part of the name: "정하은 대표" is 정하은, not "정하" with a topic particle; but a word
        // before a particle ("현재는", "이끄는") stays a word.
        if (w1Len is 3 && w2Starts && KoreanNames.IsSurname(_text[_tokens[index].Start]) && !KoreanNames.IsTitle(Slice(index, w1End)) && NameWord(index, w1End, particleAllowed: false)
            && !WordBeforeParticle(Slice(index, w1End)) && TitleFollows(w1End, end) && !ForeignNameFollows(index, w1End, end))
        {
            mentions.Add(Person(index, w1End, unknown: true));
            return w1End;
        }

        if (!NameWord(index, w1End, particleAllowed: true))
        {
            return 0;
        }

        var (w2End, w2Len) = HangulWordBeforeListing(w1End, end);
        var particle2 = false;
        if ((w1Len is >= 2 and <= 5 || (w1Len == 1 && ShortForeignGiven(index))) && w2Starts && w2Len is >= 1 and <= 4
            && ((EndsName(w2End, end, out particle2) && (!particle2 || w2Len >= 2)) || SpellingFollows(w2End, end) || ObjectEndsForeignName(w2End, w2Len, out particle2))
            && NameWord(index, w1End, particleAllowed: false) && NameWord(w1End, w2End - (particle2 ? 1 : 0), particleAllowed: false)
            && (LatinNameInBrackets(w2End, end) || SpellableForeignName(index, w1End, w2End - (particle2 ? 1 : 0))))
        {
            var nameEnd = w2End - (particle2 ? 1 : 0);
            mentions.Add(Person(index, nameEnd, unknown: true));
            // A listing particle is left to be read as the cue that joins the next person to this one; before "함께"
            // ("X과 함께", together with X) it belongs to the comitative phrase.
            return particle2 && _tokens[nameEnd].Key is "와" or "과" && !(w2End < end && MatchCues(w2End, end) is { Length: > 0 } next && next.Cues!.Exists(c => c.Cue == Cue.Comitative))
                ? nameEnd
                : AfterLatinSpelling(w2End, end);
        }

        if (w1Len is >= 2 and <= 3 && EndsName(w1End, end, out var particle1) && particle1)
        {
            var nameEnd = w1End - 1;
            var surface = Slice(index, nameEnd);
            mentions.Add(new Mention(MentionKind.Person, index, nameEnd, _tokens[index].Start, _tokens[nameEnd - 1].End) { Name = surface, Surface = surface, ShortForm = true, Unknown = true });
            return w1End;
        }

        return KoreanTitledName(index, end, mentions);

        bool WordBeforeParticle(string word) =>
            KoreanParticles.Contains(word[^1], StringComparison.Ordinal) && _lexicon.NotNames.Contains(Tokenizer.Fold(word.AsSpan(0, word.Length - 1)));

        // A word that is grammar, not a name: "사업을" (an object), "담당하" (a verb stem), "씨가" ("Mr." + particle).
        bool NameWord(int from, int to, bool particleAllowed)
        {
            if (to <= from)
            {
                return false;
            }

            var word = _text[_tokens[from].Start.._tokens[to - 1].End];
            if (particleAllowed && word.Length > 1 && KoreanParticles.Contains(word[^1], StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            // A listed foreign given name (세라, 린다) may open or end in a syllable that is grammar elsewhere.
            return !_lexicon.NotNames.Contains(Tokenizer.Fold(word)) && !Loanwords.Contains(word)
                && (HangulGivenNames.Spell(word) is not null || (!_lexicon.NotNames.Contains(Tokenizer.Fold(word.AsSpan(0, 1)))
                    && (word.Length < 2 || !_lexicon.NameNeverEndsWith.Exists(e => word.EndsWith(e, StringComparison.Ordinal)))));
        }

        // The next word is a known lab, "former" or a title, or the one after it is a title (an employer the gazetteer
        // does not know sits between).
        bool TitleFollows(int from, int limit)
        {
            if (MatchGazetteer(from, limit).Length > 0 || IsTitleCue(from, limit))
            {
                return true;
            }

            var (nextEnd, nextLength) = HangulOrLatinWord(from, limit);
            // A form of address that is no post ("박사", "교수", "씨는") still closes the name before it: "박지훈 박사는" is
            // 박지훈, not a foreign given name and surname.
            return nextLength > 0 && (KoreanNames.IsTitle(Slice(from, nextEnd)) || (nextEnd < limit && _tokens[nextEnd].SpaceBefore && IsTitleCue(nextEnd, limit)));
        }

        // "바렛 조프(Barret Zoph)": a foreign name followed by its spelling. (A title after two words is no such sign:
        // "제품 담당 부사장", "연구 부문 부사장" are common nouns before a title.)
        bool SpellingFollows(int from, int limit) => from < limit && _tokens[from].Key == "(";

        bool IsTitleCue(int at, int limit) =>
            MatchCues(at, limit) is { Length: > 0 } c && c.Cues!.Exists(x => x.Cue is Cue.Role or Cue.FounderRole or Cue.Former);

        bool EndsName(int wordEnd, int limit, out bool withParticle)
        {
            var last = _text[_tokens[wordEnd - 1].Start];
            withParticle = KoreanParticles.Contains(last, StringComparison.Ordinal);
            var comma = wordEnd < limit && _tokens[wordEnd].Key is "," or "，";
            return withParticle || comma;
        }
    }

    /// <summary>One space-separated word of any script (its end and token count).</summary>
    private (int End, int Length) HangulOrLatinWord(int index, int end)
    {
        var k = index;
        while (k < end && (k == index || !_tokens[k].SpaceBefore) && _tokens[k].Kind != TokenKind.Punct)
        {
            k++;
        }

        return (k, k - index);
    }

    /// <summary>A run of Hangul syllables forming one space-separated word with no cue or known name inside.</summary>
    private (int End, int Length) HangulWord(int index, int end)
    {
        var k = index;
        while (k < end && _tokens[k].Kind == TokenKind.Cjk && _text[_tokens[k].Start] is >= '\uAC00' and <= '\uD7AF' && (k == index || !_tokens[k].SpaceBefore))
        {
            if ((MatchCues(k, end) is { Length: > 0 } cue && !(k == index && ParticleOnly(cue.Cues))) || MatchGazetteer(k, end).Length > 0)
            {
                return (k, 0);
            }

            k++;
        }

        return (k, k - index);
    }

    /// <summary>
    /// A Hangul word as <see cref="HangulWord"/> reads it, but keeping a listing particle that closes it ("콜린스와 한지원"):
    /// "와"/"과" are cues of their own, which would otherwise leave the word with no length, and the first of two people
    /// named together ("X와 Y가 합류") unfound.
    /// </summary>
    private (int End, int Length) HangulWordBeforeListing(int index, int end)
    {
        var (wordEnd, length) = HangulWord(index, end);
        if (length > 0 || wordEnd <= index || wordEnd >= end || _tokens[wordEnd].Key is not ("와" or "과")
            || (wordEnd + 1 < end && !_tokens[wordEnd + 1].SpaceBefore && _tokens[wordEnd + 1].Kind == TokenKind.Cjk))
        {
            return (wordEnd, length);
        }

        return (wordEnd + 1, wordEnd + 1 - index);
    }

    /// <summary>
    /// A Japanese name before an honorific (山田太郎氏, アルトマン氏). A katakana name is one run of katakana, long-vowel
    /// marks and middle dots (ルオミン・パン氏, up to 16 characters) starting where the katakana starts; a kanji name is
    /// up to six characters; hiragana never belongs to a name (するジミー・バ氏 is ジミー・バ).
    /// </summary>
    private int HonorificName(int index, int end)
    {
        var katakana = IsKatakana(_text[_tokens[index].Start]);
        if (!katakana && SurnameFirstKanjiName(index, end) is var surnameEnd and > 0)
        {
            return surnameEnd;
        }

        if (katakana && index > 0 && _tokens[index - 1].End == _tokens[index].Start && IsKatakana(_text[_tokens[index - 1].Start]))
        {
            return 0; // inside a katakana word: the name starts earlier
        }

        var k = index;
        while (k < end && k - index < (katakana ? 16 : 6) && _tokens[k].Kind == TokenKind.Cjk && !NameStops.Contains(_text[_tokens[k].Start], StringComparison.Ordinal)
            && !IsHiragana(_text[_tokens[k].Start]) && (!katakana || IsKatakana(_text[_tokens[k].Start]))
            && (k == index || katakana || !IsBoundary(k)))
        {
            k++;
        }

        if (k - index < 2 || k >= end)
        {
            return 0;
        }

        var next = _text[_tokens[k].Start];
        return (next == '氏' || (next == 'さ' && k + 1 < end && _text[_tokens[k + 1].Start] == 'ん')) && !(katakana && Loanwords.InName(Slice(index, k))) ? k : 0;
    }

    /// <summary>A lab directly followed by "-backed", "-funded" only qualifies the noun after it.</summary>
    private void MarkModifiers(List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Lab || mention.End + 1 >= _tokens.Count)
            {
                continue;
            }

            var next = _tokens[mention.End];
            if (next.Key == "-" && !next.SpaceBefore && m + 1 < mentions.Count && mentions[m + 1].Kind == MentionKind.Cue && mentions[m + 1].Has(Cue.ModifierSuffix))
            {
                mention.Modifier = true;
            }
            else if ((next.Key == "-" && !next.SpaceBefore && _tokens[mention.End + 1].Kind == TokenKind.Word && !_tokens[mention.End + 1].Capitalized) || UsedAsProduct(mention) || MediumOfAStatement(mention) || Investor(mention))
            {
                mention.Modifier = true;
            }
        }
    }

    /// <summary>
    /// "Samsung's venture arm also took part": a company named through its investment arm backs the story's company; it is
    /// never a founder, an employer or a destination there, and never what a later "the company" means.
    /// </summary>
    private bool Investor(Mention lab)
    {
        var after = _text.AsSpan(_tokens[lab.End - 1].End);
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal))
        {
            after = after[2..];
        }

        after = after.TrimStart();
        foreach (var arm in _lexicon.InvestorArms)
        {
            if (after.StartsWith(arm, StringComparison.OrdinalIgnoreCase) && (after.Length == arm.Length || !char.IsLetter(after[arm.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Morel wrote on LinkedIn", "a réagi sur LinkedIn": a network named as where a statement was made is no employer
    /// (with the departure the post speaks of, it made a move from LinkedIn).
    /// </summary>
    private bool MediumOfAStatement(Mention lab)
    {
        // "worked on LinkedIn's feed" is work there.
        if (_lexicon.MediumBefore.Count == 0 || !Lexicons.Languages.Platforms.Contains(Slice(lab.First, lab.End))
            || (lab.End < _tokens.Count && _tokens[lab.End].Key is "'s" or "’s" or "'" or "’"))
        {
            return false;
        }

        var before = _text.AsSpan(0, _tokens[lab.First].Start).TrimEnd();
        foreach (var phrase in _lexicon.MediumBefore)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Microsoft-backed company": a company noun after "the" refers back to a lab named before.</summary>
    private void MarkDefiniteCompanies(List<Mention> mentions)
    {
        if (_lexicon.Code != "en")
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var noun = mentions[m];
            if (noun.Kind != MentionKind.Cue || !noun.Has(Cue.StartupNoun))
            {
                continue;
            }

            for (var t = noun.First - 1; t >= Math.Max(0, noun.First - 5); t--)
            {
                if (_tokens[t].Key is "the" or "this" or "that")
                {
                    var between = mentions.Where(x => x.First >= t && x.End <= noun.First).ToList();
                    if (between.TrueForAll(x => x.Modifier || (x.Kind == MentionKind.Cue && x.Has(Cue.ModifierSuffix))))
                    {
                        mentions[m] = new Mention(MentionKind.Lab, noun.First, noun.End, noun.Start, noun.CharEnd) { Anaphor = true, Surface = noun.Surface };
                    }

                    break;
                }

                if (_tokens[t].Kind == TokenKind.Punct && _tokens[t].Key != "-")
                {
                    break;
                }
            }
        }
    }

    private string Slice(int first, int end) => _text[_tokens[first].Start.._tokens[end - 1].End];

    private static string NormalizeName(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('\'', '’', '"');

    private static bool IsKatakana(char c) => c is >= '\u30A0' and <= '\u30FF';

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static Dictionary<int, (int End, DateMention Date)> MapDates(List<Token> tokens, List<DateMention> dates)
    {
        var map = new Dictionary<int, (int, DateMention)>();
        var t = 0;
        foreach (var date in dates)
        {
            while (t < tokens.Count && tokens[t].Start < date.Start)
            {
                t++;
            }

            var e = t;
            while (e < tokens.Count && tokens[e].End <= date.End)
            {
                e++;
            }

            if (e > t)
            {
                map[t] = (e, date);
            }
        }

        return map;
    }

    private static PhraseTrie<CueEntry> BuildCueTrie(LanguageLexicon lexicon)
    {
        var trie = new PhraseTrie<CueEntry>();
        foreach (var entry in lexicon.Entries)
        {
            trie.Add(entry.Phrase, entry);
        }

        return trie;
    }
}
