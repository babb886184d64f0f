using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Where a Latin-script person's name begins and ends when titles and company names are glued to it. German joins a
/// company and a title with hyphens into one word before the name ("Aleph-Alpha-Technikchef Florian Kessler",
/// "Black-Forest-Labs-Ingenieur Albrecht"), or writes such a compound as a bare title ("vier Jahre
/// Machine-Learning-Ingenieurin bei DeepL"); a verb-final clause puts the founded company right after the founder
/// ("Bevor Tobias Hallerbach Lindwurm gründete"). Reading the capitalised run as one name makes a person no one is.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// A hyphenated compound from <paramref name="index"/> whose last part is a title ("Aleph-Alpha-Technikchef",
    /// "Machine-Learning-Ingenieurin"): adds the lab its other parts name when the gazetteer knows it, and the title as a
    /// role cue; the name after the compound is read on its own. Returns the tokens consumed, or 0.
    /// </summary>
    private int HyphenCompoundTitle(int index, int end, List<Mention> mentions)
    {
        if (CompoundTitleAt(index, end) is not var (last, cues))
        {
            return 0;
        }

        // The longest run of parts right before the title that names a known lab ("Black-Forest-Labs" of
        // "Ex-Black-Forest-Labs-Ingenieur"); parts before it ("Ex") are no name.
        for (var first = index; first < last - 1; first += 2)
        {
            var parts = Enumerable.Range(0, (last - first) / 2).Select(p => _text[_tokens[first + (2 * p)].Start.._tokens[first + (2 * p)].End]);
            if (_gazetteer.Resolve(string.Join(' ', parts), NodeKind.Lab) is { } lab)
            {
                mentions.Add(new Mention(MentionKind.Lab, first, last - 1, _tokens[first].Start, _tokens[last - 2].End) { Name = lab, Surface = Slice(first, last - 1) });
                mentions.Add(new Mention(MentionKind.Cue, last, last + 1, _tokens[last].Start, _tokens[last].End) { Cues = cues, Surface = Slice(last, last + 1) });
                return last + 1 - index;
            }
        }

        mentions.Add(new Mention(MentionKind.Cue, index, last + 1, _tokens[index].Start, _tokens[last].End) { Cues = cues, Surface = Slice(index, last + 1) });
        return last + 1 - index;
    }

    /// <summary>Whether a hyphenated compound ending in a title starts at <paramref name="index"/>: a name read before it
    /// ends there ("Jahre Machine-Learning-Ingenieurin").</summary>
    private bool OpensCompoundTitle(int index, int end) => CompoundTitleAt(index, end) is not null;

    /// <summary>The last token of a hyphenated compound of capitalised parts from <paramref name="index"/> whose last part
    /// is a title (a role cue of the language or a compound-title ending from the lexicon), with that title; or null.</summary>
    private (int Last, List<CueEntry> Cues)? CompoundTitleAt(int index, int end)
    {
        if (IsCjkLanguage || _tokens[index] is not { Kind: TokenKind.Word, Capitalized: true })
        {
            return null;
        }

        var last = index;
        while (last + 2 < end && _tokens[last + 1] is { Key: "-", SpaceBefore: false } && _tokens[last + 2] is { Kind: TokenKind.Word, SpaceBefore: false } part
            && (part.Capitalized || part.AllCaps))
        {
            last += 2;
        }

        if (last == index)
        {
            return null;
        }

        if (MatchCues(last, end) is { Length: 1, Cues: { } cues } && cues.Exists(c => c.Cue is Cue.Role or Cue.FounderRole))
        {
            return (last, cues);
        }

        return GermanCompoundTitle(_tokens[last].Key) is { } title && _lexicon.CompoundTitles.Count > 0
            ? (last, [new CueEntry(Cue.Role, _tokens[last].Key, title, false)])
            : null;
    }

    /// <summary>"beim Rüstungs-KI-Unternehmen Helsing": the first part of a hyphenated compound is no word on its own, so
    /// no company either.</summary>
    private bool OpensHyphenCompound(int index) =>
        index + 2 < _tokens.Count && _tokens[index + 1] is { Key: "-", SpaceBefore: false } && _tokens[index + 2] is { Kind: TokenKind.Word, SpaceBefore: false };

    /// <summary>
    /// "Bevor Tobias Hallerbach Lindwurm gründete": a run of three or more capitalised words read as a person whose last
    /// word is a company this article names elsewhere on its own is that person followed by the company, as a
    /// verb-final clause puts them. The person keeps the words before; the last becomes the lab.
    /// </summary>
    public void CutTrailingCompanies(List<List<Mention>> mentions)
    {
        var companies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions.SelectMany(ms => ms))
        {
            if (m is { Kind: MentionKind.Lab, Anaphor: false, Name: { } name } && m.End - m.First == 1 && _tokens[m.First].Kind == TokenKind.Word)
            {
                companies.TryAdd(_tokens[m.First].Key, name);
            }
        }

        if (companies.Count == 0)
        {
            return;
        }

        foreach (var ms in mentions)
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var m = ms[i];
                if (m is not { Kind: MentionKind.Person, Unknown: true, ShortForm: false, Pronoun: false } || WordsIn(m) < 3
                    || !companies.TryGetValue(_tokens[m.End - 1].Key, out var lab) || _tokens[m.End - 2] is not { Kind: TokenKind.Word })
                {
                    continue;
                }

                var person = Person(m.First, m.End - 1, unknown: true);
                ms[i] = person;
                ms.Insert(i + 1, new Mention(MentionKind.Lab, m.End - 1, m.End, _tokens[m.End - 1].Start, _tokens[m.End - 1].End) { Name = lab, Surface = Slice(m.End - 1, m.End), Unknown = true });
            }
        }
    }

    private int WordsIn(Mention m)
    {
        var words = 0;
        for (var k = m.First; k < m.End; k++)
        {
            words += _tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }
}
