using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A hire announced with its names after a colon, the group it hired described at length before it: "Nexora ha
/// incorporado en las últimas semanas a tres ingenieros que trabajaban en el equipo de modelos de Anthropic: X, Y y Z".
/// The clause describing the group (a verb of working, "de A", "vindos da A") names where the people come from; the
/// names after the colon are the people hired.
/// </summary>
internal sealed partial class SentenceRules
{
    private const int GroupAfterHireVerb = 8;

    /// <summary>Words of a unit's name between "worked in" and the lab ("bekerja di tim riset Google DeepMind").</summary>
    private const int MaxUnitWords = 3;

    /// <summary>The people listed after a colon that closes the hire at <paramref name="k"/>, and the lab the group's
    /// description names as their origin (null when it names none, or names the hirer). Null when the sentence is not
    /// so built: no group title right after the verb, someone named before the colon, or no name right after it.</summary>
    private (List<Mention> People, string? From)? ColonListedHires(List<Mention> ms, int k, string hirer, Sentence sentence)
    {
        var colon = ListOpener(ms, k, sentence);

        var role = ms.FindIndex(k + 1, x => x.IsRole || x.Kind == MentionKind.Person || (x.IsVerb && !x.Has(Cue.Work)));
        if (colon < 0 || role < 0 || !ms[role].IsRole || ms[role].First - ms[k].End > GroupAfterHireVerb || ms[role].End > colon)
        {
            return null;
        }

        var first = ms.FindIndex(role + 1, x => x.First > colon);
        if (first < 0 || ms[first] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } || ms[first].First - colon > 2
            || ms.Skip(role + 1).TakeWhile(x => x.First < colon).Any(x => x.Kind == MentionKind.Person || (x.IsVerb && !x.Has(Cue.Work))))
        {
            return null;
        }

        List<Mention> people = [ms[first], .. Coordinated(ms, first, forward: true).Where(x => x.Name is not null)];
        var origin = RoleLab(ms, role);
        for (var a = role + 1; origin is null && a < ms.Count && ms[a].First < colon; a++)
        {
            // Only a lab the description ties to the group: "trabajaban en … de A", "procedentes de A"; not "clientes como A".
            if (ms[a] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && ms[a - 1] is { Kind: MentionKind.Cue } before
                && (before.Has(Cue.Genitive) || before.Has(Cue.FromPrep) || before.Has(Cue.Work)) && ms[a].First - before.End <= MaxUnitWords)
            {
                origin = lab;
            }
        }

        return (people, origin == hirer ? null : origin);
    }

    /// <summary>Where the names start after the hire at <paramref name="k"/>: a colon, or "namely"/"including" after a
    /// comma ("…, yaitu X, Y, dan Z"; "…, entre ellos X e Y"). Returns its token, or -1.</summary>
    private int ListOpener(List<Mention> ms, int k, Sentence sentence)
    {
        for (var t = ms[k].End; t < sentence.EndToken; t++)
        {
            if (_tokens[t] is { Kind: TokenKind.Punct, Key: ":" })
            {
                return t;
            }

            if (_tokens[t] is { Kind: TokenKind.Punct, Key: "," } && ms.Find(x => x.First == t + 1) is { Kind: MentionKind.Cue } cue && cue.Has(Cue.Including))
            {
                return cue.End - 1;
            }
        }

        return -1;
    }
}
