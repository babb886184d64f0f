namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese puts the names of companies, products and works in corner brackets (「Blue Harbor」を創業, 『…』) and never a
/// person's: two capitalised Latin words that fill such brackets are the name of a thing, not a person, however much they
/// look like a first name and a surname. Left as a person, the name took the founder's place ("「Blue Harbor」を創業した"
/// made "Blue Harbor" its own founder).
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Removes the unknown Latin-script people whose name is all that stands in a pair of corner brackets.</summary>
    private void DropBracketedTitles(List<Mention> mentions)
    {
        if (_lexicon.Code != "ja")
        {
            return;
        }

        mentions.RemoveAll(m => m is { Kind: MentionKind.Person, Unknown: true, Pronoun: false } && m.Start > 0 && m.CharEnd < _text.Length
            && _text[m.Start - 1] is '「' or '『' && _text[m.CharEnd] is '」' or '』' && m.Surface.All(c => c < 0x2E80));
    }
}
