using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Synthetic;

/// <summary>
/// Generates synthetic talent graphs with realistic shapes, so scale and speed can be measured before real data exists:
/// labs of Zipf-skewed sizes, careers of 2 to 6 tenures (about 2.5 on average, so about 4 edges per person) with
/// month-precise dates, a LEFT_FOR between consecutive tenures, founders for some labs, and group moves where 2 to 5
/// colleagues leave the same lab for the same lab within a few months. Every edge cites a synthetic ARTICLE. No ALIAS
/// facts: every name is unique and canonical. The same options always produce the same facts, in the same order.
/// </summary>
public static class SyntheticGraph
{
    private static readonly string[] s_firstNames =
    [
        "Ada", "Alan", "Amara", "Anders", "Aiko", "Bruno", "Carmen", "Chen", "Dalia", "Dmitri", "Elena", "Emeka",
        "Farah", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jia", "Jonas", "Kavya", "Kenji", "Lara",
        "Leon", "Lina", "Marco", "Maya", "Mei", "Nadia", "Nikhil", "Noor", "Olga", "Omar", "Paula", "Pavel",
        "Priya", "Quinn", "Rafael", "Rina", "Rosa", "Samir", "Sofia", "Sven", "Tariq", "Tess", "Uma", "Victor",
        "Wen", "Xavier", "Yara", "Yusuf", "Zara", "Zoltan", "Amir", "Bianca", "Cyrus", "Dara", "Eitan", "Freya",
        "Goran", "Helga", "Idris", "Juno",
    ];

    private static readonly string[] s_lastNames =
    [
        "Abe", "Adeyemi", "Almeida", "Andersen", "Bauer", "Bianchi", "Brennan", "Castillo", "Chowdhury", "Costa",
        "Dahl", "Dubois", "Eriksen", "Fischer", "Fontaine", "Garcia", "Gupta", "Haddad", "Hansen", "Hoffmann",
        "Ivanova", "Jensen", "Kapoor", "Kim", "Kowalski", "Kruger", "Larsen", "Lefebvre", "Lindqvist", "Lopez",
        "Mahmoud", "Martins", "Meyer", "Moreau", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Ortiz",
        "Park", "Patel", "Petrov", "Quint", "Ramos", "Reyes", "Rossi", "Sato", "Schmidt", "Silva",
        "Singh", "Sorensen", "Suzuki", "Tanaka", "Torres", "Ueda", "Vargas", "Volkov", "Wagner", "Walsh",
        "Weber", "Wong", "Yamamoto", "Yilmaz", "Zhang", "Zielinski", "Akhtar", "Berg", "Campos", "Duarte",
        "Engel", "Ferreira", "Gallo", "Horvat", "Ito", "Jovanovic", "Keller", "Lund", "Moretti", "Nilsen",
        "Oliveira", "Popescu", "Rahman", "Sandoval", "Takahashi", "Underwood", "Vasquez", "Wolff", "Xu", "Yoon",
        "Zamora", "Arslan", "Brandt", "Conti", "Dumont", "Esposito",
    ];

    private static readonly string[] s_labAdjectives =
    [
        "Aurora", "Basalt", "Cedar", "Delta", "Ember", "Fathom", "Granite", "Helix", "Indigo", "Juniper",
        "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Prism", "Quasar", "Radiant", "Sable", "Tidal",
        "Umber", "Vector", "Willow", "Zenith",
    ];

    private static readonly string[] s_labNouns =
    [
        "Minds", "Signal", "Logic", "Forge", "Circuit", "Horizon", "Compass", "Lattice", "Beacon", "Cortex",
        "Tensor", "Orbit", "Harbor", "Summit", "Atlas", "Nexus", "Pulse", "Quantum", "Relay", "Spark",
        "Vertex", "Anchor", "Canopy", "Drift", "Echo", "Flux", "Grove", "Kernel", "Mosaic", "Voyage",
    ];

    private static readonly string[] s_labSuffixes = ["AI", "Labs", "Research", "Intelligence", "Systems", "Institute", "Robotics", "Foundation"];

    private static readonly string?[] s_roles =
    [
        null, null, null, "Research Scientist", "Research Scientist", "Research Engineer", "Member of Technical Staff",
        "Engineer", "Engineer", "Head of Research", "Product Manager", "Chief Scientist",
    ];

    /// <summary>Generates the facts lazily (a million people never sit in memory at once).</summary>
    public static IEnumerable<Fact> Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new Generator(options).Run();
    }

    /// <summary>Writes the generated facts as JSON Lines to <paramref name="stream"/> and returns how many were written.</summary>
    public static Task<long> WriteJsonLinesAsync(GeneratorOptions options, Stream stream, CancellationToken cancellationToken = default) =>
        FactJsonWriter.WriteLinesAsync(Generate(options), stream, cancellationToken);

    /// <summary>The unique name of the person with generation index <paramref name="index"/> ("Ada Nakamura", "Ada Nakamura 2").</summary>
    public static string PersonName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var combinations = s_firstNames.Length * s_lastNames.Length;
        var name = $"{s_firstNames[index % s_firstNames.Length]} {s_lastNames[index / s_firstNames.Length % s_lastNames.Length]}";
        return index < combinations ? name : $"{name} {(index / combinations) + 1}";
    }

    /// <summary>The unique name of the lab of size rank <paramref name="index"/> (0 is the largest): "Aurora Minds AI".</summary>
    public static string LabName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var a = s_labAdjectives.Length;
        var n = s_labNouns.Length;
        var combinations = a * n * s_labSuffixes.Length;
        // Noun and suffix are shifted by the adjective so even a few labs get varied names; still one name per index.
        var adjective = index % a;
        var block = index / a;
        var name = $"{s_labAdjectives[adjective]} {s_labNouns[(block + adjective) % n]} {s_labSuffixes[((block / n) + adjective) % s_labSuffixes.Length]}";
        return index < combinations ? name : $"{name} {(index / combinations) + 1}";
    }

    private readonly record struct Tenure(int Lab, int StartMonth, int? EndMonth, string? Role);

    private sealed class Generator
    {
        private const double FounderShare = 0.35;
        private const double SecondSourceShare = 0.05;
        private const int MinTenureMonths = 6;
        private const int MaxTenureMonths = 60;

        private readonly GeneratorOptions _options;
        private readonly SplitMix64 _random;
        private readonly string[] _labNames;
        private readonly double[] _cumulativeWeight;
        private readonly bool[] _founderDecided;
        private readonly int _firstMonth;
        private readonly int _lastMonth;
        private readonly List<Tenure> _career = new(6);
        private readonly List<Fact> _personFacts = new(16);
        private int _articleIndex = -1;
        private int _factsInArticle;
        private string? _articleId;
        private string? _previousArticleId;
        private GroupMove? _group;

        public Generator(GeneratorOptions options)
        {
            _options = options;
            _random = new SplitMix64(options.Seed);
            var labs = options.EffectiveLabs;
            _labNames = new string[labs];
            _cumulativeWeight = new double[labs];
            _founderDecided = new bool[labs];
            var total = 0.0;
            for (var i = 0; i < labs; i++)
            {
                _labNames[i] = LabName(i);
                total += 1.0 / Math.Pow(i + 1, options.LabSizeSkew);
                _cumulativeWeight[i] = total;
            }

            _firstMonth = options.FirstYear * 12;
            _lastMonth = (options.LastYear * 12) + 11;
        }

        public IEnumerable<Fact> Run()
        {
            for (var person = 0; person < _options.People; person++)
            {
                var name = PersonName(person);
                if (_group is { Remaining: > 0 } group)
                {
                    FollowerCareer(group);
                    _group = group with { Remaining = group.Remaining - 1 };
                }
                else
                {
                    FreeCareer();
                }

                EmitCareer(name);
                foreach (var fact in _personFacts)
                {
                    if (_articleId is null || _factsInArticle == _options.FactsPerArticle)
                    {
                        yield return NextArticle();
                    }

                    _factsInArticle++;
                    yield return fact with { Sources = Cite() };
                }
            }
        }

        private void FreeCareer()
        {
            _career.Clear();
            var count = TenureCount();
            Span<int> lengths = stackalloc int[count];
            var span = 0;
            for (var i = 0; i < count; i++)
            {
                lengths[i] = _random.Next(MinTenureMonths, MaxTenureMonths + 1);
                span += i < count - 1 ? lengths[i] : 0;
            }

            // Shorten every tenure when the career would not fit between the first and the last year.
            while (span > _lastMonth - _firstMonth - 1)
            {
                span = 0;
                for (var i = 0; i < count; i++)
                {
                    lengths[i] = Math.Max(1, lengths[i] / 2);
                    span += i < count - 1 ? lengths[i] : 0;
                }
            }

            var start = _random.Next(_firstMonth, _lastMonth - span);
            var lab = SampleLab(-1);
            for (var i = 0; i < count; i++)
            {
                var last = i == count - 1;
                var end = last ? OpenEnd(start + lengths[i]) : start + lengths[i];
                _career.Add(new Tenure(lab, start, end, Role()));
                start += lengths[i];
                lab = SampleLab(lab);
            }

            if (count >= 2 && _random.Chance(_options.GroupMoveShare))
            {
                var move = _random.Next(1, count);
                _group = new GroupMove(_career[move - 1].Lab, _career[move].Lab, _career[move].StartMonth, _random.Next(1, 5));
            }
        }

        private void FollowerCareer(GroupMove group)
        {
            _career.Clear();
            var move = Math.Clamp(group.Month + _random.Next(0, 4), _firstMonth + 1, _lastMonth);
            var fromStart = Math.Max(_firstMonth, move - _random.Next(MinTenureMonths, MaxTenureMonths + 1));
            if (_random.Chance(0.3) && fromStart - MinTenureMonths > _firstMonth)
            {
                var earlierStart = Math.Max(_firstMonth, fromStart - _random.Next(MinTenureMonths, MaxTenureMonths + 1));
                _career.Add(new Tenure(SampleLab(group.From), earlierStart, fromStart, Role()));
            }

            _career.Add(new Tenure(group.From, fromStart, move, Role()));
            _career.Add(new Tenure(group.To, move, OpenEnd(move + _random.Next(MinTenureMonths, MaxTenureMonths + 1)), Role()));
        }

        private void EmitCareer(string person)
        {
            _personFacts.Clear();
            for (var i = 0; i < _career.Count; i++)
            {
                var tenure = _career[i];
                var lab = _labNames[tenure.Lab];
                _personFacts.Add(new WorkedAtFact(person, lab, tenure.Role, Month(tenure.StartMonth), tenure.EndMonth is { } end ? Month(end) : null));
                if (i > 0)
                {
                    _personFacts.Add(new LeftForFact(person, _labNames[_career[i - 1].Lab], lab, Month(tenure.StartMonth)));
                }

                if (!_founderDecided[tenure.Lab])
                {
                    // Each lab gets one chance at a founder: the first person generated there.
                    _founderDecided[tenure.Lab] = true;
                    if (_random.Chance(FounderShare))
                    {
                        _personFacts.Add(new FoundedFact(person, lab, Month(tenure.StartMonth)));
                    }
                }
            }
        }

        private ArticleFact NextArticle()
        {
            _articleIndex++;
            _factsInArticle = 0;
            _previousArticleId = _articleId;
            _articleId = $"syn-{_articleIndex:D7}";
            var published = Month(_random.Next(_firstMonth, _lastMonth + 1));
            return new ArticleFact(_articleId, $"Synthetic dispatch {_articleIndex}", null, "en", published);
        }

        private IReadOnlyList<string> Cite() =>
            _previousArticleId is not null && _random.Chance(SecondSourceShare) ? [_previousArticleId, _articleId!] : [_articleId!];

        private int TenureCount()
        {
            // 2: 65 %, 3: 22 %, 4: 8 %, 5: 3 %, 6: 2 % — about 2.55 tenures, so about 4 edges per person.
            var roll = _random.NextDouble();
            return roll switch
            {
                < 0.65 => 2,
                < 0.87 => 3,
                < 0.95 => 4,
                < 0.98 => 5,
                _ => 6,
            };
        }

        private int SampleLab(int except)
        {
            while (true)
            {
                var target = _random.NextDouble() * _cumulativeWeight[^1];
                var index = Array.BinarySearch(_cumulativeWeight, target);
                index = index < 0 ? ~index : index;
                index = Math.Min(index, _cumulativeWeight.Length - 1);
                if (index != except)
                {
                    return index;
                }
            }
        }

        private int? OpenEnd(int end) => end <= _lastMonth && _random.Chance(0.5) ? end : null;

        private string? Role() => s_roles[_random.Next(0, s_roles.Length)];

        private static PartialDate Month(int months) => PartialDate.Of(months / 12, (months % 12) + 1);

        private readonly record struct GroupMove(int From, int To, int Month, int Remaining);
    }
}
