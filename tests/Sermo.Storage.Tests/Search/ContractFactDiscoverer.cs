using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sermo.Storage.Tests.Search;

/// <summary>xunit's fact discovery, except for a live backend's contract run whose server is not configured.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        LiveBackendAttribute.ServerMissing(testMethod) ? [] : base.Discover(discoveryOptions, testMethod, factAttribute);
}
