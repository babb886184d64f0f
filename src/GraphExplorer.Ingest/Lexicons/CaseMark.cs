namespace GraphExplorer.Ingest.Lexicons;

/// <summary>
/// What a case particle after a lab makes of it in a verb-final language (Japanese, Korean): the particle, not the word
/// order, says whether a lab is where a move starts or ends.
/// </summary>
internal enum CaseMark
{
    /// <summary>An origin ("から", "에서", "로부터"): the lab left; for Korean "에서" also where someone works.</summary>
    From,

    /// <summary>A destination ("に", "へ", "에", "로"): the lab joined.</summary>
    To,

    /// <summary>A direct object ("を", "를", "을"): the lab left, founded or gone through.</summary>
    Object,

    /// <summary>A place ("で"): where someone works.</summary>
    At,

    /// <summary>A subject or topic ("は", "が", "은", "는"): the lab acts (hires, announces).</summary>
    Topic,

    /// <summary>A possessive ("の", "의"): the lab owns the noun after it.</summary>
    Genitive,

    /// <summary>"出身", "출신" (comes from): the person worked at the lab before.</summary>
    Former,

    /// <summary>Particles that start like another but mean something else ("によって" is "by", "에 따르면" "according to").</summary>
    None,
}
