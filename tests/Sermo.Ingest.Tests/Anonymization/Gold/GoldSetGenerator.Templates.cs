namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>The sentence templates and slot fillers. A slot expands to markup (see <see cref="GoldMarkup"/>).</summary>
public sealed partial class GoldSetGenerator
{
    // Capitalised clinical words a name list may also hold; never drawn as a person's name.
    private static readonly HashSet<string> ClinicalWords = new(["Lyme", "Bell", "Down", "Wilson", "Graves", "Addison", "Gram", "Foley", "Apgar"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] WordNames = ["Grace", "Hope", "Will", "Bill", "Mark", "Rose", "June", "Faith", "Joy", "Dawn", "Pat", "Art", "Sandy", "Summer", "Olive", "Destiny"];

    private static readonly string[] Drugs =
        ["metformin 500 mg", "Eliquis", "apixaban 5 mg BID", "Jardiance", "empagliflozin", "Humira", "adalimumab", "Ozempic 0.5 mg weekly", "semaglutide",
         "lisinopril 10 mg", "Xarelto", "rivaroxaban", "Keytruda", "pembrolizumab", "levothyroxine 75 mcg", "Synthroid", "atorvastatin 40 mg", "Lipitor",
         "prednisone 40 mg", "methotrexate 15 mg weekly", "Entresto", "Farxiga", "dapagliflozin", "Dupixent", "Skyrizi", "Stelara", "ustekinumab",
         "warfarin", "Coumadin", "amiodarone", "furosemide 40 mg", "Lasix", "Trulicity", "insulin glargine 20 units", "Lantus", "gabapentin 300 mg TID",
         "carbidopa-levodopa", "Sinemet", "donepezil", "Aricept", "infliximab", "Remicade", "vedolizumab", "Entyvio", "hydroxychloroquine", "Plaquenil"];

    private static readonly string[] Eponyms =
        ["Parkinson's disease", "Crohn's disease", "Crohn's", "Graves' disease", "Hashimoto's thyroiditis", "Bell's palsy", "Cushing's syndrome",
         "Addison's disease", "Hodgkin lymphoma", "non-Hodgkin lymphoma", "Down syndrome", "Guillain-Barré syndrome", "Raynaud's phenomenon", "Wilson's disease",
         "Sjögren's syndrome", "Alzheimer's disease", "Huntington's disease", "Tourette syndrome", "Kawasaki disease", "Barrett's esophagus",
         "Marfan syndrome", "Lyme disease", "Paget's disease", "Wolff-Parkinson-White", "Cushing's", "Hashimoto's", "Graves'", "Meniere's disease",
         "Kaposi sarcoma", "Whipple procedure", "Ménière's disease", "Takayasu arteritis", "Brugada syndrome", "Ehlers-Danlos syndrome", "Tietze syndrome"];

    private static readonly string[] Labs =
        ["A1c 7.9%", "LDL 142", "TSH 0.02", "creatinine 1.8", "eGFR 38", "potassium 5.9", "troponin 0.45", "BNP 1200", "INR 3.4", "ferritin 12",
         "hemoglobin 8.1", "platelets 92k", "CRP 48", "ESR 70", "lactate 4.1", "sodium 128", "calprotectin 650", "ANA 1:640", "free T4 2.9", "vitamin D 14"];

    private static readonly string[] IdentifierTemplates =
    [
        "Saw {FULL} today, {AGE_YOUNG}, with <<{EPONYM}>> on <<{DRUG}>>.",
        "Pt {FULL} ({AGE90}) admitted {DATE} with <<{EPONYM}>> flare.",
        "My patient {GIVEN} has <<{EPONYM}>>; started <<{DRUG}>> last month.",
        "Discussed with {DR}, who suggested <<{DRUG}>> given <<{LAB}>>.",
        "{DR} at the clinic in {CITYST} recommended switching to <<{DRUG}>>.",
        "{TITLED} is a {AGE90} with <<{EPONYM}>> and <<{LAB}>>.",
        "Her daughter {WORDNAME} called about the <<{DRUG}>> refill.",
        "His wife {GIVEN} {SUR} says the <<{DRUG}>> makes him dizzy.",
        "Follow-up scheduled {DATE}; call {PHONE} with questions about <<{DRUG}>>.",
        "Send records to {FAX}, attn {DR}.",
        "Email me at {EMAIL} if you have seen <<{EPONYM}>> present like this.",
        "Family gave SSN {SSN} by mistake in the portal message.",
        "{MRN}, seen for <<{EPONYM}>>, <<{LAB}>>.",
        "Billing flagged {ACCT} twice for the <<{DRUG}>> infusion.",
        "Prescriber {LIC} and {NPI} on the <<{DRUG}>> prior auth.",
        "The pump ({SERIAL}) alarmed overnight; patient on <<{DRUG}>>.",
        "Case photos uploaded to {URL} for the tumor board.",
        "Portal logged a login from {IP} before the <<{DRUG}>> order changed.",
        "Lives at {ADDR} with her son, manages <<{DRUG}>> herself.",
        "Transferred from {COUNTY} hospital with <<{EPONYM}>>.",
        "Moved here from {CITYST} {ZIP} last spring; <<{LAB}>>.",
        "Thanks {MENTION}, your point about <<{DRUG}>> in <<{EPONYM}>> was spot on.",
        "{MENTION} did you ever hear back from {DR} about the <<{DRUG}>> trial?",
        "{GIVEN} {SUR}, {AGE90}, fell at home on {DATE}.",
        "Mrs. {SUR}'s <<{LAB}>> came back this morning.",
        "I called {LONE} back and she agreed to start <<{DRUG}>>.",
        "Referred {LONE} to rheumatology for possible <<{EPONYM}>>.",
        "Spoke with {LONE} {SUR} about stopping <<{DRUG}>>.",
        "Patient {WORDNAME} {SUR} was seen {DATE} for <<{EPONYM}>>.",
        "Mr. {INITIAL} came in {DATE} with <<{LAB}>> on <<{DRUG}>>.",
        "The {AGE90} presented {DATE} with new <<{EPONYM}>>.",
        "Per {DR} and {DR}, hold <<{DRUG}>> until <<{LAB}>> improves.",
        "Reach the pharmacy at {PHONE} or {FAX}.",
        "Son {GIVEN} is the health care proxy; phone {PHONE}.",
        "She was born {DATE} and first had <<{EPONYM}>> symptoms as a child.",
        "Surgery on {DATE} at the hospital in {CITYST}, discharged {DATE}.",
        "{FULL} from {CITY_PLACE} asked whether <<{DRUG}>> is safe in <<{EPONYM}>>.",
        "Address on file: {ADDR}, {CITYST} {ZIP}.",
        "Named {WORDNAME}, she is {AGE_YOUNG} and already on <<{DRUG}>>.",
        "Sister {WORDNAME} brought the pill box; <<{DRUG}>> doses were missed.",
    ];

    private static readonly string[] CleanTemplates =
    [
        "<<{EPONYM}>> patient on <<{DRUG}>>, <<{LAB}>>, plan to recheck in 3 months.",
        "Anyone using <<{DRUG}>> for <<{EPONYM}>>? Curious about your experience.",
        "I will start <<{DRUG}>> and hope the <<{LAB}>> improves.",
        "Will <<{DRUG}>> help here, or is <<{EPONYM}>> the real problem?",
        "Mark the chart: <<{LAB}>> despite <<{DRUG}>>.",
        "Bill the visit as a level 4; the <<{EPONYM}>> workup took an hour.",
        "Hope this helps anyone managing <<{EPONYM}>> with <<{DRUG}>>.",
        "The rash looked like a rose spot but cultures were negative; <<{LAB}>>.",
        "Grace period on the prior auth for <<{DRUG}>> ends next week.",
        "A {AGE_YOUNG} with <<{EPONYM}>> and <<{LAB}>>; thoughts on <<{DRUG}>>?",
        "Insurance in Ohio denied <<{DRUG}>> again, typical for 2024.",
        "Practicing in Texas since 2009 and I still see <<{EPONYM}>> missed.",
        "Switched from <<{DRUG}>> to <<{DRUG}>> after <<{LAB}>>.",
        "Trial data from 2019 support <<{DRUG}>> in <<{EPONYM}>>.",
        "Classic <<{EPONYM}>>: fatigue, weight loss, <<{LAB}>>.",
        "Does <<{DRUG}>> interact with <<{DRUG}>>? Pharmacy says yes.",
        "Our group may switch to <<{DRUG}>> as first line.",
        "Patients with <<{EPONYM}>> do well on <<{DRUG}>> in my experience.",
        "Dose was titrated over 6 weeks; <<{LAB}>> at week 12.",
        "Saw three cases of <<{EPONYM}>> this week, all on <<{DRUG}>>.",
        "Bottom line: check <<{LAB}>> before you start <<{DRUG}>>.",
        "Mark my words, <<{DRUG}>> will be generic within five years.",
        "The will to keep going matters in <<{EPONYM}>> more than any <<{DRUG}>>.",
        "Faith in the guidelines aside, <<{LAB}>> is not at goal.",
        "A dawn phenomenon explains the fasting glucose; <<{DRUG}>> adjusted.",
        "Residents asked about <<{EPONYM}>> on rounds; we reviewed <<{DRUG}>>.",
        "Pediatric <<{EPONYM}>> in a {AGE_YOUNG} is rare but real.",
        "The FDA label for <<{DRUG}>> still lists <<{EPONYM}>> as a caution.",
        "In Oregon and California coverage for <<{DRUG}>> differs.",
        "Thanks all, the consensus on <<{DRUG}>> for <<{EPONYM}>> is helpful.",
    ];

    private static readonly string[] Streets = ["Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Sunset", "Ridge", "Church", "Mill"];
    private static readonly string[] Suffixes = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way"];
    private static readonly string[] Months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

    private string Slot(string name) => name switch
    {
        "FULL" => Id("NAME", $"{Given()} {Surname()}"),
        "GIVEN" => Id("NAME", Given()),
        "LONE" => Id("NAME", Pick(_listedGiven)),
        "SUR" => Id("NAME", Surname()),
        "WORDNAME" => Id("NAME", Pick(WordNames)),
        "INITIAL" => Id("NAME", $"{(char)('A' + _rng.Next(26))}."),
        "DR" => (_rng.Next(3) == 0 ? "Dr " : "Dr. ") + Id("NAME", _rng.Next(4) == 0 ? $"{Given()} {Surname()}" : Surname()),
        "TITLED" => Pick(["Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs "]) + Id("NAME", _rng.Next(4) == 0 ? $"{(char)('A' + _rng.Next(26))}." : Surname()),
        "DATE" => Id("DATE", Date()),
        "AGE90" => Pick(["{0}-year-old", "{0} yo", "{0} y/o", "age {0}", "{0}-year-old woman"]).Replace("{0}", Id("AGE", (90 + _rng.Next(16)).ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal),
        "AGE_YOUNG" => $"{18 + _rng.Next(71)}-year-old",
        "PHONE" => Id("PHONE", Phone()),
        "FAX" => Pick(["fax ", "Fax: ", "fax no. "]) + Id("FAX", Phone()),
        "EMAIL" => Id("EMAIL", $"{Surname().ToLowerInvariant()}{_rng.Next(100)}@{Pick(["gmail.com", "yahoo.com", "clinic-mail.org", "hospital.edu", "outlook.com"])}"),
        "SSN" => Id("SSN", _rng.Next(3) == 0 ? $"{Digits(3)} {Digits(2)} {Digits(4)}" : $"{Digits(3)}-{Digits(2)}-{Digits(4)}"),
        "MRN" => Pick(["MRN ", "MRN: ", "MRN# ", "medical record number ", "chart # "]) + Id("MRN", _rng.Next(3) == 0 ? $"A{Digits(7)}" : Digits(8)),
        "ACCT" => Pick(["acct ", "account # ", "account number ", "member ID "]) + Id("ACCOUNT", Digits(9)),
        "LIC" => Pick(["DEA ", "license # ", "lic no. "]) + Id("LICENSE", $"{(char)('A' + _rng.Next(26))}{(char)('A' + _rng.Next(26))}{Digits(7)}"),
        "NPI" => Pick(["NPI ", "NPI: ", "NPI# "]) + Id("NPI", Digits(10)),
        "SERIAL" => Pick(["serial ", "S/N ", "serial number ", "SN: "]) + Id("SERIAL", $"{Pick(["PJN", "RLB", "XK", "MDT"])}{Digits(6)}"),
        "URL" => Id("URL", Pick(["https://", "http://", "www."]) + $"{Surname().ToLowerInvariant()}-photos.com/case/{Digits(5)}"),
        "IP" => Id("IP", $"{10 + _rng.Next(200)}.{_rng.Next(256)}.{_rng.Next(256)}.{1 + _rng.Next(254)}"),
        "ADDR" => Id("ADDRESS", Address()),
        "COUNTY" => Id("ADDRESS", $"{Pick(_heldSurnames.Take(400).ToArray())} County"),
        "CITYST" => Place(withState: true),
        "CITY_PLACE" => Place(withState: false),
        "ZIP" => Id("ZIP", Pick(_places).Zip),
        "MENTION" => "@" + Id("MENTION", $"{Surname().ToLowerInvariant()}{Pick(["_md", "MD", "", "_do", "42"])}"),
        "DRUG" => Pick(Drugs),
        "EPONYM" => Pick(Eponyms),
        "LAB" => Pick(Labs),
        _ => throw new InvalidOperationException($"Unknown slot {name}"),
    };

    private static string Id(string type, string value) => $"[[{type}:{value}]]";

    // A town named like a state ("Kansas", "Washington") is a city only when a state code follows it.
    private static readonly HashSet<string> StateNames = new(
        ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
         "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
         "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
         "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
         "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"],
        StringComparer.OrdinalIgnoreCase);

    private string Place(bool withState)
    {
        var (city, state, _) = Pick(_places);
        while (!withState && StateNames.Contains(city))
        {
            (city, state, _) = Pick(_places);
        }

        return withState ? $"{Id("CITY", city)}, {state}" : Id("CITY", city);
    }

    private string Address() => _rng.Next(4) == 0
        ? $"{1 + _rng.Next(9999)} {Pick(Streets).ToLowerInvariant()} {Pick(Suffixes).ToLowerInvariant()}"
        : $"{1 + _rng.Next(9999)} {Pick(Streets)} {Pick(Suffixes)}";

    private string Phone()
    {
        // NANP: area codes and exchanges never start with 0 or 1.
        var (a, b, c) = ($"{2 + _rng.Next(8)}{Digits(2)}", $"{2 + _rng.Next(8)}{Digits(2)}", Digits(4));
        return _rng.Next(9) switch
        {
            0 => $"({a}) {b}-{c}",
            1 => $"{a}-{b}-{c}",
            2 => $"{a}.{b}.{c}",
            3 => $"+1 {a} {b} {c}",
            4 => $"{a}-{b}-{c} ext. {Digits(3)}",
            5 => $"1-{a}-{b}-{c}",
            6 => $"{b}-{c}",
            7 => $"+1 ({a}) {b}-{c} x{Digits(2)}",
            _ => $"({a}){b}-{c}",
        };
    }

    private string Date()
    {
        var (month, day, year) = (1 + _rng.Next(12), 1 + _rng.Next(28), 2018 + _rng.Next(9));
        return _rng.Next(10) switch
        {
            0 => $"{month}/{day}/{year}",
            1 => $"{month:D2}/{day:D2}/{year % 100:D2}",
            2 => $"{Pick(Months)} {day}, {year}",
            3 => $"{Pick(ShortMonths)} {day}",
            4 => $"{day} {Pick(Months)} {year}",
            5 => $"{year}-{month:D2}-{day:D2}",
            6 => $"{month}/{day}",
            7 => $"{Pick(Months)} {day}",
            8 => $"{Pick(ShortMonths)}. {day}, {year}",
            _ => $"{day}-{Pick(ShortMonths)}-{year}",
        };
    }
}
