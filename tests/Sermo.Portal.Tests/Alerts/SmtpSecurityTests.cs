using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sermo.Portal.Alerts;
using Sermo.Portal.Tests.Web;

namespace Sermo.Portal.Tests.Alerts;

/// <summary>
/// Alert e-mail through a relay that wants STARTTLS and SMTP AUTH (the sink with a self-signed certificate, pinned by
/// its SHA-256): delivered over TLS as the configured user; a wrong password, a relay without STARTTLS or another
/// certificate fails on the delivery log without the password anywhere; credentials over plain SMTP do not start.
/// </summary>
public sealed class SmtpSecurityTests : IAsyncLifetime
{
    private const string User = "alerts-relay";
    private const string Password = "relay-password-7f3a";

    private static readonly X509Certificate2 Certificate = SelfSigned();

    private readonly List<IAsyncDisposable> _owned = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The host before the sink it sends to.
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
    }

    [Fact]
    public async Task Send_StartTlsAndAuth_DeliveredOverTlsAsTheUser()
    {
        var sink = Own(new SmtpSink(Certificate, (User, Password)));
        var host = await HostAsync(sink, Password, Pin(Certificate));

        await EmailAsync(host);

        var mail = sink.Messages.Should().ContainSingle().Subject;
        mail.Should().BeEquivalentTo(new { Tls = true, User });
        mail.Data.Should().Contain("Subject: Sermo alert: Eliquis on 2026-03-20");
        sink.Logins.Should().Equal((User, true, true));
    }

    [Fact]
    public async Task Send_WrongPassword_FailedAttemptLoggedWithoutAnyPassword()
    {
        var sink = Own(new SmtpSink(Certificate, (User, Password)));
        var host = await HostAsync(sink, "not-the-relay-password", Pin(Certificate));

        var failure = await FailAsync(host);

        sink.Messages.Should().BeEmpty();
        sink.Logins.Should().Equal((User, false, true));
        failure.Should().StartWith(nameof(MailKit.Security.AuthenticationException)).And.NotContain("not-the-relay-password").And.NotContain(Password);
    }

    [Fact]
    public async Task Send_RelayWithoutStartTls_FailsBeforeAnyLogin()
    {
        var sink = Own(new SmtpSink(certificate: null, (User, Password)));
        var host = await HostAsync(sink, Password, Pin(Certificate));

        var failure = await FailAsync(host);

        sink.Logins.Should().BeEmpty("the password never goes over a connection without TLS");
        sink.Messages.Should().BeEmpty();
        failure.Should().Contain("STARTTLS");
    }

    [Fact]
    public async Task Send_SecurityNotSetAndRelayWithoutStartTls_RefusedNotSentInPlainText()
    {
        var sink = Own(new SmtpSink());
        var host = Own(await PortalHost.StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Alerts:SmtpHost"] = "127.0.0.1",
            ["Portal:Alerts:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Portal:Alerts:From"] = "alerts@sermo.test",
            ["Portal:Alerts:SendTimeout"] = "00:00:05",
        }));
        await SeedEmailRuleAsync(host);

        var failure = await FailAsync(host);

        new AlertOptions().SmtpSecurity.Should().Be(SmtpSecurity.StartTls);
        sink.Messages.Should().BeEmpty("STARTTLS is the default and it is required, not tried and dropped");
        failure.Should().Contain("STARTTLS");
    }

    [Fact]
    public async Task Send_RelayCertificateNotThePinnedOne_FailsBeforeAnyLogin()
    {
        using var other = SelfSigned();
        var sink = Own(new SmtpSink(other, (User, Password)));
        var host = await HostAsync(sink, Password, Pin(Certificate));

        var failure = await FailAsync(host);

        sink.Logins.Should().BeEmpty();
        failure.Should().StartWith(nameof(MailKit.Security.SslHandshakeException));
    }

    [Theory]
    [InlineData(SmtpSecurity.None, User, Password, "credentials never go over plain SMTP")]
    [InlineData(SmtpSecurity.StartTls, User, null, "set together")]
    [InlineData(SmtpSecurity.StartTls, null, Password, "set together")]
    public void Options_CredentialsOverPlainSmtpOrHalfSet_Invalid(SmtpSecurity security, string? user, string? password, string reason)
    {
        var options = new AlertOptions { SmtpHost = "relay.test", SmtpSecurity = security, SmtpUser = user, SmtpPassword = password };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true).Should().BeFalse();

        results.Select(r => r.ErrorMessage).Should().ContainMatch($"*{reason}*");
        results.Select(r => r.ErrorMessage).Should().NotContain(m => m!.Contains(Password, StringComparison.Ordinal));
    }

    private async Task<PortalHost> HostAsync(SmtpSink sink, string password, string pin)
    {
        var host = await PortalHost.StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Alerts:SmtpHost"] = "127.0.0.1",
            ["Portal:Alerts:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Portal:Alerts:SmtpSecurity"] = nameof(SmtpSecurity.StartTls),
            ["Portal:Alerts:SmtpUser"] = User,
            ["Portal:Alerts:SmtpPassword"] = password,
            ["Portal:Alerts:SmtpCertificateSha256"] = pin,
            ["Portal:Alerts:From"] = "alerts@sermo.test",
            ["Portal:Alerts:SendTimeout"] = "00:00:05",
        });
        Own(host);
        await SeedEmailRuleAsync(host);
        return host;
    }

    private static async Task SeedEmailRuleAsync(PortalHost host)
    {
        await AlertDeliveryTests.SeedAsync(host);
        var subscriptions = host.Service<AlertSubscriptions>();
        await subscriptions.SaveRuleAsync("acme", "Eliquis", AlertKinds.Spike, 3, CancellationToken.None);
        await subscriptions.SetEmailAsync("acme", "ana@acme.test", CancellationToken.None);
    }

    private static async Task EmailAsync(PortalHost host)
    {
        var delivery = (await host.Service<AlertEvaluator>().EvaluateAsync(CancellationToken.None)).Single();
        (await host.Service<AlertSender>().SendAsync(delivery, CancellationToken.None)).Should().BeTrue();
    }

    /// <summary>Sends the one e-mail delivery, expects the failure the job would retry, and returns the delivery log's detail.</summary>
    private static async Task<string> FailAsync(PortalHost host)
    {
        var delivery = (await host.Service<AlertEvaluator>().EvaluateAsync(CancellationToken.None)).Single();
        var send = () => host.Service<AlertSender>().SendAsync(delivery, CancellationToken.None);
        (await send.Should().ThrowAsync<AlertDeliveryException>()).Which.Message.Should().NotContain(Password);
        var attempt = (await host.Service<AlertLog>().AttemptsAsync("acme", 10, CancellationToken.None)).Should().ContainSingle().Subject;
        attempt.Outcome.Should().Be(AlertLog.Failed);
        return attempt.Detail!;
    }

    private T Own<T>(T owned)
        where T : IAsyncDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    private static string Pin(X509Certificate2 certificate) => Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=sink.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
