namespace Sermo.Analytics.Tagging;

/// <summary>What <see cref="LookalikeWords"/> sees around one hit.</summary>
internal struct LookalikeEvidence
{
    /// <summary>An upper-case abbreviation hyphenated to a number ("ICD-10"), or a drug's capitals hyphenated to a capitalised word (a trial: "DAPA-CKD"): never kept.</summary>
    public bool JoinedCode;

    /// <summary>The name is also an ordinary word ("Watchman", "Inspire", "Port").</summary>
    public bool WordLike;

    public bool Capitalized;

    public bool SentenceInitial;

    /// <summary>A number right after it ("Sonata 10").</summary>
    public bool NumberAfter;

    /// <summary>Another entity in the same sentence.</summary>
    public bool OtherEntity;

    public readonly bool Kept => !JoinedCode && (!WordLike || (Capitalized && (!SentenceInitial || NumberAfter || OtherEntity)));
}
