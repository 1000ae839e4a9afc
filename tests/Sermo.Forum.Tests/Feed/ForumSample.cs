using Sermo.Forum.Engine;

namespace Sermo.Forum.Tests.Feed;

/// <summary>
/// A small forum: two verified members, one unverified, one verified member who opted out, and a post deleted
/// in the snapshot. Import order (by CreatedAt) gives change sequences:
/// 1 p1 published, 2 p2, 3 p3 (unverified), 4 p4 (opted out), 5 p5, 6 p5 deleted, 7 p6, 8 m4 opted out.
/// </summary>
internal static class ForumSample
{
    public static readonly Member Alice = new("mem-alice-0001", "dr_alice_heart", "Alice Pseudo", "cardiology", "TX", Verified: true, OptedOut: false, new DateOnly(2025, 3, 1));
    public static readonly Member Bruno = new("mem-bruno-0002", "onco_bruno77", "Bruno Pseudo", "oncology", null, Verified: true, OptedOut: false, new DateOnly(2025, 4, 2));
    public static readonly Member Unverified = new("mem-carla-0003", "carla_unverified", "Carla Pseudo", "pediatrics", "CA", Verified: false, OptedOut: false, new DateOnly(2025, 5, 3));
    public static readonly Member OptedOut = new("mem-dmitri-0004", "dmitri_optout", "Dmitri Pseudo", "neurology", "NY", Verified: true, OptedOut: true, new DateOnly(2025, 6, 4));

    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static ForumSnapshot Snapshot() => new(
        [Alice, Bruno, Unverified, OptedOut],
        [
            new ForumThread("t1", "Apixaban dosing in CKD", "cardiology", Alice.MemberId, Start),
            new ForumThread("t2", "Immunotherapy rash", "oncology", Bruno.MemberId, Start),
        ],
        [
            Post("p1", "t1", Alice, 0, "Apixaban 2.5 bid for my CKD patients, thoughts?"),
            Post("p2", "t1", Bruno, 1, "Agree with @dr_alice_heart on the dose."),
            Post("p3", "t2", Unverified, 2, "Not verified yet but posting anyway."),
            Post("p4", "t2", OptedOut, 3, "I will opt out later."),
            Post("p5", "t2", Alice, 4, "Posted by mistake.") with { Deleted = true },
            Post("p6", "t2", Bruno, 5, "Rash resolved after a steroid taper."),
        ]);

    public static ForumPost Post(string id, string thread, Member author, int hours, string body) =>
        new(id, thread, null, author.MemberId, Start.AddHours(hours), body);

    public static IEnumerable<Member> All => [Alice, Bruno, Unverified, OptedOut];
}
