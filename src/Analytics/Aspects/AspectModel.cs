using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Aspects;

/// <summary>One labelled aspect clause: the drug it is about, its aspect and polarity, and the text.</summary>
public sealed record AspectExample(string Drug, Aspect Aspect, Sentiment Polarity, string Text, int Line = 0);

/// <summary>
/// Aspect sentiment per drug mention on ML.NET: two <see cref="TextClassifier"/>s over the mention's window
/// (<see cref="AspectContext"/>) with <see cref="AspectCues"/> as dense features, one for the aspect (efficacy,
/// safety, access, cost, dosing) and one for the polarity (negative, neutral, positive). Thread-safe.
/// </summary>
public sealed class AspectModel
{
    public const string Task = "aspects";
    public const string AspectClassifier = "aspect";
    public const string PolarityClassifier = "polarity";
    public const string AspectFile = "aspect.zip";
    public const string PolarityFile = "polarity.zip";

    private readonly Aspect[] _aspects;
    private readonly Sentiment[] _polarities;
    private readonly SharedFeatureClassifiers? _shared;

    public AspectModel(string version, TextClassifier aspect, TextClassifier polarity)
    {
        ArgumentNullException.ThrowIfNull(aspect);
        ArgumentNullException.ThrowIfNull(polarity);
        Version = version;
        AspectClassifierModel = aspect;
        PolarityClassifierModel = polarity;
        _aspects = [.. aspect.Labels.Select(l => AspectNames.TryParse(l, out var a) ? a : throw new InvalidDataException($"aspect model {version}: unknown aspect label '{l}'"))];
        _polarities = [.. polarity.Labels.Select(l => AspectNames.TryParsePolarity(l, out var p) ? p : throw new InvalidDataException($"aspect model {version}: unknown polarity label '{l}'"))];
        _shared = SharedFeatureClassifiers.TryCreate(aspect, polarity);
    }

    public string Version { get; }

    public TextClassifier AspectClassifierModel { get; }

    public TextClassifier PolarityClassifierModel { get; }

    /// <summary>
    /// True when both classifiers are scored from one featurization of each window (<see cref="SharedFeatureClassifiers"/>:
    /// their featurizers save alike); false when each featurizes it itself. The predictions are the same either way.
    /// </summary>
    public bool SharesFeatures => _shared is not null;

    public static AspectModel Load(ModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var manifest = version.Manifest;
        if (manifest.Task != Task)
        {
            throw new InvalidDataException($"{version.Folder} holds a '{manifest.Task}' model, not an aspect model");
        }

        manifest.CheckFeatures();
        if (manifest.Features.ContextFeatures != AspectCues.Version)
        {
            throw new InvalidDataException($"model {version.Name} was trained with context features '{manifest.Features.ContextFeatures}'; this build has '{AspectCues.Version}'");
        }

        return new AspectModel(
            version.Name,
            TextClassifier.Load(version.Folder, manifest.Classifier(AspectClassifier)),
            TextClassifier.Load(version.Folder, manifest.Classifier(PolarityClassifier)));
    }

    /// <summary>The classifier row for one drug mention of a tagged text.</summary>
    public static ClassifierRow MentionRow(string text, IReadOnlyList<TaggedEntity> entities, int target, string label = "")
    {
        var (window, start, end) = AspectContext.Window(text, entities, target);
        return new ClassifierRow { Text = window, Context = AspectCues.From(window, entities, target, start, end), Label = label };
    }

    /// <summary>
    /// Training or test rows, aligned: the aspect row and the polarity row of each example. The example's drug is
    /// found among the tagger's drug mentions (by name, surface or generic); a drug the tagger does not know is
    /// found by its name in the text; an example naming neither gets the whole text as its window.
    /// </summary>
    public static (List<ClassifierRow> Aspect, List<ClassifierRow> Polarity) Rows(IReadOnlyList<AspectExample> examples, ITextTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(tagger);
        var aspect = new ClassifierRow[examples.Count];
        var polarity = new ClassifierRow[examples.Count];
        Parallel.For(0, examples.Count, i =>
        {
            var example = examples[i];
            var entities = tagger.Tag(example.Text).Entities.ToList();
            var target = FindTarget(example, entities);
            var row = target >= 0
                ? MentionRow(example.Text, entities, target)
                : new ClassifierRow { Text = example.Text, Context = new float[AspectCues.Count] };
            aspect[i] = new ClassifierRow { Text = row.Text, Context = row.Context, Label = example.Aspect.Name() };
            polarity[i] = new ClassifierRow { Text = row.Text, Context = row.Context, Label = example.Polarity.Name() };
        });
        return ([.. aspect], [.. polarity]);
    }

    /// <summary>
    /// Every brand and generic mention of every post gets an aspect and a polarity; returns the posts' entity lists
    /// with <see cref="TaggedEntity.Aspect"/> set (other entities unchanged). Each window is featurized once for both
    /// classifiers when they share a featurizer (<see cref="SharesFeatures"/>), else once per classifier.
    /// </summary>
    public IReadOnlyList<TaggedEntity>[] Annotate(IReadOnlyList<(string Text, IReadOnlyList<TaggedEntity> Entities)> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var rows = new List<ClassifierRow>();
        var where = new List<(int Post, int Entity)>();
        for (var p = 0; p < posts.Count; p++)
        {
            var entities = posts[p].Entities;
            for (var e = 0; e < entities.Count; e++)
            {
                if (AspectContext.IsDrug(entities[e]))
                {
                    rows.Add(MentionRow(posts[p].Text, entities, e));
                    where.Add((p, e));
                }
            }
        }

        var result = posts.Select(p => p.Entities).ToArray();
        if (rows.Count == 0)
        {
            return result;
        }

        var (aspects, polarities) = Predict(rows);
        var copies = new List<TaggedEntity>?[posts.Count];
        for (var m = 0; m < where.Count; m++)
        {
            var (post, entity) = where[m];
            var list = copies[post] ??= [.. posts[post].Entities];
            list[entity] = list[entity] with { Aspect = new MentionAspect(_aspects[aspects[m]], _polarities[polarities[m]]) };
            result[post] = list;
        }

        return result;
    }

    /// <summary>Each row's winning aspect and polarity indexes.</summary>
    private (int[] Aspects, int[] Polarities) Predict(List<ClassifierRow> rows)
    {
        var aspects = new int[rows.Count];
        var polarities = new int[rows.Count];
        var aspectScores = new float[rows.Count * AspectClassifierModel.Labels.Count];
        var polarityScores = new float[rows.Count * PolarityClassifierModel.Labels.Count];
        if (_shared is not null)
        {
            _shared.PredictBatch(rows, aspectScores, aspects, polarityScores, polarities);
        }
        else
        {
            AspectClassifierModel.PredictBatch(rows, aspectScores, aspects);
            PolarityClassifierModel.PredictBatch(rows, polarityScores, polarities);
        }

        return (aspects, polarities);
    }

    private static int FindTarget(AspectExample example, List<TaggedEntity> entities)
    {
        var drug = example.Drug.Trim();
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (AspectContext.IsDrug(e) && (Same(e.CanonicalName, drug) || Same(e.Surface, drug) || Same(e.CanonicalId, drug)))
            {
                return i;
            }
        }

        var at = drug.Length == 0 ? -1 : example.Text.IndexOf(drug, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return entities.FindIndex(AspectContext.IsDrug);
        }

        // The tagger does not know this drug: mark it where the text names it, dropping overlapped mentions.
        entities.RemoveAll(e => e.Start < at + drug.Length && at < e.End);
        var mention = new TaggedEntity(EntityType.Brand, example.Text.Substring(at, drug.Length), at, at + drug.Length, drug.ToLowerInvariant(), drug);
        var index = entities.FindIndex(e => e.Start > at);
        index = index < 0 ? entities.Count : index;
        entities.Insert(index, mention);
        return index;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
