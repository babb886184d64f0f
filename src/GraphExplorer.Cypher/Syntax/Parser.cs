using System.Globalization;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>A hand-written recursive-descent parser for openCypher, with Neo4j-style error positions.</summary>
internal sealed class Parser
{
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "CALL", "UNION", "ORDER", "SKIP", "LIMIT", "WHERE", "ON", "FOREACH",
    };

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _pos;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    private Token Current => _tokens[_pos];

    public static Query Parse(string text)
    {
        var parser = new Parser(text);
        var query = parser.ParseQuery(topLevel: true);
        if (parser.Current.IsSymbol(";"))
        {
            parser._pos++;
        }

        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("a clause");
        }

        return query;
    }

    public static CypherSyntaxException Error(string text, int offset, string message, string detail = "UnexpectedSyntax")
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var lineEnd = text.IndexOf('\n', lineStart);
        var lineText = (lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd]).TrimEnd('\r');
        var column = offset - lineStart + 1;
        var full = $"{message} (line {line}, column {column} (offset: {offset}))\n\"{lineText}\"\n{new string(' ', column)}^";
        return new CypherSyntaxException(full, line, column, offset) { Detail = detail };
    }

    private CypherSyntaxException Unexpected(string expected)
    {
        var token = Current;
        var shown = token.Kind == TokenKind.End ? string.Empty : _text.Substring(token.Offset, Math.Min(token.Length, 40));
        return Error(_text, token.Offset, $"Invalid input '{shown}': expected {expected}");
    }

    private bool AcceptWord(string word)
    {
        if (Current.Is(word))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptWords(params string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!_tokens[Math.Min(_pos + i, _tokens.Count - 1)].Is(words[i]))
            {
                return false;
            }
        }

        _pos += words.Length;
        return true;
    }

    private void ExpectWord(string word)
    {
        if (!AcceptWord(word))
        {
            throw Unexpected($"'{word}'");
        }
    }

    private bool Accept(string symbol)
    {
        if (Current.IsSymbol(symbol))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Unexpected($"'{symbol}'");
        }
    }

    private bool PeekSymbol(int ahead, string symbol) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)].IsSymbol(symbol);

    private string Name()
    {
        var token = Current;
        if (token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            _pos++;
            return token.Text;
        }

        throw Unexpected("an identifier");
    }

    private bool IsName => Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private Query ParseQuery(bool topLevel)
    {
        var parts = new List<SingleQuery> { ParseSingle() };
        var all = new List<bool>();
        while (Current.Is("UNION"))
        {
            _pos++;
            all.Add(AcceptWord("ALL"));
            parts.Add(ParseSingle());
        }

        if (topLevel && parts is [{ Clauses: [CallClause call] }])
        {
            parts[0] = new SingleQuery([call with { Standalone = true }]);
        }

        return new Query(parts, all);
    }

    private SingleQuery ParseSingle()
    {
        var clauses = new List<Clause>();
        while (true)
        {
            var offset = Current.Offset;
            var clause = ParseClause();
            if (clause is null)
            {
                break;
            }

            clauses.Add(clause with { Offset = offset });
        }

        if (clauses.Count == 0)
        {
            throw Unexpected("a clause (MATCH, RETURN, WITH, UNWIND, CREATE, MERGE, ...)");
        }

        return new SingleQuery(clauses);
    }

    private Clause? ParseClause()
    {
        var t = Current;
        if (t.Kind != TokenKind.Identifier)
        {
            return null;
        }

        if (AcceptWord("MATCH"))
        {
            return ParseMatch(false);
        }

        if (AcceptWords("OPTIONAL", "MATCH"))
        {
            return ParseMatch(true);
        }

        if (AcceptWord("UNWIND"))
        {
            var source = ParseExpression();
            ExpectWord("AS");
            return new UnwindClause(source, Name());
        }

        if (AcceptWord("WITH"))
        {
            var projection = ParseProjection();
            Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
            return new WithClause(projection, where);
        }

        if (AcceptWord("RETURN"))
        {
            return new ReturnClause(ParseProjection());
        }

        if (AcceptWord("CREATE"))
        {
            return new CreateClause(ParsePatternList());
        }

        if (AcceptWord("MERGE"))
        {
            var pattern = ParsePatternPart();
            var onCreate = new List<SetItem>();
            var onMatch = new List<SetItem>();
            while (Current.Is("ON"))
            {
                _pos++;
                if (AcceptWord("CREATE"))
                {
                    ExpectWord("SET");
                    onCreate.AddRange(ParseSetItems());
                }
                else
                {
                    ExpectWord("MATCH");
                    ExpectWord("SET");
                    onMatch.AddRange(ParseSetItems());
                }
            }

            return new MergeClause(pattern, onCreate, onMatch);
        }

        if (AcceptWord("SET"))
        {
            return new SetClause(ParseSetItems());
        }

        if (AcceptWord("REMOVE"))
        {
            var items = new List<SetItem>();
            do
            {
                var offset = Current.Offset;
                var name = Name();
                if (Current.IsSymbol(":"))
                {
                    items.Add(new SetLabels(name, ParseLabels()));
                }
                else
                {
                    Expect(".");
                    items.Add(new SetProperty(new Property(new Variable(name) { Offset = offset }, PropertyKey()) { Offset = offset }, null));
                }
            }
            while (Accept(","));
            return new RemoveClause(items);
        }

        if (AcceptWord("DELETE"))
        {
            return new DeleteClause(false, ParseExpressionList());
        }

        if (AcceptWords("DETACH", "DELETE"))
        {
            return new DeleteClause(true, ParseExpressionList());
        }

        if (AcceptWord("CALL"))
        {
            if (Accept("{"))
            {
                var body = ParseQuery(false);
                Expect("}");
                return new CallSubqueryClause(body);
            }

            var name = Name();
            while (Accept("."))
            {
                name += "." + Name();
            }

            List<Expr>? args = null;
            if (Accept("("))
            {
                args = Current.IsSymbol(")") ? [] : ParseExpressionList();
                Expect(")");
            }

            var yields = new List<(string, string)>();
            var star = false;
            Expr? where = null;
            if (AcceptWord("YIELD"))
            {
                if (Accept("*"))
                {
                    star = true;
                }
                else
                {
                    do
                    {
                        var field = Name();
                        yields.Add((field, AcceptWord("AS") ? Name() : field));
                    }
                    while (Accept(","));
                    if (AcceptWord("WHERE"))
                    {
                        where = ParseExpression();
                    }
                }
            }

            return new CallClause(name, args, yields, star, where);
        }

        if (ClauseWords.Contains(t.Text) && !t.Is("UNION"))
        {
            throw Unexpected("a clause");
        }

        if (t.Kind == TokenKind.Identifier && !t.Is("UNION"))
        {
            throw Unexpected("a clause (MATCH, RETURN, WITH, UNWIND, CREATE, MERGE, ...)");
        }

        return null;
    }

    private MatchClause ParseMatch(bool optional)
    {
        var patterns = ParsePatternList();
        Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, patterns, where);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            var offset = Current.Offset;
            if (Accept("("))
            {
                // SET (n).prop = value
                var inner = ParseExpression();
                Expect(")");
                Expect(".");
                var key = PropertyKey();
                Expect("=");
                items.Add(new SetProperty(new Property(inner, key) { Offset = offset }, ParseExpression()));
                continue;
            }

            var name = Name();
            if (Current.IsSymbol(":"))
            {
                items.Add(new SetLabels(name, ParseLabels()));
            }
            else if (Accept("="))
            {
                items.Add(new SetAllProperties(name, ParseExpression(), false));
            }
            else if (Accept("+="))
            {
                items.Add(new SetAllProperties(name, ParseExpression(), true));
            }
            else
            {
                Expr target = new Variable(name) { Offset = offset };
                Expect(".");
                target = new Property(target, PropertyKey()) { Offset = offset };
                while (Accept("."))
                {
                    target = new Property(target, PropertyKey()) { Offset = offset };
                }

                Expect("=");
                items.Add(new SetProperty((Property)target, ParseExpression()));
            }
        }
        while (Accept(","));
        return items;
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (Accept(":"))
        {
            labels.Add(Name());
        }

        return labels;
    }

    private Projection ParseProjection()
    {
        var distinct = AcceptWord("DISTINCT");
        var star = false;
        var items = new List<ProjectionItem>();
        if (Accept("*"))
        {
            star = true;
            if (!Accept(","))
            {
                goto Tail;
            }
        }

        do
        {
            var start = Current.Offset;
            var expr = ParseExpression();
            var end = _tokens[_pos - 1].Offset + _tokens[_pos - 1].Length;
            if (AcceptWord("AS"))
            {
                items.Add(new ProjectionItem(expr, Name(), true));
            }
            else
            {
                items.Add(new ProjectionItem(expr, _text[start..end], false));
            }
        }
        while (Accept(","));

    Tail:
        var order = new List<SortItem>();
        if (AcceptWords("ORDER", "BY"))
        {
            do
            {
                var expr = ParseExpression();
                var desc = false;
                if (AcceptWord("DESC") || AcceptWord("DESCENDING"))
                {
                    desc = true;
                }
                else if (!AcceptWord("ASC"))
                {
                    AcceptWord("ASCENDING");
                }

                order.Add(new SortItem(expr, desc));
            }
            while (Accept(","));
        }

        Expr? skip = AcceptWord("SKIP") ? ParseExpression() : null;
        Expr? limit = AcceptWord("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, order, skip, limit);
    }

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr> { ParseExpression() };
        while (Accept(","))
        {
            list.Add(ParseExpression());
        }

        return list;
    }

    private List<PatternPart> ParsePatternList()
    {
        var list = new List<PatternPart> { ParsePatternPart() };
        while (Accept(","))
        {
            list.Add(ParsePatternPart());
        }

        return list;
    }

    private PatternPart ParsePatternPart()
    {
        var offset = Current.Offset;
        string? pathVar = null;
        if (IsName && PeekSymbol(1, "="))
        {
            pathVar = Name();
            Expect("=");
        }

        var kind = PathKind.Normal;
        if (Current.Is("shortestPath") && PeekSymbol(1, "("))
        {
            kind = PathKind.Shortest;
        }
        else if (Current.Is("allShortestPaths") && PeekSymbol(1, "("))
        {
            kind = PathKind.AllShortest;
        }

        if (kind != PathKind.Normal)
        {
            _pos += 2;
            var inner = ParsePatternElement(pathVar, offset);
            Expect(")");
            return inner with { Kind = kind };
        }

        return ParsePatternElement(pathVar, offset);
    }

    private PatternPart ParsePatternElement(string? pathVar, int offset)
    {
        if (Current.IsSymbol("(") && PeekSymbol(1, "(") )
        {
            // A parenthesised pattern: ((a)-->(b))
            _pos++;
            var inner = ParsePatternElement(pathVar, offset);
            Expect(")");
            return inner;
        }

        var start = ParseNodePattern();
        var chain = new List<(RelPattern, NodePattern)>();
        while (Current.IsSymbol("-") || (Current.IsSymbol("<") && PeekSymbol(1, "-")))
        {
            var rel = ParseRelPattern();
            chain.Add((rel, ParseNodePattern()));
        }

        return new PatternPart(pathVar, PathKind.Normal, start, chain, offset);
    }

    private NodePattern ParseNodePattern()
    {
        var offset = Current.Offset;
        Expect("(");
        string? name = IsName && !Current.Is("WHERE") ? Name() : null;
        var labels = new List<string>();
        while (Accept(":"))
        {
            labels.Add(Name());
            while (Accept("|"))
            {
                throw Error(_text, _tokens[_pos - 1].Offset, "Label expressions with '|' are not supported in node patterns");
            }
        }

        Expr? props = ParseProperties();
        Expect(")");
        return new NodePattern(name, labels, props, offset);
    }

    private Expr? ParseProperties()
    {
        if (Current.IsSymbol("{"))
        {
            return ParseMapLiteral();
        }

        if (Current.Kind == TokenKind.Parameter)
        {
            var t = Current;
            _pos++;
            return new Parameter(t.Text) { Offset = t.Offset };
        }

        return null;
    }

    private RelPattern ParseRelPattern()
    {
        var offset = Current.Offset;
        var left = Accept("<");
        Expect("-");
        string? name = null;
        var types = new List<string>();
        Expr? props = null;
        var varLength = false;
        int? min = null, max = null;
        if (Accept("["))
        {
            if (IsName)
            {
                name = Name();
            }

            if (Accept(":"))
            {
                types.Add(Name());
                while (Accept("|"))
                {
                    Accept(":");
                    types.Add(Name());
                }
            }

            if (Current.IsSymbol(".."))
            {
                throw Error(_text, Current.Offset, "Invalid input '..': a variable length relationship needs '*' before its bounds", "InvalidRelationshipPattern");
            }

            if (Accept("*"))
            {
                varLength = true;
                if (Current.IsSymbol("-"))
                {
                    throw Error(_text, Current.Offset, "Invalid input '-': the bounds of a variable length relationship cannot be negative", "InvalidRelationshipPattern");
                }

                if (Current.Kind == TokenKind.Integer)
                {
                    min = (int)(long)Current.Value!;
                    _pos++;
                    if (Accept(".."))
                    {
                        if (Current.Kind == TokenKind.Integer)
                        {
                            max = (int)(long)Current.Value!;
                            _pos++;
                        }
                    }
                    else
                    {
                        max = min;
                    }
                }
                else if (Accept(".."))
                {
                    if (Current.Kind == TokenKind.Integer)
                    {
                        max = (int)(long)Current.Value!;
                        _pos++;
                    }
                }
            }

            props = ParseProperties();
            Expect("]");
        }

        Expect("-");
        var right = Accept(">");
        var direction = left && !right ? Direction.Left : right && !left ? Direction.Right : Direction.Both;
        return new RelPattern(name, types, direction, props, varLength, min, max, offset);
    }

    private MapLiteral ParseMapLiteral()
    {
        var offset = Current.Offset;
        Expect("{");
        var entries = new List<KeyValuePair<string, Expr>>();
        if (!Current.IsSymbol("}"))
        {
            do
            {
                var key = PropertyKey();
                Expect(":");
                entries.Add(new(key, ParseExpression()));
            }
            while (Accept(","));
        }

        Expect("}");
        return new MapLiteral(entries) { Offset = offset };
    }

    private string PropertyKey()
    {
        var token = Current;
        if (token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            _pos++;
            return token.Text;
        }

        throw Unexpected("a property key name");
    }

    // ---------------------------------------------------------------- expressions

    public Expr ParseExpression() => ParseOr();

    private Expr ParseOr()
    {
        var left = ParseXor();
        while (Current.Is("OR"))
        {
            var offset = Current.Offset;
            _pos++;
            left = new Binary("OR", left, ParseXor()) { Offset = offset };
        }

        return left;
    }

    private Expr ParseXor()
    {
        var left = ParseAnd();
        while (Current.Is("XOR"))
        {
            var offset = Current.Offset;
            _pos++;
            left = new Binary("XOR", left, ParseAnd()) { Offset = offset };
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Current.Is("AND"))
        {
            var offset = Current.Offset;
            _pos++;
            left = new Binary("AND", left, ParseNot()) { Offset = offset };
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (Current.Is("NOT"))
        {
            var offset = Current.Offset;
            _pos++;
            return new Unary("NOT", ParseNot()) { Offset = offset };
        }

        return ParseComparison();
    }

    private static readonly string[] ComparisonOps = ["=", "<>", "!=", "<", ">", "<=", ">="];

    private Expr ParseComparison()
    {
        var first = ParseStringListNull();
        Expr? result = null;
        var left = first;
        while (Current.Kind == TokenKind.Symbol && ComparisonOps.Contains(Current.Text))
        {
            var offset = Current.Offset;
            var op = Current.Text == "!=" ? "<>" : Current.Text;
            _pos++;
            var right = ParseStringListNull();
            var cmp = new Binary(op, left, right) { Offset = offset };
            result = result is null ? cmp : new Binary("AND", result, cmp) { Offset = offset };
            left = right;
        }

        return result ?? first;
    }

    private Expr ParseStringListNull()
    {
        var left = ParseAdditive();
        while (true)
        {
            var offset = Current.Offset;
            if (AcceptWords("STARTS", "WITH"))
            {
                left = new Binary("STARTS WITH", left, ParseAdditive()) { Offset = offset };
            }
            else if (AcceptWords("ENDS", "WITH"))
            {
                left = new Binary("ENDS WITH", left, ParseAdditive()) { Offset = offset };
            }
            else if (AcceptWord("CONTAINS"))
            {
                left = new Binary("CONTAINS", left, ParseAdditive()) { Offset = offset };
            }
            else if (AcceptWord("IN"))
            {
                left = new Binary("IN", left, ParseAdditive()) { Offset = offset };
            }
            else if (Accept("=~"))
            {
                left = new Binary("=~", left, ParseAdditive()) { Offset = offset };
            }
            else if (AcceptWords("IS", "NULL"))
            {
                left = new IsNull(left, false) { Offset = offset };
            }
            else if (AcceptWords("IS", "NOT", "NULL"))
            {
                left = new IsNull(left, true) { Offset = offset };
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.IsSymbol("+") || Current.IsSymbol("-"))
        {
            var offset = Current.Offset;
            var op = Current.Text;
            _pos++;
            left = new Binary(op, left, ParseMultiplicative()) { Offset = offset };
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.IsSymbol("*") || Current.IsSymbol("/") || Current.IsSymbol("%"))
        {
            var offset = Current.Offset;
            var op = Current.Text;
            _pos++;
            left = new Binary(op, left, ParsePower()) { Offset = offset };
        }

        return left;
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        while (Current.IsSymbol("^"))
        {
            var offset = Current.Offset;
            _pos++;
            left = new Binary("^", left, ParseUnary()) { Offset = offset };
        }

        return left;
    }

    private Expr ParseUnary()
    {
        var offset = Current.Offset;
        if (Accept("-"))
        {
            if (Current.Kind == TokenKind.Integer && Current.Value is null)
            {
                _pos++;
                return ParsePostfix(new Literal(long.MinValue) { Offset = offset });
            }

            return new Unary("-", ParseUnary()) { Offset = offset };
        }

        if (Accept("+"))
        {
            return new Unary("+", ParseUnary()) { Offset = offset };
        }

        return ParsePostfix(ParseAtom());
    }

    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            var offset = Current.Offset;
            if (Current.IsSymbol(".") && _tokens[_pos + 1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
            {
                _pos++;
                expr = new Property(expr, PropertyKey()) { Offset = offset };
            }
            else if (Current.IsSymbol("["))
            {
                _pos++;
                if (Accept(".."))
                {
                    Expr? to = Current.IsSymbol("]") ? null : ParseExpression();
                    Expect("]");
                    expr = new Slice(expr, null, to) { Offset = offset };
                    continue;
                }

                var index = ParseExpression();
                if (Accept(".."))
                {
                    Expr? to = Current.IsSymbol("]") ? null : ParseExpression();
                    Expect("]");
                    expr = new Slice(expr, index, to) { Offset = offset };
                    continue;
                }

                Expect("]");
                expr = new Subscript(expr, index) { Offset = offset };
            }
            else if (Current.IsSymbol(":") && _tokens[_pos + 1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
            {
                var labels = new List<string>();
                while (Current.IsSymbol(":") && _tokens[_pos + 1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
                {
                    _pos++;
                    labels.Add(Name());
                }

                expr = new LabelCheck(expr, labels) { Offset = offset };
            }
            else
            {
                return expr;
            }
        }
    }

    private Expr ParseAtom()
    {
        var t = Current;
        var offset = t.Offset;
        switch (t.Kind)
        {
            case TokenKind.Integer:
                _pos++;
                if (t.Value is null)
                {
                    throw Error(_text, offset, "integer is too large", "IntegerOverflow");
                }

                return new Literal(t.Value) { Offset = offset };
            case TokenKind.Float:
                _pos++;
                return new Literal(t.Value) { Offset = offset };
            case TokenKind.InvalidNumber:
                throw Error(_text, offset, $"Invalid input '{t.Text}'", "InvalidNumberLiteral");
            case TokenKind.String:
                _pos++;
                return new Literal(t.Value) { Offset = offset };
            case TokenKind.Parameter:
                _pos++;
                return new Parameter(t.Text) { Offset = offset };
            case TokenKind.End:
                throw Unexpected("an expression");
        }

        if (t.Kind == TokenKind.Symbol)
        {
            if (t.Text == "[")
            {
                return ParseBracket();
            }

            if (t.Text == "{")
            {
                return ParseMapLiteral();
            }

            if (t.Text == "(")
            {
                var save = _pos;
                try
                {
                    var pattern = ParsePatternElement(null, offset);
                    if (pattern.Chain.Count > 0)
                    {
                        return new PatternPredicate(pattern) { Offset = offset };
                    }
                }
                catch (CypherSyntaxException)
                {
                }

                _pos = save + 1;
                var inner = ParseExpression();
                Expect(")");
                return inner;
            }

            throw Unexpected("an expression");
        }

        if (t.Kind == TokenKind.QuotedIdentifier)
        {
            _pos++;
            return MaybeMapProjection(new Variable(t.Text) { Offset = offset });
        }

        // Identifier: keyword literal, CASE, function, quantifier, subquery or variable.
        if (t.Is("true"))
        {
            _pos++;
            return new Literal(true) { Offset = offset };
        }

        if (t.Is("false"))
        {
            _pos++;
            return new Literal(false) { Offset = offset };
        }

        if (t.Is("null"))
        {
            _pos++;
            return new Literal(null) { Offset = offset };
        }

        if (t.Is("CASE"))
        {
            _pos++;
            return ParseCase(offset);
        }

        if ((t.Is("EXISTS") || t.Is("COUNT")) && PeekSymbol(1, "{"))
        {
            _pos += 2;
            var isCount = t.Is("COUNT");
            if (Current.Is("MATCH") || Current.Is("OPTIONAL") || Current.Is("UNWIND") || Current.Is("WITH") || Current.Is("CALL") || Current.Is("RETURN"))
            {
                var body = ParseQuery(false);
                Expect("}");
                return new Subquery(isCount, null, null, body) { Offset = offset };
            }

            var patterns = ParsePatternList();
            Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
            Expect("}");
            return new Subquery(isCount, patterns, where, null) { Offset = offset };
        }

        if ((t.Is("any") || t.Is("all") || t.Is("none") || t.Is("single")) && PeekSymbol(1, "(") && _tokens[_pos + 3].Is("IN") && _tokens[_pos + 2].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            _pos += 2;
            var variable = Name();
            ExpectWord("IN");
            var source = ParseExpression();
            Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
            Expect(")");
            return new Quantifier(t.Text.ToLowerInvariant(), variable, source, where) { Offset = offset };
        }

        if (t.Is("reduce") && PeekSymbol(1, "("))
        {
            _pos += 2;
            var acc = Name();
            Expect("=");
            var init = ParseExpression();
            Expect(",");
            var variable = Name();
            ExpectWord("IN");
            var source = ParseExpression();
            Expect("|");
            var body = ParseExpression();
            Expect(")");
            return new Reduce(acc, init, variable, source, body) { Offset = offset };
        }

        // Function call, possibly namespaced (a.b.c(...)).
        var look = _pos + 1;
        var name = t.Text;
        while (_tokens[look].IsSymbol(".") && _tokens[look + 1].Kind == TokenKind.Identifier && (_tokens[look + 2].IsSymbol("(") || _tokens[look + 2].IsSymbol(".")))
        {
            name += "." + _tokens[look + 1].Text;
            look += 2;
        }

        if (_tokens[look].IsSymbol("("))
        {
            _pos = look + 1;
            if (Accept("*"))
            {
                Expect(")");
                return new FunctionCall(name, false, [], true) { Offset = offset };
            }

            var distinct = AcceptWord("DISTINCT");
            var args = Current.IsSymbol(")") ? [] : ParseExpressionList();
            Expect(")");
            return new FunctionCall(name, distinct, args) { Offset = offset };
        }

        _pos++;
        return MaybeMapProjection(new Variable(t.Text) { Offset = offset });
    }

    private Expr MaybeMapProjection(Variable variable)
    {
        if (!Current.IsSymbol("{"))
        {
            return variable;
        }

        _pos++;
        var items = new List<MapProjectionItem>();
        if (!Current.IsSymbol("}"))
        {
            do
            {
                if (Accept("."))
                {
                    if (Accept("*"))
                    {
                        items.Add(new MapProjectionItem(null, null, true, false));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(PropertyKey(), null, false, true));
                    }
                }
                else
                {
                    var varOffset = Current.Offset;
                    var key = PropertyKey();
                    if (Accept(":"))
                    {
                        items.Add(new MapProjectionItem(key, ParseExpression(), false, false));
                    }
                    else
                    {
                        items.Add(new MapProjectionItem(key, new Variable(key) { Offset = varOffset }, false, false));
                    }
                }
            }
            while (Accept(","));
        }

        Expect("}");
        return new MapProjection(variable.Name, items) { Offset = variable.Offset };
    }

    private Expr ParseCase(int offset)
    {
        Expr? subject = Current.Is("WHEN") ? null : ParseExpression();
        var branches = new List<(Expr, Expr)>();
        while (AcceptWord("WHEN"))
        {
            var when = ParseExpression();
            ExpectWord("THEN");
            branches.Add((when, ParseExpression()));
        }

        if (branches.Count == 0)
        {
            throw Unexpected("'WHEN'");
        }

        Expr? otherwise = AcceptWord("ELSE") ? ParseExpression() : null;
        ExpectWord("END");
        return new CaseExpr(subject, branches, otherwise) { Offset = offset };
    }

    private Expr ParseBracket()
    {
        var offset = Current.Offset;

        // List comprehension: [x IN list WHERE ... | ...]
        if (_tokens[_pos + 1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier && _tokens[_pos + 2].Is("IN"))
        {
            var save = _pos;
            _pos++;
            var variable = Name();
            _pos++;
            var source = ParseExpression();
            if (Current.Is("WHERE") || Current.IsSymbol("|") || Current.IsSymbol("]"))
            {
                Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
                Expr? projection = Accept("|") ? ParseExpression() : null;
                Expect("]");
                return new ListComprehension(variable, source, where, projection) { Offset = offset };
            }

            _pos = save;
        }

        // Pattern comprehension: [p = (a)-->(b) WHERE ... | ...]
        if (_tokens[_pos + 1].IsSymbol("(") || (_tokens[_pos + 1].Kind == TokenKind.Identifier && _tokens[_pos + 2].IsSymbol("=")))
        {
            var save = _pos;
            try
            {
                _pos++;
                var pattern = ParsePatternPart();
                if (pattern.Chain.Count > 0 && (Current.Is("WHERE") || Current.IsSymbol("|")))
                {
                    Expr? where = AcceptWord("WHERE") ? ParseExpression() : null;
                    Expect("|");
                    var projection = ParseExpression();
                    Expect("]");
                    return new PatternComprehension(pattern, where, projection) { Offset = offset };
                }
            }
            catch (CypherSyntaxException)
            {
            }

            _pos = save;
        }

        _pos++;
        var items = new List<Expr>();
        if (!Current.IsSymbol("]"))
        {
            items = ParseExpressionList();
        }

        Expect("]");
        return new ListLiteral(items) { Offset = offset };
    }

    internal static string Describe(long value) => value.ToString(CultureInfo.InvariantCulture);
}
