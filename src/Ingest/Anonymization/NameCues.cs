namespace Sermo.Ingest.Anonymization;

/// <summary>The context words of the name rules.</summary>
internal static class NameCues
{
    public static readonly string[] StrongTitles = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Drs", "Messrs"];

    public static readonly string[] WeakTitles =
        ["Doctor", "Professor", "Nurse", "Sister", "Father", "Rev", "Reverend", "Judge", "Officer", "Coach", "Uncle", "Aunt", "Auntie", "Grandma", "Grandpa",
         "Chaplain", "Pastor", "Rabbi", "Deacon", "Imam", "Sgt", "Sergeant", "Captain", "Capt", "Granny", "Doc", "Fr", "Sr",
         // Military ranks (round 10): a service member's name on an APO/FPO letter or a deployment note ("Lieutenant Okafor, Unit 3050").
         // Ranks that are also given names or surnames (Major, Seaman, Ensign) stay off: "son Major" is a person, not a title.
         "Lieutenant", "Colonel", "Corporal", "Cpl", "Pvt", "Commander", "Airman"];

    public static readonly string[] PersonCues =
    [
        "patient", "pt", "named", "called", "name", "husband", "wife", "son", "daughter", "mother", "mom", "father", "dad",
        "brother", "sister", "aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather", "colleague", "partner",
        "friend", "attending", "resident", "fellow", "intern", "neighbor", "caregiver", "boyfriend", "girlfriend", "fiance",
        "fiancee", "spouse", "baby", "niece", "nephew", "cousin", "surgeon", "nurse", "pcp", "nee", "née", "attn",
        "poa", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law", "np", "rn", "hospitalist", "stepson", "stepdaughter", "interpreter", "translator", "pharmacist", "roommate", "guardian", "sitter", "aide",
        "dtr", "dau", "husb", "hubby", "sis", "bro", "grandkid", "stepmom", "stepdad", "godson", "goddaughter",
    ];

    public static readonly string[] HeadNouns =
    [
        "disease", "diseases", "syndrome", "syndromes", "sign", "signs", "palsy", "lymphoma", "sarcoma", "esophagus", "thyroiditis",
        "test", "maneuver", "manoeuvre", "procedure", "score", "scale", "criteria", "criterion", "classification", "grade", "stage",
        "catheter", "reflex", "triad", "phenomenon", "node", "nodes", "ulcer", "fracture", "contracture", "tumor", "tumour", "cyst",
        "disorder", "dystrophy", "encephalopathy", "anemia", "anomaly", "aneurysm", "block", "law", "equation", "formula", "position",
        "operation", "repair", "fundoplication", "diverticulum", "ring", "type", "variant", "cell", "cells", "body", "bodies", "line",
        "lines", "pouch", "space", "triangle", "point", "murmur", "nodule", "nodules", "arthritis", "vasculitis", "granulomatosis",
        "dementia", "angina", "chorea", "crisis", "collar", "stain", "monitor", "tube", "balloon", "needle", "valve", "shunt", "deformity",
        "angle", "area", "hernia", "neuroma", "lesion", "lesions", "gap", "cycle", "effect", "rule", "rules", "index", "solution",
        "gangrene", "cardiomyopathy", "ataxia", "neuropathy", "myopathy", "nephritis", "foot", "contractures", "aneurysms",
    ];
}
