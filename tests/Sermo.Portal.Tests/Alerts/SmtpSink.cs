using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Sermo.Portal.Tests.Alerts;

/// <summary>
/// A minimal SMTP server on a loopback socket for tests: answers EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP and QUIT as
/// RFC 5321 asks, and keeps each message it accepted (envelope and raw data). Given a certificate it offers STARTTLS
/// (RFC 3207); given a login it requires AUTH PLAIN (RFC 4954) before MAIL, offered only after TLS when it has a
/// certificate. Real SMTP over a real socket, so the sender's own SMTP client is what is tested.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2? _certificate;
    private readonly (string User, string Password)? _login;
    private readonly Task _accepting;

    public SmtpSink(X509Certificate2? certificate = null, (string User, string Password)? login = null)
    {
        (_certificate, _login) = (certificate, login);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<SinkMessage> Messages { get; } = [];

    /// <summary>Every AUTH attempt: the user, whether it passed, and whether it came over TLS.</summary>
    public List<(string User, bool Passed, bool Tls)> Logins { get; } = [];

    public TaskCompletionSource Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP ready");
        string? from = null;
        string? user = null;
        var tls = false;
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ', 3);
            var verb = parts[0].ToUpperInvariant();
            var authOffered = _login is not null && (tls || _certificate is null);
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-sink.test");
                    if (_certificate is not null && !tls)
                    {
                        await writer.WriteLineAsync("250-STARTTLS");
                    }

                    if (authOffered)
                    {
                        await writer.WriteLineAsync("250-AUTH PLAIN");
                    }

                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "STARTTLS" when _certificate is not null && !tls:
                    await writer.WriteLineAsync("220 Ready to start TLS");
                    var secure = new SslStream(stream);
                    await secure.AuthenticateAsServerAsync(_certificate);
                    (stream, tls, from, user) = (secure, true, null, null);
                    reader = new StreamReader(stream, Encoding.ASCII);
                    writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                    break;
                case "AUTH" when authOffered && parts.Length > 1 && parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase):
                    var response = parts.Length > 2 ? parts[2] : null;
                    if (response is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        response = await reader.ReadLineAsync() ?? "";
                    }

                    // authzid NUL authcid NUL password
                    var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                    var passed = fields.Length == 3 && fields[1] == _login!.Value.User && fields[2] == _login.Value.Password;
                    lock (Logins)
                    {
                        Logins.Add((fields.ElementAtOrDefault(1) ?? "", passed, tls));
                    }

                    user = passed ? fields[1] : null;
                    await writer.WriteLineAsync(passed ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
                    break;
                case "HELO":
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL" when _login is not null && user is null:
                    await writer.WriteLineAsync("530 5.7.0 Authentication required");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RSET":
                    from = null;
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA" when from is not null && to.Count > 0:
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append('\n');
                    }

                    lock (Messages)
                    {
                        Messages.Add(new SinkMessage(from, [.. to], data.ToString(), tls, user));
                    }

                    await writer.WriteLineAsync("250 OK queued");
                    Received.TrySetResult();
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("503 Bad sequence of commands");
                    break;
            }
        }
    }

    private static string Address(string line) => line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)];
}
