using GraphExplorer.Core.Model;
using GraphExplorer.Ingest;

namespace GraphExplorer.Cli.Ingest;

/// <summary>
/// Metadata given on the command line (<c>--title</c>, <c>--url</c>, <c>--published</c>). Each one wins over what the
/// article's front matter or HTML says; what is not given is left to the article.
/// </summary>
public sealed record ArticleOverrides(string? Title, string? Url, PartialDate? Published)
{
    public static ArticleOverrides None { get; } = new(null, null, null);

    /// <summary>Checks the option values; a wrong one is a usage error naming the option.</summary>
    public static ArticleOverrides Parse(string? title, string? url, string? published)
    {
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new CliUsageException("--title is empty");
        }

        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new CliUsageException($"--url '{url}' is not an absolute http(s) URL");
        }

        PartialDate? date = null;
        if (published is not null)
        {
            if (!PartialDate.TryParse(published, out var parsed, out var error))
            {
                throw new CliUsageException($"--published: {error}");
            }

            date = parsed;
        }

        return new ArticleOverrides(title?.Trim(), url, date);
    }

    /// <summary>Gets a value indicating whether a value describes one article only (a title, a URL), so it cannot apply to several files.</summary>
    public bool DescribesOneArticle => Title is not null || Url is not null;

    public ArticleInput Apply(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            Title = Title ?? input.Title,
            Url = Url ?? input.Url,
            Published = Published ?? input.Published,
        };
    }
}
