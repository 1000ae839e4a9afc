using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Forum.Conversation;
using Sermo.Forum.Engine;
using Sermo.Forum.Feed;
using Sermo.Forum.Members;
using Sermo.Forum.Moderation;
using Sermo.Forum.Polls;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Tests;

/// <summary>The forum's services over one backend and a fake clock: the base of every contract test class.</summary>
public abstract class ForumTestBase(IForumBackend backend) : IAsyncLifetime
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    protected IForumBackend Backend { get; } = backend;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected ForumDatabase Database { get; private set; } = null!;

    protected ForumEngine Engine { get; private set; } = null!;

    protected ForumChangeFeed Feed { get; private set; } = null!;

    protected MemberRegistration Registration { get; private set; } = null!;

    protected MemberSignIn SignIn { get; private set; } = null!;

    protected MemberDirectory Directory { get; private set; } = null!;

    protected MemberSettings Settings { get; private set; } = null!;

    protected ThreadReader Reader { get; private set; } = null!;

    protected Posting Posting { get; private set; } = null!;

    protected Voting Voting { get; private set; } = null!;

    protected PollBallot Polls { get; private set; } = null!;

    protected ModerationQueue Moderation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Backend.ResetAsync();
        Database = Backend.NewDatabase();
        Engine = new ForumEngine(Database, Time);
        Feed = new ForumChangeFeed(Database);
        Registration = new MemberRegistration(Database, Time);
        SignIn = new MemberSignIn(Database, Time, Options.Create(new ForumOptions()));
        Directory = new MemberDirectory(Database, Time);
        Settings = new MemberSettings(Database, Time);
        Polls = new PollBallot(Database, Time);
        Reader = new ThreadReader(Database, Polls);
        Posting = new Posting(Database, Time);
        Voting = new Voting(Database, Time);
        Moderation = new ModerationQueue(Database, Time);
    }

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    /// <summary>A second feed over the same storage, as another process or a restarted host would have.</summary>
    protected ForumChangeFeed NewFeed() => new(Backend.NewDatabase());

    /// <summary>Registers a member (valid NPI made from <paramref name="seed"/>) and, unless told otherwise, approves them.</summary>
    protected async Task<string> MemberAsync(string pseudonym, int seed, bool approve = true)
    {
        var result = await Registration.RegisterAsync(Form(pseudonym, seed), Ct);
        result.Errors.Should().BeEmpty();
        if (approve)
        {
            (await Directory.ReviewAsync(result.MemberId!, approve: true, Ct)).Should().BeTrue();
        }

        return result.MemberId!;
    }

    protected static RegistrationForm Form(string pseudonym, int seed) =>
        new(Npi.Make(seed), "Cardiology", "TX", $"member{seed}@example.org", "correct horse battery", pseudonym);
}
