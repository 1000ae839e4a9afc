using Sermo.Ingest.Tests.Anonymization.Gold;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>Where the shipped model's training recipe reads its negatives: the repository's sample forum.</summary>
internal static class RepositoryTrainingSet
{
    public static string ForumFolder => Path.Combine(GoldFiles.RepositoryRoot, "samples", "forum");
}
