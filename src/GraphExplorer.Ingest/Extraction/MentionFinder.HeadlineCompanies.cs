namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A young company whose Latin spelling comes in the body ("누리랩(NuriLab)이 투자를 유치했다") while only the headline says
/// it is a company, quoted or after a company noun ("AI 스타트업 '누리랩' 창업", "新会社「ソラマメ」設立"). Headlines are
/// written that way to fit a line: the noun and quotes go there and the body's first mention is bare. Only the headline
/// is read, so the check costs a bounded few characters per bracket, not a pass over the article.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>The most of an article's opening line read as its headline.</summary>
    private const int HeadlineReach = 200;

    /// <summary>Whether the article's headline (its first line) writes <paramref name="word"/> quoted or right after a
    /// company noun of the language.</summary>
    private bool NamedAsCompanyInHeadline(string word)
    {
        var lineEnd = _text.IndexOf('\n', 0, Math.Min(HeadlineReach, _text.Length));
        var headlineEnd = lineEnd < 0 ? Math.Min(HeadlineReach, _text.Length) : lineEnd;
        for (var at = _text.IndexOf(word, 0, headlineEnd, StringComparison.Ordinal); at >= 0;
             at = at + 1 < headlineEnd ? _text.IndexOf(word, at + 1, headlineEnd - at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + word.Length;
            var quoted = at > 0 && _text[at - 1] is '「' or '『' or '\'' or '‘' or '"' or '“'
                && end < _text.Length && _text[end] is '」' or '』' or '\'' or '’' or '"' or '”';
            if (quoted || CompanyNounEndsAt(at))
            {
                return true;
            }
        }

        return false;
    }
}
