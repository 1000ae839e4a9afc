namespace Sermo.Analytics.Posts;

/// <summary>
/// The values a post's segment fields may take: a specialty from a fixed list and a US state as its two-letter code.
/// Segments are heat-map rows and columns clients read, so a free-text value (a name, a phone number, an e-mail
/// address typed into the wrong field) must never become one (docs/privacy.md, rule P9).
/// </summary>
public static class MemberSegments
{
    /// <summary>Medical specialties as the forum verifies them (ABMS boards and their common subspecialties).</summary>
    public static readonly IReadOnlyList<string> Specialties =
    [
        "Allergy and Immunology", "Anesthesiology", "Cardiology", "Critical Care", "Dermatology", "Emergency Medicine",
        "Endocrinology", "Family Medicine", "Gastroenterology", "General Surgery", "Geriatrics", "Hematology",
        "Hospital Medicine", "Infectious Disease", "Internal Medicine", "Medical Genetics", "Nephrology", "Neurology",
        "Neurosurgery", "Nuclear Medicine", "Obstetrics and Gynecology", "Oncology", "Ophthalmology", "Orthopedic Surgery",
        "Otolaryngology", "Pain Medicine", "Palliative Care", "Pathology", "Pediatrics", "Physical Medicine and Rehabilitation",
        "Plastic Surgery", "Preventive Medicine", "Psychiatry", "Pulmonology", "Radiation Oncology", "Radiology",
        "Rheumatology", "Sleep Medicine", "Sports Medicine", "Thoracic Surgery", "Urology", "Vascular Surgery",
    ];

    /// <summary>USPS codes of the 50 states, the District of Columbia and Puerto Rico.</summary>
    public static readonly IReadOnlyList<string> States =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
    ];

    private static readonly Dictionary<string, string> SpecialtyByName =
        Specialties.ToDictionary(s => s, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> StateCodes = new(States, StringComparer.OrdinalIgnoreCase);

    /// <summary>The listed spelling of <paramref name="value"/> (case and surrounding space ignored); null when it is not listed.</summary>
    public static string? Specialty(string value) =>
        SpecialtyByName.TryGetValue(string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), out var listed)
            ? listed
            : null;

    /// <summary>The upper-case state code of <paramref name="value"/>; null when it is not a listed code.</summary>
    public static string? State(string value)
    {
        var trimmed = value.Trim();
        return StateCodes.Contains(trimmed) ? trimmed.ToUpperInvariant() : null;
    }
}
