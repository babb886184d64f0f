using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// General constructions by which verb-final news (Japanese, Korean) reports where a mover was before a move.
/// </summary>
internal static class MoveCues
{
    /// <summary>
    /// "Aに所属していた", "Aに在籍", "A에 재직 중인", "A에 소속된": verbs of belonging take their place with the particle that
    /// otherwise marks a destination (に, 에). Only the lab nearest the verb counts, so "Bに移籍し、…" earlier in the
    /// clause is never read as the place of a later tenure.
    /// </summary>
    public static Mention? BelongingPlace(List<(Mention Lab, CaseMark? Mark)> clauseLabs) =>
        clauseLabs is [{ Mark: CaseMark.To } nearest, ..] ? nearest.Lab : null;
}
