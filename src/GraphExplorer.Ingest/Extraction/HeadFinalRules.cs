using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Verbs of verb-final languages (Japanese, Korean), read by the case particle after each lab rather than by word order:
/// "AからBに移籍" and "A에서 B로 이직" move from A to B; "Aを離れ", "A를 떠나" leave A; "Bに加わる", "B에 합류" join B;
/// "Aで働く", "A에서 근무" and "A出身", "A 출신" place the person at A; "Bは X を採用", "B는 X를 영입" hire X into B. A verb
/// in the attributive form describes the person after it ("OpenAIを離れたX氏", "오픈AI에 합류한 X"); a verb with no
/// subject before it takes the subject named later in the sentence ("…에 합류해 … 미라 무라티가 …").
/// Returns false when the particles decide nothing, so the general rules read the verb instead.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>How far back from a verb its clause's labs are looked for (tokens).</summary>
    private const int Reach = 24;

    private readonly ArticleState _state;
    private readonly LanguageLexicon _lexicon;
    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly Func<List<Mention>, int, Cue, (List<string> Subjects, double Confidence)> _subjects;
    private readonly Func<int, List<Mention>, int, PartialDate?> _dateFor;
    private readonly Func<List<Mention>, int, bool> _groupSubject;

    /// <param name="subjects">The general rules' subject finder (the nearest person before the verb, or the salient one).</param>
    /// <param name="dateFor">The general rules' date for a verb.</param>
    /// <param name="groupSubject">Whether a title with no name is the verb's subject ("OpenAIの研究者3人が…"), which the general rules read.</param>
    public HeadFinalRules(ArticleState state, Func<List<Mention>, int, Cue, (List<string>, double)> subjects, Func<int, List<Mention>, int, PartialDate?> dateFor, Func<List<Mention>, int, bool> groupSubject)
    {
        _groupSubject = groupSubject;
        _state = state;
        _lexicon = state.Lexicon;
        _tokens = state.Tokens;
        _text = state.Text;
        _subjects = subjects;
        _dateFor = dateFor;
    }

    private bool Korean => _lexicon.Code == "ko";

    /// <summary>The last sentence that named a person (a dropped subject continues only from the sentence right before).</summary>
    private int _lastPersonSentence = -2;

    /// <summary>The last sentence whose dropped subject was carried over, so a biography told in several subjectless
    /// sentences in a row ("…ソニーに入社し…。2018年にソニーを離れ、メルカリへ。") keeps its person.</summary>
    private int _carriedSubjectSentence = -2;

    /// <summary>Reads the verb at <paramref name="k"/>; false leaves it to the general rules.</summary>
    public bool TryVerb(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        var v = ms[k];
        var cue = v.Cues!.First(c => c.Cue is Cue.Leave or Cue.Join or Cue.Move or Cue.Found or Cue.Work or Cue.Recruit or Cue.LeaveNoun).Cue;
        var labs = ClauseLabs(ms, k);
        // A title marked as the destination ("ソニーのCTOに就任", "LG전자 부사장으로 취임") is the post taken, not a group
        // of unnamed movers as the subject.
        var titleAt = k == 0 ? -1 : ms.FindLastIndex(k - 1, Math.Min(k, 8), m => m.IsRole && !m.Has(Cue.FounderRole));
        var postTaken = titleAt >= 0 && MarkAt(ms[titleAt].CharEnd) == CaseMark.To;
        if (cue is Cue.Join or Cue.Move or Cue.Leave && !postTaken && _groupSubject(ms, k) && AttributiveHead(ms, k) is null)
        {
            return false;
        }

        if (cue == Cue.Join && EntersPeriod(ms, k))
        {
            return true; // "今年に入り": a time is entered, no one joins anything
        }

        if (cue == Cue.Recruit && KoreanAttributiveHire(index, sentence, ms, k, events))
        {
            return true;
        }

        if (cue != Cue.Work && DescribesUnnamedNoun(ms, k) && AttributiveHead(ms, k) is null && KoreanCleftFounded(ms, k) is null)
        {
            return true; // "오픈AI로 이적한 사례", "메타로 옮긴 인력": the verb is about a noun, not the person named before
        }

        if (cue is Cue.Join or Cue.Move or Cue.Leave && OnlyEmbeddedSubjects(ms, k))
        {
            return true; // "X가 설립한 B의 임원들이 …로 합류했다": X only founded B; the movers are the unnamed noun
        }

        if (cue == Cue.Recruit)
        {
            return Recruit(index, sentence, ms, k, labs, events);
        }

        Mention? Marked(params CaseMark[] marks) => labs.FirstOrDefault(l => l.Mark is { } mark && marks.Contains(mark)).Lab;
        var unmarked = labs.FirstOrDefault(l => l.Mark is null).Lab;
        string? lab = null, from = null, to = null;
        var kind = EventKind.Work;
        switch (cue)
        {
            case Cue.Join:
                to = (Marked(CaseMark.To) ?? unmarked)?.Name;
                from = Marked(CaseMark.From)?.Name ?? PlaceOfWorkBefore(labs, Marked(CaseMark.To) ?? unmarked);
                (lab, kind) = (to, EventKind.Join);
                break;
            case Cue.Move:
                to = Marked(CaseMark.To)?.Name;
                from = Marked(CaseMark.From, CaseMark.Object)?.Name ?? PlaceOfWorkBefore(labs, Marked(CaseMark.To));
                (lab, kind) = to is null ? (from, EventKind.Leave) : (to, EventKind.Move);
                from = to is null ? null : from;
                break;
            case Cue.Leave or Cue.LeaveNoun:
                lab = (Marked(CaseMark.Object, CaseMark.From) ?? unmarked)?.Name;
                to = Marked(CaseMark.To)?.Name ?? VerblessDestination(sentence, ms, k);
                kind = EventKind.Leave;
                break;
            case Cue.Found:
                lab = KoreanCleftFounded(ms, k) ?? Marked(CaseMark.Object)?.Name ?? KoreanTopicFounded(ms, k, labs);
                kind = EventKind.FoundEvent;
                break;
            case Cue.Work:
                lab = (Marked(CaseMark.Former, CaseMark.At) ?? (Korean ? Marked(CaseMark.From) : null) ?? Marked(CaseMark.Object) ?? unmarked ?? MoveCues.BelongingPlace(labs) ?? KoreanWorkPlace(labs))?.Name;
                kind = KoreanWorkedUntil(v) ? EventKind.Leave : kind;
                break;
        }

        (lab, to) = lab is null && cue == Cue.Join && SuccessorLab(index, sentence, ms, k) is { } post ? (post, post) : (lab, to);
        (lab, to) = lab is null && cue == Cue.Join && ReportingHirer(sentence, ms, k) is { } hirer ? (hirer, hirer) : (lab, to);
        var hiredJoin = lab is null && cue == Cue.Join && UnnamedHirerJoined(index, ms, k) is not null;
        (lab, to) = hiredJoin ? (_unnamedHire!.Value.Hirer, _unnamedHire!.Value.Hirer) : (lab, to);
        if (lab is null && cue is Cue.Found or Cue.Join && UnknownOrganisation(ms, k, cue == Cue.Found ? CaseMark.Object : CaseMark.To) is { } named)
        {
            lab = named;
            to = cue == Cue.Join ? named : to;
        }
        else if (cue == Cue.Move && to is null && UnknownOrganisation(ms, k, CaseMark.To) is { } movedTo)
        {
            // "Aからミライラボに移籍", "스타트업 모레로 이직": a destination no list knows, marked by the text as a company.
            (from, lab, to, kind) = (Marked(CaseMark.From, CaseMark.Object)?.Name, movedTo, movedTo, EventKind.Move);
        }

        if (lab is null && cue == Cue.Found && FoundsUnnamedCompany(ms, k, labs))
        {
            return true; // no named company was founded: nothing for the general rules to read either
        }

        if (lab is null || lab == from)
        {
            return false;
        }

        // Work that ended ("몸담았다가") is read as a departure, so a subject dropped since the sentence before carries over.
        var (subjects, confidence) = Subjects(ms, k, cue == Cue.Work && kind == EventKind.Leave ? Cue.Leave : cue);
        subjects = hiredJoin ? ListedWithSubjects(ms, k, subjects) : subjects;
        if (subjects.Count == 0)
        {
            return false;
        }

        // The date before work that ended ("2010년부터 … 몸담았다가") is when it began, not when the person left.
        var date = cue == Cue.Work && kind == EventKind.Leave ? null : _dateFor(index, ms, k);
        var past = v.Cues!.Exists(c => c.Past) || labs.Exists(l => l.Mark == CaseMark.Former && l.Lab.Name == lab);
        // "A、B などを経て", "HP, 마이크로소프트, 애플 등을 거쳐": a career list before a past tenure names every lab in it.
        var tenures = kind == EventKind.Work && past ? ListedWith(ms, labs, lab) : [lab];
        var shared = kind is EventKind.Join or EventKind.Move && from is null ? SharedOrigin(ms, subjects, events, lab) : null;
        foreach (var subject in subjects)
        {
            foreach (var tenure in tenures)
            {
                // "Xの共同創業者Y氏とZ氏がWに復帰", "X 연구원 Y가 W로 이직": the title each person holds at X is the lab they leave.
                var origin = from ?? (kind is EventKind.Join or EventKind.Move ? HeldElsewhere(events, subject, tenure) ?? shared ?? StoryOrigin(index, subject, tenure) : null);
                events.Add(new ArticleEvent(kind, subject, tenure, date, confidence, index, sentence.Start, sentence.End) { From = origin, Former = past, Role = kind == EventKind.Work ? TitleHeld(ms, k) : null });
            }

            if (kind == EventKind.Leave && to is not null && to != lab)
            {
                events.Add(new ArticleEvent(EventKind.Join, subject, to, date, confidence, index, sentence.Start, sentence.End) { From = lab });
            }
        }

        return true;
    }

    /// <summary>"メタはパン氏を採用", "삼성전자는 X를 부사장으로 영입", "삼성전자, … X 부사장 영입": the lab marked as the
    /// subject (or opening a headline) hires the people marked as objects (or named right before the verb).</summary>
    private bool Recruit(int index, Sentence sentence, List<Mention> ms, int k, List<(Mention Lab, CaseMark? Mark)> labs, List<ArticleEvent> events)
    {
        var v = ms[k];
        if (Passive(v))
        {
            // "OpenAIに引き抜かれた": the people before the verb joined the lab marked as the agent.
            var agent = labs.FirstOrDefault(l => l.Mark == CaseMark.To).Lab;
            var (passiveSubjects, passiveConfidence) = Subjects(ms, k, Cue.Join);
            if (agent?.Name is null || passiveSubjects.Count == 0)
            {
                return false;
            }

            foreach (var subject in passiveSubjects)
            {
                events.Add(new ArticleEvent(EventKind.Join, subject, agent.Name, _dateFor(index, ms, k), passiveConfidence, index, sentence.Start, sentence.End));
            }

            return true;
        }

        var hirer = labs.FirstOrDefault(l => l.Mark == CaseMark.Topic).Lab
            ?? ms.Take(k).FirstOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && MarkAfter(m.CharEnd) == CaseMark.Topic)
            ?? ms.Take(k).FirstOrDefault(m => m.Kind == MentionKind.Lab && m.Name is not null && !m.Modifier && m.First == sentence.FirstToken && m.End < _tokens.Count && _tokens[m.End].Key is "," or "，" or "、");
        // "メタのザッカーバーグCEOは…を迎え入れている": the person hiring stands for the lab the sentence ties them to.
        var hirerName = hirer?.Name ?? ms.Take(k).Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && SubjectMarked(m, ms) && !AlsoHired(m, ms, k))
            .Select(m => events.FirstOrDefault(e => e.Person == m.Name && e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null && !e.Former)?.Lab).FirstOrDefault(l => l is not null)
            ?? DroppedHirer(index, ms, k)
            ?? TopicOrganisation(sentence, ms, k);
        var from = labs.FirstOrDefault(l => l.Mark == CaseMark.From && l.Lab != hirer).Lab?.Name;
        var hired = new List<Mention>();
        for (var b = k - 1; b >= 0 && (hirer is null || ms[b].First >= hirer.End); b--)
        {
            var m = ms[b];
            if (m.IsVerb && AttributiveHead(ms, b) is { } described && hired.Exists(h => h.Name == described))
            {
                // "AI新興企業を創業したX氏や、A出身のY氏を採用": a clause describing a hired person does not end the list.
                continue;
            }

            if (m.IsVerb || (m.Kind == MentionKind.Person && SubjectMarked(m, ms) && !AlsoHired(m, ms, k)))
            {
                break;
            }

            // The object, the person right before the verb, and the people listed with them ("A氏やB氏、C元CEOを").
            if (m is { Kind: MentionKind.Person, Pronoun: false, Name: not null }
                && (ObjectMarked(m, ms) || AlsoHired(m, ms, k) || (hired.Count == 0 && !ms.Skip(b + 1).Take(k - b - 1).Any(x => x.Kind is MentionKind.Person or MentionKind.Lab && !x.TitleLab))
                    || (hired.Count > 0 && Listed(m, ms))))
            {
                hired.Add(m);
            }
        }

        if (hirerName is not null && hired.Count == 0)
        {
            NoteUnnamedHire(index, hirerName, _dateFor(index, ms, k));
        }

        if (hirerName is null || hired.Count == 0)
        {
            return false;
        }

        var date = _dateFor(index, ms, k);
        foreach (var person in hired)
        {
            person.Object = true;
            // A title held elsewhere, stated with the person ("スケールAIの共同創業者X氏"), is the lab the person leaves.
            var origin = from ?? events.LastOrDefault(e => e.Person == person.Name && e.Kind is EventKind.FoundTitle or EventKind.Role or EventKind.Work && e.Lab is not null && e.Lab != hirerName && !e.BareTitle)?.Lab;
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, hirerName, date, 0.8 * (person.Unknown ? 0.9 : 1.0), index, sentence.Start, sentence.End) { From = origin == hirerName ? null : origin });
        }

        return true;
    }

    /// <summary>
    /// "Labの<title>であるX氏", "Lab의 <title>인 X": a lab in the genitive, then a description closed by a copula, then the
    /// person; the person works at the lab (the title is too far from the name for the title rule).
    /// </summary>
    public void Appositions(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (ms.Exists(m => m.Kind == MentionKind.Person && (m.Name is not null || m.Pronoun)))
        {
            _lastPersonSentence = index;
        }

        NoteQuietSentence(index, sentence, ms);
        NoteTopicCompany(index, ms);
        NoteKoreanSubject(index, ms);
        KoreanRetrospectiveClauses(index, sentence, ms, events);

        for (var i = 0; i < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || MarkAt(ms[i].CharEnd) != CaseMark.Genitive)
            {
                continue;
            }

            var person = ms.FindIndex(i + 1, m => m.Kind is MentionKind.Person or MentionKind.Lab || m.IsVerb);
            if (person < 0 || ms[person] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } name } || ms[person].First - ms[i].End > Reach
                || events.Exists(e => e.Person == name && e.Lab == lab))
            {
                continue;
            }

            var copula = _text.AsSpan(ms[i].CharEnd, ms[person].Start - ms[i].CharEnd).TrimEnd();
            if ((copula.EndsWith(Korean ? "인" : "である", StringComparison.Ordinal) || KoreanFormerPost(copula, ms, i, person)) && !copula.ContainsAny("。、,，"))
            {
                var description = ms.Skip(i + 1).Take(person - i - 1).ToList();
                var role = description.LastOrDefault(m => m.IsRole && !m.Has(Cue.FounderRole))?.Get(Cue.Role)?.Value;
                // "Aの共同創業者であるX氏", "A의 공동창업자인 X": the founder title is held at the lab in the genitive.
                var kind = description.Exists(m => m.Has(Cue.FounderRole)) ? EventKind.FoundTitle : EventKind.Role;
                events.Add(new ArticleEvent(kind, name, lab, null, 0.75, index, sentence.Start, sentence.End) { Role = role });
            }
        }
    }

    /// <summary>
    /// An organisation the gazetteer does not know, in the slot the particle marks right before the verb: a quoted name
    /// (「FriendFeed」を設立, '업스테이지'를 창업), a name in Latin script, or a word with a company affix (…랩스를 창업,
    /// 株式会社…を設立). Null when the slot holds none of these.
    /// </summary>
    private string? UnknownOrganisation(List<Mention> ms, int k, CaseMark slot)
    {
        var verb = ms[k];
        var previousVerb = ms.FindLastIndex(Math.Max(0, k - 1), m => m.IsVerb);
        var limit = previousVerb >= 0 && previousVerb < k ? ms[previousVerb].CharEnd : _state.Sentences[_state.CurrentSentence].Start;
        var at = verb.Start;
        while (at > limit && _text[at - 1] == ' ')
        {
            at--;
        }

        // The particle directly before the verb (a few characters: "を", "를", "에", "로", "으로").
        var particle = -1;
        for (var p = at - 1; p >= Math.Max(limit, at - 3); p--)
        {
            if (MarkAt(p) == slot && _lexicon.Particles.Exists(x => x.Mark == slot && p + x.Particle.Length == at && _text.AsSpan(p).StartsWith(x.Particle, StringComparison.Ordinal)))
            {
                particle = p;
                break;
            }
        }

        return particle <= limit ? null : OrganisationEndingAt(particle, limit, slot, ms);
    }

    /// <summary>
    /// "サクラテックは、…を迎えた", "루나랩스는 … 영입했다": a company no list knows that opens the sentence as its topic, the
    /// hirer of a verb of hiring; null when the first word is no marked company name or a mention already covers it.
    /// </summary>
    private string? TopicOrganisation(Sentence sentence, List<Mention> ms, int k)
    {
        var start = sentence.Start;
        while (start < ms[k].Start && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        var end = start;
        while (end < ms[k].Start && !char.IsWhiteSpace(_text[end]) && !char.IsPunctuation(_text[end]) && !IsHiragana(_text[end]))
        {
            end++;
        }

        var particle = _lexicon.Particles.FirstOrDefault(p => p.Mark == CaseMark.Topic
            && (Korean ? _text.AsSpan(start, end - start).EndsWith(p.Particle, StringComparison.Ordinal) : _text.AsSpan(end).StartsWith(p.Particle, StringComparison.Ordinal))).Particle;
        var nameEnd = Korean && particle is not null ? end - particle.Length : end;
        if (particle is null || nameEnd - start < 2 || ms.Exists(m => m.Start < end && m.CharEnd > start))
        {
            return null;
        }

        return OrganisationEndingAt(nameEnd, start, CaseMark.Topic, ms);
    }

    /// <summary>
    /// The unknown organisation whose name ends at character <paramref name="end"/> (right before its particle), with
    /// <paramref name="limit"/> the earliest character it may start at; null when the word there is none.
    /// </summary>
    private string? OrganisationEndingAt(int end, int limit, CaseMark slot, List<Mention> ms)
    {
        string? name = null;
        string? inScript = null;
        // "「カゼハナ」社を設立": the counter for companies after the quotes belongs to the name.
        end -= end - 2 > limit && _text[end - 1] == '社' && _text[end - 2] is '」' or '』' ? 1 : 0;
        if (_text[end - 1] is '」' or '』' or '\'' or '’' or '"' or '”')
        {
            var open = _text.LastIndexOfAny(['「', '『', '\'', '‘', '"', '“'], end - 2, Math.Min(40, end - 1 - limit));
            name = open >= 0 ? _text[(open + 1)..(end - 1)] : null;
            inScript = name is null ? null : CompanyInScript(name.Trim(), open, quoted: true, founded: slot == CaseMark.Object, ms);
        }
        else
        {
            var start = end;
            var latin = char.IsAsciiLetterOrDigit(_text[end - 1]);
            while (start > limit && (latin ? char.IsAsciiLetterOrDigit(_text[start - 1]) || _text[start - 1] is '.' or '-' : !char.IsWhiteSpace(_text[start - 1]) && !char.IsPunctuation(_text[start - 1]) && !IsHiragana(_text[start - 1])))
            {
                start--;
            }

            var word = _text[start..end];
            name = latin && word.Length >= 2 && char.IsUpper(word[0]) ? word
                : !latin && _lexicon.OrganisationAffixes.Exists(a => word.Length > a.Length && (word.EndsWith(a, StringComparison.Ordinal) || word.StartsWith(a, StringComparison.Ordinal))) ? word
                : null;
            if (JapaneseUnitOwner(word, end, ms) is { } owner)
            {
                return owner.Length > 0 ? owner : null;
            }

            inScript = latin ? null : CompanyInScript(word, start, quoted: false, founded: slot == CaseMark.Object, ms);
            name ??= inScript is null ? null : word;
        }

        // Only a name with Latin letters can be told apart from a common noun, and spelled as the facts spell labs;
        // "AI新興企業", "AI 스타트업" are a kind of company, not a name.
        name = name?.Trim();
        if (name is not null && _lexicon.Entries.Exists(c => c.Cue == Cue.StartupNoun && name.EndsWith(c.Phrase, StringComparison.Ordinal)))
        {
            return null;
        }

        if (name is not null && !name.Any(char.IsAsciiLetter))
        {
            // Katakana or Hangul the text marks as a company ("AIスタートアップのミライラボ", "모레를 창업") is one.
            return inScript is null ? null : _state.Gazetteer.Resolve(name, NodeKind.Lab) ?? inScript;
        }

        // A person right before "に" is someone joined, not a company ("Sarah Linに合流"); a title there is the post
        // taken ("CTOに就任", "CEO로 선임"), not a company either.
        if (string.IsNullOrEmpty(name) || name.Length > 40 || (slot == CaseMark.To && ms.Exists(m => (m.Kind == MentionKind.Person || m.IsRole) && m.CharEnd == end)))
        {
            return null;
        }

        return _state.Gazetteer.Resolve(name, NodeKind.Lab) ?? name;
    }

    /// <summary>Japanese passive after a verb stem: "引き抜かれた", "採用された", "招聘される".</summary>
    private bool Passive(Mention verb)
    {
        if (Korean || verb.CharEnd + 1 >= _text.Length)
        {
            return false;
        }

        var rest = _text.AsSpan(verb.CharEnd, Math.Min(3, _text.Length - verb.CharEnd));
        return rest.StartsWith("かれ", StringComparison.Ordinal) || rest.StartsWith("され", StringComparison.Ordinal) || rest.StartsWith("られ", StringComparison.Ordinal);
    }

    /// <summary>The verb's subjects: the person its attributive form describes, else the general rules' subject (unless a
    /// lab before the verb is only its object), else the person named as the subject later in the sentence.</summary>
    private (List<string> Subjects, double Confidence) Subjects(List<Mention> ms, int k, Cue cue)
    {
        if (AttributiveHead(ms, k) is { } head)
        {
            return ([head], 0.85);
        }

        var hasPersonBefore = ms.Take(k).Any(m => m.Kind == MentionKind.Person && (m.Name is not null || m.Pronoun));
        // "メタを退社しOpenAIに入社した田中氏", "네이버를 떠나 카카오로 자리를 옮긴 이 박사": a verb in its connective form
        // shares the person that the attributive form of the verb it runs into describes.
        if (!hasPersonBefore && ConnectedVerb(ms, k) is { } next && AttributiveHead(ms, next) is { } sharedHead)
        {
            return ([sharedHead], 0.8);
        }

        var labSubject = ClauseLabs(ms, k).Exists(l => l.Mark == CaseMark.Topic);
        if (hasPersonBefore || labSubject)
        {
            var (found, confidence) = _subjects(ms, k, cue);
            return labSubject && !hasPersonBefore ? ([], 0) : (found, confidence);
        }

        // Subject-object-verb with the subject after a chain of clauses: "2018年にOpenAIに加わり、…したX氏は".
        for (var a = k + 1; a < ms.Count; a++)
        {
            if (ms[a] is { Kind: MentionKind.Person, Pronoun: false, Name: { } later } && SubjectMarked(ms[a], ms))
            {
                return ([later], 0.75);
            }
        }

        // Japanese and Korean drop a subject the passage is about ("2014년부터 LG전자에 몸담았다가 2019년 구글로 들어갔다"):
        // a sentence that names nobody continues with the person the sentence before it named or carried over.
        // A quiet sentence about the work in between keeps the story going (HeadFinalRules.CarriedStory), and a post held
        // "now" is the story's person's too.
        if ((cue is not Cue.Work || OpensWithNow(_state.Sentences[_state.CurrentSentence])) && _storyReaches == _state.CurrentSentence && !ms.Exists(m => m.Kind == MentionKind.Person) && _state.SalientPerson is { } salient)
        {
            _carriedSubjectSentence = _state.CurrentSentence;
            return ([salient], 0.6);
        }

        return _subjects(ms, k, cue);
    }

    /// <summary>The verb the verb at <paramref name="k"/> runs into: the next verb of the sentence, with no punctuation and
    /// no person between them; null when there is none.</summary>
    private int? ConnectedVerb(List<Mention> ms, int k)
    {
        var next = ms.FindIndex(k + 1, m => m.IsVerb || m.Kind == MentionKind.Person);
        if (next < 0 || !ms[next].IsVerb || ms[next].First - ms[k].End > Reach)
        {
            return null;
        }

        for (var t = ms[k].End; t < ms[next].First; t++)
        {
            if (_tokens[t].Kind == TokenKind.Punct)
            {
                return null;
            }
        }

        return next;
    }

    /// <summary>The person a verb in the attributive form describes: after the verb's ending, only titles, labs, "former" and
    /// genitives (and a few other words) stand before the person ("離れたアライメント研究者Jan Leike氏", "입사한 무라티는").</summary>
    private string? AttributiveHead(List<Mention> ms, int k)
    {
        var v = ms[k];
        var t = v.End;
        if (Korean)
        {
            // The word's last syllable ends in ㄴ (합류한, 떠난, 옮긴, 일하던, 출신): a noun follows, the verb describes it.
            while (t < _tokens.Count && t - v.End < 3 && _tokens[t].Kind == TokenKind.Cjk && !_tokens[t].SpaceBefore)
            {
                t++;
            }

            var last = _text[_tokens[t - 1].End - 1];
            if (!(MoveCues.KoreanAttributive(last) || (last == '의' && v.Has(Cue.Work))) || t >= _tokens.Count || !_tokens[t].SpaceBefore)
            {
                return null;
            }
        }
        else
        {
            // A plain ending in hiragana ("した", "していた", "する") glued to the verb, then no punctuation.
            while (t < _tokens.Count && t - v.End < 5 && _tokens[t].Kind == TokenKind.Cjk && _text[_tokens[t].Start] is 'し' or 'た' or 'て' or 'い' or 'る' or 'す' or 'っ' or 'だ')
            {
                t++;
            }

            if (t == v.End && !v.Has(Cue.Work))
            {
                return null; // a bare stem ("移籍、", "退社・") is a noun or a connective, not an attributive form
            }
        }

        var words = 0;
        var next = ms.FindIndex(k + 1, m => m.First >= t);
        for (var p = t; p < _tokens.Count && words <= (Korean ? 3 : 10); p++)
        {
            var inside = next >= 0 && next < ms.Count && ms[next].First <= p ? ms[next] : null;
            if (inside is not null)
            {
                if (inside is { Kind: MentionKind.Person, Pronoun: false, Name: { } name })
                {
                    return name;
                }

                if (inside.IsVerb || inside.Kind == MentionKind.Person || inside.Kind == MentionKind.Date
                    || (inside.Kind == MentionKind.Cue && !(inside.IsRole || inside.Has(Cue.Former) || inside.Has(Cue.Genitive))))
                {
                    return null;
                }

                p = inside.End - 1;
                next++;
                continue;
            }

            var token = _tokens[p];
            if (token.Kind == TokenKind.Punct && token.Key is not ("(" or ")" or "・" or "·"))
            {
                return null;
            }

            if (token.Kind == TokenKind.Cjk && !Korean && IsHiragana(_text[token.Start]))
            {
                return null; // a particle: the verb's clause goes on
            }

            words += !Korean || token.SpaceBefore || token.Kind != TokenKind.Cjk ? 1 : 0;
        }

        return null;
    }

    /// <summary>The labs of the verb's clause (back to the previous verb), nearest first, with the particle after each.</summary>
    private List<(Mention Lab, CaseMark? Mark)> ClauseLabs(List<Mention> ms, int k)
    {
        var found = new List<(Mention, CaseMark?)>();
        for (var b = k - 1; b >= 0 && ms[k].First - ms[b].End <= Reach; b--)
        {
            var m = ms[b];
            if (m.IsVerb && !(b == k - 1 && ms[k].First - m.End <= 1))
            {
                break;
            }

            if (m is { Kind: MentionKind.Lab, Modifier: false, Name: not null })
            {
                var mark = MarkAfter(m.CharEnd);
                if (mark is null or CaseMark.Genitive && PostAt(ms, b))
                {
                    // "삼성전자 부사장으로 합류", "メタのAI責任者に就任": the lab of the post the person takes is the destination.
                    mark = CaseMark.To;
                }
                else if (mark is CaseMark.None or CaseMark.Genitive)
                {
                    continue;
                }

                found.Add((m, mark));
            }
        }

        return found;
    }

    /// <summary>Whether the lab at <paramref name="b"/> is followed (bare or in the genitive) by a title marked as the destination.</summary>
    private bool PostAt(List<Mention> ms, int b)
    {
        // The genitive may stand as a mention of its own between the lab and the title ("ソニー|の|社長に").
        var r = b + 2 < ms.Count && ms[b + 1].Kind == MentionKind.Cue && ms[b + 1].Has(Cue.Genitive) && !ms[b + 1].IsRole ? b + 2 : b + 1;
        if (r >= ms.Count || !ms[r].IsRole || ms[r].Has(Cue.FounderRole))
        {
            return false;
        }

        var gap = _text.AsSpan(ms[b].CharEnd, Math.Max(0, ms[r].Start - ms[b].CharEnd)).Trim();
        return (gap.IsEmpty || gap.SequenceEqual(Korean ? "의" : "の")) && MarkAt(ms[r].CharEnd) == CaseMark.To;
    }

    /// <summary>Labs listed with the given one ("A、B、Cを経て", "A, B, C 등을 거쳐"): separated only by commas and "and".</summary>
    private List<string> ListedWith(List<Mention> ms, List<(Mention Lab, CaseMark? Mark)> labs, string lab)
    {
        var result = new List<string> { lab };
        var at = ms.FindIndex(m => m.Kind == MentionKind.Lab && m.Name == lab && labs.Exists(l => l.Lab == m));
        for (var b = at - 1; b >= 0; b--)
        {
            if (ms[b].Kind == MentionKind.Cue && ms[b].Has(Cue.Coord))
            {
                continue;
            }

            if (ms[b] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } other } || !OnlySeparators(ms[b].End, ms[b + 1].First))
            {
                break;
            }

            result.Add(other);
        }

        // In text order, which a career list follows: the last lab listed is the one left for the next post
        // ("NHN, 카카오를 거쳐 SK플래닛 CTO로", "アマゾンやグーグルを経てソニーに入社": from Kakao, from Google).
        result.Reverse();
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    private bool OnlySeparators(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Key is not ("," or "，" or "、" or "・") && MarkAt(_tokens[t].Start) is not null)
            {
                return false;
            }
        }

        return to - from <= 2;
    }

    /// <summary>A person followed by a listing particle or comma ("A氏や", "A氏、", "A 부사장과", "A,").</summary>
    private bool Listed(Mention person, List<Mention> ms)
    {
        var at = AfterPerson(person, ms);
        return at < _text.Length && (_text[at] is '、' or ',' or '，' or 'や' or 'と' || (Korean && _text[at] is '와' or '과'));
    }

    private bool ObjectMarked(Mention person, List<Mention> ms) => MarkAt(AfterPerson(person, ms)) == CaseMark.Object;

    private bool SubjectMarked(Mention person, List<Mention> ms) => MarkAt(AfterPerson(person, ms)) == CaseMark.Topic;

    /// <summary>
    /// Where the particle of a person's noun phrase stands: after the name, its honorific or bracketed spelling, and a title
    /// that follows the name ("X最高経営責任者(CEO)は", "X元幹部を", "X 부사장과"), as both languages put titles after names.
    /// </summary>
    private int AfterPerson(Mention person, List<Mention> ms)
    {
        var at = AfterHonorific(person.CharEnd);
        var i = ms.IndexOf(person);
        for (var n = i + 1; i >= 0 && n < ms.Count && n <= i + 3; n++)
        {
            var next = ms[n];
            var gap = _text.AsSpan(at, Math.Max(0, next.Start - at));
            if (next.Start >= at && gap.IsWhiteSpace() && next is { Kind: MentionKind.Lab, Modifier: false } && n + 1 < ms.Count && ms[n + 1].IsRole)
            {
                at = next.CharEnd; // the employer between name and title ("한지민 구글 이사를", "X メタ社長を")
                continue;
            }

            if (next.Start < at || !gap.IsWhiteSpace() || next.Kind != MentionKind.Cue || !(next.IsRole || next.Has(Cue.Former)))
            {
                break;
            }

            at = AfterHonorific(next.CharEnd);
        }

        return at;
    }

    /// <summary>Skips an honorific or a bracketed spelling after a name ("X氏", "X 씨", "미라 무라티(Mira Murati)").</summary>
    private int AfterHonorific(int at)
    {
        if (at < _text.Length && _text[at] is '(' or '（')
        {
            var close = _text.IndexOfAny([')', '）'], at);
            at = close >= 0 && close - at < 40 ? close + 1 : at;
        }

        if (at < _text.Length && _text[at] == '氏')
        {
            return at + 1;
        }

        if (_text.AsSpan(at).StartsWith("さん", StringComparison.Ordinal))
        {
            return at + 2;
        }

        return at;
    }

    /// <summary>What the particle right after a lab marks (skipping closing quotes and "社"); "出身"/"출신" may follow a space.</summary>
    private CaseMark? MarkAfter(int at)
    {
        while (at < _text.Length && _text[at] is '」' or '』' or '"' or '”' or '’' or '\'' or ')' or '）' or '】' or '社')
        {
            at++;
        }

        at = AfterLocalArm(at);
        var mark = MarkAt(at);
        if (mark is null && at < _text.Length && _text[at] == ' ')
        {
            return MarkAt(at + 1) is CaseMark.Former ? CaseMark.Former : null;
        }

        return mark;
    }

    private CaseMark? MarkAt(int at)
    {
        foreach (var (particle, mark) in _lexicon.Particles)
        {
            if (_text.AsSpan(at).StartsWith(particle, StringComparison.Ordinal))
            {
                return mark;
            }
        }

        return null;
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';
}
