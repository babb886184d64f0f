using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Learning;
using GraphExplorer.Training;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace GraphExplorer.Ingest.Tests;

/// <summary>The learned pair scorer: training on self-written articles, reading the trees back without ML.NET, and
/// refusing damaged model files with a message that says what is wrong.</summary>
public class PairModelTests
{
    private static readonly string[] s_people = ["Sam Altman", "John Schulman", "Ilya Sutskever", "Mira Murati", "Greg Brockman", "Dario Amodei", "Andrej Karpathy", "Demis Hassabis", "Yann LeCun", "Noam Shazeer", "Jeff Dean", "Oriol Vinyals"];
    private static readonly string[] s_labs = ["OpenAI", "Anthropic", "Google", "Microsoft", "Apple", "Amazon"];

    /// <summary>"A works at X as an engineer. A criticised Y in a podcast last week.": gold WORKED_AT A–X only.</summary>
    private static LabelledArticle Article(int i, string person, string lab, string other)
    {
        var text = $"{person} works at {lab} as an engineer. {person} criticised {other} in a podcast last week.";
        var id = $"self-{i}";
        return new LabelledArticle(id, "en", new ArticleInput(text, Id: id), [new WorkedAtFact(person, lab, null, null, null) with { Sources = [id] }]);
    }

    private static List<LabelledArticle> TrainingArticles() =>
        [.. Enumerable.Range(0, 24).Select(i => Article(i, s_people[i % s_people.Length], s_labs[i % s_labs.Length], s_labs[(i + 2) % s_labs.Length]))];

    [Fact]
    public void Train_SelfWrittenArticles_SeparatesTheStatedTenureFromTheMerelyMentionedLab()
    {
        var dataset = PairDataset.Build(ArticleExtractor.Default, TrainingArticles());
        Assert.Contains(dataset.Examples, e => e.WorkedAt);
        Assert.Contains(dataset.Examples, e => !e.WorkedAt);

        var model = PairTrainer.Train(dataset.Examples);
        var heldOut = Article(99, "Jeff Dean", "Apple", "Microsoft");
        Assert.True(ArticleExtractor.Default.TryExtractPairs(heldOut.Input, out _, out var pairs, out _));
        var stated = Assert.Single(pairs!, p => p.Lab == "Apple");
        var mentioned = Assert.Single(pairs!, p => p.Lab == "Microsoft");
        Assert.True(model.Score(stated.Features).WorkedAt > 0.5, $"stated pair scored {model.Score(stated.Features).WorkedAt}");
        Assert.True(model.Score(mentioned.Features).WorkedAt < 0.5, $"mentioned pair scored {model.Score(mentioned.Features).WorkedAt}");

        var facts = new ArticleExtractor(null, model).Extract(heldOut.Input).Facts;
        Assert.Contains(facts, f => f is WorkedAtFact { Person: "Jeff Dean", Lab: "Apple" });
        Assert.DoesNotContain(facts, f => f is WorkedAtFact { Lab: "Microsoft" });
    }

    [Theory]
    [InlineData("박지훈(Park Ji-hoon) 네이버 리더는 최근 카카오에 합류했다.", "Park Ji-hoon", "Naver", "Kakao")]
    [InlineData("陈思远（Chen Siyuan）此前在百度担任研究员，近日正式加盟阿里巴巴。", "Chen Siyuan", "Baidu", "Alibaba")]
    public void Extract_ShippedScorerNameInTwoScripts_OnlyTheRulesMove(string text, string person, string from, string to)
    {
        // The scorer decides on pairs spelled as the facts spell people: the Latin spelling in brackets and the name
        // in Hangul or Han characters are one person, whose move the rules already found, not a second person to give
        // a move of its own.
        var facts = ArticleExtractor.Shipped.Extract(new ArticleInput(text, Published: Core.Model.PartialDate.Parse("2025-10-01"))).Facts;

        var move = Assert.Single(facts.OfType<LeftForFact>());
        Assert.Equal((person, from, to), (move.Person, move.From, move.To));
    }

    [Theory]
    [InlineData(80, 20, 20, 81, 20, 19, false)] // 0.800 -> 0.805: chance on the folds the setting was chosen on
    [InlineData(80, 20, 20, 84, 20, 16, true)] // 0.800 -> 0.824
    [InlineData(80, 20, 20, 80, 30, 20, false)] // worse
    public void BeatsRules_GainAgainstMinimum_KeepsTheModelOnlyForAClearGain(int rulesTp, int rulesFp, int rulesFn, int modelTp, int modelFp, int modelFn, bool expected)
    {
        var rules = new GraphExplorer.Ingest.Evaluation.Score(rulesTp, rulesFp, rulesFn);
        var model = new GraphExplorer.Ingest.Evaluation.Score(modelTp, modelFp, modelFn);

        Assert.Equal(expected, PairCrossValidation.BeatsRules(rules, model));
    }

    [Fact]
    public void Train_SameExamplesTwice_WritesTheSameModel()
    {
        var examples = PairDataset.Build(ArticleExtractor.Default, TrainingArticles()).Examples;

        Assert.Equal(Save(PairTrainer.Train(examples)), Save(PairTrainer.Train(examples)));
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    [Fact]
    public void Probability_TreesCopiedFromFastTree_AgreesWithMlNet()
    {
        var width = PairFeatures.Names.Count;
        var random = new Random(7);
        var examples = Enumerable.Range(0, 300).Select(i =>
        {
            var features = new float[width];
            features[0] = (float)random.NextDouble();
            features[3] = (float)random.NextDouble();
            features[width - 1] = random.Next(2);
            var label = features[0] + features[3] + (0.3 * features[width - 1]) > 1.1;
            return new PairExample($"a{i}", features, label, false, false, false);
        }).ToList();

        var (target, trained) = PairTrainer.TrainTarget(examples, e => e.WorkedAt, new PairTrainerOptions());

        var ml = new MLContext(1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.WorkedAt, Features = e.Features }), schema);
        var expected = ml.Data.CreateEnumerable<Prediction>(trained!.Transform(data), reuseRowObject: false).Select(p => p.Probability).ToList();
        Assert.NotEmpty(target.Trees);
        for (var i = 0; i < examples.Count; i++)
        {
            Assert.Equal(expected[i], PairModel.Probability(target, examples[i].Features), 4);
        }
    }

    [Fact]
    public void Load_NotJson_ThrowsNamingTheFileAndPosition()
    {
        using var stream = new MemoryStream("{\"format\": \"graphexplorer-pair-model\", \"version\": 1,\n  \"features\": [tru"u8.ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => PairModel.Load(stream, "broken.json"));

        Assert.Contains("broken.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable pair model file at line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreeThatPointsBackwards_ThrowsNamingTheNode()
    {
        var model = PairTrainer.Train(PairDataset.Build(ArticleExtractor.Default, TrainingArticles()).Examples);
        var tree = model.File.WorkedAt.Trees[0];
        var damaged = model.File with { WorkedAt = model.File.WorkedAt with { Trees = [tree with { Left = [0, .. tree.Left[1..]] }, .. model.File.WorkedAt.Trees[1..]] } };
        using var stream = new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(damaged));

        var ex = Assert.Throws<InvalidDataException>(() => PairModel.Load(stream, "damaged.json"));

        Assert.Contains("damaged.json: workedAt.trees[0]: node 0 points to 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelOfOtherFeatures_ThrowsAskingToRetrain()
    {
        var model = PairTrainer.Train(PairDataset.Build(ArticleExtractor.Default, TrainingArticles()).Examples);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Save(model).Replace("\"between:", "\"inside:", StringComparison.Ordinal)));

        var ex = Assert.Throws<InvalidDataException>(() => PairModel.Load(stream, "old.json"));

        Assert.Contains("old.json: field \"features\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("retrain with `graphexplorer train`", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SavedModel_ScoresAsTheOriginal()
    {
        var model = PairTrainer.Train(PairDataset.Build(ArticleExtractor.Default, TrainingArticles()).Examples);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Save(model)));

        var loaded = PairModel.Load(stream, "saved.json");

        Assert.True(ArticleExtractor.Default.TryExtractPairs(Article(98, "Mira Murati", "Amazon", "Google").Input, out _, out var pairs, out _));
        Assert.All(pairs!, p => Assert.Equal(model.Score(p.Features), loaded.Score(p.Features)));
    }

    [Fact]
    public void Default_BuiltInModel_ReadsTheExtractorsFeatures()
    {
        Assert.Equal(PairFeatures.Names, PairModel.Default.File.Features);
        Assert.NotEmpty(PairModel.Default.File.WorkedAt.Trees);
    }

    private static string Save(PairModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
