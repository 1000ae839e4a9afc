using System.Text.RegularExpressions;
using Sermo.Analytics.Posts;

namespace Sermo.Ingest.Sources;

/// <summary>
/// Rules for a post's fields other than its text (docs/privacy.md, rule P9). The scrubber reads only the text, so an
/// identifier typed into the id, specialty or state would otherwise be stored and served as it came: the id must be
/// a short token of a fixed alphabet, the specialty one of <see cref="MemberSegments.Specialties"/>, the state a
/// listed two-letter code. Every source applies them (file drop and HTTP push when a line is parsed, the ingest
/// enricher again for every source, the forum feed included). A rejection's detail never repeats the value.
/// </summary>
public static partial class PostMetadata
{
    public const string BadId = "bad-id";
    public const string BadSpecialty = "bad-specialty";
    public const string BadState = "bad-state";

    public const int MaxIdLength = 64;

    /// <summary>A rejected field: the stable reason and a detail that names the field and rule, not the value.</summary>
    public sealed record Rejection(string Reason, string Detail);

    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    public static Rejection IdRejection(string id) =>
        new(BadId, $"the post id is not 1-{MaxIdLength} letters, digits, '.', '_', '~' or '-' starting with a letter or digit (value withheld, {id.Length:N0} characters)");

    /// <summary>
    /// The listed specialty and upper-case state code for the given values (absent or blank stays null), or the first
    /// field that breaks its rule.
    /// </summary>
    public static (string? Specialty, string? State, Rejection? Rejected) Segments(string? specialty, string? state)
    {
        string? listedSpecialty = null, stateCode = null;
        if (!string.IsNullOrWhiteSpace(specialty) && (listedSpecialty = MemberSegments.Specialty(specialty)) is null)
        {
            return (null, null, new Rejection(BadSpecialty,
                $"\"specialty\" is not one of the {MemberSegments.Specialties.Count} listed specialties (value withheld, {specialty.Length:N0} characters)"));
        }

        if (!string.IsNullOrWhiteSpace(state) && (stateCode = MemberSegments.State(state)) is null)
        {
            return (null, null, new Rejection(BadState, $"\"state\" is not a two-letter US state code (value withheld, {state.Length:N0} characters)"));
        }

        return (listedSpecialty, stateCode, null);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
