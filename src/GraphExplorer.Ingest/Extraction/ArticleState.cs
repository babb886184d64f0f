using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>What the rules remember while reading one article: the person and lab the passage is about, dates of
/// heading lines, a pending "including:" list, and the events read so far.</summary>
internal sealed class ArticleState
{
    private readonly Dictionary<int, PartialDate> _headingDates = [];
    private string? _lastLab;
    private int _lastLabSentence = -100;

    public ArticleState(string text, List<Token> tokens, List<Sentence> sentences, LanguageLexicon lexicon, Gazetteer gazetteer, PartialDate? published)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Published = published;
        PublishedMonth = published is { } p ? (p.Precision == DatePrecision.Year ? p : PartialDate.Of(p.Year, p.Month)) : null;
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<Sentence> Sentences { get; }

    public LanguageLexicon Lexicon { get; }

    public Gazetteer Gazetteer { get; }

    public PartialDate? Published { get; }

    /// <summary>Gets the publication month: what "just now" (刚刚) resolves to.</summary>
    public PartialDate? PublishedMonth { get; }

    public List<ArticleEvent> Events { get; } = [];

    public List<UncertainMerge> Merges { get; } = [];

    public string? SalientPerson { get; set; }

    /// <summary>Gets or sets the lab the headline is about, what a later "the company" stands for (<see cref="LabDescriptions"/>).</summary>
    public string? FocalLab { get; set; }

    /// <summary>Gets or sets the lab most recently joined or founded in the article (what "joined, including X" joined).</summary>
    public string? LastArrivalLab { get; set; }

    public int CurrentSentence { get; set; }

    /// <summary>Gets or sets the one company this article tells the founding of, and the sentence it first appears in
    /// (see <see cref="FoundingStories"/>); null when the article founds none or several.</summary>
    public (string Lab, int Sentence)? FoundedCompany { get; set; }

    /// <summary>Gets or sets how many relative dates could not be resolved for want of a publication date.</summary>
    public int UnresolvedRelativeDates { get; set; }

    public (string Lab, PartialDate? Date, int Sentence, string? From)? PendingList { get; set; }

    /// <summary>Gets or sets the latest move of a group named by a title rather than by names ("Meta hired three OpenAI
    /// researchers", "seven OpenAI employees moved to Meta"): people listed later with that origin made it.</summary>
    public GroupMove? Group { get; set; }

    private readonly Dictionary<string, int> _labCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _firstEventSentence = new(StringComparer.Ordinal);
    private readonly HashSet<(string Person, string Lab)> _personLabs = [];

    /// <summary>Indexes a sentence's events by person, so asking whether a person was already tied to a lab costs O(1)
    /// (scanning every event per person made long articles quadratic).</summary>
    public void NoteEvents(List<ArticleEvent> events)
    {
        foreach (var e in events)
        {
            _firstEventSentence.TryAdd(e.Person, e.Sentence);
            if (e.Lab is not null)
            {
                _personLabs.Add((e.Person, e.Lab));
            }
        }
    }

    /// <summary>Whether an event of the person was read in or before the sentence, or placed the person at the lab.</summary>
    public bool TiedBefore(string person, int sentence, string lab) =>
        (_firstEventSentence.TryGetValue(person, out var first) && first <= sentence) || _personLabs.Contains((person, lab));

    /// <summary>Gets or sets the companies a CJK article introduces with their Latin spelling in brackets, each with the
    /// sentence it is first named in (<see cref="MentionFinder.AddIntroducedCompanies"/>).</summary>
    public Dictionary<string, int> IntroducedLabs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets the lab mentioned most so far (the first of equals): what the article is about.</summary>
    public string? TopicLab { get; private set; }

    public void NoteLab(string lab)
    {
        _lastLab = lab;
        _lastLabSentence = CurrentSentence;
        var count = _labCounts[lab] = _labCounts.GetValueOrDefault(lab) + 1;
        if (TopicLab is null || count > _labCounts[TopicLab])
        {
            TopicLab = lab;
        }
    }

    /// <summary>A lab of the sentence for a title without one: the nearest before the title, else the first after it.</summary>
    public static string? SentenceLab(int tokenPosition, List<Mention> ms) =>
        (ms.LastOrDefault(m => m.Kind == MentionKind.Lab && !m.Modifier && !m.Anaphor && m.Name is not null && m.End <= tokenPosition)
            ?? ms.FirstOrDefault(m => m.Kind == MentionKind.Lab && !m.Modifier && !m.Anaphor && m.Name is not null && m.First >= tokenPosition))?.Name;

    /// <summary>The lab a bare title or "the company" refers to: the nearest lab before it in the sentence, else (when
    /// asked) one after it in the sentence, else the last lab of the previous few sentences.</summary>
    public string? RecentLab(int sentence, int tokenPosition, List<Mention> ms, bool preferSentence = false)
    {
        var before = ms.LastOrDefault(m => m.Kind == MentionKind.Lab && !m.Modifier && !m.Anaphor && m.Name is not null && m.End <= tokenPosition);
        if (before is not null)
        {
            return before.Name;
        }

        if (preferSentence)
        {
            var after = ms.FirstOrDefault(m => m.Kind == MentionKind.Lab && !m.Modifier && !m.Anaphor && m.Name is not null && m.First >= tokenPosition);
            if (after is not null)
            {
                return after.Name;
            }
        }

        return sentence - _lastLabSentence <= 4 ? _lastLab : null;
    }

    public void NoteHeadingDate(int sentence, PartialDate date) => _headingDates[sentence] = date;

    /// <summary>The date of a heading line ending with a colon ("刚刚，OpenAI高层大地震："), for the sentence after it.</summary>
    public PartialDate? ContextDate(int sentence) => _headingDates.TryGetValue(sentence - 1, out var date) ? date : null;
}

/// <summary>A group's move: to a lab, from a lab when stated, read in a sentence.</summary>
internal sealed record GroupMove(string To, string? From, PartialDate? Date, int Sentence);
