"""Round 23's templates (decision 157): each takes a seeded Random and returns one post's markup."""
import draw
import pools


def term(rng, setting):
    return f"<<{rng.choice(pools.TERMS[setting])}>>"


def drug(rng):
    return f"<<{rng.choice(pools.DRUGS)}>>"


def ems_scene(r):
    return (f"Medic {draw.record_id(r, 'unit')} ran a rollover on {draw.place(r, 'HIGHWAYS')} near mile marker "
            f"[[LOCATION:{r.randint(3, 300)}]], driver {draw.full_name(r)}, {r.randint(18, 70)}, {term(r, 'trauma')}. "
            f"incident {draw.record_id(r, 'incident')}. gave {drug(r)} en route.")


def ems_handoff(r):
    return (f"handoff from {draw.first_name(r)} on unit {draw.record_id(r, 'unit')}: pt {draw.old_age(r)}, from "
            f"{draw.place(r, 'FACILITIES')}, room [[LOCATION:{r.randint(100, 450)}]], found down, {term(r, 'trauma')}. "
            f"run # {draw.record_id(r, 'run')}. daughter {draw.first_name(r)} on the way.")


def ems_storm(r):
    return (f"after the flood in {draw.place(r, 'WORD_TOWNS')} we got {r.randint(3, 12)} pts at once. one was "
            f"{draw.full_name(r)}, found on {draw.place(r, 'STREETS')}, {term(r, 'trauma')}. EMS badge "
            f"{draw.record_id(r, 'badge')} did the extrication.")


def school_nurse(r):
    return (f"school nurse at {draw.place(r, 'SCHOOLS')} called about {draw.full_name(r)}, {r.randint(5, 17)}, "
            f"{term(r, 'peds')}. coach {draw.first_name(r)} of the {draw.place(r, 'TEAMS')} wants clearance by "
            f"{draw.date(r)}.")


def camp(r):
    return (f"{draw.place(r, 'CAMPS')} week {r.randint(1, 6)}: counselor {draw.full_name(r)} brought a camper "
            f"({draw.first_name(r)}, {r.randint(7, 15)}) with {term(r, 'peds')}. parents reachable at {draw.phone(r)}.")


def ihs_clinic(r):
    return (f"IHS clinic note: {draw.full_name(r)} from {draw.place(r, 'CHAPTERS')} chapter, {r.randint(20, 80)}, "
            f"{term(r, 'rural')}. PRC referral {draw.record_id(r, 'record')} denied again. her grandson "
            f"{draw.first_name(r)} drives her.")


def rural_town(r):
    return (f"pt lives out by {draw.place(r, 'WORD_TOWNS')} in {draw.place(r, 'COUNTIES')}, no street address. "
            f"{draw.full_name(r)}, {r.randint(30, 85)}, {term(r, 'rural')}, on {drug(r)}.")


def mission(r):
    street, town = r.choice(pools.ABROAD)
    return (f"with {draw.place(r, 'NGOS')} at a clinic on [[LOCATION:{street}]] in [[LOCATION:{town}]]: "
            f"{draw.full_name(r)}, {r.randint(2, 70)}, {term(r, 'global')}. our coordinator's WhatsApp is {draw.phone(r)}.")


def visa(r):
    return (f"visa letter for Dr {draw.full_name(r)} to join our team: passport {draw.record_id(r, 'passport')}, "
            f"visa application {draw.record_id(r, 'visa')}, arriving {draw.date(r)}. she ran the {term(r, 'global')} ward.")


def telehealth(r):
    return (f"video visit on {r.choice(pools.PLATFORMS)} with user {draw.handle(r)}, who was in {draw.place(r, 'WORD_TOWNS')} "
            f"(two time zones off). {term(r, 'tele')}. my licence there is {draw.record_id(r, 'licence')}. link {draw.url(r)}.")


def tele_email(r):
    return (f"pt {draw.full_name(r)} keeps emailing me at home from {draw.email(r)} about {term(r, 'tele')}. "
            f"she moved across the state line on {draw.date(r)}.")


def coroner(r):
    return (f"coroner's case {draw.record_id(r, 'coroner')}: decedent {draw.full_name(r)}, {r.randint(20, 89)}, found "
            f"near {draw.place(r, 'STREETS')} in {draw.place(r, 'WORD_TOWNS')}. cause {term(r, 'forensic')}.")


def court(r):
    return (f"deposition in {draw.full_name(r)} v. {draw.place(r, 'FACILITIES')}, case {draw.record_id(r, 'court')}, "
            f"on {draw.date(r)}. the question is a missed {term(r, 'forensic')}.")


def transplant(r):
    return (f"donor {draw.record_id(r, 'donor')} from {draw.place(r, 'COUNTIES')}; recipient {draw.full_name(r)} listed "
            f"{draw.date(r)} at {draw.place(r, 'CENTRES')}. now {term(r, 'transplant')} on {drug(r)}.")


def tattoo(r):
    return (f"unknown pt, tattoo on the forearm: \"{draw.first_name(r)} {draw.date(r)}\" and a unit crest "
            f"\"{draw.record_id(r, 'unit')}\". {term(r, 'trauma')}. family found through the tattoo shop on "
            f"{draw.place(r, 'STREETS')}.")


def case_relative(r):
    return (f"{r.randint(30, 88)}{r.choice('MF')}, {draw.full_name(r)}, works at {draw.place(r, 'FACILITIES')}, "
            f"{term(r, 'case')}. wife {draw.first_name(r)} says it started {draw.date(r)}. started {drug(r)}.")


def case_old(r):
    return (f"new pt today, {draw.full_name(r)}, {draw.old_age(r)}, from {draw.place(r, 'WORD_TOWNS')}, "
            f"{term(r, 'case')}. son {draw.first_name(r)} asks about {drug(r)}.")


def case_claim(r):
    return (f"workers comp claim {draw.record_id(r, 'claim')} with {draw.place(r, 'INSURERS')}: {draw.full_name(r)}, "
            f"{term(r, 'case')}. adjuster {draw.first_name(r)} calls me at {draw.phone(r)}.")


def case_ehr(r):
    return (f"pasted from the chart:\\nName: {draw.full_name(r)}\\nMRN: {draw.record_id(r, 'record')}\\n"
            f"DOB: {draw.date(r)}\\nDx: {term(r, 'case')}\\nPlan: {drug(r)}")


def case_texting(r):
    return (f"ur pt {draw.first_name(r)} in rm [[LOCATION:{r.randint(2, 40)}]] is back w {term(r, 'case')}, "
            f"wife {draw.first_name(r)} wants u to call, she's from {draw.place(r, 'WORD_TOWNS')}.")


def case_school(r):
    return (f"{r.randint(8, 17)}F, {draw.full_name(r)}, {r.choice(['7th', '9th', '11th'])} grade at "
            f"{draw.place(r, 'SCHOOLS')}, {term(r, 'peds')}. mom {draw.first_name(r)} took her to "
            f"{draw.place(r, 'FACILITIES')} first.")


IDENTIFIER_TEMPLATES = [ems_scene, ems_handoff, ems_storm, school_nurse, camp, ihs_clinic, rural_town, mission, visa,
                        telehealth, tele_email, coroner, court, transplant, tattoo, case_relative, case_old,
                        case_claim, case_ehr, case_texting, case_school]
