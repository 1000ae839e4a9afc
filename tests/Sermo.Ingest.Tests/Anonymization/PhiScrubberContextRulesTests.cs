using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 4's rule classes (issue #14): names after a message or a thanks, towns that are English words, towns before a
/// place of care, surname-first records with a word in them, rural mail, holidays, record numbers without a label. Each
/// with sentences of its own (none from a gold set) and the clinical or ordinary text that must stay.
/// </summary>
public class PhiScrubberContextRulesTests
{
    [Theory]
    [InlineData("Had a voicemail from Dawn about her sugars.", "Dawn")]
    [InlineData("Got a text from Chase, her son, saying she fell.", "Chase")]
    [InlineData("Heard back from Destiny in scheduling.", "Destiny")]
    [InlineData("Thanks Grace for the slides.", "Grace")]
    [InlineData("Thank you Marigold for covering nights.", "Marigold")]
    [InlineData("Kudos to Summer on the night shift.", "Summer")]
    [InlineData("Chaplain Obiora stayed with the family.", "Obiora")]
    public void Scrub_NameAfterAMessageThanksOrWeakTitle_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Got a call from Radiology about the CT.")]
    [InlineData("A message from Optum about the prior auth.")]
    [InlineData("Thanks Everyone for the replies on Eliquis.")]
    [InlineData("Nurse Practitioner students rotate with us.")]
    public void Scrub_DepartmentOrPlaceOfCareAfterAMessage_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("He came from Superior last week for the Entresto.", "Superior")]
    [InlineData("Dr. Okafor from Broad Ripple gave the talk.", "Broad Ripple")]
    [InlineData("The patient from Lake Forest Park has HFpEF.", "Lake Forest Park")]
    [InlineData("Transferred from Sault Ste. Marie overnight.", "Sault Ste. Marie")]
    [InlineData("A retired farmer from Coeur d'Alene with COPD.", "Coeur d'Alene")]
    [InlineData("Her home in Parcelas La Milagrosa flooded.", "Parcelas La Milagrosa")]
    public void Scrub_TownAfterFromOrNear_ReplacedWithCity(string input, string town) =>
        ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("A consult from Nephrology changed the plan.")]
    [InlineData("Patients from Canada pay less for insulin.")]
    [InlineData("She was referred from Hospice after the fall.")]
    [InlineData("Change from Baseline 12 weeks after Wegovy was modest.")]
    [InlineData("He speaks only Somali at home.")]
    public void Scrub_DepartmentCountryOrStudyWordAfterFrom_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Dr. Chen from the Millbrook clinic covers Fridays.", "Millbrook")]
    [InlineData("The Plainview ER sent him over on a drip.", "Plainview")]
    [InlineData("Our Rice Lake office has no echo machine.", "Rice Lake")]
    [InlineData("He was seen at the Hartsville urgent care first.", "Hartsville")]
    public void Scrub_TownBeforeAPlaceOfCare_ReplacedWithCity(string input, string town) =>
        ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("The Mayo clinic protocol is what we follow.")]
    [InlineData("The Lipid clinic moved to Tuesdays.")]
    [InlineData("The Cushing clinic is full until spring.")]
    [InlineData("The North Tower ICU is closed for repairs.")]
    [InlineData("The New Patient clinic has a long wait.")]
    public void Scrub_ServiceOrEponymBeforeAPlaceOfCare_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Readmitted: West, Nelie, 91F, with sepsis.", "West", "Nelie")]
    [InlineData("Whittaker, Gipsy - MRN pending - CHF.", "Whittaker", "Gipsy")]
    [InlineData("The fax was addressed to Okonkwo, Adaeze by mistake.", "Okonkwo", "Adaeze")]
    [InlineData("Pt: Doe, Janelle | DOB pending | CHF", "Doe", "Janelle")]
    public void Scrub_SurnameFirstWithAWordInARecord_ReplacedWithName(string input, string surname, string given)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().NotContain(surname).And.NotContain(given);
        result.Spans.Where(span => input[span.Start..span.End].Contains(given, StringComparison.Ordinal)).Should().ContainSingle().Which.Type.Should().Be(PhiType.Name);
    }

    [Theory]
    [InlineData("However, Grace (the charge nurse) said no.")]
    [InlineData("Plan: Continue, Monitor (weekly) labs.")]
    [InlineData("Overall, Stable - no change to Eliquis.")]
    public void Scrub_DiscourseWordBeforeAComma_NotASurname(string input)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().StartWith(input[..input.IndexOf(',')]);
    }

    [Theory]
    [InlineData("Send it to Rural Route 4, Box 112, please.", "Rural Route 4, Box 112")]
    [InlineData("Mail goes to RR 2 Box 9 now.", "RR 2 Box 9")]
    [InlineData("Her address is HC 71 Box 2210.", "HC 71 Box 2210")]
    [InlineData("He lives at 3318 County Road 12 with his son.", "3318 County Road 12")]
    [InlineData("The farm is at 950 Highway 61 north of town.", "950 Highway 61")]
    public void Scrub_RuralRouteOrNumberedRoad_ReplacedWithAddress(string input, string address) =>
        ShouldFind(input, address, PhiType.Address);

    [Theory]
    [InlineData("Box 17 on the CMS-1500 is where the NPI goes.")]
    [InlineData("Route 66 was a long drive with a Holter on.")]
    [InlineData("Took 2 tabs before the drive on Highway patrol duty.")]
    public void Scrub_BoxOrRouteWithoutAnAddress_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Admitted on Christmas Eve in DKA.", "Christmas Eve")]
    [InlineData("Since Labor Day she has lost 10 pounds.", "Labor Day")]
    [InlineData("Seen over Mother's Day weekend.", "Mother's Day weekend")] // the part of the day goes with it since round 15
    [InlineData("Recheck mid-November with a lipid panel.", "November")]
    public void Scrub_HolidayOrPartOfAMonth_ReplacedWithDate(string input, string date) =>
        ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("The independence of older patients matters.")]
    [InlineData("Day 3 of the ICU stay, still on pressors.")]
    [InlineData("Mid-level providers cover the clinic.")]
    public void Scrub_WordOfAHolidayAlone_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Grandma Bea is 99 and on nine medications.", "99")]
    [InlineData("Happy 100th birthday to my longest patient.", "100")]
    public void Scrub_AgeOfANamedPersonOrBirthday_ReplacedWithAge(string input, string age) =>
        ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("Temp is 101 and rising.")]
    [InlineData("Sat is 92 on room air.")]
    [InlineData("Our 100th patient on Leqembi started today.")]
    public void Scrub_NumberAfterAVitalOrOrdinal_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Lark Ellery (101!) wants to stop alendronate.", "Lark Ellery")]
    [InlineData("Hope Sterling, 94, fell at home.", "Hope Sterling")]
    [InlineData("seen today: marisol quintero with afib.", "marisol quintero")]
    public void Scrub_NamesOfWordsWithAnAgeOrTypedInLowerCase_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_TwoWordsBeforeAYoungNumber_Kept() => ShouldKeep("Grand Rounds (12) covered amyloid.");

    [Theory]
    [InlineData("Wade, Lorelei - 00481733 - K 6.1, stop it.", "00481733")]
    [InlineData("Doe, Janelle | 10442871 | CHF", "10442871")]
    public void Scrub_NumberSetOffAsARecordField_ReplacedWithMedicalRecord(string input, string number) =>
        ShouldFind(input, number, PhiType.MedicalRecord);

    [Theory]
    [InlineData("Viral load 2500000 copies on Biktarvy.")]
    [InlineData("NT-proBNP - 12000 - rising.")]
    public void Scrub_LabValueWithoutRecordSeparators_Kept(string input) => ShouldKeep(input);
}
