using Sermo.Forum.Members;

namespace Sermo.Forum.Tests;

/// <summary>Valid NPIs for tests: nine digits from a seed, then the one check digit that passes.</summary>
internal static class Npi
{
    public static string Make(int seed)
    {
        var body = (100_000_000 + seed).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => body + d).Single(NpiNumber.IsValid);
    }
}
