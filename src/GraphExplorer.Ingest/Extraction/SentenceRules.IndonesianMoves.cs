using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Indonesian hires whose hiring company is not the lab nearest the verb.</summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// "Meta menawarkan paket besar kepada karyawan OpenAI dan merekrut X": Indonesian puts the title before its lab
    /// ("karyawan OpenAI", "peneliti Google"), so a lab right after a title is whose staff they are, not who hires; the
    /// hirer is the lab before it that opens the clause. Null when no such lab stands before the verb.
    /// </summary>
    private string? IndonesianRecruiter(List<Mention> ms, int k)
    {
        if (_lexicon.Code != "id")
        {
            return null;
        }

        var titled = false;
        for (var b = k - 1; b >= 0; b--)
        {
            var m = ms[b];
            if (m.IsVerb || (m.Kind == MentionKind.Person && !m.Pronoun && m.Name is not null))
            {
                return null;
            }

            if (m.Kind != MentionKind.Lab || m.Modifier || m.Name is null)
            {
                continue;
            }

            if (b > 0 && ms[b - 1].IsRole && m.First - ms[b - 1].End <= 1)
            {
                titled = true;
                continue;
            }

            return titled ? m.Name : null;
        }

        return null;
    }
}
