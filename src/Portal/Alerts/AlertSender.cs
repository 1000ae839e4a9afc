using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Alerts;

/// <summary>A delivery attempt that failed and may pass on a later try (the job retries it with backoff).</summary>
public sealed class AlertDeliveryException(string message) : Exception(message);

/// <summary>
/// Sends one alert delivery: the webhook as a signed JSON POST (<see cref="WebhookSignature"/>), the e-mail over SMTP
/// (STARTTLS or TLS and AUTH as <see cref="AlertOptions"/> say; the password goes only over TLS and into no message).
/// Every attempt is on the delivery log before this returns or throws; a failed attempt throws
/// <see cref="AlertDeliveryException"/> so the job's retries (doubling waits) try again.
/// </summary>
public sealed class AlertSender(AlertLog log, AlertSubscriptions subscriptions, HttpClient http, IOptions<AlertOptions> options, TimeProvider time)
{
    /// <returns>False when there was nothing to send (already delivered, or unknown).</returns>
    public async Task<bool> SendAsync(long deliveryId, CancellationToken cancellationToken)
    {
        if (await log.PendingAsync(deliveryId, cancellationToken) is not { } delivery)
        {
            return false;
        }

        var targets = await subscriptions.GetTargetsAsync(delivery.ClientId, cancellationToken);
        string? failure;
        try
        {
            failure = delivery.Channel == AlertLog.Webhook ? await PostAsync(targets, delivery.Body, cancellationToken) : await MailAsync(targets, delivery.Body, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or CommandException or ProtocolException or AuthenticationException or SslHandshakeException
            or NotSupportedException or SocketException or IOException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            failure = $"{ex.GetType().Name}: {ex.Message}";
        }

        await log.RecordAttemptAsync(deliveryId, failure is null ? AlertLog.Delivered : AlertLog.Failed, failure, CancellationToken.None);
        return failure is null ? true : throw new AlertDeliveryException($"alert delivery {deliveryId} ({delivery.Channel}) failed: {failure}");
    }

    private async Task<string?> PostAsync(AlertTargets targets, string body, CancellationToken cancellationToken)
    {
        if (targets.WebhookUrl is not { } url || targets.WebhookSecret is not { } secret)
        {
            return "no webhook set";
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, bytes));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        using var response = await http.SendAsync(request, timeout.Token);
        return response.IsSuccessStatusCode ? null : $"the webhook answered {(int)response.StatusCode}";
    }

    private async Task<string?> MailAsync(AlertTargets targets, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (targets.Email is not { } to)
        {
            return "no e-mail address set";
        }

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            return "Portal:Alerts:SmtpHost is not set";
        }

        var message = System.Text.Json.JsonSerializer.Deserialize<AlertMessage>(body, AlertEvaluator.Json)!;
        using var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.Add(MailboxAddress.Parse(to));
        mail.Subject = $"Sermo alert: {message.Term} on {message.Day:yyyy-MM-dd}";
        mail.Body = new TextPart(TextFormat.Plain) { Text = AlertText.Plain(message), ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        using var smtp = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        if (settings.SmtpCertificateSha256 is { } pin)
        {
            smtp.ServerCertificateValidationCallback = (_, certificate, _, _) => Pinned(certificate, pin);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.SendTimeout);
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpSecurity switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        }, timeout.Token);
        if (settings.SmtpUser is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, settings.SmtpPassword ?? "", timeout.Token);
        }

        await smtp.SendAsync(mail, timeout.Token);
        await smtp.DisconnectAsync(quit: true, timeout.Token);
        return null;
    }

    /// <summary>The relay's certificate is the pinned one (its chain and name are then not asked about: the pin is the trust).</summary>
    private static bool Pinned(X509Certificate? certificate, string pin) =>
        certificate is not null && CryptographicOperations.FixedTimeEquals(
            certificate.GetCertHash(HashAlgorithmName.SHA256), Convert.FromHexString(pin));
}
