using System.Globalization;

namespace Sermo.Storage.Cube;

internal static class CubeSql
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
