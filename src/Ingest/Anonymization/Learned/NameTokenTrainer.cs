using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>The linear learner the detector's weights are fitted with; both give one weight per bucket and a logistic score.</summary>
public enum NameTokenLearner
{
    /// <summary>SDCA logistic regression, L2 1e-5, L1 1e-4, 40 passes (decision 140).</summary>
    Sdca,

    /// <summary>L-BFGS logistic regression, L2 0.1, L1 0.001 (decision 145's near miss, measured again by decision 150).</summary>
    Lbfgs,
}

/// <summary>
/// Trains the learned name/place token detector with ML.NET: logistic regression (<see cref="NameTokenLearner"/>) over <see cref="NameTokenFeatures"/>
/// of every word the rules leave and <see cref="NameTokenFeatures.IsCandidate"/> admits, labelled positive when it lies in
/// a gold NAME or CITY span. Words inside other identifiers (addresses, dates...) are left out: other detectors own them.
/// One thread and a fixed seed, so the same files give the same weights (the shipped file is checked against a retrain).
/// </summary>
internal static class NameTokenTrainer
{
    public const int Seed = 58;

    public static NameTokenModel Train(IEnumerable<LabelledPost> posts, double threshold, string trainedOn, NameTokenLearner learner = NameTokenLearner.Sdca)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var rows = Examples(posts);
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
        {
            throw new ArgumentException("training needs both name/place words and other words");
        }

        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, NameTokenFeatures.Buckets);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var linear = learner == NameTokenLearner.Lbfgs
            ? ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                NumberOfThreads = 1,
                L2Regularization = 0.1f, // decision 145: 1e-5 lost retention and 13 clean posts, 1 gave no more recall
                L1Regularization = 0.001f,
            }).Fit(data).Model.SubModel
            : ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                NumberOfThreads = 1,
                Shuffle = false,
                MaximumNumberOfIterations = 40,
                L2Regularization = 1e-5f, // 1e-4 until round 19: the rotation's recall rose 0.0034 at 1e-5 (decision 140), 1e-3 lost 0.009
                L1Regularization = 1e-4f,
            }).Fit(data).Model.SubModel;
        var weights = new float[NameTokenFeatures.Buckets];
        var k = 0;
        foreach (var weight in linear.Weights)
        {
            weights[k++] = weight;
        }

        return new NameTokenModel(weights, linear.Bias, threshold, $"{trainedOn}; {(learner == NameTokenLearner.Lbfgs ? "L-BFGS; " : "")}{rows.Count} words, {rows.Count(r => r.Label)} name/place; seed {Seed}");
    }

    /// <summary>One row per candidate word of every post, as the scrubber sees it after its rules.</summary>
    public static List<TokenRow> Examples(IEnumerable<LabelledPost> posts)
    {
        var scrubber = new PhiScrubber(model: null);
        var candidates = new List<Detection>();
        var features = new List<int>();
        var rows = new List<TokenRow>();
        foreach (var post in posts)
        {
            var clean = SanitizedText.From(post.Text).Text;
            if (!ReferenceEquals(clean, post.Text) && clean != post.Text)
            {
                continue; // offsets would shift; gold posts are plain text, so none is expected here
            }

            var index = scrubber.FindByRules(clean, null, candidates);
            var cover = new TokenCover[index.Tokens.Count];
            LearnedNameDetector.MarkCover(index, candidates, cover);
            for (var i = 0; i < index.Tokens.Count; i++)
            {
                if (!NameTokenFeatures.IsTrainingCandidate(index, i, cover))
                {
                    continue;
                }

                var token = index.Tokens[i];
                var inName = false;
                var inOther = false;
                foreach (var span in post.Identifiers)
                {
                    if (span.Start < token.End && token.Start < span.End)
                    {
                        inName |= span.IsNameOrPlace;
                        inOther |= !span.IsNameOrPlace;
                    }
                }

                if (inOther && !inName)
                {
                    continue;
                }

                NameTokenFeatures.Extract(index, i, cover, features);
                rows.Add(new TokenRow { Label = inName, Features = Sparse(features) });
            }
        }

        return rows;
    }

    // Hashed features may collide: a slot seen twice counts twice. VBuffer wants its indices sorted and distinct.
    private static VBuffer<float> Sparse(List<int> features)
    {
        features.Sort();
        var indices = new List<int>(features.Count);
        var values = new List<float>(features.Count);
        foreach (var feature in features)
        {
            if (indices.Count > 0 && indices[^1] == feature)
            {
                values[^1]++;
            }
            else
            {
                indices.Add(feature);
                values.Add(1);
            }
        }

        return new VBuffer<float>(NameTokenFeatures.Buckets, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>One candidate word: whether it is (part of) a name or place, and its hashed features.</summary>
    internal sealed class TokenRow
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
