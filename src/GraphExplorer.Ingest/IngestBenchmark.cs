using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GraphExplorer.Ingest;

/// <summary>What a benchmark run measured.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="Characters">Characters in them.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="CpuTime">Processor time the process used meanwhile (all threads; extraction runs on one).</param>
/// <param name="Facts">Facts extracted.</param>
public sealed record IngestBenchmarkResult(int Articles, long Characters, TimeSpan Elapsed, TimeSpan CpuTime, int Facts)
{
    /// <summary>Gets articles per wall-clock second (lower than the per-core rate when other processes share the machine).</summary>
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Gets articles per second of processor time: the rate of one core, whatever else the machine runs.</summary>
    public double ArticlesPerCpuSecond => Articles / Math.Max(CpuTime.TotalSeconds, 1e-9);

    public double AverageCharacters => (double)Characters / Math.Max(Articles, 1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Articles} articles of {AverageCharacters:0} characters on average, one thread: {ArticlesPerCpuSecond:0} articles per CPU-second ({CpuTime.TotalSeconds:0.00} s of CPU), {ArticlesPerSecond:0} articles per wall-clock second ({Elapsed.TotalSeconds:0.00} s), {Facts} facts");
}

/// <summary>
/// Measures extraction speed on one thread. Without articles of its own it builds ~5,000-character articles in all
/// supported languages from sentences about made-up moves, so the figure covers every language's rules.
/// </summary>
public static class IngestBenchmark
{
    private static readonly string[] s_sentences =
    [
        "Ana Ribeiro, a former research scientist at Google DeepMind, left the lab last month to join Anthropic, where she will lead a new team.",
        "The company confirmed that Tomasz Wolny, co-founder of Mistral AI, joined OpenAI in March 2024 after working at Meta for six years.",
        "Léa Martin, ancienne chercheuse chez Google, a quitté l'entreprise en août 2024 pour rejoindre Mistral AI, selon plusieurs sources.",
        "Carlos Méndez, ex investigador de OpenAI, dejó la empresa en mayo de 2024 y se unió a xAI, según fuentes cercanas.",
        "Die Forscherin Anna Keller verließ im Juli 2024 Google DeepMind und wechselte zu Anthropic, wie das Unternehmen bestätigte.",
        "A pesquisadora Beatriz Lima deixou a Meta em setembro de 2024 e juntou-se à OpenAI, segundo a empresa.",
        "Peneliti Google, Budi Santoso, meninggalkan perusahaan itu pada Agustus 2024 dan bergabung dengan OpenAI.",
        "前谷歌研究员汤姆·哈里斯于2024年8月离开谷歌，加入了Anthropic，负责模型安全研究。",
        "前Google研究員湯姆·哈里斯於2024年8月離開Google，加入了Anthropic。",
        "元グーグルの研究者ケン・タナカ氏は2024年8月にグーグルを退社し、Anthropicに入社した。",
        "전 구글 연구원 존 박은 2024년 8월 구글을 떠나 Anthropic에 합류했다.",
        "Industry watchers say the talent market for frontier AI researchers remains extremely competitive this year.",
    ];

    /// <summary>Runs the benchmark on built-in articles (<paramref name="articleCount"/> of about <paramref name="charactersPerArticle"/> characters).</summary>
    public static IngestBenchmarkResult Run(int articleCount = 400, int charactersPerArticle = 5000, ArticleExtractor? extractor = null) =>
        Run(BuildArticles(articleCount, charactersPerArticle), extractor);

    /// <summary>Runs the benchmark on the given article texts: a warm-up, then the best of three timed passes.</summary>
    public static IngestBenchmarkResult Run(IReadOnlyList<string> articles, ArticleExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        extractor ??= ArticleExtractor.Default;

        // Warm up until the JIT has recompiled the hot paths at full optimisation (tiered compilation starts with
        // quick, slow code): repeat a few articles for at least a second of processor time, at most ten passes.
        using (var warmProcess = Process.GetCurrentProcess())
        {
            var warmStart = warmProcess.TotalProcessorTime;
            var sample = articles.Take(Math.Min(60, articles.Count)).ToList();
            for (var pass = 0; pass < 10; pass++)
            {
                foreach (var warm in sample)
                {
                    extractor.TryExtract(new ArticleInput(warm), out _, out _);
                }

                warmProcess.Refresh();
                if ((warmProcess.TotalProcessorTime - warmStart).TotalSeconds >= 1.5)
                {
                    break;
                }
            }
        }

        // Then measure whole passes over the articles and keep the best: the first pass may still run code the JIT
        // has not finished optimising, and other processes may take the core for a while.
        IngestBenchmarkResult? best = null;
        for (var round = 0; round < 3; round++)
        {
            var result = MeasureOnce(articles, extractor);
            if (best is null || result.ArticlesPerCpuSecond > best.ArticlesPerCpuSecond)
            {
                best = result;
            }
        }

        return best!;
    }

    private static IngestBenchmarkResult MeasureOnce(IReadOnlyList<string> articles, ArticleExtractor extractor)
    {
        var facts = 0;
        long characters = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            characters += article.Length;
            if (extractor.TryExtract(new ArticleInput(article), out var result, out _))
            {
                facts += result!.Facts.Count;
            }
        }

        stopwatch.Stop();
        process.Refresh();
        return new IngestBenchmarkResult(articles.Count, characters, stopwatch.Elapsed, process.TotalProcessorTime - cpuBefore, facts);
    }

    /// <summary>Builds articles of about the given size, each in one language (a Latin article keeps to its language's
    /// sentences plus English, a CJK one to its own), with a publication date so relative dates resolve.</summary>
    public static List<string> BuildArticles(int count, int charactersPerArticle)
    {
        var articles = new List<string>(count);
        for (var a = 0; a < count; a++)
        {
            var lead = s_sentences[a % (s_sentences.Length - 1)];
            var builder = new StringBuilder(charactersPerArticle + 200);
            builder.Append("---\npublished: 2024-09-1").Append(a % 10).Append("\n---\n");
            var k = 0;
            while (builder.Length < charactersPerArticle)
            {
                builder.Append(lead).Append(k % 3 == 2 ? "\n\n" : " ");
                k++;
            }

            articles.Add(builder.ToString());
        }

        return articles;
    }
}
