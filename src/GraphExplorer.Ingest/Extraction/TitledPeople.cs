using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// People named with a post glued to their employer by a hyphen, as German writes them ("Earlybird-Partnerin Miriam
/// Kessler", "Lakestar-Managerin Anna Vogt"): read as one capitalised run, the employer, the title and the name came out
/// as one unknown person. The part before the hyphen is taken as a company only when the article also names it on its
/// own ("führt der Wagniskapitalgeber Earlybird an"), so a prefix that is no company ("Top-Managerin") stays out.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Capitalised words the article writes as a word of their own (not the first half of a hyphen compound),
    /// gathered once per article.</summary>
    private HashSet<string>? _standaloneCapitalised;

    /// <summary>
    /// "Earlybird-Partnerin Miriam Kessler": when the capitalised word at <paramref name="index"/> is glued by a hyphen to a
    /// single-word title and a capitalised word follows, adds the company and the title and returns the tokens consumed
    /// (the name after them is read next); 0 when the structure is not there.
    /// </summary>
    private int HyphenTitledEmployer(int index, int end, List<Mention> mentions)
    {
        var title = index + 2;
        if (IsCjkLanguage || title + 1 >= end || _tokens[index + 1] is not { Key: "-", SpaceBefore: false } || _tokens[title] is not { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: false }
            || _tokens[title + 1] is not { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true } || !CouldNameUnknownCompany(index, index + 1)
            || MatchCues(title, end) is not { Length: 1, Cues: { } cues } || !cues.Exists(c => c.Cue == Cue.Role) || !WrittenStandalone(_tokens[index].Key))
        {
            return 0;
        }

        var company = Slice(index, index + 1);
        mentions.Add(new Mention(MentionKind.Lab, index, index + 1, _tokens[index].Start, _tokens[index].End) { Name = company, Surface = company, Unknown = true });
        mentions.Add(new Mention(MentionKind.Cue, title, title + 1, _tokens[title].Start, _tokens[title].End) { Cues = cues, Surface = Slice(title, title + 1) });
        return title + 1 - index;
    }

    /// <summary>
    /// "Irfan Maulana, Head of AI di Telkom Indonesia", "wird bei SAP Head of AI Products": an English
    /// title with its department after "of", written in an article of another language, is one title (the capitalised
    /// department words are no person or company). Adds it and returns the tokens consumed; 0 when it is not there.
    /// English reads "head" and "director" as cues of their own.
    /// </summary>
    private int EnglishDepartmentTitle(int index, int end, List<Mention> mentions)
    {
        if (IsCjkLanguage || _lexicon.Code == "en" || index + 2 >= end || _tokens[index + 1].Key != "of" || !Languages.DepartmentTitles.Contains(Slice(index, index + 1)))
        {
            return 0;
        }

        var k = index + 2;
        while (k < end && k - index - 2 < 3 && _tokens[k] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true } && MatchGazetteer(k, end).Length == 0)
        {
            k++;
        }

        if (k == index + 2)
        {
            return 0;
        }

        var head = _tokens[index].AllCaps ? Slice(index, index + 1) : Slice(index, index + 1).ToLowerInvariant();
        var title = $"{head} of {Slice(index + 2, k)}";
        mentions.Add(new Mention(MentionKind.Cue, index, k, _tokens[index].Start, _tokens[k - 1].End) { Cues = [new CueEntry(Cue.Role, Slice(index, k), title, false)], Surface = Slice(index, k) });
        return k - index;
    }

    private bool WrittenStandalone(string key)
    {
        if (_standaloneCapitalised is null)
        {
            _standaloneCapitalised = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < _tokens.Count; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Capitalized && (k + 1 >= _tokens.Count || _tokens[k + 1].Key != "-" || _tokens[k + 1].SpaceBefore)
                    && (k == 0 || _tokens[k - 1].Key != "-" || _tokens[k].SpaceBefore))
                {
                    _standaloneCapitalised.Add(_tokens[k].Key);
                }
            }
        }

        return _standaloneCapitalised.Contains(key);
    }
}
