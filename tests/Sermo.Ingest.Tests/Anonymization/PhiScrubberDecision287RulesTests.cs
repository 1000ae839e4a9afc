using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 287's rule (issue #14): triage tags, passcodes, HMIS and IRB numbers, a number after "# is", lists of badge numbers
/// and a row, section or pod by its letter, while skin tags, counts, years and ordinary rows and sections stay. Sentences of
/// their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision287RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("after the flood, triage tag 552019 was a man with a crushed hand", "552019")]
    [InlineData("Tag K-2207: a toddler with smoke inhalation, sats 88", "K-2207")]
    [InlineData("we wrote the tag number (B-0415) on his arm in marker", "B-0415")]
    [InlineData("two tags, D-3391 and D-3392, were siblings with burns", "D-3391")]
    [InlineData("two tags, D-3391 and D-3392, were siblings with burns", "D-3392")]
    [InlineData("tags 771204, 771205, 771209 all needed tetanus", "771209")]
    [InlineData("the video visit passcode 7731904 never worked for her", "7731904")]
    [InlineData("meeting ID in the invite, Passcode: qx5521, and still no audio", "qx5521")]
    [InlineData("his HMIS number is 4418820 per the outreach team", "4418820")]
    [InlineData("HMIS # 0077312 for the shelter letter", "0077312")]
    [InlineData("the protocol amendment went to IRB 2025-1187 last week", "2025-1187")]
    [InlineData("our site # is 731 and the monitor comes friday", "731")]
    [InlineData("injured line workers, badge numbers 44817, K20931, 552203, same shift", "K20931")]
    [InlineData("injured line workers, badge numbers 44817, K20931, 552203, same shift", "552203")]
    [InlineData("he fainted in row Q, seat 11, during the encore", "Q")]
    [InlineData("an usher found her in section KK, row 7 with chest pain", "KK")]
    [InlineData("housed in pod D, cell 14, with a diabetic foot", "D")]
    [InlineData("a portal message from marigold_nana asking about her dose", "marigold_nana")]
    [InlineData("the DM came from hoops_dad22 at midnight", "hoops_dad22")]
    [InlineData("she signs the portal as rosebud1948, which is adorable", "rosebud1948")]
    public void Scrub_TagPasscodeRegistryOrLetterPlace_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("skin tag 4 mm on the eyelid, snipped in clinic", "skin tag 4 mm")]
    [InlineData("the price tag 2024 was absurd for that inhaler", "tag 2024")]
    [InlineData("IT reset my password 4 times today", "password 4 times")]
    [InlineData("IRB approval 2025 is still pending for the registry", "IRB approval 2025")]
    [InlineData("the injection site is 4 cm from the umbilicus", "site is 4 cm")]
    [InlineData("three nights in a row I was on call", "row I was")]
    [InlineData("see section B of the consent form", "section B of")]
    [InlineData("POD 3 after the Whipple, drain output down", "POD 3")]
    [InlineData("the hashtag 2000 trended among residents", "hashtag 2000")]
    [InlineData("the file notes_v2.pdf is on the shared drive", "notes_v2.pdf")]
    [InlineData("guidelines from 2019 and covid in 2020 changed it", "from 2019")]
    [InlineData("the variable ICD_CODE was blank in the export", "ICD_CODE")]
    public void Scrub_ClinicalOrOrdinaryWordsOfTheSameShape_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
