using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A company no list knows is recognised by how news introduces it ("das Start-up Feldwerk", "a Trama, startup que …");
/// later sentences name it bare ("Vogel, die Feldwerk leitet", "Wortwerk will …"), where its shape alone reads as a
/// nameless capitalised word or a common noun. Once the article has introduced it, every later mention is that lab.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Marks every later bare mention of an unknown company the article introduced (its whole name, or the
    /// name without a trailing organisation word: "Wortwerk" for "Wortwerk AI") as that lab. Only words no other
    /// mention claims, or a capitalised word read as an unknown name spanning exactly the company's words (no person is
    /// named exactly as the company), are taken.</summary>
    public void AddRepeatedCompanies(List<Sentence> sentences, List<List<Mention>> mentions)
    {
        TrimLaunchWords(mentions);
        var companies = new List<(string[] Keys, string Name, int Sentence)>();
        for (var s = 0; s < mentions.Count; s++)
        {
            foreach (var m in mentions[s])
            {
                if (m is not { Kind: MentionKind.Lab, Unknown: true, Anaphor: false, Modifier: false, Name: { } name } || m.End - m.First > 3
                    || (m.End < _tokens.Count && _tokens[m.End].Key == "-") || companies.Exists(c => c.Name == name))
                {
                    continue;
                }

                var keys = Enumerable.Range(m.First, m.End - m.First).Select(t => _tokens[t].Key).ToArray();
                companies.Add((keys, name, s));
                if (keys.Length > 1 && LatinNames.IsOrganisationSuffix(keys[^1]))
                {
                    companies.Add((keys[..^1], name, s));
                }
            }
        }

        foreach (var (keys, name, from) in companies)
        {
            for (var s = from; s < sentences.Count; s++)
            {
                for (var t = sentences[s].FirstToken; t + keys.Length <= sentences[s].EndToken; t++)
                {
                    if (!_tokens[t].Capitalized || !MatchesAt(keys, t) || (t + keys.Length < sentences[s].EndToken && _tokens[t + keys.Length] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true }))
                    {
                        continue;
                    }

                    var overlapping = mentions[s].FindAll(m => m.First < t + keys.Length && t < m.End);
                    if (overlapping.Count > 1 || (overlapping.Count == 1 && overlapping[0] is not { Kind: MentionKind.Person, Pronoun: false }))
                    {
                        continue;
                    }

                    if (overlapping.Count == 1 && (overlapping[0].First != t || overlapping[0].End != t + keys.Length))
                    {
                        continue;
                    }

                    mentions[s].RemoveAll(overlapping.Contains);
                    var lab = new Mention(MentionKind.Lab, t, t + keys.Length, _tokens[t].Start, _tokens[t + keys.Length - 1].End) { Name = name, Surface = Slice(t, t + keys.Length), Unknown = true };
                    var at = mentions[s].FindIndex(m => m.First > t);
                    mentions[s].Insert(at < 0 ? mentions[s].Count : at, lab);
                }
            }
        }
    }

    /// <summary>"Nace Lumbre, la startup madrileña …", "Lahir Kalam AI": the word a headline announces a company's birth with
    /// is capitalised as the headline's first word, but a verb, no part of the name (lexicon data, per language).</summary>
    private void TrimLaunchWords(List<List<Mention>> mentions)
    {
        foreach (var ms in mentions)
        {
            for (var i = 0; i < ms.Count; i++)
            {
                if (ms[i] is { Kind: MentionKind.Lab, Unknown: true, Anaphor: false } m && m.End - m.First >= 2
                    && _lexicon.LaunchWords.Contains(_tokens[m.First].Key) && _tokens[m.First + 1].Capitalized)
                {
                    var surface = Slice(m.First + 1, m.End);
                    ms[i] = new Mention(MentionKind.Lab, m.First + 1, m.End, _tokens[m.First + 1].Start, m.CharEnd) { Name = NormalizeName(surface), Surface = surface, Unknown = true };
                }
            }
        }
    }

    private bool MatchesAt(string[] keys, int t)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (_tokens[t + k].Key != keys[k] || (k > 0 && !_tokens[t + k].SpaceBefore))
            {
                return false;
            }
        }

        return true;
    }
}
