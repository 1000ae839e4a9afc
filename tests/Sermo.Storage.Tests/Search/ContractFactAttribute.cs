using Xunit.Sdk;

namespace Sermo.Storage.Tests.Search;

/// <summary>A contract <see cref="FactAttribute"/>: discovered for every backend, for a <see cref="LiveBackendAttribute"/> one only when its server is configured.</summary>
[XunitTestCaseDiscoverer("Sermo.Storage.Tests.Search.ContractFactDiscoverer", "Sermo.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
