using Microsoft.Extensions.Options;

namespace Sermo.Storage.Search;

/// <summary>
/// <c>Search:Provider=sqlite</c> is the SQLite store's own FTS5 index: with the store on PostgreSQL it would search an
/// empty file, so that pairing fails at start naming both keys.
/// </summary>
internal sealed class SearchStoreValidation(IOptions<StorageOptions> storage) : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options) =>
        storage.Value.IsPostgres && options.Provider == "sqlite"
            ? ValidateOptionsResult.Fail("Search:Provider is sqlite (the SQLite store's own index) but Storage:Provider is postgres; set Search:Provider to postgres or elasticsearch.")
            : ValidateOptionsResult.Success;
}
