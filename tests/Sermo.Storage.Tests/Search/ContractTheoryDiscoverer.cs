using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sermo.Storage.Tests.Search;

/// <summary>xunit's theory discovery, except for a live backend's contract run whose server is not configured.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        LiveBackendAttribute.ServerMissing(testMethod) ? [] : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
