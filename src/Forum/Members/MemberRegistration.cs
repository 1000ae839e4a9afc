using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Sermo.Forum.Engine;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Members;

/// <summary>Registers a physician: checks every field, stores the account pending an admin's review.</summary>
public sealed class MemberRegistration(ForumDatabase database, TimeProvider time)
{
    public const int MinPasswordLength = 10;

    private const string PseudonymTaken = "That pseudonym is taken (or was someone's before).";

    private static readonly PasswordHasher<string> Hasher = new();

    public async Task<RegistrationResult> RegisterAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = Validate(form);
        if (errors.Count > 0)
        {
            return new RegistrationResult(null, errors);
        }

        var memberId = NewId();
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        if (await write.ScalarAsync("SELECT 1 FROM forum_pseudonyms WHERE name_key = @key", cancellationToken, ("@key", ForumEngine.NameKey(form.Pseudonym))) is not null)
        {
            return Refused(nameof(form.Pseudonym), PseudonymTaken);
        }

        if (await write.ScalarAsync("SELECT 1 FROM forum_accounts WHERE email_key = @email", cancellationToken, ("@email", EmailKey(form.Email))) is not null)
        {
            return Refused(nameof(form.Email), "An account with this e-mail address exists; sign in instead.");
        }

        if (await write.ScalarAsync("SELECT 1 FROM forum_accounts WHERE npi = @npi", cancellationToken, ("@npi", form.Npi)) is not null)
        {
            return Refused(nameof(form.Npi), "An account with this NPI exists; sign in instead.");
        }

        await write.ExecuteAsync("""
            INSERT INTO forum_members (member_id, handle, pseudonym, specialty, state, verified, opted_out, joined_at)
            VALUES (@id, @pseudonym, @pseudonym, @specialty, @state, FALSE, FALSE, @joined)
            """, cancellationToken,
            ("@id", memberId), ("@pseudonym", form.Pseudonym), ("@specialty", form.Specialty), ("@state", form.State),
            ("@joined", now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        // On PostgreSQL a concurrent registration can pass the checks above; the unique keys decide, and the loser rolls back.
        if (!await ForumEngine.ReserveNameAsync(write, memberId, form.Pseudonym, cancellationToken))
        {
            return Refused(nameof(form.Pseudonym), PseudonymTaken);
        }

        var added = await write.ExecuteAsync("""
            INSERT INTO forum_accounts (member_id, email, email_key, npi, password_hash, roles, review, security_stamp, created_at)
            VALUES (@id, @email, @emailKey, @npi, @hash, '', @review, @stamp, @now)
            ON CONFLICT DO NOTHING
            """, cancellationToken,
            ("@id", memberId), ("@email", form.Email.Trim()), ("@emailKey", EmailKey(form.Email)), ("@npi", form.Npi),
            ("@hash", Hasher.HashPassword(memberId, form.Password)), ("@review", ReviewStates.Pending), ("@stamp", NewId()),
            ("@now", database.Time(now)));
        if (added == 0)
        {
            return Refused(nameof(form.Email), "An account with this e-mail address or NPI exists; sign in instead.");
        }

        await write.CommitAsync(now, cancellationToken);
        return new RegistrationResult(memberId, new Dictionary<string, string>());
    }

    public static Dictionary<string, string> Validate(RegistrationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        if (!NpiNumber.IsValid(form.Npi))
        {
            errors[nameof(form.Npi)] = "An NPI is 10 digits with a valid check digit.";
        }

        if (!Specialties.Contains(form.Specialty))
        {
            errors[nameof(form.Specialty)] = "Choose your specialty from the list.";
        }

        if (!UsStates.Contains(form.State))
        {
            errors[nameof(form.State)] = "Choose the state you practise in.";
        }

        if (!IsEmail(form.Email))
        {
            errors[nameof(form.Email)] = "Enter a valid e-mail address.";
        }

        if (form.Password is null || form.Password.Length < MinPasswordLength)
        {
            errors[nameof(form.Password)] = $"Use at least {MinPasswordLength} characters.";
        }

        if (PseudonymRules.Check(form.Pseudonym, form.Npi, form.Email) is { } pseudonymError)
        {
            errors[nameof(form.Pseudonym)] = pseudonymError;
        }

        return errors;
    }

    internal static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    internal static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    internal static PasswordHasher<string> PasswordHasher => Hasher;

    private static bool IsEmail(string? email) =>
        email is { Length: > 3 and <= 254 } && MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);

    private static RegistrationResult Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
