namespace Sermo.Storage.Tests.Mnpi;

public sealed class SqliteTrialDisclosureHoldTests : TrialDisclosureHoldContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
