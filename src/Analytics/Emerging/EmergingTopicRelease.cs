using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// Releases emerging topics to one client (docs/privacy.md): each topic's distinct authors are a cell of their own
/// (ISO week × segment × the term's key, metric <see cref="ReleaseMetrics.Authors"/>), noised with the client's key like
/// every heat-map count, and a topic whose released authors are under the client's k is left out. Which topics are
/// listed, and in what order, follows the significance test on exact counts: decision 029 says what that reveals.
/// </summary>
public static class EmergingTopicRelease
{
    public static IReadOnlyList<ReleasedEmergingTopic> Release(IEnumerable<EmergingTopic> topics, ReleaseNoise noise, int k, int limit)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(noise);
        var released = new List<ReleasedEmergingTopic>();
        if (limit <= 0)
        {
            return released;
        }

        foreach (var topic in topics)
        {
            var cell = ReleaseCell.For(BucketInterval.Week, topic.Week, topic.Specialty, topic.Term.Key);
            var authors = noise.Release(cell, ReleaseMetrics.Authors, topic.Authors);
            if (authors < k)
            {
                continue;
            }

            released.Add(new ReleasedEmergingTopic(topic.Term.Key, topic.Term.Kind.ToString().ToLowerInvariant(), topic.Specialty, topic.Week, authors));
            if (released.Count == limit)
            {
                break;
            }
        }

        return released;
    }
}
