using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Ingest.Learning;

/// <summary>What the pair model says about one candidate pair: a probability per relation the pair can take part in.</summary>
internal readonly record struct PairScores(double WorkedAt, double Founded, double LeftFrom, double LeftTo);

/// <summary>One regression tree as ML.NET's FastTree writes it: internal node i sends a value ≤ <c>Thresholds[i]</c> of
/// feature <c>Features[i]</c> to <c>Left[i]</c>, else to <c>Right[i]</c>; a negative child ~k is leaf k.</summary>
public sealed record PairTree(
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("features")] int[] Features,
    [property: JsonPropertyName("thresholds")] float[] Thresholds,
    [property: JsonPropertyName("left")] int[] Left,
    [property: JsonPropertyName("right")] int[] Right,
    [property: JsonPropertyName("leaves")] double[] Leaves);

/// <summary>A boosted tree ensemble for one relation: its raw score is the bias plus the weighted leaves reached, turned
/// into a probability by Platt scaling (p = 1 / (1 + exp(slope · score + offset))); a pair takes the relation from
/// <see cref="Threshold"/> up.</summary>
public sealed record PairTarget(
    [property: JsonPropertyName("bias")] double Bias,
    [property: JsonPropertyName("plattSlope")] double PlattSlope,
    [property: JsonPropertyName("plattOffset")] double PlattOffset,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("trees")] PairTree[] Trees);

/// <summary>How the model decides one relation type, chosen per type by cross-validation (<c>train --folds</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PairDecision>))]
public enum PairDecision
{
    /// <summary>The rules' facts of the type stand; the model adds none (where it did not beat the rules).</summary>
    Rules,

    /// <summary>The model keeps or drops the rules' facts and adds its own.</summary>
    Model,

    /// <summary>The rules' facts stand and the model adds the pairs it is sure of.</summary>
    Add,
}

/// <summary>The model file: the feature layout it was trained on, one ensemble per relation, and how each type is decided.</summary>
public sealed record PairModelFile(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("trainedOn")] string? TrainedOn,
    [property: JsonPropertyName("features")] string[] Features,
    [property: JsonPropertyName("workedAt")] PairTarget WorkedAt,
    [property: JsonPropertyName("founded")] PairTarget Founded,
    [property: JsonPropertyName("leftFrom")] PairTarget LeftFrom,
    [property: JsonPropertyName("leftTo")] PairTarget LeftTo)
{
    [JsonPropertyName("workedAtDecision")]
    public PairDecision WorkedAtDecision { get; init; } = PairDecision.Model;

    [JsonPropertyName("foundedDecision")]
    public PairDecision FoundedDecision { get; init; } = PairDecision.Model;

    [JsonPropertyName("leftForDecision")]
    public PairDecision LeftForDecision { get; init; } = PairDecision.Model;
}

/// <summary>
/// The learned scorer of candidate (person, lab) pairs, trained with <c>graphexplorer train</c> on the corpus's development
/// part. It is evaluated here without ML.NET (a few hundred tree lookups per pair), so extraction carries no machine
/// learning runtime; only the trainer does. The shipped model is an embedded resource (<see cref="Default"/>).
/// </summary>
public sealed class PairModel
{
    /// <summary>The value of the file's "format" field.</summary>
    public const string FormatName = "graphexplorer-pair-model";

    /// <summary>The layout version this code reads.</summary>
    public const int CurrentVersion = 1;

    private const string ResourceName = "learning/pair-model.json";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };
    private static readonly Lazy<PairModel> s_default = new(() =>
    {
        using var stream = typeof(PairModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly has no {ResourceName} resource");
        return Load(stream, "the built-in pair model");
    });

    private PairModel(PairModelFile file)
    {
        File = file;
    }

    /// <summary>Gets the model shipped with the extractor.</summary>
    public static PairModel Default => s_default.Value;

    /// <summary>Gets the model's contents (what <see cref="Save"/> writes).</summary>
    public PairModelFile File { get; }

    /// <summary>A model of the given contents, checked like a file (the trainer builds models this way).</summary>
    /// <exception cref="InvalidDataException">The contents do not describe a model this extractor can use.</exception>
    public static PairModel Create(PairModelFile file, string source)
    {
        ArgumentNullException.ThrowIfNull(file);
        Validate(file, source);
        return new PairModel(file);
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a pair model, is damaged, or was trained on other features; the message names <paramref name="source"/> and the problem.</exception>
    public static PairModel Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        PairModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PairModelFile>(stream, s_json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            throw new InvalidDataException($"{source}: not a readable pair model file{where}: {ex.Message.Split(" Path:", 2)[0]}", ex);
        }

        if (file is null)
        {
            throw new InvalidDataException($"{source}: not a pair model file (it holds null)");
        }

        return Create(file, source);
    }

    /// <summary>Reads a model file from disk.</summary>
    /// <exception cref="InvalidDataException">The file is not a usable pair model (the message says why).</exception>
    public static PairModel Load(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, File, s_json);
    }

    internal PairScores Score(float[] features) =>
        new(Probability(File.WorkedAt, features), Probability(File.Founded, features), Probability(File.LeftFrom, features), Probability(File.LeftTo, features));

    internal static double Probability(PairTarget target, float[] features)
    {
        var score = target.Bias;
        foreach (var tree in target.Trees)
        {
            var node = 0;
            if (tree.Leaves.Length > 1)
            {
                while (node >= 0)
                {
                    node = features[tree.Features[node]] <= tree.Thresholds[node] ? tree.Left[node] : tree.Right[node];
                }
            }
            else
            {
                node = ~0;
            }

            score += tree.Weight * tree.Leaves[~node];
        }

        return 1 / (1 + Math.Exp((target.PlattSlope * score) + target.PlattOffset));
    }

    private static void Validate(PairModelFile file, string source)
    {
        if (file.Format != FormatName)
        {
            throw new InvalidDataException($"{source}: field \"format\" is '{file.Format}', expected '{FormatName}': not a pair model file");
        }

        if (file.Version != CurrentVersion)
        {
            throw new InvalidDataException($"{source}: field \"version\" is {file.Version}; this extractor reads version {CurrentVersion} (retrain with `graphexplorer train`)");
        }

        var expected = PairFeatures.Names;
        if (file.Features is null || !file.Features.SequenceEqual(expected, StringComparer.Ordinal))
        {
            var first = file.Features is null ? 0 : Enumerable.Range(0, Math.Min(file.Features.Length, expected.Count)).FirstOrDefault(i => file.Features[i] != expected[i], Math.Min(file.Features.Length, expected.Count));
            throw new InvalidDataException($"{source}: field \"features\" lists {file.Features?.Length ?? 0} feature(s), this extractor computes {expected.Count} and they differ from position {first} ('{(file.Features is not null && first < file.Features.Length ? file.Features[first] : "none")}' vs '{(first < expected.Count ? expected[first] : "none")}'): retrain with `graphexplorer train`");
        }

        if (!Enum.IsDefined(file.WorkedAtDecision) || !Enum.IsDefined(file.FoundedDecision) || !Enum.IsDefined(file.LeftForDecision))
        {
            throw new InvalidDataException($"{source}: workedAtDecision, foundedDecision and leftForDecision must each be Rules, Model or Add");
        }

        Check(file.WorkedAt, "workedAt", expected.Count, source);
        Check(file.Founded, "founded", expected.Count, source);
        Check(file.LeftFrom, "leftFrom", expected.Count, source);
        Check(file.LeftTo, "leftTo", expected.Count, source);
    }

    private static void Check(PairTarget? target, string name, int featureCount, string source)
    {
        if (target is null)
        {
            throw new InvalidDataException($"{source}: field \"{name}\" is missing");
        }

        if (!double.IsFinite(target.Bias) || !double.IsFinite(target.PlattSlope) || !double.IsFinite(target.PlattOffset) || target.Threshold is < 0 or > 1 || double.IsNaN(target.Threshold))
        {
            throw new InvalidDataException($"{source}: {name}: bias, plattSlope and plattOffset must be finite numbers and threshold a probability (0 to 1)");
        }

        if (target.Trees is null)
        {
            throw new InvalidDataException($"{source}: {name}: field \"trees\" is missing");
        }

        for (var t = 0; t < target.Trees.Length; t++)
        {
            var tree = target.Trees[t];
            var where = $"{source}: {name}.trees[{t}]";
            if (tree?.Leaves is null || tree.Features is null || tree.Thresholds is null || tree.Left is null || tree.Right is null)
            {
                throw new InvalidDataException($"{where}: every tree needs weight, features, thresholds, left, right and leaves");
            }

            var nodes = tree.Leaves.Length - 1;
            if (tree.Leaves.Length == 0 || tree.Features.Length != nodes || tree.Thresholds.Length != nodes || tree.Left.Length != nodes || tree.Right.Length != nodes)
            {
                throw new InvalidDataException($"{where}: a tree of {tree.Leaves.Length} leaves needs {Math.Max(nodes, 0)} entries in features, thresholds, left and right");
            }

            for (var i = 0; i < nodes; i++)
            {
                if (tree.Features[i] < 0 || tree.Features[i] >= featureCount)
                {
                    throw new InvalidDataException($"{where}: features[{i}] is {tree.Features[i]}, not a feature index (0 to {featureCount - 1})");
                }

                // A child must lie deeper than its parent, so a damaged file cannot make the walk loop.
                foreach (var child in new[] { tree.Left[i], tree.Right[i] })
                {
                    if (child >= 0 ? child <= i || child >= nodes : ~child >= tree.Leaves.Length)
                    {
                        throw new InvalidDataException($"{where}: node {i} points to {child}, which is neither a later node nor a leaf");
                    }
                }
            }

            if (!double.IsFinite(tree.Weight) || tree.Leaves.Any(v => !double.IsFinite(v)))
            {
                throw new InvalidDataException($"{where}: weight and leaves must be finite numbers");
            }
        }
    }
}
