using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Safety;
using Sermo.Storage.Mnpi;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Safety;
using Sermo.Worker.Hosting;
using Sermo.Worker.Safety;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>safety queue list|show|decide|export</c>: the adverse-event review queue for Sermo's safety staff. Every use is
/// recorded in the read audit before the queue is read, under the subject <see cref="AuditSubject"/>, with the reviewer
/// as the caller and the outcome, as client reads are (<c>report reads --client sermo-safety</c>).
/// </summary>
internal static class SafetyCommand
{
    public const string AuditSubject = "sermo-safety";

    private static readonly Option<string> Reviewer = new("--reviewer", "-r")
    {
        Description = "Your name as a member of Sermo's safety staff: recorded in the audit (and on a decision).",
        Required = true,
        Recursive = true,
    };

    public static Command Create()
    {
        var queue = new Command("queue", "The adverse-event review queue: posts naming a client's product with adverse-event language, for Sermo's safety staff only.")
        {
            List(), Show(), Decide(), Export(),
        };
        queue.Options.Add(Reviewer);
        var holds = Holds();
        holds.Options.Add(Reviewer);
        return new Command("safety", "Sermo's safety and compliance staff: the adverse-event review queue (docs/adverse-events.md) and the MNPI guard's log (docs/mnpi-guard.md).") { queue, holds };
    }

    private static Command Holds()
    {
        var limit = new Option<int>("--limit") { Description = "How many rows, newest post day first.", DefaultValueFactory = _ => 200 };
        var command = new Command("holds", "The MNPI guard's compliance log: posts held out of a finance client's counts and excerpts as likely non-public trial information (post, client, day, score, by rules, cues).") { limit };
        command.SetAction((parse, ct) => RunAudited(parse, "mnpi holds", async use =>
        {
            var holds = await use.Services.GetRequiredService<TrialDisclosureHolds>().ListAsync(parse.GetValue(limit), ct);
            foreach (var hold in holds)
            {
                await use.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{hold.Day:yyyy-MM-dd}  {hold.ClientId,-20}  {hold.PostId,-24}  {hold.Score:0.00}  {(hold.ByRules ? "rules" : "model"),-5}  {hold.Cues}"));
            }

            await use.Output.WriteLineAsync($"{holds.Count} hold(s)");
            return "served";
        }, ct));
        return command;
    }

    private static Command List()
    {
        var all = new Option<bool>("--all") { Description = "Also list decided items (after the open ones)." };
        var command = new Command("list", "Open items, soonest due first: id, business time left on the one-business-day clock, the four ICSR criteria (P R S E, + met / - not), product, event.") { all };
        command.SetAction((parse, ct) => RunAudited(parse, "queue list", async use =>
        {
            var items = await use.Queue.ListAsync(parse.GetValue(all), ct);
            foreach (var item in items)
            {
                var criteria = item.Case.Criteria;
                await use.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{item.Id,6}  {(item.Decision is { } d ? d.Outcome : SafetyItemText.TimeLeft(use.Now, item.DueAt)),-14}  {Mark(criteria.Patient)}{Mark(criteria.Reporter)}{Mark(criteria.Product)}{Mark(criteria.Event)}  {item.Case.Product} → {item.Case.Event}"));
            }

            await use.Output.WriteLineAsync($"{items.Count(i => i.Decision is null)} open item(s)");
            return "served";
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var id = new Option<long>("--id") { Description = "The queue item.", Required = true };
        var command = new Command("show", "One item: the scrubbed text, each ICSR criterion with its evidence, the clock and the decision.") { id };
        command.SetAction((parse, ct) => RunAudited(parse, $"queue show {parse.GetValue(id)}", async use =>
        {
            var item = await use.Queue.GetAsync(parse.GetValue(id), ct) ?? throw NoItem(parse.GetValue(id));
            await SafetyItemText.WriteAsync(item, use.Now, use.Output);
            return "served";
        }, ct));
        return command;
    }

    private static Command Decide()
    {
        var id = new Option<long>("--id") { Description = "The queue item.", Required = true };
        var decision = new Option<string>("--decision", "-d") { Description = "valid-case, not-a-case or duplicate.", Required = true };
        decision.AcceptOnlyFromAmong([.. SafetyOutcomes.All]);
        var note = new Option<string?>("--note") { Description = "Why, for the record (no identifiers)." };
        var command = new Command("decide", "Record the reviewer's decision and time on an item (a second decision replaces the first).") { id, decision, note };
        command.SetAction((parse, ct) => RunAudited(parse, $"queue decide {parse.GetValue(id)} {parse.GetValue(decision)}", async use =>
        {
            var made = new SafetyDecision(parse.GetRequiredValue(decision), use.Reviewer, parse.GetValue(note), use.Now);
            if (!await use.Queue.DecideAsync(parse.GetValue(id), made, ct))
            {
                throw await use.Queue.GetAsync(parse.GetValue(id), ct) is { Decision: { Outcome: SafetyOutcomes.Withdrawn } withdrawn }
                    ? new UserInputException(string.Create(CultureInfo.InvariantCulture, $"item {parse.GetValue(id)} was {withdrawn.Note}; its text is gone and nothing is left to decide on."))
                    : NoItem(parse.GetValue(id));
            }

            await use.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"item {parse.GetValue(id)}: {made.Outcome} by {made.Reviewer} at {made.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
            return "served";
        }, ct));
        return command;
    }

    private static Command Export()
    {
        var output = new Option<FileInfo>("--out", "-o") { Description = "CSV file to write (ICH E2B(R3) field names; no member identity).", Required = true };
        var command = new Command("export", "Write every reviewed item as CSV a safety team can load; open and withdrawn items are left out.") { output };
        command.SetAction((parse, ct) => RunAudited(parse, "queue export", async use =>
        {
            // A withdrawn item was never reviewed and has no narrative: it is not a case to send (decision 097).
            var reviewed = (await use.Queue.ListAsync(includeDecided: true, ct))
                .Where(i => i.Decision is { } d && d.Outcome != SafetyOutcomes.Withdrawn).OrderBy(i => i.Id).ToList();
            var path = parse.GetRequiredValue(output).FullName;
            await using (var file = new StreamWriter(path))
            {
                SafetyExportCsv.Write(reviewed, use.Now, file);
            }

            await use.Output.WriteLineAsync($"exported {reviewed.Count} reviewed item(s) to {path}");
            return "served";
        }, ct));
        return command;
    }

    /// <summary>Audits the use before the queue is touched, runs it, and records how it ended (served, not-found, failed).</summary>
    private static Task<int> RunAudited(ParseResult parse, string resource, Func<SafetyQueueUse, Task<string>> body, CancellationToken ct) =>
        SermoCommandLine.RunAsync(async () =>
        {
            using var host = SermoHost.Build(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false), parse.GetValue(SermoCommandLine.Verbose));
            var time = host.Services.GetRequiredService<TimeProvider>();
            var audit = host.Services.GetRequiredService<IClientReadAudit>();
            var reviewer = parse.GetRequiredValue(Reviewer);
            var read = await audit.BeginAsync(AuditSubject, resource, time.GetUtcNow(), ct);
            var outcome = "failed";
            try
            {
                outcome = await body(new SafetyQueueUse(host.Services.GetRequiredService<ISafetyQueue>(), parse.InvocationConfiguration.Output, time.GetUtcNow(), reviewer, host.Services));
            }
            catch (UserInputException)
            {
                outcome = "not-found";
                throw;
            }
            finally
            {
                await audit.FinishAsync(read, reviewer, outcome, CancellationToken.None);
            }

            return 0;
        });

    private static UserInputException NoItem(long id) => new(string.Create(CultureInfo.InvariantCulture, $"No safety queue item {id}; `safety queue list --all` lists them."));

    private static char Mark(CriterionFinding finding) => finding.Met ? '+' : '-';
}
