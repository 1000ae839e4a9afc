"""Round 26's identifier templates (decision 169): each returns one post's markup. Most tell one patient's story;
the rest are set in the brief's new settings (medical education, public health, VA care, peer review, IRB,
involuntary holds, interpreters, concierge practice, security incidents, organ procurement)."""
import pools
from people import date, digits, email, name, old_age, person, phone, relative


def _place(value):
    """A place as markup; a leading "the" stays outside the span."""
    return f"the [[LOCATION:{value[4:]}]]" if value.startswith("the ") else f"[[LOCATION:{value}]]"


def _c(rng, terms):
    return f"<<{rng.choice(terms)}>>"


def resident_remediation(rng):
    r, pd = person(rng), person(rng)
    return (f"Our PGY-{rng.randint(1, 4)} {name(r, 'full')} failed the in-training exam again (ABIM ID {f'[[ID:{digits(rng, 6)}]]'}) "
            f"and missed a {_c(rng, ['subdural hematoma', 'septic arthritis', 'ruptured spleen'])} on nights. "
            f"PD Dr. {name(pd, 'full')} wants {r['him']} off the rotation at [[LOCATION:{rng.choice(pools.PROGRAMS)}]] by {date(rng)}.")


def match_list(rng):
    a, b = person(rng), person(rng)
    return (f"rank list drama: {name(a, 'comma')} (ERAS [[ID:2026{digits(rng, 7)}]]) and {name(b, 'lower')} both want our one "
            f"{_c(rng, ['pulmonary hypertension', 'sickle cell disease', 'cystic fibrosis'])} research slot. "
            f"[[NAME:{a['given'].split()[0]}]]'s letter came from [[LOCATION:{rng.choice(pools.PROGRAMS)}]]; {b['he']} rotated with us in [[LOCATION:{rng.choice(pools.TOWNS)}]].")


def licence_lapse(rng):
    f = person(rng)
    return (f"Fellow {name(f, 'full')}'s licence [[ID:{rng.choice(['MD', 'DO', 'TL'])}-{digits(rng, 6)}]] expired {date(rng)} and nobody noticed "
            f"until pharmacy rejected {f['his']} {_c(rng, ['chemotherapy', 'tPA', 'heparin drip'])} order. Call the GME office at {phone(rng)}.")


def index_flight(rng):
    p = person(rng)
    return (f"Index case {name(p, 'full')}, {rng.randint(19, 70)}, flew [[ID:{rng.choice(pools.AIRLINES)} {rng.randint(100, 2999)}]] "
            f"seat [[ID:{rng.randint(1, 40)}{rng.choice('ABCDEF')}]] on {date(rng)} while infectious with {_c(rng, ['measles', 'tuberculosis', 'pertussis'])}. "
            f"{p['he'].capitalize()} lives in [[LOCATION:{rng.choice(pools.TOWNS)}]]; contacts are rows around {p['him']}.")


def venue_cluster(rng):
    p, q = person(rng), person(rng)
    return (f"cluster of {_c(rng, ['salmonellosis', 'hepatitis A', 'Legionnaires disease'])} traced to {_place(rng.choice(pools.VENUES))} "
            f"in [[LOCATION:{rng.choice(pools.COUNTIES)}]]. First cases {name(p, 'initial')} and {name(q, 'full')}, "
            f"line list ids [[ID:LL-{digits(rng, 3)}]] and [[ID:LL-{digits(rng, 3)}]].")


def va_claim(rng):
    v = person(rng)
    word, rel = relative(rng, v)
    return (f"Vet {name(v, 'full')}, {rng.choice(pools.UNITS)}, deployed to [[LOCATION:{rng.choice(pools.DEPLOYMENTS)}]], now with "
            f"{_c(rng, ['constrictive bronchiolitis', 'tinnitus', 'PTSD', 'chronic sinusitis'])}. VA claim [[ID:{digits(rng, 8)}]], seen at "
            f"[[LOCATION:{rng.choice(pools.VA_SITES)[4:]}]]. {word.capitalize()} {rel} does {v['his']} paperwork.")


def va_old(rng):
    v = person(rng, "M")
    return (f"{old_age(rng)} Korea-era vet {name(v, 'full')}, service number [[ID:{digits(rng, 8)}]], still drives himself to "
            f"[[LOCATION:{rng.choice(pools.VA_SITES)[4:]}]] for his {_c(rng, ['macular degeneration', 'heart failure', 'hearing loss'])} checks.")


def peer_review(rng):
    s, c = person(rng), person(rng)
    return (f"Peer review case [[ID:PR-{digits(rng, 4)}]]: Dr. {name(s, 'full')} vs the nursing staff over a {_c(rng, ['retained foreign body', 'missed bowel perforation', 'wrong-level spine surgery'])}. "
            f"Chair is Dr. {name(c, 'comma')}. Hearing {date(rng)}.")


def hr_dispute(rng):
    a, b = person(rng), person(rng)
    return (f"HR complaint [[ID:HR-{digits(rng, 5)}]] from {name(a, 'full')} about {name(b, 'full')}, our {_c(rng, ['interventional radiology', 'palliative care', 'neonatology'])} lead. "
            f"Email trail sent from {email(rng, a)}. Both still work nights on {_place(rng.choice(pools.HOLD_UNITS))}.")


def irb_subject(rng):
    c, s = person(rng), person(rng)
    return (f"coordinator {name(c, 'full')} enrolled subject [[ID:{rng.choice('ABKMT')}{digits(rng, 2)}-{digits(rng, 4)}]] ({name(s, 'initial')}) in the "
            f"{_c(rng, ['multiple myeloma', 'Alzheimer disease', 'chronic kidney disease'])} trial under protocol [[ID:IRB-{digits(rng, 5)}]] before consent was signed on {date(rng)}.")


def hold_hearing(rng):
    p, j = person(rng), person(rng)
    return (f"Hold [[ID:{rng.randint(24, 26)}-{digits(rng, 5)}]] on {name(p, 'full')}, {rng.randint(18, 60)}, {_c(rng, ['schizoaffective disorder', 'acute mania', 'catatonia'])}. "
            f"Hearing before Judge {name(j, 'full')}, docket [[ID:MH{digits(rng, 6)}]], on {date(rng)}. {p['he'].capitalize()} is on {_place(rng.choice(pools.HOLD_UNITS))}.")


def interpreter_call(rng):
    p = person(rng)
    word, rel = relative(rng, p)
    return (f"Language line interpreter #[[ID:{digits(rng, 6)}]] for {name(p, 'full')} ({p['culture']}), "
            f"{_c(rng, ['gestational diabetes', 'hepatitis B', 'latent tuberculosis'])}. {word.capitalize()} {rel} wanted to interpret; we said no.")


def concierge_client(rng):
    p, a = person(rng), person(rng)
    return (f"Concierge client {name(p, 'full')} at [[LOCATION:{rng.choice(pools.ESTATES)}]], member of {_place(rng.choice(pools.CLUBS))}, "
            f"{_c(rng, ['atrial flutter', 'cellulitis', 'diverticulitis'])}. Assistant {name(a, 'given')} books everything via {phone(rng)}.")


def security_incident(rng):
    p, o = person(rng), person(rng)
    return (f"Incident [[ID:IR-{digits(rng, 6)}]]: visitor {name(p, 'full')} assaulted officer {name(o, 'full')} (badge [[ID:{digits(rng, 4)}]]) outside the "
            f"{_c(rng, ['stroke', 'burn', 'trauma'])} unit. Police report [[ID:{rng.randint(24, 26)}-{digits(rng, 6)}]].")


def opo_call(rng):
    d, o = person(rng), person(rng)
    word, rel = relative(rng, d)
    return (f"OPO coordinator {name(o, 'given')} on {phone(rng)} about donor {name(d, 'full')} ([[ID:{rng.choice('ABCD')}{rng.choice('EFGH')}{digits(rng, 4)}]]), "
            f"{_c(rng, ['anoxic brain injury', 'brain death', 'traumatic brain injury'])} after a crash on {_place(rng.choice(pools.HIGHWAYS))}. {word.capitalize()} {rel} consented.")


def case_story(rng):
    p = person(rng)
    word, rel = relative(rng, p)
    return (f"{name(p, 'full')}, {rng.randint(20, 85)}, from [[LOCATION:{rng.choice(pools.TOWNS)}]], with {_c(rng, ['pyelonephritis', 'cholangitis', 'endocarditis', 'osteomyelitis'])}. "
            f"{p['he'].capitalize()} works at {_place(rng.choice(['Tyson', 'Dollar General', 'the Piggly Wiggly', 'Sutter Mill']))}; {word} {rel} brought {p['him']} in.")


def case_old(rng):
    p = person(rng)
    word, rel = relative(rng, p)
    return (f"{old_age(rng)} {name(p, 'full')} up in [[LOCATION:{rng.choice(pools.TOWNS)}]] with {_c(rng, ['hip fracture', 'delirium', 'pneumonia'])}, "
            f"admitted {date(rng)}. {word.capitalize()} {rel} lives on [[LOCATION:{rng.choice(pools.STREETS)}]].")


def case_traveller(rng):
    p = person(rng)
    return (f"Pt {name(p, 'caps')} back from [[LOCATION:{rng.choice(pools.ABROAD)}]] with {_c(rng, ['malaria', 'typhoid fever', 'chikungunya'])}. "
            f"Reach {p['him']} at {phone(rng)} or {email(rng, p)}.")


def case_highway(rng):
    p = person(rng)
    return (f"truck driver {name(p, 'lower')} stopped at [[LOCATION:{rng.choice(pools.EXITS)}]] on {_place(rng.choice(pools.HIGHWAYS))} with "
            f"{_c(rng, ['crushing chest pain', 'renal colic', 'a saddle embolus'])}. Dispatch in [[LOCATION:{rng.choice(pools.TOWNS)}]] called us.")


def case_ehr(rng):
    p, a = person(rng), person(rng)
    return (f"Patient: {name(p, 'caps')}\nMRN: [[ID:{digits(rng, 8)}]]\nDOB: {date(rng, rng.randint(1932, 2004))}\nDx: {_c(rng, ['acute pancreatitis', 'COPD exacerbation', 'upper GI bleed'])}\n"
            f"Attending: {name(a, 'comma')}")


def case_child(rng):
    k = person(rng)
    mom = person(rng, "F", k["culture"])
    return (f"{rng.randint(2, 15)}yo {name(k, 'given')} with {_c(rng, ['Henoch-Schönlein purpura', 'asthma exacerbation', 'type 1 diabetes'])}; mom {name(mom, 'full')} "
            f"says the school nurse at [[LOCATION:{rng.choice(pools.TOWNS)} Elementary]] called {date(rng)}. Room [[ID:{rng.randint(200, 699)}]].")


def case_handle(rng):
    p = person(rng)
    return (f"pt {name(p, 'given')} posted about {p['his']} {_c(rng, ['psoriasis', 'hidradenitis suppurativa', 'rosacea'])} as "
            f"[[ID:@{p['given'].split()[0].lower()}_{digits(rng, 3)}]] and tagged our clinic in [[LOCATION:{rng.choice(pools.TOWNS)}]]. "
            f"Fundraiser: [[URL:https://gofund.me/{digits(rng, 8)}]]")


FARM_TERMS = ["farmer's lung", "brucellosis", "Q fever"]


def case_county(rng):
    p = person(rng)
    return (f"Farm wife {name(p, 'full') if p['sex'] == 'F' else name(person(rng, 'F', p['culture']), 'full')} out in [[LOCATION:{rng.choice(pools.COUNTIES)}]] "
            f"with {_c(rng, FARM_TERMS)}, found {date(rng)}.")


def case_contact(rng):
    p, t = person(rng), person(rng)
    return (f"Tracer {name(t, 'initial')} reached {name(p, 'full')} at {phone(rng)}: exposed to {_c(rng, ['meningococcal disease', 'diphtheria', 'mumps'])} "
            f"at {_place(rng.choice(pools.VENUES))} on {date(rng)}. Case id [[ID:{digits(rng, 4)}-{digits(rng, 3)}]].")


IDENTIFIER_TEMPLATES = [resident_remediation, match_list, licence_lapse, index_flight, venue_cluster, va_claim, va_old,
                        peer_review, hr_dispute, irb_subject, hold_hearing, interpreter_call, concierge_client,
                        security_incident, opo_call, case_story, case_old, case_traveller, case_highway, case_ehr,
                        case_child, case_handle, case_county, case_contact]
