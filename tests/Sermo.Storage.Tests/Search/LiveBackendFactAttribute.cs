namespace Sermo.Storage.Tests.Search;

/// <summary>
/// The one test that stands for a live backend's whole contract run: it checks the configured server is usable, and
/// without the server it is the suite's single skip, saying which variable would run the contract.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveBackendFactAttribute : FactAttribute
{
    public LiveBackendFactAttribute(string environmentVariable, string backend)
    {
        if (!LiveBackendAttribute.IsConfigured(environmentVariable))
        {
            Skip = $"{environmentVariable} is not set: SearchIndexContract did not run against {backend} (no server can run on this machine); set it to a cluster URL to run every contract test against it.";
        }
    }
}
