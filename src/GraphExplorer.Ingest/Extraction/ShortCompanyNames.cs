namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A company no list knows is named in full once ("Albor IA", "Tessellate Labs", "Quetzal AI") and then by its first
/// word ("Serrano ha fundado Albor con …", "before leaving to co-found Tessellate"). Each reading became a lab of its own,
/// so a founder got one company and a co-founder another. Where the article names exactly one unknown company as the
/// short form plus an organisation word, every event at the short form is moved to the full name.
/// </summary>
internal static class ShortCompanyNames
{
    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        var unknown = mentions.SelectMany(ms => ms).Where(m => m is { Kind: MentionKind.Lab, Unknown: true, Name: not null }).Select(m => m.Name!)
            .Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count < 2)
        {
            return;
        }

        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in unknown)
        {
            var space = name.LastIndexOf(' ');
            if (space <= 0 || !LatinNames.IsOrganisationSuffix(Text.Tokenizer.Fold(name.Substring(space + 1))))
            {
                continue;
            }

            var shortForm = name[..space];
            if (unknown.Contains(shortForm, StringComparer.Ordinal))
            {
                // Two full names for one short form ("Albor AI", "Albor Labs") leave the short form as it is.
                fullNames[shortForm] = fullNames.ContainsKey(shortForm) ? string.Empty : name;
            }
        }

        if (fullNames.Count == 0)
        {
            return;
        }

        string? Full(string? lab) => lab is not null && fullNames.TryGetValue(lab, out var full) && full.Length > 0 ? full : lab;
        for (var e = 0; e < state.Events.Count; e++)
        {
            var ev = state.Events[e];
            if (Full(ev.Lab) != ev.Lab || Full(ev.From) != ev.From)
            {
                state.Events[e] = ev with { Lab = Full(ev.Lab), From = Full(ev.From) };
            }
        }
    }
}
