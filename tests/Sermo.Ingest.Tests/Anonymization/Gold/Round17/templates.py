"""Round 17's post templates, written for this set. {slot}s are filled by generate.py; every identifier slot expands to
GoldMarkup's [[TYPE:text]] and every {term}/{eponym}/{brand}/{disease} slot to a <<clinical term>>."""

WITH_IDENTIFIERS = [
    "anyone know a good derm near {town}? my pt {wname} drives 2 hrs each way for {term} f/u and is over it",
    "Sign-out 19:00\n{surgiv} rm {room} - {term}, trend lactate, DNR/DNI per daughter\n{surgiv2} rm {room2} - {term2}, NPO p MN",
    "pt is {age90}, lives alone in {town}, still splits her own wood. came in with {term}. tougher than me",
    "REFERRAL\nRe: {cname}   NHS No: {nhs}\nAddress: {street}, {abroad}\nDear colleague, thank you for seeing this gentleman with {term}.",
    "Canadian snowbird, {cname}, health card {hcard}, DOB {date_eu}. presented w {term} and wanted us to bill OHIP directly lol",
    "Medicare MBI {mbi} kept bouncing. Turns out billing had {wname}'s MBI on {surname_only}'s account. Both in for {term}.",
    "had to call {colleague} (DEA {dea}) at {phone} because the pharmacy wouldn't take the {term} script without a callback",
    "NPI {npi} is {colleague}, not me, stop routing her {term} prior auths to my inbox",
    "the wife drove him in, plate {plate}, left the truck running in the ambulance bay. he had {term}",
    "trauma: MVC, VIN {vin} per state police. driver {wname}, {age90}, GCS 14, {term}",
    "patient portal login from {ip} flagged as odd, turned out to be her grandson {given} checking her {term} results",
    "device check: pacemaker serial {serial}, interrogated fine, pt {lname} here for {term} not the device",
    "insurance id {insid}, group {group}, member {cname}. denied {term} again. third appeal.",
    "she's {age90} and sharp as a tack, born {date_words}. {term} managed at home with her niece {given}",
    "mail goes to {mil}. active duty spouse {cname}, {term}, needs records sent before PCS",
    "ok so {lname} from {town} ({rural}, {town2} {zip}) is back AGAIN with {term}",
    "txt from the NP: pt {nick} ({wname}) in bed {room} pulled his IV again, {term} still not controlled, call {phone}",
    "family meeting w/ {wname}'s son {given} (cell {phone_intl}) re: {term}. son lives abroad, joined by video",
    "Pt: {surgiv}   MRN {mrn}   DOB {date_eu}\nDx: {term}\nF/u {facility} in 2 wk",
    "we transferred {cname} from {home} with {term}, family can be reached at {email}",
    "GoFundMe for our pt's kid is up: {url} - {wname} has {term}, family in {town}",
    "follow him on insta {handle} lol. anyway {term} is better, saw him {date_words}",
    "she works nights at {facility} and lives in {town}. {term} flares every time she rotates to days",
    "Consult: man, {age90}, {term}, lives at {home}, HCP is daughter {wname} {phone}",
    "{lname} {lname_sur} ({age90}) dx {term} on {date_eu}, moved to son's in {abroad} after",
    "fax from {colleague}'s office ({phone}) re {cname}: {term}, please see {date_words}",
    "Pls call {given} at {phone} about the {term} appt. She says to use {email} not the portal",
    "Thanks {given}! reply to {colleague}'s note: {term} and {term2} both resolved. Pt {initials} d/c'd home",
    "IT says the pump at bed {room} (serial {serial}) is pinging from {ip}. Pt {wname}, {term}",
    "ED board: {surgiv} | {age90} | {term} | from {town} | PCP {colleague}",
    "Handoff from {home}: {cname}, MBI {mbi}, {term}. daughter {nick} is HCP, {phone}",
    "Our ex-Marine ({age90}) from {town} refused {term} workup, says he'll die at home in {town2} like his dad",
]

# Identifier-free posts full of traps: eponyms, name-like brands, trial acronyms, place-named diseases, years, doses.
CLEAN = [
    "anyone else seeing more {disease} this season? had 3 this week. {eponym} sign on one of them, {dose}",
    "{trial} and the {year} guideline still don't settle it for me. I start {brand} at {dose} and recheck {lab}",
    "every {weekday} clinic is a {eponym} parade. {age_young} yo with {disease}, then {brand} refills all afternoon",
    "teaching pearl for the interns: {eponym} is not the same as {eponym2}. {phrase}",
    "{phrase}. pt on {brand} {dose}, {lab}, we held it over {holiday} and restarted",
    "is {trial} practice changing? Our cardiologists quote it every {weekday}. {age_young}F with {disease} on {brand}",
]
