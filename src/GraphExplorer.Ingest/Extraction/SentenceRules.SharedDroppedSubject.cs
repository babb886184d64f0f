using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A sentence that opens on a verb with its subject dropped and goes on to a second one: "Left Stripe in April, then
/// joined Meta", "Meninggalkan Shopee pada Maret, lalu bergabung dengan Nvidia", "Dejó Telefónica y se incorporó a
/// Glovo". Round-ups and profiles write this way after a line that names the person ("2. A. Left …"). The lab the first
/// verb took as its object is not the subject of the second: both verbs share the dropped subject.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Whether the lab at <paramref name="i"/> is the object of a departure verb before it in a sentence that
    /// names no person before the arrival verb at <paramref name="k"/> (so the lab cannot be read as the subject).</summary>
    private static bool ObjectOfEarlierDeparture(List<Mention> ms, int i, int k, Cue cue) =>
        cue is Cue.Join or Cue.Move
        && ms.Take(i).LastOrDefault(x => x.IsVerb) is { } earlier && earlier.Has(Cue.Leave)
        && !ms.Take(k).Any(x => x.Kind == MentionKind.Person);
}
