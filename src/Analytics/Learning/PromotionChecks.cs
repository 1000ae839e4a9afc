using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;

namespace Sermo.Analytics.Learning;

/// <summary>
/// What a promotion checks before a version becomes the one hosts tag with (the verb and the data team's page alike):
/// it loads as a model of its registry's task.
/// </summary>
public static class PromotionChecks
{
    public static Action<ModelVersion> For(string task) => task == AspectModel.Task
        ? version => AspectModel.Load(version)
        : version => PostSentimentModel.Load(version);
}
