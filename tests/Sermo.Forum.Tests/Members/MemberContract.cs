namespace Sermo.Forum.Tests.Members;

/// <summary>Registration, review, sign-in with lockout and member settings, on either backend.</summary>
public abstract class MemberContract(IForumBackend backend) : ForumTestBase(backend)
{
    [Fact]
    public async Task Register_ValidForm_PendingAndUnverifiedUntilAnAdminApproves()
    {
        var result = await Registration.RegisterAsync(Form("NightShiftNeuro", 1), Ct);

        result.Succeeded.Should().BeTrue();
        var pending = await Directory.GetAsync(result.MemberId!, Ct);
        pending!.Verified.Should().BeFalse();
        pending.Review.Should().Be("pending");
        (await Directory.ListPendingAsync(Ct)).Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Pseudonym = "NightShiftNeuro", Email = "member1@example.org", Npi = Npi.Make(1), Specialty = "Cardiology", State = "TX" });

        (await Directory.ReviewAsync(result.MemberId!, approve: true, Ct)).Should().BeTrue();

        var approved = await Directory.GetAsync(result.MemberId!, Ct);
        approved!.Verified.Should().BeTrue();
        approved.Review.Should().Be("approved");
        (await Directory.ListPendingAsync(Ct)).Should().BeEmpty();
        (await Directory.ReviewAsync(result.MemberId!, approve: false, Ct)).Should().BeFalse("only a pending account is reviewed");
    }

    [Fact]
    public async Task Register_Rejected_NeverVerified()
    {
        var id = await MemberAsync("GasPasser", 2, approve: false);

        (await Directory.ReviewAsync(id, approve: false, Ct)).Should().BeTrue();

        var member = await Directory.GetAsync(id, Ct);
        member!.Verified.Should().BeFalse();
        member.Review.Should().Be("rejected");
    }

    [Fact]
    public async Task Register_PseudonymTakenInAnyCase_EmailOrNpiReused_RefusedNamingTheField()
    {
        await MemberAsync("QuietRounds", 3);

        (await Registration.RegisterAsync(Form("quietrounds", 4), Ct)).Errors.Keys.Should().Equal("Pseudonym");
        (await Registration.RegisterAsync(Form("StatLab", 5) with { Email = "MEMBER3@example.org" }, Ct)).Errors.Keys.Should().Equal("Email");
        (await Registration.RegisterAsync(Form("StatLab", 5) with { Npi = Npi.Make(3) }, Ct)).Errors.Keys.Should().Equal("Npi");
        (await Registration.RegisterAsync(Form("StatLab", 5), Ct)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Register_EveryFieldWrong_EachFieldNamed()
    {
        var form = new Sermo.Forum.Members.RegistrationForm("1234567890", "Astrology", "XX", "not-an-email", "short", "jane.smith");

        var result = await Registration.RegisterAsync(form, Ct);

        result.Succeeded.Should().BeFalse();
        result.Errors.Keys.Should().BeEquivalentTo("Npi", "Specialty", "State", "Email", "Password", "Pseudonym");
        result.Errors["Pseudonym"].Should().Contain("real name");
    }

    [Fact]
    public async Task SignIn_RightPassword_SucceedsWithTheMember()
    {
        var id = await MemberAsync("SteadyHands", 6);

        var result = await SignIn.SignInAsync("Member6@Example.org", "correct horse battery", Ct);

        result.Should().BeEquivalentTo(new { Outcome = Sermo.Forum.Members.SignInOutcome.Succeeded, MemberId = id });
        result.SecurityStamp.Should().NotBeNullOrEmpty();
        (await SignIn.SignInAsync("nobody@example.org", "correct horse battery", Ct)).Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.Failed);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockedEvenWithTheRightOneUntilTheLockoutEnds()
    {
        await MemberAsync("ColdStethoscope", 7);
        for (var i = 0; i < 4; i++)
        {
            (await SignIn.SignInAsync("member7@example.org", "wrong password", Ct)).Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.Failed);
        }

        var fifth = await SignIn.SignInAsync("member7@example.org", "wrong password", Ct);
        var whileLocked = await SignIn.SignInAsync("member7@example.org", "correct horse battery", Ct);
        Time.Advance(TimeSpan.FromMinutes(15));
        var after = await SignIn.SignInAsync("member7@example.org", "correct horse battery", Ct);

        fifth.Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.LockedOut);
        fifth.LockedUntil.Should().Be(Time.GetUtcNow());
        whileLocked.Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.LockedOut);
        after.Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task SetRole_Admin_GrantsAndApproves()
    {
        var id = await MemberAsync("PagerFatigue", 8, approve: false);

        (await Directory.SetRoleAsync("member8@example.org", "admin", grant: true, Ct)).Should().BeTrue();

        var admin = await Directory.GetAsync(id, Ct);
        admin!.IsAdmin.Should().BeTrue();
        admin.IsModerator.Should().BeTrue();
        admin.Verified.Should().BeTrue();
        (await Directory.SetRoleAsync("nobody@example.org", "admin", grant: true, Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task ChangePseudonym_OldOneStaysReservedAndKnownToTheScrubber()
    {
        var id = await MemberAsync("RuralGP", 9);
        await MemberAsync("BusyClinic", 10);

        (await Settings.ChangePseudonymAsync(id, "BusyClinic", Ct)).Should().Contain("taken");
        (await Settings.ChangePseudonymAsync(id, "PrairiePediatrician", Ct)).Should().BeNull();

        (await Directory.GetAsync(id, Ct))!.Pseudonym.Should().Be("PrairiePediatrician");
        (await Registration.RegisterAsync(Form("RuralGP", 11), Ct)).Errors.Keys.Should().Equal("Pseudonym");
        (await Feed.GetMemberHandlesAsync(Ct)).Should().Contain(["RuralGP", "PrairiePediatrician", "BusyClinic"]);
    }

    [Fact]
    public async Task Export_OwnData_HoldsAccountPostsVotesAndNothingOfOthers()
    {
        var asker = await MemberAsync("MorningHuddle", 12);
        var other = await MemberAsync("HeartSoundsOnly", 13);
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "Hyperkalemia on spironolactone", "K 6.1 after starting it. Stop?", null), Ct);
        var answer = await Posting.ReplyAsync(other, thread, "Stop it and recheck in 3 days.", Ct);
        await Voting.VoteAsync(asker, answer, 1, Ct);

        var export = await Settings.ExportAsync(asker, Ct);

        export!.Account.Should().BeEquivalentTo(new { Pseudonym = "MorningHuddle", Email = "member12@example.org", Npi = Npi.Make(12) });
        export.Threads.Should().ContainSingle().Which.Title.Should().Be("Hyperkalemia on spironolactone");
        export.Posts.Should().ContainSingle().Which.Body.Should().Be("K 6.1 after starting it. Stop?");
        export.Votes.Should().ContainSingle().Which.Should().Be(new Sermo.Forum.Members.MemberExport.Vote(answer, 1));
        System.Text.Json.JsonSerializer.Serialize(export).Should().NotContain("HeartSoundsOnly").And.NotContain("member13");
    }

    [Fact]
    public async Task DeleteAccount_PostsShowDeletedAndLeaveTheFeed_SignInFails()
    {
        var id = await MemberAsync("ChartingAtMidnight", 14);
        var other = await MemberAsync("EvidenceFirst", 15);
        var thread = await Posting.CreateThreadAsync(id, new("careers", "Locums after residency?", "Worth it for the first year?", null), Ct);
        await Posting.ReplyAsync(other, thread, "Did it for two years, no regrets.", Ct);
        var cursor = (await Feed.ReadAsync(0, 100, Ct)).NextCursor;

        (await Settings.DeleteAccountAsync(id, Ct)).Should().Be(1);

        var page = await Reader.GetAsync(thread, other, Ct);
        page!.Posts[0].Should().BeEquivalentTo(new { AuthorName = "[deleted]", Body = "[deleted]", State = Sermo.Forum.Conversation.PostState.Deleted });
        page.Posts[1].Body.Should().Be("Did it for two years, no regrets.");
        (await Feed.ReadAsync(cursor, 100, Ct)).Changes.Should().ContainSingle().Which.Kind.Should().Be(Sermo.Forum.Feed.ForumChangeKind.PostDeleted);
        (await SignIn.SignInAsync("member14@example.org", "correct horse battery", Ct)).Outcome.Should().Be(Sermo.Forum.Members.SignInOutcome.Failed);
        (await Directory.GetAsync(id, Ct)).Should().BeNull();
        (await Registration.RegisterAsync(Form("ChartingAtMidnight", 16), Ct)).Errors.Keys.Should().Equal("Pseudonym");
    }
}
