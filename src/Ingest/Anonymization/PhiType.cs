namespace Sermo.Ingest.Anonymization;

/// <summary>The HIPAA Safe Harbor identifier kinds (plus forum @mentions) the scrubber removes.</summary>
public enum PhiType
{
    Name,
    Date,
    Age,
    Phone,
    Fax,
    Email,
    Ssn,
    MedicalRecord,
    Account,
    License,
    Npi,
    Serial,
    Url,
    Ip,
    Address,
    City,
    Zip,
    Mention,
}

/// <summary>Where an identifier sits in the original input; <paramref name="End"/> is exclusive.</summary>
public readonly record struct PhiSpan(int Start, int End, PhiType Type)
{
    public int Length => End - Start;
}

/// <summary>The scrubbed text and the identifier spans, as offsets into the original input.</summary>
public sealed record ScrubResult(string Text, IReadOnlyList<PhiSpan> Spans);

/// <summary>Thrown for input the scrubber refuses, so the pipeline dead-letters the post instead of storing it.</summary>
public sealed class ScrubFailedException : Exception
{
    public ScrubFailedException()
    {
    }

    public ScrubFailedException(string message)
        : base(message)
    {
    }

    public ScrubFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

public static class PhiPlaceholder
{
    private static readonly string[] Placeholders = Enum.GetValues<PhiType>()
        .Select(type => type == PhiType.MedicalRecord ? "[MRN]" : $"[{type.ToString().ToUpperInvariant()}]")
        .ToArray();

    /// <summary>The replacement text, e.g. <c>[NAME]</c>, <c>[MRN]</c>.</summary>
    public static string For(PhiType type) => Placeholders[(int)type];

    /// <summary>The type as reported in spans: the placeholder without brackets, e.g. <c>NAME</c>, <c>MRN</c>.</summary>
    public static string Label(PhiType type) => Placeholders[(int)type][1..^1];
}
