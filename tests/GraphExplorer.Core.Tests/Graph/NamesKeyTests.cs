using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Graph;

/// <summary>
/// Names.Key has a fast path for ASCII text (loading calls it several times per fact); it must give exactly what the
/// general rule gives. The oracle here is that rule written out plainly.
/// </summary>
public sealed class NamesKeyTests
{
    [Theory]
    [InlineData("OpenAI", "openai")]
    [InlineData("  Open--AI  Labs. ", "open ai labs")]
    [InlineData("Character.AI", "character ai")]
    [InlineData("openai", "openai")]
    [InlineData("...", "")]
    public void Key_AsciiName_FoldsCaseAndPunctuation(string name, string expected) =>
        Assert.Equal(expected, Names.Key(name));

    [Fact]
    public void Key_AnyAsciiText_EqualsTheGeneralRule()
    {
        var ascii = Gen.Elements(Enumerable.Range(0, 128).Select(i => (char)i).ToArray()).ArrayOf().Select(chars => new string(chars));
        Prop.ForAll(ascii.ToArbitrary(), text => Names.Key(text) == GeneralRule(text)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Key_AccentedName_MatchesItsAsciiSpelling() =>
        Assert.Equal(Names.Key("Zoltan Horvat"), Names.Key("Zoltán Horváth".Replace("th", "t", StringComparison.Ordinal)));

    private static string GeneralRule(string name)
    {
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
