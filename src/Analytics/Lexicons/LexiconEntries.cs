namespace Sermo.Analytics.Lexicons;

/// <summary>One row of drugs.csv. <see cref="Brand"/> is null for a generic listed on its own.</summary>
public sealed record DrugEntry(string? Brand, string Generic, string DrugClass, IReadOnlyList<string> Synonyms, string Source);

/// <summary>Whether a drug_classes.csv row names a pharmacologic class or a regimen (drugs given together).</summary>
public enum DrugGroupKind
{
    Class,
    Regimen,
}

/// <summary>
/// One row of drug_classes.csv: a class ("statin", "SGLT2 inhibitor") or a regimen ("FOLFOX", "DAPT") named in
/// place of its drugs. <see cref="Members"/> are generics of drugs.csv (for a class, the ones it holds; for a
/// regimen, the ones given together; empty for open groups such as "biologic"). When <see cref="Ambiguous"/> is
/// true the synonyms are abbreviations with other common meanings (MRA, BB, IO) tagged only in clinical context.
/// </summary>
public sealed record DrugClassEntry(string Id, string Name, DrugGroupKind Kind, IReadOnlyList<string> Members, IReadOnlyList<string> Synonyms, bool Ambiguous, string Source);

/// <summary>One row of devices.csv.</summary>
public sealed record DeviceEntry(string Id, string Name, string Category, IReadOnlyList<string> Synonyms, string Source);

/// <summary>
/// One row of diseases.csv. When <see cref="Ambiguous"/> is true the row's synonyms are abbreviations with
/// other common meanings (MS, RA, MI, PE...) and are tagged only in clinical context; the name itself never is ambiguous.
/// </summary>
public sealed record DiseaseEntry(string Icd10, string Name, IReadOnlyList<string> Synonyms, bool Ambiguous, string Source);

/// <summary>
/// One row of adverse_events.csv: a canonical adverse-event name and the ways physicians write it. When
/// <see cref="DiseaseUnlessDrug"/> is true, a synonym diseases.csv also lists (VTE, ICH, myocarditis) is the disease
/// unless a drug in its sentence can be blamed for it: "VTE prophylaxis with enoxaparin" is a disease, "VTE on
/// tofacitinib" an adverse event.
/// </summary>
public sealed record AdverseEventEntry(string Name, IReadOnlyList<string> Synonyms, bool DiseaseUnlessDrug, string Source);

public enum SentimentTermKind
{
    Polarity,
    Intensifier,
    Negator,
}

/// <summary>
/// One row of sentiment.csv. Polarity weights are in [-1, 1]; intensifier weights multiply the next polar term.
/// Multi-word rows ("negative for malignancy", "positive troponin") win over their single words by longest match.
/// </summary>
public sealed record SentimentTerm(string Term, double Weight, SentimentTermKind Kind, string Source);

/// <summary>NegEx/ConText trigger kinds (context_cues.csv).</summary>
public enum ContextCueKind
{
    /// <summary>Negates findings after it, up to the end of the sentence or a terminator.</summary>
    NegationPre,
    /// <summary>Negates findings shortly before it ("PE was ruled out").</summary>
    NegationPost,
    /// <summary>Negates a drug or device right after it ("never started Xarelto").</summary>
    DrugNegationPre,
    UncertainPre,
    UncertainPost,
    /// <summary>The finding belongs to a relative ("mother had breast cancer").</summary>
    FamilyPre,
    /// <summary>Looks like a trigger but is not ("no change", "gram negative"); wins by longest match.</summary>
    Pseudo,
    /// <summary>Ends a trigger's scope ("but", "however").</summary>
    Terminator,
    /// <summary>The finding is conditional, not present ("if she bleeds", "in case of pancreatitis").</summary>
    HypotheticalPre,
}

public sealed record ContextCue(string Term, ContextCueKind Kind, string Source);
