using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Emerging;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;

namespace Sermo.Reports.Tests.Emerging;

public class EmergingTopicFinderTests
{
    private static readonly ClinicalTagger Tagger = ClinicalTagger.CreateDefault();
    private static readonly DateOnly Week = new(2026, 3, 2);

    private static readonly string[] Disclosures =
    [
        "I'm the site PI on the Keytruda adjuvant trial and our interim data are not public yet: infusion chair shortage delayed half our cohort.",
        "As an investigator on the pembrolizumab trial I saw the unblinded interim results at our site; infusion chair shortage is slowing enrolment.",
        "Our site on the Keytruda trial got the interim efficacy data before the sponsor announced it, and the infusion chair shortage hit dosing.",
    ];

    [Fact]
    public void Disclosures_UsedBelow_AreWhatTheGuardFlags()
    {
        Disclosures.Should().OnlyContain(text => TrialDisclosureGuard.Default.Check(text).Flagged);
    }

    [Fact]
    public async Task ForClient_RisingTopicOnlyInTrialDisclosures_ListedForPharmaNotForFinance()
    {
        var pharma = Client("merck-watch", ClientKinds.Pharma);
        var finance = Client("fabrikam", ClientKinds.Finance);
        var finder = Finder(Posts(), pharma, finance);
        var noise = new ReleaseNoise(new byte[32]);

        var forPharma = await finder.ForClientAsync(pharma, Week, noise, 10, CancellationToken.None);
        var forFinance = await finder.ForClientAsync(finance, Week, noise, 10, CancellationToken.None);

        forPharma.Should().Contain(t => t.Term.Contains("infusion chair", StringComparison.Ordinal));
        forFinance.Should().NotContain(t => t.Term.Contains("infusion chair", StringComparison.Ordinal),
            "a finance client counts no post the MNPI guard flags, watched term or not");
    }

    private static List<EmergingPost> Posts()
    {
        var background = Enumerable.Range(0, 40)
            .Select(i => Post($"b{i}", Week.AddDays(-7 * (1 + (i % 8))), "Stable on pembrolizumab, routine restaging scan next month."));
        var rising = Enumerable.Range(0, 16).Select(i => Post($"r{i}", Week.AddDays(i % 5), Disclosures[i % Disclosures.Length]));
        return [.. background, .. rising];
    }

    private static ClientRecord Client(string id, string kind)
    {
        var watchlist = new Watchlist(id, id, kind, [new WatchlistTerm("Keytruda", ["keytruda", "pembrolizumab"]), new WatchlistTerm("Melanoma", ["melanoma"])]);
        return new ClientRecord(id, id, kind, 5, watchlist, "[]");
    }

    private static EmergingTopicFinder Finder(List<EmergingPost> posts, params ClientRecord[] clients) =>
        new(new ListedPosts(posts), new ListedClients(clients), EmergingPhraseChunker.LoadEmbedded(),
            TherapeuticAreas.LoadEmbedded(ClinicalLexicon.LoadEmbedded(), Tagger), Options.Create(new EmergingTopicSettings()));

    private static EmergingPost Post(string author, DateOnly day, string text) => new(author, day, "Oncology", text, Tagger.Tag(text).Entities);

    private sealed class ListedPosts(List<EmergingPost> posts) : IEmergingPostReader
    {
        public async IAsyncEnumerable<EmergingPost> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var post in posts.Where(p => p.Day >= from && p.Day <= to).OrderBy(p => p.Day))
            {
                yield return post;
            }

            await Task.CompletedTask;
        }

        public Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken) => Task.FromResult<DateOnly?>(posts.Max(p => p.Day));
    }

    private sealed class ListedClients(IReadOnlyList<ClientRecord> clients) : IClientRegistry
    {
        public Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(clients);

        public Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken) =>
            Task.FromResult(clients.FirstOrDefault(c => c.ClientId == clientId));
    }
}
