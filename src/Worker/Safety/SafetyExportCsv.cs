using System.Globalization;
using CsvHelper;
using Sermo.Storage.Safety;

namespace Sermo.Worker.Safety;

/// <summary>
/// Reviewed queue items as CSV a safety team can load: one row per item, columns named by their ICH E2B(R3) data
/// element (number and name) where one applies, then Sermo's own review columns. Member identity is never written: no
/// post id, author key or pseudonym; the patient field carries E2B's null flavour MSK (masked) and the narrative is the
/// scrubbed text. The reporter's qualification is "1" (physician): every author is a verified physician.
/// </summary>
internal static class SafetyExportCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "C.1.1 Sender's (case) Safety Report Unique Identifier",
        "C.1.2 Date of Creation",
        "C.1.3 Type of Report",
        "C.1.4 Date Report Was First Received from Source",
        "C.1.5 Date of Most Recent Information for This Report",
        "C.2.r.4 Qualification",
        "D.1 Patient (name or initials)",
        "E.i.1.1a Reaction / Event as Reported by the Primary Source in Native Language",
        "E.i.1.1b Reaction / Event as Reported by the Primary Source Language",
        "G.k.1 Characterisation of Drug Role",
        "G.k.2.2 Medicinal Product Name as Reported by the Primary Source",
        "G.k.2.3.r.1 Substance / Specified Substance Name",
        "H.1 Case Narrative Including Clinical Course, Therapeutic Measures, Outcome and Additional Relevant Information",
        "sermo.patient_identifiable",
        "sermo.reporter_identifiable",
        "sermo.decision",
        "sermo.reviewer",
        "sermo.decided_at",
        "sermo.note",
    ];

    /// <summary>E2B(R3) code values used above: report type 1 = spontaneous, qualification 1 = physician, drug role 1 = suspect.</summary>
    private const string Spontaneous = "1";
    private const string Physician = "1";
    private const string Suspect = "1";
    private const string Masked = "MSK";

    public static void Write(IEnumerable<SafetyQueueItem> items, DateTimeOffset createdAt, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, Sermo.Reports.HeatMaps.HeatMapCsvWriter.SpreadsheetSafe, leaveOpen: true);
        csv.WriteHeader(Columns.ToArray());
        foreach (var item in items)
        {
            var decision = item.Decision ?? throw new ArgumentException($"item {item.Id} is not reviewed", nameof(items));
            csv.WriteField(ReportId(item.Id));
            csv.WriteField(E2bTime(createdAt));
            csv.WriteField(Spontaneous);
            csv.WriteField(E2bDate(item.QueuedAt));
            csv.WriteField(E2bDate(decision.DecidedAt));
            csv.WriteField(Physician);
            csv.WriteField(Masked);
            csv.WriteField(item.Case.Event);
            csv.WriteField("eng");
            csv.WriteField(Suspect);
            csv.WriteField(item.Case.Product);
            csv.WriteField(item.Case.Substance);
            csv.WriteField(item.Case.Text);
            csv.WriteField(item.Case.Criteria.Patient.Met);
            csv.WriteField(item.Case.Criteria.Reporter.Met);
            csv.WriteField(decision.Outcome);
            csv.WriteField(decision.Reviewer);
            csv.WriteField(decision.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(decision.Note ?? "");
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>The case's identifier outside Sermo: the queue number, never the post id (which leads back to the forum thread).</summary>
    public static string ReportId(long id) => string.Create(CultureInfo.InvariantCulture, $"SERMO-AE-{id:D6}");

    private static string E2bDate(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string E2bTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
