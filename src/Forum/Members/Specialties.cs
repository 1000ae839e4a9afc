namespace Sermo.Forum.Members;

/// <summary>The specialties a member can register with (the sample forum's 25 among them).</summary>
public static class Specialties
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Addiction Medicine", "Allergy and Immunology", "Anesthesiology", "Cardiology", "Cardiothoracic Surgery",
        "Child and Adolescent Psychiatry", "Colorectal Surgery", "Critical Care", "Dermatology", "Emergency Medicine",
        "Endocrinology", "Family Medicine", "Gastroenterology", "General Surgery", "Geriatrics", "Hematology",
        "Hospice and Palliative Medicine", "Hospital Medicine", "Infectious Disease", "Internal Medicine",
        "Interventional Radiology", "Medical Genetics", "Neonatology", "Nephrology", "Neurology", "Neurosurgery",
        "Nuclear Medicine", "Obstetrics and Gynecology", "Occupational Medicine", "Oncology", "Ophthalmology",
        "Orthopedic Surgery", "Otolaryngology", "Pain Medicine", "Pathology", "Pediatric Cardiology", "Pediatrics",
        "Physical Medicine and Rehabilitation", "Plastic Surgery", "Preventive Medicine", "Psychiatry", "Pulmonology",
        "Radiation Oncology", "Radiology", "Rheumatology", "Sleep Medicine", "Sports Medicine", "Urology", "Vascular Surgery",
    ];

    public static bool Contains(string? specialty) => specialty is not null && All.Contains(specialty, StringComparer.Ordinal);
}
