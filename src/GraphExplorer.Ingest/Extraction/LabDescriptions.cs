using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Descriptions that stand for a lab in the Latin-script languages ("the company", "o banco", "la empresa argentina",
/// "l'entreprise torontoise", "das Unternehmen"). News names its subject company once, in the headline, and then calls it
/// by a description; a sentence that moves someone often names only the lab the person left, so the lab named last is the
/// wrong referent for a post the person now holds there ("X deixou o Google DeepMind e assume a chefia da equipe … do
/// banco"). Such a description refers to the article's focal lab (the headline's subject) when every lab the sentence
/// names before it is someone's origin and the sentence states a post or an arrival before it. Nothing is resolved when
/// the focal lab is itself one of those origins (two labs would fit), when the article has no focal lab, or when the
/// description is itself an origin ("left the company", "after six years at the Argentine company").
/// </summary>
internal static class LabDescriptions
{
    /// <summary>Notes the headline's subject as the article's focal lab: a named lab that opens the headline, before any
    /// person ("Nubank contrata …", "La start-up parisienne Mistral AI recrute …"); else the lead's, when the headline names
    /// no lab. A headline about a person ("La directora de IA de BBVA se marcha a OpenAI") has none.</summary>
    public static void NoteFocalLab(ArticleState state, int index, List<Mention> ms)
    {
        // A headline that names no lab leaves the lead to say what the article is about ("MADRID — BBVA ha fichado …"), as
        // long as no lab was named before it.
        if (!state.Lexicon.ReadsLabDescriptions || state.FocalLab is not null || index > 2 || (index > 0 && state.TopicLab is not null))
        {
            return;
        }

        var at = ms.FindIndex(m => m.Kind != MentionKind.Date && !(m.Kind == MentionKind.Lab && m.Modifier));
        if (at < 0 || ms[at] is not { Kind: MentionKind.Lab, Anaphor: false, Name: { } lab } || Languages.IsInvestorName(lab))
        {
            return;
        }

        // "xAI engineer denies …", "Meta's Yann LeCun …": a lab that describes the person after it is not the subject.
        var next = at + 1 < ms.Count ? ms[at + 1] : null;
        var describesNext = next is not null && (next.IsRole || next.Kind == MentionKind.Person)
            && Enumerable.Range(ms[at].End, Math.Max(0, next.First - ms[at].End)).All(t => state.Tokens[t].Key is "'" or "’" or "s" or "-");
        // "Nubank e Mercado Libre disputam …": two labs share the subject, and a description could stand for either.
        var other = ms.Skip(at + 1).FirstOrDefault(m => !(m.Kind == MentionKind.Cue && m.Has(Cue.Coord)));
        var coordinated = other is { Kind: MentionKind.Lab, Name: not null } && other.Name != lab && other.First - ms[at].End <= 1;
        if (!describesNext && !coordinated)
        {
            state.FocalLab = lab;
        }
    }

    /// <summary>Whether this rule decides what the description at <paramref name="at"/> stands for, and the lab (null:
    /// none). A description of a narrower kind ("o banco") is always decided here: the focal lab in a post, or when the
    /// sentence names no other lab before it; otherwise none. Other descriptions are left to the general antecedent rules
    /// unless they are a post at the focal lab.</summary>
    public static (bool Decided, string? Lab) Resolve(ArticleState state, List<Mention> ms, int at)
    {
        if (!state.Lexicon.ReadsLabDescriptions)
        {
            return (false, null);
        }

        var words = ms[at].Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kind = words.Length > 0 && state.Lexicon.LabKindNouns.Contains(words[^1].ToLowerInvariant());
        if (PostAtFocalLab(state, ms, at) is { } focal)
        {
            return (true, focal);
        }

        var namedBefore = ms.Take(at).Any(x => x is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null });
        return kind ? (true, namedBefore ? null : state.FocalLab) : (false, null);
    }

    /// <summary>The focal lab, when the description at <paramref name="at"/> is a post or arrival there in a sentence that
    /// names only origins before it; else null.</summary>
    private static string? PostAtFocalLab(ArticleState state, List<Mention> ms, int at)
    {
        if (state.FocalLab is not { } focal || IsOrigin(ms, at))
        {
            return null;
        }

        var named = Enumerable.Range(0, at).Where(i => ms[i] is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null }).ToList();
        if (named.Count == 0 || !named.TrueForAll(i => IsOrigin(ms, i)) || named.Exists(i => ms[i].Name == focal))
        {
            return null;
        }

        // The post or arrival: a title or a verb of joining, moving or working between the last origin and the description,
        // or a title after it ("dirige le laboratoire de l'entreprise à titre de vice-présidente").
        var post = Enumerable.Range(named[^1] + 1, at - named[^1] - 1).Any(i => StatesPost(ms[i]))
            || ms.Skip(at + 1).Any(x => x.IsRole);
        return post ? focal : null;
    }

    private static bool StatesPost(Mention m) =>
        m.IsRole || (m.IsVerb && (m.Has(Cue.Join) || m.Has(Cue.Move) || (m.Has(Cue.Work) && !m.Cues!.Exists(c => c.Cue == Cue.Work && c.Past))));

    /// <summary>Whether the mention at <paramref name="i"/> is told as where someone came from: after a verb of leaving,
    /// "former"/"ex-" (through a title: "a former researcher at A", "mantan direktur di A"), "from", "previously", a past
    /// work verb or a span of years ("deixou o A", "exinvestigadora de A", "depois de seis anos na empresa"), or before a
    /// verb of leaving or "veteran" ("hat A verlassen", "an A veteran").</summary>
    private static bool IsOrigin(List<Mention> ms, int i)
    {
        if (i + 1 < ms.Count && ms[i + 1] is { Kind: MentionKind.Cue } after && after.First - ms[i].End <= 1
            && (after.Has(Cue.Leave) || after.Has(Cue.Alumnus)))
        {
            return true;
        }

        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            var cue = ms[k];
            if (cue.Kind != MentionKind.Cue)
            {
                return false;
            }

            if (cue.Has(Cue.Leave) || cue.Has(Cue.LeaveNoun) || cue.Has(Cue.Former) || cue.Has(Cue.FromPrep) || cue.Has(Cue.TenureSpan)
                || cue.Has(Cue.Previously) || cue.Cues!.Exists(c => c.Cue == Cue.Work && c.Past))
            {
                return true;
            }

            if (!cue.Has(Cue.Genitive) && !cue.IsRole)
            {
                return false;
            }
        }

        return false;
    }
}
