using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Evaluation;

namespace GraphExplorer.Ingest.Learning;

/// <summary>What the gold says about a candidate pair: the relations it takes part in (a LEFT_FOR makes its person's
/// pair with the origin a "left from" and with the destination a "left to").</summary>
internal readonly record struct PairLabel(bool WorkedAt, bool Founded, bool LeftFrom, bool LeftTo)
{
    /// <summary>The label of a candidate from the gold facts of its article, matched as <c>eval</c> matches facts.</summary>
    public static PairLabel Of(PairCandidate candidate, IEnumerable<Fact> gold, Evaluator evaluator)
    {
        bool worked = false, founded = false, from = false, to = false;
        foreach (var fact in gold)
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    worked |= evaluator.SamePair(w.Person, w.Lab, candidate.Person, candidate.Lab);
                    break;
                case FoundedFact f:
                    founded |= evaluator.SamePair(f.Person, f.Lab, candidate.Person, candidate.Lab);
                    break;
                case LeftForFact l:
                    from |= evaluator.SamePair(l.Person, l.From, candidate.Person, candidate.Lab);
                    to |= evaluator.SamePair(l.Person, l.To, candidate.Person, candidate.Lab);
                    break;
            }
        }

        return new PairLabel(worked, founded, from, to);
    }
}
