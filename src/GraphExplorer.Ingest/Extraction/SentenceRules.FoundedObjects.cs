using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "is leaving to launch an AI startup with former Salesforce co-CEO Bret Taylor": the company founded is the startup
/// described and not named; the lab after it belongs to another person's title and was not founded. "started a
/// partnership with Amazon", "joined Meta to launch its robotics unit": the lab is a partner, or another verb's object,
/// and was not founded either.
/// </summary>
internal sealed partial class SentenceRules
{
    private bool FoundsACompanyOnlyDescribed(List<Mention> ms, int k, string? objectLab)
    {
        if (objectLab is null)
        {
            return false;
        }

        // "her own startup, Quorra AI", "perusahaan rintisan barunya, X" name the company founded; "an AI startup with
        // former Salesforce co-CEO X" describes a company not named and then a companion.
        var at = ms.FindIndex(k + 1, x => x.IsVerb || x.Kind == MentionKind.Lab && x.Name == objectLab);
        var noun = at > k && ms[at].Kind == MentionKind.Lab ? ms.FindLastIndex(at - 1, at - k - 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun)) : -1;
        if (noun < 0)
        {
            return false;
        }

        // "with former Salesforce co-CEO X", "avec l'ancien PDG de Y": the lab belongs to a companion's title.
        return ms[at].TitleLab || ms.Skip(noun + 1).Take(at - noun - 1).Any(x => x.Kind == MentionKind.Cue && (x.Has(Cue.Comitative) || x.Has(Cue.Former)));
    }

    /// <summary>
    /// Whether the lab a founding verb took as its object stands in another phrase: after "with" ("hopes to launch talks
    /// with Microsoft", "founded a research group with Google": a partner), or right before the verb as the object of the
    /// verb before it ("joined Meta to launch its robotics unit": the lab joined). A lab set off by a comma stays
    /// ("left OpenAI, which he founded").
    /// </summary>
    private bool FoundedLabInAnotherPhrase(List<Mention> ms, int k, string? objectLab)
    {
        if (objectLab is null || _lexicon.HeadFinal || _lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            return false;
        }

        var after = ms.FindIndex(k + 1, x => x.IsVerb || x.Kind == MentionKind.Lab && x.Name == objectLab);
        if (after > k && ms[after].Kind == MentionKind.Lab)
        {
            return ms.Skip(k + 1).Take(after - k - 1).Any(x => x.Kind == MentionKind.Cue && x.Has(Cue.Comitative))
                && !CompanionBeforeFoundedLab(ms, k, after);
        }

        var before = k - 1;
        return before > 0 && ms[before] is { Kind: MentionKind.Lab } lab && lab.Name == objectLab && lab.End == ms[k].First && ms[before - 1].IsVerb;
    }

    /// <summary>
    /// "fundou com Beatriz Quintela a Maré Labs", "fundó junto a Marta Gil la startup Brisa", "a cofondé avec Léa Roux la
    /// start-up Brume": the companion comes first and the company founded after it, introduced only by an article or a
    /// company noun. "With" then names the co-founder, not a partner lab.
    /// </summary>
    private bool CompanionBeforeFoundedLab(List<Mention> ms, int k, int lab)
    {
        var companion = lab - 1;
        while (companion > k && ms[companion] is { Kind: MentionKind.Cue } noun && noun.Has(Cue.StartupNoun))
        {
            companion--;
        }

        // A company noun standing for a lab ("das Unternehmen") is left to the other rules: which lab it means is not settled here.
        if (ms[lab].Anaphor || companion <= k + 1 || ms[companion] is not { Kind: MentionKind.Person, Comitative: true, Name: not null } person)
        {
            return false;
        }

        // "with" before the companion, or before the words describing them ("avec l'ancienne ingénieure de Criteo Y").
        // Several companions may stand there ("junto a Y y Z"): the ones before the last are comitative people too.
        var with = companion - 1;
        while (with > k && (ms[with] is { Kind: MentionKind.Person, Comitative: true }
            || (ms[with] is { Kind: MentionKind.Cue or MentionKind.Lab, IsVerb: false } described && !(described.Kind == MentionKind.Cue && described.Has(Cue.Comitative)))))
        {
            with--;
        }

        if (with <= k || ms[with] is not { Kind: MentionKind.Cue } comitative || !comitative.Has(Cue.Comitative))
        {
            return false;
        }

        // Only articles and company nouns between the companion and the company: "with X of Meta" or "with X, then at
        // Meta" put the lab in the companion's phrase.
        // A companion set off by commas ("fundó, junto a Y y Z, la startup X") closes with its comma.
        var setOff = ms[with].First > 0 && _tokens[ms[with].First - 1].Key == ",";
        for (var t = person.End; t < ms[lab].First; t++)
        {
            var token = _tokens[t];
            if (setOff && t == person.End && token.Key == ",")
            {
                continue;
            }

            // The company noun right before the name may be folded into the lab's mention ("la startup X"): read the word.
            if (token.Kind != TokenKind.Word || !(_lexicon.Stopwords.Contains(token.Key) || ms.Exists(x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun) && x.First <= t && t < x.End)
                || (t + 1 == ms[lab].First && _lexicon.Entries.Exists(c => c.Cue == Cue.StartupNoun && string.Equals(c.Phrase, token.Key, StringComparison.OrdinalIgnoreCase)))))
            {
                return false;
            }
        }

        return !ms.Skip(k + 1).Take(with - k - 1).Any(x => x.Kind is MentionKind.Lab);
    }
}
