using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Conversation;
using Sermo.Forum.Members;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// The forum's pages and forms as <c>serve</c> hosts them under /forum, signed in through the forum's own sign-in form as
/// each kind of member (awaiting verification, verified, moderator, admin) and anonymous: the thread list, a thread and
/// every handler of its forms (reply, vote, accept, report, poll vote and close, delete), a new thread with its poll, a
/// post's edit, search, settings (pseudonym, opt-out, data export, deletion), registration, sign-in and out, moderation,
/// the admin's review, the assets, and the members' watched topics (/forum/watched-topics[.json], on the member policy
/// since round 11). Promise as for the portal: no 5xx, no stack trace, an error status answered as problem+json, except
/// a form shown again with its message.
/// </summary>
internal static partial class ForumFuzz
{
    public const string Target = "forum pages";

    private const string Password = "fuzz-forum-password-0123456789";
    private const string Pending = "pending";
    private const string Member = "member";

    private static readonly Form[] Forms =
    [
        new("/forum", Member, null, ["category", "page"]),
        new("/forum/thread/{thread}", Member, null, []),
        new("/forum/thread/{thread}", Member, "Reply", ["body"], Post: true),
        new("/forum/thread/{thread}", Member, "Vote", ["postId", "value"], Post: true),
        new("/forum/thread/{thread}", Member, "Accept", ["postId"], Post: true),
        new("/forum/thread/{thread}", Member, "Report", ["postId", "reason"], Post: true),
        new("/forum/thread/{thread}", Member, "PollVote", ["option"], Post: true),
        new("/forum/thread/{thread}", Member, "PollClose", [], Post: true),
        new("/forum/thread/{thread}", Member, "Delete", ["postId"], Post: true),
        new("/forum/new", Member, null, ["category"]),
        new("/forum/new", Member, "", ["Input.Category", "Input.Title", "Input.Body", "Input.PollQuestion", "Input.PollOptions", "Input.PollOptions", "Input.PollDays"], Post: true),
        new("/forum/post/{post}/edit", Member, null, []),
        new("/forum/post/{post}/edit", Member, "", ["Body", "Title"], Post: true),
        new("/forum/search", Member, null, ["q"]),
        new("/forum/settings", Member, null, []),
        new("/forum/settings", Member, "Export", []),
        new("/forum/settings", Member, "Pseudonym", ["pseudonym"], Post: true),
        new("/forum/settings", Member, "OptOut", [], Post: true),
        new("/forum/settings", Member, "Delete", ["confirm"], Post: true),
        new("/forum/register", "", null, []),
        new("/forum/register", "", "", ["Input.Npi", "Input.Specialty", "Input.State", "Input.Email", "Input.Password", "Input.Pseudonym"], Post: true),
        new("/forum/signin", "", null, ["ReturnUrl"]),
        new("/forum/signin", "", "", ["Email", "Password", "ReturnUrl"], Post: true),
        // Anonymous: a signed-in browser signing out would end the session the rest of the run browses with.
        new("/forum/signout", "", null, []),
        new("/forum/signout", "", "", [], Post: true),
        new("/forum/access", Pending, null, []),
        new("/forum/moderation", ForumRoles.Moderator, null, []),
        new("/forum/moderation", ForumRoles.Moderator, "Hide", ["postId"], Post: true),
        new("/forum/moderation", ForumRoles.Moderator, "Dismiss", ["postId"], Post: true),
        new("/forum/moderation", ForumRoles.Moderator, "Unhide", ["postId"], Post: true),
        new("/forum/admin/members", ForumRoles.Admin, null, []),
        new("/forum/admin/members", ForumRoles.Admin, "Review", ["memberId", "approve"], Post: true),
        new("/forum/watched-topics", Member, null, []),
        new("/forum/watched-topics.json", Member, null, []),
        new("/forum/assets/{asset}", "", null, []),
    ];

    private static readonly string[] Roles = ["", Pending, Member, ForumRoles.Moderator, ForumRoles.Admin];

    /// <summary>Values near what each field takes, then <see cref="FuzzText.Value"/>.</summary>
    private static readonly Dictionary<string, string[]> Near = new(StringComparer.Ordinal)
    {
        ["category"] = [.. ForumCategories.All.Select(c => c.Slug), "Cases", "../cases", ""],
        ["Input.Category"] = [.. ForumCategories.All.Select(c => c.Slug), "nope", ""],
        ["page"] = ["0", "1", "-1", "2147483647", "2147483648", "x"],
        ["value"] = ["1", "-1", "0", "2", "-2147483648", "x"],
        ["option"] = ["1", "2", "0", "-1", "99", "2147483648"],
        ["approve"] = ["true", "false", "on", "maybe"],
        ["Input.PollDays"] = ["0", "1", "-1", "30", "3650", "2147483647", "x"],
        ["Input.Npi"] = ["1234567893", "1234567890", "123", "", "12345678931"],
        ["Input.Specialty"] = ["Cardiology", "cardiology", "", "Astrology"],
        ["Input.State"] = ["CA", "ca", "ZZ", "", "California"],
        ["Input.Email"] = ["new@fuzz.test", "not-an-email", "a@b", "fuzz-member@fuzz.test", ""],
        ["Input.Password"] = ["short", Password, "", "0123456789"],
        ["Email"] = ["fuzz-member@fuzz.test", "nobody@fuzz.test", "", "a@b"],
        ["ReturnUrl"] = ["/forum/search", "https://evil.example/", "//evil.example", "/\\evil.example", "/portal", "javascript:alert(1)"],
    };

    /// <summary>Each world's signed-in browsers and the thread and post ids they browse, found once.</summary>
    private static readonly ConditionalWeakTable<FuzzWorld, Sessions> Worlds = new();

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        if (!Worlds.TryGetValue(world, out var sessions))
        {
            sessions = await SignInAsync(world);
            Worlds.Add(world, sessions);
        }

        for (var i = 0; i < count; i++)
        {
            var form = text.Pick(Forms);
            // Mostly as the page's own kind of member, sometimes as anyone else (the policies must refuse cleanly).
            var role = text.Chance(0.85) ? form.Role : text.Pick(Roles);
            await TryAsync(sessions, sessions.Browsers[role], role, form, text, findings);
        }
    }

    /// <summary>Members registered in the world's forum (one per kind) and each signed in through the form; then the ids of threads and posts.</summary>
    private static async Task<Sessions> SignInAsync(FuzzWorld world)
    {
        var registration = world.Services.GetRequiredService<MemberRegistration>();
        var directory = world.Services.GetRequiredService<MemberDirectory>();
        var sessions = new Sessions { Browsers = { [""] = Browser(world) } };
        var seed = 0;
        foreach (var role in Roles.Skip(1))
        {
            var email = $"fuzz-{role}@fuzz.test";
            var registered = await registration.RegisterAsync(
                new RegistrationForm(Npi(++seed), "Cardiology", "CA", email, Password, "Fuzz" + char.ToUpperInvariant(role[0]) + role[1..]), CancellationToken.None);
            if (!registered.Succeeded)
            {
                throw new InvalidOperationException($"the fuzz could not register its {role} member: {string.Join("; ", registered.Errors.Values)}");
            }

            if (role == Member)
            {
                await directory.ReviewAsync(registered.MemberId!, approve: true, CancellationToken.None);
                // A thread of the member's own with a poll, so edit, delete, accept and poll close reach their rules,
                // not only "not your post" (the imported threads belong to the sample members).
                sessions.Threads.Add(await world.Services.GetRequiredService<Posting>().CreateThreadAsync(registered.MemberId!,
                    new NewThread("cases", "Apixaban dose after a bleed", "Which dose would you restart at?", new NewPoll("Dose?", ["2.5 mg", "5 mg"], null)),
                    CancellationToken.None));
            }
            else if (role != Pending)
            {
                await directory.SetRoleAsync(email, role, grant: true, CancellationToken.None);
            }

            sessions.Browsers[role] = await SignedInAsync(world, email, role);
        }

        var index = await PageAsync(sessions.Browsers[Member], "/forum");
        sessions.Threads.AddRange(ThreadLink().Matches(index).Select(m => m.Groups[1].Value).Where(t => !sessions.Threads.Contains(t)).Distinct().Take(5));
        foreach (var thread in sessions.Threads)
        {
            var page = await PageAsync(sessions.Browsers[Member], "/forum/thread/" + thread);
            sessions.Posts.AddRange(PostAnchor().Matches(page).Select(m => m.Groups[1].Value).Distinct().Take(4));
        }

        if (sessions.Threads.Count == 0 || sessions.Posts.Count == 0)
        {
            throw new InvalidOperationException("the fuzz found no thread or post on the forum's pages to aim at");
        }

        return sessions;
    }

    private static async Task<HttpClient> SignedInAsync(FuzzWorld world, string email, string role)
    {
        var browser = Browser(world);
        for (var attempt = 0; ; attempt++)
        {
            var page = await PageAsync(browser, "/forum/signin");
            using var signIn = await browser.PostAsync(new Uri("/forum/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
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
                throw new InvalidOperationException($"the fuzz could not sign in to the forum as {role}: {(int)signIn.StatusCode}");
            }

            // The forum's sign-in limiter (Forum:Web:SignInsPerMinute) refills within the minute.
            await Task.Delay(TimeSpan.FromSeconds(10));
        }
    }

    private static HttpClient Browser(FuzzWorld world) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = world.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(60),
        };

    private static async Task TryAsync(Sessions sessions, HttpClient browser, string role, Form form, FuzzText text, FuzzFindings findings)
    {
        var path = Fill(form.Path, sessions, text);
        var fields = form.Fields.Where(_ => text.Chance(0.8)).Select(name => (Name: name, Value: FieldValue(text, name, sessions))).ToList();
        using var request = new HttpRequestMessage(form.Post ? HttpMethod.Post : HttpMethod.Get, Address(path, form, fields, text));
        if (form.Post)
        {
            // The page's own token most of the time, so the handler runs; else none or a forged one.
            var token = text.Next(10) switch
            {
                < 8 => Token(await PageAsync(browser, path)),
                8 => null,
                _ => text.Junk(4),
            };
            var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
            if (token is not null)
            {
                pairs.Add(new("__RequestVerificationToken", token));
            }

            try
            {
                request.Content = new FormUrlEncodedContent(pairs);
            }
            catch (ArgumentException ex)
            {
                findings.Tried(Target, "not sendable: " + ex.GetType().Name);
                return;
            }
        }

        var described = $"{request.Method} {request.RequestUri} as {(role.Length == 0 ? "anonymous" : role)} {string.Join('&', fields.Select(f => f.Name + "=" + f.Value))}";
        if (await findings.SendAsync(browser, request, Target) is not { } response)
        {
            return;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status == 400 && body.Length == 0 && response.Headers.ConnectionClose == true)
            {
                // Kestrel refused the request line (a NUL in the path) before any middleware ran: README's one
                // empty-bodied answer, as in ApiFuzz (seed 20261204 sent /forum/thread/…%00…).
                findings.Tried(Target, "400 from Kestrel itself (malformed request line or headers)");
                return;
            }

            findings.Tried(Target, $"{request.Method.Method} {form.Path}{(form.Handler is { Length: > 0 } h ? "?handler=" + h : "")} → {status}");
            var media = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
            {
                findings.Failed(Target, described, $"{status}: {FuzzFindings.Shown(body)}");
            }
            else if (status >= 400 && media != "application/problem+json" && !(status == 400 && media == "text/html"))
            {
                findings.Failed(Target, described, $"{status} answered as {media ?? "no content type"}, not problem+json");
            }

            if (body.Contains("   at Sermo.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
            {
                findings.Failed(Target, described, "the answer carries a stack trace");
            }
        }
    }

    /// <summary>A real thread, post or asset most of the time, else something near it or hostile.</summary>
    private static string Fill(string path, Sessions sessions, FuzzText text) => path
        .Replace("{thread}", Segment(text, text.Pick(sessions.Threads)), StringComparison.Ordinal)
        .Replace("{post}", Segment(text, text.Pick(sessions.Posts)), StringComparison.Ordinal)
        .Replace("{asset}", Segment(text, text.Pick(new[] { "forum.css", "forum.js" })), StringComparison.Ordinal);

    private static string Segment(FuzzText text, string real) => text.Next(5) switch
    {
        0 or 1 or 2 => real,
        3 => Uri.EscapeDataString(text.Pick(new[] { "..", "%2e%2e", real + "x", real.ToUpperInvariant(), "0", "-1", real + "%00" })),
        _ => Uri.EscapeDataString(text.Junk(5)),
    };

    private static Uri Address(string path, Form form, List<(string Name, string Value)> fields, FuzzText text)
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

        return new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
    }

    private static string FieldValue(FuzzText text, string name, Sessions sessions) => name switch
    {
        "postId" when text.Chance(0.7) => text.Pick(sessions.Posts),
        // Never the member's pseudonym: deleting the account would end the session the rest of the run browses with.
        "confirm" => "not " + text.Value(),
        "q" or "body" or "Body" or "Input.Body" when text.Chance(0.5) => text.Query(),
        _ when Near.TryGetValue(name, out var near) && text.Chance(0.6) => text.Pick(near),
        _ => text.Value(),
    };

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static string? Token(string html) => AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>A valid NPI (Luhn check digit over the 80840 prefix) made from a small seed.</summary>
    private static string Npi(int seed)
    {
        var body = (200_000_000 + seed).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => body + d).Single(NpiNumber.IsValid);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("href=\"/forum/thread/([^\"#?/]+)\"")]
    private static partial Regex ThreadLink();

    [GeneratedRegex("id=\"post-([^\"]+)\"")]
    private static partial Regex PostAnchor();

    private sealed class Sessions
    {
        public Dictionary<string, HttpClient> Browsers { get; } = new(StringComparer.Ordinal);

        public List<string> Threads { get; } = [];

        public List<string> Posts { get; } = [];
    }

    /// <param name="Role">Whose signed-in browser sends it; empty for an anonymous browser.</param>
    /// <param name="Handler">The Razor Pages handler (<c>?handler=</c>); null for a plain GET, empty for the page's plain POST.</param>
    private sealed record Form(string Path, string Role, string? Handler, string[] Fields, bool Post = false);
}
