using System.Globalization;
using System.Text.Json;

/// <summary>
/// A planted emerging topic for the demo (issue 21): in the last week of the sample, sixteen oncologists of the second
/// community write about infusion chair shortages delaying their patients' regimens, a term no watchlist follows and
/// the forum never used before. Written to its own drop file with its own random stream, so the other samples stay
/// byte-identical.
/// </summary>
internal static class EmergingTopicDrop
{
    public const string FileName = "emerging-topic.jsonl";

    private static readonly string[] Texts =
    [
        "Infusion chair shortage at our center again, pembrolizumab cycles pushed by a week.",
        "We lost four infusion chairs to the renovation and now nivolumab patients wait ten days.",
        "Anyone else triaging because of the infusion chair shortage? Moving carboplatin days to Saturday.",
        "The infusion chair crunch means Enhertu starts are slipping; we are rationing by line of therapy.",
        "Infusion chair availability is now the rate-limiting step for our pembrolizumab maintenance visits.",
        "Our cancer center opened an evening infusion chair block because of the shortage, helps with nivolumab.",
        "Sending stable patients on pembrolizumab to the satellite site, the main infusion chairs are booked out.",
        "Infusion chair shortage plus nursing gaps, we had to delay cycle 3 of carboplatin and paclitaxel.",
        "Is the infusion chair shortage hitting community oncology too or just academic centers? Enhertu waits are long.",
        "Switched two patients to every-six-week pembrolizumab dosing to free infusion chairs.",
        "The infusion chair backlog is three weeks here; asked pharmacy about home infusion for nivolumab.",
        "Every infusion chair is full through next month, we are prioritizing curative-intent carboplatin regimens.",
        "Our infusion chair wait list hit forty patients this week; durvalumab consolidation is the first thing we delay.",
        "Infusion chair shortage again. Moved two Keytruda patients to the every-six-week schedule just to open slots.",
        "Does anyone have a fair way to allocate an infusion chair when three adjuvant patients need the same morning?",
        "The hospital added one infusion chair after we documented the shortage, nowhere near enough for gemcitabine days.",
    ];

    private static readonly string[] States = ["CA", "TX", "NY", "FL", "IL", "OH", "PA", "GA", "NC", "MI", "WA", "MA", "CO", "AZ", "MN", "OR"];

    public static void Write(string dir)
    {
        var rng = new Random(20261021);
        var start = new DateTime(2026, 10, 26, 7, 0, 0, DateTimeKind.Utc);
        var lines = Texts.Select((text, i) => Output.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", $"e{i + 1:0000}");
            w.WriteString("author", $"ext-onc-{i + 1:00}");
            w.WriteString("createdAt", Output.Timestamp(start.AddDays(rng.Next(6)).AddMinutes(rng.Next(600))));
            w.WriteString("specialty", "Oncology");
            w.WriteString("state", States[i]);
            w.WriteString("text", text);
            w.WriteEndObject();
        }));
        Output.WriteLines(Path.Combine(dir, FileName), lines);
    }
}
