using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// German move constructions whose verb does not stand next to its labs, so the verb-centred sentence rules miss them:
/// "von A zu B" with a motion verb anywhere in the clause ("ist 2018 von A zu B gewechselt", "stieß einst von A zu B",
/// "Von A zu B wechselte X"), the move noun with its person ("der Wechsel von X zu B") and a participle attribute
/// naming the origin ("der von A abgeworbene X", later "bei B"). German puts the finite verb second and participles last,
/// so "von A zu B" is the stable part of all of them.
/// </summary>
internal static class GermanMoves
{
    private static readonly HashSet<string> s_from = new(StringComparer.Ordinal) { "von", "vom" };
    private static readonly HashSet<string> s_to = new(StringComparer.Ordinal) { "zu", "zum", "zur", "nach" };
    private static readonly HashSet<string> s_at = new(StringComparer.Ordinal) { "zu", "zum", "zur", "bei", "beim" };
    private static readonly HashSet<string> s_origins = new(StringComparer.Ordinal) { "bei", "beim", "von", "vom" };

    // The finite forms of "abwerben" (to poach) whose particle "ab" closes the clause.
    private static readonly HashSet<string> s_poachVerbs = new(StringComparer.Ordinal) { "wirbt", "warb", "warben", "werben" };

    // Words before a person that make the name the owner or object of a noun ("die Firma von X"), not the mover.
    private static readonly HashSet<string> s_ownerWords = new(StringComparer.Ordinal) { "von", "vom", "des", "der", "mit" };

    public static IEnumerable<ArticleEvent> Moves(LanguageLexicon lexicon, List<Token> tokens, List<Mention> ms, List<ArticleEvent> events, int index, Sentence sentence)
    {
        if (lexicon.MotionVerbs.Count == 0)
        {
            return [];
        }

        var found = new List<ArticleEvent>();
        var motion = false;
        for (var t = sentence.FirstToken; t < sentence.EndToken && !motion; t++)
        {
            motion = lexicon.MotionVerbs.Contains(tokens[t].Key);
        }

        for (var k = 0; k < ms.Count; k++)
        {
            var m = ms[k];
            if (m.First == 0 || !s_from.Contains(tokens[m.First - 1].Key) || m.Name is null)
            {
                continue;
            }

            if (m is { Kind: MentionKind.Lab, Modifier: false } && Destination(tokens, ms, k, sentence) is { } to && to != m.Name)
            {
                if (motion && Attribute(lexicon, tokens, ms, k) is null && Mover(tokens, ms, k, sentence) is { } mover)
                {
                    found.Add(new ArticleEvent(EventKind.Move, mover, to, null, 0.7, index, sentence.Start, sentence.End) { From = m.Name });
                }
            }
            else if (m is { Kind: MentionKind.Lab, Modifier: false } && Attribute(lexicon, tokens, ms, k) is { } described)
            {
                // "der von A abgeworbene X": X left A; a lab X now works at in the same sentence ("soll bei B …") is where X went.
                var at = ms.FindIndex(described + 1, x => x.Kind == MentionKind.Lab && !x.Modifier && x.First > 0 && s_at.Contains(tokens[x.First - 1].Key));
                var kind = at >= 0 && ms[at].Name != m.Name ? EventKind.Move : EventKind.Leave;
                var lab = kind == EventKind.Move ? ms[at].Name : m.Name;
                found.Add(new ArticleEvent(kind, ms[described].Name!, lab, null, 0.7, index, sentence.Start, sentence.End) { From = kind == EventKind.Move ? m.Name : null });
            }
            else if (m is { Kind: MentionKind.Person, Pronoun: false } && m.First >= 2 && PrecededByMoveNoun(ms, k)
                && Destination(tokens, ms, k, sentence) is { } arrival)
            {
                // "Der Wechsel von X zu B", "den Weggang von X zu B": the noun states X's arrival at B.
                found.Add(new ArticleEvent(EventKind.Join, m.Name, arrival, null, 0.7, index, sentence.Start, sentence.End));
            }
        }

        found.AddRange(NounBeforeDestination(tokens, ms, index, sentence));
        found.AddRange(SplitPoaching(tokens, ms, index, sentence));
        found.AddRange(ImpersonalMoves(lexicon, tokens, ms, index, sentence).Where(i => !found.Exists(f => f.Person == i.Person && f.Lab == i.Lab)));
        found.RemoveAll(f => events.Exists(e => e.Person == f.Person && e.Kind == f.Kind && e.Lab == f.Lab && e.From == f.From));
        return found;
    }

    /// <summary>
    /// "B wirbt X bei A ab", "B warb X von A ab": the separable verb of poaching stands around its object, so the lexicon's
    /// "wirbt ab" never meets as one phrase. The hirer is the lab right before the verb (or right after it, the verb
    /// second), the person and the origin ("bei" or "von" A) stand between the verb and its particle, which closes the
    /// clause.
    /// </summary>
    private static IEnumerable<ArticleEvent> SplitPoaching(List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!s_poachVerbs.Contains(tokens[t].Key))
            {
                continue;
            }

            var particle = -1;
            for (var u = t + 1; u < sentence.EndToken && tokens[u].Key != ","; u++)
            {
                if (tokens[u].Key == "ab" && (u + 1 == sentence.EndToken || tokens[u + 1].Kind == TokenKind.Punct))
                {
                    particle = u;
                    break;
                }
            }

            // The hirer before the verb, or right after it when something else opens the clause ("Im Mai warb B X … ab").
            var hirer = ms.FindLast(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.End == t)
                ?? ms.Find(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.First == t + 1);
            var person = ms.Find(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.First > t && m.End <= particle);
            var origin = person is null ? null : ms.Find(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null }
                && m.First > person.First && m.End <= particle && s_origins.Contains(tokens[m.First - 1].Key));
            if (particle > 0 && hirer is not null && person is not null && origin is not null && origin.Name != hirer.Name)
            {
                yield return new ArticleEvent(EventKind.Move, person.Name!, hirer.Name, null, 0.7, index, sentence.Start, sentence.End) { From = origin.Name };
            }
        }
    }

    /// <summary>
    /// "Zu B zog es X", "Zum Start-up B zog es im Mai X von A", "Es zog X zu B": the impersonal "es zieht X zu B" (X is
    /// drawn to B) makes X the object of a motion verb whose subject is "es", so no subject rule finds the mover. The
    /// person is the first one after the verb and "es"; the destination opens the clause or follows the person; a "von A"
    /// right after the person is the origin ("Es zog X von A zu B" is the von-zu rule's own case). An origin stated as a
    /// past post ("der bislang bei A forschte") is joined to the arrival by the sentence's combination of events.
    /// </summary>
    private static IEnumerable<ArticleEvent> ImpersonalMoves(LanguageLexicon lexicon, List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!lexicon.MotionVerbs.Contains(tokens[t].Key))
            {
                continue;
            }

            var es = t + 1 < sentence.EndToken && tokens[t + 1].Key == "es" ? t + 1 : t > sentence.FirstToken && tokens[t - 1].Key == "es" ? t - 1 : -1;
            var p = es < 0 ? -1 : ms.FindIndex(x => x.First > Math.Max(t, es) && (x.Kind == MentionKind.Person || x.IsVerb));
            if (p < 0 || ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person })
            {
                continue;
            }

            var opening = OpeningDestination(tokens, ms, t, sentence);
            var von = ms[p].End < sentence.EndToken && s_from.Contains(tokens[ms[p].End].Key);
            var origin = von ? ms.Find(x => x is { Kind: MentionKind.Lab, Modifier: false } && x.First == ms[p].End + 1)?.Name : null;
            var to = opening ?? (von ? null : DestinationAfter(tokens, ms, p, sentence));
            if (to is not null && to != origin)
            {
                yield return new ArticleEvent(origin is null ? EventKind.Join : EventKind.Move, person, to, null, 0.7, index, sentence.Start, sentence.End) { From = origin };
            }
        }
    }

    // The lab after "zu" behind the person at p, an adverb or two allowed between ("zog es X schließlich zu B").
    private static string? DestinationAfter(List<Token> tokens, List<Mention> ms, int p, Sentence sentence)
    {
        for (var u = ms[p].End; u < sentence.EndToken && u - ms[p].End <= 2; u++)
        {
            if (s_to.Contains(tokens[u].Key))
            {
                return ms.Find(x => x.First > u && x.First - u <= 3 && (x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb)) is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } ? lab : null;
            }

            if (tokens[u] is not { Kind: TokenKind.Word, Capitalized: false })
            {
                return null;
            }
        }

        return null;
    }

    // The lab of a clause that opens with "zu"/"zum"/"zur" before the verb at t ("Zu B zog es …", "Zum Start-up B zog es …"),
    // at most three tokens after the preposition.
    private static string? OpeningDestination(List<Token> tokens, List<Mention> ms, int verb, Sentence sentence)
    {
        var to = sentence.FirstToken;
        if (!s_to.Contains(tokens[to].Key))
        {
            return null;
        }

        var lab = ms.Find(x => x.First > to && x.End <= verb && (x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb));
        return lab is { Kind: MentionKind.Lab, Modifier: false, Name: { } name } && lab.First - to <= 4 ? name : null;
    }

    /// <summary>
    /// "wechselt zum Rivalen B", "kam zu dem Start-up B", "geht zum Konkurrenten B": a move or join verb whose "zu" is
    /// followed by a noun describing the lab before its name, which the verb rules (lab right after "zu") do not reach.
    /// </summary>
    private static IEnumerable<ArticleEvent> NounBeforeDestination(List<Token> tokens, List<Mention> ms, int index, Sentence sentence)
    {
        for (var k = 0; k < ms.Count; k++)
        {
            if (!ms[k].IsVerb || !(ms[k].Has(Cue.Move) || ms[k].Has(Cue.Join)))
            {
                continue;
            }

            var to = s_to.Contains(tokens[ms[k].End - 1].Key) ? ms[k].End - 1 : ms[k].End < sentence.EndToken && s_to.Contains(tokens[ms[k].End].Key) ? ms[k].End : -1;
            if (to < 0 || to + 1 >= sentence.EndToken || tokens[to + 1].Kind != TokenKind.Word || !tokens[to + 1].Capitalized)
            {
                continue; // the lab right after "zu" is the verb rules' own case
            }

            var lab = ms.FindIndex(k + 1, x => x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb);
            if (lab < 0 || ms[lab] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } destination } || ms[lab].First - to > 3 || ms[lab].First == to + 1)
            {
                continue;
            }

            var mover = MoverBefore(tokens, ms, k, sentence);
            if (mover is not null)
            {
                yield return new ArticleEvent(EventKind.Join, mover, destination, null, 0.7, index, sentence.Start, sentence.End);
            }
        }
    }

    // The subject before a verb: the nearest person in the clause, also one after a sentence-initial "Mit" ("Mit X verlässt
    // ein weiterer Forscher das Unternehmen und wechselt …", where X is who leaves).
    private static string? MoverBefore(List<Token> tokens, List<Mention> ms, int k, Sentence sentence)
    {
        for (var b = k - 1; b >= 0; b--)
        {
            if (ms[b] is { Kind: MentionKind.Person, Name: { } name } p && (!p.Comitative || (p.First >= 1 && p.First - 1 == sentence.FirstToken && tokens[p.First - 1].Key == "mit")))
            {
                return name;
            }

            if (ms[b].IsVerb && !ms[b].Has(Cue.Leave))
            {
                return null;
            }
        }

        return null;
    }

    // The lab after "zu"/"zum"/"zur"/"nach" right behind the mention at k, with at most two words between ("zum Rivalen B",
    // "zu dem Start-up B") and no person or verb among them.
    private static string? Destination(List<Token> tokens, List<Mention> ms, int k, Sentence sentence)
    {
        var after = ms[k].End;
        if (after >= sentence.EndToken || !s_to.Contains(tokens[after].Key))
        {
            return null;
        }

        for (var n = k + 1; n < ms.Count && ms[n].First - after <= 3; n++)
        {
            if (ms[n] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab })
            {
                return lab;
            }

            if (ms[n].Kind == MentionKind.Person || ms[n].IsVerb)
            {
                return null;
            }
        }

        return null;
    }

    // The mover: the nearest person before "von" in the clause (not owned by a noun before it), else, for a clause that opens
    // with "von A zu B" ("Von A zu B wechselte 2018 X"), the first person after the destination.
    private static string? Mover(List<Token> tokens, List<Mention> ms, int k, Sentence sentence)
    {
        for (var b = k - 1; b >= 0; b--)
        {
            if (ms[b] is { Kind: MentionKind.Person, Name: { } name, Comitative: false } p && (p.First == 0 || !s_ownerWords.Contains(tokens[p.First - 1].Key)))
            {
                return name;
            }

            if (ms[b].IsVerb && !ms[b].Has(Cue.Move) && !ms[b].Has(Cue.Join))
            {
                return null; // another clause's verb: its people are not this move's
            }
        }

        return ms[k].First - 1 == sentence.FirstToken || (ms[k].First - 2 >= sentence.FirstToken && tokens[ms[k].First - 2].Kind == TokenKind.Punct)
            ? ms.Find(x => x.First > ms[k].End && x is { Kind: MentionKind.Person, Name: not null, Pronoun: false })?.Name
            : null;
    }

    // "von A abgeworbene/gewechselte X": the index of the person the participle right after the lab at k describes, at most
    // two title words away ("der von A abgeworbene Forscher X").
    private static int? Attribute(LanguageLexicon lexicon, List<Token> tokens, List<Mention> ms, int k)
    {
        var participle = ms[k].End;
        if (participle >= tokens.Count || !Inflected(lexicon, tokens[participle].Key))
        {
            return null;
        }

        var person = ms.FindIndex(k + 1, x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb);
        return person >= 0 && ms[person] is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && ms[person].First - participle <= 3 ? person : null;
    }

    // An attributive participle: a motion participle with an adjective ending ("abgeworben" + "e", "gewechselt" + "en").
    private static bool Inflected(LanguageLexicon lexicon, string key) =>
        (key.Length > 4 && key[^1] == 'e' && lexicon.MotionVerbs.Contains(key[..^1]))
        || (key.Length > 5 && (key.EndsWith("en", StringComparison.Ordinal) || key.EndsWith("er", StringComparison.Ordinal)) && lexicon.MotionVerbs.Contains(key[..^2]));

    private static bool PrecededByMoveNoun(List<Mention> ms, int k) =>
        k > 0 && ms[k - 1] is { Kind: MentionKind.Cue } noun && noun.Has(Cue.LeaveNoun) && ms[k].First - noun.End == 1;
}
