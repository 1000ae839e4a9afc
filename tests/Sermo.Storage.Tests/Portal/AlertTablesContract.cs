using Sermo.Storage.Portal;

namespace Sermo.Storage.Tests.Portal;

/// <summary>Client alert rules, targets and the delivery log on every backend.</summary>
public abstract class AlertTablesContract : StoreTest
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public async Task SaveRule_SameTermAndKindTwice_ThresholdChangedOneRule()
    {
        var table = new AlertSubscriptionTable(Database);
        await table.SaveRuleAsync("acme", "Keytruda", "spike", 2.5, At, Ct);
        await table.SaveRuleAsync("acme", "Keytruda", "spike", 3.0, At.AddDays(1), Ct);
        await table.SaveRuleAsync("zeta", "Humira", "adverse-events", 4, At, Ct);

        var acme = await table.ListRulesAsync("acme", Ct);

        acme.Should().ContainSingle().Which.Should().Be(new AlertRule(acme[0].RuleId, "acme", "Keytruda", "spike", 3.0, At));
        (await table.ListRulesAsync(null, Ct)).Should().HaveCount(2);
        (await table.DeleteRuleAsync("zeta", acme[0].RuleId, Ct)).Should().BeFalse("another client's rule is not deleted");
        (await table.DeleteRuleAsync("acme", acme[0].RuleId, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Targets_WebhookThenEmail_BothKeptRemovingOneKeepsTheOther()
    {
        var table = new AlertSubscriptionTable(Database);
        (await table.GetTargetsAsync("acme", Ct)).Should().Be(new AlertTargets("acme", null, null, null));

        await table.SetWebhookAsync("acme", "https://hooks.acme.test/sermo", "secret-1", Ct);
        await table.SetEmailAsync("acme", "alerts@acme.test", Ct);
        await table.SetWebhookAsync("acme", null, null, Ct);

        (await table.GetTargetsAsync("acme", Ct)).Should().Be(new AlertTargets("acme", null, null, "alerts@acme.test"));
    }

    [Fact]
    public async Task Record_SameTermSameDay_OneAlertWithItsDeliveriesAndAttemptsLogged()
    {
        var log = new AlertLogTable(Database);
        var deliveries = await log.RecordAsync("acme", "Keytruda", Day, "{}", At, ["webhook", "email"], Ct);
        var again = await log.RecordAsync("acme", "Keytruda", Day, "{}", At, ["webhook"], Ct);

        await log.RecordAttemptAsync(deliveries![0], "failed", "timeout", At.AddMinutes(1), Ct);
        await log.RecordAttemptAsync(deliveries[0], AlertLogTable.Delivered, null, At.AddMinutes(2), Ct);

        deliveries.Should().HaveCount(2);
        again.Should().BeNull();
        (await log.PendingAsync(deliveries[0], Ct)).Should().BeNull("it was delivered");
        (await log.PendingAsync(deliveries[1], Ct)).Should().Be(new PendingDelivery(deliveries[1], "acme", "email", "{}", 0));
        var attempts = await log.AttemptsAsync("acme", 10, Ct);
        attempts.Select(a => (a.Attempt, a.Outcome, a.Detail, a.Day, a.At)).Should().Equal(
            (2, AlertLogTable.Delivered, (string?)null, Day, At.AddMinutes(2)),
            (1, "failed", "timeout", Day, At.AddMinutes(1)));
        (await log.AttemptsAsync("zeta", 10, Ct)).Should().BeEmpty();
    }
}
