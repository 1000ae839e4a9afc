using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 325): the military post office and region codes of an overseas address, "APO AE" in "Unit 4471 Box 18,
/// APO AE 09012", "FPO AP", "DPO AA": they stand in a service member's mail address for the town and state. The address rules
/// find the unit and box before them and the ZIP after them (with its plus-four part, as its own ZIP span), but not the codes
/// between, so a line labelled whole is missed. Over every readable gold set the codes are labelled, with the line or alone, in
/// rounds 14, 16, 27, 42 and 46 (24 missed before); rounds 10, 11, 17, 18 and 19 label the unit and box and the ZIP apart and
/// leave the codes, which this rule covers too (the rotation counts those as false hits). The code must stand alone as a word
/// and its region code follow after one space; the ZIP is left to the ZIP rules. Found by one vectorised search of the post for
/// the three codes with their space.
/// </summary>
internal static class MilitaryPostOffices
{
    private static readonly SearchValues<string> CodeValues = SearchValues.Create(
        ["APO AE", "APO AP", "APO AA", "FPO AE", "FPO AP", "FPO AA", "DPO AE", "DPO AP", "DPO AA"], StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CodeValues);
        while (hits.Next(out var start))
        {
            var end = start + "APO AE".Length;
            hits.From = end;
            if (RegexScan.IsWordChar(text, start - 1) || RegexScan.IsWordChar(text, end))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.City, 1));
        }
    }
}
