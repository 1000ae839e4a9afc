using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 338's change (issue #14), from the "names in lower case" and "names capitalised, other slot" rows pooled over rounds
/// 10-46: a caller or texter naming themselves at the head of a pasted message, after a greeting or an opening quote ("hi dr its
/// tevita from", "Hi Dr Okafor, it's Tamsin"). What follows the same words and is no name stays ("hi dr its me again", "hey doc its
/// been a week", "it's Monday", "this is Lyme", a drug). Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision338RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("texted at midnight: \"hi dr its tevita from the dialysis unit, my fistula is swollen\"", "tevita")]
    [InlineData("portal message: \"hi dr this is marisela quintanilla's daughter, mom is dizzy again\"", "marisela quintanilla")]
    [InlineData("Hi Dr Okafor, it's Tamsin from the wound clinic, the dressing came off", "Tamsin")]
    [InlineData("radio call, word for word: \"this is Keoni w/ Medic 7, inbound with a 70 y/o\"", "Keoni")]
    [InlineData("hello, this is Ngozi Adeyemi with county health, please call back about the TB contact", "Ngozi Adeyemi")]
    [InlineData("\"hey doc its olumide, the new inhaler makes me shaky\" at 2am", "olumide")]
    public void Scrub_NameAfterAGreetingOrAnOpeningQuote_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("\"hi dr its me again, the rash is back on both arms\"", "its me again")]
    [InlineData("hey doc its been a week and the cough is worse", "its been a week")]
    [InlineData("Hi all, it's Monday and the clinic is packed", "Monday")]
    [InlineData("hi, this is Lyme until proven otherwise in this county", "Lyme")]
    [InlineData("hey its may be nothing but her INR is 5.1", "may be nothing")]
    [InlineData("hi dr its metformin again, the pharmacy is out of it", "metformin")]
    [InlineData("hey doc, it's Ozempic again, the pharmacy is out", "Ozempic")]
    [InlineData("his wife said \"its fine\" and took him home", "its fine")]
    public void Scrub_NoNameAfterTheSameWords_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    // The rule alone: a greeting is needed before a name that no other slot marks ("its rosalind from" without one stays).
    [Theory]
    [InlineData("hi dr its tevita from the unit", "tevita")]
    [InlineData("so its tevita from the unit", null)]
    [InlineData("hey doc its kalolaine, mum's sugar is high", "kalolaine")]
    [InlineData("hi this is Mahlet with the home infusion team", "Mahlet")]
    [InlineData("voicemail: \"Dr, it's Tavita, her husband\"", "Tavita")]
    [InlineData("hi dr this is wairimu njoroge's son, she fell", "wairimu njoroge")]
    [InlineData("hi, it's Monday again", null)]
    [InlineData("hey doc its grace period for the refill?", null)]
    [InlineData("hi dr its frank blood in the bag again", null)]
    public void Detect_NameAfterAnIntroduction_NeedsAGreetingOrAQuote(string input, string? name)
    {
        var found = new List<Detection>();

        NamesAfterCallerIntroductions.Detect(TokenIndex.Build(input), found);

        found.Select(span => input[span.Start..span.End]).Should().Equal(name is null ? [] : [name]);
    }
}
