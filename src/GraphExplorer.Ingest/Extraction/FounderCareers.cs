using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Where each founder of the company an article founds came from, in every language. A founding story gives each
/// founder a sentence with a bare title and a past: "Inês Carvalho, cofundadora e presidente executiva, trabalhou sete
/// anos na Unbabel antes de criar a empresa", "Dewi, salah satu pendiri sekaligus CTO, sebelumnya bekerja di Gojek",
/// "共同創業者には、Preferred Networksで研究していた山本奈央氏が名を連ね、CTOを務める". The sentence rules bind such a title
/// to the only lab the sentence names, the one the founder left. Read at the level of the article instead: a founder
/// title no lab is attached to means the company the article founds; the lab the founder's past is told at is where the
/// founder came from; a chief's title (CEO, CTO, 대표) not attached to that lab is the founder's post at the new company;
/// and "joined from A" in such a story joined the new company.
/// </summary>
internal static class FounderCareers
{
    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        if (Company(state) is not { } company)
        {
            return;
        }

        ClaimUnboundFounders(state, mentions, company);
        RedirectFoundings(state, mentions, company);
        MoveChiefTitles(state, mentions, company);
        PastInFoundingSentence(state, mentions, company);
        JoinedFrom(state, mentions, company);
    }

    /// <summary>"LINEヤフーで対話AIの開発を率いた小林誠氏が、新会社を立ち上げた", "X, who ran search at Mercari, founded Z": the one
    /// other lab the founding sentence gives the founder a post at was held before the founding, so it is where the founder
    /// came from (the reasoner pairs the past post with the founding).</summary>
    private static void PastInFoundingSentence(ArticleState state, List<List<Mention>> mentions, string company)
    {
        foreach (var founding in state.Events.Where(e => e is { Kind: EventKind.FoundEvent, From: null } && e.Lab == company).ToList())
        {
            if (LeftInAside(mentions[founding.Sentence], founding.Person) is { } left && left != company && !Languages.IsInvestorName(left)
                && !state.Events.Exists(e => e.Person == founding.Person && e.Lab == company && e.From is not null))
            {
                // "Tessellate Labs was founded by Owen Fairbairn, who left Anthropic in February": the founder left A for it.
                state.Events[state.Events.IndexOf(founding)] = founding with { From = left };
                continue;
            }

            var posts = state.Events.FindAll(e => e.Person == founding.Person && e.Sentence == founding.Sentence && e.Kind is EventKind.Work or EventKind.Role
                && e.Lab is { } lab && lab != company && !Languages.IsInvestorName(lab) && !CareerReasoning.SameEmployer(state, lab, company));
            if (posts.Select(p => p.Lab).Distinct(StringComparer.Ordinal).Count() != 1
                || state.Events.Exists(e => e.Person == founding.Person && e.Lab == company && e.From is not null))
            {
                continue;
            }

            foreach (var post in posts.Where(p => !p.Former))
            {
                state.Events[state.Events.IndexOf(post)] = post with { Former = true };
            }
        }
    }

    /// <summary>The company the article founds: the one its founding phrases introduce (<see cref="FoundingStories"/>),
    /// else the one new company (no list knows it) that a founding verb names.</summary>
    private static string? Company(ArticleState state)
    {
        if (state.FoundedCompany is { } introduced)
        {
            return introduced.Lab;
        }

        var founded = state.Events.Where(e => e.Kind == EventKind.FoundEvent && e.Lab is not null).Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return founded.Count == 1 && state.Gazetteer.Resolve(founded[0], NodeKind.Lab) is null && !Languages.IsInvestorName(founded[0]) ? founded[0] : null;
    }

    /// <summary>
    /// "모래알랩스는 카카오브레인에서 연구한 최유진 대표가 지난해 설립했다", "共同創業者には、…山本奈央氏が名を連ね": a founding verb
    /// or a founder title no lab is attached to, in a sentence that names one person and binds no founding to anyone, makes
    /// that person a founder of the company. The person must be the verb's subject or agent, never a name after it
    /// ("founded in 2023, it is backed by X").
    /// </summary>
    private static void ClaimUnboundFounders(ArticleState state, List<List<Mention>> mentions, string company)
    {
        for (var s = 0; s < mentions.Count; s++)
        {
            var ms = mentions[s];
            var people = People(state.Tokens, ms);
            if (people.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() != 1
                || state.Events.Exists(e => e.Sentence == s && e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive))
            {
                continue;
            }

            // A name the rules tied to nothing else is as likely a misread ("2,5 Millionen Euro") as a founder.
            var person = people[0];
            if (!state.Events.Exists(e => e.Person == person.Name) || state.Events.Exists(e => e.Person == person.Name && e.Sentence == s && e.Lab is { } lab && Languages.IsInvestorName(lab)))
            {
                continue;
            }

            var verb = ms.FindIndex(m => m.IsVerb && m.Has(Cue.Found));
            var namesCompany = ms.Exists(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.Name == company);
            if (verb >= 0 && namesCompany && (person.First < ms[verb].First || person.Agent))
            {
                Add(state, new ArticleEvent(EventKind.FoundEvent, person.Name!, company, null, 0.6, s, state.Sentences[s].Start, state.Sentences[s].End));
                continue;
            }

            // "que no forma parte del equipo fundador": a denied founder title makes no founder.
            var title = ms.Find(m => m.IsRole && m.Has(Cue.FounderRole));
            if (title is not null && !ms.Exists(m => m.Kind == MentionKind.Cue && m.Has(Cue.Negation) && m.First < title.First) && Introduces(state.Lexicon, ms, title, person) && !ms.Exists(m => m is { Kind: MentionKind.Lab, Name: { } lab } && lab != company && Attached(state.Tokens, ms, title, m)))
            {
                Add(state, new ArticleEvent(EventKind.FoundTitle, person.Name!, company, null, 0.6, s, state.Sentences[s].Start, state.Sentences[s].End) { Role = "co-founder", BareTitle = true });
            }
        }
    }

    /// <summary>
    /// A founder title or "created the company" the sentence rules gave to another lab: when no lab is attached to the
    /// title and the sentence tells the person's past at that lab (worked there, left it, came from it), the person founded
    /// the article's company, coming from that lab; a bare title whose lab the sentence does not even name is the
    /// company's ("另一位联合创始人林晓雯来自MiniMax"). "Cofundador de Cabify" keeps its lab.
    /// </summary>
    private static void RedirectFoundings(ArticleState state, List<List<Mention>> mentions, string company)
    {
        for (var i = 0; i < state.Events.Count; i++)
        {
            var e = state.Events[i];
            if (e.Kind is not (EventKind.FoundTitle or EventKind.FoundEvent) || e.Lab is not { } lab || lab == company || CareerReasoning.SameEmployer(state, lab, company))
            {
                continue;
            }

            var ms = mentions[e.Sentence];
            var named = ms.Where(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.Name == lab).ToList();
            if (Languages.IsInvestorName(lab) && ms.Exists(m => m.Kind == MentionKind.Lab && m.Name == company))
            {
                // "la compañía que X e Y pusieron en marcha … ronda liderada por Seaya Ventures": the fund led the round.
                state.Events[i] = e with { Lab = company };
                continue;
            }

            if (named.Count == 0)
            {
                if (e.Kind == EventKind.FoundTitle)
                {
                    state.Events[i] = e with { Lab = company };
                }

                continue;
            }

            var titles = ms.Where(m => m.IsRole && m.Has(Cue.FounderRole)).ToList();
            var unattached = titles.Count > 0 && !titles.Exists(t => named.Exists(l => Attached(state.Tokens, ms, t, l)));
            var anaphoric = e.Kind == EventKind.FoundEvent && ms.Exists(m => m is { Kind: MentionKind.Lab, Anaphor: true });
            if ((e.Kind == EventKind.FoundTitle ? unattached : anaphoric && (titles.Count == 0 || unattached)) && PastAt(state, ms, e.Person, lab, e.Sentence))
            {
                // "avait travaillé chez Criteo avant de rejoindre Hugging Face": a lab the founder went on from to another is
                // earlier background, not where the founder came from.
                var earlier = state.Events.Exists(x => x.Person == e.Person && ((x.From == lab && x.Lab != company) || (x.Lab == company && x.From is { } other && other != lab)));
                state.Events[i] = new ArticleEvent(EventKind.FoundEvent, e.Person, company, null, e.Confidence, e.Sentence, e.Start, e.End) { From = earlier ? null : lab };
            }
        }
    }

    /// <summary>
    /// "Reza, yang kini menjabat CEO", "최유진 대표", "公司联合创始人兼CEO周明轩此前在智谱AI": the chief's title of a person the
    /// sentence makes a founder of the company, bound to another lab the sentence names without being attached to it
    /// ("CEO of A", "A CEO", "ex-CEO"), is the founder's post at the company; that other lab is where the founder was.
    /// </summary>
    private static void MoveChiefTitles(ArticleState state, List<List<Mention>> mentions, string company)
    {
        for (var i = 0; i < state.Events.Count; i++)
        {
            var e = state.Events[i];
            if (e is not { Kind: EventKind.Role, Lab: { } lab, Role: { } role } || lab == company || !Languages.FounderPosts.Contains(role)
                || !state.Events.Exists(f => f.Person == e.Person && f.Sentence == e.Sentence && f.Kind is EventKind.FoundEvent or EventKind.FoundTitle && f.Lab == company))
            {
                continue;
            }

            var ms = mentions[e.Sentence];
            var named = ms.Where(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.Name == lab).ToList();
            var titles = ms.Where(m => m.IsRole && m.Get(Cue.Role)?.Value == role).ToList();
            if (named.Count == 0 || titles.Count == 0 || Languages.IsInvestorName(lab)
                || titles.Exists(t => named.Exists(l => Attached(state.Tokens, ms, t, l)) || FormerBefore(ms, t)))
            {
                continue;
            }

            state.Events[i] = e with { Lab = company, Former = false };
            state.Events.Add(new ArticleEvent(EventKind.Work, e.Person, lab, null, e.Confidence, e.Sentence, e.Start, e.End) { Former = true });
        }
    }

    /// <summary>"Tomás Reyes, who joined from Hugging Face", "es Pablo Serrano, que llega desde Cohere": in a founding story a
    /// sentence whose one person arrives ("joined", "llega") from its one lab brings that person to the company the article
    /// founds, whatever lab the sentence rules took for the destination.</summary>
    private static void JoinedFrom(ArticleState state, List<List<Mention>> mentions, string company)
    {
        for (var s = 0; s < mentions.Count; s++)
        {
            var ms = mentions[s];
            // "The startup's first hire is X, who joined from A": the company itself may be named, no other lab.
            var labs = ms.FindAll(m => m is { Kind: MentionKind.Lab, Anaphor: false, Name: not null } && m.Name != company);
            var people = People(state.Tokens, ms);
            if (labs.Count != 1 || labs[0].Name is not { } origin || origin == company || CareerReasoning.SameEmployer(state, origin, company) || people.Count != 1
                || ms.IndexOf(labs[0]) is not (> 0 and var at) || ms[at - 1] is not { Kind: MentionKind.Cue } from || !from.Has(Cue.FromPrep) || from.End != labs[0].First)
            {
                continue;
            }

            var person = people[0].Name!;
            var arrives = from.Has(Cue.Join) || ArrivalPhrase(state, from) || ms.Exists(m => m.IsVerb && m.Has(Cue.Join) && m.First > people[0].First && m.First < from.First);
            if (!arrives || people[0].First > from.First
                || state.Events.Exists(e => e.Person == person && (e.Kind is EventKind.FoundEvent or EventKind.FoundTitle || (e.Sentence == s && e.From is not null))))
            {
                continue;
            }

            var span = state.Sentences[s];
            state.Events.RemoveAll(e => e.Person == person && e.Sentence == s && e.Kind is EventKind.Join or EventKind.Move && e.Lab == origin);
            Add(state, new ArticleEvent(EventKind.Join, person, company, null, 0.7, s, span.Start, span.End) { From = origin });
        }
    }

    /// <summary>Whether the "from" cue is one of the language's phrases that bring one more person in ("llega desde", "kommt von").</summary>
    private static bool ArrivalPhrase(ArticleState state, Mention from) =>
        state.Lexicon.HireArrivals.Exists(p => p.Length == from.End - from.First && p.Select((w, i) => state.Tokens[from.First + i].Key == w).All(x => x));

    /// <summary>The named people of a sentence, a name and its Latin spelling in brackets counted once ("최유진(Choi Yu-jin)",
    /// "田中美咲（Misaki Tanaka）"): the bracketed spelling stands, as the rules name the person by it.</summary>
    private static List<Mention> People(List<Token> tokens, List<Mention> ms) =>
        ms.Where((m, i) => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && !SpelledNext(tokens, ms, i)).ToList();

    /// <summary>The lab a verb of leaving right after the person takes ("X, who left A", "X, qui a quitté A"): the
    /// person is the nearest before the verb and the lab its next mention; null when the sentence has no such aside.</summary>
    private static string? LeftInAside(List<Mention> ms, string person)
    {
        for (var k = 1; k + 1 < ms.Count; k++)
        {
            if (ms[k].IsVerb && ms[k].Has(Cue.Leave) && ms[k - 1] is { Kind: MentionKind.Person, Pronoun: false } subject && subject.Name == person
                && ms[k + 1] is { Kind: MentionKind.Lab, Anaphor: false, Name: { } lab })
            {
                return lab;
            }
        }

        return null;
    }

    /// <summary>Whether the person mention at <paramref name="i"/> is followed by the same person spelled again in brackets.</summary>
    private static bool SpelledNext(List<Token> tokens, List<Mention> ms, int i) =>
        i + 1 < ms.Count && ms[i + 1].Kind == MentionKind.Person && ms[i + 1].First > ms[i].End
        && Enumerable.Range(ms[i].End, ms[i + 1].First - ms[i].End).All(t => tokens[t].Key is "(" or "（");

    /// <summary>Whether the founder title introduces the person: beside the name ("cofundadora, Lucie Fabre", "공동 창업자인
    /// 한도윤"), or, in a verb-final language, opening the sentence as its topic ("共同創業者には、…山本奈央氏が名を連ね"). A
    /// plural title elsewhere in the sentence ("los fundadores", "die Gründer … sammelten") names no one.</summary>
    private static bool Introduces(LanguageLexicon lexicon, List<Mention> ms, Mention title, Mention person) =>
        (person.First >= title.End ? person.First - title.End : title.First - person.End) <= 3
        || (lexicon.HeadFinal && !ms.Exists(m => m.First < title.First && m.Kind is MentionKind.Person or MentionKind.Lab));

    /// <summary>Whether the sentence tells the person's past at the lab: a tenure, a departure or a move from it, or
    /// "from" ("veio da", "procede de", "来自") right before it.</summary>
    private static bool PastAt(ArticleState state, List<Mention> ms, string person, string lab, int sentence) =>
        state.Events.Exists(e => e.Person == person && e.Sentence == sentence
            && ((e.Lab == lab && e.Kind is EventKind.Work or EventKind.Role or EventKind.Leave) || e.From == lab))
        || ms.Exists(m => m is { Kind: MentionKind.Lab } && m.Name == lab && ms.IndexOf(m) is var at and > 0
            && ms[at - 1] is { Kind: MentionKind.Cue } before && before.Has(Cue.FromPrep) && m.First - before.End <= 1);

    /// <summary>Whether the title and the lab are one phrase: next to each other ("Cabify co-founder", "카카오브레인 대표"), or
    /// joined by a genitive ("cofundador de Cabify", "智谱AI的联合创始人", "CEO of A") or a hyphen, no comma between.</summary>
    private static bool Attached(List<Token> tokens, List<Mention> ms, Mention title, Mention lab)
    {
        var (from, to) = lab.End <= title.First ? (lab.End, title.First) : title.End <= lab.First ? (title.End, lab.First) : (0, -1);
        if (to < from || to - from > 3)
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            if (tokens[t].Key is not ("-" or "'" or "’" or "s") && !ms.Exists(c => c.Kind == MentionKind.Cue && c.Has(Cue.Genitive) && c.First <= t && t < c.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a "former" word comes right before the title ("ex-CEO", "前CEO", "antigo diretor").</summary>
    private static bool FormerBefore(List<Mention> ms, Mention title) =>
        ms.IndexOf(title) is var at and > 0 && ms[at - 1] is { Kind: MentionKind.Cue } before && before.Has(Cue.Former) && title.First - before.End <= 1;

    private static void Add(ArticleState state, ArticleEvent e)
    {
        state.Events.Add(e);
        state.NoteEvents([e]);
    }
}
