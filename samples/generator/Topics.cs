/// <summary>One forum category of conversation; weights move over time to give the data its trends.</summary>
internal sealed record Topic(string Name, double Weight, double Growth, double[] Sentiment, string[] Specialties)
{
    public double WeightAt(double t) => Weight * (1 + Growth * t);
}

internal static class Topics
{
    public static readonly Topic[] All =
    [
        new("anticoag", 1.45, 0, [.32, .28, .40], ["Cardiology", "Hematology", "Hospital Medicine", "Internal Medicine", "Family Medicine", "Geriatrics", "Emergency Medicine"]),
        new("bleed", 0.14, 0, [.15, .55, .30], ["Hospital Medicine", "Gastroenterology", "Emergency Medicine", "Critical Care", "Cardiology", "Hematology"]),
        new("glp1", 0.6, 2.4, [.38, .32, .30], ["Endocrinology", "Family Medicine", "Internal Medicine", "Gastroenterology", "Anesthesiology"]),
        new("obesity", 0.35, 2.8, [.36, .30, .34], ["Family Medicine", "Internal Medicine", "Endocrinology", "Pediatrics", "Obstetrics and Gynecology"]),
        new("diabetes", 0.8, 0, [.30, .30, .40], ["Endocrinology", "Family Medicine", "Internal Medicine", "Nephrology", "Hospital Medicine"]),
        new("hf", 0.5, 0, [.30, .30, .40], ["Cardiology", "Internal Medicine", "Hospital Medicine", "Geriatrics", "Nephrology"]),
        new("onclung", 0.85, 0.2, [.34, .30, .36], ["Oncology", "Pulmonology", "Radiology", "Hospital Medicine"]),
        new("oncbreast", 0.5, 0.1, [.34, .30, .36], ["Oncology", "Obstetrics and Gynecology", "Radiology", "Family Medicine", "General Surgery"]),
        new("melanoma", 0.35, 0, [.34, .30, .36], ["Oncology", "Dermatology", "Family Medicine"]),
        new("heme", 0.3, 0, [.30, .32, .38], ["Hematology", "Oncology", "Cardiology"]),
        new("immunology", 0.5, 0, [.32, .32, .36], ["Rheumatology", "Gastroenterology", "Dermatology", "Internal Medicine"]),
        new("airway", 0.35, 0, [.34, .30, .36], ["Pulmonology", "Dermatology", "Pediatrics", "Critical Care", "Family Medicine"]),
        new("neuro", 0.4, 0, [.28, .34, .38], ["Neurology", "Geriatrics", "Psychiatry", "Internal Medicine"]),
        new("endo", 0.22, 0, [.30, .30, .40], ["Endocrinology", "Internal Medicine", "Family Medicine"]),
        new("practice", 0.45, 0, [.12, .62, .26], []),
    ];

    public static Topic Get(string name) => All.First(t => t.Name == name);

    // Weeks (Mondays) with a run of bleeding talk on Xarelto/Eliquis.
    public static readonly DateTime[] BleedSpikeWeeks =
        [new(2025, 7, 14), new(2025, 12, 1), new(2026, 3, 16), new(2026, 8, 24)];

    public static bool InBleedSpike(DateTime day) => BleedSpikeWeeks.Any(w => day >= w && day < w.AddDays(7));
}
