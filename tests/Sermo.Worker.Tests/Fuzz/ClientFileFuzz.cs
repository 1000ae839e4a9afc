using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.Reports.Outbox;
using Sermo.Storage.Clients;
using Sermo.Worker.Clients;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// Client definition files (what <c>demo</c> loads from samples/clients): a malformed one is refused as bad input
/// naming the file (exit 2), and one that is read never carries k below the minimum, an unsafe id or an empty term.
/// </summary>
internal static class ClientFileFuzz
{
    public const string Target = "client files";

    private const string Valid = """
        { "id": "fuzz-client", "name": "Fuzz Pharma", "kind": "pharma", "k": 5,
          "reports": [ { "id": "weekly", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv", "html"], "lookback": 12 } ],
          "terms": [ { "label": "Eliquis", "matches": ["eliquis", "apixaban"] }, { "label": "Warfarin" } ] }
        """;

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var content = Mutate(text);
            var path = Path.Combine(world.Sandbox, "client.json");
            // Encoding.UTF8 writes a lone surrogate as U+FFFD where File.WriteAllText would throw: the file is still junk, as a partner's would be.
            await File.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(content));
            try
            {
                var (client, _) = await ClientFile.ReadAsync(path, CancellationToken.None);
                findings.Tried(Target, "read");
                if (client.K < ClientRegistry.MinimumK || !ReportWriter.IsSafeSegment(client.ClientId)
                    || client.Watchlist.Terms.Any(t => string.IsNullOrWhiteSpace(t.Label) || t.Matches.Count == 0 || t.Matches.Any(string.IsNullOrWhiteSpace)))
                {
                    findings.Failed(Target, content, $"accepted a client the registry or the outbox cannot take (k {client.K}, id '{client.ClientId}')");
                }
            }
            catch (UserInputException ex)
            {
                findings.Tried(Target, "refused as bad input");
                if (!ex.Message.Contains(path, StringComparison.Ordinal) || ex.Message.Contains('\n', StringComparison.Ordinal))
                {
                    findings.Failed(Target, content, "refusal does not name the file on one line: " + FuzzFindings.Shown(ex.Message));
                }
            }
            catch (Exception ex)
            {
                findings.Tried(Target, "crash: " + ex.GetType().Name);
                findings.Failed(Target, content, $"threw {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private static string Mutate(FuzzText text)
    {
        if (text.Chance(0.1))
        {
            return text.Chance(0.5) ? text.Junk(40) : Valid[..text.Next(Valid.Length)];
        }

        var root = JsonNode.Parse(Valid)!.AsObject();
        for (var n = text.Next(1, 4); n > 0; n--)
        {
            // An earlier mutation may have replaced "reports" or "terms" with something else: then the root is mutated.
            var target = text.Next(4) switch
            {
                0 => root,
                1 => root["reports"] is JsonArray { Count: > 0 } reports && reports[0] is JsonObject report ? report : root,
                _ => root["terms"] is JsonArray { Count: 2 } terms && terms[text.Next(2)] is JsonObject term ? term : root,
            };
            var keys = target.Select(p => p.Key).ToList();
            var key = text.Chance(0.9) ? text.Pick(keys) : text.Junk(2);
            target[key] = text.Next(9) switch
            {
                0 => null,
                1 => JsonValue.Create(text.Pick(new[] { -5, 0, 1, 4, 5, 1000, int.MaxValue })),
                2 => JsonValue.Create(text.Junk()),
                3 => new JsonArray(),
                4 => new JsonObject(),
                5 => JsonValue.Create(text.Pick(new[] { "../../etc", ".staging", "", " ", "a/b", "x".PadRight(200, 'x'), "0 6 * * MON-XYZ", "Mars/Olympus", "fortnight", "pdf", "? * *" })),
                6 => new JsonArray(JsonValue.Create(""), JsonValue.Create(text.Junk())),
                7 => JsonValue.Create(true),
                _ => JsonNode.Parse(JsonSerializer.Serialize(new string[text.Next(0, 3)].Select(_ => text.Query()).ToArray())),
            };
        }

        return root.ToJsonString();
    }
}
