# Scrubber CPU by rule from a profile (decision 142): `DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 499 -g
# -o scrub.perf -- dotnet sermo.dll scrub --in IN.jsonl --out OUT.jsonl`, then `perf script -i scrub.perf -F comm,tid,ip,sym > scrub.script`
# and `python3 bench/scrub/rule-split.py scrub.script`: each sample under PhiScrubber.Scrub goes to the outermost rule on its stack.
# Samples of `perf script -F comm,tid,ip,sym` split by the outermost scrubber rule (or stage) on each stack.
import re, sys, collections
rules = set("""AddressTowns AgeAfterFoundName BareMonthDay BracketedAreaCodePhones CapitalRegistrationPairs CapitalSurnameNames
CaseHeaderNames ContactDetector CuedRecordNumbers DateDetector DatePhrases DetectionResolver FacilityBeforeTown ForeignPhoneShapes
ForeignPostcodes FoundNameExtensions FoundNameNeighbours FoundTownExtensions HandleDetector IdentifierDetector InitialledNames
LabelledNameFields LocationDetector LowerCaseNamePairs NameParticles NameSlots NamedFacilities OrdinalDays ParenthesisedAges
PlacesAroundFoundTowns PlateAndSpacedSsnDetector QuotedNicknames RecordNumberRuns RecordShapes RelativeDateSpans RepeatedNames
RoomNumbers SetOffAges SetOffNames SpelledAgeDetector TokenIndex TownBeforeStateCode TownsBeforeForeignPostcodes WardBedShapes
WardContextNames WorkplacesInPlaceSlots LearnedNameDetector NameDetector SanitizedText
SignOutRooms ChatSpeakerNames AgesAfterAsides NamedBrands ClinicalWordsKept LabValuesKept
TagsPasscodesAndOutreachNumbers UnlabelledHandles PlacesNamedByTheirShape""".split())
frame = re.compile(r"Sermo\.Ingest\.Anonymization\.(?:Learned\.)?([A-Za-z]+)(?:\+[A-Za-z<>_]+)?::")
counts = collections.Counter(); total = 0; scrub = 0
stack = []
def flush():
    global total, scrub
    if not stack: return
    total += 1
    if not any("PhiScrubber::Scrub" in f for f in stack): return
    scrub += 1
    owner = "PhiScrubber itself (render, spans, group methods)"
    if any("LinearRegex" in f and ("Build" in f or "ctor" in f) for f in stack):
        counts["regex construction (once a process, on first use)"] += 1; return
    for f in reversed(stack):  # root first
        m = frame.search(f)
        if m and m.group(1) in rules:
            owner = m.group(1); break
    counts[owner] += 1
for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        flush(); stack = []
    elif line[0] not in " \t":
        flush(); stack = []
    else:
        stack.append(line)
flush()
print(f"samples {total}, under PhiScrubber.Scrub {scrub}")
print("| rule or stage (outermost on the stack) | samples | % of the scrubber's |")
print("|---|---:|---:|")
for k, v in counts.most_common():
    print(f"| {k} | {v} | {100*v/scrub:.1f} |")
