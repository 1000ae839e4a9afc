using System.Text.RegularExpressions;

namespace Sermo.Forum.Members;

/// <summary>What a pseudonym may be: 3-30 letters, digits, '.', '_' or '-', no real-looking name, nothing of the member's NPI or e-mail.</summary>
public static partial class PseudonymRules
{
    /// <summary>The reason the pseudonym is refused, or null when it is acceptable (uniqueness is checked by the store).</summary>
    public static string? Check(string? pseudonym, string? npi, string? email)
    {
        if (string.IsNullOrWhiteSpace(pseudonym) || !Shape().IsMatch(pseudonym))
        {
            return "Use 3 to 30 letters, digits, '.', '_' or '-', starting with a letter.";
        }

        var lower = pseudonym.ToLowerInvariant();
        var digits = new string(pseudonym.Where(char.IsAsciiDigit).ToArray());
        if (npi is { Length: >= 4 } && ((digits.Length >= 4 && npi.Contains(digits, StringComparison.Ordinal)) || lower.Contains(npi, StringComparison.Ordinal)))
        {
            return "A pseudonym may not contain your NPI or part of it.";
        }

        if (email is not null)
        {
            var local = email.Split('@')[0].ToLowerInvariant();
            if (lower.Contains(email.ToLowerInvariant(), StringComparison.Ordinal) || (local.Length >= 3 && lower.Contains(local, StringComparison.Ordinal)))
            {
                return "A pseudonym may not contain your e-mail address or its name part.";
            }
        }

        return RealNameCheck.Shared.Explain(pseudonym) is { } why
            ? $"That looks like a real name ({why}); choose a pseudonym that does not identify you."
            : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{2,29}$")]
    private static partial Regex Shape();
}
