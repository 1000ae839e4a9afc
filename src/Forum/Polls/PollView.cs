namespace Sermo.Forum.Polls;

/// <param name="Votes">Null until the viewer may see results (after voting, or once the poll is closed).</param>
public sealed record PollOption(int Number, string Label, int? Votes);

public sealed record PollView(string Question, IReadOnlyList<PollOption> Options, int? ViewerChoice, bool Closed, DateTimeOffset? ClosesAt, int? TotalVotes)
{
    public bool ShowsResults => TotalVotes is not null;
}
