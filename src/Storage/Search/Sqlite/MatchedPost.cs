namespace Sermo.Storage.Search.Sqlite;

/// <summary>A matching post as ranked: bm25 (negated, higher is better), then newest, then the later row.</summary>
/// <param name="Created">
/// The stored created_at (yyyy-MM-ddTHH:mm:ss…) as the number yyyyMMddHHmmss (<see cref="CreatedKey"/>): orders as the
/// text does, without a string per hit.
/// </param>
internal readonly record struct MatchedPost(long Id, double Score, long Created)
{
    public static readonly Comparison<MatchedPost> ByNewest = (a, b) =>
        b.Created.CompareTo(a.Created) is var byTime and not 0 ? byTime : b.Id.CompareTo(a.Id);

    public static readonly Comparison<MatchedPost> ByRelevance = (a, b) =>
        b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : ByNewest(a, b);

    /// <summary>
    /// yyyyMMddHHmmss from created_at's UTF-8 text. The store writes whole seconds ending in Z; anything finer would
    /// only tie here and fall to the row id.
    /// </summary>
    public static long CreatedKey(ReadOnlySpan<byte> text)
    {
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            throw new FormatException($"posts.created_at is not yyyy-MM-ddTHH:mm:ss: '{System.Text.Encoding.UTF8.GetString(text)}'.");
        }

        return (((((long)Digits(text[..4]) * 100 + Digits(text.Slice(5, 2))) * 100 + Digits(text.Slice(8, 2))) * 100
            + Digits(text.Slice(11, 2))) * 100 + Digits(text.Slice(14, 2))) * 100 + Digits(text.Slice(17, 2));
    }

    /// <summary>Decimal digits as a number; anything else is a format error.</summary>
    public static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                throw new FormatException($"'{(char)digit}' where a digit was expected in a stored date.");
            }

            value = value * 10 + digit - '0';
        }

        return value;
    }
}
