using BenchmarkDotNet.Attributes;
using Sermo.Analytics.Sentiments;

namespace Sermo.Benchmarks.Sentiment;

/// <summary>
/// Post sentiment per sentence: the trained linear model against the lexicon scorer it replaces for post-level sentiment.
/// dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*SentimentPrediction*'
/// </summary>
[MemoryDiagnoser]
public class SentimentPredictionBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Biopsy came back negative for malignancy, huge relief for the family.",
        "Positive troponin and new ST changes, not what we hoped.",
        "What dose of apixaban do you use with CrCl under 30?",
        "Tolerating semaglutide really well, no side effects at all.",
        "Insurance denied Dupixent a third time, awful.",
        "Repeat CT scheduled for next month.",
    ];

    private LinearTextModel _model = null!;
    private LinearTextModel _modelWithoutLexicon = null!;
    private LexiconSentimentScorer _lexicon = null!;
    private float[] _probabilities = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = new List<LabeledText>();
        for (var i = 0; i < 50; i++)
        {
            data.Add(new("positive", Sentences[0] + " " + i));
            data.Add(new("negative", Sentences[1] + " " + i));
            data.Add(new("neutral", Sentences[2] + " " + i));
        }

        var options = new TrainingOptions { Epochs = 2 };
        _model = LinearTextTrainer.Train(data, options);
        _modelWithoutLexicon = LinearTextTrainer.Train(data, options with { Features = options.Features with { Lexicon = null } });
        _lexicon = LexiconSentimentScorer.CreateDefault();
        _probabilities = new float[_model.Labels.Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public double Lexicon()
    {
        var sum = 0.0;
        foreach (var sentence in Sentences)
        {
            sum += _lexicon.Score(sentence).Score;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 6)]
    public int LinearModel()
    {
        var sum = 0;
        foreach (var sentence in Sentences)
        {
            sum += _model.Predict(sentence, _probabilities);
        }

        return sum;
    }

    /// <summary>The same without the opinion-lexicon features (<c>--lexicon none</c>): what the lookup costs.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int LinearModelWithoutLexicon()
    {
        var sum = 0;
        foreach (var sentence in Sentences)
        {
            sum += _modelWithoutLexicon.Predict(sentence, _probabilities);
        }

        return sum;
    }
}
