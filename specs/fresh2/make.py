#!/usr/bin/env python3
"""Generator of the fresh2 evaluation set for Attache.

Every text and its gold live here as Python data. Running this script
validates the data (weekdays against the real calendar, participant names
verbatim in the text, types, statuses, areas, ISO3 codes, sorted lists, date
forms, ...) and fails loudly on any problem; only then does it write
docs.jsonl, gold.jsonl and README.md next to itself.

All people, outlets, quotes and URLs are invented; countries and cities are real.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["dialogue", "meeting", "visit", "agreement", "exercise", "port_call",
         "assistance", "training", "phone_call"]
STATUSES = ["reported", "background"]
AREAS = ["delegation_exchange", "training", "defense_industry", "military_medicine",
         "cybersecurity", "search_rescue", "disaster_relief", "peacekeeping",
         "war_legacy", "maritime_security", "multilateral_coordination",
         "information_sharing", "capacity_building", "counter_terrorism",
         "naval_cooperation"]
ISO3 = {
    "ARE": "United Arab Emirates", "ARG": "Argentina", "AUS": "Australia",
    "BEL": "Belgium", "BEN": "Benin", "BRA": "Brazil", "CHL": "Chile",
    "CHN": "China", "CIV": "Cote d'Ivoire", "CMR": "Cameroon", "DEU": "Germany",
    "DZA": "Algeria", "EGY": "Egypt", "ESP": "Spain", "EST": "Estonia",
    "FRA": "France", "GAB": "Gabon", "GBR": "United Kingdom", "GHA": "Ghana",
    "GIN": "Guinea", "GRC": "Greece", "IDN": "Indonesia", "IND": "India",
    "ITA": "Italy", "JPN": "Japan", "KEN": "Kenya", "KHM": "Cambodia",
    "KOR": "Korea (Republic of)", "LAO": "Laos", "LBN": "Lebanon",
    "LKA": "Sri Lanka", "MAR": "Morocco", "MDG": "Madagascar", "MRT": "Mauritania",
    "MYS": "Malaysia", "NGA": "Nigeria", "NLD": "Netherlands", "PER": "Peru",
    "PHL": "Philippines", "POL": "Poland", "SEN": "Senegal", "SGP": "Singapore",
    "THA": "Thailand", "TGO": "Togo", "TUN": "Tunisia", "USA": "United States",
    "VNM": "Viet Nam",
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|--\d{2}-\d{2}|--\d{2})$")


def E(type, status, date, loc, countries, parts=(), mech=None, areas=()):
    """One gold event. loc: (city or None, ISO3 or None) or None.
    parts: [(name, ISO3, title or None)]. mech: (name, edition or None)."""
    return {
        "type": type,
        "status": status,
        "date": date,
        "location": None if loc is None else {"city": loc[0], "country": loc[1]},
        "countries": list(countries),
        "participants": [{"name": n, "country": c, "title": t} for (n, c, t) in parts],
        "mechanism": None if mech is None else {"name": mech[0], "edition": mech[1]},
        "areas": list(areas),
    }


DOCS = []


def D(id, lang, url, text, events, published=None, wd=(), note=None, style=None):
    """One document. wd: [(weekday word as in text, ISO date it stands for)].
    note: why the document has no event (negatives) or annotation remarks."""
    DOCS.append(dict(id=id, lang=lang, url=url, text=text.strip("\n"), events=events,
                     published=published, wd=list(wd), note=note, style=style))


# ---------------------------------------------------------------- English

D("f2-001", "en", "https://www.nusantarawire.net/world/2025/03/04/australia-indonesia-defence-letter-of-intent",
"""JAKARTA, March 4, 2025 (Nusantara Wire) – Australian Defence Minister Callum Whitford and his Indonesian counterpart Bagus Hartono held talks in Jakarta on Tuesday and signed a letter of intent on defence industry cooperation, officials said.

The two ministers discussed maritime security in the eastern Indian Ocean, joint training for special forces and the co-production of ammunition, according to a statement issued by the Indonesian Defence Ministry after the meeting.

"Our partnership has never been closer," Whitford told reporters. Hartono, a retired army general, said Indonesia welcomed Australian investment in its state-owned shipyards.

Under the letter of intent, signed at the ministry's headquarters, officials from both sides are to identify joint projects by the end of the year.

Whitford is due to travel to Surabaya on Wednesday to tour a naval shipyard before returning to Canberra.

(Reporting by Dewi Anggraini; Editing by Martin Loh)""",
[
    E("meeting", "reported", "2025-03-04", ("Jakarta", "IDN"), ["AUS", "IDN"],
      [("Callum Whitford", "AUS", "Defence Minister"), ("Bagus Hartono", "IDN", "Defence Minister")],
      None, ["defense_industry", "maritime_security", "training"]),
    E("agreement", "reported", "2025-03-04", ("Jakarta", "IDN"), ["AUS", "IDN"],
      [("Callum Whitford", "AUS", "Defence Minister"), ("Bagus Hartono", "IDN", "Defence Minister")],
      None, ["defense_industry"]),
],
wd=[("Tuesday", "2025-03-04"), ("Wednesday", "2025-03-05")],
note="Wire copy, year in dateline, weekday-only date. The Surabaya shipyard tour 'is due' (planned): not coded.",
style="wire copy with dated dateline")

D("f2-002", "en", "https://indiannavy-news.in/press/2024/05/ins-tamrakund-arrives-toulon",
"""Indian Navy | Home | Press Releases | Ships | Gallery | Contact

INS Tamrakund arrives at Toulon, France

22 May 2024

The Indian Navy's guided-missile frigate INS Tamrakund, under the command of Captain Rohan Deshmukh, arrived at Toulon on 20 May 2024 on a four-day visit as part of her ongoing deployment to the Mediterranean Sea. The ship was accorded a ceremonial welcome by the French Navy at the Toulon naval base, the principal base of the French Mediterranean Fleet.

During the stay in harbour, Captain Deshmukh called on Vice Admiral Hélène Garnier, Commander of the Mediterranean Maritime Zone, and the two sides discussed maritime security in the Indian Ocean Region. The crews of both navies are engaged in professional interactions, cross-deck visits and friendly sports fixtures.

On departure, INS Tamrakund is scheduled to undertake a Passage Exercise (PASSEX) with a French Navy frigate, before proceeding to Souda Bay.

The visit underscores the strong strategic partnership between India and France and the close cooperation between the two navies.

Tags: Deployment, Mediterranean, France | Share: Facebook · X · WhatsApp""",
[
    E("port_call", "reported", "2024-05-20", ("Toulon", "FRA"), ["FRA", "IND"],
      [("Rohan Deshmukh", "IND", "Captain, commanding officer of INS Tamrakund")],
      None, ["naval_cooperation"]),
    E("meeting", "reported", None, ("Toulon", "FRA"), ["FRA", "IND"],
      [("Rohan Deshmukh", "IND", "Captain, commanding officer of INS Tamrakund"),
       ("Hélène Garnier", "FRA", "Commander of the Mediterranean Maritime Zone")],
      None, ["maritime_security"]),
],
published="2024-05-22",
note="Navy press release with menu residue. The PASSEX is 'scheduled' on departure (planned): not coded. The call has no day of its own (during the 20-23 May stay): date null.",
style="navy news page with residue")

D("f2-003", "en", "https://www.jp-embassy-manila.org/topics/security/2024/coastal-radar-turnover-pcg",
"""Embassy of Japan in the Philippines
Home › Topics › Security and Defence Cooperation

Turnover of Coastal Radar Systems to the Philippine Coast Guard

MANILA — The Government of Japan turned over five coastal radar systems to the Philippine Coast Guard (PCG) in a ceremony at the PCG National Headquarters in Manila on 12 December 2024.

The radar systems, provided under Japan's Official Security Assistance (OSA), will be installed along the western seaboard of Luzon and will strengthen the PCG's maritime domain awareness.

Ambassador Kenji Takamura handed over the certificate of turnover to PCG Commandant Admiral Ronaldo Villareal. "These radars will help our coast guard see farther and act faster," Admiral Villareal said in his remarks.

The turnover comes after the signing in Manila, in July 2024, of the Japan–Philippines Reciprocal Access Agreement, and follows the delivery of multi-role response vessels to the PCG in previous years.

Photo: Ambassador Takamura and Admiral Villareal sign the certificate of turnover. (Embassy of Japan)
© Embassy of Japan in the Philippines""",
[
    E("assistance", "reported", "2024-12-12", ("Manila", "PHL"), ["JPN", "PHL"],
      [("Kenji Takamura", "JPN", "Ambassador"), ("Ronaldo Villareal", "PHL", "PCG Commandant")],
      None, ["capacity_building", "maritime_security"]),
    E("agreement", "background", "2024-07", ("Manila", "PHL"), ["JPN", "PHL"], [], None, []),
],
note="Embassy page. Background: the RAA signing (month+year). The vessel deliveries 'in previous years' have no month: not coded.",
style="embassy news page")

D("f2-004", "en", "https://www.semenanjungstar.my/nation/2024/11/19/aman-youyi-opens-port-dickson",
"""PORT DICKSON: The fourth edition of the Malaysia-China joint military exercise, Aman Youyi, opened here yesterday with about 800 personnel from both countries taking part.

The opening ceremony at the Sunggala army camp was officiated by Malaysian Armed Forces chief of staff Lt-Gen Datuk Azman Rashid and the deputy commander of the People's Liberation Army Southern Theatre Command, Major General Zhou Wenbo.

The exercise, which runs until Nov 28, will focus on humanitarian assistance and disaster relief, search and rescue at sea and counter-terrorism operations.

"Our soldiers learn from each other and this builds trust," Azman told reporters after the ceremony.

The previous edition was held in Zhanjiang, in China's Guangdong province, in 2023.""",
[
    E("exercise", "reported", "2024-11-18", ("Port Dickson", "MYS"), ["CHN", "MYS"],
      [("Azman Rashid", "MYS", "Malaysian Armed Forces chief of staff"),
       ("Zhou Wenbo", "CHN", "deputy commander, PLA Southern Theatre Command")],
      ("Aman Youyi", 4), ["counter_terrorism", "disaster_relief", "search_rescue"]),
],
published="2024-11-19",
note="Regional paper: 'here yesterday' resolved from the published date; honorific 'Datuk' dropped from the name. Previous edition 'in 2023' (year only): not coded.",
style="regional paper, relative date")

D("f2-005", "en", "https://pacificsentinel-news.com/exercises/2025/03/cobra-gold-2025-wraps-up",
"""Pacific Sentinel — News

Cobra Gold 2025 wraps up in Thailand

SATTAHIP, Thailand — Exercise Cobra Gold 2025 came to a close on March 7 with a ceremony at the Royal Thai Marine Corps headquarters in Sattahip, marking the end of almost two weeks of training.

Service members from Thailand, the United States, Singapore, Indonesia, Japan, South Korea and Malaysia took part in the exercise, which began on February 25 and included an amphibious landing, a disaster relief drill in Chanthaburi province and a cyber defence workshop in Bangkok.

"Cobra Gold shows what partners can achieve together," said Lt. Gen. Marcus Belden, who spoke at the closing ceremony alongside Gen. Somchai Pradit, Chief of Defence Forces of the Royal Thai Armed Forces.

Story by Sgt. Kayla Brennan | Photos: 14 | Download high-resolution""",
[
    E("exercise", "reported", "2025-02-25", ("Sattahip", "THA"),
      ["IDN", "JPN", "KOR", "MYS", "SGP", "THA", "USA"],
      [("Marcus Belden", "USA", "Lt. Gen."),
       ("Somchai Pradit", "THA", "Chief of Defence Forces of the Royal Thai Armed Forces")],
      ("Cobra Gold", None), ["cybersecurity", "disaster_relief"]),
],
published="2025-03-08",
note="Multilateral exercise reported at its closing: date is the first day (February 25, year from published). 'Cobra Gold 2025': the year is not an edition. The byline is not a participant.",
style="military news, closing ceremony")

D("f2-006", "en", "https://kenyadailycourier.co.ke/news/defence/chebet-london-trip-defence-pact",
"""NAIROBI (Kenya Daily Courier) — Defence Cabinet Secretary Amina Chebet is expected to travel to London next month for talks on renewing the defence cooperation agreement that governs British troops training in Kenya, her ministry said on Sunday.

A ministry statement said a new text "could be signed during the visit" if negotiators settle outstanding questions on the jurisdiction of Kenyan courts over visiting soldiers. "We hope to close the remaining issues in the coming weeks," a ministry spokesperson said.

Members of the parliamentary defence committee have called for stronger oversight of foreign forces stationed in Laikipia and for compensation of communities affected by past training activities.

The British High Commission in Nairobi declined to comment on the timing of the visit.""",
[],
wd=[("Sunday", "2025-06-15")],
note="NEGATIVE: only a planned trip ('is expected to travel next month') and a possible signing ('could be signed'); a ministry statement and a declined comment are not interactions.",
style="national paper")

D("f2-007", "en", "https://hanbitnews.kr/eng/2024/10/16/korea-poland-defense-industry-mou",
"""WARSAW, Oct. 16 (Hanbit News) -- South Korea and Poland signed a memorandum of understanding on defense industry cooperation on Tuesday, as Seoul seeks to expand its arms exports to Central Europe, the defense ministry said.

Defense Minister Kim Jae-hoon and his Polish counterpart, Tomasz Wierzbicki, signed the MOU after holding talks at the Polish defense ministry in Warsaw, during which they discussed local production of K2 tanks, logistics support for Korean-made equipment already in Polish service and cooperation in military training.

On Wednesday, Kim toured the Bumar-Labedy armored vehicle plant in Gliwice, southern Poland, where K2 tanks are to be assembled under license from 2026.

Kim is scheduled to travel on to Romania later this week. (END)""",
[
    E("meeting", "reported", "2024-10-15", ("Warsaw", "POL"), ["KOR", "POL"],
      [("Kim Jae-hoon", "KOR", "Defense Minister"), ("Tomasz Wierzbicki", "POL", "Polish defense minister")],
      None, ["defense_industry", "training"]),
    E("agreement", "reported", "2024-10-15", ("Warsaw", "POL"), ["KOR", "POL"],
      [("Kim Jae-hoon", "KOR", "Defense Minister"), ("Tomasz Wierzbicki", "POL", "Polish defense minister")],
      None, ["defense_industry"]),
    E("visit", "reported", "2024-10-16", ("Gliwice", "POL"), ["KOR", "POL"],
      [("Kim Jae-hoon", "KOR", "Defense Minister")], None, ["defense_industry"]),
],
published="2024-10-16",
wd=[("Tuesday", "2024-10-15"), ("Wednesday", "2024-10-16")],
note="Wire copy, dateline without year; weekdays resolved with the published date. Onward trip to Romania is planned: not coded.",
style="wire copy, weekday dates")

D("f2-008", "en", "https://aegeanherald.gr/en/defence/medusa-14-concludes-alexandria",
"""ALEXANDRIA, 9 November 2024 – The 14th edition of the Egyptian-Greek joint naval and air exercise Medusa concluded today in Alexandria with a ceremony attended by the Chief of Staff of the Egyptian Armed Forces, Lieutenant General Ahmed Fathy Mansour, and the Chief of the Hellenic National Defence General Staff, General Dimitrios Karalis.

Held since 30 October, the drills brought together frigates, submarines, fighter aircraft and special forces of both countries in the eastern Mediterranean. The programme included search-and-rescue serials, a maritime interdiction operation against a suspect merchant vessel and a counter-terrorism assault on an offshore platform.

Medusa has been held every year since 2015, alternating between Egyptian and Greek waters.""",
[
    E("exercise", "reported", "2024-10-30", ("Alexandria", "EGY"), ["EGY", "GRC"],
      [("Ahmed Fathy Mansour", "EGY", "Chief of Staff of the Egyptian Armed Forces"),
       ("Dimitrios Karalis", "GRC", "Chief of the Hellenic National Defence General Staff")],
      ("Medusa", 14), ["counter_terrorism", "maritime_security", "naval_cooperation", "search_rescue"]),
],
note="Closing reported 'today' in the dateline; the exercise date is its first day (30 October 2024).",
style="regional paper brief")

D("f2-009", "en", "https://capitaldesk.in/defence/2025/nair-uae-phone-call",
"""NEW DELHI, Jan 14 (Capital Desk) — Defence Minister Arvind Nair spoke by telephone on Monday, January 13, with the United Arab Emirates' Minister of State for Defence Affairs, Saeed Al Mazrouei, the two sides reviewing progress in bilateral defence cooperation including joint exercises, training exchanges and collaboration between their defence industries, the ministry said in a statement.

Nair also invited Al Mazrouei to visit India later this year, an invitation the ministry said had been "accepted in principle".""",
[
    E("phone_call", "reported", "--01-13", None, ["ARE", "IND"],
      [("Arvind Nair", "IND", "Defence Minister"),
       ("Saeed Al Mazrouei", "ARE", "Minister of State for Defence Affairs")],
      None, ["defense_industry", "training"]),
],
wd=[("Monday", "2025-01-13")],
note="No year anywhere in the document: --01-13. Phone call: location null. The invitation to visit is not an event.",
style="wire brief, no year")

D("f2-010", "en", "https://ejercito-chile-press.cl/en/news/xii-staff-talks-chile-peru-lima",
"""Chilean Army — Press Office
Santiago / Lima

The XII Round of Staff Talks between the Chilean Army and the Peruvian Army was held in Lima from 8 to 10 April 2025, co-chaired by Brigadier General Felipe Araya Soto, head of the Chilean Army's International Affairs Division, and Brigadier General Jorge Quispe Medina of the Peruvian Army General Staff.

The delegations reviewed the activities carried out over the past year and agreed on a programme of 14 activities for the coming year, including exchanges of instructors, combined training in mountain operations, the preparation of a combined company for UN peacekeeping missions and coordination in the event of natural disasters.

On 9 April, the Chilean delegation led by General Araya Soto paid a courtesy call on the Commanding General of the Peruvian Army, General Luis Alberto Cárdenas, at the Army General Headquarters in Lima.

The next round will be held in Santiago next year.""",
[
    E("dialogue", "reported", "2025-04-08", ("Lima", "PER"), ["CHL", "PER"],
      [("Felipe Araya Soto", "CHL", "Brigadier General, head of International Affairs Division"),
       ("Jorge Quispe Medina", "PER", "Brigadier General, Peruvian Army General Staff")],
      ("Staff Talks", 12), ["disaster_relief", "peacekeeping", "training"]),
    E("meeting", "reported", "2025-04-09", ("Lima", "PER"), ["CHL", "PER"],
      [("Felipe Araya Soto", "CHL", "Brigadier General"),
       ("Luis Alberto Cárdenas", "PER", "Commanding General of the Peruvian Army")],
      None, []),
],
note="Roman-numeral edition (XII = 12); date range, first day. Courtesy call on the same trip is a separate meeting. Next round is planned: not coded.",
style="army press release")

D("f2-011", "en", "https://gulfofguineatimes.com.gh/news/2024/08/ghana-nigeria-third-joint-patrol",
"""ACCRA — The navies of Ghana and Nigeria on Monday launched the third joint patrol of their maritime boundary area in the Gulf of Guinea, aimed at tackling piracy, crude oil theft and illegal fishing.

Two Ghanaian and three Nigerian vessels are taking part in the two-week patrol, which is being coordinated from the Multinational Maritime Coordination Centre for Zone F.

The patrol follows talks held in Accra on Friday between the Chief of the Naval Staff of the Nigerian Navy, Vice Admiral Emeka Obiora, and his Ghanaian counterpart, Rear Admiral Kwabena Asante-Mensah, which focused on information sharing and joint training of boarding teams.

"The sea does not recognise our borders, and neither do the criminals," Rear Admiral Asante-Mensah said.""",
[
    E("exercise", "reported", "2024-08-12", None, ["GHA", "NGA"], [],
      ("joint patrol", 3), ["maritime_security", "naval_cooperation"]),
    E("meeting", "reported", "2024-08-09", ("Accra", "GHA"), ["GHA", "NGA"],
      [("Emeka Obiora", "NGA", "Chief of the Naval Staff, Nigerian Navy"),
       ("Kwabena Asante-Mensah", "GHA", "Chief of the Naval Staff")],
      None, ["information_sharing", "training"]),
],
published="2024-08-14",
wd=[("Monday", "2024-08-12"), ("Friday", "2024-08-09")],
note="Numbered joint patrol (third) at sea: location null. Weekdays resolved with the published date.",
style="regional paper")

D("f2-012", "en", "https://vna-english.vn/defence/2024/09/india-un-peacekeeping-course-hanoi",
"""Hanoi (VNA) – A UN peacekeeping training course for Vietnamese officers, conducted by a Mobile Training Team of the Indian Army, opened at the Vietnam Department of Peacekeeping Operations in Hanoi on Monday, September 9, 2024.

The two-week course brings together 30 officers from the Vietnamese army, who will receive instruction on protection of civilians, convoy operations and the prevention of sexual exploitation in mission areas. It is taught by five Indian instructors led by Colonel Sandeep Rawat.

Speaking at the opening ceremony, Senior Colonel Pham Manh Cuong, Director of the Vietnam Department of Peacekeeping Operations, thanked India for its support. The Defence Attaché of India in Vietnam, Colonel Vikram Sethi, also attended.

Cooperation in peacekeeping is one of the pillars of the Vietnam–India defence partnership. A memorandum of understanding on the subject was signed during the Indian defence minister's visit to Hanoi in June 2022.

VNA""",
[
    E("training", "reported", "2024-09-09", ("Hanoi", "VNM"), ["IND", "VNM"],
      [("Sandeep Rawat", "IND", "Colonel, leader of the Indian Army Mobile Training Team"),
       ("Pham Manh Cuong", "VNM", "Director of the Vietnam Department of Peacekeeping Operations"),
       ("Vikram Sethi", "IND", "Defence Attaché of India in Vietnam")],
      None, ["peacekeeping", "training"]),
    E("visit", "background", "2022-06", ("Hanoi", "VNM"), ["IND", "VNM"], [], None, []),
    E("agreement", "background", "2022-06", ("Hanoi", "VNM"), ["IND", "VNM"], [], None, ["peacekeeping"]),
],
wd=[("Monday", "2024-09-09")],
note="Training opening. Background: the minister's visit and the MoU signed during it, both June 2022 (two occurrences).",
style="state news agency, English")

D("f2-013", "en", "https://estrecho-today.com/en/briefs/2025/05/spain-morocco-sea-rescue-drill",
"""Spain, Morocco navies rehearse sea rescue off Tangier

Units of the Spanish Navy and the Royal Moroccan Navy carried out a joint search-and-rescue drill off Tangier on Thursday, simulating the evacuation of 40 passengers from a ferry on fire in the Strait of Gibraltar, the Spanish embassy in Rabat said.

The Spanish patrol vessel Atalaya, a Moroccan offshore patrol vessel and helicopters from both countries took part, together with the maritime rescue coordination centres of Tarifa and Tangier.

Related: Ferry traffic between Algeciras and Tanger Med back to normal | Weather: strong easterly winds forecast""",
[
    E("exercise", "reported", "2025-05-15", ("Tangier", "MAR"), ["ESP", "MAR"], [], None,
      ["naval_cooperation", "search_rescue"]),
],
published="2025-05-16",
wd=[("Thursday", "2025-05-15")],
note="Short brief with related-links residue. 'off Tangier' is coded as Tangier (a named town, not only a sea).",
style="short brief")

D("f2-014", "en", "https://sahelcoastreview.com/features/2025/02/senegal-france-naval-partnership",
"""DAKAR — In the harbour of the Dakar naval base, two grey rigid-hull inflatable boats bob beside the quay, their outboard engines still wrapped in plastic. They are the latest sign of a naval partnership that has quietly survived the reshaping of France's military presence in West Africa.

On Thursday, 6 February 2025, France handed over the two boats, along with a set of night-vision goggles and thermal cameras, to the Senegalese Navy. Rear Admiral Moustapha Ndiaye, chief of staff of the Senegalese Navy, received the equipment from the French ambassador, Claire Dufresne-Marchal, and the commander of the French Elements in Senegal, General Antoine Lefèvre.

"These boats will be at sea against illegal fishing and trafficking within the week," Admiral Ndiaye said.

The partnership has deep roots. In July 2024, the two navies conducted a joint fisheries-control patrol off the coast of Casamance, boarding a dozen trawlers. In March 2023, a group of young Senegalese naval officers attended a three-month course at the French naval school in Brest.

Not everyone in Dakar is enthusiastic. Some opposition politicians have called for an end to all foreign military cooperation, and a parliamentary debate on the question is expected later this year.""",
[
    E("assistance", "reported", "2025-02-06", ("Dakar", "SEN"), ["FRA", "SEN"],
      [("Moustapha Ndiaye", "SEN", "chief of staff of the Senegalese Navy"),
       ("Claire Dufresne-Marchal", "FRA", "French ambassador"),
       ("Antoine Lefèvre", "FRA", "commander of the French Elements in Senegal")],
      None, ["capacity_building", "maritime_security"]),
    E("exercise", "background", "2024-07", (None, "SEN"), ["FRA", "SEN"], [], None,
      ["maritime_security", "naval_cooperation"]),
    E("training", "background", "2023-03", ("Brest", "FRA"), ["FRA", "SEN"], [], None, ["training"]),
],
wd=[("Thursday", "2025-02-06")],
note="Feature with scene-setting lead. Casamance is a region, not a town: city null, country SEN. Parliamentary debate is planned: not coded.",
style="long feature with background")

D("f2-015", "en", "https://plataeconomica.com.ar/en/trade/brazil-argentina-mercosur-talks",
"""BUENOS AIRES (Plata Económica) — Brazilian and Argentine trade negotiators wrapped up two days of talks on Thursday on automotive tariffs, beef quotas and the harmonisation of sanitary rules within Mercosur, officials said.

The Brazilian delegation, headed by Deputy Trade Minister Paulo Henrique Lacerda, met Argentina's Secretary of Commerce, Martina Ferreyra, at the San Martín Palace. Both sides reported progress on a mechanism to settle disputes over car-part exports but left the beef quota unresolved.

The presidents of the two countries are due to meet in June at the Mercosur summit, where a broader package could be announced.""",
[],
wd=[("Thursday", "2025-04-10")],
note="NEGATIVE: trade talks with no defence side; the presidents' meeting is planned.",
style="business wire")

D("f2-016", "en", "https://bundeswehr-news.de/en/2025/01/ebersbach-official-visit-poland",
"""Federal Ministry of Defence — News
Berlin/Warsaw, 28 January 2025

On Monday, 27 January 2025, Federal Minister of Defence Jonas Ebersbach was received in Warsaw by the Deputy Prime Minister and Minister of National Defence of Poland, Krzysztof Malinowski, at the start of a two-day official visit to Poland.

The talks focused on the protection of NATO's eastern flank, the joint training of German and Polish units and closer cooperation between the two countries' defence industries, in particular in the field of ammunition.

The following day, the minister was accompanied by his Polish counterpart to Rzeszow, where both ministers visited the headquarters of the 21st Podhale Rifles Brigade.

Ebersbach thanked Poland for its role as a logistics hub for support to Ukraine.""",
[
    E("visit", "reported", "2025-01-27", ("Warsaw", "POL"), ["DEU", "POL"],
      [("Jonas Ebersbach", "DEU", "Federal Minister of Defence")], None, []),
    E("meeting", "reported", "2025-01-27", ("Warsaw", "POL"), ["DEU", "POL"],
      [("Jonas Ebersbach", "DEU", "Federal Minister of Defence"),
       ("Krzysztof Malinowski", "POL", "Deputy Prime Minister and Minister of National Defence")],
      None, ["defense_industry", "training"]),
    E("visit", "reported", "2025-01-28", ("Rzeszow", "POL"), ["DEU", "POL"],
      [("Jonas Ebersbach", "DEU", "Federal Minister of Defence"),
       ("Krzysztof Malinowski", "POL", "Minister of National Defence")], None, []),
],
wd=[("Monday", "2025-01-27")],
note="Passive 'was received ... by'. Official visit, talks and the brigade visit are three occurrences. 'The following day' resolved from 27 January.",
style="ministry press release, passive voice")

D("f2-017", "en", "https://coastguardbulletin.ph/2025/10/13/vietnam-coast-guard-csb-8002-manila",
"""MANILA — Vietnam Coast Guard vessel CSB 8002 docked at Pier 13 of Manila's South Harbor on Wednesday for a five-day goodwill visit, the Philippine Coast Guard (PCG) said.

The ship, carrying 85 officers and crew led by Colonel Nguyen Van Hoa, was welcomed at the pier by PCG Deputy Commandant for Operations Vice Admiral Rodel Santiago and members of the Vietnamese embassy.

On Thursday, Colonel Nguyen Van Hoa paid a courtesy call on PCG Commandant Admiral Ronaldo Villareal at the PCG National Headquarters, where the two discussed cooperation against illegal, unreported and unregulated fishing and the exchange of maritime information.

On Saturday, a day before the Vietnamese ship sailed home, the two coast guards staged a joint search-and-rescue and firefighting exercise in waters off Corregidor Island.

The visit is the first by a Vietnam Coast Guard ship to the Philippines since the two agencies signed a memorandum of understanding in 2023.""",
[
    E("port_call", "reported", "2025-10-08", ("Manila", "PHL"), ["PHL", "VNM"],
      [("Nguyen Van Hoa", "VNM", "Colonel, head of the CSB 8002 crew"),
       ("Rodel Santiago", "PHL", "PCG Deputy Commandant for Operations")],
      None, ["maritime_security", "naval_cooperation"]),
    E("meeting", "reported", "2025-10-09", ("Manila", "PHL"), ["PHL", "VNM"],
      [("Nguyen Van Hoa", "VNM", "Colonel"), ("Ronaldo Villareal", "PHL", "PCG Commandant")],
      None, ["information_sharing", "maritime_security"]),
    E("exercise", "reported", "2025-10-11", (None, "PHL"), ["PHL", "VNM"], [], None,
      ["maritime_security", "search_rescue"]),
],
published="2025-10-13",
wd=[("Wednesday", "2025-10-08"), ("Thursday", "2025-10-09"), ("Saturday", "2025-10-11")],
note="Coast guard port call, courtesy call and drill (three events). Waters off an island: city null, country PHL. MoU 'in 2023' (year only): not coded.",
style="coast guard news")

D("f2-018", "en", "https://tokyo-diplomat-review.jp/2024/12/japan-indonesia-third-2plus2",
"""TOKYO — Japan and Indonesia held their third Foreign and Defence Ministerial Meeting ("2+2") in Tokyo on 17 December 2024, bringing together Foreign Minister Haruka Ishizuka and Defence Minister Takeshi Omura with Indonesian Foreign Minister Ratna Wulandari and Defence Minister Bagus Hartono.

In a joint statement issued after the meeting, the four ministers agreed to strengthen maritime security cooperation, including capacity building for Indonesia's maritime security agency, Bakamla, and to expand cooperation on defence equipment and technology.

The second 2+2 was held in Jakarta in March 2021.""",
[
    E("dialogue", "reported", "2024-12-17", ("Tokyo", "JPN"), ["IDN", "JPN"],
      [("Haruka Ishizuka", "JPN", "Foreign Minister"), ("Takeshi Omura", "JPN", "Defence Minister"),
       ("Ratna Wulandari", "IDN", "Foreign Minister"), ("Bagus Hartono", "IDN", "Defence Minister")],
      ("Foreign and Defence Ministerial Meeting", 3),
      ["capacity_building", "defense_industry", "maritime_security"]),
    E("agreement", "reported", "2024-12-17", ("Tokyo", "JPN"), ["IDN", "JPN"],
      [("Haruka Ishizuka", "JPN", "Foreign Minister"), ("Takeshi Omura", "JPN", "Defence Minister"),
       ("Ratna Wulandari", "IDN", "Foreign Minister"), ("Bagus Hartono", "IDN", "Defence Minister")],
      None, ["capacity_building", "defense_industry", "maritime_security"]),
    E("dialogue", "background", "2021-03", ("Jakarta", "IDN"), ["IDN", "JPN"], [],
      ("Foreign and Defence Ministerial Meeting", 2), []),
],
note="2+2 with four named ministers; the joint statement is an agreement (adoption of a joint statement). Background: the second 2+2 (edition 2).",
style="diplomatic news")

D("f2-019", "en", "https://hcinairobi.gov.in/press/ins-tirbhuvan-visits-mombasa",
"""High Commission of India, Nairobi
Home | About Us | Consular Services | Press Releases | Contact Us

Press Release
Posted: 05/07/2024

Indian Naval Ship Tirbhuvan visits Mombasa

INS Tirbhuvan, an offshore patrol vessel of the Indian Navy, arrived at Mombasa on 3 July on an operational deployment to the East African coast. The ship was received by personnel of the Kenya Navy and officials of the High Commission.

The ship's Commanding Officer, Commander Aditya Menon, called on Major General Paul Kiprono, Commander of the Kenya Navy, at the Kenya Navy headquarters at Mtongwe, Mombasa, and discussed maritime security and cooperation in hydrography.

During the stay in harbour, the ship's crew will conduct training for Kenya Navy personnel in damage control and firefighting, and the ship will undertake a joint surveillance patrol of Kenya's Exclusive Economic Zone on departure.

Read more
« Previous: Hindi Diwas celebrations in Nairobi | Next: Visa services notice »""",
[
    E("port_call", "reported", "2024-07-03", ("Mombasa", "KEN"), ["IND", "KEN"],
      [("Aditya Menon", "IND", "Commanding Officer, INS Tirbhuvan")], None, ["naval_cooperation"]),
    E("meeting", "reported", None, ("Mombasa", "KEN"), ["IND", "KEN"],
      [("Aditya Menon", "IND", "Commanding Officer, INS Tirbhuvan"),
       ("Paul Kiprono", "KEN", "Commander of the Kenya Navy")],
      None, ["maritime_security"]),
],
note="Year only in the page residue 'Posted: 05/07/2024' (5 July 2024). Training and the EEZ patrol are announced ('will'): not coded. The call has no date of its own: null.",
style="embassy page with menus")

D("f2-020", "en", "https://siammorningpost.com/news/2024/03/16/navy-commissions-patrol-boats",
"""BANGKOK (Siam Morning Post) — The Royal Thai Navy commissioned two locally built coastal patrol boats at Sattahip naval base on Friday, part of a programme to renew its fleet in the Gulf of Thailand.

Navy Commander-in-Chief Admiral Prasert Wongsuwan inspected the crews and praised the Thai shipyard in Samut Prakan that built the vessels. The navy also carried out a live-fire drill off the coast of Chonburi on the same day.

A navy spokesman said the service was still studying options for new frigates and had not selected a supplier.""",
[],
published="2024-03-16",
wd=[("Friday", "2024-03-15")],
note="NEGATIVE: domestic military news only (commissioning, inspection, national drill, procurement with no named foreign partner).",
style="national paper")

D("f2-021", "en", "https://defencenews-au.net/2024/06/malaysian-technicians-graduate-butterworth",
"""Defence News

Malaysian technicians graduate from RAAF-led maintenance course

Sixteen Royal Malaysian Air Force (RMAF) technicians graduated on Friday, 21 June 2024, from a six-week aircraft maintenance course delivered by Royal Australian Air Force instructors at RMAF Butterworth, in the Malaysian state of Penang.

The course, run under the Malaysia-Australia Joint Defence Program, covered structural repair, corrosion control and non-destructive testing. The graduation was presided over by Brigadier General Zulkifli Hamzah, Commander of Air Operations North, and Group Captain Liam O'Connell, Commanding Officer of the RAAF detachment at Butterworth.

The course grew out of a decision by the two countries' defence ministers, who met in Canberra in September 2023, to expand technical training.""",
[
    E("training", "reported", "2024-06-21", ("Butterworth", "MYS"), ["AUS", "MYS"],
      [("Zulkifli Hamzah", "MYS", "Commander of Air Operations North"),
       ("Liam O'Connell", "AUS", "Commanding Officer of the RAAF detachment at Butterworth")],
      None, ["training"]),
    E("meeting", "background", "2023-09", ("Canberra", "AUS"), ["AUS", "MYS"], [], None, ["training"]),
],
wd=[("Friday", "2024-06-21")],
note="Graduation of a course for foreign personnel; the base is named after its town (Butterworth). Background ministers' meeting with month and year.",
style="defence news release")

D("f2-022", "en", "https://navynews-indopac.org/2024/04/08/four-nations-mca-south-china-sea",
"""NAVY NEWS — Indo-Pacific Desk

Four nations sail together in the South China Sea

Naval and air forces of Australia, Japan, the Philippines and the United States conducted a multilateral maritime cooperative activity in the South China Sea on Sunday, the four countries' defence forces said.

Taking part were the Australian frigate HMAS Warramunga, the Japanese destroyer JS Akebono, the Philippine Navy's BRP Antonio Luna and the littoral combat ship USS Mobile, together with maritime patrol aircraft. The ships practised communications drills, division tactics and officer-of-the-watch manoeuvres.

Rear Admiral Alfonso Dimaculangan, who led the Philippine contingent, said the activity showed "a shared commitment to freedom of navigation and a rules-based order at sea".""",
[
    E("exercise", "reported", "2024-04-07", None, ["AUS", "JPN", "PHL", "USA"],
      [("Alfonso Dimaculangan", "PHL", "Rear Admiral, head of the Philippine contingent")],
      None, ["maritime_security", "naval_cooperation"]),
],
published="2024-04-08",
wd=[("Sunday", "2024-04-07")],
note="Multilateral activity at sea (no town, no single country): location null.",
style="navy news")

D("f2-023", "en", "https://army-news-uk.net/2025/03/askari-storm-ends-joint-company-attack",
"""British Army — News

Exercise ASKARI STORM ends with joint company attack

British and Kenyan soldiers wrapped up Exercise Askari Storm last week with a combined company attack on the training areas around Nanyuki, in central Kenya.

Running from 10 February to 6 March, the exercise brought together troops of the 2nd Battalion, Royal Anglian Regiment and the Kenya Army's 15th Kenya Rifles. Training included counter-terrorism patrolling, combat first aid and casualty evacuation by helicopter.

"Working alongside our Kenyan partners in this terrain teaches us things no simulator can," said Lieutenant Colonel James Harrow, commanding the British battlegroup. Brigadier Joseph Wanyama of the Kenya Army attended the final attack.""",
[
    E("exercise", "reported", "2025-02-10", ("Nanyuki", "KEN"), ["GBR", "KEN"],
      [("James Harrow", "GBR", "Lieutenant Colonel, commanding the British battlegroup"),
       ("Joseph Wanyama", "KEN", "Brigadier, Kenya Army")],
      ("Askari Storm", None), ["counter_terrorism", "military_medicine"]),
],
published="2025-03-10",
note="Named exercise reported at its end ('last week'); date is the first day of the stated range, year from published.",
style="army news")

D("f2-024", "en", "https://slnavy-media.lk/news/japanese-training-squadron-colombo",
"""SRI LANKA NAVY — MEDIA CENTRE
COLOMBO, 30 August

Japanese training ships conclude formal visit to Sri Lanka

JS Kashima and JS Shimakaze of the Japan Maritime Self-Defense Force Training Squadron arrived at the port of Colombo on 26 August on a formal visit and were welcomed by the Sri Lanka Navy in accordance with naval traditions.

The Commander of the Training Squadron, Rear Admiral Hiroshi Tanabe, called on the Commander of the Western Naval Area, Rear Admiral Chaminda Perera, at the Western Naval Command Headquarters in Colombo on the same day. Matters of bilateral importance were discussed and mementos exchanged.

During the visit, a group of Japanese trainee officers visited the Sri Lanka Naval and Maritime Academy in Trincomalee.

The ships departed Colombo on 29 August after conducting a Passage Exercise (PASSEX) with SLNS Sagara off Colombo.""",
[
    E("port_call", "reported", "--08-26", ("Colombo", "LKA"), ["JPN", "LKA"],
      [("Hiroshi Tanabe", "JPN", "Commander of the Training Squadron")], None, ["naval_cooperation"]),
    E("meeting", "reported", "--08-26", ("Colombo", "LKA"), ["JPN", "LKA"],
      [("Hiroshi Tanabe", "JPN", "Commander of the Training Squadron"),
       ("Chaminda Perera", "LKA", "Commander of the Western Naval Area")], None, []),
    E("visit", "reported", None, ("Trincomalee", "LKA"), ["JPN", "LKA"], [], None, []),
    E("exercise", "reported", "--08-29", ("Colombo", "LKA"), ["JPN", "LKA"], [], None, ["naval_cooperation"]),
],
note="No year anywhere: --MM-DD dates. Visit of foreign trainees to an academy is a visit (date unknown: null). PASSEX 'off Colombo' on departure day.",
style="navy media centre, dateline without year")

D("f2-025", "en", "https://manilacurrent.ph/opinion/sea-between-us-hotlines-not-hulls",
"""OPINION

The sea between us needs hotlines, not more hulls

By Teodoro Manalastas

Every few weeks another video surfaces of a water cannon arcing over a Philippine supply boat. Each time, officials in Manila and Beijing trade statements, and each time the temperature rises a little more.

It does not have to be this way. If the two coast guards were to set up a direct hotline, a collision at sea could be defused in minutes rather than days. Should the two navies one day hold even a modest joint search-and-rescue drill, it would do more for confidence than a dozen communiqués.

Critics will say that such gestures reward bad behaviour. Perhaps. But the alternative — an accident nobody wanted, followed by an escalation nobody can stop — is far worse.

The author is a retired Philippine Navy captain and a fellow at a Manila think tank. The views expressed are his own.""",
[],
note="NEGATIVE: opinion piece; the hotline and the joint drill are hypothetical; incidents at sea and traded statements are not interactions in scope.",
style="opinion piece")

D("f2-026", "en", "https://lotusdaily.vn/en/politics/2025/07/18/vietnam-australia-defence-video-talks",
"""Vietnam, Australia defence ministers hold online talks

Hanoi, July 18 (Lotus Daily) – Vietnamese Minister of National Defence General Tran Quoc Vinh and Australian Defence Minister Callum Whitford held talks via videoconference on Thursday, reviewing cooperation since the two countries upgraded their ties to a comprehensive strategic partnership.

The ministers discussed cooperation in UN peacekeeping, the settlement of war legacies, English-language training for Vietnamese officers and maritime security. They agreed that the next Defence Ministers' Meeting would take place in Canberra at a date to be arranged through diplomatic channels.

General Vinh thanked Australia for its support in transporting Vietnam's Level-2 Field Hospital to South Sudan.""",
[
    E("phone_call", "reported", "2025-07-17", None, ["AUS", "VNM"],
      [("Tran Quoc Vinh", "VNM", "Minister of National Defence"),
       ("Callum Whitford", "AUS", "Defence Minister")],
      None, ["maritime_security", "peacekeeping", "training", "war_legacy"]),
],
published="2025-07-18",
wd=[("Thursday", "2025-07-17")],
note="Videoconference = phone_call. The next ministers' meeting is planned; the undated airlift support is not coded.",
style="online paper")

D("f2-027", "en", "https://africom-press.net/releases/2025/05/african-lion-21-opens-agadir",
"""U.S. Africa Command — Press Release

AGADIR, Morocco — The 21st edition of African Lion, U.S. Africa Command's largest annual exercise, officially opened Monday, May 12, 2025, at the headquarters of the Southern Zone of the Royal Moroccan Armed Forces in Agadir.

More than 10,000 troops from Morocco, the United States, Ghana, Senegal, Tunisia and the Netherlands will train together until May 23, with observers from some 30 other nations. The programme includes field training, a medical readiness exercise, chemical, biological, radiological and nuclear defence training, a cyber defence exercise and a staff exercise on UN peacekeeping operations.

Maj. Gen. Daniel Whitcombe, commander of the U.S. Army Southern European Task Force, Africa, and Lt. Gen. Mohamed Berrada, Inspector General of the Royal Moroccan Armed Forces and Commander of the Southern Zone, presided over the opening ceremony.""",
[
    E("exercise", "reported", "2025-05-12", ("Agadir", "MAR"), ["GHA", "MAR", "NLD", "SEN", "TUN", "USA"],
      [("Daniel Whitcombe", "USA", "commander of the U.S. Army Southern European Task Force, Africa"),
       ("Mohamed Berrada", "MAR", "Inspector General of the Royal Moroccan Armed Forces")],
      ("African Lion", 21), ["cybersecurity", "military_medicine", "peacekeeping"]),
],
wd=[("Monday", "2025-05-12")],
note="Opening ceremony of a named multilateral exercise, edition 21. Unnamed observer nations are not listed as countries.",
style="command press release")

D("f2-028", "en", "https://bayofbengalchronicle.in/features/simbex-thirty-one",
"""FEATURE

Thirty-one and counting: how SIMBEX became one of India's longest-running naval exercises

VISAKHAPATNAM — The 31st edition of the Singapore-India Maritime Bilateral Exercise (SIMBEX) began in Visakhapatnam on 28 October 2024 with a harbour phase of professional exchanges, before the ships head out into the Bay of Bengal for anti-submarine warfare, air defence and maritime security drills.

The opening was marked by Rear Admiral Rajesh Kulkarni, Flag Officer Commanding the Eastern Fleet, and Colonel Darren Tan Wei Ming, commander of the Republic of Singapore Navy task group.

The exercise traces its roots to 1994, when it began as a modest series of anti-submarine drills known as Exercise Lion King. It has grown steadily since. In May 2023, the 30th edition was held in the waters off Singapore and, for the first time, included a phase in the South China Sea.

The navies' planners meet regularly. In November 2022, the Navy-to-Navy Staff Talks in New Delhi set the goal of expanding the exercise to include unmanned systems. Singapore's defence minister also toured the Eastern Naval Command earlier this year.

"Every edition adds something," said a senior Indian officer who asked not to be named.""",
[
    E("exercise", "reported", "2024-10-28", ("Visakhapatnam", "IND"), ["IND", "SGP"],
      [("Rajesh Kulkarni", "IND", "Flag Officer Commanding the Eastern Fleet"),
       ("Darren Tan Wei Ming", "SGP", "commander of the RSN task group")],
      ("SIMBEX", 31), ["maritime_security", "naval_cooperation"]),
    E("exercise", "background", "2023-05", ("Singapore", "SGP"), ["IND", "SGP"], [],
      ("SIMBEX", 30), ["naval_cooperation"]),
    E("dialogue", "background", "2022-11", ("New Delhi", "IND"), ["IND", "SGP"], [],
      ("Navy-to-Navy Staff Talks", None), ["naval_cooperation"]),
],
note="Long feature. Background with month+year coded (May 2023, November 2022); 1994 (year only) and 'earlier this year' (no month, not news) are not coded.",
style="long feature with background")

D("f2-029", "en", "https://pacificmaritimereview.com/2025/09/19/korea-transfers-corvette-philippine-navy",
"""BUSAN, South Korea, Sept. 19, 2025 (Pacific Maritime Review) — South Korea on Friday transferred the decommissioned Pohang-class corvette ROKS Andong to the Philippine Navy at a ceremony at the Republic of Korea Navy's operational base in Busan, the latest in a series of ship donations to Manila.

The ship, renamed BRP Gregorio Lim, was formally received by Vice Admiral Emilio Navarro, Flag Officer in Command of the Philippine Navy, from Admiral Park Sung-min, Chief of Naval Operations of the ROK Navy. It will boost the Philippine Navy's capacity to patrol the country's waters.

Before the ceremony, some 110 Filipino sailors underwent six weeks of familiarization training on the ship's systems with Korean Navy instructors in Busan.

The corvette is expected to arrive in Subic Bay in November after a voyage of about two weeks.""",
[
    E("assistance", "reported", "2025-09-19", ("Busan", "KOR"), ["KOR", "PHL"],
      [("Emilio Navarro", "PHL", "Flag Officer in Command of the Philippine Navy"),
       ("Park Sung-min", "KOR", "Chief of Naval Operations of the ROK Navy")],
      None, ["capacity_building", "maritime_security"]),
    E("training", "reported", None, ("Busan", "KOR"), ["KOR", "PHL"], [], None, ["training"]),
],
wd=[("Friday", "2025-09-19")],
note="Ship handover (assistance) plus the crews' training in Korea just before it (date unknown: null). Arrival in Subic Bay is expected: not coded.",
style="maritime trade press")

D("f2-030", "en", "https://semenanjungstar.my/nation/2024/11/30/border-exercise-postponed-floods",
"""KUALA LUMPUR — The annual Malaysia-Thailand border security exercise, which was scheduled to begin on Monday in Kedah, has been postponed because of severe flooding in the northern states, the Malaysian Armed Forces said.

A meeting of the two countries' General Border Committee, at which officials had been expected to sign a revised standard operating procedure for joint border patrols, has also been called off. "New dates will be fixed once the floodwaters recede," a spokesman said.

More than 20,000 people have been evacuated in Kedah, Perlis and Kelantan, where soldiers have been deployed to help civil authorities.""",
[],
published="2024-11-30",
wd=[("Monday", "2024-12-02")],
note="NEGATIVE: the exercise is postponed and the committee meeting called off; flood relief by national troops is domestic.",
style="regional paper")

# ---------------------------------------------------------------- French

D("f2-031", "fr", "https://communiques-armees.fr/2024/11/14/6e-dialogue-annuel-defense-franco-indien",
"""Ministère des Armées – Communiqué
Paris, le 14 novembre 2024

Le 6e Dialogue annuel de défense franco-indien s'est tenu à Paris le mercredi 13 novembre 2024, sous la coprésidence de Mme Sophie Laurentin, ministre des Armées, et de M. Arvind Nair, ministre de la Défense de la République de l'Inde.

Les deux ministres ont passé en revue l'ensemble de la coopération bilatérale, en particulier la coopération industrielle dans les domaines des moteurs d'avions de combat et des sous-marins, la sécurité maritime dans l'océan Indien et la cybersécurité.

Plus tôt dans la journée, M. Nair avait été reçu à l'Élysée par le président de la République.

Ce jeudi matin, la délégation indienne, conduite par le secrétaire à la Défense, M. Rajiv Khanna, a visité le site de Naval Group à Cherbourg.""",
[
    E("dialogue", "reported", "2024-11-13", ("Paris", "FRA"), ["FRA", "IND"],
      [("Sophie Laurentin", "FRA", "ministre des Armées"),
       ("Arvind Nair", "IND", "ministre de la Défense de la République de l'Inde")],
      ("Dialogue annuel de défense", 6), ["cybersecurity", "defense_industry", "maritime_security"]),
    E("meeting", "reported", "2024-11-13", ("Paris", "FRA"), ["FRA", "IND"],
      [("Arvind Nair", "IND", "ministre de la Défense")], None, []),
    E("visit", "reported", "2024-11-14", ("Cherbourg", "FRA"), ["FRA", "IND"],
      [("Rajiv Khanna", "IND", "secrétaire à la Défense")], None, []),
],
wd=[("mercredi", "2024-11-13"), ("jeudi", "2024-11-14")],
note="Dialogue, a reception at the Élysée (seat = Paris; the unnamed president is left out) and a site visit by the delegation.",
style="ministry communiqué")

D("f2-032", "fr", "https://efs-senegal.fr/actualites/2024/06/cloture-stage-tireurs-elite-thies",
"""Éléments français au Sénégal
Accueil > Actualités > Coopération opérationnelle

Clôture d'un stage de tireurs d'élite au profit des forces armées sénégalaises

Le vendredi 7 juin s'est déroulée à Thiès la cérémonie de clôture du stage de tireur d'élite dispensé par les instructeurs des Éléments français au Sénégal (EFS) au profit de dix-huit militaires sénégalais.

Présidée par le colonel Mamadou Lamine Sarr, commandant de la zone militaire n° 7, la cérémonie s'est tenue en présence du lieutenant-colonel Pierre-Yves Marchand, chef du détachement d'instruction opérationnelle des EFS.

Pendant trois semaines, les stagiaires ont perfectionné le tir à longue distance, l'observation et le camouflage.

Lire aussi : Les EFS aux côtés de la Marine sénégalaise pour une formation à l'abordage
Partager : Facebook | LinkedIn | Imprimer""",
[
    E("training", "reported", "2024-06-07", ("Thies", "SEN"), ["FRA", "SEN"],
      [("Mamadou Lamine Sarr", "SEN", "commandant de la zone militaire n° 7"),
       ("Pierre-Yves Marchand", "FRA", "chef du détachement d'instruction opérationnelle des EFS")],
      None, ["training"]),
],
published="2024-06-10",
wd=[("vendredi", "2024-06-07")],
note="Closing of a course: city as exonym without diacritics (Thiès -> Thies). The 'Lire aussi' link title is page residue, not an event.",
style="forces news page with residue")

D("f2-033", "fr", "https://agenceatlas.ma/politique/5e-comite-mixte-maroco-espagnol-defense",
"""Rabat, 20 déc. (Agence Atlas) – La 5e réunion du Comité mixte maroco-espagnol de défense s'est tenue jeudi 19 décembre à Rabat, sous la coprésidence du général de division Abdelhak Bennani, inspecteur du Service de santé des Forces armées royales, et de l'amiral Ignacio Salvatierra Ruiz, secrétaire général de politique de défense du ministère espagnol de la Défense.

Les travaux ont porté sur le bilan des activités de l'année écoulée et sur les perspectives de coopération dans les domaines de la formation, de la santé militaire, du déminage humanitaire et de la sécurité maritime.

À l'issue de la réunion, les deux parties ont signé le plan de coopération bilatérale pour l'année à venir, qui comprend une quarantaine d'activités.""",
[
    E("dialogue", "reported", "--12-19", ("Rabat", "MAR"), ["ESP", "MAR"],
      [("Abdelhak Bennani", "MAR", "inspecteur du Service de santé des Forces armées royales"),
       ("Ignacio Salvatierra Ruiz", "ESP", "secrétaire général de politique de défense")],
      ("Comité mixte maroco-espagnol de défense", 5),
      ["maritime_security", "military_medicine", "training", "war_legacy"]),
    E("agreement", "reported", "--12-19", ("Rabat", "MAR"), ["ESP", "MAR"],
      [("Abdelhak Bennani", "MAR", "inspecteur du Service de santé des Forces armées royales"),
       ("Ignacio Salvatierra Ruiz", "ESP", "secrétaire général de politique de défense")],
      None, ["maritime_security", "military_medicine", "training", "war_legacy"]),
],
wd=[("jeudi", "2024-12-19")],
note="No year in the document: --12-19. Humanitarian demining -> war_legacy. The cooperation plan signed at the close is a separate agreement.",
style="news agency, dateline without year")

D("f2-034", "fr", "https://vna-francais.vn/defense/2025/03/destroyer-japonais-cam-ranh",
"""Khanh Hoa (VNA) – Le destroyer JS Ikazuchi de la Force maritime d'autodéfense du Japon a accosté le lundi 3 mars au port international de Cam Ranh, dans la province de Khanh Hoa, entamant une visite de cinq jours au Vietnam.

Le navire, avec à son bord plus de 200 officiers et marins sous le commandement du capitaine de frégate Sato Masaru, a été accueilli par le colonel Le Van Thanh, chef d'état-major adjoint de la Région navale 4, ainsi que par des représentants de l'ambassade du Japon.

Pendant leur séjour, les marins japonais rendront une visite de courtoisie aux autorités de la province de Khanh Hoa et participeront à des échanges professionnels avec la Marine populaire du Vietnam sur la recherche et le sauvetage en mer.""",
[
    E("port_call", "reported", "2025-03-03", ("Cam Ranh", "VNM"), ["JPN", "VNM"],
      [("Sato Masaru", "JPN", "capitaine de frégate, commandant du JS Ikazuchi"),
       ("Le Van Thanh", "VNM", "chef d'état-major adjoint de la Région navale 4")],
      None, ["naval_cooperation"]),
],
published="2025-03-04",
wd=[("lundi", "2025-03-03")],
note="Dateline names a province (Khanh Hoa); the port town is Cam Ranh. The courtesy call and SAR exchanges are announced ('rendront', 'participeront'): not coded.",
style="state news agency, French")

D("f2-035", "fr", "https://defense-mauritanie.mr/actualites/espagne-vedettes-garde-cotiere-nouadhibou",
"""Nouadhibou : l'Espagne remet quatre vedettes à la Garde côtière mauritanienne

Le commandant de la Garde côtière mauritanienne, le contre-amiral Sidi Mohamed Ould Cheikh, a réceptionné le mardi 15 avril 2025 à Nouadhibou quatre vedettes rapides offertes par le Royaume d'Espagne, en présence de l'ambassadeur d'Espagne en Mauritanie, M. Álvaro Mendizábal, et du colonel Javier Ortega Llamas, de la Guardia Civil espagnole.

Ce don, d'une valeur de 3,2 millions d'euros, vise à renforcer les capacités de surveillance des côtes mauritaniennes et la lutte contre la pêche illicite et les réseaux de trafic de migrants.

Avant la cérémonie, une formation de deux semaines avait été dispensée à Nouadhibou aux équipages mauritaniens par des formateurs de la Guardia Civil.""",
[
    E("assistance", "reported", "2025-04-15", ("Nouadhibou", "MRT"), ["ESP", "MRT"],
      [("Sidi Mohamed Ould Cheikh", "MRT", "commandant de la Garde côtière mauritanienne"),
       ("Álvaro Mendizábal", "ESP", "ambassadeur d'Espagne en Mauritanie"),
       ("Javier Ortega Llamas", "ESP", "colonel de la Guardia Civil")],
      None, ["capacity_building", "maritime_security"]),
    E("training", "reported", None, ("Nouadhibou", "MRT"), ["ESP", "MRT"], [], None, ["training"]),
],
wd=[("mardi", "2025-04-15")],
note="Coast-guard donation (maritime law enforcement is in scope) and the crews' course before it (date unknown: null).",
style="ministry news page")

D("f2-036", "fr", "https://lecourrierdetunis.tn/politique/bassani-visite-tunis-semaine-prochaine",
"""Tunis – Le ministre italien de la Défense, Lorenzo Bassani, se rendra la semaine prochaine à Tunis pour une visite de deux jours, a annoncé lundi le ministère tunisien de la Défense nationale.

Il devrait s'entretenir avec son homologue tunisien, Imed Ben Salah, de la coopération en matière de surveillance des frontières maritimes et de formation. Les deux ministres pourraient signer à cette occasion un accord-cadre de coopération militaire, selon une source diplomatique.

Une réunion de la commission militaire mixte tuniso-italienne, initialement prévue en octobre, avait été reportée sine die.""",
[],
wd=[("lundi", "2025-01-20")],
note="NEGATIVE: announced visit ('se rendra'), expected talks ('devrait'), possible signing ('pourraient'), postponed commission meeting.",
style="national paper")

D("f2-037", "fr", "https://nil-actualites.eg/fr/defense/cleopatre-2024-sacheve",
"""Le Caire, 20 septembre 2024 – L'exercice aérien franco-égyptien Cléopâtre 2024 s'est achevé jeudi dans l'espace aérien égyptien.

Du 9 au 19 septembre, six Rafale de l'armée de l'Air et de l'Espace et des Rafale et F-16 égyptiens ont enchaîné les missions d'entraînement au combat aérien.

Les équipages ont notamment travaillé le ravitaillement en vol ainsi que la recherche et le sauvetage au combat, a indiqué le général de brigade aérienne Laurent Brisset, commandant de la force aérienne de combat, présent à la cérémonie de clôture aux côtés du général Hossam El-Din Farouk, chef d'état-major de l'armée de l'Air égyptienne.""",
[
    E("exercise", "reported", "2024-09-09", (None, "EGY"), ["EGY", "FRA"],
      [("Laurent Brisset", "FRA", "commandant de la force aérienne de combat"),
       ("Hossam El-Din Farouk", "EGY", "chef d'état-major de l'armée de l'Air égyptienne")],
      ("Cléopâtre", None), ["search_rescue"]),
],
wd=[("jeudi", "2024-09-19")],
note="Airspace of a country, no town: city null, country EGY (the dateline city is where the dispatch was written). 'Cléopâtre 2024': the year is not an edition. Combat search and rescue -> search_rescue.",
style="regional paper")

D("f2-038", "fr", "https://agence-equateur.com/asie/2025/02/12/indonesie-france-lettre-intention-sous-marins",
"""Djakarta, 12 février 2025 (Agence Équateur) – L'Indonésie et la France ont signé mercredi à Djakarta une lettre d'intention portant sur l'acquisition de deux sous-marins supplémentaires et sur la formation des équipages indonésiens, à l'occasion de la première visite officielle en Indonésie de la ministre française des Armées, Sophie Laurentin.

Arrivée mardi, Mme Laurentin avait été reçue le jour même par le président indonésien au palais présidentiel. Mercredi matin, elle s'est entretenue avec son homologue indonésien, Bagus Hartono, au ministère de la Défense, avant la signature du document.

« C'est une étape majeure de notre partenariat stratégique », a déclaré M. Hartono.""",
[
    E("visit", "reported", "2025-02-11", ("Jakarta", "IDN"), ["FRA", "IDN"],
      [("Sophie Laurentin", "FRA", "ministre française des Armées")], None, []),
    E("meeting", "reported", "2025-02-11", ("Jakarta", "IDN"), ["FRA", "IDN"],
      [("Sophie Laurentin", "FRA", "ministre française des Armées")], None, []),
    E("meeting", "reported", "2025-02-12", ("Jakarta", "IDN"), ["FRA", "IDN"],
      [("Sophie Laurentin", "FRA", "ministre française des Armées"),
       ("Bagus Hartono", "IDN", "ministre indonésien de la Défense")],
      None, ["defense_industry", "training"]),
    E("agreement", "reported", "2025-02-12", ("Jakarta", "IDN"), ["FRA", "IDN"],
      [("Sophie Laurentin", "FRA", "ministre française des Armées"),
       ("Bagus Hartono", "IDN", "ministre indonésien de la Défense")],
      None, ["defense_industry", "training"]),
],
wd=[("mercredi", "2025-02-12"), ("mardi", "2025-02-11"), ("Mercredi", "2025-02-12")],
note="French exonym Djakarta -> Jakarta. Visit (arrival Tuesday), reception by the unnamed president, talks, and the letter of intent: four events.",
style="wire copy, French")

D("f2-039", "fr", "https://vna-francais.vn/politique/adieux-attache-defense-france",
"""Hanoï, 23 mai (VNA) – Le général de corps d'armée Nguyen Duc Long, vice-ministre de la Défense, a reçu le 22 mai à Hanoï le colonel Jean-Baptiste Morel, attaché de défense de France au Vietnam, venu lui faire ses adieux au terme de son mandat.

Le vice-ministre a salué la contribution du colonel Morel au développement des relations de défense entre les deux pays, notamment dans les domaines de la formation, de la médecine militaire et du maintien de la paix de l'ONU. Il a rappelé la visite officielle au Vietnam du ministre français des Armées en juin 2023, ainsi que la déclaration de vision commune sur la coopération de défense signée à Paris en novembre 2018.""",
[
    E("meeting", "reported", "--05-22", ("Hanoi", "VNM"), ["FRA", "VNM"],
      [("Nguyen Duc Long", "VNM", "vice-ministre de la Défense"),
       ("Jean-Baptiste Morel", "FRA", "attaché de défense de France au Vietnam")],
      None, ["military_medicine", "peacekeeping", "training"]),
    E("visit", "background", "2023-06", (None, "VNM"), ["FRA", "VNM"], [], None, []),
    E("agreement", "background", "2018-11", ("Paris", "FRA"), ["FRA", "VNM"], [], None, []),
],
note="Farewell call by an attaché (meeting). Background: an official visit to Vietnam with no town (city null) and a vision statement signed in Paris.",
style="state news agency, French")

D("f2-040", "fr", "https://lematinderabat.ma/politique/2025/06/25/lahlou-laurentin-entretien-telephonique",
"""Rabat – Le ministre délégué chargé de l'Administration de la Défense nationale, Karim Lahlou, s'est entretenu mardi par téléphone avec la ministre française des Armées, Sophie Laurentin.

Selon un communiqué de l'Administration de la Défense nationale, les deux responsables ont évoqué l'état de la coopération militaire bilatérale, notamment dans les domaines de la formation, de l'industrie de défense et de la lutte contre le terrorisme, ainsi que la situation au Sahel.""",
[
    E("phone_call", "reported", "2025-06-24", None, ["FRA", "MAR"],
      [("Karim Lahlou", "MAR", "ministre délégué chargé de l'Administration de la Défense nationale"),
       ("Sophie Laurentin", "FRA", "ministre française des Armées")],
      None, ["counter_terrorism", "defense_industry", "training"]),
],
published="2025-06-25",
wd=[("mardi", "2025-06-24")],
note="'s'est entretenu par téléphone': phone_call, not meeting. Weekday resolved with the published date.",
style="national paper brief")

D("f2-041", "fr", "https://marine-actus.fr/operations/2024/10/grand-african-nemo-2024",
"""Marine nationale – Actualités

Golfe de Guinée : fin de l'exercice Grand African Nemo 2024

Du 3 au 10 octobre 2024, la Marine nationale a conduit l'exercice Grand African Nemo dans le golfe de Guinée, aux côtés des marines du Sénégal, de Côte d'Ivoire, du Ghana, du Bénin, du Togo, du Cameroun et du Gabon.

Placé sous la direction du capitaine de vaisseau Éric Lemoine, commandant de la mission Corymbe, l'exercice a permis d'entraîner les centres d'opérations maritimes de la région à l'échange d'informations, à la lutte contre la piraterie et la pêche illégale, ainsi qu'au sauvetage en mer.

À l'issue de l'exercice, le patrouilleur de haute mer Commandant Blaison a fait escale à Lomé du 11 au 13 octobre, où son équipage a accueilli à bord des élèves de l'École nationale de la marine togolaise.""",
[
    E("exercise", "reported", "2024-10-03", None,
      ["BEN", "CIV", "CMR", "FRA", "GAB", "GHA", "SEN", "TGO"],
      [("Éric Lemoine", "FRA", "capitaine de vaisseau, commandant de la mission Corymbe")],
      ("Grand African Nemo", None),
      ["information_sharing", "maritime_security", "naval_cooperation", "search_rescue"]),
    E("port_call", "reported", "2024-10-11", ("Lome", "TGO"), ["FRA", "TGO"], [], None, ["naval_cooperation"]),
],
note="Multilateral exercise at sea (location null), eight navies. The follow-on port call in Lomé (exonym without diacritic: Lome) is a separate event.",
style="navy news")

D("f2-042", "fr", "https://europe-defense-hebdo.eu/2025/02/13/laurentin-malinowski-bruxelles",
"""Bruxelles – La ministre des Armées, Sophie Laurentin, s'est entretenue mercredi avec son homologue polonais, Krzysztof Malinowski, en marge de la réunion des ministres de la Défense de l'OTAN à Bruxelles.

Les deux ministres ont évoqué le renforcement de la défense aérienne sur le flanc est de l'Alliance, la production de munitions et la formation des militaires ukrainiens. Mme Laurentin a ensuite rencontré son homologue estonien, Hanno Kask, avec qui elle a abordé la coopération dans le domaine cyber.""",
[
    E("meeting", "reported", "2025-02-12", ("Brussels", "BEL"), ["FRA", "POL"],
      [("Sophie Laurentin", "FRA", "ministre des Armées"),
       ("Krzysztof Malinowski", "POL", "ministre polonais de la Défense")],
      None, ["defense_industry", "training"]),
    E("meeting", "reported", "2025-02-12", ("Brussels", "BEL"), ["EST", "FRA"],
      [("Sophie Laurentin", "FRA", "ministre des Armées"),
       ("Hanno Kask", "EST", "ministre estonien de la Défense")],
      None, ["cybersecurity"]),
],
published="2025-02-13",
wd=[("mercredi", "2025-02-12")],
note="Two bilateral meetings on the sidelines of a NATO meeting in Brussels; the host country is not a party; the NATO ministerial itself is not coded (its parties are not given). Ukraine is a subject, not a party. 'ensuite' = same day.",
style="specialist weekly")

D("f2-043", "fr", "https://defense-pologne-info.pl/fr/2025/06/wrona-visite-coree",
"""Varsovie – Le chef de l'état-major général de l'armée polonaise, le général Tadeusz Wrona, a effectué du 2 au 5 juin 2025 une visite officielle en République de Corée, a indiqué l'état-major.

Reçu le 2 juin à Séoul par le président du comité des chefs d'état-major interarmées sud-coréen, le général Lee Dong-hyun, le général Wrona a évoqué le développement des échanges d'officiers, les exercices conjoints et l'interopérabilité des chars K2 et des obusiers K9 en service dans les deux armées.

Le 4 juin, la délégation polonaise s'est rendue à Changwon, où elle a visité les chaînes de production des obusiers K9.""",
[
    E("visit", "reported", "2025-06-02", ("Seoul", "KOR"), ["KOR", "POL"],
      [("Tadeusz Wrona", "POL", "chef de l'état-major général de l'armée polonaise")], None, []),
    E("meeting", "reported", "2025-06-02", ("Seoul", "KOR"), ["KOR", "POL"],
      [("Tadeusz Wrona", "POL", "chef de l'état-major général de l'armée polonaise"),
       ("Lee Dong-hyun", "KOR", "président du comité des chefs d'état-major interarmées")],
      None, ["defense_industry", "delegation_exchange"]),
    E("visit", "reported", "2025-06-04", ("Changwon", "KOR"), ["KOR", "POL"], [], None, ["defense_industry"]),
],
note="Participle opening ('Reçu le 2 juin à Séoul par ...'). Official visit, reception and factory visit. Séoul -> Seoul. Exchanges of officers -> delegation_exchange.",
style="defence news site, French")

D("f2-044", "fr", "https://far-maroc-actualites.ma/formation/ceremonie-sortie-arm-meknes-2025",
"""Meknès – La cérémonie de sortie de la nouvelle promotion de l'Académie royale militaire s'est déroulée le samedi 26 juillet 2025 à Meknès. Parmi les 320 officiers lauréats figurent 45 élèves officiers étrangers originaires de douze pays africains, dont le Sénégal, la Guinée, le Gabon et la Mauritanie.

Le général de division Abdelaziz Ouazzani, commandant de l'Académie, a présidé la cérémonie. La sous-lieutenante sénégalaise Aminata Diallo, major des élèves officiers étrangers, a reçu le prix de l'excellence.""",
[
    E("training", "reported", "2025-07-26", ("Meknes", "MAR"), ["GAB", "GIN", "MAR", "MRT", "SEN"],
      [("Abdelaziz Ouazzani", "MAR", "commandant de l'Académie royale militaire"),
       ("Aminata Diallo", "SEN", "sous-lieutenante, major des élèves officiers étrangers")],
      None, ["training"]),
],
wd=[("samedi", "2025-07-26")],
note="Graduation with foreign cadets: only the four named countries are listed besides Morocco (the other eight are unnamed). Meknès -> Meknes.",
style="armed forces news")

D("f2-045", "fr", "https://eco-alger.dz/economie/forum-affaires-algero-francais",
"""Alger – Plus de cent entreprises françaises et algériennes ont participé au forum d'affaires algéro-français organisé à Alger par la Chambre de commerce et d'industrie, en présence du ministre algérien du Commerce, Farid Benyoucef, et de la ministre française déléguée au Commerce extérieur, Élise Rocheteau.

Les échanges ont porté sur l'agroalimentaire, l'énergie, le numérique et le tourisme. Onze accords commerciaux ont été signés entre des entreprises des deux pays, notamment dans la production de médicaments génériques et le dessalement de l'eau de mer.

Les deux ministres ont convenu de se retrouver à Paris à l'automne pour la prochaine session du comité économique mixte.""",
[],
note="NEGATIVE: economic forum and commercial agreements between firms, no defence side; the next session of the economic committee is planned.",
style="business paper")

D("f2-046", "fr", "https://agence-equateur.com/asie/manille-exercice-trilateral-garde-cotes",
"""Manille, 21 juin (Agence Équateur) – Les garde-côtes des Philippines, du Japon et des États-Unis ont mené jeudi 20 juin un exercice trilatéral de recherche et de sauvetage et de lutte contre la pollution au large de la province de Bataan, a annoncé la Garde côtière philippine.

Le patrouilleur japonais Akitsushima et le cotre américain Stratton, arrivés mardi à Manille pour une escale de cinq jours, ont pris part à l'exercice aux côtés de deux navires philippins. Le vice-amiral Rodel Santiago, commandant adjoint chargé des opérations de la Garde côtière philippine, a dirigé l'exercice.""",
[
    E("exercise", "reported", "--06-20", (None, "PHL"), ["JPN", "PHL", "USA"],
      [("Rodel Santiago", "PHL", "commandant adjoint chargé des opérations de la Garde côtière philippine")],
      None, ["maritime_security", "search_rescue"]),
    E("port_call", "reported", "--06-18", ("Manila", "PHL"), ["JPN", "PHL"], [], None,
      ["maritime_security", "naval_cooperation"]),
    E("port_call", "reported", "--06-18", ("Manila", "PHL"), ["PHL", "USA"], [], None,
      ["maritime_security", "naval_cooperation"]),
],
wd=[("jeudi", "2024-06-20"), ("mardi", "2024-06-18")],
note="No year in the document. Off a province (Bataan): city null, country PHL. Two ships of two countries arriving on the same day are coded as two port calls (one per visiting country). 'mardi' resolved from jeudi 20 juin.",
style="wire copy, French, no year")

D("f2-047", "fr", "https://lorient-liban-info.lb/2025/01/14/france-vehicules-deminage-armee-libanaise",
"""Beyrouth – L'ambassadeur de France au Liban, Hervé Castagnac, a remis lundi au commandant de l'armée libanaise, le général Michel Abou Jaoudé, un lot de vingt véhicules tactiques et du matériel de déminage destiné au régiment du génie, lors d'une cérémonie à Beyrouth.

Ce don s'inscrit dans le soutien de la France au déploiement de l'armée libanaise au sud du Litani. En mars 2024, la France avait déjà remis à Beyrouth six ambulances militaires et du matériel médical à l'armée libanaise.""",
[
    E("assistance", "reported", "2025-01-13", ("Beirut", "LBN"), ["FRA", "LBN"],
      [("Hervé Castagnac", "FRA", "ambassadeur de France au Liban"),
       ("Michel Abou Jaoudé", "LBN", "commandant de l'armée libanaise")],
      None, ["war_legacy"]),
    E("assistance", "background", "2024-03", ("Beirut", "LBN"), ["FRA", "LBN"], [], None, ["military_medicine"]),
],
published="2025-01-14",
wd=[("lundi", "2025-01-13")],
note="Donation handed over by an ambassador to an army (defence side: the recipient). Demining equipment -> war_legacy. Background donation March 2024.",
style="regional paper")

D("f2-048", "fr", "https://madagascar-matin.mg/2025/04/12/ins-anvesha-toamasina-aide",
"""Antananarivo, 12 avril 2025 – Le navire de débarquement de la marine indienne INS Anvesha a fait escale au port de Toamasina du 8 au 11 avril, dans le cadre de l'aide humanitaire envoyée par New Delhi après le cyclone qui a frappé la côte est de l'île en mars.

Le navire a débarqué 500 tonnes de riz, des tentes et des médicaments, remis le 9 avril aux autorités malgaches lors d'une cérémonie en présence du ministre des Forces armées, le général Hery Rasoanaivo, et du haut-commissaire de l'Inde, M. Pradeep Iyer.""",
[
    E("port_call", "reported", "2025-04-08", ("Toamasina", "MDG"), ["IND", "MDG"], [], None, ["naval_cooperation"]),
    E("assistance", "reported", "2025-04-09", ("Toamasina", "MDG"), ["IND", "MDG"],
      [("Hery Rasoanaivo", "MDG", "ministre des Forces armées"),
       ("Pradeep Iyer", "IND", "haut-commissaire de l'Inde")],
      None, ["disaster_relief"]),
],
note="Port call plus handover of relief aid. The dateline city (Antananarivo) is not where the events took place.",
style="national paper")

D("f2-049", "fr", "https://vna-francais.vn/politique/3e-dialogue-politique-defense-vietnam-cambodge",
"""Phnom Penh, 11 janvier (VNA) – Le 3e Dialogue sur la politique de défense Vietnam–Cambodge s'est tenu le 10 janvier à Phnom Penh, sous la coprésidence du général de corps d'armée Hoang Van Tuan, vice-ministre vietnamien de la Défense, et du général Chea Sokha, secrétaire d'État au ministère cambodgien de la Défense nationale.

Les deux parties ont convenu de renforcer les échanges de délégations, la formation des cadres cambodgiens dans les écoles militaires vietnamiennes ainsi que la recherche et le rapatriement des restes des soldats volontaires vietnamiens tombés au Cambodge.

Le même jour, la délégation vietnamienne conduite par le général Hoang Van Tuan a rendu une visite de courtoisie au vice-Premier ministre et ministre cambodgien de la Défense nationale, le général Sok Vannarith.""",
[
    E("dialogue", "reported", "--01-10", ("Phnom Penh", "KHM"), ["KHM", "VNM"],
      [("Hoang Van Tuan", "VNM", "vice-ministre vietnamien de la Défense"),
       ("Chea Sokha", "KHM", "secrétaire d'État au ministère cambodgien de la Défense nationale")],
      ("Dialogue sur la politique de défense", 3), ["delegation_exchange", "training", "war_legacy"]),
    E("meeting", "reported", "--01-10", ("Phnom Penh", "KHM"), ["KHM", "VNM"],
      [("Hoang Van Tuan", "VNM", "vice-ministre vietnamien de la Défense"),
       ("Sok Vannarith", "KHM", "vice-Premier ministre et ministre de la Défense nationale")],
      None, []),
],
note="No year in the document. Repatriation of soldiers' remains -> war_legacy. Courtesy call the same day is a separate meeting.",
style="state news agency, French")

D("f2-050", "fr", "https://mer-et-marine-hebdo.fr/2024/03/22/delegation-bresilienne-cherbourg",
"""Cherbourg – Une délégation de la Marine brésilienne, conduite par l'amiral d'escadre Ricardo Azevedo Lima, a visité jeudi la base navale de Cherbourg et le site de Naval Group où ont été conçus les sous-marins du programme brésilien Prosub, en présence du vice-amiral d'escadre François Kerlouan, préfet maritime de la Manche et de la mer du Nord.

La délégation s'est intéressée au maintien en condition opérationnelle des sous-marins et à la formation des équipages.

La veille, l'amiral Azevedo Lima avait été reçu à Paris par le chef d'état-major de la Marine, l'amiral Laurent Vaudrey, pour un entretien consacré à la coopération entre les deux marines.""",
[
    E("visit", "reported", "2024-03-21", ("Cherbourg", "FRA"), ["BRA", "FRA"],
      [("Ricardo Azevedo Lima", "BRA", "amiral d'escadre"),
       ("François Kerlouan", "FRA", "préfet maritime de la Manche et de la mer du Nord")],
      None, ["defense_industry", "training"]),
    E("meeting", "reported", "2024-03-20", ("Paris", "FRA"), ["BRA", "FRA"],
      [("Ricardo Azevedo Lima", "BRA", "amiral d'escadre"),
       ("Laurent Vaudrey", "FRA", "chef d'état-major de la Marine")],
      None, ["naval_cooperation"]),
],
published="2024-03-22",
wd=[("jeudi", "2024-03-21")],
note="Foreign delegation visiting a base and a shipyard; 'La veille' = the day before Thursday.",
style="specialist maritime weekly")

D("f2-051", "fr", "https://cotonou-quotidien.bj/politique/defense-dement-accord-puissance-etrangere",
"""Cotonou – Le ministère béninois de la Défense nationale a formellement démenti les informations publiées sur les réseaux sociaux faisant état de la signature d'un accord de défense entre le Bénin et une puissance étrangère.

« Aucun accord de cette nature n'a été signé et aucune délégation étrangère n'a été reçue à ce sujet », précise le communiqué signé du directeur de cabinet, qui appelle la population à la vigilance face aux fausses informations.""",
[],
note="NEGATIVE: denied agreement and denied reception.",
style="national paper brief")

D("f2-052", "fr", "https://agence-equateur.com/asie/2025/07/12/7e-2plus2-franco-japonais-tokyo",
"""Tokyo, 12 juillet 2025 – La 7e réunion « 2+2 » franco-japonaise des ministres des Affaires étrangères et de la Défense s'est tenue vendredi 11 juillet à Tokyo. Le ministre de l'Europe et des Affaires étrangères, Jean-Marc Delorme, et la ministre des Armées, Sophie Laurentin, y ont retrouvé leurs homologues japonais, Haruka Ishizuka et Takeshi Omura.

Les ministres ont adopté une feuille de route pour la coopération de défense 2025-2030, qui prévoit davantage d'exercices navals conjoints dans l'Indo-Pacifique, une coopération sur les équipements de défense et un dialogue renforcé en matière de cybersécurité. Ils ont également annoncé l'ouverture de négociations en vue d'un accord d'accès réciproque.""",
[
    E("dialogue", "reported", "2025-07-11", ("Tokyo", "JPN"), ["FRA", "JPN"],
      [("Jean-Marc Delorme", "FRA", "ministre de l'Europe et des Affaires étrangères"),
       ("Sophie Laurentin", "FRA", "ministre des Armées"),
       ("Haruka Ishizuka", "JPN", "ministre des Affaires étrangères"),
       ("Takeshi Omura", "JPN", "ministre de la Défense")],
      ("réunion « 2+2 » franco-japonaise", 7),
      ["cybersecurity", "defense_industry", "naval_cooperation"]),
    E("agreement", "reported", "2025-07-11", ("Tokyo", "JPN"), ["FRA", "JPN"],
      [("Jean-Marc Delorme", "FRA", "ministre de l'Europe et des Affaires étrangères"),
       ("Sophie Laurentin", "FRA", "ministre des Armées"),
       ("Haruka Ishizuka", "JPN", "ministre des Affaires étrangères"),
       ("Takeshi Omura", "JPN", "ministre de la Défense")],
      None, ["cybersecurity", "defense_industry", "naval_cooperation"]),
],
wd=[("vendredi", "2025-07-11")],
note="The adopted roadmap is an agreement (cooperation plan); the announced negotiations on a reciprocal access agreement are not.",
style="wire copy, French")

D("f2-053", "fr", "https://vna-francais.vn/defense/2025/04/38e-patrouille-conjointe-golfe-tonkin",
"""Hanoï (VNA) – La 38e patrouille conjointe entre la Marine populaire du Vietnam et la Marine de l'Armée populaire de libération de Chine dans le golfe du Tonkin s'est déroulée les 24 et 25 avril.

Les navires des deux marines ont parcouru la ligne de délimitation et mené un exercice de recherche et de sauvetage ainsi que des échanges de signaux. La patrouille était dirigée côté vietnamien par le capitaine de vaisseau Tran Minh Quang, commandant adjoint de la Région navale 1, et côté chinois par le capitaine de vaisseau Liu Jianguo.""",
[
    E("exercise", "reported", "2025-04-24", None, ["CHN", "VNM"],
      [("Tran Minh Quang", "VNM", "commandant adjoint de la Région navale 1"),
       ("Liu Jianguo", "CHN", "capitaine de vaisseau")],
      ("patrouille conjointe dans le golfe du Tonkin", 38),
      ["maritime_security", "naval_cooperation", "search_rescue"]),
], published="2025-04-26",
note="Numbered joint patrol in a gulf shared by two countries: location null. 'les 24 et 25 avril': first day.",
style="state news agency, French")

D("f2-054", "fr", "https://ambafrance-abidjan-info.ci/cooperation/plongeurs-demineurs-ivoiriens",
"""Ambassade de France en Côte d'Ivoire
Accueil › Coopération de sécurité et de défense › Actualités
Publié le 2 décembre 2024

Des plongeurs-démineurs ivoiriens formés par la Marine nationale

Une session de formation de plongeurs-démineurs organisée par la Marine nationale française au profit de douze marins ivoiriens s'est achevée le 28 novembre à la base navale d'Abidjan. Pendant quatre semaines, les stagiaires ont appris les techniques de plongée, de recherche et de neutralisation des munitions historiques immergées dans la lagune Ébrié et les chenaux du port.

Le contre-amiral Ibrahim Koné, chef d'état-major de la Marine ivoirienne, a remis les brevets aux stagiaires en présence du capitaine de frégate Yannick Le Goff, chef de l'équipe de formation.""",
[
    E("training", "reported", "2024-11-28", ("Abidjan", "CIV"), ["CIV", "FRA"],
      [("Ibrahim Koné", "CIV", "chef d'état-major de la Marine ivoirienne"),
       ("Yannick Le Goff", "FRA", "chef de l'équipe de formation")],
      None, ["training", "war_legacy"]),
],
note="Year only in the page residue 'Publié le 2 décembre 2024'. Closing of a course (date of the closing). Underwater historical munitions -> war_legacy.",
style="embassy page with residue")

D("f2-055", "fr", "https://ocean-indien-defense.fr/2024/09/03/varuna-22-goa",
"""La 22e édition de l'exercice naval franco-indien Varuna s'est ouverte lundi au large de Goa, sur la côte ouest de l'Inde, a indiqué l'état-major des armées.

La frégate Surcouf et un avion de patrouille maritime Atlantique 2 participent, aux côtés de bâtiments indiens, à des entraînements de lutte anti-sous-marine, de défense aérienne et de ravitaillement à la mer. Avant le début de l'exercice, la Surcouf avait fait escale à Mormugao du 29 au 31 août.

L'exercice est dirigé par le contre-amiral Philippe Garaud, commandant de la zone maritime de l'océan Indien, et par le contre-amiral Vikram Joshi, commandant de la flotte occidentale de la marine indienne.""",
[
    E("exercise", "reported", "2024-09-02", (None, "IND"), ["FRA", "IND"],
      [("Philippe Garaud", "FRA", "commandant de la zone maritime de l'océan Indien"),
       ("Vikram Joshi", "IND", "commandant de la flotte occidentale")],
      ("Varuna", 22), ["naval_cooperation"]),
    E("port_call", "reported", "2024-08-29", ("Mormugao", "IND"), ["FRA", "IND"], [], None, ["naval_cooperation"]),
],
published="2024-09-03",
wd=[("lundi", "2024-09-02")],
note="Off Goa (a state, not a town): city null, country IND. Port call just before the exercise (pluperfect) is reported, not background.",
style="specialist site")

D("f2-056", "fr", "https://asie-defense-breves.fr/thailande/passation-attache-defense",
"""Bangkok – Le commandant en chef de la Marine royale thaïlandaise, l'amiral Chatchai Srisawat, a reçu le 8 octobre en visite de courtoisie l'attaché de défense de France en Thaïlande, le colonel Bruno Lacombe, venu lui présenter son successeur, le capitaine de vaisseau Étienne Vasseur.

Mots-clés : Marine, Coopération, Thaïlande""",
[
    E("meeting", "reported", "--10-08", ("Bangkok", "THA"), ["FRA", "THA"],
      [("Chatchai Srisawat", "THA", "commandant en chef de la Marine royale thaïlandaise"),
       ("Bruno Lacombe", "FRA", "attaché de défense de France en Thaïlande"),
       ("Étienne Vasseur", "FRA", "capitaine de vaisseau, successeur de l'attaché")],
      None, []),
],
note="One-sentence brief; location from the dateline only; no year.",
style="one-line brief")

D("f2-057", "fr", "https://ouest-littoral.fr/brest/2025/03/18/ministre-armees-base-navale",
"""Brest – La ministre des Armées, Sophie Laurentin, a visité lundi la base navale de Brest, où elle a assisté à l'admission au service actif d'une nouvelle frégate de défense et d'intervention.

Elle a salué les marins de retour d'une mission de trois mois dans l'océan Indien et annoncé l'accélération du programme de renouvellement des chasseurs de mines. « Notre marine doit être prête », a-t-elle déclaré devant les équipages.""",
[],
published="2025-03-18",
wd=[("lundi", "2025-03-17")],
note="NEGATIVE: domestic only (a minister visiting her own navy's base, commissioning, national procurement).",
style="regional paper")

D("f2-058", "fr", "https://vna-francais.vn/defense/diplomes-officiers-laotiens-academie",
"""Hanoï, 20 juin (VNA) – L'Académie de la Défense nationale a organisé le 19 juin à Hanoï une cérémonie de remise des diplômes à 25 officiers de l'Armée populaire lao ayant achevé un cours de perfectionnement en stratégie militaire.

Y assistaient le général de corps d'armée Hoang Van Tuan, vice-ministre de la Défense, et le général de division Khamphone Sisavath, attaché militaire du Laos au Vietnam.

Le général Hoang Van Tuan a souligné que la formation de cadres constituait un pilier de la coopération spéciale entre les deux armées.""",
[
    E("training", "reported", "--06-19", ("Hanoi", "VNM"), ["LAO", "VNM"],
      [("Hoang Van Tuan", "VNM", "vice-ministre de la Défense"),
       ("Khamphone Sisavath", "LAO", "attaché militaire du Laos au Vietnam")],
      None, ["training"]),
],
note="Graduation of foreign officers; no year in the document.",
style="state news agency, French")

D("f2-059", "fr", "https://defense-aero-hebdo.fr/2024/05/03/desert-eagle-3-al-dhafra",
"""Défense & Aéro Hebdo – 3 mai 2024

La troisième édition de l'exercice aérien bilatéral Desert Eagle entre l'armée de l'Air indienne et l'armée de l'Air des Émirats arabes unis s'est déroulée du 16 avril au 2 mai à la base aérienne d'Al Dhafra.

Des Su-30MKI indiens et des Mirage 2000-9 émiriens ont mené des missions de combat aérien dissimilaire et d'escorte. Le détachement indien était commandé par le commandant d'escadre aérienne Nikhil Bhatia.""",
[
    E("exercise", "reported", "2024-04-16", (None, "ARE"), ["ARE", "IND"],
      [("Nikhil Bhatia", "IND", "commandant d'escadre aérienne, chef du détachement indien")],
      ("Desert Eagle", 3), []),
],
note="Air base with no town named: city null, country ARE. Ordinal in words ('troisième') = edition 3.",
style="specialist weekly")

D("f2-060", "fr", "https://revue-indo-pacifique.fr/analyses/canberra-paris-relation-defense",
"""Analyse – Entre Canberra et Paris, la relation de défense reprend des couleurs

Trois ans après la crise des sous-marins, les signes de réchauffement se multiplient. Le chef des forces de défense australiennes, l'amiral David Carrington, a effectué du 23 au 26 septembre 2024 sa première visite officielle en France. Reçu le 23 à Balard par le chef d'état-major des armées, le général Olivier Ferrand, il a évoqué la sécurité maritime dans l'Indo-Pacifique, la cyberdéfense et l'interopérabilité des forces. Le 25, il s'est rendu à Toulon, où il a visité la base navale et embarqué à bord d'un sous-marin nucléaire d'attaque.

Le dégel avait commencé en janvier 2023, lorsque les ministres des Affaires étrangères et de la Défense des deux pays s'étaient retrouvés à Paris pour des consultations « 2+2 ». En juillet 2023, la frégate Prairial avait participé à l'exercice australo-américain Talisman Sabre au large du Queensland.

Reste la question industrielle. Certains, à Paris, rêvent d'un retour de Naval Group en Australie ; à Canberra, on juge l'hypothèse prématurée. Une nouvelle réunion « 2+2 » pourrait se tenir l'an prochain.""",
[
    E("visit", "reported", "2024-09-23", ("Paris", "FRA"), ["AUS", "FRA"],
      [("David Carrington", "AUS", "chef des forces de défense australiennes")], None, []),
    E("meeting", "reported", "2024-09-23", ("Paris", "FRA"), ["AUS", "FRA"],
      [("David Carrington", "AUS", "chef des forces de défense australiennes"),
       ("Olivier Ferrand", "FRA", "chef d'état-major des armées")],
      None, ["cybersecurity", "maritime_security"]),
    E("visit", "reported", "2024-09-25", ("Toulon", "FRA"), ["AUS", "FRA"],
      [("David Carrington", "AUS", "chef des forces de défense australiennes")], None, []),
    E("dialogue", "background", "2023-01", ("Paris", "FRA"), ["AUS", "FRA"], [],
      ("consultations « 2+2 »", None), []),
    E("exercise", "background", "2023-07", (None, "AUS"), ["AUS", "FRA", "USA"], [],
      ("Talisman Sabre", None), ["naval_cooperation"]),
],
note="Long analysis. Balard (seat of the ministry) stands for Paris. Background 2+2 (January 2023) and Talisman Sabre off Queensland (a state: city null). The next 2+2 is hypothetical.",
style="long analysis with background")


# ---------------------------------------------------------------- checks

def fail(msg):
    sys.exit("make.py: VALIDATION FAILED: " + msg)


def check():
    ids = [d["id"] for d in DOCS]
    if ids != ["f2-%03d" % i for i in range(1, len(DOCS) + 1)]:
        fail("ids not consecutive: %s" % ids)
    if len(DOCS) != 60:
        fail("expected 60 docs, got %d" % len(DOCS))
    langs = collections.Counter(d["lang"] for d in DOCS)
    if langs != {"en": 30, "fr": 30}:
        fail("language counts %s" % langs)
    wd_words = {lang: [w.lower() for w in ws] for lang, ws in WEEKDAYS.items()}
    for d in DOCS:
        did, text, lang = d["id"], d["text"], d["lang"]
        if not d["url"].startswith("https://"):
            fail(did + ": url")
        pub = d["published"]
        if pub is not None:
            datetime.date.fromisoformat(pub)
        # weekday words: every occurrence must be declared and match the calendar
        found = collections.Counter()
        for lg, words in wd_words.items():
            for w in words:
                for m in re.finditer(r"\b%s\b" % w, text, flags=re.I):
                    found[(lg, w)] += 1
        declared = collections.Counter()
        for word, iso in d["wd"]:
            wl = word.lower()
            if wl not in wd_words[lang]:
                fail("%s: weekday %r not a %s weekday" % (did, word, lang))
            if word not in text:
                fail("%s: weekday %r not in text" % (did, word))
            day = datetime.date.fromisoformat(iso)
            real = wd_words[lang][day.weekday()]
            if real != wl:
                fail("%s: %s is a %s, not %s" % (did, iso, real, word))
            if pub is not None and day > datetime.date.fromisoformat(pub) + datetime.timedelta(days=7):
                fail("%s: weekday date %s far after published" % (did, iso))
            declared[(lang, wl)] += 1
        if found != declared:
            fail("%s: weekday words in text %s != declared %s" % (did, dict(found), dict(declared)))
        for ev in d["events"]:
            where = "%s/%s" % (did, ev["type"])
            if set(ev) != {"type", "status", "date", "location", "countries", "participants",
                           "mechanism", "areas"}:
                fail(where + ": keys")
            if ev["type"] not in TYPES:
                fail(where + ": type")
            if ev["status"] not in STATUSES:
                fail(where + ": status")
            dt = ev["date"]
            if dt is not None:
                if not DATE_RE.match(dt):
                    fail(where + ": date form %r" % dt)
                if dt.startswith("--"):
                    if pub is not None:
                        fail(where + ": --MM-DD date although published gives the year")
                    probe = "2024" + dt[1:] if len(dt) == 7 else None
                    if probe:
                        datetime.date.fromisoformat(probe)
                else:
                    full = dt + "-01" * (2 - dt.count("-")) if len(dt) < 10 else dt
                    datetime.date.fromisoformat(full if len(dt) != 4 else dt + "-01-01")
                    if dt[:4] not in text and (pub is None or pub[:4] != dt[:4]):
                        fail(where + ": year %s given neither by text nor published" % dt[:4])
                    if pub is not None and len(dt) == 10 and dt > pub:
                        fail(where + ": date after published")
            if ev["status"] == "background":
                if dt is None or dt.startswith("--") or len(dt) < 7:
                    fail(where + ": background needs at least month and year")
            loc = ev["location"]
            if loc is not None:
                if set(loc) != {"city", "country"}:
                    fail(where + ": location keys")
                if loc["country"] is not None and loc["country"] not in ISO3:
                    fail(where + ": location country")
                if loc["city"] is not None:
                    if not loc["city"].isascii():
                        fail(where + ": city must be ASCII exonym: %r" % loc["city"])
                    if loc["country"] is None:
                        fail(where + ": city without country")
                if loc["city"] is None and loc["country"] is None:
                    fail(where + ": empty location should be null")
            cs = ev["countries"]
            if len(cs) < 2 or cs != sorted(set(cs)):
                fail(where + ": countries must be >=2, sorted, unique: %s" % cs)
            for c in cs:
                if c not in ISO3:
                    fail(where + ": unknown ISO3 %s" % c)
            for p in ev["participants"]:
                if set(p) != {"name", "country", "title"}:
                    fail(where + ": participant keys")
                if p["name"] not in text:
                    fail(where + ": participant %r not verbatim in text" % p["name"])
                if p["country"] not in cs:
                    fail(where + ": participant %r country %s not a party" % (p["name"], p["country"]))
            names = [p["name"] for p in ev["participants"]]
            if len(names) != len(set(names)):
                fail(where + ": duplicate participant")
            m = ev["mechanism"]
            if m is not None:
                if set(m) != {"name", "edition"} or not m["name"]:
                    fail(where + ": mechanism")
                if m["edition"] is not None and (not isinstance(m["edition"], int) or m["edition"] < 1):
                    fail(where + ": edition")
                if m["name"].split()[0] not in text:
                    fail(where + ": mechanism name not in text")
            ar = ev["areas"]
            if ar != sorted(set(ar)):
                fail(where + ": areas not sorted/unique: %s" % ar)
            for a in ar:
                if a not in AREAS:
                    fail(where + ": unknown area %s" % a)
        if not d["events"] and not (d["note"] or "").startswith("NEGATIVE"):
            fail(did + ": empty doc must have a NEGATIVE note")
        if d["events"] and (d["note"] or "").startswith("NEGATIVE"):
            fail(did + ": NEGATIVE note on a doc with events")
    npub = sum(1 for d in DOCS if d["published"])
    if not 15 <= npub <= 25:
        fail("published on %d docs, want about a third" % npub)
    nvn = sum(1 for d in DOCS if "VNM" in {c for e in d["events"] for c in e["countries"]}
              or "Vietnam" in d["text"] or "Viet Nam" in d["text"])
    if nvn > 10:
        fail("%d docs involve Vietnam (max 10)" % nvn)
    return npub, nvn


# ---------------------------------------------------------------- output

CONVENTIONS = """\
- **Published date is part of the document.** When a document carries `published`, it gives the year
  (and resolves 'on Tuesday', 'yesterday', 'last week'); `--MM-DD` is used only when neither the text
  (dateline, page residue such as 'Posted: 05/07/2024') nor `published` gives a year.
- **Weekday-only dates** are resolved to the most recent such weekday on or before the dispatch date.
- **Multi-day events** (exercises, dialogues, visits, patrols) are dated by their first day, also when the
  dispatch reports the closing ceremony; a course is dated by the reported opening/closing/graduation.
- **Location with no town.** When the text names no town but the country is clear (a province, a state,
  an island, a region, an airspace, an air base not named after a town), the location is
  `{"city": null, "country": ISO3}`; when neither is known (a sea or gulf between countries, a phone or
  video call), `location` is null. 'off <town>' (off Tangier, off Colombo) is coded as that town.
  A base named after its town (RMAF Butterworth, Toulon naval base) gives the town; a seat (Élysée, Balard) its city.
- **Dateline vs. place of the event.** The dateline city is used only when the text gives no other place
  (f2-056); it is not used when the event is placed elsewhere (f2-037, f2-048, f2-059).
- **Official visit + talks + site visits** are separate events (visit, meeting, visit), following the spec's
  'dialogue, then a courtesy call, then a visit to an air base'. The visit is located where it began.
- **A dialogue is not also a meeting**; a courtesy call made around a dialogue is a separate meeting.
- **Joint statements, roadmaps and cooperation plans adopted** at a dialogue are a separate `agreement`.
- **Port calls** by ships of two different countries on the same day are coded as one port call per
  visiting country (f2-046).
- **Areas** are coded only from what the text says was discussed, agreed or done; a port call always
  carries `naval_cooperation`, a training event `training`. A visit or courtesy call with no stated topic
  has no areas (delegation_exchange is not inferred from the mere fact of a visit).
- **Planned, announced ('will', 'is due to', 'se rendra', 'devrait'), hypothetical, denied, postponed or
  cancelled** events are not coded, also inside documents that report other events.
- **Earlier events** are coded as `background` only with at least a month and a year; year-only mentions
  ('in 2023', '1994') and 'earlier this year' are not coded.
- **Participants**: named persons only, name without rank/title and without honorifics (Datuk), in the
  document's order; the same person is listed in every event they took part in. Unnamed presidents and
  ministers are left out. Titles are free text in the document's language.
- **Mechanism names** are given in the document's language; editions from ordinals in digits, words or Roman
  numerals (XII); a year in an exercise name ('Cobra Gold 2025', 'Cléopâtre 2024') is not an edition.
  Multilateral forums hosting sideline meetings are not coded themselves (their parties are not listed).
"""


def main():
    npub, nvn = check()
    docs_path = os.path.join(HERE, "docs.jsonl")
    gold_path = os.path.join(HERE, "gold.jsonl")
    with open(docs_path, "w", encoding="utf-8") as f:
        for d in DOCS:
            rec = {"id": d["id"], "lang": d["lang"], "url": d["url"], "text": d["text"]}
            if d["published"]:
                rec["published"] = d["published"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(gold_path, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "lang": d["lang"], "events": d["events"]},
                               ensure_ascii=False) + "\n")

    evs = [(d["lang"], e) for d in DOCS for e in d["events"]]
    by_type = collections.Counter(e["type"] for _, e in evs)
    by_type_lang = collections.Counter((e["type"], l) for l, e in evs)
    by_status = collections.Counter(e["status"] for _, e in evs)
    by_status_lang = collections.Counter((e["status"], l) for l, e in evs)
    negs = [d for d in DOCS if not d["events"]]
    lines = []
    lines.append("# fresh2 — an independent evaluation set for Attaché\n")
    lines.append("Generated by `make.py`; do not edit `docs.jsonl`, `gold.jsonl` or this file by hand: "
                 "edit `make.py` and run `python3 make.py`.\n")
    lines.append("## How it was made\n")
    lines.append("Sixty dispatches (30 English, 30 French) were written by hand from the event specification "
                 "(`shared/spec/events.md`) alone, without looking at the extractor, its rules, its data, its "
                 "tests or any other evaluation set, so that their phrasings were not chosen for the extractor. "
                 "All people, outlets, quotes and URLs are invented; countries and cities are real. The texts "
                 "imitate wire copy (datelines with and without a year), ministry and embassy releases, navy "
                 "news pages with menus and 'Read more' residue, regional papers, one-line briefs, an opinion "
                 "piece and long features with background events. Most country pairs do not involve Vietnam "
                 "(%d documents do).\n" % nvn)
    lines.append("`make.py` holds every text and its gold as Python data and refuses to write anything unless: "
                 "every weekday word in a text is declared with the date it stands for and matches the real "
                 "calendar; every participant name occurs verbatim in its text; types, statuses, areas and ISO3 "
                 "codes are from the spec; countries and areas are sorted and unique; dates use the spec's "
                 "partial forms, background dates have at least a month and year, `--MM-DD` is used only where "
                 "no year is available, and a full date's year is given by the text or by `published`.\n")
    lines.append("Files: `docs.jsonl` (`id`, `lang`, `url`, `text`, and `published` on %d of 60 documents), "
                 "`gold.jsonl` (`id`, `lang`, `events`, same order; no `evidence`).\n" % npub)
    lines.append("## Counts\n")
    lines.append("| | en | fr | total |\n|---|---|---|---|")
    lines.append("| documents | %d | %d | %d |" % (30, 30, 60))
    lines.append("| documents without events | %d | %d | %d |" % (
        sum(1 for d in negs if d["lang"] == "en"), sum(1 for d in negs if d["lang"] == "fr"), len(negs)))
    lines.append("| events | %d | %d | %d |" % (
        sum(1 for l, _ in evs if l == "en"), sum(1 for l, _ in evs if l == "fr"), len(evs)))
    lines.append("")
    lines.append("| type | en | fr | total |\n|---|---|---|---|")
    for t in TYPES:
        lines.append("| %s | %d | %d | %d |" % (t, by_type_lang[(t, "en")], by_type_lang[(t, "fr")], by_type[t]))
    lines.append("")
    lines.append("| status | en | fr | total |\n|---|---|---|---|")
    for s in STATUSES:
        lines.append("| %s | %d | %d | %d |" % (s, by_status_lang[(s, "en")], by_status_lang[(s, "fr")], by_status[s]))
    lines.append("")
    nd = collections.Counter()
    for _, e in evs:
        dt = e["date"]
        nd["null" if dt is None else "--MM-DD" if dt.startswith("--") else
           {10: "YYYY-MM-DD", 7: "YYYY-MM", 4: "YYYY"}[len(dt)]] += 1
    lines.append("Date forms: " + ", ".join("%s %d" % kv for kv in sorted(nd.items())) + ".  ")
    nloc = collections.Counter("null" if e["location"] is None else
                               "country only" if e["location"]["city"] is None else "city" for _, e in evs)
    lines.append("Locations: " + ", ".join("%s %d" % kv for kv in sorted(nloc.items())) + ".  ")
    lines.append("Events with a mechanism: %d (with an edition: %d).\n" % (
        sum(1 for _, e in evs if e["mechanism"]),
        sum(1 for _, e in evs if e["mechanism"] and e["mechanism"]["edition"] is not None)))
    lines.append("## Documents without events (negatives)\n")
    for d in negs:
        lines.append("- **%s** (%s, %s): %s" % (d["id"], d["lang"], d["style"], d["note"][len("NEGATIVE: "):]))
    lines.append("")
    lines.append("## Annotation conventions (where the spec leaves room)\n")
    lines.append(CONVENTIONS)
    lines.append("## Per-document notes\n")
    lines.append("| id | lang | style | events | note |\n|---|---|---|---|---|")
    for d in DOCS:
        lines.append("| %s | %s | %s | %s | %s |" % (
            d["id"], d["lang"], d["style"], ", ".join(
                e["type"] + ("(bg)" if e["status"] == "background" else "") for e in d["events"]) or "—",
            (d["note"] or "").replace("|", "/")))
    lines.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote %d docs, %d events (%s); published on %d docs; Vietnam docs %d" % (
        len(DOCS), len(evs), dict(by_type), npub, nvn))


if __name__ == "__main__":
    main()
