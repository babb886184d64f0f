using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public sealed class NamesTests
{
    [Theory]
    [InlineData("OpenAI", "Openai")]
    [InlineData("Zoë Müller", "ZOE MULLER")]
    [InlineData("Aleksander Mądry", "Aleksander Madry")]
    [InlineData("约翰·舒曼", "约翰 舒曼")]
    [InlineData("Safe Superintelligence, Inc.", "safe   superintelligence inc")]
    [InlineData("ＯｐｅｎＡＩ", "OpenAI")]
    [InlineData("  Google DeepMind  ", "google-deepmind")]
    [InlineData("Łukasz Kaiser", "Lukasz Kaiser")]
    [InlineData("Søren Ørsted", "Soren Orsted")]
    [InlineData("Weißmann", "Weissmann")]
    [InlineData("Ærø Đorđević", "AERO Dordevic")]
    public void Key_SpellingsOfTheSameName_Agree(string left, string right) =>
        Assert.Equal(Names.Key(left), Names.Key(right));

    [Theory]
    [InlineData("约翰·舒曼", "约翰 舒曼")]
    [InlineData("Safe Superintelligence Inc.", "safe superintelligence inc")]
    [InlineData("  Jan   Leike ", "jan leike")]
    [InlineData("Character.AI", "character ai")]
    [InlineData("-- ·· --", "")]
    public void Key_NormalisesCaseAccentsAndPunctuation(string name, string key) =>
        Assert.Equal(key, Names.Key(name));

    [Theory]
    [InlineData("John Schulman", "Jon Schulman")]
    [InlineData("Dario Amodei", "Daniela Amodei")]
    [InlineData("Meta", "Meta Superintelligence Labs")]
    [InlineData("约翰·舒曼", "Yuehan Shuman")]
    [InlineData("Илья Суцкевер", "Ilya Sutskever")]
    public void Key_DifferentNames_Differ(string left, string right) =>
        Assert.NotEqual(Names.Key(left), Names.Key(right));

    [Fact]
    public void Key_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Names.Key(null!));

    [Theory]
    [InlineData("Thinking Machines Lab", NodeKind.Lab, "thinking-machines-lab")]
    [InlineData("Safe Superintelligence Inc.", NodeKind.Lab, "safe-superintelligence-inc")]
    [InlineData("Character.AI", NodeKind.Lab, "character-ai")]
    [InlineData("xAI", NodeKind.Lab, "xai")]
    [InlineData("Zoë Müller", NodeKind.Person, "zoe-muller")]
    [InlineData("Hyung Won Chung", NodeKind.Person, "hyung-won-chung")]
    [InlineData("  GPT-4o team ", NodeKind.Lab, "gpt-4o-team")]
    [InlineData("Łukasz Kaiser", NodeKind.Person, "lukasz-kaiser")]
    [InlineData("Søren Ørsted", NodeKind.Person, "soren-orsted")]
    [InlineData("Weißmann", NodeKind.Person, "weissmann")]
    [InlineData("Ødegaard Æsir Lab", NodeKind.Lab, "odegaard-aesir-lab")]
    public void Slug_LatinNames_GiveHyphenatedLowercaseIds(string name, NodeKind kind, string expected)
    {
        var slug = Names.Slug(name, kind);
        Assert.Equal(expected, slug);
        Assert.True(Names.IsValidId(slug));
    }

    [Fact]
    public void SlugOfKey_KeyThatIsAlreadyASlug_ReturnsTheKeyItself()
    {
        // A one-word name's key is its id: a load of a million names should not copy each such key once more.
        var key = Names.Key("OpenAI");

        Assert.Same(key, Names.SlugOfKey(key, NodeKind.Lab));
        Assert.Equal("open-ai-x", Names.SlugOfKey("open ai x ", NodeKind.Lab));
    }

    [Theory]
    [InlineData("约翰·舒曼", NodeKind.Person, "person-")]
    [InlineData("马斯克", NodeKind.Person, "person-")]
    [InlineData("微软", NodeKind.Lab, "lab-")]
    [InlineData("GPT大模型研究院", NodeKind.Lab, "lab-")]
    public void Slug_MostlyNonLatinNames_GiveStableHashedIds(string name, NodeKind kind, string prefix)
    {
        var slug = Names.Slug(name, kind);
        Assert.StartsWith(prefix, slug, StringComparison.Ordinal);
        Assert.Equal(prefix.Length + 8, slug.Length);
        Assert.True(Names.IsValidId(slug));
        Assert.Equal(slug, Names.Slug(name, kind));
    }

    [Fact]
    public void Slug_HashedIds_FollowTheKeyNotTheSpelling()
    {
        Assert.Equal(Names.Slug("约翰·舒曼", NodeKind.Person), Names.Slug("约翰 舒曼", NodeKind.Person));
        Assert.NotEqual(Names.Slug("约翰·舒曼", NodeKind.Person), Names.Slug("舒曼", NodeKind.Person));
        Assert.Equal(
            Names.Slug("约翰·舒曼", NodeKind.Person)["person-".Length..],
            Names.Slug("约翰·舒曼", NodeKind.Lab)["lab-".Length..]);
    }

    [Theory]
    [InlineData("openai", true)]
    [InlineData("thinking-machines-lab", true)]
    [InlineData("person-1a2b3c4d", true)]
    [InlineData("gpt-4o", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("OpenAI", false)]
    [InlineData("-openai", false)]
    [InlineData("openai-", false)]
    [InlineData("open--ai", false)]
    [InlineData("open_ai", false)]
    [InlineData("open ai", false)]
    [InlineData("舒曼", false)]
    public void IsValidId_AcceptsOnlyLowercaseAsciiWordsWithSingleHyphens(string? id, bool valid) =>
        Assert.Equal(valid, Names.IsValidId(id));

    [Fact]
    public void IsValidId_LongerThan200_IsRefused()
    {
        Assert.True(Names.IsValidId(new string('a', 200)));
        Assert.False(Names.IsValidId(new string('a', 201)));
    }
}
