using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A company founded somewhere: "fundó en Guadalajara Quetzal Labs", "hat in München Tessellate gegründet", "a fondé à
/// Lyon Vercors Labs", "founded in Lagos Acme AI". Capitalised words run on from the town to the company, so without
/// this the town is glued to the name ("Guadalajara Quetzal Labs") or the pair is dropped as a town. A preposition of
/// place right after a founding verb, or a run followed by a founding participle (German puts it last), says the first
/// word is where, and what follows it is what was founded.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// When the capitalised run from <paramref name="index"/> to <paramref name="stop"/> is a town and then a company in a
    /// founding phrase, adds the company as an unknown lab and returns the tokens consumed; 0 keeps the other readings.
    /// </summary>
    private int PlaceBeforeFoundedCompany(int index, int stop, int end, List<Mention> mentions)
    {
        if (!AfterPlacePreposition(index))
        {
            return 0;
        }

        var foundedAfter = stop < end && IsFoundingWord(stop, end);
        if (!foundedAfter && !FoundingCueEndsAt(index - 1, mentions))
        {
            return 0;
        }

        // A town of more than one word is known ("San Francisco"); an unknown one is taken as a single word.
        var company = index + 1;
        while (company < stop - 1 && _tokens[company].Kind == TokenKind.Word && LatinNames.IsNoOrganisation(_tokens[company].Key))
        {
            company++;
        }

        // What follows the town must read as a company: closed by an organisation word, or a word the founding verb takes
        // as its object ("Tessellate gegründet"); never a person's name or a word the article writes in lower case.
        var last = _tokens[stop - 1];
        var named = (stop - company >= 2 && LatinNames.IsOrganisationSuffix(last.Key)) || (foundedAfter && stop - company <= 2);
        if (!named || !CouldNameUnknownCompany(company, LatinNames.IsOrganisationSuffix(last.Key) ? stop - 1 : stop))
        {
            return 0;
        }

        var surface = Slice(company, stop);
        mentions.Add(new Mention(MentionKind.Lab, company, stop, _tokens[company].Start, last.End) { Name = NormalizeName(surface), Surface = surface, Unknown = true });
        return stop - index;
    }

    /// <summary>"fundó en Monterrey una empresa", "founded in Lagos a company": a single capitalised word after a founding
    /// verb and a preposition of place is where the company was founded, never the company, though the preposition is
    /// also one of employment ("trabaja en Acme").</summary>
    private bool TownAfterFoundingVerb(int index, List<Mention> mentions) =>
        AfterPlacePreposition(index) && FoundingCueEndsAt(index - 1, mentions);

    private bool AfterPlacePreposition(int index) =>
        index > 0 && _tokens[index - 1] is { Kind: TokenKind.Word, Capitalized: false } preposition && _lexicon.PlacePrepositions.Contains(preposition.Key);

    /// <summary>Whether a founding verb's cue ends right before <paramref name="at"/> ("fundó en", "founded in"); the
    /// preposition may itself have been read as a cue.</summary>
    private static bool FoundingCueEndsAt(int at, List<Mention> mentions)
    {
        for (var m = mentions.Count - 1; m >= 0 && m >= mentions.Count - 2; m--)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Cue && mention.End == at && mention.Has(Cue.Found))
            {
                return true;
            }

            if (mention.End < at)
            {
                return false;
            }
        }

        return false;
    }
}
