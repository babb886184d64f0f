using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Reads events from one sentence's mentions with rules shared by every language: titles bind to the person next to
/// them and to a lab beside them; verbs take the nearest person before them as subject (or the person the article is
/// about, for pronouns and dropped subjects) and the first free lab after them (before them in verb-final languages)
/// as object; "left A for B", "joined B from A" and a title at A with "joined B" give moves directly.
/// </summary>
internal sealed partial class SentenceRules
{
    private const int Window = 16;
    private readonly ArticleState _state;
    private readonly LanguageLexicon _lexicon;
    private readonly List<Token> _tokens;
    private readonly HeadFinalRules? _headFinal;

    public SentenceRules(ArticleState state)
    {
        _state = state;
        _lexicon = state.Lexicon;
        _tokens = state.Tokens;
        _headFinal = _lexicon.Particles.Count > 0 ? new HeadFinalRules(state, (ms, k, cue) => Subjects(ms, k, cue, passive: false), DateFor, (ms, k) => GroupSubject(ms, k) >= 0) : null;
    }

    public void Apply(int index, Sentence sentence, List<Mention> ms)
    {
        LatinMoveCues.MarkFormerNames(ms, _tokens);
        LatinMoves.MarkGermanGenitiveOwners(_lexicon.Code, _tokens, ms);
        DropGroupWords(ms, resolved: false);
        ResolvePronounsAndAnaphora(index, ms);
        NoteTopicLab(index, ms);
        DropGroupWords(ms, resolved: true);
        var roles = BindRoles(index, sentence, ms);
        var events = new List<ArticleEvent>();
        LabPossessives(index, sentence, ms, events);
        _headFinal?.Appositions(index, sentence, ms, events);
        FormerOf(index, sentence, ms, events);
        LabAlumni(index, sentence, ms, events);
        foreach (var binding in roles)
        {
            foreach (var person in binding.People)
            {
                var kind = binding.Founder ? EventKind.FoundTitle : EventKind.Role;
                events.Add(new ArticleEvent(kind, person, binding.Lab, null, binding.Confidence, index, sentence.Start, sentence.End) { Role = binding.Role, Former = binding.Former, BareTitle = binding.Inferred, LabByNearness = binding.ByNearness });
            }
        }

        StaffOfOwner(index, sentence, ms, events);
        for (var k = 0; k < ms.Count; k++)
        {
            var m = ms[k];
            if (!m.IsVerb || Negated(ms, k) || (_headFinal is not null && !m.Has(Cue.Bring) && _headFinal.TryVerb(index, sentence, ms, k, events)))
            {
                continue;
            }

            if (m.Has(Cue.Recruit))
            {
                Recruit(index, sentence, ms, k, events);
            }
            else if (m.Has(Cue.Bring))
            {
                Bring(index, sentence, ms, k, events);
            }
            else
            {
                Verb(index, sentence, ms, k, events);
            }
        }

        Possessives(index, sentence, ms, events);
        Followers(index, sentence, ms, events);
        _headFinal?.RosterOfUnnamedHire(index, sentence, ms, events);
        _headFinal?.Headline(index, sentence, ms, events);
        ListedMovers(index, sentence, ms, events);
        IndonesianNamedGroup(index, sentence, ms, events);
        DepartureList(index, sentence, ms, events);
        DepartedAsides(index, sentence, ms, events);
        LoneGroupMember(index, sentence, ms, events);
        RetoldGroupArrival(index, events);
        if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            ChineseFellowArrivals(index, sentence, ms, events);
            ChineseDescribedTenures(index, sentence, ms, events);
            ChineseJoinNouns(index, sentence, ms, events);
            ChineseFounderOrigins(index, sentence, ms, roles, events);
        }

        if (_lexicon.Currently.Count > 0)
        {
            FormerInBrackets(index, sentence, ms, events);
            FormerThenCurrent(index, sentence, ms, events);
        }

        events.AddRange(LatinMoveCues.YearsBeforeArrival(ms, events, index, sentence));
        TenuresSpentBefore(index, sentence, ms, events);
        events.AddRange(SharedAsides.FormerTenures(ms, _tokens, events, index, sentence));
        events.AddRange(LatinMoves.LostPeople(_lexicon, _tokens, ms, index, sentence));
        events.AddRange(LatinMoves.PurposeArrivals(_lexicon.Code, _tokens, ms, events, index, sentence));
        events.AddRange(PassiveAway.Moves(_lexicon, _tokens, ms, index, sentence));
        events.AddRange(GermanMoves.Moves(_lexicon, _tokens, ms, events, index, sentence));
        events.AddRange(LatinHires.UnsaidHirer(_lexicon, _state.TopicLab, _tokens, ms, index, sentence));
        if (_lexicon.Currently.Count == 0 && _lexicon.CurrentlyAt.Count > 0)
        {
            // After the passive and lost-people rules, so "was poached from A and is now at B" has its left post.
            FormerThenCurrent(index, sentence, ms, events);
        }

        AsideDestinations(index, sentence, ms, events);
        FounderLeftLater(index, sentence, ms, events);
        FounderNamedByCopula(index, sentence, ms, events);
        TenureSpans(index, sentence, ms, events);
        PostBeforeArrival(index, ms, events);
        ChineseDroppedSubjectPost(index, sentence, ms, events);
        JapanesePastPosts(index, sentence, ms, events);
        OtherHires(index, ms, events, sentence);
        TitlesOfPastStints(events);
        // "Cohere co-founder X joined Meta": a founder's title names where an English arrival comes from, as any title does.
        CombineWithinSentence(events, roles, ms.Exists(x => x.Kind == MentionKind.Cue && x.Has(Cue.Previously)), _lexicon.Code == "en");
        _state.Events.AddRange(events);
        _state.NoteEvents(events);
        if (events.LastOrDefault(e => e.Kind is EventKind.FoundEvent or EventKind.Join or EventKind.Move && e.Lab is not null) is { } arrival)
        {
            _state.LastArrivalLab = arrival.Lab;
        }
        UpdateSalience(ms, events);
        NoteChineseTopic(index, sentence, ms);
        NotePeopleGroup(index, ms);
    }

    private void ResolvePronounsAndAnaphora(int index, List<Mention> ms)
    {
        LabDescriptions.NoteFocalLab(_state, index, ms);
        for (var c = 0; c + 1 < ms.Count; c++)
        {
            if (ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.Comitative) && ms[c + 1].Kind == MentionKind.Person && ms[c + 1].First - ms[c].End <= 1)
            {
                // "aux côtés de Y et Z", "alongside Y and Z": everyone the comitative word lists acts with the subject.
                ms[c + 1].Comitative = true;
                foreach (var co in Coordinated(ms, c + 1, forward: true))
                {
                    co.Comitative = true;
                }
            }
            else if (ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.Comitative) && !_lexicon.HeadFinal && CompanionAfterGroupWords(ms, c) is { } grouped)
            {
                grouped.Comitative = true;
                foreach (var co in Coordinated(ms, ms.IndexOf(grouped), forward: true))
                {
                    co.Comitative = true;
                }
            }
            else if (ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.Comitative) && TitledCoActor(ms, c) is { } titled)
            {
                titled.Comitative = true;
            }
            else if (ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.Comitative) && !_lexicon.HeadFinal && DescribedCoActor(ms, c) is { } described
                && ms.Take(c).Any(x => x.Kind == MentionKind.Person && (x.Pronoun || (x.Name is not null && !x.ShortForm))))
            {
                // Only beside a subject of its own: with the subject left out ("con su antigua compañera Y, fundó …"),
                // the companion is the one the rules can name as acting.
                described.Comitative = true;
            }
            else if (_lexicon.HeadFinal && c > 0 && ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.Comitative) && ms[c - 1].Kind == MentionKind.Person
                && ms[c].First - ms[c - 1].End <= 1)
            {
                // "리드 호프먼과 함께": a verb-final language puts the co-actor before "together", with its particle.
                ms[c - 1].Comitative = true;
            }
        }

        // "fondée par A, B et C", "von … um Dario Amodei gegründet": the people after a passive "by" are agents.
        for (var c = 0; c + 1 < ms.Count; c++)
        {
            if (ms[c].Kind == MentionKind.Cue && ms[c].Has(Cue.PassiveBy))
            {
                var agent = ms.FindIndex(c + 1, x => x.Kind == MentionKind.Person || x.IsVerb || x.Kind == MentionKind.Lab && !x.Modifier && _tokens[x.End].Key != "-" && !TitleLab(ms, x));
                // "reportada por medios de X", "reported by friends of X": the agent is the noun before "of", not X.
                var ofBetween = agent > c && ms.Skip(c + 1).Take(agent - c - 1).Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Genitive) && !x.Has(Cue.PassiveBy));
                if (agent >= 0 && ms[agent].Kind == MentionKind.Person && (ms[agent].First - ms[c].End <= 4 || DescribedAgents(ms, c, agent)) && !ofBetween)
                {
                    ms[agent].Agent = true;
                    foreach (var co in Coordinated(ms, agent, forward: true, acrossDescriptions: true))
                    {
                        co.Agent = true;
                    }
                }
            }
        }

        string? lastInSentence = null;
        var lastIndex = -1;
        foreach (var m in ms)
        {
            if (m.Kind == MentionKind.Person && m.Pronoun && MoveCues.Plural(_lexicon.Code, m.Surface) is { } pluralOnly)
            {
                // "X und Y arbeiteten bei A, bevor sie zu B zurückkehrten": a plural pronoun after coordinated people is all
                // of them; a pronoun that can only be plural names nobody when no such group precedes it.
                var group = lastIndex >= 0 ? Coordinated(ms, lastIndex, forward: false).Where(x => x.Name is not null).Select(x => x.Name!).ToList() : [];
                if (group.Count == 0 && EarlierGroup(index, ms, m) is { } earlier)
                {
                    m.Name = earlier[0];
                    m.Group = earlier;
                    continue;
                }

                if (group.Count > 0 || pluralOnly)
                {
                    m.Name = group.Count > 0 ? lastInSentence : null;
                    m.Group = group.Count > 0 ? group : null;
                    continue;
                }
            }

            if (m.Kind == MentionKind.Person && m.Pronoun)
            {
                // "Shazeer hatte Google verlassen, nachdem er …": a person named earlier in the sentence comes first.
                m.Name = m.Surface switch
                {
                    "同氏" => _state.SalientPerson,
                    "自ら" or "自分" or "自己" => ms.FirstOrDefault(x => x.Kind == MentionKind.Person && !x.Pronoun && x.Name is not null)?.Name ?? _state.SalientPerson,
                    _ => lastInSentence ?? _state.SalientPerson,
                };
            }
            else if (m.Kind == MentionKind.Person && !m.Comitative && !m.Object && m.Name is not null)
            {
                lastInSentence = m.Name;
                lastIndex = ms.IndexOf(m);
            }
            else if (m.Kind == MentionKind.Lab && m.Anaphor && ms.IndexOf(m) is var d && d + 1 < ms.Count && ms[d + 1].Kind == MentionKind.Lab && ms[d + 1].First == m.End)
            {
                // "el laboratorio FAIR": the noun describes the lab named right after it.
                m.Name = null;
                m.Modifier = true;
            }
            else if (m.Kind == MentionKind.Lab && m.Anaphor)
            {
                var k = ms.IndexOf(m);
                if (k + 2 < ms.Count && ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.Genitive) && ms[k + 2].Kind == MentionKind.Person && ms[k + 2].Name is { } owner && !ms[k + 2].Pronoun)
                {
                    m.Name = null;
                    m.PossessedBy = owner;
                }
                else
                {
                    // "Inflection AI, la startup que…": an apposition names the lab just before it.
                    var at = ms.IndexOf(m);
                    if (at > 0 && ms[at - 1].Kind == MentionKind.Lab && ms[at - 1].Name is { } apposed && !ms[at - 1].Modifier && m.First - ms[at - 1].End <= 1)
                    {
                        m.Name = apposed;
                        continue;
                    }

                    if (LabDescriptions.Resolve(_state, ms, at) is { Decided: true } described)
                    {
                        m.Name = described.Lab;
                        continue;
                    }

                    // "left Google DeepMind to join the company", "after five years at Cohere, she joined the startup",
                    // "nach sieben Jahren bei A wechselt sie zu dem Unternehmen": the company joined is not the lab just left.
                    // A preposition or an inverted pronoun may stand between ("wechselt sie zu dem Unternehmen").
                    var verbAt = at - 1;
                    while (verbAt > 0 && (ms[verbAt] is { Kind: MentionKind.Person, Pronoun: true } || (ms[verbAt] is { Kind: MentionKind.Cue, IsVerb: false } && ms[verbAt].Has(Cue.ToPrep))))
                    {
                        verbAt--;
                    }

                    var joined = verbAt >= 0 && ms[verbAt].IsVerb && (ms[verbAt].Has(Cue.Join) || ms[verbAt].Has(Cue.Move));
                    var left = !joined ? [] : ms.Where((x, i) => x.Kind == MentionKind.Lab && x.End <= m.First && i > 0 && ms[i - 1].Kind == MentionKind.Cue
                        && (ms[i - 1].Has(Cue.Leave) || ms[i - 1].Has(Cue.TenureSpan))).Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
                    // Nor is a lab the sentence calls the mover's former one ("X, une ancienne de A, rejoint elle aussi la jeune
                    // pousse"): such a sentence adds a hire to the company that hired before, not to the lab named last.
                    var formers = !joined ? [] : ms.Where((x, i) => x.Kind == MentionKind.Lab && x.End <= m.First && i > 0 && FormerOf(ms, i)).Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
                    // "the OpenAI-backed startup hired X from Baidu": the backer describes the startup and is never it, and
                    // a lab the sentence names as someone's origin ("from Baidu, and the Microsoft-funded startup …") is no
                    // antecedent for it either; with neither left, the startup goes unnamed.
                    if (IntroducedCompanyFor(index, ms, at) is { } introduced)
                    {
                        m.Name = introduced;
                        continue;
                    }

                    var backers = Backers(ms, at);
                    var candidates = ms.Where((x, i) => x.Kind == MentionKind.Lab && !x.Modifier && !x.Anaphor && x.Name is not null && x.End <= m.First && !left.Contains(x.Name!) && !formers.Contains(x.Name!)
                        && !Lexicons.Languages.IsInvestorName(x.Name!)
                        && !backers.Contains(x.Name!) && !(backers.Count > 0 && i > 0 && ms[i - 1].Kind == MentionKind.Cue && ms[i - 1].Has(Cue.FromPrep))).ToList();
                    // A startup that hired in the sentence before is the one a described startup goes on about, rather than the
                    // lab named last (often the origin of that hire).
                    if (candidates.Count == 0 && FoundingStories.SubjectAnaphor(_state, index, ms, at) is { } founded)
                    {
                        // Resolved as the sentence's subject, it is the company named: no person is the verb's subject.
                        m.Name = founded;
                        m.Anaphor = false;
                        continue;
                    }

                    if (_headFinal?.TopicCompanyFor(index, ms, at, candidates) is { } topicCompany)
                    {
                        m.Name = topicCompany;
                        continue;
                    }

                    var recentHirer = backers.Count > 0 && _lastRecruiterSentence >= index - 2 && _lastRecruiterSentence < index ? _lastRecruiter : null;
                    var antecedent = candidates.Count > 0 ? candidates[^1].Name
                        : formers.Count > 0 && left.Count == 0 ? (formers.Contains(_lastRecruiter ?? "") ? null : _lastRecruiter)
                        : recentHirer ?? (left.Count == 0 ? _state.RecentLab(index, m.First, ms) : _state.RecentLab(index, 0, []));
                    m.Name = antecedent is not null && backers.Contains(antecedent) ? null : antecedent;
                }
            }
        }
    }

    /// <summary>Whether the lab at <paramref name="lab"/> follows "former" right away or through "of"/"from" ("ex-Meta",
    /// "ancienne de Criteo", "former Google engineer" reads the lab as the first).</summary>
    private static bool FormerOf(List<Mention> ms, int lab) =>
        (ms[lab - 1] is { Kind: MentionKind.Cue, IsRole: false } former && former.Has(Cue.Former) && former.End == ms[lab].First)
        || (lab > 1 && ms[lab - 1] is { Kind: MentionKind.Cue } of && (of.Has(Cue.Genitive) || of.Has(Cue.FromPrep)) && of.End == ms[lab].First
            && ms[lab - 2] is { Kind: MentionKind.Cue, IsRole: false } before && before.Has(Cue.Former) && before.End == of.First);

    private sealed record RoleBinding(List<string> People, string? Lab, string Role, bool Founder, bool Former, double Confidence)
    {
        /// <summary>Gets a value indicating whether the lab was inferred for a bare title (<see cref="ArticleEvent.BareTitle"/>).</summary>
        public bool Inferred { get; init; }

        /// <summary>Gets a value indicating whether the lab was taken by nearness (<see cref="ArticleEvent.LabByNearness"/>).</summary>
        public bool ByNearness { get; init; }
    }

    private List<RoleBinding> BindRoles(int index, Sentence sentence, List<Mention> ms)
    {
        var bindings = new List<RoleBinding>();
        for (var k = 0; k < ms.Count; k++)
        {
            var r = ms[k];
            if (!r.IsRole)
            {
                continue;
            }

            var founder = r.Has(Cue.FounderRole);
            var role = founder ? "co-founder" : r.Get(Cue.Role)!.Value!;
            if (OwnedByPerson(r))
            {
                continue; // "his engineers, X and Y, followed him to B": the title was held where he worked (StaffOfOwner)
            }

            if (!founder && AsRole(ms, k) && ms.Take(k).Any(x => x.IsVerb && (x.Has(Cue.Join) || x.Has(Cue.Recruit) || x.Has(Cue.Move))))
            {
                continue; // "hired X as its CTO", "joined Meta as chief AI officer": the verb gives the lab
            }

            // The lab: beside the title ("OpenAI CEO", "OpenAI的总裁", "CEO of OpenAI", "peneliti OpenAI").
            Mention? lab = null;
            var before = k > 0 && ms[k - 1].Kind == MentionKind.Lab && !ms[k - 1].Modifier && Gap(ms[k - 1], r, allowGenitive: true) ? ms[k - 1] : null;
            Mention? after = null;
            for (var a = k + 1; a < ms.Count && ms[a].First - r.End - LatinMoves.BracketedTokens(_tokens, r.End, ms[a].First) <= 8; a++)
            {
                if (ms[a].IsRole && TitleChain(ms, k, a))
                {
                    continue; // "founder and CEO of LinkedIn", "fundador y director de X": the titles share the lab
                }

                if (ms[a].Kind == MentionKind.Person || ms[a].IsVerb || ms[a].IsRole)
                {
                    break;
                }

                if (_lexicon.HeadFinal && ms[a].Kind == MentionKind.Cue && ms[a].Has(Cue.Coord))
                {
                    break; // "이수진 연구원과 카카오에서 옮겨온 최민호": a lab after "and" opens the next person's description
                }

                if (ms[a] is { Kind: MentionKind.Lab, Anaphor: true } && CommaBetween(r.End, ms[a].First))
                {
                    break; // "X, a co-founder, said the company …": the company of another clause names no lab for the title
                }

                if (ms[a].Kind == MentionKind.Lab && !ms[a].Modifier)
                {
                    // "共同創辦人還包括前OpenAI研究員X": a lab right before another title belongs to that title.
                    if (!(a + 1 < ms.Count && ms[a + 1].IsRole && Gap(ms[a], ms[a + 1], allowGenitive: true) && _lexicon.LabBeforeTitle))
                    {
                        after = ms[a];
                    }

                    break;
                }
            }

            lab = _lexicon.LabBeforeTitle ? before ?? after : after ?? before;

            // The people: right after the title (pre-nominal) or before it (apposition, "X, CEO of …", "X est …").
            // A chain of titles ("联创&总裁Greg Brockman") shares the person after the last one.
            var people = new List<Mention>();
            var anchorEnd = lab is not null && lab.First > r.First ? lab.End : r.End;
            var afterIndex = k + 1;
            var unitPerson = _lexicon.Code == "en" ? LatinMoveCues.PersonAfterUnit(_tokens, ms, k) : -1;
            // "X, the founder of A, former B CEO Y": a title set off after a person by a comma ends at the next comma.
            var apposed = AppositivePerson(ms, k) is var ap and >= 0 && TitlesOnlyBetween(ms, ap, k) && CommaBetween(ms[ap].End, r.First)
                && !(lab is not null && lab.First > r.First && LatinMoveCues.TitleOpensApposition(_tokens, ms, k, ms.IndexOf(lab)));
            while (afterIndex < ms.Count && !(apposed && CommaBetween(anchorEnd, ms[afterIndex].First)) && (ms[afterIndex].Kind == MentionKind.Date || ms[afterIndex].IsRole
                || (ms[afterIndex].Kind == MentionKind.Cue && ms[afterIndex].Has(Cue.Including) && (afterIndex == k + 1 || (lab is not null && ms[afterIndex - 1] == lab)))
                || (ms[afterIndex].Kind == MentionKind.Lab && afterIndex + 1 < ms.Count && ms[afterIndex + 1].IsRole && ms[afterIndex + 1].First - ms[afterIndex].End <= 1)
                || (ms[afterIndex].Kind == MentionKind.Cue && ms[afterIndex].Has(Cue.Coord) && afterIndex + 1 < ms.Count && ms[afterIndex + 1].IsRole)
                || (ms[afterIndex].Kind == MentionKind.Cue && ms[afterIndex].Has(Cue.Former))
                || afterIndex < unitPerson
                || (ms[afterIndex].Kind == MentionKind.Cue && ms[afterIndex].Has(Cue.PassiveBy) && afterIndex + 1 < ms.Count && ms[afterIndex + 1].Kind == MentionKind.Person && ms[afterIndex].First - anchorEnd <= 1)
                || (ms[afterIndex].Kind == MentionKind.Cue && ms[afterIndex].Has(Cue.Genitive) && ChainGenitive(ms, k, afterIndex) && _lexicon.LabBeforeTitle)
                || ms[afterIndex].First < anchorEnd))
            {
                anchorEnd = Math.Max(anchorEnd, ms[afterIndex].End);
                afterIndex++;
            }

            Mention? next = afterIndex < ms.Count && ms[afterIndex].Kind == MentionKind.Person && !(apposed && CommaBetween(anchorEnd, ms[afterIndex].First)) && !KoreanTitleClosedByComma(anchorEnd, ms[afterIndex]) && (!ms[afterIndex].Agent || afterIndex - k <= 3) && ms[afterIndex].First - anchorEnd <= 3 && !AsRole(ms, k) ? ms[afterIndex] : null;
            if (next is not null && (next.First - anchorEnd <= 1 || !HasPersonBefore(ms, k)))
            {
                people.Add(next);
                people.AddRange(Coordinated(ms, afterIndex, forward: true));
            }
            else
            {
                var subject = AppositivePerson(ms, k);
                if (subject >= 0)
                {
                    people.Add(ms[subject]);
                    people.AddRange(ms[subject].Agent ? [] : Coordinated(ms, subject, forward: false));
                }
            }

            people.RemoveAll(p => p.Name is null);
            if (people.Count == 0 && StandsForSalient(ms, k) is { } salient)
            {
                // "Der Mitgründer von Character.AI, der …": a definite title with no name is the person the passage is about.
                r.StandsFor = salient;
                bindings.Add(new RoleBinding([salient], lab?.Name ?? _state.RecentLab(index, r.First, ms, preferSentence: true), role, founder, Former(ms, k), 0.6) { ByNearness = lab is null || lab.Anaphor });
                if (lab is not null)
                {
                    lab.TitleLab = true;
                }

                continue;
            }

            if (people.Count == 0)
            {
                continue;
            }

            var confidence = 0.9;
            string? labName;
            string? introducedLab = null;
            if (lab is not null)
            {
                lab.TitleLab = true;
                labName = lab.Name;
            }
            else
            {
                // A bare title ("联创John Schulman", "co-founder Ilya Sutskever") belongs to a lab of the same sentence,
                // else to the lab the article is most about so far.
                // A founder's bare title never takes a lab that another title holds ("联合创始人还包括前百度研究员X": Baidu is
                // where X was a researcher, not what X co-founded).
                introducedLab = IntroducedFounderLab(index, ms, k);
                var sentenceLab = introducedLab ?? (founder ? SentenceLabOfNoTitle(r.First, ms) : ArticleState.SentenceLab(r.First, ms));
                if (sentenceLab is null && !founder && _lexicon.Code.StartsWith("zh", StringComparison.Ordinal)
                    && !_state.Text.AsSpan(0, r.Start).TrimEnd().EndsWith("公司", StringComparison.Ordinal))
                {
                    // "杨植麟创立的月之暗面…。研究员李娜表示": a bare post in a sentence naming no lab does not place a second
                    // person at the lab the passage is about; Chinese states it ("该公司研究员", "公司研究员").
                    continue;
                }

                // "该公司由A与B联合创立。…联合创始人B则来自腾讯": the company the article already has the founder found.
                var foundedEarlier = founder && sentenceLab is null
                    ? _state.Events.LastOrDefault(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab is not null && people.Exists(p => p.Name == e.Person))?.Lab
                    : null;
                labName = sentenceLab ?? foundedEarlier ?? _state.TopicLab ?? _state.RecentLab(index, r.First, ms);
                if (founder && foundedEarlier is null && labName == _state.TopicLab && sentenceLab is null
                    && _state.RecentLab(index, r.First, ms) is { } nearest && nearest != labName)
                {
                    // "Helix Labs raised … Co-founder X said the startup …": another company is the nearest antecedent, so the
                    // article's main lab is not the one X co-founded, and the sentence names none to found.
                    continue;
                }

                confidence = 0.7;
                if (labName is not null && IsDestination(ms, labName))
                {
                    // "研究科学者・Jason WeiがMetaに移籍": the lab the sentence moves the person to is not where the title was held.
                    labName = _state.TopicLab != labName ? _state.TopicLab : null;
                    confidence = 0.6;
                }
            }

            if (labName is null || (founder && lab is null && ms.Exists(x => x.Kind == MentionKind.Lab && x.Name == labName && TitleLab(ms, x))))
            {
                continue;
            }

            var former = Former(ms, k);
            bindings.Add(new RoleBinding(people.ConvertAll(p => p.Name!).Distinct(StringComparer.Ordinal).ToList(), labName, role, founder, former, confidence * NameFactor(people)) { Inferred = labName == introducedLab, ByNearness = lab is null || lab.Anaphor });
        }

        return bindings;
    }

    /// <summary>The lab of the sentence (<see cref="ArticleState.SentenceLab"/>) among the labs no title holds.</summary>
    /// <remarks>A lab the sentence gives as where the person was before ("联合创始人林晓则来自腾讯，此前在腾讯云…",
    /// "联合创始人X曾在百度工作") is a past stint, not what was founded.</remarks>
    private string? SentenceLabOfNoTitle(int tokenPosition, List<Mention> ms)
    {
        var past = ms.Where((m, i) => m.Kind == MentionKind.Lab && PastStintLab(ms, i)).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return ArticleState.SentenceLab(tokenPosition, ms.Where(m => !(m.Kind == MentionKind.Lab && (TitleLab(ms, m) || past.Contains(m.Name)))).ToList());
    }

    /// <summary>Whether the lab at <paramref name="i"/> follows "来自" or a word of a past stint ("此前在", "曾在").</summary>
    private bool PastStintLab(List<Mention> ms, int i) =>
        AfterComesFrom(ms[i])
        || (i > 0 && ms[i - 1] is { Kind: MentionKind.Cue } cue && ms[i].First - cue.End <= 1
            && (cue.Has(Cue.Previously) || (cue.IsVerb && cue.Has(Cue.Work) && cue.Cues!.Exists(c => c.Past))));

    /// <summary>The lab a passive founding names: the subject before "by", else a lab or "the company" after the agents
    /// ("Fondée … par A et B, l'entreprise …"), else the lab the passage is about.</summary>
    private string? PassiveFoundedLab(int index, List<Mention> ms, int k)
    {
        var by = ms.FindIndex(x => x.Kind == MentionKind.Cue && x.Has(Cue.PassiveBy));
        var limit = by >= 0 ? by : k;
        var before = ms.Take(limit).LastOrDefault(x => x.Kind == MentionKind.Lab && !x.Modifier && !x.TitleLab && x.Name is not null && _tokens[x.End].Key != "-");
        if (before is not null)
        {
            return before.Name;
        }

        var lastAgent = ms.FindLastIndex(x => x.Agent);
        var after = ms.Skip(Math.Max(lastAgent, k) + 1).FirstOrDefault(x => x.Kind == MentionKind.Lab && !x.Modifier && x.Name is not null && !TitleLab(ms, x));
        if (lastAgent >= 0 && RelativeClauseAfter(ms[lastAgent]))
        {
            after = null; // "fundada por X, que dejó la empresa para dirigir … en B": B is the founder's next post
        }

        return after?.Name ?? _state.RecentLab(index, 0, []);
    }

    /// <summary>The salient person when a title opens the sentence after one of the language's definite articles and
    /// names nobody (the English indefinite "A" is the Portuguese definite "a": each language keeps its own).</summary>
    private string? StandsForSalient(List<Mention> ms, int k)
    {
        if (_state.SalientPerson is null || ms.Take(k).Any(x => x.Kind == MentionKind.Person || x.IsVerb) || ms.Skip(k + 1).Take(3).Any(x => x.Kind == MentionKind.Person && x.First - ms[k].End <= 3))
        {
            return null;
        }

        var before = ms[k].First - 1;
        var sentenceStart = _state.Sentences[_state.CurrentSentence].FirstToken;
        before = LatinMoveCues.ArticleBeforeAdjective(_tokens, before, sentenceStart);
        return before >= sentenceStart && before - sentenceStart <= 2 && _lexicon.DefiniteArticles.Contains(_tokens[before].Key)
            ? _state.SalientPerson
            : null;
    }

    /// <summary>Whether the title at <paramref name="a"/> is joined to the title at <paramref name="k"/> by a bare "and"
    /// ("founder and CEO", "fondateur et PDG"), so both name the same post's lab.</summary>
    private static bool TitleChain(List<Mention> ms, int k, int a)
    {
        if (a != k + 2 || ms[k + 1] is not { Kind: MentionKind.Cue } coord || !coord.Has(Cue.Coord))
        {
            return false;
        }

        return coord.First - ms[k].End <= 0 && ms[a].First - coord.End <= 0;
    }

    /// <summary>Whether only titles, "former" and "and" between titles stand between mentions <paramref name="from"/> and
    /// <paramref name="to"/> ("X, co-founder and CEO of A"): the title at <paramref name="to"/> still describes X.</summary>
    private static bool TitlesOnlyBetween(List<Mention> ms, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
        {
            var m = ms[j];
            if (!(m.IsRole || (m.Kind == MentionKind.Cue && m.Has(Cue.Former)) || (m.Kind == MentionKind.Cue && m.Has(Cue.Coord) && j > from + 1 && ms[j - 1].IsRole)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a lab is the lab of the title right after it ("former OpenAI researchers X"), not an agent.</summary>
    private static bool TitleLab(List<Mention> ms, Mention lab) =>
        ms.IndexOf(lab) is var i and >= 0 && i + 1 < ms.Count && ms[i + 1].IsRole && ms[i + 1].First - lab.End <= 1;

    /// <summary>"founded by former OpenAI researchers X and Y", "von den ehemaligen OpenAI-Mitarbeitern A und B gegründet":
    /// between the passive "by" and the agents stand only the words that describe them (former, titles with their labs, and).</summary>
    private static bool DescribedAgents(List<Mention> ms, int by, int agent) =>
        agent - by <= 6 && ms[agent].First - ms[by].End <= 10 && ms.Skip(by + 1).Take(agent - by - 1).Any(x => x.IsRole)
        && ms.Skip(by + 1).Take(agent - by - 1).All(x => x.IsRole || x.Kind == MentionKind.Lab || (x.Kind == MentionKind.Cue && (x.Has(Cue.Former) || x.Has(Cue.Coord))));

    private bool CommaBetween(int from, int to)
    {
        for (var t = from; t < to && t < _tokens.Count; t++)
        {
            if (_tokens[t].Key == ",")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPersonBefore(List<Mention> ms, int k) => ms.Take(k).Any(x => x.Kind == MentionKind.Person);

    private bool Former(List<Mention> ms, int k)
    {
        // Spanish glues "ex" to the title ("exdirector de OpenAI"): the title marks itself as past.
        if (ms[k].Has(Cue.Former))
        {
            return true;
        }

        for (var b = k - 1; b >= 0 && k - b <= 3; b--)
        {
            if (ms[b].Kind == MentionKind.Cue && (ms[b].Has(Cue.Former) || ms[b].Has(Cue.Previously)))
            {
                return ms[k].First - ms[b].End <= 3 || ChineseFormerTitle(ms, b, k);
            }

            if (ms[b].Kind == MentionKind.Person || ms[b].IsVerb)
            {
                break;
            }
        }

        // "ex-OpenAI researcher" and "前OpenAI研究员": the marker sits before the title's lab.
        return false;
    }

    /// <summary>The person a title after it describes: "X, co-founder of …", "X est …", "X是…的…". -1 when none. Between
    /// them only punctuation, copulas, other titles and their labs, and a few words may stand (more with a comma or a
    /// copula), so "X … pour les meilleurs chercheurs" does not make X a researcher.</summary>
    private int AppositivePerson(List<Mention> ms, int k)
    {
        var copula = false;
        for (var b = k - 1; b >= 0; b--)
        {
            var m = ms[b];
            if (m.Kind == MentionKind.Cue && m.Has(Cue.Copula))
            {
                copula = true;
            }

            if (m.Kind == MentionKind.Person && m.Agent)
            {
                return FounderAppositionOfAgent(m, ms[k]) ? b : -1;
            }

            if (m.Kind == MentionKind.Person && m.Name is null && !m.Ambiguous)
            {
                continue;
            }

            if (m.Kind == MentionKind.Person)
            {
                return LooseGap(ms, m, ms[k], copula, asRole: AsRole(ms, k)) ? b : -1;
            }

            if (m.IsVerb && !m.Has(Cue.Work) && !copula)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A title introduced by one of the language's title introducers ("named X as chief scientist", "joined … as
    /// CTO", "rejoint B en tant que directrice", "qui devient vice-présidente").</summary>
    private bool AsRole(List<Mention> ms, int k)
    {
        var before = ms[k].First - 1;
        while (before >= 0 && _tokens[before].Key is "a" or "an" or "its" or "their" or "his" or "her" or "the" or "un" or "une" or "le" or "la" or "el" or "der" or "die" or "o" or "son" or "sa" or "su" or "seine" or "ihre")
        {
            before--;
        }

        return before >= 0 && _lexicon.TitleIntroducers.Exists(phrase => EndsAt(phrase, before));
    }

    /// <summary>Whether the words of <paramref name="phrase"/> end at token <paramref name="last"/>.</summary>
    private bool EndsAt(string[] phrase, int last)
    {
        var first = last - phrase.Length + 1;
        if (first < 0)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (_tokens[first + i].Key != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool LooseGap(List<Mention> ms, Mention person, Mention role, bool copula, bool asRole = false)
    {
        int words = 0, cjk = 0;
        var comma = copula;
        for (var t = person.End; t < role.First; t++)
        {
            var inside = ms.Find(x => x.First <= t && t < x.End);
            if (inside is not null && (inside.Kind == MentionKind.Lab || inside.Kind == MentionKind.Date || inside.IsRole || inside.IsVerb
                || (inside.Kind == MentionKind.Cue && (inside.Has(Cue.Former) || inside.Has(Cue.Copula) || inside.Has(Cue.Coord) || inside.Has(Cue.Genitive) || inside.Has(Cue.Previously)))))
            {
                continue;
            }

            var token = _tokens[t];
            if (token.Kind == TokenKind.Punct)
            {
                comma |= token.Key is "," or "，" or "-" or "(" or ":";
            }
            else if (token.Kind == TokenKind.Cjk)
            {
                cjk++;
            }
            else
            {
                words++;
            }
        }

        return asRole ? words <= 8 : comma ? words <= 3 && cjk <= 10 : words <= 1 && cjk <= 2;
    }

    private bool Gap(Mention left, Mention right, bool allowGenitive)
    {
        var gap = right.First - left.End;
        if (gap == 0)
        {
            return true;
        }

        if (!allowGenitive)
        {
            return false;
        }

        if (right.First - left.End > 4)
        {
            return false;
        }

        for (var t = left.End; t < right.First; t++)
        {
            var key = _tokens[t].Key;
            if (key is not ("'" or "s" or "的" or "の" or "의" or "-" or "ai" or "元" or "前" or "전"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Crosses(List<Mention> ms, int from, int to) => ms.Skip(from + 1).Take(to - from - 1).Any(x => x.IsVerb);

    /// <summary>People joined to the one at <paramref name="index"/> by "and", "和", "dan" (with titles or clauses between);
    /// a verb's subjects also across relative clauses set off by commas (<paramref name="acrossAsides"/>), which a title
    /// after the last name does not describe; the agents of a passive also across the titles that describe each of them
    /// (<paramref name="acrossDescriptions"/>: "由前谷歌工程师X和前微软研究员Y创立").</summary>
    private List<Mention> Coordinated(List<Mention> ms, int index, bool forward, bool acrossAsides = false, bool acrossDescriptions = false)
    {
        var found = new List<Mention>();
        var step = forward ? 1 : -1;
        var current = index;
        for (var j = index + step; j >= 0 && j < ms.Count; j += step)
        {
            var m = ms[j];
            if (!forward && FormerModifier(ms, j, ms[current]))
            {
                continue; // "구글 출신 X 씨와 네이버 출신 Y 씨가": where the next person came from describes that person only
            }

            if (m.IsVerb && !(acrossAsides && InRelativeAside(m.First)))
            {
                break;
            }

            if (m.Kind != MentionKind.Person || (acrossAsides && InRelativeAside(m.First)))
            {
                continue;
            }

            var (lo, hi) = forward ? (ms[current], m) : (m, ms[current]);
            if (SpelledAgainInBrackets(lo, hi))
            {
                current = j;
                continue;
            }

            var between = ms.Where(x => x.First >= lo.End && x.End <= hi.First).ToList();
            // An aside after a name ("X (da OpenAI) e Y (ex-Anthropic)", and in a list "X, ancienne d'Owkin, et Y") is part
            // of that name's mention.
            var aside = forward ? ListedAside(ms, lo.End, hi.First) : MoveCues.BracketedAside(_tokens, lo.End, hi.First);
            var tokensBetween = hi.First - lo.End - aside;
            var coord = between.Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Coord)) || CoordToken(lo.End + (forward ? aside : 0), hi.First);
            if (!coord || tokensBetween > (forward && !(acrossDescriptions && OnlyDescriptionBetween(between)) ? 3 : 20) || between.Any(x => x.Kind == MentionKind.Lab && !x.TitleLab && !forward && !(acrossAsides && InRelativeAside(x.First)) && !FormerModifier(ms, ms.IndexOf(x), hi)))
            {
                break;
            }

            found.Add(m);
            current = j;
        }

        return found;
    }

    /// <summary>Whether only "and", "former", titles and the labs of those titles stand between two people
    /// ("王磊和前微软研究员林芳"): the second person is still coordinated with the first.</summary>
    private static bool OnlyDescriptionBetween(List<Mention> between) =>
        between.TrueForAll(x => x.IsRole || (x.Kind == MentionKind.Cue && (x.Has(Cue.Coord) || x.Has(Cue.Former))) || (x.Kind == MentionKind.Lab && TitleLab(between, x)));

    /// <summary>
    /// Whether mention <paramref name="j"/> is part of "<lab> 출신" / "<lab>出身" right before <paramref name="person"/>: the
    /// lab with the particle of origin after it, or that particle itself, in a verb-final language.
    /// </summary>
    private bool FormerModifier(List<Mention> ms, int j, Mention person)
    {
        if (!_lexicon.HeadFinal)
        {
            return false;
        }

        var lab = ms[j].Kind == MentionKind.Lab ? ms[j] : j > 0 && ms[j - 1].Kind == MentionKind.Lab ? ms[j - 1] : null;
        if (lab is null || (lab != ms[j] && ms[j].Kind != MentionKind.Cue) || lab.CharEnd > person.Start)
        {
            return false;
        }

        return _lexicon.IsParticle(CaseMark.Former, _state.Text[lab.CharEnd..person.Start]);
    }

    private bool CoordToken(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Key is "," or "，" or "、" && to - from <= 2)
            {
                return true;
            }
        }

        return false;
    }

    private bool Negated(List<Mention> ms, int k)
    {
        var verb = ms[k];
        if (ms.Take(k).Any(m => m.Kind == MentionKind.Cue && m.Get(Cue.Negation) is { } n && _lexicon.Denials.Contains(n.Phrase)))
        {
            return true;
        }

        for (var b = k - 1; b >= 0; b--)
        {
            if (ms[b].Kind == MentionKind.Cue && ms[b].Has(Cue.Negation))
            {
                return verb.First - ms[b].End <= 2;
            }

            if (verb.First - ms[b].End > 3)
            {
                break;
            }
        }

        if (_lexicon.HeadFinal)
        {
            for (var a = k + 1; a < ms.Count && ms[a].First - verb.End <= 3; a++)
            {
                if (ms[a].Kind == MentionKind.Cue && ms[a].Has(Cue.Negation))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Verb(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        var v = ms[k];
        var cue = v.Cues!.First(c => c.Cue is Cue.Leave or Cue.LeaveNoun or Cue.Join or Cue.Move or Cue.Found or Cue.Work);
        var passive = IsPassive(ms, k, cue);
        if (!passive && FoundingParticipleDescribesLab(ms, k, cue))
        {
            return;
        }

        var (subjects, subjectConfidence) = Subjects(ms, k, cue.Cue, passive);
        var including = cue.Cue == Cue.Join ? ms.FindIndex(k + 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.Including)) : -1;
        if (including >= 0 && including - k <= 2 && !ms.Skip(k + 1).Take(including - k).Any(x => x.Kind == MentionKind.Lab))
        {
            // "Sejumlah peneliti ikut bergabung, termasuk A, … serta B": the listed people joined the lab in question.
            var listed = ms.Skip(including + 1).Where(x => x.Kind == MentionKind.Person && !x.Pronoun && x.Name is not null && !x.Comitative).ToList();
            var topic = _state.LastArrivalLab ?? _state.TopicLab ?? _state.RecentLab(index, ms[k].First, ms);
            if (listed.Count > 0 && topic is not null)
            {
                foreach (var person in listed)
                {
                    person.Object = true;
                    events.Add(new ArticleEvent(EventKind.Join, person.Name!, topic, DateFor(index, ms, k), 0.6, index, sentence.Start, sentence.End));
                }

                return;
            }
        }

        if (including > k + 1 && JoinedLabOfListedPeople(ms, k, including) is { } joined)
        {
            // "最近加入字节跳动的关键人才还包括A前副总裁X、B原核心成员Y": the verb describes a noun whose members are listed.
            foreach (var person in ms.Skip(including + 1).Where(x => x is { Kind: MentionKind.Person, Pronoun: false, Name: not null }))
            {
                person.Object = true;
                var origin = events.LastOrDefault(e => e.Person == person.Name && e.Kind is EventKind.Role or EventKind.Work or EventKind.FoundTitle && e.Lab is not null && e.Lab != joined)?.Lab;
                events.Add(new ArticleEvent(EventKind.Join, person.Name!, joined, DateFor(index, ms, k), 0.7, index, sentence.Start, sentence.End) { From = origin });
            }

            return;
        }

        if (cue.Cue is Cue.Join or Cue.Move or Cue.Leave && GroupSubject(ms, k) is var group && group >= 0)
        {
            NoteGroupMove(index, sentence, ms, k, cue.Cue, group);
            return;
        }

        if (subjects.Count == 0)
        {
            return;
        }

        var (objectLab, labOfPerson) = cue.Cue == Cue.Found && passive ? (PassiveFoundedLab(index, ms, k), null) : FindObject(index, ms, k, cue.Cue);
        if (cue.Cue == Cue.Found && !passive && !_lexicon.HeadFinal && !_lexicon.Code.StartsWith("zh", StringComparison.Ordinal)
            && ms.Skip(k + 1).TakeWhile(x => !x.IsVerb).FirstOrDefault(x => x.Kind == MentionKind.Lab && x.Name == objectLab) is null
            && ms.Skip(k + 1).Take(4).Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun)))
        {
            return; // "pour fonder sa propre start-up": a company not named yet
        }
        if (cue.Cue == Cue.Found && !passive && FoundsACompanyOnlyDescribed(ms, k, objectLab))
        {
            return;
        }

        if (cue.Cue == Cue.Found && !passive && FoundedLabInAnotherPhrase(ms, k, objectLab))
        {
            return;
        }

        if (EmployerFarFromPreposition(ms, k, cue, objectLab))
        {
            return;
        }

        if (cue.Cue == Cue.Found && !_lexicon.HeadFinal && MoveCues.FoundsTheLabLeft(ms, k, objectLab))
        {
            return; // "离开百度后,创办了一家公司", "left A to found a company": the company founded is not the lab left
        }

        if (objectLab is null && cue.Cue == Cue.Work && ms.Take(k).Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Leave)))
        {
            objectLab = ArticleState.SentenceLab(ms[k].First, ms);
        }
        objectLab ??= labOfPerson is null && _lexicon.Code.StartsWith("zh", StringComparison.Ordinal) ? ChineseTopicHirer(index, ms, k, cue.Cue) : null;
        objectLab ??= labOfPerson is null && cue.Cue is Cue.Join or Cue.Move ? LabOfThingPossessive(ms, k) : null;
        if (objectLab is null && labOfPerson is null && cue.Cue is not (Cue.Leave or Cue.LeaveNoun))
        {
            return;
        }

        string? from = null;
        string? to = null;
        if (cue.Cue is Cue.Leave or Cue.LeaveNoun && !_lexicon.HeadFinal)
        {
            if (objectLab is not null && DestinationRightAfter(ms, k) is { } destination)
            {
                // "A's X is leaving for B", "X part pour B": the lab after "for" is where the person goes; the lab
                // left is the one the sentence already ties the person to (a title, "A's X").
                to = destination;
                objectLab = subjects.Count == 1 ? CurrentLabInSentence(events, subjects[0], destination) : null;
            }
            else if (PrepLab(ms, k, Cue.ToPrep, objectLab) is { } toLab && !LatinMoveCues.AnotherClauseBefore(_tokens, ms, k, toLab))
            {
                to = toLab;
            }
        }
        else if (cue.Cue is Cue.Join or Cue.Move)
        {
            from = PrepLab(ms, k, Cue.FromPrep, objectLab);
            if (cue.Cue == Cue.Move && PrepLab(ms, k, Cue.ToPrep, null) is { } toLab && toLab != objectLab)
            {
                from ??= objectLab;
                objectLab = toLab;
            }
        }

        var date = DateFor(index, ms, k);
        var kind = cue.Cue switch
        {
            Cue.Leave or Cue.LeaveNoun => EventKind.Leave,
            Cue.Join => EventKind.Join,
            Cue.Move => EventKind.Move,
            Cue.Found => EventKind.FoundEvent,
            _ => EventKind.Work,
        };
        var former = cue.Past || (kind == EventKind.Work && PreviouslyMarked(ms, k));
        // A present post told with its subject dropped ("Hoje trabalha na Unbabel como diretora de produto") has no name
        // for the title to bind to: the "as" title is the post, as after a joining verb.
        var subjectless = kind == EventKind.Work && !ms.Exists(x => x.Kind == MentionKind.Person);
        var asTitle = (kind is EventKind.Join or EventKind.Move || subjectless) && objectLab is not null
            ? ms.Skip(k + 1).FirstOrDefault(x => x.IsRole && !x.Has(Cue.FounderRole) && x.First - ms[k].End <= 8 && AsRole(ms, ms.IndexOf(x)))
            : null;
        var employer = kind == EventKind.Work && objectLab is not null && !_lexicon.HeadFinal ? ms.FindIndex(k + 1, x => x.Kind == MentionKind.Lab && x.Name == objectLab) : -1;
        var alsoEmployers = employer >= 0 ? LabsListedAfter(ms, employer) : [];
        foreach (var subject in subjects)
        {
            var confidence = subjectConfidence * (labOfPerson is not null ? 0.8 : 1.0) * (objectLab is null && kind == EventKind.Leave ? 0.8 : 1.0);
            // "hired X (from A) and Y (ex-B)": each person's own aside names the lab they come from.
            var own = kind is EventKind.Join or EventKind.Move ? MoveCues.AsideLab(ms, _tokens, subject) : null;
            events.Add(new ArticleEvent(kind, subject, objectLab, date, confidence, index, sentence.Start, sentence.End)
            {
                From = own is not null && own != objectLab ? own : from == objectLab ? null : from,
                Former = former,
                LabOfPerson = labOfPerson,
            });
            if (asTitle is not null)
            {
                events.Add(new ArticleEvent(EventKind.Role, subject, objectLab, null, confidence, index, sentence.Start, sentence.End) { Role = asTitle.Get(Cue.Role)!.Value });
            }

            if (to is not null && kind == EventKind.Leave && to != objectLab)
            {
                events.Add(new ArticleEvent(EventKind.Join, subject, to, date, confidence, index, sentence.Start, sentence.End) { From = objectLab });
            }

            foreach (var lab in alsoEmployers)
            {
                events.Add(new ArticleEvent(EventKind.Work, subject, lab, date, confidence, index, sentence.Start, sentence.End) { Former = former });
            }
        }
    }

    /// <summary>The title a verb's subject is when no person stands between them ("seven OpenAI researchers moved to
    /// Meta", "OpenAIの研究者3人がMetaに移籍"): a group, not the person the passage is about. -1 when a person is the subject.</summary>
    private int GroupSubject(List<Mention> ms, int k)
    {
        for (var b = k - 1; b >= 0; b--)
        {
            var m = ms[b];
            if (m.Kind == MentionKind.Person && (m.Name is not null || m.Pronoun || m.Ambiguous))
            {
                return -1;
            }

            if (m.IsVerb && !(b == k - 1 && ms[k].First - m.End <= 2))
            {
                return -1; // another clause; "sont partis rejoindre" is one verb phrase
            }

            if (m.IsRole && (!m.Has(Cue.FounderRole) || LatinMoveCues.PluralTitle(_lexicon.Code, _tokens, m)) && m.StandsFor is null)
            {
                return AppositivePerson(ms, b) >= 0 ? -1 : b;
            }
        }

        return -1;
    }

    /// <summary>Remembers a group's move (and, before a colon, the list that names its members).</summary>
    private void NoteGroupMove(int index, Sentence sentence, List<Mention> ms, int k, Cue cue, int role)
    {
        var (objectLab, _) = FindObject(index, ms, k, cue);
        string? to, from;
        if (cue == Cue.Leave)
        {
            to = _lexicon.HeadFinal ? null : DestinationRightAfter(ms, k) ?? PrepLab(ms, k, Cue.ToPrep, objectLab);
            from = to == objectLab ? RoleLab(ms, role) : objectLab;
        }
        else
        {
            to = cue == Cue.Move && !_lexicon.HeadFinal ? PrepLab(ms, k, Cue.ToPrep, null) ?? objectLab : objectLab;
            from = PrepLab(ms, k, Cue.FromPrep, to) ?? RoleLab(ms, role);
        }

        if (to is null || to == from)
        {
            return;
        }

        // "Mistral recrute trois chercheurs de Google. Parmi ceux qui sont partis pour Mistral figuraient :": the same
        // group's move told again keeps the origin stated first.
        from ??= _state.Group is { } earlier && earlier.To == to ? earlier.From : null;
        var date = DateFor(index, ms, k);
        _state.Group = new GroupMove(to, from, date, index);
        if (sentence.EndsWithColon)
        {
            _state.PendingList = (to, date, index, from);
        }
    }

    /// <summary>The lab a title names beside it ("OpenAI researchers", "investigadores de OpenAI", "karyawan OpenAI").</summary>
    private string? RoleLab(List<Mention> ms, int r)
    {
        if (r > 0 && ms[r - 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } before } && Gap(ms[r - 1], ms[r], allowGenitive: true))
        {
            return before;
        }

        // "グーグルのトップ研究者が", "구글의 연구원들이": in verb-final languages the title's lab comes before it, in the
        // genitive; a lab after the title is the verb's ("…がアップルに移籍").
        if (_lexicon.HeadFinal)
        {
            return r > 1 && ms[r - 1] is { Kind: MentionKind.Cue, IsRole: false } genitive && genitive.Has(Cue.Genitive)
                && ms[r - 2] is { Kind: MentionKind.Lab, Modifier: false, Name: { } owner } && ms[r].First - ms[r - 2].End <= 5 ? owner : null;
        }

        for (var a = r + 1; a < ms.Count && ms[a].First - ms[r].End <= 4; a++)
        {
            if (ms[a] is { Kind: MentionKind.Lab, Modifier: false, Name: { } after })
            {
                return after;
            }

            if (!(ms[a].Kind == MentionKind.Cue && ms[a].Has(Cue.Genitive)))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The origin of a group hired with no names: the lab its title names ("tres investigadores de OpenAI").</summary>
    private string? GroupOrigin(List<Mention> ms, int k, string to)
    {
        var role = ms.FindIndex(k + 1, x => x.IsRole || x.Kind == MentionKind.Person || x.IsVerb);
        return role >= 0 && ms[role].IsRole && ms[role].First - ms[k].End <= 4 && RoleLab(ms, role) is { } lab && lab != to ? lab : null;
    }

    /// <summary>People listed together after a group's move ("Se trata de A, B y C, responsables de la oficina de OpenAI")
    /// made that move when the sentence ties them to its origin or says nothing else about them.</summary>
    private void ListedMovers(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        // A list told well after the group's move is about something else ("Segundo o consultor X, da Y, …" closing an
        // article whose headline hired "a Totvs director"): reading it as the group gave its names that move.
        if (_state.Group is not { } group || group.Sentence > index || index - group.Sentence > GroupMemberReach)
        {
            return;
        }

        // "Three former Cohere researchers are moving to Databricks: A, B and C": in the sentence of the group's move,
        // only the names after a colon, with no one named before it, are the group.
        var colon = group.Sentence == index ? ColonAfterUnnamedGroup(sentence, ms) : sentence.FirstToken - 1;
        if (colon < 0)
        {
            return;
        }

        var listed = ms.Where(x => x.First > colon).ToList();
        var quiet = !listed.Exists(x => x.IsVerb && !x.Has(Cue.Work))
            && !listed.Exists(x => x.Kind == MentionKind.Lab && !x.Modifier && x.Name is not null && x.Name != group.To && x.Name != group.From);
        for (var i = 0; i < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } || ms[i].First <= colon)
            {
                continue;
            }

            var list = Coordinated(ms, i, forward: true);
            if (list.Count == 0)
            {
                continue;
            }

            list.Insert(0, ms[i]);
            foreach (var name in list.Select(p => p.Name).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var mine = events.FindAll(e => e.Person == name);
                if (mine.Exists(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent or EventKind.Leave) || KnownBefore(name, group))
                {
                    continue;
                }

                var atOrigin = group.From is not null && mine.Exists(e => e.Kind is EventKind.Role or EventKind.Work && e.Lab == group.From);
                if (atOrigin || (quiet && mine.TrueForAll(e => e.Lab is null || e.Lab == group.From)))
                {
                    events.Add(new ArticleEvent(EventKind.Join, name, group.To, group.Date, 0.6, index, sentence.Start, sentence.End) { From = group.From });
                }
            }

            i = ms.IndexOf(list[^1]);
        }
    }

    /// <summary>The colon of a sentence whose group move names no one before it, or -1.</summary>
    private int ColonAfterUnnamedGroup(Sentence sentence, List<Mention> ms)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (_tokens[t].Key == ":")
            {
                return ms.Exists(x => x.First < t && x is { Kind: MentionKind.Person, Pronoun: false }) ? -1 : t;
            }
        }

        return -1;
    }

    /// <summary>A person the article tied to a lab before the group's move, or to its destination, is not one of the group
    /// ("OpenAI CEO Sam Altman said it had hired researchers from Google. Altman and … did not comment").</summary>
    private bool KnownBefore(string person, GroupMove group) =>
        _state.TiedBefore(person, group.Sentence, group.To);

    /// <summary>Whether the lab is where the sentence's joining or moving verb takes someone ("to B", "Bに移籍", "joined B").</summary>
    private static bool IsDestination(List<Mention> ms, string lab)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab } || ms[i].Name != lab)
            {
                continue;
            }

            var before = i > 0 ? ms[i - 1] : null;
            var after = i + 1 < ms.Count ? ms[i + 1] : null;
            if ((before is not null && before.IsVerb && (before.Has(Cue.Join) || before.Has(Cue.Move)))
                || (after is not null && after.Kind == MentionKind.Cue && after.Has(Cue.ToPrep) && ms.Skip(i + 1).Take(3).Any(x => x.IsVerb && (x.Has(Cue.Join) || x.Has(Cue.Move))))
                || (before is not null && before.Kind == MentionKind.Cue && before.Has(Cue.ToPrep) && ms.Take(i).Reverse().Take(3).Any(x => x.IsVerb && (x.Has(Cue.Join) || x.Has(Cue.Move) || x.Has(Cue.Leave)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lab right after a leaving verb when only a destination preposition stands between them ("leaving for B"),
    /// or a description of it ending in a company noun ("left for rival AI company B").</summary>
    private string? DestinationRightAfter(List<Mention> ms, int k)
    {
        if (k + 2 < ms.Count && ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.ToPrep) && ms[k + 1].First - ms[k].End <= 1
            && ms[k + 2] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && ms[k + 2].First - ms[k + 1].End <= 2)
        {
            return lab;
        }

        return k + 1 < ms.Count && ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.ToPrep) && ms[k + 1].First - ms[k].End <= 1
            ? LatinMoveCues.DescribedLabAfter(_tokens, ms, k + 1)
            : null;
    }

    /// <summary>The lab the sentence's events so far place the person at (a title, "A's X"), other than <paramref name="except"/>.</summary>
    private static string? CurrentLabInSentence(List<ArticleEvent> events, string person, string except) =>
        events.LastOrDefault(e => e.Person == person && e.Kind is EventKind.Role or EventKind.Work or EventKind.FoundTitle && e.Lab is not null && e.Lab != except && !e.BareTitle)?.Lab;

    /// <summary>"X, formerly of OpenAI", "tous deux anciens de Facebook", "deux anciens de DeepMind, A et B": a past
    /// marker with "of"/"from" and a lab, and no title, places the people it describes at that lab before.</summary>
    private void FormerOf(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var k = 0; k + 1 < ms.Count; k++)
        {
            if (ms[k].Kind != MentionKind.Cue || !ms[k].Has(Cue.Former) || ms[k].IsRole)
            {
                continue;
            }

            var l = k + 1;
            if (ms[l].Kind == MentionKind.Cue && (ms[l].Has(Cue.Genitive) || ms[l].Has(Cue.FromPrep)) && ms[l].First - ms[k].End <= 1)
            {
                l++;
            }
            else if (!(ms[l].Kind == MentionKind.Lab && _tokens[ms[k].End].Key == "-"))
            {
                continue; // "ex-OpenAI" only with its hyphen; a bare "former OpenAI …" is a title's marker
            }

            if (l >= ms.Count || ms[l] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || ms[l].First - ms[l - 1].End > 1
                || (l + 1 < ms.Count && ms[l + 1].IsRole && ms[l + 1].First - ms[l].End <= 1))
            {
                continue;
            }

            var people = new List<Mention>();
            var before = LatinMoveCues.TitleOpensApposition(_tokens, ms, k, l) ? -1 : AppositivePerson(ms, k);
            if (before >= 0)
            {
                people.Add(ms[before]);
                people.AddRange(ms[before].Agent ? [] : Coordinated(ms, before, forward: false));
            }
            else if (l + 1 < ms.Count && ms[l + 1] is { Kind: MentionKind.Person, Pronoun: false } && ms[l + 1].First - ms[l].End <= 2)
            {
                people.Add(ms[l + 1]);
                people.AddRange(Coordinated(ms, l + 1, forward: true));
            }

            foreach (var name in people.Select(p => p.Name).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                events.Add(new ArticleEvent(EventKind.Work, name, lab, null, 0.75, index, sentence.Start, sentence.End) { Former = true });
            }
        }
    }

    /// <summary>"Google's Jeff Dean", "OpenAIのX氏": a lab in the genitive right before a person is where the person works.</summary>
    private void LabPossessives(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var k = 0; k + 1 < ms.Count; k++)
        {
            var lab = ms[k];
            if (lab.Kind != MentionKind.Lab || lab.Modifier || lab.Name is null || lab.End >= _tokens.Count || _tokens[lab.End].Key is not ("'" or "の" or "의" or "的"))
            {
                continue;
            }

            var next = ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.Genitive) && k + 2 < ms.Count ? ms[k + 2] : ms[k + 1];
            if (next is { Kind: MentionKind.Person, Pronoun: false, Name: { } person } && next.First - lab.End <= 2)
            {
                lab.TitleLab = true;
                events.Add(new ArticleEvent(EventKind.Work, person, lab.Name, null, 0.75 * NameFactor([next]), index, sentence.Start, sentence.End));
            }
        }
    }

    /// <summary>
    /// The lab joined in the Chinese relative clause "加入<lab>…的<noun>（还）包括 <people>": the lab right after the verb,
    /// "的" before the list word, and no verb, person or other lab between; null for any other shape.
    /// </summary>
    private string? JoinedLabOfListedPeople(List<Mention> ms, int k, int including)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) || ms[k + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab }
            || ms[k + 1].First - ms[k].End > 1 || ms.Skip(k + 2).Take(including - k - 2).Any(x => x.IsVerb || x.Kind is MentionKind.Person or MentionKind.Lab))
        {
            return null;
        }

        for (var t = ms[k + 1].End; t < ms[including].First; t++)
        {
            if (_tokens[t].Key is "的")
            {
                return ms.Skip(including + 1).Any(x => x.Kind == MentionKind.Person) ? lab : null;
            }
        }

        return null;
    }

    private bool IsPassive(List<Mention> ms, int k, CueEntry cue)
    {
        if (cue.Phrase.EndsWith(" by", StringComparison.Ordinal) || cue.Phrase.EndsWith(" par", StringComparison.Ordinal)
            || cue.Phrase.EndsWith(" por", StringComparison.Ordinal) || cue.Phrase.EndsWith(" oleh", StringComparison.Ordinal)
            || cue.Phrase.EndsWith(" von", StringComparison.Ordinal))
        {
            return cue.Cue is Cue.Found or Cue.Recruit;
        }

        if (k + 1 < ms.Count && ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.PassiveBy) && ms[k + 1].First - ms[k].End <= 1)
        {
            return true;
        }

        // "Fondée en avril 2023 par …", "fundada en 2019 por …", "wurde … von … gegründet": agents near a founding verb.
        // A capitalised word that names nobody ("… das Start-up Z gegründet, das Daten von Industrieanlagen auswertet") is no agent.
        return cue.Cue == Cue.Found && ms.Exists(x => x.Kind == MentionKind.Person && x.Agent && x.Name is not null && Math.Abs(x.First - ms[k].First) <= 14);
    }

    /// <summary>The verb's subjects: the nearest person before it and those coordinated with them, or a pronoun's or a
    /// dropped subject's referent (the person the passage is about).</summary>
    private (List<string> Subjects, double Confidence) Subjects(List<Mention> ms, int k, Cue cue, bool passive)
    {
        var v = ms[k];
        if (cue == Cue.Found && ms.Where(x => x.Kind == MentionKind.Person && x.Agent && x.Name is not null).Select(x => x.Name!).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } agents)
        {
            return (agents.Concat(FoundingAlongside(ms)).Distinct(StringComparer.Ordinal).ToList(), 0.8);
        }

        if (passive && cue == Cue.Found)
        {
            var after = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Person);
            return after >= 0 && ms[after].Name is { } p ? ([p, .. Coordinated(ms, after, forward: true).Select(x => x.Name!).Where(n => n is not null)], 0.85) : ([], 0);
        }

        if (cue == Cue.LeaveNoun)
        {
            var after = ms.FindIndex(k + 1, x => x.Kind is MentionKind.Person or MentionKind.Lab);
            if (after >= 0 && ms[after].Kind == MentionKind.Person && ms[after].First - v.End <= 4 && ms[after].Name is { } p)
            {
                return ([p], 0.8);
            }
        }

        if (ChineseRelativeClauseHead(ms, k) is { Name: { } described } head)
        {
            return ([described], 0.85 * NameFactor([head]));
        }

        for (var b = k - 1; b >= 0; b--)
        {
            var m = ms[b];
            if (m.IsRole && m.StandsFor is { } standsFor)
            {
                return (WithCoActors([standsFor], ms, k, cue), 0.6);
            }

            if (m.Kind == MentionKind.Person && m.Name is null && !m.Pronoun && !m.Ambiguous)
            {
                continue; // a capitalised word that named nobody
            }

            if (m is { Kind: MentionKind.Person, Pronoun: false, Name: { } relativeHead } && (m.Agent || m.Object) && HeadsRelativeClauseOf(m, v))
            {
                return ([relativeHead], 0.8 * NameFactor([m]));
            }

            if (m.Kind == MentionKind.Person && (!m.Object || cue == Cue.Work) && !m.Comitative && !m.Agent)
            {
                if (m.Name is null)
                {
                    return ([], 0);
                }

                var list = new List<string> { m.Name };
                list.AddRange(m.Group ?? []);
                list.AddRange(Coordinated(ms, b, forward: false, acrossAsides: true).Where(x => x.Name is not null).Select(x => x.Name!));
                return (WithCoActors(list.Distinct(StringComparer.Ordinal).ToList(), ms, k, cue), m.Pronoun ? 0.8 : 0.9 * NameFactor([m]));
            }
        }

        // "Nach sieben Jahren bei Google wechselt die Forscherin X zu OpenAI": German names the subject after the verb.
        if (LatinMoveCues.InvertedSubject(_lexicon.Code, ms, _tokens, k) is var inverted and >= 0)
        {
            return ([ms[inverted].Name!, .. Coordinated(ms, inverted, forward: true).Where(x => x.Name is not null).Select(x => x.Name!)], 0.85 * NameFactor([ms[inverted]]));
        }

        // No person before the verb: a lab subject means the sentence is about the lab; otherwise the subject was
        // dropped (Chinese, Japanese, Spanish) or the person is named after a departure noun.
        // A lab after "from" is where the person left ("自微软离职后，X加入百度"), not the subject.
        // So is a lab right after an earlier verb of the same subject ("dejó Rappi y fundó …"), or the object of an
        // earlier departure ("Left Stripe in April, then joined Meta"): that verb's object.
        if (ms.Take(k).Where((x, i) => x.Kind == MentionKind.Lab && !x.TitleLab && !x.Modifier && !x.Anaphor && !AfterFrom(ms, i) && !ObjectOfVerbBefore(ms, i)
            && !ObjectOfEarlierDeparture(ms, i, k, cue)).Any())
        {
            return ([], 0);
        }

        if (cue == Cue.LeaveNoun)
        {
            var after = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Person);
            if (after >= 0 && ms[after].Name is { } p)
            {
                return ([p], 0.7);
            }
        }

        // "Avant de cofonder Mistral AI, Arthur Mensch était …": an opening clause takes the subject named after it.
        var comma = -1;
        for (var t = v.End; t < _state.Sentences[_state.CurrentSentence].EndToken && t - v.End <= 12; t++)
        {
            if (_tokens[t].Key is "," or "，" or "、")
            {
                comma = t;
                break;
            }
        }

        // "Passé par Meta et Microsoft, il avait rejoint …": a pronoun after the clause stands for the person it refers to.
        if (comma >= 0 && ms.FirstOrDefault(x => x.First > comma && x.First - comma <= 2) is { Kind: MentionKind.Person, Name: { } named } opening)
        {
            return ([named], opening.Pronoun ? 0.7 : 0.75);
        }

        return _state.SalientPerson is { } salient && (cue != Cue.Work || CarriedOverPastPost(ms, k) || CarriedOverCurrentPost(ms, k)) && v.First - _state.Sentences[_state.CurrentSentence].FirstToken <= 8
            ? (WithCoActors([salient], ms, k, cue), 0.65)
            : ([], 0);
    }

    /// <summary>Whether lab <paramref name="i"/> is the object of a verb right before it, in a language that puts objects
    /// after verbs ("dejó Rappi", "a quitté Criteo").</summary>
    private bool ObjectOfVerbBefore(List<Mention> ms, int i) =>
        !_lexicon.HeadFinal && !_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && i > 0 && ms[i - 1].IsVerb && ms[i].First - ms[i - 1].End <= 1;

    /// <summary>Whether mention <paramref name="i"/> follows a "from" cue right before it ("自微软", "从百度").</summary>
    private static bool AfterFrom(List<Mention> ms, int i) =>
        i > 0 && ms[i - 1] is { Kind: MentionKind.Cue } from && from.Has(Cue.FromPrep) && ms[i].First - from.End == 0;

    /// <summary>Adds the people who act with the subject ("founded it with X", "se incorporará junto con X") to a
    /// founding, joining or move: the comitative people nearest the verb on either side, within its clause.</summary>
    private static List<string> WithCoActors(List<string> subjects, List<Mention> ms, int k, Cue cue)
    {
        if (cue is not (Cue.Found or Cue.Join or Cue.Move or Cue.Work))
        {
            return subjects;
        }

        var result = new List<string>(subjects);
        for (var c = 0; c < ms.Count; c++)
        {
            if (ms[c].Kind != MentionKind.Person || !ms[c].Comitative || ms[c].Name is null || Math.Abs(ms[c].First - ms[k].First) > 14)
            {
                continue;
            }

            // A co-actor belongs to the nearest verb before it, or, when none precedes it, to the first verb after it.
            var owner = ms.FindLastIndex(c, x => x.IsVerb);
            if (owner < 0)
            {
                owner = ms.FindIndex(c, x => x.IsVerb);
            }

            if (owner == k)
            {
                result.Add(ms[c].Name!);
            }
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The lab a verb acts on: the first free lab after it, else the nearest free one before it (first for
    /// verb-final languages). A person as object ("rejoindre Mira Murati") stands for that person's lab.</summary>
    private (string? Lab, string? LabOfPerson) FindObject(int index, List<Mention> ms, int k, Cue cue)
    {
        var v = ms[k];
        if (_lexicon.HeadFinal)
        {
            // Objects precede verbs: look back only (a title's lab counts when nothing else stands there). A unit named
            // after its lab ("Metaのスーパーインテリジェンス研究所に") can put the lab further back.
            return (LabBefore(ms, k, Window) ?? LabBefore(ms, k, Window, allowTitleLab: true) ?? LabBefore(ms, k, 2 * Window), null);
        }

        // "der zuvor bei Microsoft gearbeitet hatte, ist …": a German verb closing its clause has its object before it.
        if ((LatinMoveCues.EndsGermanClause(_lexicon.Code, _tokens, v, _state.Sentences[_state.CurrentSentence].EndToken) || ClosesGermanClauseBeforeCoordination(ms, k)) && LabBefore(ms, k, 3) is { } closing)
        {
            return (closing, null);
        }

        var invertedSubject = LatinMoveCues.InvertedSubject(_lexicon.Code, ms, _tokens, k);
        for (var a = k + 1; a < ms.Count && ms[a].First - v.End <= Window; a++)
        {
            var m = ms[a];
            if (cue == Cue.Found && LatinMoveCues.DepartureAside(ms, a) is var aside and > 0)
            {
                a = aside; // "gründete nach ihrem Abschied von A das Startup Z": A is the lab left, Z the one founded
                continue;
            }

            if (m.IsVerb && !(cue == Cue.Leave && m.Has(Cue.LeaveNoun)))
            {
                break;
            }

            if (m.IsRole)
            {
                // Skip a title and its lab: "rejoindre l'ancienne CTO d'OpenAI Mira Murati" joins the person, not the lab.
                while (a + 1 < ms.Count && (ms[a + 1].Kind == MentionKind.Lab && ms[a + 1].TitleLab || ms[a + 1].Kind == MentionKind.Cue && !ms[a + 1].IsVerb))
                {
                    a++;
                }

                continue;
            }

            if (m.Kind == MentionKind.Lab && m.PossessedBy is not null && cue is Cue.Join or Cue.Move)
            {
                return (null, m.PossessedBy);
            }

            if (m.Kind == MentionKind.Lab && !m.Modifier && !m.TitleLab && m.Name is not null)
            {
                if (cue == Cue.Join && (JoinsAThingOfTheLab(v.End, m.First) || JoinsTheLabsThing(ms, a)))
                {
                    return (null, null); // "joined the board of Meta", "joined a panel with Meta executives": no post
                }

                if (cue == Cue.Work && _lexicon.Code is "es" or "pt" or "id" && a > k + 1 && ms[a - 1] is { Kind: MentionKind.Cue } with && with.Has(Cue.Comitative) && m.First - with.End <= 1)
                {
                    // "ha trabajado con Microsoft", "bekerja sama dengan Meta": a partner, no post. (English "worked
                    // with A for years" may be a post: left to the English rules.)
                    return (null, null);
                }

                if (cue is Cue.Join or Cue.Move && HeadOfGenitive(ms, a) is { } head)
                {
                    return (head, null);
                }

                return (m.Name, null);
            }

            if (m.Kind == MentionKind.Person && !m.Pronoun && !m.Comitative && m.Name is not null && cue is Cue.Join or Cue.Move && a != invertedSubject)
            {
                return (null, m.Name);
            }
        }

        return (LabBefore(ms, k, Window), null);
    }

    /// <summary>Whether a word between a joining verb and a lab names something joined that is no employer (a board, a
    /// panel, a call): the lab only qualifies it.</summary>
    private bool JoinsAThingOfTheLab(int from, int to) => AnyWordBetween(from, to, _lexicon.JoinedNonEmployers);

    /// <summary>"will join Halyard's board": the lab's genitive, then (at most one word on) the thing joined that is no employer.</summary>
    private bool JoinsTheLabsThing(List<Mention> ms, int lab) =>
        lab + 1 < ms.Count && ms[lab + 1] is { Kind: MentionKind.Cue } genitive && genitive.Has(Cue.Genitive) && genitive.First == ms[lab].End
        && AnyWordBetween(genitive.End, Math.Min(genitive.End + 2, _tokens.Count), _lexicon.JoinedNonEmployers);

    /// <summary>Whether a token from <paramref name="from"/> up to <paramref name="to"/> (excluded) is one of
    /// <paramref name="words"/> (folded keys).</summary>
    private bool AnyWordBetween(int from, int to, HashSet<string> words)
    {
        for (var t = from; t < to; t++)
        {
            if (words.Contains(_tokens[t].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"OpenAI的竞争对手Anthropic", "OpenAI's rival Anthropic": the second lab is the one meant.</summary>
    private string? HeadOfGenitive(List<Mention> ms, int a)
    {
        if (a + 1 >= ms.Count)
        {
            return null;
        }

        var first = ms[a];
        var next = ms.FindIndex(a + 1, x => x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb);
        if (next < 0 || ms[next].Kind != MentionKind.Lab || ms[next].First - first.End > 6 || ms[next].Name is null)
        {
            return null;
        }

        var glue = _tokens[first.End].Key;
        return glue is "的" or "'" or "の" or "의" ? ms[next].Name : null;
    }

    private string? LabBefore(List<Mention> ms, int k, int maxGap, bool allowTitleLab = false)
    {
        for (var b = k - 1; b >= 0; b--)
        {
            var m = ms[b];
            if (m is { Kind: MentionKind.Lab, Anaphor: true, Modifier: false, Name: null, PossessedBy: null } && Backers(ms, b).Count > 0)
            {
                return null; // "the Microsoft-funded startup" with no antecedent: the subject is that startup, not a lab before it
            }

            if (m.Kind == MentionKind.Person && !m.Pronoun && !m.Comitative && m.Name is not null && maxGap > 0)
            {
                return null;
            }

            if (m.IsVerb)
            {
                return null;
            }

            if (m.Kind == MentionKind.Lab && !m.Modifier && (!m.TitleLab || allowTitleLab) && m.Name is not null)
            {
                return maxGap == 0 || ms[k].First - m.End <= maxGap ? m.Name : null;
            }
        }

        return null;
    }

    /// <summary>The labs that only describe the lab noun at <paramref name="at"/> ("the OpenAI-backed startup", "the
    /// Meta-owned company"): modifier labs and their "-backed" suffixes right before it.</summary>
    private static HashSet<string> Backers(List<Mention> ms, int at)
    {
        var backers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = at - 1; i >= 0 && ms[at].First - ms[i].End <= 4; i--)
        {
            if (ms[i] is { Kind: MentionKind.Lab, Modifier: true, Name: { } backer })
            {
                backers.Add(backer);
            }
            else if (!(ms[i].Kind == MentionKind.Cue && ms[i].Has(Cue.ModifierSuffix)))
            {
                break;
            }
        }

        return backers;
    }

    /// <summary>A lab introduced by a preposition of the given kind near the verb ("for Anthropic", "from OpenAI").</summary>
    private static string? PrepLab(List<Mention> ms, int k, Cue prep, string? exclude)
    {
        for (var p = 0; p < ms.Count; p++)
        {
            if (ms[p].Kind != MentionKind.Cue || !ms[p].Has(prep) || Math.Abs(ms[p].First - ms[k].First) > Window)
            {
                continue;
            }

            var lab = p + 1 < ms.Count ? ms[p + 1] : null;
            if (lab is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && lab.First - ms[p].End <= 2 && lab.Name != exclude
                && !ms.Skip(Math.Min(p, k) + 1).Take(Math.Abs(p - k)).Any(x => x.IsVerb && x != ms[k]))
            {
                return lab.Name;
            }
        }

        return null;
    }

    private static bool PreviouslyMarked(List<Mention> ms, int k)
    {
        for (var b = Math.Max(0, k - 3); b < Math.Min(ms.Count, k + 2); b++)
        {
            if (ms[b].Kind == MentionKind.Cue && (ms[b].Has(Cue.Previously) || ms[b].Has(Cue.Former)) && Math.Abs(ms[b].First - ms[k].First) <= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date for a verb: the nearest date in the sentence that is not nearer another verb; else the date of
    /// a heading line ending with a colon just before; else "just now" words, resolved to the publication month.</summary>
    private PartialDate? DateFor(int index, List<Mention> ms, int k)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;

        // "left Google, where he had worked since 2019, to join OpenAI": a date after "since" starts a state, so it is
        // never when someone left, nor when they joined a lab named after it (it was read as the move's date, and so as
        // the start of a post at OpenAI). "joined B, where she has led X since 2021" keeps it.
        var leaving = ms[k].Has(Cue.Leave);
        bool Usable(Mention m) => !(m.First > 0 && _lexicon.SinceWords.Contains(_tokens[m.First - 1].Key) && (leaving || m.First < ms[k].First));
        var dateBeforeVerb = _lexicon.HeadFinal || _lexicon.Code.StartsWith("zh", StringComparison.Ordinal);
        if (dateBeforeVerb)
        {
            // Time comes before the verb in Chinese, Japanese and Korean ("于2024年8月离开", "2017年にテスラに移籍").
            var previousVerb = ms.FindLastIndex(Math.Max(0, k - 1), x => x.IsVerb && !x.Has(Cue.Work));
            for (var d = k - 1; d > previousVerb && d >= 0; d--)
            {
                var m = ms[d];
                var value = m.Kind == MentionKind.Date ? m.Date : m.Kind == MentionKind.Cue && m.Has(Cue.Recency) ? _state.PublishedMonth : null;
                if (value is not null)
                {
                    return value;
                }
            }
        }

        if (!dateBeforeVerb)
        {
            // Time usually follows the verb phrase in these languages ("left Meta, its parent, in 2018"): the first date
            // after the verb and before the next verb is its date.
            for (var d = k + 1; d < ms.Count && !(ms[d].IsVerb && !ms[d].Has(Cue.Work)); d++)
            {
                var m = ms[d];
                var value = m.Kind == MentionKind.Date && Usable(m) ? m.Date : m.Kind == MentionKind.Cue && m.Has(Cue.Recency) ? _state.PublishedMonth : null;
                if (value is not null)
                {
                    return value;
                }
            }
        }

        for (var d = 0; d < ms.Count; d++)
        {
            var m = ms[d];
            var isDate = (m.Kind == MentionKind.Date && Usable(m)) || (m.Kind == MentionKind.Cue && m.Has(Cue.Recency));
            if (!isDate)
            {
                continue;
            }

            var value = m.Kind == MentionKind.Date ? m.Date : _state.PublishedMonth;
            if (value is null)
            {
                continue;
            }

            var distance = Distance(m, ms[k]) + (CommaBetween(m, ms[k]) ? 8 : 0);
            var nearerOther = ms.Where((x, i) => i != k && x.IsVerb && !x.Has(Cue.Work)).Any(x => Distance(m, x) + (CommaBetween(m, x) ? 8 : 0) < distance);
            if (!nearerOther && distance < bestDistance)
            {
                best = value;
                bestDistance = distance;
            }
        }

        return best ?? _state.ContextDate(index);
    }

    private bool CommaBetween(Mention a, Mention b)
    {
        var (from, to) = a.First < b.First ? (a.End, b.First) : (b.End, a.First);
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Key is "," or "，" or ";")
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(Mention a, Mention b) => a.First >= b.End ? a.First - b.End : b.First - a.End;

    private void Recruit(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        if (_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) && ChineseRecruitFrom(index, sentence, ms, k, events))
        {
            return;
        }

        var passive = IsPassive(ms, k, ms[k].Get(Cue.Recruit)!);
        string? lab;
        List<Mention> people;
        if (passive)
        {
            var after = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Lab && !x.Modifier);
            lab = after >= 0 ? ms[after].Name : null;
            people = ms.Take(k).Where(x => x.Kind == MentionKind.Person && x.Name is not null).TakeLast(1).ToList();
        }
        else
        {
            lab = LatinHires.AgentAfterHiredPerson(ms, k) ?? IndonesianRecruiter(ms, k) ?? LabBefore(ms, k, 0) ?? (ms.Take(k).LastOrDefault(x => x.Kind == MentionKind.Lab && x.Anaphor)?.Name) ?? ChineseContinuedHirer(index);
            people = [];
            var first = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Person || x.IsVerb);
            if (first >= 0 && ms[first].Kind == MentionKind.Person && !ms[first].Pronoun && ms[first].Name is not null)
            {
                // "hired A, B and C": the first person after the verb and those listed with them.
                people.Add(ms[first]);
                people.AddRange(Coordinated(ms, first, forward: true).Where(x => x.Name is not null));
                people.ForEach(p => p.Object = true);
            }
        }

        string? perfectFrom = null;
        if (!passive && people.Count == 0 && lab is not null && ColonListedHires(ms, k, lab, sentence) is var (listed, listedFrom))
        {
            (people, perfectFrom) = (listed, listedFrom);
            people.ForEach(p => p.Object = true);
        }
        else if (!passive && people.Count == 0 && LatinMoveCues.GermanPerfectRecruit(_lexicon.Code, _tokens, ms, k, sentence.EndToken) is var (hirer, hired, origin))
        {
            (lab, people, perfectFrom) = (hirer, hired, origin);
            people.ForEach(p => p.Object = true);
        }

        if (lab is null)
        {
            return;
        }

        (_lastRecruiter, _lastRecruiterSentence) = (lab, index);
        var date = DateFor(index, ms, k);
        var from = perfectFrom ?? PrepLab(ms, k, Cue.FromPrep, lab);
        if (people.Count == 0 && !passive && (from ?? GroupOrigin(ms, k, lab)) is var groupFrom && (groupFrom is not null || ms.Skip(k + 1).Take(3).Any(x => x.IsRole)))
        {
            // "Meta ficha a tres investigadores de OpenAI": a group hired, its members named later.
            _state.Group = new GroupMove(lab, groupFrom, date, index);
        }

        var asTitle = ms.Skip(k + 1).FirstOrDefault(x => x.IsRole && !x.Has(Cue.FounderRole) && x.First - ms[k].End <= 16 && AsRole(ms, ms.IndexOf(x)));
        foreach (var person in people)
        {
            var own = MoveCues.AsideLab(ms, _tokens, person.Name!);
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, lab, date, 0.8 * NameFactor([person]), index, sentence.Start, sentence.End) { From = own is not null && own != lab ? own : from });
            if (asTitle is not null)
            {
                // "as chief scientist of its new Meta Superintelligence Labs": a lab named with the title wins.
                var titleLab = ms.Skip(ms.IndexOf(asTitle) + 1).TakeWhile(x => !x.IsVerb && x.Kind != MentionKind.Person).FirstOrDefault(x => x.Kind == MentionKind.Lab && !x.Modifier && x.Name is not null && x.First - asTitle.End <= 5);
                events.Add(new ArticleEvent(EventKind.Role, person.Name!, titleLab?.Name ?? lab, null, 0.8, index, sentence.Start, sentence.End) { Role = asTitle.Get(Cue.Role)!.Value });
            }
        }

        if (people.Count == 0 && (sentence.EndsWithColon || ms.Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Including))))
        {
            _state.PendingList = (lab, date, index, from ?? GroupOrigin(ms, k, lab));
        }
    }

    private void Bring(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        var marker = ms.FindLastIndex(k, x => x.Kind == MentionKind.Cue && x.Has(Cue.BringMarker));
        var labIndex = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Lab && !x.Modifier);
        if (marker < 0 || labIndex < 0 || ms[labIndex].Name is not { } lab)
        {
            return;
        }

        var date = DateFor(index, ms, k);
        for (var p = marker + 1; p < k; p++)
        {
            if (ms[p].Kind == MentionKind.Person && ms[p].Name is { } person)
            {
                ms[p].Object = true;
                events.Add(new ArticleEvent(EventKind.Join, person, lab, date, 0.75 * NameFactor([ms[p]]), index, sentence.Start, sentence.End));
            }
        }
    }

    /// <summary>"X's startup", "la startup de X", "X的初创公司": X founded it.</summary>
    private void Possessives(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var k = 0; k < ms.Count; k++)
        {
            if (ms[k].PossessedBy is { } owner)
            {
                events.Add(new ArticleEvent(EventKind.FoundPossessive, owner, null, null, 0.7, index, sentence.Start, sentence.End) { LabOfPerson = owner });
                continue;
            }

            if (ms[k].Kind != MentionKind.Cue || !ms[k].Has(Cue.StartupNoun))
            {
                continue;
            }

            Mention? person = null;
            if (k + 2 < ms.Count && ms[k + 1].Kind == MentionKind.Cue && ms[k + 1].Has(Cue.Genitive) && ms[k + 2].Kind == MentionKind.Person && ms[k + 2].First - ms[k].End <= 3)
            {
                person = ms[k + 2];
            }
            else if (k + 1 < ms.Count && ms[k + 1].Kind == MentionKind.Person && ms[k + 1].First == ms[k].End && _lexicon.Code == "id")
            {
                person = ms[k + 1];
            }
            else if (k >= 1 && ms[k - 1].Kind == MentionKind.Person && ms[k].First - ms[k - 1].End <= 2 && Gap(ms[k - 1], ms[k], allowGenitive: true) && ms[k].First > ms[k - 1].End)
            {
                person = ms[k - 1];
            }

            if (person?.Name is null || person.Pronoun)
            {
                continue;
            }

            var named = ms.Skip(k + 1).FirstOrDefault(x => x.Kind == MentionKind.Lab && !x.Modifier && x.First - ms[k].End <= 4 && x.First > (person.First > ms[k].First ? person.End - 1 : ms[k].End - 1));
            events.Add(new ArticleEvent(EventKind.FoundPossessive, person.Name, named?.Name, null, 0.7, index, sentence.Start, sentence.End) { LabOfPerson = named is null ? person.Name : null });
        }
    }

    /// <summary>Moves stated within one sentence: "left A … to join B", "A researcher X joined B", "worked at A before moving to B".</summary>
    private static void CombineWithinSentence(List<ArticleEvent> events, List<RoleBinding> roles, bool sequenced, bool founderJoins)
    {
        // "Avant de cofonder X, A était chercheur chez Y": a sequence word makes the title the earlier tenure.
        if (sequenced)
        {
            for (var e = 0; e < events.Count; e++)
            {
                if (events[e].Kind is EventKind.Role or EventKind.Work && events.Exists(a => a.Person == events[e].Person && a.Kind == EventKind.FoundEvent))
                {
                    events[e] = events[e] with { Former = true };
                }
            }
        }

        var added = new List<ArticleEvent>();
        foreach (var arrival in events.Where(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent && e.From is null).ToList())
        {
            var sources = events.Where(e => e.Person == arrival.Person && e != arrival && e.Lab is not null && e.Lab != arrival.Lab
                && (e.Kind == EventKind.Leave || (e.Kind == EventKind.Role && (arrival.Kind != EventKind.FoundEvent || e.Former)) || (e.Kind == EventKind.FoundTitle && !e.BareTitle && (arrival.Kind == EventKind.Move || (arrival.Kind == EventKind.Join && founderJoins))) || (e.Kind == EventKind.Work && (e.Former || arrival.Kind == EventKind.Move))
                    || (e.Kind == EventKind.Join && arrival.Kind == EventKind.Move && e.Start == arrival.Start && e.Date is { } joined && arrival.Date is { } moved && joined.IsBefore(moved)))).ToList();
            // A founding or joining dated before the departure ("co-founded X in 2010 and left Meta in 2018") is no move.
            sources.RemoveAll(e => arrival.Date is { } arrived && e.Date is { } left && arrived.IsBefore(left));
            var source = sources.Find(e => e.Kind == EventKind.Leave) ?? sources.FirstOrDefault();
            if (source is not null)
            {
                added.Add(arrival with { From = source.Lab, MoveDate = source.Kind == EventKind.Leave ? source.Date ?? arrival.Date : arrival.Date, Confidence = Math.Min(arrival.Confidence, source.Confidence) });
                events.Remove(arrival);
            }
        }

        events.AddRange(added);
    }

    private void UpdateSalience(List<Mention> ms, List<ArticleEvent> events)
    {
        // A sentence whose only people are hired ("Meta hired X") is about them: the next "he" is the person hired.
        var first = ms.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Name is not null && !m.Object)
            ?? ms.FirstOrDefault(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null });
        if (first is not null && !IntroducedByRelation(ms, first))
        {
            _state.SalientPerson = first.Name;
        }

        // Labs inside a relative clause are noted first, so the lab a later "la compañía" means is the main clause's:
        // "Veltra AI, fundada por X, que dejó la empresa para unirse a B, ha cerrado una ronda." is about Veltra AI.
        var labs = ms.Where(m => m.Kind == MentionKind.Lab && !m.Modifier && m.Name is not null).ToList();
        // An investment firm backs the story's company and is never what "the company" means later.
        foreach (var m in labs.Where(m => InRelativeAside(m.First)).Concat(labs.Where(m => !InRelativeAside(m.First))).Where(m => !Lexicons.Languages.IsInvestorName(m.Name!)))
        {
            _state.NoteLab(m.Name!);
        }
    }

    private static double NameFactor(IEnumerable<Mention> people) => people.Any(p => p.Unknown) ? 0.9 : 1.0;
}
