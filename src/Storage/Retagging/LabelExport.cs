using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Retagging;

/// <summary>
/// Stored posts of a day range for labelling, for <c>labels export</c> and the data team's page: the row id, the
/// promoted model's guess when asked, and the scrubbed text the store holds (the anonymizer ran before the store; no
/// member, author or thread id leaves through here).
/// </summary>
public sealed class LabelExport(IPostSentimentStore posts, PromotedSentimentModel? model = null, ITextTagger? tagger = null)
{
    private const int PageSize = 500;

    /// <summary>Whether a promoted sentiment model can pre-fill the label column on this host.</summary>
    public bool CanSuggest => model?.Model is not null && tagger is not null;

    /// <summary>At most <paramref name="limit"/> posts of <paramref name="first"/>..<paramref name="last"/> in row order.</summary>
    /// <param name="suggest">Pre-fill each label with the promoted model's prediction (labelers correct it).</param>
    /// <exception cref="ArgumentException">A limit below 1, a range that ends before it starts, or a suggestion without a promoted model.</exception>
    public async Task<IReadOnlyList<LabelExportRow>> ReadAsync(DateOnly first, DateOnly last, int limit, bool suggest, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (last < first)
        {
            throw new ArgumentException($"the range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd})", nameof(last));
        }

        var predictor = suggest ? model?.Model : null;
        if (suggest && (predictor is null || tagger is null))
        {
            throw new ArgumentException("suggestions need a promoted sentiment model: `models promote VERSION` first", nameof(suggest));
        }

        var rows = new List<LabelExportRow>();
        var after = 0L;
        while (rows.Count < limit)
        {
            var page = await posts.ReadPageAsync(first, last, after, Math.Min(PageSize, limit - rows.Count), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var post in page)
            {
                rows.Add(new LabelExportRow(post.RowId, predictor?.Predict(post.Text, tagger!.Tag(post.Text)).Label ?? "", post.Text));
            }

            after = page[^1].RowId;
        }

        return rows;
    }
}
