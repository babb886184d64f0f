using System.Text.RegularExpressions;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Tests.TestSupport;

namespace GraphExplorer.Core.Tests.Seed;

/// <summary>
/// Checks the hand-written seed facts (data/seed/seed-facts.jsonl): they parse, every name resolves to a declared
/// person or lab, every edge cites a declared article, and the careers they describe are consistent in time.
/// </summary>
public sealed class SeedFactsTests
{
    private static readonly Lazy<Task<IReadOnlyList<FactReadResult>>> s_results = new(ReadSeedAsync);

    private static async Task<IReadOnlyList<FactReadResult>> ReadSeedAsync()
    {
        var results = new List<FactReadResult>();
        await foreach (var result in FactReader.ReadFileAsync(RepoPaths.SeedFacts))
        {
            results.Add(result);
        }

        return results;
    }

    private static async Task<IReadOnlyList<Fact>> FactsAsync() =>
        (await s_results.Value).Select(r => r.Fact).OfType<Fact>().ToList();

    private static async Task<Dictionary<string, AliasFact>> EntitiesByKeyAsync()
    {
        var byKey = new Dictionary<string, AliasFact>(StringComparer.Ordinal);
        foreach (var alias in (await FactsAsync()).OfType<AliasFact>())
        {
            foreach (var spelling in alias.Aliases.Prepend(alias.Name))
            {
                Assert.True(byKey.TryAdd(Names.Key(spelling), alias) || byKey[Names.Key(spelling)] == alias, $"'{spelling}' names both {byKey.GetValueOrDefault(Names.Key(spelling))?.Id} and {alias.Id}");
            }
        }

        return byKey;
    }

    private static async Task<AliasFact> ResolveAsync(string name, NodeKind kind)
    {
        var entities = await EntitiesByKeyAsync();
        Assert.True(entities.TryGetValue(Names.Key(name), out var entity), $"'{name}' is not declared by an ALIAS line");
        Assert.True(entity.Kind == kind, $"'{name}' is declared as a {entity.Kind}, used as a {kind}");
        return entity;
    }

    private static async Task<List<T>> EdgesOfAsync<T>(string personId)
        where T : Fact
    {
        var edges = new List<T>();
        foreach (var fact in (await FactsAsync()).OfType<T>())
        {
            var person = fact switch
            {
                WorkedAtFact w => w.Person,
                LeftForFact l => l.Person,
                FoundedFact f => f.Person,
                _ => throw new InvalidOperationException(fact.GetType().Name),
            };
            if ((await ResolveAsync(person, NodeKind.Person)).Id == personId)
            {
                edges.Add(fact);
            }
        }

        return edges;
    }

    private static async Task<string> LabIdAsync(string name) => (await ResolveAsync(name, NodeKind.Lab)).Id!;

    [Fact]
    public async Task SeedFile_ReadWithFactReader_HasNoErrors()
    {
        var results = await s_results.Value;
        Assert.Empty(results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()));
        Assert.True(results.Count > 50, $"only {results.Count} facts");
    }

    [Fact]
    public async Task SeedFile_IsEmbeddedInCoreUnchanged()
    {
        var assembly = typeof(FactReader).Assembly;
        await using var embedded = assembly.GetManifestResourceStream("seed/seed-facts.jsonl");
        Assert.NotNull(embedded);
        using var copy = new MemoryStream();
        await embedded.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.SeedFacts, TestContext.Current.CancellationToken), copy.ToArray());
    }

    [Fact]
    public async Task Aliases_IdsAreSlugsOfTheCanonicalNamesAndUnique()
    {
        var aliases = (await FactsAsync()).OfType<AliasFact>().ToList();
        Assert.All(aliases, a => Assert.Equal(Names.Slug(a.Name, a.Kind), a.Id));
        Assert.Equal(aliases.Count, aliases.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        await EntitiesByKeyAsync();
        Assert.InRange(aliases.Count(a => a.Kind == NodeKind.Person), 20, 30);
        Assert.InRange(aliases.Count(a => a.Kind == NodeKind.Lab), 10, 15);
    }

    [Fact]
    public async Task Edges_EveryNameResolvesToADeclaredEntityOfTheRightKind()
    {
        foreach (var fact in await FactsAsync())
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    await ResolveAsync(w.Person, NodeKind.Person);
                    await ResolveAsync(w.Lab, NodeKind.Lab);
                    break;
                case LeftForFact l:
                    await ResolveAsync(l.Person, NodeKind.Person);
                    Assert.NotEqual(await LabIdAsync(l.From), await LabIdAsync(l.To));
                    break;
                case FoundedFact f:
                    await ResolveAsync(f.Person, NodeKind.Person);
                    await ResolveAsync(f.Lab, NodeKind.Lab);
                    break;
            }
        }
    }

    [Fact]
    public async Task Edges_EachCitesOnlyDeclaredArticles()
    {
        var facts = await FactsAsync();
        var articles = facts.OfType<ArticleFact>().Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var edges = facts.Where(f => f is WorkedAtFact or LeftForFact or FoundedFact).ToList();
        Assert.All(edges, e => Assert.NotEmpty(e.Sources));
        Assert.All(edges.SelectMany(e => e.Sources), s => Assert.Contains(s, articles));
        Assert.Equal(articles, edges.SelectMany(e => e.Sources).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Articles_MatchTheSeedArticleFilesAndHaveTheirOwnTitles()
    {
        var folder = RepoPaths.SeedArticles;
        if (folder is null)
        {
            Assert.Skip("the seed articles (../shared/seeds) are not beside this checkout");
        }

        var articles = (await FactsAsync()).OfType<ArticleFact>().ToList();
        Assert.Equal(
            Directory.EnumerateFiles(folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal),
            articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        foreach (var article in articles)
        {
            var text = Names.Key(await File.ReadAllTextAsync(Path.Combine(folder, article.Id + ".txt"), TestContext.Current.CancellationToken));
            Assert.False(string.IsNullOrWhiteSpace(article.Title), article.Id);
            Assert.DoesNotContain(Names.Key(article.Title!), text, StringComparison.Ordinal);
            Assert.Contains(article.Language, new[] { "en", "fr", "zh", "id" });
        }
    }

    [Fact]
    public async Task Aliases_EverySpellingOccursInTheArticles()
    {
        var folder = RepoPaths.SeedArticles;
        if (folder is null)
        {
            Assert.Skip("the seed articles (../shared/seeds) are not beside this checkout");
        }

        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
        {
            texts.Add(Names.Key(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)));
        }

        // Whole words for Latin spellings ("Madry" must not match inside another word); CJK text has no word breaks.
        bool Occurs(string spelling)
        {
            var word = new Regex($"(?<![a-z0-9]){Regex.Escape(Names.Key(spelling))}(?![a-z0-9])", RegexOptions.CultureInvariant);
            return texts.Any(word.IsMatch);
        }

        var aliases = (await FactsAsync()).OfType<AliasFact>().ToList();
        Assert.All(aliases.SelectMany(a => a.Aliases), spelling => Assert.True(Occurs(spelling), $"alias '{spelling}' is not in any article"));
        Assert.All(aliases, a => Assert.True(a.Aliases.Prepend(a.Name).Any(Occurs), $"{a.Id}: no spelling of it is in any article"));
    }

    [Fact]
    public async Task Careers_TenuresAndMovesAgreeInTime()
    {
        var facts = await FactsAsync();
        foreach (var move in facts.OfType<LeftForFact>())
        {
            var person = (await ResolveAsync(move.Person, NodeKind.Person)).Id!;
            var from = await LabIdAsync(move.From);
            var to = await LabIdAsync(move.To);
            foreach (var tenure in await EdgesOfAsync<WorkedAtFact>(person))
            {
                var lab = await LabIdAsync(tenure.Lab);
                if (move.Date is not { } date)
                {
                    continue;
                }

                if (lab == from)
                {
                    Assert.False(tenure.Start?.IsAfter(date) == true, $"{person} starts at {lab} after leaving it");
                    Assert.False(tenure.End?.IsAfter(date) == true, $"{person} ends at {lab} after leaving it on {date}");
                }
                else if (lab == to)
                {
                    Assert.False(tenure.Start?.IsBefore(date) == true, $"{person} starts at {lab} before moving there on {date}");
                }
            }
        }

        // A founder cannot join a lab before the lab's founding.
        foreach (var founding in facts.OfType<FoundedFact>().Where(f => f.Date is not null))
        {
            var lab = await LabIdAsync(founding.Lab);
            foreach (var move in facts.OfType<LeftForFact>().Where(m => m.Date is not null))
            {
                if (await LabIdAsync(move.To) == lab)
                {
                    Assert.False(move.Date!.Value.IsBefore(founding.Date!.Value), $"{move.Person} joins {lab} before it was founded");
                }
            }
        }
    }

    [Fact]
    public async Task Schulman_MovesOpenAIToAnthropicToThinkingMachinesLab()
    {
        var moves = (await EdgesOfAsync<LeftForFact>("john-schulman")).OrderBy(m => m.Date).ToList();
        Assert.Equal(2, moves.Count);
        Assert.Equal(("openai", "anthropic", "2024-08"), (await LabIdAsync(moves[0].From), await LabIdAsync(moves[0].To), moves[0].Date.ToString()));
        Assert.Equal(("anthropic", "thinking-machines-lab", "2025-02"), (await LabIdAsync(moves[1].From), await LabIdAsync(moves[1].To), moves[1].Date.ToString()));
        var tenures = await EdgesOfAsync<WorkedAtFact>("john-schulman");
        Assert.Contains(tenures, t => t.Lab == "OpenAI" && t.Start == PartialDate.Of(2015) && t.End == PartialDate.Of(2024, 8));
        Assert.Contains(tenures, t => t.Lab == "Anthropic" && t.Start == PartialDate.Of(2024, 8) && t.End is not null);
    }

    [Fact]
    public async Task Leike_ReachedAnthropicBeforeSchulmanAfterOverlappingAtOpenAI()
    {
        var leikeMove = Assert.Single(await EdgesOfAsync<LeftForFact>("jan-leike"));
        var schulmanMove = (await EdgesOfAsync<LeftForFact>("john-schulman")).Single(m => m.To == "Anthropic");
        Assert.True(leikeMove.Date!.Value.IsBefore(schulmanMove.Date!.Value));
        var leike = Assert.Single(await EdgesOfAsync<WorkedAtFact>("jan-leike"), t => t.Lab == "OpenAI");
        var schulman = Assert.Single(await EdgesOfAsync<WorkedAtFact>("john-schulman"), t => t.Lab == "OpenAI");
        Assert.True(leike.End!.Value.IsAfter(schulman.Start!.Value));
        Assert.False(leike.Start?.IsAfter(schulman.End!.Value) == true);
    }

    [Fact]
    public async Task WeiAndChung_MovedTogetherBothTimes()
    {
        var wei = (await EdgesOfAsync<LeftForFact>("jason-wei")).Select(m => (m.From, m.To, m.Date)).ToList();
        var chung = (await EdgesOfAsync<LeftForFact>("hyung-won-chung")).Select(m => (m.From, m.To, m.Date)).ToList();
        Assert.Equal(2, wei.Count);
        Assert.Equal(wei, chung);
        Assert.Contains(("Google", "OpenAI", (PartialDate?)PartialDate.Of(2023)), wei);
        Assert.Contains(wei, m => m.To == "Meta Superintelligence Labs");
    }

    [Fact]
    public async Task Founders_AreDeclaredForTheirLabs()
    {
        var founders = new List<(string, string)>();
        foreach (var founding in (await FactsAsync()).OfType<FoundedFact>())
        {
            founders.Add(((await ResolveAsync(founding.Person, NodeKind.Person)).Id!, await LabIdAsync(founding.Lab)));
        }

        Assert.Contains(("mira-murati", "thinking-machines-lab"), founders);
        Assert.Contains(("ilya-sutskever", "safe-superintelligence-inc"), founders);
        Assert.Contains(("dario-amodei", "anthropic"), founders);
        Assert.Contains(("daniela-amodei", "anthropic"), founders);
        var murati = Assert.Single(await EdgesOfAsync<WorkedAtFact>("mira-murati"));
        Assert.Equal(PartialDate.Of(2024, 9), murati.End);
    }

    [Fact]
    public async Task MuratiRecruits_LeftOpenAIForThinkingMachinesLab()
    {
        foreach (var id in new[] { "jonathan-lachman", "christian-gibson", "mario-saltarelli" })
        {
            var move = Assert.Single(await EdgesOfAsync<LeftForFact>(id));
            Assert.Equal(("openai", "thinking-machines-lab"), (await LabIdAsync(move.From), await LabIdAsync(move.To)));
            Assert.Contains(await EdgesOfAsync<WorkedAtFact>(id), t => t.Lab == "OpenAI" && t.Role is not null);
        }
    }
}
