using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GraphExplorer.Ingest.Reading;

/// <summary>
/// The words of a Markdown document as a reader sees them, through Markdig's syntax tree: emphasis, links of every kind
/// (inline, reference, autolink), headings and quotes keep their text and lose their marks; images, link reference
/// definitions, code blocks, front matter and raw HTML are dropped (they hold no sentence the extractor could read).
/// </summary>
public static class MarkdownText
{
    // CommonMark plus the extensions news exports use (tables, strike-through, footnotes); YAML front matter is split off
    // before, but the extension also keeps a stray block out of the text.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>The plain text of <paramref name="markdown"/>: one line per paragraph, heading or list item, blank lines between blocks.</summary>
    public static string ToText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, s_pipeline);
        var builder = new StringBuilder(markdown.Length);
        AppendBlocks(document, builder);
        return builder.ToString();
    }

    /// <summary>The text of the document's first level-one heading (what a Markdown article states as its title), or null.</summary>
    public static string? Title(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var heading = Markdown.Parse(markdown, s_pipeline).Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading?.Inline is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendInlines(heading.Inline, builder);
        var title = builder.ToString().Trim();
        return title.Length == 0 ? null : title;
    }

    private static void AppendBlocks(ContainerBlock container, StringBuilder builder)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CodeBlock or HtmlBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    break;
                case LeafBlock { Inline: { } inline }:
                    var start = builder.Length;
                    AppendInlines(inline, builder);
                    if (builder.Length > start)
                    {
                        builder.Append("\n\n");
                    }

                    break;
                case ListItemBlock item:
                    // A list item keeps a dash, as the HTML reader writes one: the extractor reads a list after a colon
                    // ("Meta hired:" then one person a line) by its items.
                    builder.Append("- ");
                    AppendBlocks(item, builder);
                    break;
                case ContainerBlock inner:
                    AppendBlocks(inner, builder);
                    break;
            }
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } or HtmlInline:
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                case ContainerInline inner:
                    AppendInlines(inner, builder);
                    break;
            }
        }
    }
}
