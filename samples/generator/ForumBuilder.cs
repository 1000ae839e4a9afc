internal sealed class ForumThread(int order, Topic topic, Member author, DateTime createdAt, string title, string specialty)
{
    public int Order { get; } = order;
    public string Id { get; set; } = "";
    public Topic Topic { get; } = topic;
    public Member Author { get; } = author;
    public DateTime CreatedAt { get; } = createdAt;
    public string Title { get; } = title;
    public string Specialty { get; } = specialty;
    public List<ForumPost> Posts { get; } = [];
}

internal sealed class ForumPost(ForumThread thread, int seq, ForumPost? parent, Member author, DateTime createdAt, string body, List<Planted> planted)
{
    public string Id { get; set; } = "";
    public ForumThread Thread { get; } = thread;
    public int Seq { get; } = seq;
    public ForumPost? Parent { get; } = parent;
    public Member Author { get; } = author;
    public DateTime CreatedAt { get; } = createdAt;
    public string Body { get; } = body;
    public List<Planted> Planted { get; } = planted;
    public bool Deleted { get; set; }
}

internal sealed record Forum(List<ForumThread> Threads, List<ForumPost> Posts);

/// <summary>Threads arrive day by day at a rate that grows with the community; replies follow within hours to days.</summary>
internal sealed class ForumBuilder(Random rng, PhraseBank bank, IReadOnlyList<Member> members)
{
    public static readonly DateTime Start = new(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    // Posting by UTC hour: US mornings, lunch and late evenings.
    private static readonly double[] HourWeights = [5, 5, 4, 3, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 5, 4, 4, 4, 4, 5, 5, 6, 6];

    private readonly PostBodies _bodies = new(rng, bank);
    private readonly List<ForumThread> _threads = [];

    public Forum Build()
    {
        var span = (End - Start).TotalDays;
        for (var day = Start; day < End; day = day.AddDays(1))
        {
            var t = (day - Start).TotalDays / span;
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var rate = 1.7 * (0.8 + 0.4 * t) * (weekend ? 0.7 : 1.1);
            for (var n = Poisson(rate); n > 0; n--)
                NewThread(Cast.Weighted(rng, Topics.All, x => x.WeightAt(t)), day, t);
            if (Topics.InBleedSpike(day))
                for (var n = Poisson(1.8); n > 0; n--) NewThread(Topics.Get("bleed"), day, t);
        }

        var threads = _threads.OrderBy(x => x.CreatedAt).ThenBy(x => x.Order).ToList();
        for (var i = 0; i < threads.Count; i++) threads[i].Id = $"t{i + 1:0000}";
        var posts = threads.SelectMany(x => x.Posts).OrderBy(p => p.CreatedAt).ThenBy(p => p.Thread.Order).ThenBy(p => p.Seq).ToList();
        for (var i = 0; i < posts.Count; i++)
        {
            posts[i].Id = $"p{i + 1:00000}";
            posts[i].Deleted = rng.NextDouble() < 0.01;
        }
        return new Forum(threads, posts);
    }

    private void NewThread(Topic topic, DateTime day, double t)
    {
        var createdAt = day.AddHours(Cast.Weighted(rng, Enumerable.Range(0, 24).ToList(), h => HourWeights[h])).AddMinutes(rng.Next(60));
        var author = PickAuthor(topic, createdAt, null);
        var specialty = topic.Specialties.Length == 0 || topic.Specialties.Contains(author.Specialty)
            ? author.Specialty
            : topic.Specialties[rng.Next(topic.Specialties.Length)];
        var root = _bodies.Root(topic, t, createdAt, allowIdentifiers: true);
        var thread = new ForumThread(_threads.Count, topic, author, createdAt, root.Title, specialty);
        thread.Posts.Add(new ForumPost(thread, 0, null, author, createdAt, root.Body, root.Planted));
        _threads.Add(thread);

        var replies = rng.NextDouble() < 0.08 ? 0 : Math.Min(14, 1 + (int)(-Math.Log(1 - rng.NextDouble()) * 4.2));
        var at = createdAt;
        for (var seq = 1; seq <= replies; seq++)
        {
            at = at.AddMinutes(4 + (int)(-Math.Log(1 - rng.NextDouble()) * (seq == 1 ? 150 : 420)));
            if (at >= End) break;
            var parent = rng.NextDouble() < 0.6 ? thread.Posts[0] : thread.Posts[rng.Next(thread.Posts.Count)];
            // The original poster often answers the people replying to them.
            var replier = parent.Author != author && rng.NextDouble() < 0.25 ? author : PickAuthor(topic, at, parent.Author);
            var reply = _bodies.Reply(topic, (at - Start).TotalDays / (End - Start).TotalDays, at,
                replier == parent.Author ? null : parent.Author.Handle, allowIdentifiers: true);
            thread.Posts.Add(new ForumPost(thread, seq, parent, replier, at, reply.Body, reply.Planted));
        }
    }

    private Member PickAuthor(Topic topic, DateTime at, Member? exclude)
    {
        var date = DateOnly.FromDateTime(at);
        return Cast.Weighted(rng, members, m =>
            m == exclude || m.JoinedAt > date ? 0
            : (topic.Specialties.Length == 0 || topic.Specialties.Contains(m.Specialty) ? 5 : 1) * m.Activity * (m.Verified ? 1 : 0.3));
    }

    private int Poisson(double lambda)
    {
        var limit = Math.Exp(-lambda);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble()) k++;
        return k;
    }
}
