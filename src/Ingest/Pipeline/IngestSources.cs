using Microsoft.Extensions.Options;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Pipeline;

/// <summary>The sources one ingest cycle reads: the forum feed, then each file in the drop folder by name.</summary>
public sealed class IngestSources(ForumFeedSource forum, IOptions<IngestOptions> options)
{
    public IReadOnlyList<IPostSource> Current()
    {
        var sources = new List<IPostSource> { forum };
        var drop = options.Value.DropFolder;
        if (!string.IsNullOrWhiteSpace(drop) && Directory.Exists(drop))
        {
            sources.AddRange(Directory.EnumerateFiles(drop, "*.jsonl")
                .Order(StringComparer.Ordinal)
                .Select(path => new JsonlFileSource(path, options.Value.MaxLineBytes)));
        }

        return sources;
    }
}
