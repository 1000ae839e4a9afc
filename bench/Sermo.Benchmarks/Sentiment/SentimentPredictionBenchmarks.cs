using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.VisualBasic.FileIO;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;

namespace Sermo.Benchmarks.Sentiment;

/// <summary>
/// Post sentiment prediction per post on ingest's path, one thread: the ML.NET model (default options, trained in
/// setup on samples/labels/physician-posts-train.csv) over a batch of 500 hand-written physician posts whose tags
/// ingest already has. <c>BatchTransform</c> is what ingest runs (one <c>ITransformer.Transform</c> over an
/// IDataView of the batch, per slice); <c>PooledEngine</c> is the single-post path (a pooled PredictionEngine per
/// call); <c>Lexicon</c> is the tagger's lexicon scorer it replaces. Mean time per post → posts per CPU second.
/// dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*SentimentPrediction*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessRun))]
public class SentimentPredictionBenchmarks
{
    private const int Batch = 500;

    private TextClassifier _model = null!;
    private TextClassifier _modelWithChars = null!;
    private List<ClassifierRow> _rows = null!;
    private float[] _scores = null!;
    private int[] _best = null!;
    private LexiconSentimentScorer _lexicon = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ReadLabels(Path.Combine(RepositoryRoot(), "samples", "labels", "physician-posts-train.csv"));
        var rows = PostSentimentModel.Rows(data, ClinicalTagger.CreateDefault());
        _model = TextClassifierTrainer.Train(rows, ClinicalContextFeatures.Count, new TextClassifierOptions());
        _modelWithChars = TextClassifierTrainer.Train(rows, ClinicalContextFeatures.Count, new TextClassifierOptions { CharNgrams = true });
        _rows = [.. rows.Take(Batch).Select(r => new ClassifierRow { Text = r.Text, Context = r.Context })];
        _scores = new float[Batch * 3];
        _best = new int[Batch];
        _lexicon = LexiconSentimentScorer.CreateDefault();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double Lexicon()
    {
        var sum = 0.0;
        foreach (var row in _rows)
        {
            sum += _lexicon.Score(row.Text).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int BatchTransform()
    {
        _model.PredictBatch(_rows, _scores, _best);
        return _best[0];
    }

    /// <summary>The same with the character n-gram mapping (<c>--chars</c>): what that second custom mapping costs.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int BatchTransformWithChars()
    {
        _modelWithChars.PredictBatch(_rows, _scores, _best);
        return _best[0];
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int PooledEngine()
    {
        var sum = 0;
        foreach (var row in _rows)
        {
            sum += _model.Predict(row.Text, row.Context, _scores);
        }

        return sum;
    }

    private static List<LabeledText> ReadLabels(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<LabeledText>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(new LabeledText(fields[Array.IndexOf(header, "label")], fields[Array.IndexOf(header, "text")]));
        }

        return rows;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sermo.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>In process: generating and building a separate benchmark project times out on the shared machine.</summary>
    private sealed class InProcessRun : ManualConfig
    {
        public InProcessRun() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
    }
}
