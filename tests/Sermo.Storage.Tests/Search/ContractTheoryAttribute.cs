using Xunit.Sdk;

namespace Sermo.Storage.Tests.Search;

/// <summary>A contract <see cref="TheoryAttribute"/>, discovered as <see cref="ContractFactAttribute"/> is.</summary>
[XunitTestCaseDiscoverer("Sermo.Storage.Tests.Search.ContractTheoryDiscoverer", "Sermo.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractTheoryAttribute : TheoryAttribute;
