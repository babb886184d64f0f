namespace GraphExplorer.Ingest.Text;

/// <summary>A sentence as a token range and character range of the article text.</summary>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End, bool EndsWithColon, bool IsListItem);

/// <summary>
/// Splits tokenised text into sentences: at line breaks, at CJK full stops (。！？), and at '.', '!' or '?' followed by
/// a space, unless the word before is an abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Sentences longer than this many tokens are cut at the next punctuation mark (at twice it, anywhere).</summary>
    public const int MaxTokens = 200;

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "inc", "corp", "ltd", "co", "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "vs", "etc", "e", "i", "u", "s", "m",
        "mme", "mlle", "sra", "srta", "hr", "fr", "nr", "no", "approx", "ca", "bzw", "z", "b", "d", "h", "dll", "dkk", "sen",
    };

    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var boundary = false;
            if (i + 1 < tokens.Count && HasLineBreak(text, t.End, tokens[i + 1].Start))
            {
                boundary = true;
            }
            else if (t.Kind == TokenKind.Punct)
            {
                var c = text[t.Start];
                if (c is '。' or '！' or '？' or '!' or '?' or '；')
                {
                    boundary = true;
                }
                else if (c == '.' && (i + 1 >= tokens.Count || tokens[i + 1].SpaceBefore || IsQuote(tokens[i + 1])) && !IsAbbreviation(tokens, i))
                {
                    boundary = i + 1 >= tokens.Count || StartsSentence(text, tokens, i + 1);
                }
            }

            // Closing quotes and brackets stay with the sentence they close.
            while (boundary && i + 1 < tokens.Count && IsCloser(tokens[i + 1]) && !HasLineBreak(text, t.End, tokens[i + 1].Start))
            {
                i++;
                t = tokens[i];
            }

            // A "sentence" of hundreds of tokens is a table, a list without punctuation or a dump: cut it so the rules,
            // which compare mentions within a sentence, stay linear in the article's length.
            if (!boundary && i - first >= MaxTokens && (t.Kind == TokenKind.Punct || i - first >= MaxTokens * 2))
            {
                boundary = true;
            }

            if (boundary || i == tokens.Count - 1)
            {
                Add(sentences, text, tokens, first, i + 1);
                first = i + 1;
            }
        }

        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, List<Token> tokens, int first, int end)
    {
        if (end <= first)
        {
            return;
        }

        var last = tokens[end - 1];
        var colon = last.Key == ":" || (end - 2 >= first && tokens[end - 2].Key == ":" && tokens[end - 1].Kind == TokenKind.Punct);
        var firstToken = tokens[first];
        var lineStart = first == 0 || HasLineBreak(text, tokens[first - 1].End, firstToken.Start);
        var list = lineStart && (firstToken.Key is "-" or "·" or "*" or "+" or "・" || (firstToken.Kind == TokenKind.Number && end - first > 1 && tokens[first + 1].Key is "." or ")"));
        sentences.Add(new Sentence(first, end, firstToken.Start, last.End, colon, list));
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbbreviation(List<Token> tokens, int dot)
    {
        if (dot == 0 || tokens[dot].SpaceBefore)
        {
            return false;
        }

        var word = tokens[dot - 1];
        return word.Kind == TokenKind.Word && (s_abbreviations.Contains(word.Key) || (word.Length == 1 && word.Capitalized));
    }

    private static bool StartsSentence(string text, List<Token> tokens, int index)
    {
        var next = tokens[index];
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || next.Kind == TokenKind.Cjk || IsQuote(next) || next.Kind == TokenKind.Punct;
    }

    private static bool IsQuote(Token token) => token.Kind == TokenKind.Punct && token.Key is "\"" or "'";

    private static bool IsCloser(Token token) => token.Kind == TokenKind.Punct && token.Key is "\"" or "'" or ")" or "]" or "」" or "』" or "》";
}
