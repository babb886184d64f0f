using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Evaluation;

/// <summary>One line of a corpus manifest (<c>data/corpus/&lt;lang&gt;.articles.jsonl</c>) and where it was read.</summary>
/// <param name="Length">The text's length in UTF-16 code units (a .NET string's length).</param>
/// <param name="Split">"dev" (tuned on) or "test" (frozen, measured only through totals).</param>
public sealed record CorpusArticle(
    string Id,
    string? Url,
    string? Title,
    string Language,
    PartialDate? Published,
    string Sha256,
    int Length,
    string Split,
    FactLocation Location);

/// <summary>The articles of one split, their verified texts and the gold facts about them.</summary>
public sealed record CorpusSplit(IReadOnlyList<CorpusArticle> Articles, IReadOnlyDictionary<string, string> Texts, IReadOnlyList<Fact> Gold);

/// <summary>The corpus is unusable as it stands; <see cref="Exception.Message"/> lists every problem, each naming its file.</summary>
public sealed class CorpusException : Exception
{
    public CorpusException()
    {
    }

    public CorpusException(string message)
        : base(message)
    {
    }

    public CorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Reads the labelled corpus: every <c>*.articles.jsonl</c> manifest and <c>*.gold.jsonl</c> gold file of a folder, and
/// each article's text from the texts folder (<c>&lt;id&gt;.txt</c>, never committed), checked against the manifest's
/// sha256 (of the UTF-8 bytes) and length so a score is never computed on a text other than the one labelled.
/// </summary>
public static class Corpus
{
    public static readonly IReadOnlyList<string> Splits = ["dev", "test", "all"];

    /// <summary>Where a missing or changed text is explained (the rebuild recipe).</summary>
    public const string RebuildHint = "rebuild the texts folder from the manifest's URLs as data/corpus/README.md says";

    /// <summary>Loads the articles of <paramref name="split"/> ("dev", "test" or "all"), or throws <see cref="CorpusException"/> listing every problem.</summary>
    public static async Task<CorpusSplit> LoadAsync(string corpusFolder, string textsFolder, string split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusFolder);
        ArgumentNullException.ThrowIfNull(textsFolder);
        if (!Splits.Contains(split, StringComparer.Ordinal))
        {
            throw new ArgumentException($"split '{split}': expected one of {string.Join(", ", Splits)}", nameof(split));
        }

        if (!Directory.Exists(corpusFolder))
        {
            throw new CorpusException($"{corpusFolder}: no such folder (the corpus folder holds <lang>.articles.jsonl and <lang>.gold.jsonl)");
        }

        var problems = new List<string>();
        var manifests = Directory.GetFiles(corpusFolder, "*.articles.jsonl").Order(StringComparer.Ordinal).ToList();
        var goldFiles = Directory.GetFiles(corpusFolder, "*.gold.jsonl").Order(StringComparer.Ordinal).ToList();
        if (manifests.Count == 0)
        {
            throw new CorpusException($"{corpusFolder}: no *.articles.jsonl manifest");
        }

        var articles = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            var line = 0;
            foreach (var text in await File.ReadAllLinesAsync(manifest, cancellationToken))
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var location = new FactLocation(manifest, line);
                try
                {
                    var article = ParseManifestLine(text, location);
                    if (!articles.TryAdd(article.Id, article))
                    {
                        problems.Add($"{location}: article {article.Id} is already listed at {articles[article.Id].Location}");
                    }
                }
                catch (Exception ex) when (ex is JsonException or FormatException or InvalidDataException)
                {
                    problems.Add($"{location}: {ex.Message}");
                }
            }
        }

        var gold = new List<Fact>();
        var goldArticles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goldFile in goldFiles)
        {
            await foreach (var result in FactReader.ReadFileAsync(goldFile, cancellationToken))
            {
                if (result.Error is { } error)
                {
                    problems.Add(error.ToString());
                    continue;
                }

                var fact = result.Fact!;
                if (fact is ArticleFact a)
                {
                    goldArticles.Add(a.Id);
                    if (!articles.ContainsKey(a.Id))
                    {
                        problems.Add($"{fact.Location}: article {a.Id} is in no manifest (*.articles.jsonl)");
                    }
                }
                else if (fact.Sources.FirstOrDefault(s => !articles.ContainsKey(s)) is { } unknown)
                {
                    problems.Add($"{fact.Location}: source {unknown} is in no manifest (*.articles.jsonl)");
                }

                gold.Add(fact);
            }
        }

        foreach (var article in articles.Values.Where(a => !goldArticles.Contains(a.Id)))
        {
            problems.Add($"{article.Location}: article {article.Id} has no ARTICLE line in any *.gold.jsonl");
        }

        var chosen = articles.Values.Where(a => split == "all" || a.Split == split).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in chosen)
        {
            var path = Path.Combine(textsFolder, article.Id + ".txt");
            if (!File.Exists(path))
            {
                problems.Add($"{path}: missing (article {article.Id}, {article.Url}); {RebuildHint}");
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            string content;
            try
            {
                content = new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                problems.Add($"{path}: not UTF-8 text (article {article.Id}); {RebuildHint}");
                continue;
            }

            if (!string.Equals(sha, article.Sha256, StringComparison.OrdinalIgnoreCase) || content.Length != article.Length)
            {
                problems.Add($"{path}: differs from the manifest (sha256 {sha[..12]}…, {content.Length} chars; {article.Location} says {article.Sha256[..Math.Min(12, article.Sha256.Length)]}…, {article.Length}); {RebuildHint}");
                continue;
            }

            texts[article.Id] = content;
        }

        if (problems.Count > 0)
        {
            throw new CorpusException($"the corpus has {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }

        var ids = chosen.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var goldHere = gold.Where(f => f is ArticleFact a ? ids.Contains(a.Id) : f.Sources.Any(ids.Contains)).ToList();
        return new CorpusSplit(chosen, texts, goldHere);
    }

    /// <summary>The extractor's input for a corpus article: plain text, with the manifest's id, title, URL and date.</summary>
    public static ArticleInput InputFor(CorpusArticle article, string text, string textsFolder)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleInput(text, ArticleFormat.Text, article.Id, article.Title, article.Url, article.Published, Path.Combine(textsFolder, article.Id + ".txt"));
    }

    private static CorpusArticle ParseManifestLine(string line, FactLocation location)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("expected a JSON object");
        }

        string Required(string name) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s
                : throw new InvalidDataException($"field '{name}' must be a non-empty string");

        string? Optional(string name) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var split = Required("split");
        if (split is not ("dev" or "test"))
        {
            throw new InvalidDataException($"field 'split' is '{split}', expected 'dev' or 'test'");
        }

        if (!root.TryGetProperty("length", out var length) || length.ValueKind != JsonValueKind.Number || !length.TryGetInt32(out var chars) || chars < 0)
        {
            throw new InvalidDataException("field 'length' must be a non-negative integer (UTF-16 code units)");
        }

        var published = Optional("published") is { } p
            ? PartialDate.TryParse(p, out var date, out _) ? date : throw new InvalidDataException($"field 'published' is '{p}', expected YYYY, YYYY-MM or YYYY-MM-DD")
            : (PartialDate?)null;
        var sha = Required("sha256");
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
        {
            throw new InvalidDataException("field 'sha256' must be 64 hex digits");
        }

        return new CorpusArticle(Required("id"), Optional("url"), Optional("title"), Required("language"), published, sha, chars, split, location);
    }
}
