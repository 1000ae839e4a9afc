"""Round 28's identifier templates (decision 178): each returns one post's markup; generate.py uses each at most 4
times. Sixteen sit in the brief's new settings, eight are ordinary case posts."""
import pools
from people import Person, relative_name, digits, date, phone, old_age, record_number


def name_words(name, joiner=" "):
    """One NAME span per word of a name (decision 161), joined as the post writes them."""
    return joiner.join(f"[[NAME:{word}]]" for word in name.split())


def me_case(rng):
    p = Person(rng)
    return (f"ME case [[ID:{digits(rng, 2)}-{digits(rng, 4)}]], decedent {p.comma()}, found by {p.his} {p.sibling} "
            f"at a trailer off [[LOCATION:{rng.choice(['County Road 14', 'Old Mill Rd', 'Goat Hill Lane'])}]] in "
            f"[[LOCATION:{rng.choice(pools.TOWNS)}]] on [[DATE:{date(rng)}]]. autopsy showed <<coronary artery disease>> "
            f"and a fentanyl level of 14. anyone call these natural with that level? investigator was [[NAME:{relative_name(rng, p, 'brother')}]], [[PHONE:{phone(rng)}]]")


def autopsy_header(rng):
    p = Person(rng)
    return (f"pasting the header so you see what I mean:\nAUTOPSY NO. [[ID:A{digits(rng, 2)}-{digits(rng, 3)}]]  "
            f"NAME: {name_words(p.surname.upper())}, {name_words(p.given.upper())}  DOB: [[DATE:{date(rng)}]]\n"
            f"pathologist wrote <<subarachnoid hemorrhage>> as cause, manner pending. family keeps calling "
            f"[[PHONE:{phone(rng)}]] for the report and I can't release it yet. {p.he} was {old_age(rng)}, lived on [[LOCATION:{rng.choice(['Birch St', 'Route 9', 'Quarry Road'])}]].")


def cdl_physical(rng):
    p = Person(rng)
    return (f"DOT physical today, {p.full()}, drives for [[LOCATION:{rng.choice(['Swift', 'Werner', 'J.B. Hunt', 'Schneider'])}]], CDL "
            f"[[ID:{rng.choice(['', 'D', 'S'])}{digits(rng, 8)}]]. BP 168/102, <<obstructive sleep apnea>> never treated, "
            f"{p.he} says {p.his} {p.spouse} makes {p.him} sleep on the couch. one year card or 3 months? exam done [[DATE:{date(rng)}]] at the clinic in [[LOCATION:{rng.choice(pools.TOWNS)}]].")


def rail_crew(rng):
    p = Person(rng)
    return (f"conductor on the [[LOCATION:{rng.choice(['BNSF', 'Union Pacific', 'CSX'])}]] yard in "
            f"[[LOCATION:{rng.choice(pools.TOWNS)}]], {name_words(p.given.lower())} {name_words(p.surname.lower())} (employee "
            f"#[[ID:{digits(rng, 6)}]]), had a <<syncope>> episode on the platform [[DATE:{date(rng)}]]. "
            f"{p.his} supervisor wants a fitness note by friday, fax to [[PHONE:{phone(rng)}]] attn [[NAME:{relative_name(rng, p, 'sister')}]]")


def pilot_medical(rng):
    p = Person(rng)
    return (f"AME question. {p.initials()}, first officer at [[LOCATION:{rng.choice(['SkyWest', 'Alaska Airlines', 'Frontier'])}]], "
            f"MID [[ID:{digits(rng, 7)}]], started sertraline for <<depression>> after {p.his} {p.child} died. "
            f"FAA wants HIMS. {p.he} can be reached at [[PHONE:{phone(rng)}]] if any AME near "
            f"[[LOCATION:{rng.choice(pools.TOWNS)}]] takes these. FAA case [[ID:{digits(rng, 8)}]], deferred [[DATE:{date(rng)}]].")


def farm_injury(rng):
    p = Person(rng)
    return (f"[[NAME:{p.given}]] from [[LOCATION:{rng.choice(pools.FARMS)}]] came in with a <<degloving injury>> from a PTO shaft, "
            f"tractor serial [[ID:{rng.choice(['JD', 'KB', 'NH'])}{digits(rng, 6)}]]. {p.his} {p.spouse} "
            f"[[NAME:{relative_name(rng, p, p.spouse)}]] drove {p.him} 40 miles from [[LOCATION:{rng.choice(pools.COUNTIES)}]] on [[DATE:{date(rng)}]]. workers comp claim [[ID:WC-{digits(rng, 7)}]].")


def feedlot(rng):
    p = Person(rng)
    return (f"feedlot worker at [[LOCATION:{rng.choice(pools.FARMS)}]], {p.comma()}, DOB [[DATE:{date(rng)}]], "
            f"<<brucellosis>> titers back positive. co-op member # [[ID:{digits(rng, 5)}-{rng.choice('ABC')}]]. "
            f"public health in [[LOCATION:{rng.choice(pools.TOWNS)}]] wants the herd list, reach me at [[EMAIL:ruraldoc{digits(rng, 2)}@outlook.com]]")


def festival(rng):
    p = Person(rng)
    return (f"medical tent at [[LOCATION:{rng.choice(pools.VENUES)}]] last night: bib [[ID:{digits(rng, 4)}]], "
            f"{p.full()}, <<exertional heat stroke>>, core temp 41.8. ice tub, transported to "
            f"[[LOCATION:{rng.choice(['Swedish', 'Poudre Valley', 'Banner'])}]]. {p.his} {p.sibling} only had "
            f"{p.his} ticket no. [[ID:{digits(rng, 3)}-{digits(rng, 6)}]] to identify {p.him}.")


def stadium(rng):
    p = Person(rng)
    return (f"section [[ID:{rng.randint(100, 340)}]] row J, fan named [[NAME:{p.given}]] collapsed at [[LOCATION:{rng.choice(pools.VENUES)}]] "
            f"on [[DATE:{date(rng)}]]. <<ventricular fibrillation>>, one shock, ROSC in 4 min. usher "
            f"[[NAME:{relative_name(rng, p, 'sister')}]] ran the AED. call me [[PHONE:{phone(rng)}]] if you want the strip. posted the video on twitter as [[ID:@{rng.choice(['ems_', 'medic', 'doc'])}{digits(rng, 3)}]]")


def offshore(rng):
    p = Person(rng)
    return (f"medevac off the [[LOCATION:{rng.choice(pools.SHIPS)}]], crew id [[ID:{rng.choice(['OS', 'CR'])}-{digits(rng, 5)}]], "
            f"{p.full()}, {p.culture} deckhand, <<decompression sickness>> after a dive. helo to "
            f"[[LOCATION:{rng.choice(pools.PORTS)}]], chamber there. TWIC [[ID:{digits(rng, 10)}]].")


def ihs_clinic(rng):
    p = Person(rng)
    return (f"pt at [[LOCATION:{rng.choice(pools.CLINICS)}]], {p.full()}, tribal enrollment [[ID:{digits(rng, 3)}-{digits(rng, 6)}]], "
            f"lives out past [[LOCATION:{rng.choice(['Many Farms', 'Rough Rock', 'Lukachukai', 'Pinon'])}]] with no running water. "
            f"<<type 2 diabetes>> with A1c 12, {p.his} {p.child} [[NAME:{relative_name(rng, p, p.child)}]] brings {p.him} in from [[LOCATION:{rng.choice(pools.TOWNS)}]] every [[DATE:{rng.choice(['Tuesday the 3rd', 'Nov 14', '10/02'])}]]-ish visit, chart [[ID:{record_number(rng)}]]")


def mission(rng):
    p = Person(rng)
    return (f"back from the clinic in [[LOCATION:{rng.choice(['Jacmel', 'Gonaives', 'Kumasi', 'Tamale', 'Jinotega'])}]]. "
            f"volunteer nurse {p.full()}, passport [[ID:{rng.choice('ACEKX')}{digits(rng, 8)}]], has <<dengue fever>>; "
            f"NGO coordinator is [[EMAIL:{p.given.lower()}.{p.surname.lower().replace(' ', '')}@helpinghandsintl.org]], field line [[PHONE:{phone(rng)}]], flew out [[DATE:{date(rng)}]]")


def surrogacy(rng):
    p = Person(rng)
    while p.sex != "f":
        p = Person(rng)
    return (f"surrogate through [[LOCATION:{rng.choice(['Circle Surrogacy', 'Growing Generations', 'Bright Futures Agency'])}]], "
            f"case #[[ID:GS-{digits(rng, 5)}]], [[NAME:{p.given}]] at 31 wks with <<preeclampsia>>. "
            f"intended parents flying in from [[LOCATION:{rng.choice(['Madrid', 'Tel Aviv', 'Shanghai'])}]] on [[DATE:{date(rng)}]]. agency nurse [[NAME:{relative_name(rng, p, 'sister')}]] is at [[PHONE:{phone(rng)}]]")


def shelter(rng):
    p = Person(rng)
    while p.sex != "f":
        p = Person(rng)
    return (f"DV shelter client, [[NAME:{p.given}]], protective order [[ID:{digits(rng, 2)}-PO-{digits(rng, 4)}]]. the shelter is on "
            f"[[LOCATION:{rng.choice(['Juniper St', 'Cottonwood Ave', 'Elm'])}]], do NOT put it in the chart. "
            f"<<orbital fracture>> and strangulation marks, his name is [[NAME:{rng.choice(['Dale', 'Travis', 'Cody'])}]] [[NAME:{rng.choice(['Pickett', 'Stroud', 'Lamb'])}]] and he drives a truck for [[LOCATION:{rng.choice(['Swift', 'Werner', 'J.B. Hunt', 'Schneider'])}]]")


def school_nurse(rng):
    p = Person(rng)
    return (f"school nurse at [[LOCATION:{rng.choice(['Ridgeview Middle', 'Sacred Heart Academy', 'Kayenta Middle', 'Lincoln Junior High'])}]] here. student id [[ID:{digits(rng, 6)}]], "
            f"[[NAME:{p.given}]] [[NAME:{p.surname[0]}.]] in 7th grade, <<anaphylaxis>> after a cafeteria cookie, epi given. mom's cell "
            f"[[PHONE:{phone(rng)}]] went to voicemail, dad is [[NAME:{relative_name(rng, p, 'brother')}]] at [[LOCATION:{rng.choice(['Cargill', 'Pilgrim', 'Home Depot'])}]]")


def dorm(rng):
    p = Person(rng)
    return (f"student health, {p.full()}, lives in [[LOCATION:{rng.choice(['Hughes Hall', 'Wardenburg', 'Cheever'])}]] room "
            f"[[ID:{rng.randint(200, 499)}]], plays on the rugby team. <<meningococcal meningitis>> confirmed, roommate "
            f"is [[NAME:{relative_name(rng, p, 'brother' if p.sex == 'm' else 'sister')}]]. prophylaxis for the floor? coach [[NAME:{rng.choice(['Brett', 'Colleen', 'Marcus'])}]] [[NAME:{rng.choice(['Haugen', 'Ruiz', 'Fenwick'])}]] has the roster")


def compounding(rng):
    return (f"recall notice from [[LOCATION:{rng.choice(pools.PHARMACIES)}]] for lot [[ID:{digits(rng, 6)}@{digits(rng, 2)}]] "
            f"of methylprednisolone acetate, two of my pts got <<fungal meningitis>>. the rep, "
            f"[[NAME:{rng.choice(['Trent', 'Brandi', 'Kyle'])}]], said call [[PHONE:{phone(rng)}]]. batch "
            f"[[ID:B{digits(rng, 5)}]] too. pts dosed [[DATE:{date(rng)}]] and [[DATE:{date(rng)}]].")


def dicom(rng):
    p = Person(rng)
    return (f"the file I got was named {name_words(p.surname.upper(), '_')}_{name_words(p.given.upper(), '_')}_CTHEAD_[[DATE:{date(rng).replace('/', '')}]].dcm "
            f"lol. header: PatientName={name_words(p.surname)}^{name_words(p.given)} Accession=[[ID:{digits(rng, 9)}]] "
            f"InstitutionName=[[LOCATION:{rng.choice(['Mercy Regional', 'St. Vincent', 'Valley View'])}]]. findings: <<epidural hematoma>>. StudyDate=[[DATE:{date(rng)}]] ReferringPhysician=[[NAME:{Person(rng).surname.split()[-1]}]]")


def case_old(rng):
    p = Person(rng)
    return (f"{old_age(rng)} with <<aortic stenosis>> from [[LOCATION:{rng.choice(pools.TOWNS)}]], {p.his} "
            f"{p.child} [[NAME:{relative_name(rng, p, p.child)}]] wants TAVR. I say no. {p.his} cardiologist at [[LOCATION:{rng.choice(['Centura', 'Sanford', 'Avera'])}]] says yes. thoughts? {p.he} came in [[DATE:{date(rng)}]]")


def case_text(rng):
    p = Person(rng)
    return (f"quick q, pt [[NAME:{p.given.lower()}]] seen [[DATE:{date(rng)}]], MRN [[ID:{record_number(rng)}]]: "
            f"<<cellulitis>> not budging on cephalexin, {p.he} lives in [[LOCATION:{rng.choice(pools.TOWNS)}]] "
            f"and works at [[LOCATION:{rng.choice(['Walmart', 'Tyson', 'Cargill', 'Dollar General'])}]]. add doxy? {p.his} cell is [[PHONE:{phone(rng)}]]")


def case_list(rng):
    p = Person(rng)
    return (f"sign out:\n1. {p.comma()}, bed [[ID:{rng.randint(1, 40)}]], <<pulmonary embolism>> on heparin\n"
            f"2. [[NAME:{relative_name(rng, p, 'sister')}]], <<hyponatremia>> 118, slow correction\n"
            f"3. {Person(rng).initials()}, [[AGE:{rng.randint(90, 99)}]]yo, bed [[ID:{rng.randint(41, 60)}]], <<urosepsis>>\n"
            f"pager [[PHONE:{digits(rng, 3)}-{digits(rng, 4)}]]")


def case_sarcasm(rng):
    p = Person(rng)
    return (f"oh great, {p.full()} is back. third <<DKA>> this month. {p.he} told the triage nurse {p.his} insulin "
            f"was \"at {p.his} {p.sibling} [[NAME:{relative_name(rng, p, p.sibling)}]]'s\" in [[LOCATION:{rng.choice(pools.TOWNS)}]]. sure. MRN [[ID:{record_number(rng)}]] if anyone wants to read the saga")


def case_question(rng):
    p = Person(rng)
    return (f"Does anyone know a rheum near [[LOCATION:{rng.choice(pools.TOWNS)}]]? [[NAME:{p.given}]], 34, "
            f"<<lupus nephritis>>, insurance member ID [[ID:{rng.choice(['XJH', 'W', 'ZGP'])}{digits(rng, 9)}]], "
            f"waited since [[DATE:{date(rng)}]] for a referral. {p.his} {p.spouse} [[NAME:{relative_name(rng, p, p.spouse)}]] is calling daily from [[PHONE:{phone(rng)}]]")


def case_pasted(rng):
    p = Person(rng)
    return (f"from the ED note: \"{name_words(p.surname)}, [[NAME:{p.given[0]}.]] presented via EMS from [[LOCATION:{rng.choice(pools.COUNTIES)}]] "
            f"with <<status epilepticus>>. contact: {p.spouse} [[PHONE:{phone(rng)}]].\" that's all I got. triage [[DATE:{date(rng)}]], acct [[ID:{digits(rng, 10)}]].")


def case_email(rng):
    p = Person(rng)
    kid = relative_name(rng, p, p.child)
    return (f"[[NAME:{p.given}]] emailed me from [[EMAIL:{p.given.lower()[:4]}{digits(rng, 2)}@yahoo.com]] at 2am about "
            f"{p.his} <<atrial fibrillation>>, and copied {p.his} {p.child} [[NAME:{kid}]] at [[EMAIL:{kid.lower()}.{p.surname.lower().replace(' ', '')}@icloud.com]]. how do you all set boundaries")


IDENTIFIER_TEMPLATES = [me_case, autopsy_header, cdl_physical, rail_crew, pilot_medical, farm_injury, feedlot,
                        festival, stadium, offshore, ihs_clinic, mission, surrogacy, shelter, school_nurse, dorm,
                        compounding, dicom, case_old, case_text, case_list, case_sarcasm, case_question, case_pasted,
                        case_email]
