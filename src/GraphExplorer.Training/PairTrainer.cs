using GraphExplorer.Ingest.Learning;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace GraphExplorer.Training;

/// <summary>One labelled candidate pair: its article, its features (<see cref="PairExample.Features"/> in the extractor's
/// layout) and which relations the gold gives it.</summary>
public sealed record PairExample(string Article, float[] Features, bool WorkedAt, bool Founded, bool LeftFrom, bool LeftTo);

/// <summary>How the boosted trees are grown; the defaults keep the model file small (tens of kilobytes).</summary>
public sealed record PairTrainerOptions
{
    public int Trees { get; init; } = 60;

    public int Leaves { get; init; } = 8;

    public int MinimumExamplesPerLeaf { get; init; } = 5;

    public double LearningRate { get; init; } = 0.15;

    /// <summary>Gets the probability from which a pair takes a relation.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Gets the seed: the same examples and options give the same model.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Trains one FastTree binary classifier per relation (WORKED_AT, FOUNDED, LEFT_FOR origin, LEFT_FOR destination) with
/// ML.NET and copies the trees and their Platt calibration into a <see cref="PairModel"/>. One thread and a fixed seed
/// make training reproducible.
/// </summary>
public static class PairTrainer
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public static PairModel Train(IReadOnlyList<PairExample> examples, PairTrainerOptions? options = null, string? trainedOn = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new PairTrainerOptions();
        var width = PairFeatures.Names.Count;
        foreach (var e in examples)
        {
            if (e.Features.Length != width)
            {
                throw new ArgumentException($"an example of article {e.Article} has {e.Features.Length} features, the extractor computes {width}", nameof(examples));
            }
        }

        var file = new PairModelFile(
            PairModel.FormatName,
            PairModel.CurrentVersion,
            trainedOn,
            [.. PairFeatures.Names],
            TrainTarget(examples, e => e.WorkedAt, options).Target,
            TrainTarget(examples, e => e.Founded, options).Target,
            TrainTarget(examples, e => e.LeftFrom, options).Target,
            TrainTarget(examples, e => e.LeftTo, options).Target);
        return PairModel.Create(file, "the trained model");
    }

    /// <summary>Trains one relation's classifier; also returns ML.NET's own model (tests compare the two's predictions).</summary>
    internal static (PairTarget Target, ITransformer? Model) TrainTarget(IReadOnlyList<PairExample> examples, Func<PairExample, bool> label, PairTrainerOptions options)
    {
        var positives = examples.Count(label);
        if (positives == 0 || positives == examples.Count)
        {
            // One class only: nothing to learn, and ML.NET refuses; a constant says the same (probability 0 or 1).
            return (new PairTarget(positives == 0 ? -20 : 20, -1, 0, options.Threshold, []), null);
        }

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PairFeatures.Names.Count);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = label(e), Features = e.Features }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
            FeatureFirstUsePenalty = 0,
        });
        var model = trainer.Fit(data);
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var trees = new PairTree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            trees[t] = new PairTree(
                ensemble.TreeWeights[t],
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues]);
        }

        var calibrator = (PlattCalibrator)model.Model.Calibrator;
        return (new PairTarget(ensemble.Bias, calibrator.Slope, calibrator.Offset, options.Threshold, trees), model);
    }
}
