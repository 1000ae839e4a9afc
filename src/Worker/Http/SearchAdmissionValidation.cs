using Microsoft.Extensions.Options;

namespace Sermo.Worker.Http;

/// <summary>Fails start on a bad <c>Search:Admission</c> value, one line per key.</summary>
public sealed class SearchAdmissionValidation : IValidateOptions<SearchAdmissionOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchAdmissionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Failures().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
