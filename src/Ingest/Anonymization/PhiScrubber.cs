using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Removes HIPAA Safe Harbor identifiers and @mentions from a post before it is stored, replacing
/// each with a typed placeholder ("[NAME]", "[DATE]", "[MRN]" ...). Thread-safe and stateless after
/// construction: register it as a singleton.
/// Every detector runs in time linear in the input (NonBacktracking regexes, single-pass scanners);
/// input over <see cref="MaxInputLength"/> characters is refused with <see cref="ScrubFailedException"/>
/// rather than processed, so one hostile post cannot hold an ingest worker for long.
/// </summary>
public sealed class PhiScrubber
{
    /// <summary>1 MiB of UTF-16 characters, far above any forum post.</summary>
    public const int MaxInputLength = 1 << 20;

    [ThreadStatic]
    private static List<Detection>? _threadCandidates;

    private readonly NameLexicon _lexicon;
    private readonly NameDetector _names;
    private readonly LearnedNameDetector? _learned;

    /// <summary>The rules and the shipped learned name/place detector (decision 058).</summary>
    public PhiScrubber()
        : this(NameTokenModel.Shipped)
    {
    }

    /// <summary>The rules, and the learned detector with <paramref name="model"/> unless it is null (rules only: training, before/after figures).</summary>
    internal PhiScrubber(NameTokenModel? model)
    {
        _lexicon = NameLexicon.Shared;
        _names = new NameDetector(_lexicon);
        _learned = model is null ? null : new LearnedNameDetector(model);
    }

    public ScrubResult Scrub(string text, IReadOnlyCollection<string>? knownHandles = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxInputLength)
        {
            throw new ScrubFailedException($"Post of {text.Length:N0} characters exceeds the scrubber's limit of {MaxInputLength:N0}.");
        }

        var sanitized = SanitizedText.From(text);
        var clean = sanitized.Text;
        var candidates = _threadCandidates ??= new List<Detection>(32); // per thread, as TokenIndex's buffers: read only within this call
        var index = FindByRules(clean, knownHandles, candidates);
        _learned?.Detect(index, candidates);
        FindAroundFound(index, candidates);
        var detections = DetectionResolver.Resolve(candidates, clean.Length);
        return new ScrubResult(Render(clean, detections), ToOriginalSpans(sanitized, detections));
    }

    /// <summary>
    /// The rule detectors' candidates (before overlaps are resolved) and the token index they read; the learned detector and
    /// its trainer see exactly this. The index lives in per-thread buffers: read it before the next call on this thread.
    /// </summary>
    internal TokenIndex FindByRules(string clean, IReadOnlyCollection<string>? knownHandles, List<Detection> candidates)
    {
        var index = TokenIndex.Build(clean);
        candidates.Clear();
        ContactDetector.Detect(index, candidates);
        IdentifierDetector.Detect(index, candidates);
        DateDetector.Detect(index, candidates);
        LocationDetector.Detect(index, _lexicon, candidates);
        _names.Detect(index, candidates);
        SpelledAgeDetector.Detect(index, candidates);
        NameParticles.Detect(index, candidates);
        WardContextNames.Detect(index, _lexicon, candidates);
        TownBeforeStateCode.Detect(index, candidates);
        PlateAndSpacedSsnDetector.Detect(index, candidates);
        if (knownHandles is { Count: > 0 })
        {
            HandleDetector.Detect(clean, knownHandles, candidates);
        }

        return index;
    }

    /// <summary>
    /// Rules that read what the rules and the learned detector found (round 11, decision 082): the rest of a found name, a
    /// postcode after a found town, the town before a postcode abroad (round 18), an age one aside after a name or
    /// a relative (round 19). After both finders, so the detector's words count too; the detector's training sees only
    /// <see cref="FindByRules"/>. Then each later round's rules in turn; the brand, clinical-word and lab-value keeps clear
    /// what rounds 12-14 found, before round 15's rules (decision 119) run. Last, the age set off after every found name, record
    /// numbers named by the word before them, and the unit joined to any age found (round 23, decision 159); places after a locative
    /// phrase and "92yoF" (round 24, decision 163); hospitals by a saint's or a system's word and names after a role noun (round 25, decision 167); a holiday or month after
    /// "every", "each" or "during" kept as a time of year (round 26, decision 171).
    /// </summary>
    private static void FindAroundFound(TokenIndex index, List<Detection> candidates)
    {
        FoundNameExtensions.Detect(index, candidates);
        FoundTownExtensions.Detect(index, candidates);
        SetOffNames.Detect(index, candidates);
        AgesAfterAsides.Detect(index, candidates);
        ForeignPostcodes.Detect(index, candidates);
        TownsBeforeForeignPostcodes.Detect(index, candidates);
        FindByShapeAndLayout(index, candidates);
        FindByNameSlotsAndDigitGroups(index, candidates);
        FindByFacilityHeadsAndBracketedCodes(index, candidates);
        NamedBrands.Keep(index, candidates);
        ClinicalWordsKept.Keep(index, candidates);
        LabValuesKept.Keep(index, candidates);
        FindByRegistrationFormsAndDatesInWords(index, candidates);
        FindByRelativeDatesAndWorkplaces(index, candidates);
        SignOutRooms.Detect(index, candidates); // round 20 (decision 145): reads the names every earlier rule found
        AgeAfterFoundName.Detect(index, candidates); // rounds 11 and 21 as one rule since round 23 (decision 159), after every name
        FacilitiesAroundFoundWords.Detect(index, candidates);
        PlacesAroundFoundNames.Detect(index, candidates); // round 22 (decision 155): a found word's place opener or closer
        var beforeLabelled = candidates.Count;
        LabelledRecordNumbers.Detect(index, candidates); // round 23 (decision 159)
        RecordNumberRuns.JoinLists(index.Text, candidates, beforeLabelled); // round 39 (decision 243): "ids LL-857 and LL-962"
        BookingReferences.Detect(index.Text, candidates); // round 39 (decision 243): "booking ref BJEUPL"
        BirthYears.Detect(index.Text, candidates); // round 42 (decision 263): "proband b. 1951", "born 1930"
        AgesAfterFoundNumbers.Detect(index.Text, candidates); // round 42 (decision 263): "cabin B214, 93, hip fracture"
        FindAgesDaysAndPhonesPooled(index, candidates); // round 43 (decision 274), before the keeps and the age units below
        MacAddressesCardsAndCodedFlights.Detect(index, candidates); // round 44 (decision 277): "MAC 00:1B:44:11:3A:B7", "from HA1326"
        SeatsPlotsAndCarriages.Detect(index.Text, candidates); // round 44 (decision 277): "row 34 seat", "train 570, coach 995,"
        TagsPasscodesAndOutreachNumbers.Detect(index.Text, candidates); // round 45 (decision 287): "triage tag T-0049", "passcode PY3312"
        UnlabelledHandles.Detect(index.Text, candidates); // round 45 (decision 287): "from razorback_mom", "(lilyfern1956 on here)"
        CodesAfterDeviceAndSampleLabels.Detect(index.Text, candidates); // round 46 (decision 298): "workstation MAT-NS207", "embryos E3-114 and E3-115"
        AgenciesByTheirHeadNoun.Detect(index.Text, candidates); // round 46 (decision 296): "Lutheran Social Services", "Valley Ambulance"
        ChairsAndStoresInRunningText.Detect(index.Text, candidates); // round 46 (decision 296): "at chair 7 for 3 years", "(store 6613)"
        RoadsByNumberInMoreSlots.Detect(index.Text, candidates); // round 47 (decision 304): "US-83 just north of", "at SR 99 exit 232", "mile marker 60"
        LodgesAndPostsByNumber.Detect(index.Text, candidates); // round 47 (decision 304): "VFW Post 8870", "Harmony Lodge No. 12"
        FiveSixTrunkPhones.Detect(index.Text, candidates); // round 47 (decision 304): "on 01872 250000", "07700 914122"
        OrcidIdentifiers.Detect(index.Text, candidates); // round 47 (decision 304): "ORCID 0000-0002-7719-4403"
        ClubsAndCountyCourtsByHead.Detect(index.Text, candidates); // round 47 (decision 304): "Cork City FC", "King County ITA Court"
        NumbersAfterAccessAndWorkLabels.Detect(index.Text, candidates); // round 48 (decision 315): "lockbox 418", "grievance 22-914", "USDOT 1180562"
        PedigreeYears.Detect(index.Text, candidates); // round 48 (decision 315): "b.1941 d.2002", "died 1987"
        LawFirmsAndUnionLocals.Detect(index.Text, candidates); // round 48 (decision 315): "Kline, Odum, Ware & Pike LLP", "SEIU Local 512"
        DentalPracticesByHead.Detect(index.Text, candidates); // round 49 (decision 325): "Seabright Family Dental", "Ridgeway Oral & Maxillofacial"
        MilitaryPostOffices.Detect(index.Text, candidates); // round 49 (decision 325): "Unit 4471 Box 18, APO AE 09012"
        CrewNumbersAndSpokenCallSigns.Detect(index.Text, candidates); // round 50 (decision 336): "crew 3-41,", "engine 3390", "call sign Echo 22"
        RanchesDairiesAndFeedlotsByHead.Detect(index.Text, candidates); // round 51 (decision 346): "the Lazy J Ranch", "Circle Bar Cattle Co"
        WorkplacesAndVenuesByHead.Detect(index.Text, candidates); // round 54 (decision 387): "Gannet Point Rescue", "Whitlow Creamery"
        CodesBetweenCapitalGroups.Detect(index.Text, candidates); // round 52 (decision 358): "event B-447-M", "grantee number A-208-N"
        BroadcastStationsByCallSign.Detect(index.Text, candidates); // round 53 (decision 373): "anchor at WKTX 12", "KQRM Channel 5"
        BedsBesideARoomOrPlace.Detect(index, candidates); // round 54 (decision 385): "room 513 bed 2", "bed 3 of Hawthorn House"
        PlacesAfterLocativeCues.Detect(index, candidates); // round 24 (decision 163): "out by Town", "transferred to Town"
        TownsAbroadWithPlaceCues.Detect(index, candidates); // round 29 (decision 192): GeoNames towns abroad after a place cue
        AgeUnitSexShorthand.Detect(index.Text, candidates); // round 24 (decision 163): "92yoF"
        HospitalsBySystemWord.Detect(index, candidates); // round 25 (decision 167): "transferred to St. Ansgar's", "at Methodist"
        NamesAfterRoleNouns.Detect(index, candidates); // round 25 (decision 167): "coach Brannagh", "case worker is Oyelami"
        GivenNamesAfterFoundSurnames.Detect(index, candidates); // round 40 (decision 249): "jockey Lund, Meadow thrown at"
        SurnamesBeforeFoundGivenNames.Detect(index, candidates); // round 52 (decision 360): "Moon, Jack fell off", "PCP: Quiej, Maria"
        WordSurnamesAfterFoundGivenNames.Detect(index, candidates); // round 48 (decision 320): "Joy Bell (PGY1)", "Nadia Captain", "Winona Iron Cloud"
        ParticlesBesideFoundNames.Detect(index, candidates); // round 53 (decision 375): "Dafydd ap [found]", "Nurul Aisyah binti Rahman", "Ghali ag [found]"
        CorrectedNamesBeforeFoundOnes.Detect(index.Text, candidates); // round 54 (decision 385): "Yerlan? no, [found]", "Wiremu... sorry, [found]"
        PlacesNamedByTheirShape.Detect(index, candidates); // round 45 (decision 290): "F/V Mary Ellen", "Little Haiti", "the Aspen wing", "to DEN"
        ChainsAndPayersByName.Detect(index.Text, candidates); // round 49 (decision 327): "the CVS on Route 9", "Humana denied", "flies for Allegiant"
        OddTownNames.Detect(index.Text, candidates); // round 49 (decision 327): "from Monkey's Eyebrow", "the Schlumberger in Truth or Consequences"
        EmployersAfterWorkCues.Detect(index.Text, candidates); // round 49 (decision 327): "employer Transocean", "drives for Swift", "lineman for PG&E"
        StreetsWithoutNumber.Detect(index.Text, candidates); // round 51 (decision 348): "lives on Birch St", "out Hog Hollow Rd"
        ChurchesByDenomination.Detect(index.Text, candidates); // round 51 (decision 348): "church is Bethel AME", "the First Baptist lot"
        CaseCaptionDefendants.Detect(index.Text, candidates); // round 51 (decision 348): "Okafor v. Mercy West, case CV-..."
        OffshorePlatformsByName.Detect(index.Text, candidates); // round 52 (decision 366): "roughneck off the Thunder Horse platform"
        TeamsBeforeGameWords.Detect(index.Text, candidates); // round 52 (decision 366): "hurt at the Cy-Fair game", "the Roanoke tournament"
        SpelledAgeDetector.DetectSetOff(index, candidates); // round 27 (decision 175): "(ninety-seven)", ", ninety-nine,"
        HandlesAfterLabels.Detect(index, candidates); // round 28 (decision 180): "username jo.marsh.rn", "u/night_float_doc"
        LoginsByTheirShape.Detect(index.Text, candidates); // round 53 (decision 380): "opened by tnakamura4", "DM me here (nocturnist55)"
        NumberedRoadsAlone.Detect(index, candidates); // round 29 (decision 187): "on Route 9", "under I-10", "mile marker 212"
        ListAndQuoteWordsKept.Keep(index, candidates); // round 40 (decision 253): 'a "Stat" Troponin', "Plan: NPO, IVF"; after every name rule
        RecurringHolidaysKept.Keep(index, candidates); // round 26 (decision 171): "every Christmas", "each July"
        AgeUnits.Extend(index.Text, candidates); // round 23 (decision 159): after every age rule
        // Round 35 (decision 226): "Sunrise of [town]", "[place] of the [place]". Last, so the rules that add a span only where
        // nothing lies yet (a firm's "Hollis Brandt & Kaye" after "Petrosyan of") are not blocked by a joined place.
        PlacesAcrossJoiningWords.Detect(index, candidates);
        // Round 36 (decision 230): "[town] Landing", "Cedar [town]": the rest of a found place's capitalised run. After the
        // joining-word rule, so a joined place's run is read whole.
        PlaceRunsFoundInPart.Detect(index, candidates);
        PossessivePlacesInSlots.Detect(index, candidates); // round 39 (decision 245): "works nights at Kessler's", "transferred to Hollander's"
        FindStreetsSitesAndUnitsByNumber(index.Text, candidates); // round 40 (decision 251), before the town after a found street
        TownsAfterFoundStreets.Detect(index, candidates); // round 39 (decision 245): "12 Larchmere Rd, Regret."
        ListedTownsInPlaceSlots.Detect(index, candidates); // round 42 (decision 265): "in Truth or Consequences", "near Faith"
        ListedTownsBeforeCodesOrCare.Detect(index, candidates); // round 42 (decision 265): "Embarrass MN.", "Nome ED, ..."
        // Round 50 (decision 343): again, once every late rule has found its towns ("v. [town] Regional", "at [town] Prison").
        FacilitiesAroundFoundWords.Detect(index, candidates);
        PostcodesAfterFoundPlaces.Detect(index.Text, candidates); // round 50 (decision 341): "Stellenbosch 7600.", "Tuba City, AZ (49872)"; after every place rule
        NamedClinicalTermsKept.Keep(index, candidates); // round 47 (decision 306): "Tommy John surgery", "Hendra and Nipah"; last, after every finder
        SerologiesNamedForTheirAgentKept.Keep(index, candidates); // round 51 (decision 346): "Strongyloides IgG", "Lyme serologies"; after every finder
        PronounsReadAsNamesKept.Keep(index.Text, candidates); // round 47 (decision 306): "We're told", "I've been"
        MonthDaysCutFromFoundNames.Cut(index.Text, candidates); // round 50 (decision 341): "at Geisinger Jan 7"; last, after every name rule
    }

    /// <summary>
    /// Round 43's rules (decision 274), ages over 89, days and phones pooled over the rotation's misses: "97y", "93 and still
    /// baling hay", "so 94" after a birth date, "ninety-four, COPD"; "the fifth of May", "march fourteenth", "seen the 4th";
    /// "x5521", "[phone], extension 31", "555-0139". Each visits only its anchors (numbers of 90-130, months, digit ordinals,
    /// digit runs) or one case-blind search.
    /// </summary>
    private static void FindAgesDaysAndPhonesPooled(TokenIndex index, List<Detection> candidates)
    {
        AgesOverEightyNineInSlots.Detect(index, candidates);
        AgesAfterIsAndInAgeColumns.Detect(index, candidates); // round 49 (decision 331): "Grandma Salote is 97,", "| Villanueva | 98 |"
        DaysInWordsAndOrdinals.Detect(index, candidates);
        PhoneExtensionsAndLocalNumbers.Detect(index, candidates);
    }

    /// <summary>
    /// Round 40's rules (decision 251), the street, site and unit misses pooled over the rotation: a street line abroad ("Calle Nogal
    /// 48", "Storgata 12"), a numbered street with no house number ("NW 54th St", "Hy-Vee on 41st", "5th and Vine"), a site by its
    /// number ("at Pier 400", "Amazon DFW7") and a soldier's unit ("173rd Airborne"). Each visits only the text's digits or its own
    /// nouns; they read the text alone, so their place in the order matters only for the rules after them.
    /// </summary>
    private static void FindStreetsSitesAndUnitsByNumber(string text, List<Detection> candidates)
    {
        ForeignStreetAddresses.Detect(text, candidates);
        OrdinalStreets.Detect(text, candidates);
        NumberedSites.Detect(text, candidates);
        MilitaryUnits.Detect(text, candidates);
    }

    /// <summary>
    /// Round 12's rules (decision 091): identifiers given away by their shape or by the layout of the line (an address line's town,
    /// a room list, a chart header, a record number), and the neighbours of found names. After both finders, as round 11's rules.
    /// </summary>
    private static void FindByShapeAndLayout(TokenIndex index, List<Detection> candidates)
    {
        AddressTowns.Detect(index, candidates);
        RoomNumbers.Detect(index, candidates);
        RoomColumnsOfPastedTables.Detect(index.Text, candidates); // round 53 (decision 380): "| Bed | Name |" then "| 4A | Lindqvist |"
        RecordShapes.Detect(index, candidates);
        CaseHeaderNames.Detect(index, candidates);
        FoundNameNeighbours.Detect(index, candidates);
        SetOffAges.Detect(index, candidates);
        BareMonthDay.Detect(index, candidates);
        QuotedNicknames.Detect(index, candidates);
    }

    /// <summary>
    /// Round 13's rules (decision 100): names by the slot they stand in (a registration "SURNAME, Given", an initial, a bracketed
    /// nickname, a kin noun, an age shape, a repeat of a found name), foreign phones by their digit groups, and a day by its ordinal.
    /// </summary>
    private static void FindByNameSlotsAndDigitGroups(TokenIndex index, List<Detection> candidates)
    {
        CapitalSurnameNames.Detect(index, candidates);
        InitialledNames.Detect(index, candidates);
        NameSlots.Detect(index, candidates);
        LowerCaseNamePairs.Detect(index, candidates);
        LowerCaseNamesBesideCues.Detect(index, candidates); // round 38 (decision 238): "saw mrs oyelaran", "her husband farid refuses"
        LowerCaseNamesBeforePersonClauses.Detect(index, candidates); // round 41 (decision 258): "omg mzia javakhishvili is back", "tõnu saar, 51,"
        WordNamePairsBeforePersonClauses.Detect(index, candidates); // round 43 (decision 273): "Honey Baker, 88,", "Summer Rain refuses"
        LowerCaseNamePairsSetOff.Detect(index, candidates); // round 46 (decision 298): "Sitka, deng kuol, 44M", "found summer vaughan behind"
        NamesAfterCallerIntroductions.Detect(index, candidates); // round 50 (decision 338): "hi dr its kaimana from", "hi this is Siphokazi with"
        InitialsBesideFoundNames.Detect(index.Text, candidates); // round 47 (decision 310): "Kalani K. in bed 3", "for C. Yellow Hawk", "K.X., 44,"
        ChatSpeakerNames.Detect(index.Text, candidates); // round 20 (decision 145), before the repeats of found names
        RepeatedNames.Detect(index, candidates);
        WornNumbersBesideNames.Detect(index.Text, candidates); // round 33 (decision 212): "#17" beside a name found so far
        IdsInParenthesesAfterNames.Detect(index.Text, candidates); // round 39 (decision 243): "donor Tomas Ek (BE5298)"
        FacilityBeforeTown.Detect(index, candidates);
        RecordNumberRuns.Detect(index.Text, candidates);
        ForeignPhoneShapes.Detect(index.Text, candidates);
        OrdinalDays.Detect(index.Text, candidates);
    }

    /// <summary>
    /// Round 14's rules (decision 111): a facility by its head noun in a place slot ("at Tri-County Memorial"), and a phone by its
    /// bracketed trunk code ("(02) 8812-4471", "+49 (0)170 0547603").
    /// </summary>
    private static void FindByFacilityHeadsAndBracketedCodes(TokenIndex index, List<Detection> candidates)
    {
        NamedFacilities.Detect(index, candidates);
        BracketedAreaCodePhones.Detect(index.Text, candidates);
    }

    /// <summary>
    /// Round 15's rules (decision 119): names as a form prints them (a registration "SURNAME, GIVEN" in capitals, a "NAME:" field),
    /// numbers after the word that says what they identify, beds by a ward's shapes and a pasted list's rows, dates in words and
    /// the words around a found date, and an age over 89 in brackets after a name (last: it reads the names found before it).
    /// </summary>
    private static void FindByRegistrationFormsAndDatesInWords(TokenIndex index, List<Detection> candidates)
    {
        CapitalRegistrationPairs.Detect(index, candidates);
        CapitalRegistrationPairsInRunningText.Detect(index, candidates); // round 52 (decision 368): "for MBEKI, SAINT (", "crew member SIXKILLER, REDBIRD,"
        LabelledNameFields.Detect(index, candidates);
        CuedRecordNumbers.Detect(index, candidates);
        WardBedShapes.Detect(index, candidates);
        DatePhrases.Detect(index, candidates);
        PlacesAroundFoundTowns.Detect(index, candidates);
        ParenthesisedAges.Detect(index.Text, candidates);
    }

    /// <summary>
    /// Round 16's rules (decision 124; its main lever was the learned detector's training data): a date told relative to another
    /// ("three weeks after Easter 2025", "the Tuesday after Easter") goes whole, holidays of more traditions are dates, and a
    /// workplace or school in a place slot is a place ("at the Perdue plant in Salisbury", "from Lincoln Elementary"). Last, so the
    /// dates and towns every earlier rule found are there to widen and to lean on.
    /// </summary>
    private static void FindByRelativeDatesAndWorkplaces(TokenIndex index, List<Detection> candidates)
    {
        RelativeDateSpans.Detect(index, candidates);
        WorkplacesInPlaceSlots.Detect(index, candidates);
    }

    // One allocation, the result: its length is known before a character is copied, so no builder buffer is grown and copied
    // again (the builder's chunk was about half of what a post allocated, decision 152).
    private static string Render(string clean, List<Detection> detections)
    {
        if (detections.Count == 0)
        {
            return clean;
        }

        var length = clean.Length;
        foreach (var detection in detections)
        {
            length += PhiPlaceholder.For(detection.Type).Length - detection.Length;
        }

        return string.Create(length, (clean, detections), static (chars, state) =>
        {
            var (text, found) = state;
            var position = 0;
            var written = 0;
            foreach (var detection in found)
            {
                text.AsSpan(position, detection.Start - position).CopyTo(chars[written..]);
                written += detection.Start - position;
                var placeholder = PhiPlaceholder.For(detection.Type);
                placeholder.CopyTo(chars[written..]);
                written += placeholder.Length;
                position = detection.End;
            }

            text.AsSpan(position).CopyTo(chars[written..]);
        });
    }

    private static PhiSpan[] ToOriginalSpans(SanitizedText sanitized, List<Detection> detections)
    {
        var spans = new PhiSpan[detections.Count];
        for (var i = 0; i < detections.Count; i++)
        {
            var (start, end) = sanitized.ToOriginal(detections[i].Start, detections[i].End);
            spans[i] = new PhiSpan(start, end, detections[i].Type);
        }

        return spans;
    }
}
