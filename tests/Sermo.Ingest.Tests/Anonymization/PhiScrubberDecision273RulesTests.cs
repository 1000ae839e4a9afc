using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 273 (issue #14): capitalised names in the slots the name rules missed, pooled over rounds 10-40: a name after a role
/// noun around the patient ("security", "rep", "artist", "her mam"), and a given name and a surname that are both words opening
/// a sentence before a person's clause ("Honey Fields, 79,", "Dawn Cross presented"), and a capitalised particle before a found name
/// ("Ni Kadek", "El Fassi"). Traps in the same slots stay: weekdays,
/// months, sentence verbs and drugs. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision273RulesTests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("casino floor again, security Storm badge 2210 walked him to us", "Storm")]
    [InlineData("the insurer's rep Bronwyn gave me a reference number and hung up", "Bronwyn")]
    [InlineData("tattoo got infected, the artist Sparrow used diluted ink", "Sparrow")]
    [InlineData("her mam Siobhán rang the ward six times overnight", "Siobhán")]
    [InlineData("crew member Tavita translated for the captain", "Tavita")]
    [InlineData("probation officer Quill wants the methadone dose in writing", "Quill")]
    [InlineData("his bf Rocco keeps calling the unit for updates", "Rocco")]
    public void Scrub_NameAfterRoleNoun_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("Honey Fields, 79, fell at church and broke her wrist.", "Honey Fields")]
    [InlineData("Busy night. Dawn Cross presented with a hot swollen knee.", "Dawn Cross")]
    [InlineData("Ivy Stone who runs the diner brought her grandson in.", "Ivy Stone")]
    [InlineData("Faith Hill refuses the transfusion, Jehovah's Witness.", "Faith Hill")]
    [InlineData("Joy Walker 34F with a ruptured ectopic.", "Joy Walker")]
    public void Scrub_WordNamePairBeforePersonClause_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("her aunt Ni Kadek Arsini signed the consent for the transfusion", "Ni ")]
    [InlineData("the hotel manager Youssef El Fassi called the ambulance", "El ")]
    [InlineData("from the referral: De Vries, Anouk, seen twice for syncope", "De ")]
    public void Scrub_CapitalParticleBeforeFoundName_Found(string input, string particle) =>
        Scrubber.Scrub(input).Text.Should().NotContain(particle, because: "the particle opens the name found after it");

    [Theory]
    [InlineData("the rep Monday said the claim was denied.")]
    [InlineData("May Cross presented as a rash on the forearms.")]
    [InlineData("security Deposit forms are at the front desk.")]
    public void Scrub_WordsInTheSameSlots_Kept(string input) => Scrubber.Scrub(input).Text.Should().Be(input);
}
