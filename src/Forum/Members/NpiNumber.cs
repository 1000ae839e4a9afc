namespace Sermo.Forum.Members;

/// <summary>
/// A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the card-issuer prefix
/// 80840 followed by the first nine (CMS, "Requirements for NPI Check Digit").
/// </summary>
public static class NpiNumber
{
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = "80840" + npi[..9];
        var sum = 0;
        // Luhn from the right of the payload: the digit next to the (missing) check digit is doubled.
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10 == npi[9] - '0';
    }
}
