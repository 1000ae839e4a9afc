using System.Text.Json;

namespace Sermo.Worker.Tests.Cli;

/// <summary>
/// The runtime settings every `sermo` process starts with come from sermo.runtimeconfig.json, which the build writes
/// from Sermo.Worker.csproj; the crash suite runs the same file beside the tests.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void RuntimeConfig_Gen0MaxBudget_CapsYoungGenerationAt16MegabytesOrLess()
    {
        // Peak RSS of `sermo ingest` (issue 19's 400 MB) rests on this cap: without it the GC's gen0 budget follows
        // the CPU's cache size (decision 053).
        var path = Path.Combine(AppContext.BaseDirectory, "sermo.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.Gen0MaxBudget", out var budget), $"{path} sets no System.GC.Gen0MaxBudget");
        Assert.InRange(budget.GetInt64(), 1, 16L * 1024 * 1024);
    }
}
