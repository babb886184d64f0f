using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A Japanese career clause that says where the person worked only with "で" and moves on in the same sentence: "ソニーで
/// 5年間画像認識の研究をして、2023年にメルカリに移った", "楽天で推薦システムを担当し、その後LINEヤフーに入社した". The
/// work itself is told with any verb ("研究をして", "担当し"), so no work cue marks it; the lab marked as the place of the
/// work before the destination is where the person came from. Korean marks that place with "에서", which the rules already
/// read as the origin; Chinese is read by the word order.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>The lab marked with "で" before <paramref name="destination"/> in the verb's clause, when it is another
    /// employer; null in Korean, with no destination, or when the only such lab is the destination's own company
    /// ("同社で…に就任"), or when the words between tell no work done there (the lexicon's place-of-work words).</summary>
    private string? PlaceOfWorkBefore(List<(Mention Lab, CaseMark? Mark)> labs, Mention? destination)
    {
        if (Korean || destination?.Name is not { } to)
        {
            return null;
        }

        var place = labs.Find(l => l.Mark == CaseMark.At && l.Lab.First < destination.First).Lab;
        if (place?.Name is not { } from || CareerReasoning.SameEmployer(_state, from, to))
        {
            return null;
        }

        // A place where something merely happened ("ソニーで講演し") is no employer: the clause must tell work done there.
        var clause = _text[place.CharEnd..Math.Max(place.CharEnd, destination.Start)];
        return _lexicon.PlaceOfWorkWords.Exists(w => clause.Contains(w, StringComparison.Ordinal)) ? from : null;
    }
}
