namespace Sermo.Worker.Tests.Crash;

/// <summary>The crash suite times its kills against how long runs take: it runs alone, not beside other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Crash";
}
