namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Rina sebelumnya bekerja di A, terakhir sebagai direktur produk", "trabajó ocho años en A, donde fue directora": a title
/// the sentence gives at a lab it also tells as a past stint of the same person is that stint's title, not a current post.
/// Left current, it would make the person still at A and hide the move from A to the lab that hires them.
/// </summary>
internal sealed partial class SentenceRules
{
    private static void TitlesOfPastStints(List<ArticleEvent> events)
    {
        for (var e = 0; e < events.Count; e++)
        {
            var post = events[e];
            // An arrival at the same lab in the sentence ("rejoins A as director") makes the title the new post.
            if (post.Kind == EventKind.Role && !post.Former && post.Lab is not null
                && events.Exists(w => w.Kind == EventKind.Work && w.Former && w.Person == post.Person && w.Lab == post.Lab)
                && !events.Exists(a => a.Kind is EventKind.Join or EventKind.Move && a.Person == post.Person && a.Lab == post.Lab))
            {
                events[e] = post with { Former = true };
            }
        }
    }
}
