using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A young company news gives its name with a naming word: "started a company called Fernhill", "une start-up baptisée
/// Brume", "una startup llamada Brisa", "ein Start-up namens Kelpwerk", "perusahaan rintisan bernama Lentera AI", or, in a
/// lead, "Baptisée Brume, elle a été cofondée par …". A single unknown capitalised word reads as a person's surname, and
/// the company is then lost and its founders given the lab they came from. The naming word after a company noun (or
/// opening the sentence, the name then closed by a comma) says the words after it are the company's name.
/// </summary>
internal sealed partial class MentionFinder
{
    // How far before the naming word the company noun may end: "une jeune pousse lyonnaise spécialisée dans l'IA baptisée".
    private const int NamingNounReach = 6;

    /// <summary>When the capitalised run from <paramref name="index"/> is a company named by the naming word before it
    /// (lexicon data, <see cref="LanguageLexicon.NamingWords"/>), adds it as an unknown lab and returns the tokens
    /// consumed; 0 keeps the other readings.</summary>
    private int NamedCompany(int index, int end, List<Mention> mentions)
    {
        var naming = index - 1;
        if (IsCjkLanguage || naming < 0 || _tokens[naming] is not { Kind: TokenKind.Word } word || !_lexicon.NamingWords.Contains(word.Key))
        {
            return 0;
        }

        // The naming word opening the sentence or a dateline's clause ("Lyon — Baptisée Brume, …") is itself no name.
        var opening = word.Capitalized && (StartsSentence(naming) || (naming > 0 && _tokens[naming - 1].Key is "—" or "–" or "-" or ":"));
        if (!opening && (word.Capitalized || !CompanyNounBefore(naming)))
        {
            return 0;
        }

        var name = index;
        var stop = name;
        while (stop < end && stop - name < 4 && _tokens[stop] is { Kind: TokenKind.Word, Capitalized: true } part && (stop == name || part.SpaceBefore))
        {
            stop++;
        }

        if (stop == name || (opening && (stop >= end || _tokens[stop].Key != ",")))
        {
            return 0;
        }

        var suffixed = stop - name >= 2 && LatinNames.IsOrganisationSuffix(_tokens[stop - 1].Key);
        if (!CouldNameUnknownCompany(name, suffixed ? stop - 1 : stop) || Enumerable.Range(name, stop - name).Any(t => NameParts.IsGiven(_tokens[t].Key)))
        {
            return 0;
        }

        var surface = Slice(name, stop);
        mentions.Add(new Mention(MentionKind.Lab, name, stop, _tokens[name].Start, _tokens[stop - 1].End) { Name = NormalizeName(surface), Surface = surface, Unknown = true });
        return stop - index;
    }

    /// <summary>Whether an organisation noun ends shortly before the naming word at <paramref name="naming"/> ("a company
    /// called", "perusahaan rintisan kecerdasan buatan bernama").</summary>
    private bool CompanyNounBefore(int naming)
    {
        var from = Math.Max(0, naming - NamingNounReach);
        for (var k = naming; k > from; k--)
        {
            if (OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, from, k) || _lexicon.CompanyNamingNouns.Contains(_tokens[k - 1].Key))
            {
                return true;
            }

            if (_tokens[k - 1].Kind != TokenKind.Word && _tokens[k - 1].Key != "-")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "hat sie Wortwerk gegründet", "bevor er 2024 Kelpwerk gründete": German puts the company founded right before the
    /// founding verb closing the clause. A single capitalised word there that the article never uses as a noun (after an
    /// article) and that nothing says is a person or a word is the company; null keeps the other readings.
    /// </summary>
    private Mention? GermanFoundedObject(int index, int end)
    {
        if (_lexicon.Code != "de" || index + 1 >= end || !IsFoundingWord(index + 1, end) || IsGermanNoun(_tokens[index].Key)
            || !CouldNameUnknownCompany(index, index + 1) || NameParts.Kind(_tokens[index].Key) != 0)
        {
            return null;
        }

        var length = MatchCues(index + 1, end).Length;
        if (index + 1 + length < end && _tokens[index + 1 + length] is { Kind: TokenKind.Word })
        {
            return null; // the verb does not close the clause ("Wortwerk gründete eine Tochter")
        }

        var surface = Slice(index, index + 1);
        return new Mention(MentionKind.Lab, index, index + 1, _tokens[index].Start, _tokens[index].End) { Name = surface, Surface = surface, Unknown = true };
    }
}
