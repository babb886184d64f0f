using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Ingest.Text;

/// <summary>The plain text an article's facts are read from (evidence offsets point into it) and the metadata found with it.</summary>
public sealed record PreparedText(string Text, string? Id, string? Title, string? Url, PartialDate? Published, IReadOnlyList<string> Warnings);

/// <summary>
/// Turns plain text, Markdown or HTML into the plain text the extractor reads. Front matter between '---' lines
/// (<c>title:</c>, <c>url:</c>, <c>published:</c> or <c>date:</c>, <c>id:</c>) gives metadata; HTML keeps only the
/// page's main text (the article element, else main, else the block with the most paragraph text).
/// </summary>
public static partial class ArticleText
{
    private static readonly string[] s_noise = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "figure", "template"];

    public static PreparedText Prepare(string raw, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(raw);
        raw = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (raw.Length > 0 && raw[0] == '\uFEFF')
        {
            raw = raw[1..];
        }

        if (format == ArticleFormat.Auto)
        {
            format = Sniff(raw);
        }

        if (format == ArticleFormat.Html)
        {
            return FromHtml(raw);
        }

        var warnings = new List<string>();
        var (meta, body) = SplitFrontMatter(raw, warnings);
        var text = format == ArticleFormat.Markdown ? MarkdownText.ToText(body) : body;
        var title = meta.GetValueOrDefault("title") ?? (format == ArticleFormat.Markdown ? MarkdownText.Title(body) : null);
        return new PreparedText(
            Tidy(StripTags(text)),
            meta.GetValueOrDefault("id"),
            title is null ? null : StripTags(title).Trim(),
            meta.GetValueOrDefault("url") ?? meta.GetValueOrDefault("link") ?? meta.GetValueOrDefault("source"),
            ParseDate(meta.GetValueOrDefault("published") ?? meta.GetValueOrDefault("date") ?? meta.GetValueOrDefault("pubdate"), warnings),
            warnings);
    }

    /// <summary>Guesses the format from content: HTML tags, Markdown marks, or plain text.</summary>
    public static ArticleFormat Sniff(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var head = raw.Length > 4000 ? raw[..4000] : raw;
        var trimmed = head.TrimStart();
        if (trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || HtmlTag().Matches(head).Count >= 3)
        {
            return ArticleFormat.Html;
        }

        return trimmed.StartsWith("---", StringComparison.Ordinal) || MarkdownMark().IsMatch(head) ? ArticleFormat.Markdown : ArticleFormat.Text;
    }

    private static (Dictionary<string, string> Meta, string Body) SplitFrontMatter(string raw, List<string> warnings)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trimmedStart = raw.Length - raw.TrimStart().Length;
        if (!raw.AsSpan(trimmedStart).StartsWith("---"))
        {
            return (meta, raw);
        }

        var open = raw.IndexOf('\n', trimmedStart);
        if (open < 0)
        {
            return (meta, raw);
        }

        var close = raw.IndexOf("\n---", open, StringComparison.Ordinal);
        if (close < 0)
        {
            warnings.Add("front matter opened with '---' is never closed; read as text");
            return (meta, raw);
        }

        foreach (var line in raw[(open + 1)..close].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim().Trim('\'', '"').Trim();
            if (key.Length > 0 && value.Length > 0)
            {
                meta[key] = value;
            }
        }

        var bodyStart = raw.IndexOf('\n', close + 1);
        return (meta, bodyStart < 0 ? string.Empty : raw[(bodyStart + 1)..]);
    }

    private static PartialDate? ParseDate(string? text, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var candidate = text.Trim();
        if (candidate.Length > 10 && candidate[4] == '-')
        {
            candidate = candidate[..10];
        }

        if (PartialDate.TryParse(candidate, out var date, out _))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return PartialDate.FromDate(DateOnly.FromDateTime(parsed.UtcDateTime));
        }

        warnings.Add($"publication date '{text}' is not a date (yyyy, yyyy-mm or yyyy-mm-dd); relative dates stay unresolved");
        return null;
    }

    private static PreparedText FromHtml(string html)
    {
        var warnings = new List<string>();
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var linkedData = LinkedData(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? linkedData.GetValueOrDefault("headline") ?? document.Title?.Trim();
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url") ?? linkedData.GetValueOrDefault("url");
        var published = Meta(document, "article:published_time") ?? Meta(document, "og:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? Meta(document, "publish-date") ?? Meta(document, "dc.date") ?? Meta(document, "dcterms.created") ?? Meta(document, "parsely-pub-date")
            ?? linkedData.GetValueOrDefault("datePublished");
        if (published is null && document.QuerySelector("[itemprop=datePublished]") is { } item)
        {
            published = item.GetAttribute("content") ?? item.GetAttribute("datetime");
        }

        published ??= document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        foreach (var noise in document.QuerySelectorAll(string.Join(',', s_noise)).ToList())
        {
            noise.Remove();
        }

        var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? DensestBlock(document) ?? document.Body;
        var builder = new StringBuilder();
        if (main is not null)
        {
            AppendText(main, builder);
        }

        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            url = null;
        }

        return new PreparedText(Tidy(builder.ToString()), null, string.IsNullOrWhiteSpace(title) ? null : title, url, ParseDate(published, warnings), warnings);
    }

    /// <summary>
    /// The string fields of the page's schema.org JSON-LD (<c>headline</c>, <c>datePublished</c>, <c>url</c>), first
    /// object that has each; a block that is not valid JSON is skipped, as browsers do.
    /// </summary>
    private static Dictionary<string, string> LinkedData(IDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                Collect(json.RootElement, fields, depth: 0);
            }
            catch (JsonException)
            {
                // A broken block says nothing; the page's other metadata still counts.
            }
        }

        return fields;

        static void Collect(JsonElement element, Dictionary<string, string> fields, int depth)
        {
            if (depth > 4)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, fields, depth + 1);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "headline" or "datePublished" or "url" && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value)
                    {
                        fields.TryAdd(property.Name, value.Trim());
                    }
                    else if (property.Name == "@graph")
                    {
                        Collect(property.Value, fields, depth + 1);
                    }
                }
            }
        }
    }

    private static string? Meta(IDocument document, string name) =>
        (document.QuerySelector($"meta[property='{name}']") ?? document.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content")?.Trim();

    /// <summary>The element whose own paragraphs hold the most text: where a page without article/main keeps its story.</summary>
    private static IElement? DensestBlock(IDocument document)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var parent = paragraph.ParentElement;
            if (parent is null)
            {
                continue;
            }

            var length = parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length);
            if (length > bestLength)
            {
                bestLength = length;
                best = parent;
            }
        }

        return best;
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                // Markup escaped into the text (feeds that encode an article's HTML twice) reads as tags, not words.
                builder.Append(WhitespaceRun().Replace(StripTags(textNode.Data), " "));
            }
            else if (child is IElement element)
            {
                var block = element.LocalName is "p" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "br" or "tr" or "blockquote" or "section" or "ul" or "ol" or "pre" or "td";
                if (block)
                {
                    builder.Append('\n');
                }

                if (element.LocalName == "li")
                {
                    builder.Append("- ");
                }

                AppendText(element, builder);
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    /// <summary>
    /// Removes HTML tags left in text: pasted markup in a plain-text file, raw HTML Markdig leaves in a literal, markup
    /// escaped into an HTML page's text. Only tags of HTML elements, so "a <b> c" in prose about code is the one loss,
    /// and a tag may span lines and quote its attributes with typographic quotes (<c>src=”/uploads/a.jpg”</c>).
    /// </summary>
    private static string StripTags(string text) => text.Contains('<', StringComparison.Ordinal) ? HtmlElementTag().Replace(text, string.Empty) : text;

    /// <summary>Trims line ends and collapses runs of blank lines, so offsets are stable whatever the source format.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd());
        var builder = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            builder.Append(line.TrimStart());
            blank = 0;
        }

        return JoinKatakanaNameParts(builder.ToString());
    }

    [GeneratedRegex(@"<(p|div|article|span|a|br|h[1-6]|li|ul|body|head|meta|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(^|\n)(#{1,6} |\* |- |> )|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex MarkdownMark();

    [GeneratedRegex(@"<!--.*?-->|</?(?:a|abbr|article|aside|audio|b|blockquote|br|button|caption|cite|code|div|em|figcaption|figure|footer|form|h[1-6]|header|hr|i|iframe|img|input|label|li|link|main|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|style|sub|sup|svg|table|tbody|td|th|thead|time|tr|u|ul|video)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlElementTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
