using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Learning;

/// <summary>A person and a lab the extractor found near each other in one article, with the features the pair model reads.</summary>
/// <param name="Person">The person as the rules name it (before non-Latin names are written in Latin script).</param>
/// <param name="Lab">The lab's canonical name.</param>
/// <param name="Features">The values, in the order of <see cref="PairFeatures.Names"/>.</param>
/// <param name="Start">The character offset of the sentence where the pair is closest (the evidence of a fact the model adds).</param>
/// <param name="End">The end of that sentence.</param>
internal sealed record PairCandidate(string Person, string Lab, float[] Features, int Start, int End);

/// <summary>
/// Builds the candidate pairs of one article from the extractor's own mentions and events: every person and lab named in
/// one sentence, and every pair a rule linked across sentences. The features say which cue words (from the language's
/// lexicon) stand between and around the two, their order and distance, "former"/"ex-", how many other people and labs
/// share the sentence (lists), where the sentence is, the language, and what the rules concluded about the pair. They are
/// word classes, not words, so one model serves the nine languages.
/// </summary>
internal static class PairFeatures
{
    private static readonly Cue[] s_cues = Enum.GetValues<Cue>();
    private static readonly EventKind[] s_events = Enum.GetValues<EventKind>();

    private static readonly string[] s_scalars =
    [
        "cooccur", "sentences", "distance", "personFirst", "peopleBetween", "labsBetween", "peopleInSentence", "labsInSentence",
        "headline", "position", "listItem", "exPrefix", "labTitle", "labModifier", "labPartial", "labUnknown", "labAnaphor",
        "personUnknown", "personShort", "personPronoun", "personObject", "personAgent", "personComitative",
        "personMentions", "labMentions", "personLabs", "labPeople", "topicLab", "knownFounder", "adjacent",
        "eventFrom", "ruleWorkedAt", "ruleFounded", "ruleLeftFrom", "ruleLeftTo", "ruleWorkedAtEnded",
    ];

    private static readonly int s_between = s_scalars.Length;
    private static readonly int s_before = s_between + s_cues.Length;
    private static readonly int s_after = s_before + s_cues.Length;
    private static readonly int s_beforeLab = s_after + s_cues.Length;
    private static readonly int s_afterLab = s_beforeLab + s_cues.Length;
    private static readonly int s_event = s_afterLab + s_cues.Length;
    private static readonly int s_language = s_event + s_events.Length;

    /// <summary>The language codes with a one-hot feature each, in order.</summary>
    private static readonly string[] s_languages = ["en", "fr", "es", "de", "pt", "id", "zh-Hans", "zh-Hant", "ja", "ko"];

    /// <summary>Gets the feature names, in vector order (a model file records them, so a model never reads another layout).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. s_scalars,
        .. s_cues.Select(c => "between:" + c),
        .. s_cues.Select(c => "before:" + c),
        .. s_cues.Select(c => "after:" + c),
        .. s_cues.Select(c => "beforeLab:" + c),
        .. s_cues.Select(c => "afterLab:" + c),
        .. s_events.Select(e => "event:" + e),
        .. s_languages.Select(l => "language:" + l),
    ];

    private static int Index(string name) => Array.IndexOf(s_scalars, name);

    private static readonly int s_cooccur = Index("cooccur");
    private static readonly int s_sentences = Index("sentences");
    private static readonly int s_distance = Index("distance");
    private static readonly int s_personFirst = Index("personFirst");
    private static readonly int s_peopleBetween = Index("peopleBetween");
    private static readonly int s_labsBetween = Index("labsBetween");
    private static readonly int s_peopleInSentence = Index("peopleInSentence");
    private static readonly int s_labsInSentence = Index("labsInSentence");
    private static readonly int s_headline = Index("headline");
    private static readonly int s_position = Index("position");
    private static readonly int s_listItem = Index("listItem");
    private static readonly int s_exPrefix = Index("exPrefix");
    private static readonly int s_personMentions = Index("personMentions");
    private static readonly int s_labMentions = Index("labMentions");
    private static readonly int s_personLabs = Index("personLabs");
    private static readonly int s_labPeople = Index("labPeople");
    private static readonly int s_topicLab = Index("topicLab");
    private static readonly int s_knownFounder = Index("knownFounder");
    private static readonly int s_adjacent = Index("adjacent");
    private static readonly int s_eventFrom = Index("eventFrom");
    private static readonly int s_ruleWorkedAt = Index("ruleWorkedAt");
    private static readonly int s_ruleFounded = Index("ruleFounded");
    private static readonly int s_ruleLeftFrom = Index("ruleLeftFrom");
    private static readonly int s_ruleLeftTo = Index("ruleLeftTo");
    private static readonly int s_ruleWorkedAtEnded = Index("ruleWorkedAtEnded");

    private sealed class Pair(string person, string lab)
    {
        public string Person { get; } = person;

        public string Lab { get; } = lab;

        public float[] Values { get; } = new float[Names.Count];

        public int Sentences { get; set; }

        public int LastSentence { get; set; } = -1;

        public int Distance { get; set; } = int.MaxValue;

        public int Start { get; set; } = -1;

        public int End { get; set; }
    }

    /// <summary>The candidate pairs of an article the rules have read, in order of first mention.</summary>
    public static List<PairCandidate> Build(ArticleState state, List<List<Mention>> mentions, List<Fact> ruleFacts)
    {
        var pairs = new Dictionary<(string, string), Pair>();
        var personMentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var labMentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = state.Sentences;
        Pair Get(string person, string lab)
        {
            if (!pairs.TryGetValue((person, lab), out var pair))
            {
                pairs[(person, lab)] = pair = new Pair(person, lab);
            }

            return pair;
        }

        for (var s = 0; s < mentions.Count; s++)
        {
            var ms = mentions[s];
            var people = ms.Where(m => m.Kind == MentionKind.Person && m.Name is not null).ToList();
            var labs = ms.Where(m => m.Kind == MentionKind.Lab && m.Name is not null).ToList();
            foreach (var p in people)
            {
                personMentions[p.Name!] = personMentions.GetValueOrDefault(p.Name!) + 1;
            }

            foreach (var l in labs)
            {
                labMentions[l.Name!] = labMentions.GetValueOrDefault(l.Name!) + 1;
            }

            foreach (var p in people)
            {
                foreach (var l in labs)
                {
                    Cooccurrence(state, s, ms, people, labs, p, l, Get(p.Name!, l.Name!));
                }
            }

            // A person alone in a sentence and a lab alone in the next (a headline and its lead, a name and "joins X").
            if (s + 1 < mentions.Count && people.Count == 1 && labs.Count == 0)
            {
                foreach (var l in mentions[s + 1].Where(m => m.Kind == MentionKind.Lab && m.Name is not null && !m.Modifier))
                {
                    var pair = Get(people[0].Name!, l.Name!);
                    pair.Values[s_adjacent] = 1;
                    if (pair.Start < 0)
                    {
                        (pair.Start, pair.End) = (sentences[s].Start, sentences[s + 1].End);
                    }
                }
            }
        }

        foreach (var e in state.Events)
        {
            if (e.Lab is not null)
            {
                var pair = Get(e.Person, e.Lab);
                ref var slot = ref pair.Values[s_event + Array.IndexOf(s_events, e.Kind)];
                slot = Math.Max(slot, (float)e.Confidence);
                if (e.Former)
                {
                    pair.Values[s_ruleWorkedAtEnded] = 1;
                }

                if (pair.Start < 0)
                {
                    (pair.Start, pair.End) = (e.Start, e.End);
                }
            }

            if (e.From is not null)
            {
                var pair = Get(e.Person, e.From);
                pair.Values[s_eventFrom] = 1;
                if (pair.Start < 0)
                {
                    (pair.Start, pair.End) = (e.Start, e.End);
                }
            }
        }

        foreach (var fact in ruleFacts)
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    var worked = Get(w.Person, w.Lab);
                    worked.Values[s_ruleWorkedAt] = 1;
                    worked.Values[s_ruleWorkedAtEnded] = Math.Max(worked.Values[s_ruleWorkedAtEnded], w.End is null ? 0 : 1);
                    break;
                case FoundedFact f:
                    Get(f.Person, f.Lab).Values[s_ruleFounded] = 1;
                    break;
                case LeftForFact l:
                    Get(l.Person, l.From).Values[s_ruleLeftFrom] = 1;
                    Get(l.Person, l.To).Values[s_ruleLeftTo] = 1;
                    break;
            }
        }

        var labsOfPerson = pairs.Values.Where(p => p.Sentences > 0).GroupBy(p => p.Person, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var peopleOfLab = pairs.Values.Where(p => p.Sentences > 0).GroupBy(p => p.Lab, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var languageSlot = Array.IndexOf(s_languages, state.Lexicon.Code);
        var result = new List<PairCandidate>(pairs.Count);
        foreach (var pair in pairs.Values)
        {
            var v = pair.Values;
            v[s_cooccur] = pair.Sentences > 0 ? 1 : 0;
            v[s_sentences] = MathF.Log(1 + pair.Sentences);
            v[s_distance] = pair.Distance == int.MaxValue ? 10 : MathF.Log(1 + pair.Distance);
            v[s_personMentions] = MathF.Log(1 + personMentions.GetValueOrDefault(pair.Person));
            v[s_labMentions] = MathF.Log(1 + labMentions.GetValueOrDefault(pair.Lab));
            v[s_personLabs] = labsOfPerson.GetValueOrDefault(pair.Person);
            v[s_labPeople] = peopleOfLab.GetValueOrDefault(pair.Lab);
            v[s_topicLab] = state.TopicLab == pair.Lab ? 1 : 0;
            v[s_knownFounder] = state.Gazetteer.FoundedBy(pair.Person).Contains(pair.Lab, StringComparer.Ordinal) ? 1 : 0;
            if (languageSlot >= 0)
            {
                v[s_language + languageSlot] = 1;
            }

            result.Add(new PairCandidate(pair.Person, pair.Lab, v, Math.Max(pair.Start, 0), pair.End));
        }

        return result;
    }

    /// <summary>Folds one co-occurrence of the pair in sentence <paramref name="s"/> into its features: cue classes by
    /// position are or-ed over the article, the shape of the nearest co-occurrence is kept.</summary>
    private static void Cooccurrence(ArticleState state, int s, List<Mention> ms, List<Mention> people, List<Mention> labs, Mention p, Mention l, Pair pair)
    {
        var v = pair.Values;
        var left = Math.Min(p.End, l.End);
        var right = Math.Max(p.First, l.First);
        var earliest = Math.Min(p.First, l.First);
        var latest = Math.Max(p.End, l.End);
        foreach (var cue in ms)
        {
            if (cue.Kind != MentionKind.Cue || cue.Cues is null)
            {
                continue;
            }

            var offset = cue.First >= left && cue.End <= right ? s_between
                : cue.End <= earliest ? s_before
                : cue.First >= latest ? s_after
                : -1;
            var nextToLab = cue.End <= l.First && l.First - cue.End <= 2;

            // Verb-final languages put the cue after the lab ("OpenAIに入社", "OpenAI에 합류").
            var afterLab = cue.First >= l.End && cue.First - l.End <= 2;
            foreach (var entry in cue.Cues)
            {
                var c = (int)entry.Cue;
                if (offset >= 0)
                {
                    v[offset + c] = 1;
                }

                if (nextToLab)
                {
                    v[s_beforeLab + c] = 1;
                }

                if (afterLab)
                {
                    v[s_afterLab + c] = 1;
                }
            }
        }

        var text = state.Text;
        if (l.Start >= 3 && string.Compare(text, l.Start - 3, "ex-", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            v[s_exPrefix] = 1;
        }

        v[s_labTitle] = Math.Max(v[s_labTitle], l.TitleLab ? 1 : 0);
        v[s_labTitle + 1] = Math.Max(v[s_labTitle + 1], l.Modifier ? 1 : 0);
        v[s_labTitle + 2] = Math.Max(v[s_labTitle + 2], l.Partial ? 1 : 0);
        v[s_labTitle + 3] = Math.Max(v[s_labTitle + 3], l.Unknown ? 1 : 0);
        v[s_labTitle + 4] = Math.Max(v[s_labTitle + 4], l.Anaphor ? 1 : 0);
        v[s_personUnknown] = Math.Max(v[s_personUnknown], p.Unknown ? 1 : 0);
        v[s_personUnknown + 1] = Math.Max(v[s_personUnknown + 1], p.ShortForm ? 1 : 0);
        v[s_personUnknown + 2] = Math.Max(v[s_personUnknown + 2], p.Pronoun ? 1 : 0);
        v[s_personUnknown + 3] = Math.Max(v[s_personUnknown + 3], p.Object ? 1 : 0);
        v[s_personUnknown + 4] = Math.Max(v[s_personUnknown + 4], p.Agent ? 1 : 0);
        v[s_personUnknown + 5] = Math.Max(v[s_personUnknown + 5], p.Comitative ? 1 : 0);
        v[s_listItem] = Math.Max(v[s_listItem], state.Sentences[s].IsListItem ? 1 : 0);
        if (s == 0)
        {
            v[s_headline] = 1;
        }

        if (pair.LastSentence != s)
        {
            pair.Sentences++;
            pair.LastSentence = s;
        }

        var distance = right - left;
        if (distance < pair.Distance)
        {
            pair.Distance = Math.Max(distance, 0);
            v[s_personFirst] = p.First < l.First ? 1 : 0;
            v[s_peopleBetween] = people.Count(o => o != p && o.First >= left && o.End <= right);
            v[s_labsBetween] = labs.Count(o => o != l && o.First >= left && o.End <= right);
            v[s_peopleInSentence] = people.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count();
            v[s_labsInSentence] = labs.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count();
            v[s_position] = state.Sentences.Count <= 1 ? 0 : (float)s / (state.Sentences.Count - 1);
            (pair.Start, pair.End) = (state.Sentences[s].Start, state.Sentences[s].End);
        }
    }

    private static readonly int s_labTitle = Index("labTitle");
    private static readonly int s_personUnknown = Index("personUnknown");
}
