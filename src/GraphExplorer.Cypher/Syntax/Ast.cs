namespace GraphExplorer.Cypher.Syntax;

internal abstract record Expr
{
    public int Offset { get; init; }
}

internal sealed record Literal(object? Value) : Expr;

internal sealed record Parameter(string Name) : Expr;

internal sealed record Variable(string Name) : Expr;

internal sealed record Property(Expr Target, string Key) : Expr;

internal sealed record ListLiteral(IReadOnlyList<Expr> Items) : Expr;

internal sealed record MapLiteral(IReadOnlyList<KeyValuePair<string, Expr>> Entries) : Expr;

internal sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

internal sealed record Unary(string Op, Expr Operand) : Expr;

internal sealed record IsNull(Expr Operand, bool Negated) : Expr;

internal sealed record Subscript(Expr Target, Expr Index) : Expr;

internal sealed record Slice(Expr Target, Expr? From, Expr? To) : Expr;

internal sealed record FunctionCall(string Name, bool Distinct, IReadOnlyList<Expr> Args, bool Star = false) : Expr;

internal sealed record CaseExpr(Expr? Subject, IReadOnlyList<(Expr When, Expr Then)> Branches, Expr? Else) : Expr;

internal sealed record ListComprehension(string Var, Expr Source, Expr? Where, Expr? Projection) : Expr;

internal sealed record Quantifier(string Kind, string Var, Expr Source, Expr? Where) : Expr;

internal sealed record Reduce(string Accumulator, Expr Init, string Var, Expr Source, Expr Body) : Expr;

internal sealed record PatternComprehension(PatternPart Pattern, Expr? Where, Expr Projection) : Expr;

internal sealed record PatternPredicate(PatternPart Pattern) : Expr;

internal sealed record LabelCheck(Expr Target, IReadOnlyList<string> Labels) : Expr;

internal sealed record MapProjection(string Var, IReadOnlyList<MapProjectionItem> Items) : Expr;

internal sealed record MapProjectionItem(string? Key, Expr? Value, bool AllProperties, bool PropertySelector);

/// <summary>EXISTS { … } or COUNT { … }: a pattern with an optional WHERE, or a whole query.</summary>
internal sealed record Subquery(bool Count, IReadOnlyList<PatternPart>? Patterns, Expr? Where, Query? Body) : Expr;

internal enum Direction
{
    Right,
    Left,
    Both,
}

internal enum PathKind
{
    Normal,
    Shortest,
    AllShortest,
}

internal sealed record NodePattern(string? Var, IReadOnlyList<string> Labels, Expr? Properties, int Offset);

internal sealed record RelPattern(string? Var, IReadOnlyList<string> Types, Direction Direction, Expr? Properties, bool VarLength, int? MinHops, int? MaxHops, int Offset);

internal sealed record PatternPart(string? PathVar, PathKind Kind, NodePattern Start, IReadOnlyList<(RelPattern Rel, NodePattern Node)> Chain, int Offset)
{
    public IEnumerable<NodePattern> Nodes => Chain.Select(c => c.Node).Prepend(Start);
}

internal abstract record Clause
{
    public int Offset { get; init; }
}

internal sealed record MatchClause(bool Optional, IReadOnlyList<PatternPart> Patterns, Expr? Where) : Clause;

internal sealed record UnwindClause(Expr Source, string Var) : Clause;

internal sealed record ProjectionItem(Expr Expr, string Name, bool Aliased);

internal sealed record SortItem(Expr Expr, bool Descending);

internal sealed record Projection(bool Distinct, bool Star, IReadOnlyList<ProjectionItem> Items, IReadOnlyList<SortItem> Order, Expr? Skip, Expr? Limit);

internal sealed record WithClause(Projection Projection, Expr? Where) : Clause;

internal sealed record ReturnClause(Projection Projection) : Clause;

internal sealed record CreateClause(IReadOnlyList<PatternPart> Patterns) : Clause;

internal sealed record MergeClause(PatternPart Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

internal sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record RemoveClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record DeleteClause(bool Detach, IReadOnlyList<Expr> Targets) : Clause;

internal sealed record CallClause(string Procedure, IReadOnlyList<Expr>? Args, IReadOnlyList<(string Field, string Alias)> Yield, bool YieldStar, Expr? Where) : Clause
{
    /// <summary>Gets a value indicating whether the call is the whole query: it may then take its arguments from parameters and returns its outputs.</summary>
    public bool Standalone { get; init; }
}

internal sealed record CallSubqueryClause(Query Body) : Clause;

/// <summary>SET/REMOVE items: a property (Value null for REMOVE), a whole map (<c>=</c> or <c>+=</c>), or labels.</summary>
internal abstract record SetItem;

internal sealed record SetProperty(Property Target, Expr? Value) : SetItem;

internal sealed record SetAllProperties(string Var, Expr Value, bool Merge) : SetItem;

internal sealed record SetLabels(string Var, IReadOnlyList<string> Labels) : SetItem;

internal sealed record SingleQuery(IReadOnlyList<Clause> Clauses);

internal sealed record Query(IReadOnlyList<SingleQuery> Parts, IReadOnlyList<bool> UnionAll);
