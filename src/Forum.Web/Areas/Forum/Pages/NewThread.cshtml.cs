using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Conversation;
using Sermo.Forum.Polls;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

[Authorize(Policy = ForumAuth.MemberPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class NewThreadModel(Posting posting, TimeProvider time) : ForumPageModel
{
    [BindProperty]
    public ThreadInput Input { get; set; } = new();

    public void OnGet([FromQuery] string? category)
    {
        if (ForumCategories.Contains(category))
        {
            Input.Category = category!;
        }
    }

    /// <summary>The longest a poll may stay open (the form offers 30 days); more days would also overflow the date.</summary>
    public const int MaxPollDays = 366;

    private const string PollDaysKey = nameof(Input) + "." + nameof(ThreadInput.PollDays);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => TryAsync(async () =>
    {
        // Found by fuzz seed 20261205: 2147483647 days overflowed AddDays, a 500. Negative days and a value that did
        // not bind (read as 0) would post a poll that never closes, which the member did not choose.
        var pollDaysUnread = ModelState.GetFieldValidationState(PollDaysKey) == ModelValidationState.Invalid;
        if (pollDaysUnread || Input.PollDays is < 0 or > MaxPollDays)
        {
            // The binder's own message names the raw value in the framework's words; the form's message replaces it.
            ModelState.Remove(PollDaysKey);
            throw new ForumRuleException(nameof(ThreadInput.PollDays), "Choose when the poll closes from the list.");
        }

        NewPoll? poll = string.IsNullOrWhiteSpace(Input.PollQuestion)
            ? null
            : new NewPoll(Input.PollQuestion, Input.PollOptions, Input.PollDays > 0 ? time.GetUtcNow().AddDays(Input.PollDays) : null);
        var threadId = await posting.CreateThreadAsync(MemberId, new NewThread(Input.Category, Input.Title, Input.Body, poll), cancellationToken);
        return Redirect($"/forum/thread/{threadId}");
    }, () => Task.FromResult<IActionResult>(Page()));

    public sealed class ThreadInput
    {
        public string Category { get; set; } = "cases";

        public string Title { get; set; } = "";

        public string Body { get; set; } = "";

        public string? PollQuestion { get; set; }

        public List<string> PollOptions { get; set; } = [];

        public int PollDays { get; set; }
    }
}
