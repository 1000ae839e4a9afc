using Sermo.Forum.Conversation;

namespace Sermo.Forum.Tests.Conversation;

public sealed class ForumPostIdsTests
{
    [Fact]
    public void Draw_ThousandIds_EachOfTheDrawnShapeAndNoneRepeated()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => ForumPostIds.Draw()).ToList();

        ids.Should().OnlyContain(id => ForumPostIds.IsDrawn(id) && id.Length == 26 && id.StartsWith("p-", StringComparison.Ordinal));
        ids.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("p00001")]
    [InlineData("p-")]
    [InlineData("p-5551234567d33d14604e67c")]
    [InlineData("p-5551234567d33d14604e67cd0")]
    [InlineData("p-5551234567D33D14604E67CD")]
    [InlineData("p-5551234567g33d14604e67cd")]
    [InlineData("t-5551234567d33d14604e67cd")]
    public void IsDrawn_IdOfAnotherShape_False(string id) => ForumPostIds.IsDrawn(id).Should().BeFalse();
}
