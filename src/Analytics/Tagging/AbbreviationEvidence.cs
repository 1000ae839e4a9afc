namespace Sermo.Analytics.Tagging;

/// <summary>What <see cref="AmbiguousAbbreviations"/> sees around one ambiguous abbreviation.</summary>
internal struct AbbreviationEvidence
{
    /// <summary>Written with a lower-case letter ("ms", "Pe").</summary>
    public bool Lowercase;

    /// <summary>Hyphenated, slashed or underscored into a longer token ("PD-L1", "AF_INET").</summary>
    public bool Joined;

    /// <summary>A number (not a time span) right after it ("SBP 82").</summary>
    public bool Measurement;

    /// <summary>An unambiguous entity within ten words in the same sentence.</summary>
    public bool NearbyEntity;

    /// <summary>A NegEx trigger within three words.</summary>
    public bool NegExCue;

    /// <summary>A cue word among the three words before ("hx of", "s/p", "drop the").</summary>
    public bool CueWord;

    public readonly bool Supported => !Lowercase && !Joined && !Measurement && (NearbyEntity || NegExCue || CueWord);
}
