namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A lab named only by a word that ends companies' names ("AI", "Labs") is no company: it is what is left when the name
/// before the word is in a script the finder did not join to it ("라온AI", "ハルニレAI") or a field ("카카오 AI 리더", "the
/// AI team"). Events at such a lab are dropped, and a move keeps its destination without that origin.
/// </summary>
internal static class BareCompanyWords
{
    public static void Apply(ArticleState state)
    {
        static bool Bare(string? lab) => lab is not null && !lab.Contains(' ', StringComparison.Ordinal) && LatinNames.IsOrganisationSuffix(Text.Tokenizer.Fold(lab));

        state.Events.RemoveAll(e => Bare(e.Lab));
        for (var e = 0; e < state.Events.Count; e++)
        {
            if (Bare(state.Events[e].From))
            {
                state.Events[e] = state.Events[e] with { From = null };
            }
        }
    }
}
