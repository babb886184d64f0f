using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

internal enum MentionKind
{
    Person,
    Lab,
    Cue,
    Date,
}

/// <summary>Something recognised in a sentence: a person, a lab, a cue word or a date, with its token and character range.</summary>
internal sealed class Mention
{
    private List<CueEntry>? _cues;

    public Mention(MentionKind kind, int first, int end, int start, int charEnd)
    {
        Kind = kind;
        First = first;
        End = end;
        Start = start;
        CharEnd = charEnd;
    }

    public MentionKind Kind { get; }

    /// <summary>Gets the first token index.</summary>
    public int First { get; }

    /// <summary>Gets the token index after the last token.</summary>
    public int End { get; }

    public int Start { get; }

    public int CharEnd { get; }

    /// <summary>Gets or sets the canonical name (person or lab), or the surface form until resolved; null when dropped.</summary>
    public string? Name { get; set; }

    public string Surface { get; set; } = string.Empty;

    public List<CueEntry>? Cues
    {
        get => _cues;
        set
        {
            _cues = value;
            IsVerb = Kind == MentionKind.Cue && value is not null && value.Exists(c => c.Cue is Cue.Leave or Cue.LeaveNoun or Cue.Join or Cue.Move or Cue.Found or Cue.Work or Cue.Recruit or Cue.Bring);
            IsRole = Kind == MentionKind.Cue && value is not null && value.Exists(c => c.Cue is Cue.Role or Cue.FounderRole);
        }
    }

    public PartialDate? Date { get; set; }

    public bool Pronoun { get; set; }

    public bool Anaphor { get; set; }

    /// <summary>Gets or sets a value indicating whether the lab only qualifies another word ("Microsoft-backed").</summary>
    public bool Modifier { get; set; }

    /// <summary>Gets or sets a value indicating whether the lab belongs to a title ("CEO of OpenAI") and is no verb's object.</summary>
    public bool TitleLab { get; set; }

    /// <summary>Gets or sets a value indicating whether the name is not in the gazetteer (found by its shape).</summary>
    public bool Unknown { get; set; }

    /// <summary>Gets or sets a value indicating whether this is a short form (a surname) to resolve against full names.</summary>
    public bool ShortForm { get; set; }

    /// <summary>Gets or sets a value indicating whether the gazetteer name is a shortened lab name.</summary>
    public bool Partial { get; set; }

    /// <summary>Gets or sets a value indicating whether the mention was the object of a bringing/recruiting verb.</summary>
    public bool Object { get; set; }

    /// <summary>Gets or sets the person a title without a name stands for ("Der Mitgründer von …, der …").</summary>
    public string? StandsFor { get; set; }

    /// <summary>Gets or sets a value indicating whether the mention fits several people and was left unresolved.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>Gets or sets a value indicating whether the person is the agent of a passive ("fondée par X").</summary>
    public bool Agent { get; set; }

    /// <summary>Gets or sets a value indicating whether the person follows "together with" (a co-actor, not the subject).</summary>
    public bool Comitative { get; set; }

    /// <summary>Gets or sets the others a plural pronoun stands for besides <see cref="Name"/> ("X and Y … before they returned").</summary>
    public List<string>? Group { get; set; }

    /// <summary>Gets or sets the person whose company an anaphor names ("la startup de Murati").</summary>
    public string? PossessedBy { get; set; }

    public bool Has(Cue cue) => Cues is not null && Cues.Exists(c => c.Cue == cue);

    public CueEntry? Get(Cue cue) => Cues?.Find(c => c.Cue == cue);

    /// <summary>Gets a value indicating whether the cue is a verb of moving, founding, working or hiring (computed once).</summary>
    public bool IsVerb { get; private set; }

    /// <summary>Gets a value indicating whether the cue is a job or founder title (computed once).</summary>
    public bool IsRole { get; private set; }

    public override string ToString() => $"{Kind}:{Name ?? Surface}";
}

/// <summary>What an event says about a person and a lab, before the article-level reasoning turns events into facts.</summary>
internal enum EventKind
{
    Leave,
    Join,
    Move,
    FoundEvent,
    FoundTitle,
    FoundPossessive,
    Role,
    Work,
}

/// <summary>One statement read from a sentence about one person.</summary>
internal sealed record ArticleEvent(
    EventKind Kind,
    string Person,
    string? Lab,
    PartialDate? Date,
    double Confidence,
    int Sentence,
    int Start,
    int End)
{
    /// <summary>Gets the lab the person left, when the same sentence names it ("left X for Y", "joined Y from X").</summary>
    public string? From { get; init; }

    public string? Role { get; init; }

    /// <summary>Gets a value indicating whether a tenure is marked as past ("former", "previously", "worked").</summary>
    public bool Former { get; init; }

    /// <summary>Gets the date of the move this arrival completes (the leaving date when known), if it differs from <see cref="Date"/>.</summary>
    public PartialDate? MoveDate { get; init; }

    /// <summary>Gets a value indicating whether the lab was inferred for a title with no lab beside it.</summary>
    public bool BareTitle { get; init; }

    /// <summary>Gets the person whose lab this event's lab is ("joined Murati" means her startup), resolved later.</summary>
    public string? LabOfPerson { get; init; }

    /// <summary>Gets a value indicating whether a title's lab was taken by nearness (a bare title, or "the company"
    /// resolved to a lab nearby) rather than named as the title's own complement (<see cref="PostBinding"/>).</summary>
    public bool LabByNearness { get; init; }

    /// <summary>Gets a value indicating whether the post is one taken at the lab the person went to, read from a verb of
    /// leading or a word before the title (<see cref="DestinationPosts"/>): a departure that names no lab did not leave it.</summary>
    public bool TakenAtDestination { get; init; }
}
