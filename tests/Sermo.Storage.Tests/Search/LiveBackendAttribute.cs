using Xunit.Abstractions;

namespace Sermo.Storage.Tests.Search;

/// <summary>
/// Marks a <see cref="SearchIndexContract"/> run that needs a server this machine cannot host. Its contract tests are
/// discovered only when <see cref="EnvironmentVariable"/> names one; otherwise the class reports a single skip (see
/// <see cref="LiveBackendFactAttribute"/>) instead of one per contract test.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LiveBackendAttribute(string environmentVariable) : Attribute
{
    public string EnvironmentVariable { get; } = environmentVariable;

    public static bool IsConfigured(string environmentVariable) =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(environmentVariable));

    /// <summary>The test's class is a live backend's contract run and its server's variable is not set.</summary>
    public static bool ServerMissing(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(LiveBackendAttribute)).FirstOrDefault() is { } live
        && !IsConfigured((string)live.GetConstructorArguments().Single());
}
