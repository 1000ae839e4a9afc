using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.Mnpi;
using Sermo.Storage.Safety;

namespace Sermo.Worker.Safety;

/// <summary>What the demo prints of issue 21 after its rollup: the safety queue's first item and the MNPI guard's holds.</summary>
internal static class DemoSafetyLines
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var open = await services.GetRequiredService<ISafetyQueue>().ListAsync(includeDecided: false, cancellationToken);
        var holds = await services.GetRequiredService<TrialDisclosureHolds>().ListAsync(1000, cancellationToken);
        var lines = new List<string> { $"      safety queue:          {open.Count:N0} open item(s) for Sermo's safety staff (`safety queue list --reviewer NAME`)" };
        if ((open.FirstOrDefault(i => i.Case.Criteria.LooksValid) ?? open.FirstOrDefault()) is { } first)
        {
            lines.Add($"        e.g. item {first.Id}: {first.Case.Product} → {first.Case.Event}, all four ICSR criteria met: {first.Case.Criteria.LooksValid}");
        }

        lines.Add($"      MNPI guard:            {holds.Count:N0} post(s) held out of finance clients' counts and excerpts (`safety holds --reviewer NAME`)");
        lines.AddRange(holds.Take(3).Select(h => $"        {h.PostId} held from {h.ClientId} ({h.Day:yyyy-MM-dd}, score {h.Score:0.00}, {(h.ByRules ? "rules" : "model")})"));
        return lines;
    }
}
