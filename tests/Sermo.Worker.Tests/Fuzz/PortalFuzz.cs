using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Access;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// The portal's pages and their forms, signed in as each role through the real sign-in form: every page's query
/// parameters and every POST handler's fields (the admin page's account and key forms, the password change, the
/// analyst console's search and watchlist save, the client's heat map and alert rules, the data team's label export,
/// imports and re-tag starts, the operator's replay), mostly with the form's valid antiforgery token so the handler
/// itself runs. Promise as for the API: no 5xx, no stack trace, an error status answered as problem+json, except a
/// form's refused value, which a page answers as itself with its message and 400 (the person at the form reads it).
/// </summary>
internal static partial class PortalFuzz
{
    public const string Target = "portal pages";

    private const string Password = "fuzz-portal-password-0123456789";

    /// <summary>An account only the admin page's forms name, so disabling or resetting it never ends a fuzzing session.</summary>
    private const string Victim = "victim@fuzz.test";

    private static readonly string ClientPage = "/portal/clients/" + FuzzWorld.Client;

    private static readonly Form[] Forms =
    [
        new("/portal", PortalRoles.Analyst, null, []),
        new("/portal/api-docs", PortalRoles.Client, null, []),
        new("/portal/signin", "", null, ["ReturnUrl"]),
        new("/portal/signin", "", "", ["Email", "Password", "ReturnUrl"], Post: true),
        new("/portal/account", PortalRoles.Operator, null, []),
        new("/portal/account", PortalRoles.Operator, "", ["current", "password", "confirm"], Post: true),
        new("/portal/admin", PortalRoles.Admin, null, []),
        new("/portal/admin", PortalRoles.Admin, "Create", ["email", "role", "client", "machine"], Post: true),
        new("/portal/admin", PortalRoles.Admin, "Disable", ["email"], Post: true),
        new("/portal/admin", PortalRoles.Admin, "Unlock", ["email"], Post: true),
        new("/portal/admin", PortalRoles.Admin, "Password", ["email"], Post: true),
        new("/portal/admin", PortalRoles.Admin, "Issue", ["account", "name", "days"], Post: true),
        new("/portal/admin", PortalRoles.Admin, "Revoke", ["key"], Post: true),
        new("/portal/analyst", PortalRoles.Analyst, null, ["q", "from", "to", "interval"]),
        new("/portal/analyst", PortalRoles.Analyst, "Watch", ["q", "from", "to", "interval", "client", "label"], Post: true),
        new(ClientPage, PortalRoles.Client, null, ["interval", "term", "bucket"]),
        new(ClientPage + "/alerts", PortalRoles.Client, null, []),
        new(ClientPage + "/alerts", PortalRoles.Client, "Rule", ["term", "kind", "threshold"], Post: true),
        new(ClientPage + "/alerts", PortalRoles.Client, "DeleteRule", ["rule"], Post: true),
        new(ClientPage + "/alerts", PortalRoles.Client, "Webhook", ["url"], Post: true),
        new(ClientPage + "/alerts", PortalRoles.Client, "Email", ["email"], Post: true),
        new("/portal/models", PortalRoles.DataTeam, null, []),
        new("/portal/models", PortalRoles.DataTeam, "Export", ["from", "to", "limit", "suggest"], Post: true),
        new("/portal/models", PortalRoles.DataTeam, "Import", ["labels"], Post: true, Upload: true),
        new("/portal/models", PortalRoles.DataTeam, "ImportAspects", ["labels"], Post: true, Upload: true),
        new("/portal/models", PortalRoles.DataTeam, "Retag", ["task", "from", "to"], Post: true),
        new("/portal/models", PortalRoles.DataTeam, "Promote", ["task", "version"], Post: true),
        new("/portal/models", PortalRoles.DataTeam, "Rollback", ["task"], Post: true),
        new("/portal/operator", PortalRoles.Operator, null, []),
        new("/portal/operator", PortalRoles.Operator, "Replay", ["source", "reason"], Post: true),
        // Anonymous: a signed-in browser signing out would end the session the rest of the round browses with.
        new("/portal/signout", "", "", [], Post: true),
    ];

    /// <summary>Values near what each field takes (real roles, tasks, days, ids), then <see cref="FuzzText.Value"/>.</summary>
    private static readonly Dictionary<string, string[]> Near = new(StringComparer.Ordinal)
    {
        ["email"] = [Victim, "VICTIM@fuzz.test", "nobody@fuzz.test", "not-an-email", "a@b", "@", "victim@fuzz.test\r\nBcc: x@y"],
        ["Email"] = [Victim, "nobody@fuzz.test", "", "a@b"],
        ["role"] = [PortalRoles.Client, PortalRoles.Analyst, PortalRoles.DataTeam, PortalRoles.Operator, PortalRoles.Admin, "ADMIN", "root"],
        ["client"] = [FuzzWorld.Client, "no-such-client", "../" + FuzzWorld.Client, ""],
        ["machine"] = ["true", "false", "on", "maybe"],
        ["suggest"] = ["true", "false", "on", "maybe"],
        ["days"] = ["1", "0", "-1", "366", "3650", "2147483648", "ten"],
        ["limit"] = ["1", "0", "-1", "5000", "5001", "100000", "2147483648"],
        ["term"] = ["0", "1", "-1", "999", "eliquis", "2147483648"],
        ["rule"] = ["0", "1", "-1", "9223372036854775808"],
        ["threshold"] = ["0", "1.5", "-1", "NaN", "Infinity", "1e308", "x"],
        ["kind"] = ["spike", "share", "count", "volume", "negative", "x"],
        ["url"] = ["https://example.com/hook", "http://127.0.0.1:1/x", "file:///etc/passwd", "javascript:alert(1)", "https://"],
        ["task"] = ["sentiment", "aspects", "names", "../sentiment", ""],
        ["version"] = ["v1", "v0", "v999", "../v1", "latest"],
        ["source"] = ["drop", "push", "forum", "*", "../drop"],
        ["reason"] = ["bad-json", "bad-timestamp", "missing-field", "*", ""],
        ["interval"] = ["day", "week", "month", "Week", "year", "2", "-1"],
        ["bucket"] = ["2026-03-02", "2026-03-01", "0001-01-01", "9999-12-31", "2026-02-30"],
        ["from"] = ["2026-01-01", "2026-13-01", "0001-01-01", "9999-12-31", "2026-03-31", ""],
        ["to"] = ["2026-01-01", "2026-13-01", "0001-01-01", "9999-12-31", "2025-12-31", ""],
        ["ReturnUrl"] = ["/portal/models", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"],
    };

    /// <summary>Each world's signed-in browsers, signed in once: the sign-in form allows 10 posts a minute from one address.</summary>
    private static readonly ConditionalWeakTable<FuzzWorld, Dictionary<string, HttpClient>> Sessions = new();

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        if (!Sessions.TryGetValue(world, out var browsers))
        {
            browsers = await SignInAsync(world);
            Sessions.Add(world, browsers);
        }

        for (var i = 0; i < count; i++)
        {
            var form = text.Pick(Forms);
            await TryAsync(browsers[form.Role], form, text, findings);
        }
    }

    /// <summary>The accounts the fuzz browses as, created in the world's portal tables and each signed in through the form.</summary>
    private static async Task<Dictionary<string, HttpClient>> SignInAsync(FuzzWorld world)
    {
        var accounts = world.Services.GetRequiredService<PortalAccounts>();
        var browsers = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [""] = Browser(world) };
        if (await accounts.FindByEmailAsync(Victim, CancellationToken.None) is null)
        {
            await accounts.CreateAsync(Victim, PortalRoles.Analyst, null, Password, CancellationToken.None);
        }

        foreach (var role in new[] { PortalRoles.Client, PortalRoles.Analyst, PortalRoles.DataTeam, PortalRoles.Operator, PortalRoles.Admin })
        {
            var email = $"fuzz-{role}@fuzz.test";
            if (await accounts.FindByEmailAsync(email, CancellationToken.None) is null)
            {
                await accounts.CreateAsync(email, role, role == PortalRoles.Client ? FuzzWorld.Client : null, Password, CancellationToken.None);
            }

            browsers[role] = await SignedInAsync(world, email, role);
        }

        return browsers;
    }

    private static async Task<HttpClient> SignedInAsync(FuzzWorld world, string email, string role)
    {
        var browser = Browser(world);
        for (var attempt = 0; ; attempt++)
        {
            var page = await browser.GetStringAsync(new Uri("/portal/signin", UriKind.Relative));
            using var signIn = await browser.PostAsync(new Uri("/portal/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = Password,
                ["__RequestVerificationToken"] = Token(page) ?? "",
            }));
            if (signIn.StatusCode == HttpStatusCode.Redirect)
            {
                return browser;
            }

            if (signIn.StatusCode != HttpStatusCode.TooManyRequests || attempt == 12)
            {
                browser.Dispose();
                throw new InvalidOperationException($"the fuzz could not sign in as {role}: {(int)signIn.StatusCode}");
            }

            // The sign-in limiter (Portal:Access:SignInsPerMinute) refilled within the minute.
            await Task.Delay(signIn.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10));
        }
    }

    private static HttpClient Browser(FuzzWorld world) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = world.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(60),
        };

    private static async Task TryAsync(HttpClient browser, Form form, FuzzText text, FuzzFindings findings)
    {
        var fields = form.Fields.Where(_ => text.Chance(0.8)).Select(name => (Name: name, Value: FieldValue(text, name))).ToList();
        using var request = new HttpRequestMessage(form.Post ? HttpMethod.Post : HttpMethod.Get, Address(form, fields, text));
        if (form.Post)
        {
            // The page's own token most of the time, so the handler runs; else none or a forged one.
            var token = text.Next(10) switch
            {
                < 8 => Token(await PageAsync(browser, form.Path)),
                8 => null,
                _ => text.Junk(4),
            };
            try
            {
                request.Content = Body(form, fields, token, text);
            }
            catch (ArgumentException ex)
            {
                // The client library refused to build it (a header value it cannot quote): nothing reached the server.
                findings.Tried(Target, "not sendable: " + ex.GetType().Name);
                return;
            }
        }

        var described = $"{request.Method} {request.RequestUri} as {(form.Role.Length == 0 ? "anonymous" : form.Role)} {string.Join('&', fields.Select(f => f.Name + "=" + f.Value))}";
        if (await findings.SendAsync(browser, request, Target) is not { } response)
        {
            return;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            findings.Tried(Target, $"{request.Method.Method} {form.Path.Replace(FuzzWorld.Client, "{client}", StringComparison.Ordinal)}{(form.Handler is { Length: > 0 } h ? "?handler=" + h : "")} → {status}");
            if (status >= 500)
            {
                findings.Failed(Target, described, $"{status}: {FuzzFindings.Shown(body)}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                && !(status == 400 && response.Content.Headers.ContentType?.MediaType == "text/html"))
            {
                findings.Failed(Target, described, $"{status} answered as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem+json");
            }

            if (body.Contains("   at Sermo.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
            {
                findings.Failed(Target, described, "the answer carries a stack trace");
            }
        }
    }

    private static Uri Address(Form form, List<(string Name, string Value)> fields, FuzzText text)
    {
        var query = new List<string>();
        if (form.Handler is { Length: > 0 } handler)
        {
            query.Add("handler=" + (text.Chance(0.95) ? handler : Uri.EscapeDataString(text.Junk(3))));
        }

        if (!form.Post)
        {
            query.AddRange(fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));
        }

        return new Uri(form.Path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
    }

    private static HttpContent Body(Form form, List<(string Name, string Value)> fields, string? token, FuzzText text)
    {
        if (form.Upload)
        {
            var multipart = new MultipartFormDataContent();
            if (token is not null)
            {
                multipart.Add(new StringContent(token), "__RequestVerificationToken");
            }

            if (fields.Count > 0)
            {
                var file = new ByteArrayContent(UploadBytes(text));
                file.Headers.ContentType = new MediaTypeHeaderValue(text.Chance(0.8) ? "text/csv" : "application/octet-stream");
                multipart.Add(file, "labels", text.Pick(new[] { "labels.csv", "labels.txt", "../../labels.csv", "labels", "labels.csv.exe" }));
            }

            return multipart;
        }

        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            pairs.Add(new("__RequestVerificationToken", token));
        }

        return new FormUrlEncodedContent(pairs);
    }

    /// <summary>A labelled file as the data team would upload it, broken in one of several ways.</summary>
    private static byte[] UploadBytes(FuzzText text)
    {
        var header = text.Pick(new[] { "label,text\n", "drug,aspect,polarity,text\n", "text,label\n", "", "label;text\n" });
        var rows = new StringBuilder(header);
        for (var n = text.Next(0, 8); n > 0; n--)
        {
            rows.Append(text.Next(5) switch
            {
                0 => "positive,\"the drug worked well\"\n",
                1 => "eliquis,safety,negative,\"bled on it\"\n",
                2 => "\"unclosed," + text.Junk() + "\n",
                3 => text.Junk() + "," + text.Junk() + "\n",
                _ => "negative," + new string('x', text.Next(1, 20_000)) + "\n",
            });
        }

        var bytes = Encoding.UTF8.GetBytes(rows.ToString());
        if (text.Chance(0.1))
        {
            var junk = new byte[text.Next(1, 4096)];
            text.Random.NextBytes(junk);
            return [.. bytes, .. junk];
        }

        return bytes;
    }

    private static string FieldValue(FuzzText text, string name) =>
        Near.TryGetValue(name, out var near) && text.Chance(0.6) ? text.Pick(near)
        : name is "q" && text.Chance(0.7) ? text.Query()
        : text.Value();

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static string? Token(string html) => AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <param name="Role">Whose signed-in browser sends it; empty for an anonymous browser.</param>
    /// <param name="Handler">The Razor Pages handler (<c>?handler=</c>); null for a GET of the page, empty for the page's plain POST.</param>
    private sealed record Form(string Path, string Role, string? Handler, string[] Fields, bool Post = false, bool Upload = false);
}
