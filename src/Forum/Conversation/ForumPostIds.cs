using System.Buffers;
using Sermo.Forum.Members;

namespace Sermo.Forum.Conversation;

/// <summary>
/// The ids the forum draws for the posts members write: "p-" and 24 random hex digits. Nobody types them, so they
/// carry nothing a person wrote, and ingest does not read them for identifiers (decision 259): read by the scrubber,
/// one drawn id in about 290 started with ten digits, was taken for a phone number and its post dead-lettered.
/// </summary>
public static class ForumPostIds
{
    private const string Prefix = "p-";
    private const int HexDigits = 24;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string Draw() => Prefix + MemberRegistration.NewId();

    /// <summary>
    /// True for an id of the drawn shape. A post imported from a file keeps the file's id ("p00001" in the samples),
    /// checked like any other; an imported id of exactly this shape would pass as drawn, and the file is the operator's.
    /// </summary>
    public static bool IsDrawn(string postId) =>
        postId.Length == Prefix.Length + HexDigits
        && postId.StartsWith(Prefix, StringComparison.Ordinal)
        && !postId.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex);
}
