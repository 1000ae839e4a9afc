using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.HeatMaps;

public class HeatMapSuppressionPropertyTests
{
    [Fact]
    public void Build_RandomSlices_NoSuppressedCellRecoverableFromRowTotal()
    {
        var random = new Random(20260330);
        var rowsChecked = 0;
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var (slice, terms) = RandomSlice(random);
            var k = random.Next(5, 8);

            var map = HeatMapBuilder.Build(slice, terms, k);

            for (var t = 0; t < terms.Length; t++)
            {
                var raw = slice.Cells.Where(c => c.Term == terms[t]).ToDictionary(c => c.Bucket, c => c.Mentions);
                var row = map.Row(t).ToArray();
                row.Where(c => c.Suppressed).Should().NotContain(c => c.Mentions != null || c.ShareOfVoice != null || c.SpikeScore != null);
                row.Where(c => !c.Suppressed).Should().NotContain(c => c.DistinctAuthors < k);

                var total = map.RowTotals[t];
                if (total.Suppressed || !row.Any(c => c.Suppressed))
                {
                    continue;
                }

                rowsChecked++;
                var remainder = total.Mentions!.Value - row.Sum(c => c.Mentions ?? 0);
                foreach (var hidden in row.Where(c => c.Suppressed))
                {
                    remainder.Should().NotBe(raw.GetValueOrDefault(hidden.Bucket),
                        "suppressed {0} {1} must not equal total minus shown cells", hidden.Term, hidden.Bucket);
                }
            }
        }

        rowsChecked.Should().BeGreaterThan(100, "the generator must produce rows that exercise complementary suppression");
    }

    private static (CubeSlice Slice, string[] Terms) RandomSlice(Random random)
    {
        var terms = Enumerable.Range(0, random.Next(1, 5)).Select(i => $"term{i}").ToArray();
        var from = new DateOnly(2026, 1, 1);
        var days = random.Next(1, 12);
        var cells = new List<CubeAggregate>();
        var totals = new List<CubeAggregate>();
        foreach (var term in terms)
        {
            var rowCells = new List<CubeAggregate>();
            for (var d = 0; d < days; d++)
            {
                if (random.NextDouble() < 0.15)
                {
                    continue; // no cube row: nobody mentioned the term that day
                }

                var authors = random.NextDouble() < 0.4 ? random.Next(0, 5) : random.Next(5, 15);
                var mentions = authors == 0 ? 0 : authors + random.Next(0, 20);
                var positive = random.Next(0, mentions + 1);
                rowCells.Add(new CubeAggregate(term, from.AddDays(d), null, mentions, authors, positive, mentions - positive, 0, 0));
            }

            cells.AddRange(rowCells);
            // Distinct authors over the period lie between the largest day and the sum of days.
            var maxAuthors = rowCells.Select(c => c.DistinctAuthors).DefaultIfEmpty(0).Max();
            var sumAuthors = rowCells.Sum(c => c.DistinctAuthors);
            totals.Add(new CubeAggregate(term, from, null, rowCells.Sum(c => c.Mentions), random.Next(maxAuthors, sumAuthors + 1),
                rowCells.Sum(c => c.Positive), rowCells.Sum(c => c.Neutral), 0, 0));
        }

        return (new CubeSlice("c", BucketInterval.Day, from, from.AddDays(days - 1), cells, totals, []), terms);
    }
}
