using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.VisualBasic.FileIO;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Benchmarks.Sentiment.Previous;

namespace Sermo.Benchmarks.Sentiment;

/// <summary>
/// Post sentiment prediction per post on ingest's path, one thread: the ML.NET model (default options, trained in
/// setup on samples/labels/physician-posts-train.csv) over a batch of 500 hand-written physician posts whose tags
/// ingest already has. <c>Batch</c> is what ingest runs per slice (<see cref="TextClassifier.PredictBatch"/>: one
/// pooled PredictionEngine for the batch); <c>PreviousTransformBatch</c> is how it ran before (one
/// <c>ITransformer.Transform</c> over an IDataView of the batch), the same-run peer; <c>PooledEngine</c> is the
/// single-post path (a pooled engine per call); <c>Featurize</c> is Sermo's token mapping alone, the share of the
/// featurization in a prediction; <c>Lexicon</c> is the tagger's lexicon scorer the model replaces. Mean time per
/// post → posts per CPU second. <c>IngestClassify</c> is ingest's whole call (<see cref="PostSentimentModel.Classify"/>
/// on tagged posts: clinical context from the tags, then the batch), on a batch of 255 so it stays one slice on one
/// thread, as each of ingest's per-core slices runs.
/// dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*SentimentPrediction*'
/// (or <c>bash bench/sentiment/speed.sh</c>, which writes bench/sentiment/speed.md)
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessRun))]
public class SentimentPredictionBenchmarks
{
    private const int BatchSize = 500;

    /// <summary>One below the size at which <see cref="PostSentimentModel.Classify"/> splits a batch across cores.</summary>
    private const int SliceSize = 255;

    private TextClassifier _model = null!;
    private TextClassifier _modelWithChars = null!;
    private List<ClassifierRow> _rows = null!;
    private float[] _scores = null!;
    private int[] _best = null!;
    private LexiconSentimentScorer _lexicon = null!;
    private TransformBatch _previous = null!;
    private TokenColumns _tokens = null!;
    private PostSentimentModel _ingest = null!;
    private List<TaggedText> _tagged = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ReadLabels(Path.Combine(RepositoryRoot(), "samples", "labels", "physician-posts-train.csv"));
        var tagger = ClinicalTagger.CreateDefault();
        var rows = PostSentimentModel.Rows(data, tagger);
        _model = TextClassifierTrainer.Train(rows, ClinicalContextFeatures.Count, new TextClassifierOptions());
        _modelWithChars = TextClassifierTrainer.Train(rows, ClinicalContextFeatures.Count, new TextClassifierOptions { CharNgrams = true });
        _rows = [.. rows.Take(BatchSize).Select(r => new ClassifierRow { Text = r.Text, Context = r.Context })];
        _scores = new float[BatchSize * 3];
        _best = new int[BatchSize];
        _lexicon = LexiconSentimentScorer.CreateDefault();
        _previous = new TransformBatch(_model);
        _tokens = new TokenColumns();
        _ingest = new PostSentimentModel("bench", _model);
        _tagged = [.. data.Take(SliceSize).Select(d => new TaggedText(d.Text, tagger.Tag(d.Text)))];
    }

    [Benchmark(OperationsPerInvoke = SliceSize)]
    public int IngestClassify() => _ingest.Classify(_tagged)!.Results.Count;

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public double Lexicon()
    {
        var sum = 0.0;
        foreach (var row in _rows)
        {
            sum += _lexicon.Score(row.Text).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Batch()
    {
        _model.PredictBatch(_rows, _scores, _best);
        return _best[0];
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int PreviousTransformBatch()
    {
        _previous.Predict(_rows, _scores, _best);
        return _best[0];
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Featurize()
    {
        var sum = 0;
        foreach (var row in _rows)
        {
            TextTokens.Featurize(row.Text, _tokens);
            sum += _tokens.WordGrams.GetValues().Length;
        }

        return sum;
    }

    /// <summary>The same with the character n-gram mapping (<c>--chars</c>): what that second custom mapping costs.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int BatchWithChars()
    {
        _modelWithChars.PredictBatch(_rows, _scores, _best);
        return _best[0];
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
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
