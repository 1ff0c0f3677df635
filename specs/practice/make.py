#!/usr/bin/env python3
"""Build the Attaché practice set: docs.jsonl, gold.jsonl, README.md.

All people, outlets and URLs are invented.  Every weekday used in a text is
checked against the real calendar (CHK entries), and the output is validated
against the event spec's closed lists before anything is written.
"""
import datetime, json, re, sys, textwrap, collections

TYPES = ["dialogue", "meeting", "visit", "agreement", "exercise", "port_call",
         "assistance", "training", "phone_call"]
STATUS = ["reported", "background"]
AREAS = ["delegation_exchange", "training", "defense_industry", "military_medicine",
         "cybersecurity", "search_rescue", "disaster_relief", "peacekeeping",
         "war_legacy", "maritime_security", "multilateral_coordination",
         "information_sharing", "capacity_building", "counter_terrorism",
         "naval_cooperation"]
ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL
BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK
CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN
GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL
IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP
MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK
PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP
SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD
TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN
VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split())
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")

NBSP, NNBSP = "\u00a0", "\u202f"

def fr(s):
    """French typography: narrow no-break space before ; ! ?, no-break space
    before : and inside guillemets."""
    s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    s = re.sub(r" ([;!?])", NNBSP + r"\1", s)
    s = re.sub(r" :(\s)", NBSP + r":\1", s)
    return s

def wrap(s, width=70):
    """Hard-wrap each paragraph at ~70 columns, as some newsletters do."""
    return "\n\n".join(textwrap.fill(p, width) for p in s.strip().split("\n\n"))

def E(type, status, date, loc, countries, parts=(), mech=None, areas=()):
    if loc is None:
        location = None
    else:
        location = {"city": loc[0], "country": loc[1]}
    return {"type": type, "status": status, "date": date, "location": location,
            "countries": sorted(countries),
            "participants": [{"name": n, "country": c, "title": t} for n, c, t in parts],
            "mechanism": None if mech is None else {"name": mech[0], "edition": mech[1]},
            "areas": sorted(areas)}

DOCS = []
def doc(lang, url, text, events, published=None, neg=None, chk=(), note=None):
    DOCS.append(dict(lang=lang, url=url, text=text.strip("\n"), events=events,
                     published=published, neg=neg, chk=list(chk), note=note))

# ---------------------------------------------------------------- documents
# 1 India-France, wire copy, dateline without year + published field
doc("en", "https://www.wirewatch-news.com/world/asia/india-france-defence-dialogue-idUS2503041",
"""NEW DELHI, March 4 (Wirewatch) - India and France agreed on Tuesday to deepen cooperation on submarine construction and jet engines, after their defence ministers held the sixth Annual Defence Dialogue in the Indian capital.

French Armed Forces Minister Hélène Marchetti and her Indian counterpart Rajesh Varma also signed a roadmap on defence industrial cooperation covering co-development and co-production, India's defence ministry said in a statement.

"We want French industry to make in India, for India and for the world," Varma told reporters after the talks.

The dialogue also covered maritime security in the Indian Ocean, information sharing between the two navies and the training of Indian officers at French military schools, the statement said.

Marchetti, who arrived in New Delhi on Monday for a three-day official visit, is due to travel to Mumbai on Wednesday to tour the Mazagon Dock shipyard, where Scorpene-class submarines are built under licence.

(Reporting by Arjun Mehta; Editing by Clara Dubois)""",
[E("dialogue", "reported", "2025-03-04", ("New Delhi", "IND"), ["FRA", "IND"],
   [("Hélène Marchetti", "FRA", "Armed Forces Minister"), ("Rajesh Varma", "IND", "Defence Minister")],
   ("Annual Defence Dialogue", 6),
   ["defense_industry", "information_sharing", "maritime_security", "training"]),
 E("agreement", "reported", "2025-03-04", ("New Delhi", "IND"), ["FRA", "IND"],
   [("Hélène Marchetti", "FRA", "Armed Forces Minister"), ("Rajesh Varma", "IND", "Defence Minister")],
   None, ["defense_industry"]),
 E("visit", "reported", "2025-03-03", ("New Delhi", "IND"), ["FRA", "IND"],
   [("Hélène Marchetti", "FRA", "Armed Forces Minister")], None, ["delegation_exchange"])],
published="2025-03-04", chk=[("2025-03-04", "Tue"), ("2025-03-03", "Mon")],
note="The Mumbai shipyard tour is announced for the next day: planned, not coded.")

# 2 Japan-Philippines, navy news page, date in a "Posted on" line
doc("en", "https://navy-news.ph/2024/10/jmsdf-destroyer-arrives-in-manila-for-goodwill-visit/",
"""NAVY NEWS | Posted on October 18, 2024 by Naval Public Affairs Office

JMSDF destroyer arrives in Manila for goodwill visit

MANILA — The Japan Maritime Self-Defense Force destroyer JS Yamagiri (DD-152) docked at Pier 13, South Harbor, on Wednesday for a four-day goodwill visit, the Philippine Navy said.

The ship, under the command of Commander Takeshi Onoda, was welcomed with a traditional arrival ceremony led by Captain Ramon de Vera PN, Commander of Naval Station Jose Francisco.

On Thursday, Cdr. Onoda paid a courtesy call on the Flag Officer in Command, Vice Admiral Eduardo Sarmiento, at the Philippine Navy headquarters, where the two discussed maritime domain awareness and future ship exchanges between the two navies.

Crews of both navies will also play a friendly basketball game and take part in a community outreach in Tondo before the Japanese ship departs on Saturday. Upon departure, Yamagiri and BRP Antonio Luna (FF-151) are scheduled to conduct a passing exercise (PASSEX) off Corregidor.

This is the second visit of a JMSDF vessel to Manila this year.

#PhilippineNavy #OneNavyOneTeam""",
[E("port_call", "reported", "2024-10-16", ("Manila", "PHL"), ["JPN", "PHL"],
   [("Takeshi Onoda", "JPN", "commanding officer of JS Yamagiri"),
    ("Ramon de Vera", "PHL", "Commander of Naval Station Jose Francisco")],
   None, ["naval_cooperation"]),
 E("meeting", "reported", "2024-10-17", ("Manila", "PHL"), ["JPN", "PHL"],
   [("Takeshi Onoda", "JPN", "commanding officer of JS Yamagiri"),
    ("Eduardo Sarmiento", "PHL", "Flag Officer in Command")],
   None, ["maritime_security", "naval_cooperation"])],
chk=[("2024-10-18", "Fri"), ("2024-10-16", "Wed"), ("2024-10-17", "Thu"), ("2024-10-19", "Sat")],
note="PASSEX and basketball game are scheduled (future): not coded. The courtesy call at navy headquarters is placed in Manila because the dispatch sets the whole visit there.")

# 3 Poland-US, agency copy with byline and Updated line; Pentagon chief
doc("en", "https://apnews-wire.example.org/article/poland-us-defense-harrow-warsaw-3f9c2e",
"""Pentagon chief pledges to keep rotational troops in Poland during Warsaw stop

By MARTA KOWALCZYK
Updated 4:12 PM GMT+1, February 12, 2025

WARSAW, Poland (AP) — The Pentagon chief promised on Wednesday that the United States would keep its troop presence on NATO's eastern flank, as he met Poland's defense minister in Warsaw.

Defense Secretary Daniel Harrow and Defense Minister Tomasz Zieliński discussed air defense, joint production of artillery ammunition in Poland and the training of Polish crews on Abrams tanks, according to a Polish Defense Ministry statement.

"Poland is not a front line we visit; it is a front line we share," Harrow told a news conference with his Polish counterpart.

Harrow later flew to Szczecin, where he visited the headquarters of Multinational Corps Northeast and spoke with U.S. and Polish soldiers.

Zieliński said Poland and the U.S. would sign an agreement on ammunition production "in the coming weeks." A planned stop at the Redzikowo missile defense base was canceled because of bad weather.

Harrow, who arrived in Poland late Tuesday, travels on to Vilnius on Thursday.

Associated Press writer Jan Nowicki contributed to this report.""",
[E("meeting", "reported", "2025-02-12", ("Warsaw", "POL"), ["POL", "USA"],
   [("Daniel Harrow", "USA", "Defense Secretary"), ("Tomasz Zieliński", "POL", "Defense Minister")],
   None, ["defense_industry", "training"]),
 E("visit", "reported", "2025-02-12", ("Szczecin", "POL"), ["POL", "USA"],
   [("Daniel Harrow", "USA", "Defense Secretary")], None, ["delegation_exchange"])],
chk=[("2025-02-12", "Wed"), ("2025-02-11", "Tue"), ("2025-02-13", "Thu")],
note="Future agreement and cancelled Redzikowo stop not coded. The trip as a whole is never called a visit, so no country-level visit.")

# 4 Indonesia-Australia, media release, exercise with a date range, background edition
doc("en", "https://www.defence-media.example.gov.au/releases/2024-11-05/exercise-wirra-jaya-2024-begins",
"""MEDIA RELEASE
Exercise Wirra Jaya 2024 begins in the Northern Territory

More than 600 personnel from the Australian Army and the Indonesian Army (TNI AD) have begun Exercise Wirra Jaya 2024, a bilateral land exercise running from 4 to 15 November at Robertson Barracks in Darwin and the Mount Bundey Training Area.

Commander 1st Brigade, Brigadier Fiona Lachlan, said the exercise would focus on urban operations, combat first aid, and humanitarian assistance and disaster relief.

"Every year our soldiers learn as much from the TNI as they teach," Brigadier Lachlan said.

Indonesian contingent commander Colonel Agus Wiranto said the exercise had become a fixture of the relationship. "Our friendship is built in the field," he said.

On Tuesday, Chief of Army Lieutenant General Simon Carrick met the Chief of Staff of the Indonesian Army, General Budi Santoso, in Darwin to review the exercise. The two chiefs discussed expanding officer exchanges and joint training.

Wirra Jaya was first held in Surabaya in September 2019 and has been conducted every year since, apart from 2020.

Media contact: Defence Media, media@defence-media.example.gov.au""",
[E("exercise", "reported", "2024-11-04", ("Darwin", "AUS"), ["AUS", "IDN"],
   [("Fiona Lachlan", "AUS", "Commander 1st Brigade"), ("Agus Wiranto", "IDN", "Indonesian contingent commander")],
   ("Wirra Jaya", None), ["disaster_relief", "military_medicine"]),
 E("meeting", "reported", "2024-11-05", ("Darwin", "AUS"), ["AUS", "IDN"],
   [("Simon Carrick", "AUS", "Chief of Army"), ("Budi Santoso", "IDN", "Chief of Staff of the Indonesian Army")],
   None, ["delegation_exchange", "training"]),
 E("exercise", "background", "2019-09", ("Surabaya", "IDN"), ["AUS", "IDN"],
   [], ("Wirra Jaya", None), [])],
published="2024-11-05", chk=[("2024-11-05", "Tue")],
note="Exercise spans two sites (Darwin barracks and a training area); the town named is Darwin.")

# 5 Korea-UAE, Yonhap-style: no year anywhere for the current event -> --MM
doc("en", "https://en.koreawire.example.kr/news/defense/0611-uae-video-conference",
"""SEOUL, June 11 (KoreaWire) -- South Korean Defense Minister Kim Dong-hyun held a video conference Wednesday with Saeed Khalfan Al Dhaheri, the United Arab Emirates' minister of state for defense affairs, and discussed ways to expand arms cooperation, the defense ministry said.

During the talks, the two sides discussed the follow-up to the UAE's purchase of the Cheongung II surface-to-air missile system and possible joint development of unmanned systems, according to the ministry.

Kim also thanked the UAE side for its support for the Taebaek unit, the South Korean special warfare contingent that has been training UAE special forces since January 2011.

The ministers agreed to hold the third Korea-UAE defense strategic dialogue in Abu Dhabi in the second half of the year.

(END)""",
[E("phone_call", "reported", "--06", None, ["ARE", "KOR"],
   [("Kim Dong-hyun", "KOR", "Defense Minister"),
    ("Saeed Khalfan Al Dhaheri", "ARE", "minister of state for defense affairs")],
   None, ["defense_industry", "training"]),
 E("training", "background", "2011-01", (None, "ARE"), ["ARE", "KOR"], [], None, ["training"])],
chk=[],
note="No year is given for the current event: the dateline says June 11 and 'Wednesday' falls within June 5-11 whatever the year, so only the month is certain (--06). The 2011 deployment of trainers is a training programme for foreign personnel, kept as background. The third strategic dialogue is planned: not coded.")

# 6 Kenya-UK, regional newspaper, byline, assistance + graduation at one ceremony
doc("en", "https://www.mountkenyatimes.example.co.ke/news/uk-hands-over-counter-ied-kits-to-kdf",
"""UK hands over counter-IED kits to KDF as 120 soldiers graduate in Nanyuki

By PETER MWANGI

The British Army on Friday donated counter-improvised explosive device equipment worth Sh180 million to the Kenya Defence Forces at a ceremony at the British Army Training Unit Kenya (Batuk) in Nanyuki.

The equipment — mine detectors, bomb disposal suits and robotic inspection vehicles — was received by Brigadier James Kiprono on behalf of the Chief of the Defence Forces.

At the same ceremony, 120 KDF soldiers graduated from a six-week counter-IED course run by British instructors. Brig Kiprono, who presided over the graduation, said many of the graduates would deploy to Somalia with the African Union mission.

"These skills save lives, Kenyan and Somali alike," said British High Commissioner Neil Ashworth, who handed over the equipment.

Batuk trains alongside Kenyan troops under a defence cooperation agreement signed in Nairobi in October 2021.""",
[E("assistance", "reported", "2024-07-26", ("Nanyuki", "KEN"), ["GBR", "KEN"],
   [("James Kiprono", "KEN", "Brigadier"), ("Neil Ashworth", "GBR", "British High Commissioner")],
   None, ["capacity_building", "counter_terrorism"]),
 E("training", "reported", "2024-07-26", ("Nanyuki", "KEN"), ["GBR", "KEN"],
   [("James Kiprono", "KEN", "Brigadier")], None,
   ["counter_terrorism", "peacekeeping", "training"]),
 E("agreement", "background", "2021-10", ("Nairobi", "KEN"), ["GBR", "KEN"], [], None, ["training"])],
published="2024-07-27", chk=[("2024-07-27", "Sat"), ("2024-07-26", "Fri")])

# 7 Chile-Peru, regional newspaper with a "Published: dd/mm/yyyy" header
doc("en", "https://www.thelimapost.example.pe/politics/chile-peru-ninth-2-2-meeting",
"""THE LIMA POST
Published: 23/05/2025

Chile and Peru hold ninth 2+2 meeting, sign declaration on disaster response

The foreign and defence ministers of Peru and Chile met in Lima on Thursday for the ninth round of the bilateral 2+2 Consultation and Political Coordination Mechanism.

Peru's Defence Minister Walter Quispe and Foreign Minister Rosa Benavides hosted their Chilean counterparts, Defence Minister Ignacio Larraín and Foreign Minister Paula Echeverría, at the Torre Tagle Palace.

At the end of the session the four ministers signed a joint declaration committing the two countries to a combined disaster response plan, closer cooperation in search and rescue at sea, and the deployment of their binational engineering company to UN peacekeeping missions.

"Ten years ago this meeting was about the border. Today it is about what we can do together," Quispe said.

The eighth meeting was held in Santiago in August 2023.""",
[E("dialogue", "reported", "2025-05-22", ("Lima", "PER"), ["CHL", "PER"],
   [("Walter Quispe", "PER", "Defence Minister"), ("Rosa Benavides", "PER", "Foreign Minister"),
    ("Ignacio Larraín", "CHL", "Defence Minister"), ("Paula Echeverría", "CHL", "Foreign Minister")],
   ("2+2 Consultation and Political Coordination Mechanism", 9),
   ["disaster_relief", "peacekeeping", "search_rescue"]),
 E("agreement", "reported", "2025-05-22", ("Lima", "PER"), ["CHL", "PER"],
   [("Walter Quispe", "PER", "Defence Minister"), ("Rosa Benavides", "PER", "Foreign Minister"),
    ("Ignacio Larraín", "CHL", "Defence Minister"), ("Paula Echeverría", "CHL", "Foreign Minister")],
   None, ["disaster_relief", "peacekeeping", "search_rescue"]),
 E("dialogue", "background", "2023-08", ("Santiago", "CHL"), ["CHL", "PER"], [],
   ("2+2 Consultation and Political Coordination Mechanism", 8), [])],
chk=[("2025-05-22", "Thu")])

# 8 Greece-Egypt + Cyprus, France: multilateral exercise, 7th edition; closing-day meeting
doc("en", "https://english.nileherald.example.eg/News/2023/11/hermes-shield-7-concludes",
"""Hermes Shield-7 naval drills conclude in the Mediterranean

CAIRO, Tuesday 28 November 2023 — The seventh edition of the joint Egyptian-Greek exercise Hermes Shield concluded on Monday with the participation of naval and air units from Cyprus and France, the Egyptian military spokesman said.

The drills, which began on 20 November at the Ras El-Tin naval base in Alexandria, included maritime interdiction, search and rescue, and counter-piracy serials, as well as a joint amphibious landing on the North Coast.

The closing ceremony was attended by Rear Admiral Ahmed Fathy, commander of the Egyptian Navy's Northern Fleet, and Commodore Nikolaos Papadakis of the Hellenic Navy.

On the sidelines of the closing, Egyptian Navy Commander Vice Admiral Ashraf Mansour received in Alexandria the Chief of the Hellenic Navy General Staff, Vice Admiral Ioannis Stavrou, and discussed expanding training exchanges between the two navies.""",
[E("exercise", "reported", "2023-11-20", ("Alexandria", "EGY"), ["CYP", "EGY", "FRA", "GRC"],
   [("Ahmed Fathy", "EGY", "commander of the Egyptian Navy's Northern Fleet"),
    ("Nikolaos Papadakis", "GRC", "Commodore, Hellenic Navy")],
   ("Hermes Shield", 7), ["maritime_security", "naval_cooperation", "search_rescue"]),
 E("meeting", "reported", "2023-11-27", ("Alexandria", "EGY"), ["EGY", "GRC"],
   [("Ashraf Mansour", "EGY", "Egyptian Navy Commander"),
    ("Ioannis Stavrou", "GRC", "Chief of the Hellenic Navy General Staff")],
   None, ["naval_cooperation", "training"])],
chk=[("2023-11-28", "Tue"), ("2023-11-27", "Mon"), ("2023-11-20", "Mon")])

# 9 Sweden-Finland, ministry readout, Finnish date format
doc("en", "https://www.defmin-fi.example.fi/en/topical/press_releases/2025/01/phone-call-sweden",
"""Ministry of Defence
Press release 14.1.2025 15.40

Minister Koskela and Minister Lindqvist discuss Baltic Sea security

Minister of Defence Antti Koskela held a phone call with Sweden's Minister for Defence Erik Lindqvist on Tuesday 14 January.

The ministers discussed the security situation in the Baltic Sea following recent damage to undersea cables and agreed to step up information sharing between the Finnish and Swedish navies and coast guards. They also coordinated their positions ahead of the NATO defence ministers' meeting in Brussels.

"Finland and Sweden face the Baltic Sea together," Minister Koskela said.

Inquiries: Special Adviser Liisa Rantanen, tel. +358 295 000 000""",
[E("phone_call", "reported", "2025-01-14", None, ["FIN", "SWE"],
   [("Antti Koskela", "FIN", "Minister of Defence"), ("Erik Lindqvist", "SWE", "Minister for Defence")],
   None, ["information_sharing", "maritime_security", "multilateral_coordination"])],
chk=[("2025-01-14", "Tue")])

# 10 Thailand-China, newspaper with Updated line, 4th edition, port call before it, background 3rd edition
doc("en", "https://www.bangkokdaily.example.com/thailand/general/2025/09/03/thai-chinese-marines-open-blue-lotus",
"""Thai, Chinese marines open Blue Lotus 2025 at Sattahip

PUBLISHED: 3 Sep 2025 at 05:40 | UPDATED: 3 Sep 2025 at 06:15

Royal Thai Navy and Chinese navy units on Tuesday opened the fourth Blue Lotus joint exercise at Sattahip Naval Base in Chon Buri, with drills running from Sept 2 to 8.

The opening ceremony was co-chaired by Vice Adm Somchai Phongsiri, commander of the Royal Thai Fleet, and Rear Adm Liu Jianhong, deputy commander of the Southern Theatre Command Navy of the People's Liberation Army.

Around 800 personnel will train in amphibious landings, counter-terrorism at sea, and humanitarian assistance and disaster relief.

The Chinese amphibious transport dock Wuzhishan arrived at Sattahip on Sunday with two escort frigates for the exercise.

The third edition was held in Zhanjiang, in southern China, in May 2023.

RELATED
- Navy budget cut draws fire in House panel
- Hat Yai flood victims get navy help""",
[E("exercise", "reported", "2025-09-02", ("Sattahip", "THA"), ["CHN", "THA"],
   [("Somchai Phongsiri", "THA", "commander of the Royal Thai Fleet"),
    ("Liu Jianhong", "CHN", "deputy commander of the Southern Theatre Command Navy")],
   ("Blue Lotus", 4), ["counter_terrorism", "disaster_relief", "naval_cooperation"]),
 E("port_call", "reported", "2025-08-31", ("Sattahip", "THA"), ["CHN", "THA"], [], None,
   ["naval_cooperation"]),
 E("exercise", "background", "2023-05", ("Zhanjiang", "CHN"), ["CHN", "THA"], [],
   ("Blue Lotus", 3), ["naval_cooperation"])],
published="2025-09-03", chk=[("2025-09-02", "Tue"), ("2025-09-08", "Mon"), ("2025-08-31", "Sun")],
note="Related-link headlines are page residue, not part of the dispatch.")

# 11 Kazakhstan-Turkey, MoD press release in stilted English; visit + talks + cooperation plan
doc("en", "https://www.mod-kz.example.kz/en/news/official-visit-of-the-minister-of-national-defence-of-turkiye",
"""Published: 22.04.2024 18:20

Official visit of the Minister of National Defence of the Republic of Türkiye

On April 22, 2024 an official visit to Kazakhstan of the Minister of National Defence of the Republic of Türkiye Mehmet Arslan began.

At the Ministry of Defence in Astana the Minister of Defence of the Republic of Kazakhstan Colonel General Nurlan Seitkali held talks with his Turkish colleague. The parties discussed issues of military-technical cooperation, the training of Kazakh servicemen in Turkish military educational institutions and joint production of unmanned aerial vehicles.

Following the talks, the heads of the defence departments signed the Plan of Military Cooperation between the two ministries for 2024, which provides for more than 40 events, including the exchange of delegations and joint training.

Then Mehmet Arslan laid a wreath at the Otan Qorgaushylar monument.

On April 23, the Turkish delegation is scheduled to visit the National Defence University named after the First President.""",
[E("visit", "reported", "2024-04-22", ("Astana", "KAZ"), ["KAZ", "TUR"],
   [("Mehmet Arslan", "TUR", "Minister of National Defence")], None, ["delegation_exchange"]),
 E("meeting", "reported", "2024-04-22", ("Astana", "KAZ"), ["KAZ", "TUR"],
   [("Nurlan Seitkali", "KAZ", "Minister of Defence"), ("Mehmet Arslan", "TUR", "Minister of National Defence")],
   None, ["defense_industry", "training"]),
 E("agreement", "reported", "2024-04-22", ("Astana", "KAZ"), ["KAZ", "TUR"],
   [("Nurlan Seitkali", "KAZ", "Minister of Defence"), ("Mehmet Arslan", "TUR", "Minister of National Defence")],
   None, ["delegation_exchange", "training"])],
chk=[],
note="The university visit is scheduled for the next day: not coded. The wreath-laying is part of the visit.")

# 12 Multilateral exercise hosted by India, harbour phase in Visakhapatnam
doc("en", "https://www.navy-in.example.gov.in/press-release/exercise-southern-vanguard-2024",
"""PRESS RELEASE — INDIAN NAVY
Posted On: 09 NOV 2024 4:05PM by PIB Delhi

Exercise Southern Vanguard 2024

The Indian Navy is hosting the 2024 edition of the multilateral maritime exercise Southern Vanguard with the Royal Australian Navy, the Japan Maritime Self-Defense Force and the United States Navy. HMAS Stuart, JS Ariake and USS Dewey are participating alongside INS Kamorta and INS Shivalik.

The harbour phase at Visakhapatnam, from 08 to 12 November, includes professional exchanges, cross-deck visits and sports fixtures. It will be followed by the sea phase in the Bay of Bengal until 18 November, with anti-submarine warfare drills, air defence serials and visit, board, search and seizure (VBSS) operations.

The exercise was inaugurated by Rear Admiral Vikram Sethi, Flag Officer Commanding Eastern Fleet, on board INS Shivalik.

Southern Vanguard began as a bilateral drill and has grown into one of the largest naval exercises in the region.""",
[E("exercise", "reported", "2024-11-08", ("Visakhapatnam", "IND"), ["AUS", "IND", "JPN", "USA"],
   [("Vikram Sethi", "IND", "Flag Officer Commanding Eastern Fleet")],
   ("Southern Vanguard", None), ["maritime_security", "naval_cooperation"])],
note="The harbour phase is part of the exercise; the text reports no separate arrival of the foreign ships, so no port calls.")

# 13 Brazil-Portugal, photo caption only
doc("en", "https://www.marinha-news.example.br/en/photos/2024-05-14-portuguese-navy-chief",
"""Brasília (DF), 14/05/2024 – The Commander of the Brazilian Navy, Admiral Rogério Tavares (right), receives the Chief of Staff of the Portuguese Navy, Admiral Miguel Sousa Lobo, at the Navy Command building, on Tuesday (14). During the meeting, the admirals discussed exchanges of midshipmen and cooperation in naval shipbuilding. Photo: CB Silva / Brazilian Navy""",
[E("meeting", "reported", "2024-05-14", ("Brasilia", "BRA"), ["BRA", "PRT"],
   [("Rogério Tavares", "BRA", "Commander of the Brazilian Navy"),
    ("Miguel Sousa Lobo", "PRT", "Chief of Staff of the Portuguese Navy")],
   None, ["defense_industry", "training"])],
chk=[("2024-05-14", "Tue")])

# 14 Bangladesh-Sri Lanka, two-sentence brief
doc("en", "https://www.colombo-chronicle.example.lk/briefs/bangladesh-navy-ship-in-colombo",
"""Bangladesh Navy frigate BNS Somudra Joy arrived at the Port of Colombo on Sunday on a three-day goodwill visit, the Sri Lanka Navy said. The ship was welcomed by the Western Naval Command in keeping with naval traditions, and its crew will take part in training programmes with their Sri Lankan counterparts.""",
[E("port_call", "reported", "2025-01-19", ("Colombo", "LKA"), ["BGD", "LKA"], [], None,
   ["naval_cooperation"])],
published="2025-01-20", chk=[("2025-01-20", "Mon"), ("2025-01-19", "Sun")])

# 15 Japan-UK 2+2, hard-wrapped newsletter
doc("en", "https://aesm.example.org/newsletter/112",
"""ASIA-EUROPE SECURITY MONITOR -- Issue 112 -- 9 December 2024
""" + "\n" + wrap("""JAPAN/UK: FIFTH "2+2" IN TOKYO

On 6 December the foreign and defence ministers of Japan and the United Kingdom met in Tokyo for the fifth Japan-UK Foreign and Defence Ministerial Meeting ("2+2"). Foreign Minister Reiko Nakayama and Defence Minister Hiroshi Kanda hosted Foreign Secretary Alistair Penrose and Defence Secretary Gemma Whitfield.

The four ministers reviewed progress on the Global Combat Air Programme, agreed to deepen cooperation on cyber defence and reaffirmed their commitment to maritime security in the Indo-Pacific. A joint statement issued after the meeting lists the same three priorities.

On the margins, Kanda and Whitfield held a separate defence ministers' meeting on the deployment of the UK Carrier Strike Group to the region next year.

Both sides hailed the implementation of the Reciprocal Access Agreement, signed in London in January 2023, which eases joint training on each other's territory.

COMMENT: The 2+2 format is now the backbone of the relationship. Whether GCAP stays on schedule is the real test.""") + "\n\n-- Subscribe / unsubscribe: aesm.example.org/list --",
[E("dialogue", "reported", "2024-12-06", ("Tokyo", "JPN"), ["GBR", "JPN"],
   [("Reiko Nakayama", "JPN", "Foreign Minister"), ("Hiroshi Kanda", "JPN", "Defence Minister"),
    ("Alistair Penrose", "GBR", "Foreign Secretary"), ("Gemma Whitfield", "GBR", "Defence Secretary")],
   ("Foreign and Defence Ministerial Meeting", 5),
   ["cybersecurity", "defense_industry", "maritime_security"]),
 E("agreement", "reported", "2024-12-06", ("Tokyo", "JPN"), ["GBR", "JPN"],
   [("Reiko Nakayama", "JPN", "Foreign Minister"), ("Hiroshi Kanda", "JPN", "Defence Minister"),
    ("Alistair Penrose", "GBR", "Foreign Secretary"), ("Gemma Whitfield", "GBR", "Defence Secretary")],
   None, ["cybersecurity", "defense_industry", "maritime_security"]),
 E("meeting", "reported", "2024-12-06", ("Tokyo", "JPN"), ["GBR", "JPN"],
   [("Hiroshi Kanda", "JPN", "Defence Minister"), ("Gemma Whitfield", "GBR", "Defence Secretary")],
   None, ["naval_cooperation"]),
 E("agreement", "background", "2023-01", ("London", "GBR"), ["GBR", "JPN"], [], None, ["training"])],
chk=[])

# 16 Ghana-Germany, page with cookie banner, Read more and related links
doc("en", "https://www.accraobserver.example.com.gh/news/germany-hands-over-engineering-equipment-to-gaf",
"""We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Manage preferences

HOME > NEWS > NATIONAL

Germany hands over engineering equipment to GAF peacekeepers

06 Mar 2025 | 14:32 | By Abena Owusu

ACCRA — Germany has handed over a consignment of engineering equipment, including two excavators, water purification units and field kitchens, to the Ghana Armed Forces to support the country's peacekeeping contingents.

The handover took place yesterday at Burma Camp in Accra. German Ambassador Dr Katrin Albrecht presented the equipment to the Chief of the Defence Staff, Vice Admiral Seth Amoako.

Read more: Ghana's battalion in Lebanon marks 45 years of service

Vice Admiral Amoako said the equipment would be used by Ghanaian engineers deployed with United Nations missions and would also strengthen the force's capacity at home.

Share this: Facebook | X | WhatsApp | Email

RELATED STORIES
- Ghana Navy takes delivery of two patrol boats from Tema shipyard
- Parliament approves defence budget after heated debate
- PHOTOS: Senchi recruits pass out

© 2025 Accra Observer. All rights reserved. Terms | Privacy | Cookie policy""",
[E("assistance", "reported", "2025-03-05", ("Accra", "GHA"), ["DEU", "GHA"],
   [("Katrin Albrecht", "DEU", "German Ambassador"), ("Seth Amoako", "GHA", "Chief of the Defence Staff")],
   None, ["capacity_building", "peacekeeping"])],
chk=[],
note="'yesterday' is resolved against the page date 06 Mar 2025. Related links and 'Read more' lines are residue.")

# 17 Baltic multilateral exercise, military blog with menu residue
doc("en", "https://frontlinebaltic.example.blog/2024/06/12/amber-shield-2024-kicks-off/",
"""Skip to content
☰ MENU  HOME  NEWS  LAND  AIR  SEA  CYBER  OPINION  SUBSCRIBE
Search …

AMBER SHIELD 2024 KICKS OFF: BALTIC BRIGADES DRILL RIVER CROSSINGS

June 12, 2024 · K. Vainius · 4 min read

The fourth iteration of Amber Shield kicked off on Monday at the General Silvestras Žukauskas training area near Pabradė, bringing together some 3,000 troops from Lithuania, Latvia, Estonia and Poland until June 21.

This year's scenario focuses on wet-gap crossings of the Neris river under simulated drone threat, plus a big medevac serial run by the Latvian and Polish medical teams.

"We cross rivers together or we don't cross them at all," Lithuanian Land Forces commander Brig. Gen. Darius Kavaliauskas told the blog on the range.

Last year's edition was hampered by floods — this time the ground is dry and the tempo high. More photos soon.

Tags: #Baltics #NATO #AmberShield
← Previous post: Why the Suwałki gap still matters   Next post: Drone lessons from the front →
Leave a comment""",
[E("exercise", "reported", "2024-06-10", ("Pabrade", "LTU"), ["EST", "LTU", "LVA", "POL"],
   [("Darius Kavaliauskas", "LTU", "Lithuanian Land Forces commander")],
   ("Amber Shield", 4), ["military_medicine"])],
chk=[("2024-06-10", "Mon"), ("2024-06-12", "Wed")],
note="'Last year's edition' has no month: not coded.")

# 18 Poland-Korea, long feature mentioning several past events
doc("en", "https://www.eurasiadefence.example.com/features/poland-korea-arms-partnership",
"""From Changwon to the Vistula: how Seoul became Warsaw's arsenal

By Anna Lis, Seoul
October 15, 2024

When Polish Deputy Defence Minister Paweł Sobczak walked along the K2 tank assembly line at Hyundai Rotem's plant in Changwon on Monday, he was retracing steps that Polish officials have taken dozens of times in the past two years.

Sobczak's trip, the third by a senior Polish defence official this year, is meant to nail down the terms of local production of K2 tanks in Poland. On Tuesday he met Korea's Vice Minister of National Defense Choi Jae-won in Seoul; the two discussed technology transfer and the opening of a maintenance centre in Poland, according to the Korean ministry.

The partnership took shape at startling speed. In July 2022, the two defence ministries signed a framework agreement in Warsaw covering K2 tanks, K9 howitzers and FA-50 light fighters. Deliveries followed within months, and Polish crews began training on the tanks in Korea.

Soldiers followed the hardware. In April 2023, Korean and Polish artillerymen held their first joint live-fire drill with K9 howitzers at the Orzysz range in north-eastern Poland. "It was the first time Korean guns fired on NATO soil with Korean crews beside ours," recalls a Polish colonel who took part.

Politics kept pace. In September 2023, Korea's then defence minister Lee Jong-hwan met his Polish counterpart Mariusz Nowak at the MSPO defence fair in Kielce, where they agreed to study joint exports to third countries. The Korean president's state visit to Warsaw in July 2023, devoted to nuclear power and the reconstruction of Ukraine, gave the relationship a broader frame.

Not everything has gone smoothly. The second executive contract for K2 tanks, expected this autumn, has slipped more than once, and some Polish officials grumble about the pace of technology transfer.

"Poland wants factories, not just tanks," says Jakub Mazur, an analyst at a Warsaw think tank. "Korea wants a European foothold. Both get what they want only if production really moves to Poland."

For now, the Changwon line keeps humming — and Polish visitors keep coming.""",
[E("visit", "reported", "2024-10-14", ("Changwon", "KOR"), ["KOR", "POL"],
   [("Paweł Sobczak", "POL", "Deputy Defence Minister")], None,
   ["defense_industry", "delegation_exchange"]),
 E("meeting", "reported", "2024-10-15", ("Seoul", "KOR"), ["KOR", "POL"],
   [("Paweł Sobczak", "POL", "Deputy Defence Minister"),
    ("Choi Jae-won", "KOR", "Vice Minister of National Defense")],
   None, ["defense_industry"]),
 E("agreement", "background", "2022-07", ("Warsaw", "POL"), ["KOR", "POL"], [], None,
   ["defense_industry"]),
 E("exercise", "background", "2023-04", ("Orzysz", "POL"), ["KOR", "POL"], [], None, []),
 E("meeting", "background", "2023-09", ("Kielce", "POL"), ["KOR", "POL"],
   [("Lee Jong-hwan", "KOR", "defence minister"), ("Mariusz Nowak", "POL", "defence minister")],
   None, ["defense_industry"])],
published="2024-10-15", chk=[("2024-10-14", "Mon"), ("2024-10-15", "Tue")],
note="The July 2023 state visit is general diplomacy: left out. Tank deliveries are commercial sales, not assistance; training of Polish crews in Korea has no date: not coded.")

# 19 US-Vietnam, embassy news page: dioxin remediation (assistance) + memorandum; project start as background
doc("en", "https://vn.usembassy-news.example.gov/2024-11-19-bien-hoa-remediation-milestone/",
"""U.S. Embassy & Consulate in Vietnam | News & Events
For Immediate Release | November 19, 2024

United States and Vietnam Mark Milestone in Bien Hoa Dioxin Remediation

BIEN HOA — Today, U.S. Ambassador Laura Whitcombe and Senior Lieutenant General Tran Van Minh, Deputy Minister of National Defense, attended a ceremony at Bien Hoa Airbase in Dong Nai Province to mark the handover of 30 hectares of remediated land and the start of the project's third phase, funded by the United States.

"Addressing the legacies of war is the foundation on which our partnership was built," Ambassador Whitcombe said.

At the ceremony, the U.S. Agency for International Development and the Ministry of National Defense also signed a memorandum of intent to expand support for persons with disabilities in provinces sprayed with Agent Orange.

The Bien Hoa project began in December 2019 and is the largest dioxin cleanup ever undertaken by the United States in Vietnam. An earlier project at Da Nang airport was completed in 2018.

Tags: War Legacies, Ambassador, Press Releases""",
[E("assistance", "reported", "2024-11-19", ("Bien Hoa", "VNM"), ["USA", "VNM"],
   [("Laura Whitcombe", "USA", "U.S. Ambassador"), ("Tran Van Minh", "VNM", "Deputy Minister of National Defense")],
   None, ["war_legacy"]),
 E("agreement", "reported", "2024-11-19", ("Bien Hoa", "VNM"), ["USA", "VNM"], [], None, ["war_legacy"]),
 E("assistance", "background", "2019-12", ("Bien Hoa", "VNM"), ["USA", "VNM"], [], None, ["war_legacy"])],
chk=[],
note="The Da Nang project has only a year (2018): not coded. The memorandum is signed by two agencies; no signatory is named, so no participants.")

# 20 Vietnam-Philippines coast guards: port call, courtesy call, first joint SAR exercise; background MoU
doc("en", "https://www.manilatribune.example.ph/nation/2024/08/12/vietnam-coast-guard-ship-in-manila",
"""Vietnam Coast Guard ship in Manila; first joint SAR drill held in Manila Bay

By Carlo Mendoza

The Vietnam Coast Guard (VCG) vessel CSB 8002 docked at Pier 15 in Manila on Friday (Aug. 9) for a five-day visit, the first by a VCG ship to the Philippines.

On the same day, VCG Commandant Lieutenant General Bui Quoc Hung called on Philippine Coast Guard (PCG) Commandant Admiral Teodoro Malabanan at the PCG national headquarters in Port Area, Manila. The two discussed maritime law enforcement, search and rescue and the exchange of information on illegal fishing.

On Saturday, the two coast guards held their first joint search and rescue and firefighting exercise in Manila Bay, involving CSB 8002, BRP Teresa Magbanua and a PCG Airbus H145 helicopter.

The visit follows the memorandum of understanding on maritime cooperation between the two coast guards signed in Hanoi in January 2024.

"We are neighbors across the sea. Today we trained as one crew," Malabanan said.""",
[E("port_call", "reported", "2024-08-09", ("Manila", "PHL"), ["PHL", "VNM"], [], None,
   ["maritime_security", "naval_cooperation"]),
 E("meeting", "reported", "2024-08-09", ("Manila", "PHL"), ["PHL", "VNM"],
   [("Bui Quoc Hung", "VNM", "VCG Commandant"), ("Teodoro Malabanan", "PHL", "PCG Commandant")],
   None, ["information_sharing", "maritime_security", "search_rescue"]),
 E("exercise", "reported", "2024-08-10", (None, "PHL"), ["PHL", "VNM"], [], None,
   ["maritime_security", "search_rescue"]),
 E("agreement", "background", "2024-01", ("Hanoi", "VNM"), ["PHL", "VNM"], [], None, ["maritime_security"])],
published="2024-08-12", chk=[("2024-08-09", "Fri"), ("2024-08-10", "Sat"), ("2024-08-12", "Mon")],
note="Manila Bay is a body of water: city null, country PHL.")

# 21 UK-Vietnam, embassy page: peacekeeping course closing, ninth in a numbered series
doc("en", "https://www.gov-uk-world.example.uk/government/news/ninth-un-staff-officer-course-closes-in-hanoi",
"""News story
Ninth UN Staff Officer Course for Vietnamese officers closes in Hanoi

Published 3 April 2025
From: British Embassy Hanoi

The ninth UN Staff Officer Course delivered by British Army trainers for the Viet Nam People's Army closed on 28 March at the Viet Nam Department of Peacekeeping Operations in Hanoi.

Twenty-four Vietnamese officers, six of them women, completed two weeks of training in mission planning, protection of civilians and working in multinational headquarters. Several are due to deploy to South Sudan and Abyei later this year.

Defence Attaché Colonel Mark Ellison and Major General Pham Duc Thang, Director of the Department of Peacekeeping Operations, presented the certificates.

"Viet Nam's contribution to UN peacekeeping keeps growing, and the UK is proud to support it," Colonel Ellison said.""",
[E("training", "reported", "2025-03-28", ("Hanoi", "VNM"), ["GBR", "VNM"],
   [("Mark Ellison", "GBR", "Defence Attaché"),
    ("Pham Duc Thang", "VNM", "Director of the Department of Peacekeeping Operations")],
   ("UN Staff Officer Course", 9), ["peacekeeping", "training"])],
chk=[],
note="The event is the closing ceremony (28 March), the date the text gives.")

# 22 Vietnam bilateral meetings on the sidelines of the Shangri-La Dialogue; year only from 'SLD 2025'
doc("en", "https://en.qdnd-news.example.vn/military/international-cooperation/deputy-minister-meets-partners-at-sld",
"""Deputy Defence Minister meets partners on sidelines of Shangri-La Dialogue

Singapore, May 31 — On the sidelines of the 22nd Shangri-La Dialogue (SLD 2025), Senior Lieutenant General Nguyen Van Hai, Deputy Minister of National Defence, head of the Vietnamese delegation, held bilateral meetings with leaders of the defence ministries of Japan, Australia and the Philippines.

Meeting Japan's State Minister of Defense Kenji Morita, Gen. Hai proposed that the two sides boost cooperation in cybersecurity, military medicine and UN peacekeeping.

At a working session with Vice Admiral Mark Hollis, Vice Chief of the Australian Defence Force, the two sides agreed to continue cooperation in English-language training and peacekeeping, including the deployment of Vietnamese engineers.

Receiving Philippine Undersecretary of National Defense Rafael Dizon, Gen. Hai suggested the two countries increase the exchange of delegations and coordinate closely within ADMM and ADMM-Plus.

The Shangri-La Dialogue, held annually by a London-based think tank, brings together defence ministers and chiefs of defence from across the Asia-Pacific.""",
[E("meeting", "reported", "2025-05-31", ("Singapore", "SGP"), ["JPN", "VNM"],
   [("Nguyen Van Hai", "VNM", "Deputy Minister of National Defence"),
    ("Kenji Morita", "JPN", "State Minister of Defense")],
   None, ["cybersecurity", "military_medicine", "peacekeeping"]),
 E("meeting", "reported", "2025-05-31", ("Singapore", "SGP"), ["AUS", "VNM"],
   [("Nguyen Van Hai", "VNM", "Deputy Minister of National Defence"),
    ("Mark Hollis", "AUS", "Vice Chief of the Australian Defence Force")],
   None, ["peacekeeping", "training"]),
 E("meeting", "reported", "2025-05-31", ("Singapore", "SGP"), ["PHL", "VNM"],
   [("Nguyen Van Hai", "VNM", "Deputy Minister of National Defence"),
    ("Rafael Dizon", "PHL", "Undersecretary of National Defense")],
   None, ["delegation_exchange", "multilateral_coordination"])],
chk=[],
note="The year comes from the forum's name 'SLD 2025'. The forum itself, only the setting, is not coded; Singapore is the venue, not a party.")

# 23 New Zealand-Fiji: port call + handover of equipment
doc("en", "https://www.nzdf-news.example.mil.nz/media-centre/news/hmnzs-canterbury-delivers-support-to-fiji",
"""HMNZS Canterbury delivers support to Republic of Fiji Navy

Published: 18 July 2025

HMNZS Canterbury arrived in Suva yesterday carrying water purification units, generators and a refurbished inshore patrol boat for the Republic of Fiji Navy.

The equipment was formally handed over today at Walu Bay by the Chief of Navy, Rear Admiral Mere Tangaroa, to the Commander of the Republic of Fiji Navy, Captain Semi Ravuvu, in the presence of New Zealand High Commissioner Grant Ellery.

Rear Admiral Tangaroa said the patrol boat would help Fiji police its exclusive economic zone, while the water purification units would be prepositioned ahead of the cyclone season.

"This is what being a Pacific family looks like," she said.""",
[E("port_call", "reported", "2025-07-17", ("Suva", "FJI"), ["FJI", "NZL"], [], None, ["naval_cooperation"]),
 E("assistance", "reported", "2025-07-18", ("Suva", "FJI"), ["FJI", "NZL"],
   [("Mere Tangaroa", "NZL", "Chief of Navy"), ("Semi Ravuvu", "FJI", "Commander of the Republic of Fiji Navy"),
    ("Grant Ellery", "NZL", "New Zealand High Commissioner")],
   None, ["capacity_building", "disaster_relief", "maritime_security"])],
chk=[("2025-07-18", "Fri")],
note="Walu Bay is a harbour area of Suva; the dispatch places the ship in Suva.")

# 24 Pakistan-Saudi Arabia: 12th joint committee + call on CJCSC; 'previous session' without ordinal
doc("en", "https://www.ispr-news.example.pk/press-release/12th-pak-saudi-jmcc",
"""No PR-08/2024-ISPR
Rawalpindi - January 09, 2024

The 12th meeting of the Pakistan-Saudi Arabia Joint Military Cooperation Committee (JMCC) was held at the Joint Staff Headquarters, Rawalpindi. The Pakistani side was led by Lieutenant General Asif Raza, Chief of General Staff, while the Saudi delegation was headed by Lieutenant General Fahad Al-Otaibi, Deputy Chief of the General Staff of the Saudi Armed Forces.

Both sides reviewed progress in training, defence production and counter-terrorism cooperation, and agreed on the training calendar for the coming year.

Later, the visiting delegation called on General Tariq Mahmood, Chairman Joint Chiefs of Staff Committee. Matters of mutual interest, including regional security and defence collaboration, were discussed.

The previous session of the JMCC was held in Riyadh in February 2023.""",
[E("dialogue", "reported", "2024-01-09", ("Rawalpindi", "PAK"), ["PAK", "SAU"],
   [("Asif Raza", "PAK", "Chief of General Staff"),
    ("Fahad Al-Otaibi", "SAU", "Deputy Chief of the General Staff of the Saudi Armed Forces")],
   ("Joint Military Cooperation Committee", 12),
   ["counter_terrorism", "defense_industry", "training"]),
 E("meeting", "reported", "2024-01-09", ("Rawalpindi", "PAK"), ["PAK", "SAU"],
   [("Tariq Mahmood", "PAK", "Chairman Joint Chiefs of Staff Committee"),
    ("Fahad Al-Otaibi", "SAU", "Deputy Chief of the General Staff of the Saudi Armed Forces")],
   None, []),
 E("dialogue", "background", "2023-02", ("Riyadh", "SAU"), ["PAK", "SAU"], [],
   ("Joint Military Cooperation Committee", None), [])],
chk=[],
note="The February 2023 session is 'the previous session': the text gives no ordinal, so edition null (an analyst could infer 11, the spec says the ordinal the text gives). The call on the CJCSC is assumed the same day (the release is dated and says 'Later'). Al-Otaibi, head of 'the visiting delegation', is listed as the Saudi participant of the call.")

# 25 Canada-Norway: port call 'on the 14th' + bilateral Arctic exercise
doc("en", "https://www.navy-marine.example.ca/en/news/2025/03/hmcs-margaret-brooke-tromso",
"""Royal Canadian Navy — News
HMCS Margaret Brooke sails with Norwegian Coast Guard for Exercise Polar Tern

March 17, 2025 — Tromsø, Norway

HMCS Margaret Brooke came alongside in Tromsø on the 14th, the first port visit of her northern deployment.

On Monday, the Arctic and offshore patrol ship sailed with the Norwegian Coast Guard vessel KV Svalbard for Exercise Polar Tern, a bilateral search and rescue and sovereignty patrol exercise in the waters off northern Norway.

"Operating in ice with an ally who does it every day is the best training we can get," said Commander Isabelle Tremblay, Margaret Brooke's commanding officer.

Commander Senior Grade Lars Eikeland, commander of the Coast Guard Squadron North, praised the Canadian crew's seamanship.""",
[E("port_call", "reported", "2025-03-14", ("Tromso", "NOR"), ["CAN", "NOR"],
   [("Isabelle Tremblay", "CAN", "commanding officer of HMCS Margaret Brooke")], None, ["naval_cooperation"]),
 E("exercise", "reported", "2025-03-17", (None, "NOR"), ["CAN", "NOR"],
   [("Isabelle Tremblay", "CAN", "commanding officer of HMCS Margaret Brooke"),
    ("Lars Eikeland", "NOR", "commander of the Coast Guard Squadron North")],
   ("Polar Tern", None), ["maritime_security", "naval_cooperation", "search_rescue"])],
chk=[("2025-03-17", "Mon"), ("2025-03-14", "Fri")],
note="'on the 14th' takes month and year from the page date. The exercise is at sea off Norway: city null. 'Polar Tern' is treated as a recurring named exercise though no edition is given.")

# 26 US-Philippines, DoD-style readout of a call
doc("en", "https://www.defense-releases.example.gov/News/Releases/Release/Article/readout-harrow-reyes-call/",
"""Readout of Secretary of Defense Daniel Harrow's Call With Philippine Secretary of National Defense Gilberto Reyes

Sept. 24, 2025 | Attributed to Pentagon Press Secretary Jordan Pike

Secretary of Defense Daniel Harrow spoke today with Philippine Secretary of National Defense Gilberto Reyes.

Secretary Harrow reaffirmed the ironclad U.S. commitment to the Philippines under the 1951 Mutual Defense Treaty and condemned recent unsafe maneuvers against Philippine vessels in the South China Sea. The two leaders discussed co-production of unmanned surface vessels in the Philippines and the expansion of joint maritime patrols.

Secretary Harrow looks forward to hosting Secretary Reyes at the Pentagon later this year.""",
[E("phone_call", "reported", "2025-09-24", None, ["PHL", "USA"],
   [("Daniel Harrow", "USA", "Secretary of Defense"), ("Gilberto Reyes", "PHL", "Secretary of National Defense")],
   None, ["defense_industry", "maritime_security"])],
chk=[("2025-09-24", "Wed")],
note="The 1951 treaty has a year only (and no month): not coded. The Pentagon visit is planned.")

# 27 Germany-Lithuania(-Poland): meetings on the sidelines of a NATO ministerial
doc("en", "https://www.dpa-english.example.de/politics/nato-brussels-brigade-lithuania-0605",
"""BRUSSELS (dpa) – German Defence Minister Jonas Berger met his Lithuanian counterpart Rasa Vaitkutė on Thursday on the sidelines of the NATO defence ministers' meeting in Brussels to review progress on the German brigade being stationed in Lithuania.

The two discussed barracks construction near Rūdninkai and the training of Lithuanian conscripts alongside German units, a ministry spokesman said.

They were later joined by Polish Defence Minister Tomasz Zieliński for a trilateral meeting on protecting the Suwałki corridor and sharing intelligence on air threats.

Berger is expected in Vilnius next month for the brigade's first anniversary. dpa ab xx""",
[E("meeting", "reported", "2025-06-05", ("Brussels", "BEL"), ["DEU", "LTU"],
   [("Jonas Berger", "DEU", "Defence Minister"), ("Rasa Vaitkutė", "LTU", "Defence Minister")],
   None, ["training"]),
 E("meeting", "reported", "2025-06-05", ("Brussels", "BEL"), ["DEU", "LTU", "POL"],
   [("Jonas Berger", "DEU", "Defence Minister"), ("Rasa Vaitkutė", "LTU", "Defence Minister"),
    ("Tomasz Zieliński", "POL", "Defence Minister")],
   None, ["information_sharing"])],
published="2025-06-06", chk=[("2025-06-05", "Thu")],
note="The NATO ministerial is only the setting: not coded; Belgium is the venue, not a party.")

# 28 India-Japan coast guards: photo gallery, same exercise in two captions
doc("en", "https://www.coastguard-in.example.gov.in/gallery/jcg-akitsushima-chennai-2024",
"""Gallery | 17 January 2024 | Indian Coast Guard

JCGS Akitsushima visit to Chennai

1/4 — Japan Coast Guard ship Akitsushima enters Chennai Port, Monday.

2/4 — Captain Akira Hoshino, commanding officer of Akitsushima, calls on Inspector General R. Sundaram, Commander Coast Guard Region (East), at the regional headquarters, Tuesday.

3/4 — ICGS Sarang and Akitsushima during the joint search and rescue exercise Sagar Sakura 2024 off Chennai, Wednesday.

4/4 — A Dornier aircraft flies past Akitsushima during the pollution response serial of Sagar Sakura 2024.""",
[E("port_call", "reported", "2024-01-15", ("Chennai", "IND"), ["IND", "JPN"], [], None,
   ["maritime_security", "naval_cooperation"]),
 E("meeting", "reported", "2024-01-16", ("Chennai", "IND"), ["IND", "JPN"],
   [("Akira Hoshino", "JPN", "commanding officer of Akitsushima"),
    ("R. Sundaram", "IND", "Commander Coast Guard Region (East)")], None, []),
 E("exercise", "reported", "2024-01-17", ("Chennai", "IND"), ["IND", "JPN"], [],
   ("Sagar Sakura", None), ["maritime_security", "search_rescue"])],
chk=[("2024-01-17", "Wed"), ("2024-01-15", "Mon"), ("2024-01-16", "Tue")],
note="Captions 3 and 4 show the same exercise: one event. 'off Chennai' is coded as Chennai.")

# 29 Mongolia-hosted multinational peacekeeping exercise; site outside the named city
doc("en", "https://www.steppenews.example.mn/en/defence/steppe-guardian-2024-opens",
"""ULAANBAATAR, July 28 (Steppe News) — The 12th Steppe Guardian multinational peacekeeping exercise opened on Sunday at the Five Hills Training Area, about 60 km west of Ulaanbaatar, with troops from Mongolia, the United States, India, Japan, South Korea, France, Indonesia and Türkiye.

Mongolian Defence Minister Gantulga Bat-Erdene and Major General Thomas Rourke, deputy commander of U.S. Army Pacific, opened Steppe Guardian 2024, which runs until August 10 and trains contingents for UN missions in checkpoint operations, convoy escort and the protection of civilians.

"Mongolia has gone from receiving training to giving it," Bat-Erdene said.""",
[E("exercise", "reported", "2024-07-28", (None, "MNG"),
   ["FRA", "IDN", "IND", "JPN", "KOR", "MNG", "TUR", "USA"],
   [("Gantulga Bat-Erdene", "MNG", "Defence Minister"),
    ("Thomas Rourke", "USA", "deputy commander of U.S. Army Pacific")],
   ("Steppe Guardian", 12), ["peacekeeping"])],
chk=[("2024-07-28", "Sun")],
note="The year comes from the exercise name 'Steppe Guardian 2024'. The site is 60 km from Ulaanbaatar, so no city.")

# 30 Georgia-US: numbered training rotation, base name only
doc("en", "https://www.army-dvids.example.mil/news/georgia-readiness-rotation-14-graduates",
"""14th GDRP rotation graduates at Krtsanisi

Story by Staff Sgt. Kyle Benson | 7th Army Training Command | 05.23.2024

Soldiers of the Georgian Defense Forces' 23rd Light Infantry Battalion graduated Thursday from the 14th rotation of the Georgia Defense Readiness Program at the Krtsanisi National Training Center.

Over eight weeks, U.S. and Georgian instructors trained the battalion in combined arms, combat lifesaving and NATO staff procedures.

Brig. Gen. Michael Ostrowski, commander of 7th Army Training Command, and Maj. Gen. Levan Kapanadze, Chief of Defence Forces of Georgia, presented the certificates.""",
[E("training", "reported", "2024-05-23", (None, "GEO"), ["GEO", "USA"],
   [("Michael Ostrowski", "USA", "commander of 7th Army Training Command"),
    ("Levan Kapanadze", "GEO", "Chief of Defence Forces of Georgia")],
   ("Georgia Defense Readiness Program", 14), ["capacity_building", "military_medicine", "training"])],
chk=[("2024-05-23", "Thu")],
note="Only the training centre is named: city null.")

# 31 Argentina-Uruguay, river exercise with a Roman-numeral edition and 'last week'
doc("en", "https://www.riverplatetimes.example.com.ar/news/confluencia-xii",
"""Argentine and Uruguayan navies hold Confluencia XII on the Uruguay River

The navies of Argentina and Uruguay held the Confluencia XII combined riverine exercise last week, based at the port of Fray Bentos, with six patrol boats, two helicopters and some 300 sailors and marines.

The drills included search and rescue, boarding of suspect vessels and the control of river traffic under the bilateral statute that governs the river.

Captain Martín Ibarra of the Argentine Navy and Captain de Navío Jorge Cabrera of the Uruguayan Navy directed the exercise.

The next edition is planned for 2025 in Argentina.""",
[E("exercise", "reported", "2024-09", ("Fray Bentos", "URY"), ["ARG", "URY"],
   [("Martín Ibarra", "ARG", "Captain, Argentine Navy"), ("Jorge Cabrera", "URY", "Captain, Uruguayan Navy")],
   ("Confluencia", 12), ["maritime_security", "naval_cooperation", "search_rescue"])],
published="2024-09-16", chk=[("2024-09-16", "Mon")],
note="'last week' from a Monday 16 September page: the week of 9-13 September, so the month is certain (2024-09). Roman numeral XII read as edition 12.")

# 32 Kenya NDC delegation visits an Egyptian academy, then calls on the Chief of Staff
doc("en", "https://www.mod-ke.example.go.ke/news/ndc-course-participants-study-tour-egypt",
"""Published: Wednesday, 19 February 2025

NDC Course 28 participants visit Nasser Higher Military Academy

A delegation of 40 course participants and faculty from Kenya's National Defence College, led by the Commandant, Lt Gen Joseph Nderitu, on Monday visited the Nasser Higher Military Academy in Cairo as part of the course's foreign study tour.

The delegation was received by the academy's director, Maj Gen Hisham Farouk, who briefed them on the academy's strategic studies programmes.

On Tuesday, the delegation called on the Chief of Staff of the Egyptian Armed Forces, Lt Gen Sameh Abdelrahman, who underlined Egypt's readiness to host more Kenyan officers on its courses.""",
[E("visit", "reported", "2025-02-17", ("Cairo", "EGY"), ["EGY", "KEN"],
   [("Joseph Nderitu", "KEN", "Commandant, National Defence College"),
    ("Hisham Farouk", "EGY", "director of the Nasser Higher Military Academy")],
   None, ["delegation_exchange"]),
 E("meeting", "reported", "2025-02-18", (None, "EGY"), ["EGY", "KEN"],
   [("Joseph Nderitu", "KEN", "Commandant, National Defence College"),
    ("Sameh Abdelrahman", "EGY", "Chief of Staff of the Egyptian Armed Forces")],
   None, ["training"])],
chk=[("2025-02-19", "Wed"), ("2025-02-17", "Mon"), ("2025-02-18", "Tue")],
note="Reception by the academy director is part of the academy visit. The call on the Chief of Staff names no town: city null (it was very probably in Cairo, but the text does not say so).")

# 33 ADMM-Plus experts' working group (multilateral dialogue) + bilateral on the margins
doc("en", "https://www.mod-jp.example.go.jp/en/press/2024/07/05_ewg_ct.html",
"""July 5, 2024
Ministry of Defense

15th ADMM-Plus Experts' Working Group Meeting on Counter-Terrorism

The 15th meeting of the ADMM-Plus Experts' Working Group (EWG) on Counter-Terrorism was held in Kuala Lumpur on July 3 and 4, co-chaired by Malaysia and Japan. Representatives of all ten ASEAN member states and the eight Plus countries attended.

Participants shared information on terrorist financing and online radicalisation and adopted the work plan for a table-top exercise to be held next year.

Japan's co-chair, Major General Shinji Oda, Director General for Defense Policy Cooperation, Joint Staff, and Malaysia's co-chair, Brigadier General Azman Hashim, also held a bilateral meeting on the margins of the EWG and agreed to expand counter-terrorism training exchanges.""",
[E("dialogue", "reported", "2024-07-03", ("Kuala Lumpur", "MYS"),
   ["AUS", "BRN", "CHN", "IDN", "IND", "JPN", "KHM", "KOR", "LAO", "MMR", "MYS", "NZL",
    "PHL", "RUS", "SGP", "THA", "USA", "VNM"],
   [("Shinji Oda", "JPN", "Director General for Defense Policy Cooperation, Joint Staff"),
    ("Azman Hashim", "MYS", "Brigadier General")],
   ("ADMM-Plus Experts' Working Group on Counter-Terrorism", 15),
   ["counter_terrorism", "information_sharing", "multilateral_coordination"]),
 E("meeting", "reported", "2024-07", ("Kuala Lumpur", "MYS"), ["JPN", "MYS"],
   [("Shinji Oda", "JPN", "Director General for Defense Policy Cooperation, Joint Staff"),
    ("Azman Hashim", "MYS", "Brigadier General")],
   None, ["counter_terrorism", "training"])],
chk=[],
note="Countries of the EWG: the 10 ASEAN members (2024, before Timor-Leste's admission) plus the 8 Plus countries, since the text says all attended. The bilateral on the margins happened on 3 or 4 July: only the month is certain (2024-07).")

# ---- English negatives
# 34 domestic disaster drill
doc("en", "https://www.japantoday-news.example.jp/national/sdf-joins-prefectural-quake-drill",
"""SDF joins prefectural earthquake drill in Shizuoka

Some 2,500 members of the Ground Self-Defense Force joined police, firefighters and local volunteers on Sunday in Shizuoka Prefecture's annual earthquake drill, simulating a magnitude-8 quake along the Nankai Trough.

Helicopters from Camp Itazuma airlifted "injured" residents to a field hospital set up in a school gymnasium in Gotemba, while engineers cleared a landslide blocking a prefectural road.

Governor Keiko Shimizu, who observed the drill, said cooperation with the SDF had improved since the disaster of 2011. "Every minute we save in a drill is a life we save in the real thing," she said.""",
[],  neg="Domestic disaster-response drill: Japanese forces and local authorities only, no foreign party.")

# 35 arms-trade analysis with no event
doc("en", "https://www.globalarmsmonitor.example.org/analysis/gulf-imports-2024",
"""ANALYSIS: Gulf arms imports climb as suppliers diversify

By Henrik Solberg, Senior Researcher

Arms imports by Gulf states rose by roughly a fifth in the five years to 2024 compared with the previous five-year period, according to our transfer database, with Saudi Arabia, Qatar and the United Arab Emirates accounting for most of the growth.

The United States remains the dominant supplier, but its share is slipping. South Korea, Türkiye and China have won a growing share of orders for air defence, drones and artillery, often by offering local assembly and faster delivery.

"Buyers in the Gulf no longer want only the best platform; they want a piece of the production line," said one industry executive.

Several large programmes remain unsigned, and falling oil revenue could slow new orders. Our full dataset will be released in March.""",
[], neg="Arms-trade analysis: trends and shares, no dated interaction between countries.")

# 36 non-defence diplomatic meeting
doc("en", "https://www.eastafricadaily.example.co.tz/news/kenya-tanzania-foreign-ministers-trade",
"""DAR ES SALAAM, Aug 14 — Kenya and Tanzania agreed on Wednesday to remove 14 non-tariff barriers on cross-border trade, after talks between their foreign ministers in Dar es Salaam.

Kenya's Foreign Minister Esther Kamau and her Tanzanian counterpart Juma Mwinyimkuu also discussed a one-stop border post at Namanga, tourism circuits linking the Serengeti and the Maasai Mara, and the joint promotion of Kiswahili.

The ministers signed a memorandum of understanding on the mutual recognition of professional qualifications.""",
[], chk=[],
neg="General diplomatic and economic contact (trade, tourism, professional qualifications) with no defence side.")

# 37 obituary
doc("en", "https://www.southernherald.example.co.za/obituaries/rear-admiral-pieter-van-wyk",
"""OBITUARY
Rear Admiral (ret.) Pieter van Wyk, 1937–2024

Rear Admiral Pieter van Wyk, who rose from apprentice seaman to command the navy's submarine flotilla, died at home in Simon's Town on Tuesday. He was 87.

Born in Paarl, van Wyk joined the navy at 17 and qualified as a submariner in the 1960s. Colleagues remember a demanding but fair commander who knew every rating by name.

After retiring, he ran a sailing school for disadvantaged youth in False Bay and wrote two volumes of naval history.

He is survived by his wife, Elsa, three children and seven grandchildren. A memorial service will be held at the naval chapel on Friday.""",
[], neg="Obituary of a retired officer: no interaction between countries; career facts have no foreign party or only decades.")

# 38 postponed exercise and talks that did not take place
doc("en", "https://www.straitsobserver.example.my/nation/indonesia-malaysia-patrol-postponed",
"""Indonesia, Malaysia put off border patrol drill; army chiefs' talks called off

KUALA LUMPUR — A joint border patrol exercise between the Malaysian and Indonesian armies in Sarawak, scheduled to start on Monday, has been postponed indefinitely because of flooding along the border, the Malaysian Armed Forces said.

Talks between the two army chiefs, which were to be held in Kuching on the same day, also did not take place. No new date has been set.

The exercise has been held regularly since the 1970s.""",
[], published="2025-01-08",
neg="Postponed exercise and cancelled talks: events that did not take place are out of scope.")

# ================================================================ French
# 39 France-Senegal, AFP-style wire; counterpart named in a later sentence; letter of intent
doc("fr", "https://www.depeches-monde.example.fr/politique/2025/02/25/defense-senegal-brienne",
fr("""PARIS (AFP) – Le ministre des Armées a reçu mardi son homologue sénégalais à l'hôtel de Brienne, quelques mois après la remise à Dakar des dernières emprises militaires françaises.

Hélène Marchetti et Mamadou Diallo, ministre sénégalais des Forces armées, ont évoqué « une relation refondée, d'égal à égal », centrée sur la formation, le renseignement et la sécurité maritime dans le golfe de Guinée, selon un communiqué du ministère.

Les deux ministres ont signé une lettre d'intention sur la formation des officiers sénégalais dans les écoles militaires françaises, dont une vingtaine rejoignent chaque année Saint-Cyr, l'École navale ou l'École de l'air.

« La France ne part pas, elle change de manière d'être là », a déclaré Mme Marchetti à la presse.

abc/xyz/lpt"""),
[E("meeting", "reported", "2025-02-25", ("Paris", "FRA"), ["FRA", "SEN"],
   [("Hélène Marchetti", "FRA", "ministre des Armées"), ("Mamadou Diallo", "SEN", "ministre des Forces armées")],
   None, ["information_sharing", "maritime_security", "training"]),
 E("agreement", "reported", "2025-02-25", ("Paris", "FRA"), ["FRA", "SEN"],
   [("Hélène Marchetti", "FRA", "ministre des Armées"), ("Mamadou Diallo", "SEN", "ministre des Forces armées")],
   None, ["training"])],
published="2025-02-25", chk=[("2025-02-25", "Tue")],
note="Hôtel de Brienne (seat of the ministry) stands for Paris. The earlier handover of bases has no month: not coded.")

# 40 Morocco-Spain, XIVe commission mixte, 'le 19 courant', plan adopted
doc("fr", "https://www.lematinal-maroc.example.ma/nation/commission-mixte-maroco-espagnole-defense",
fr("""Coopération militaire : tenue à Rabat de la XIVe réunion de la commission mixte maroco-espagnole

Publié le 21/06/2025 à 10h12

La XIVe réunion de la Commission mixte de défense maroco-espagnole s'est tenue le 19 courant à Rabat, à l'état-major général des Forces Armées Royales.

La délégation marocaine était conduite par le général de division Youssef Bennani, tandis que la partie espagnole était présidée par le secrétaire général de politique de défense, Álvaro Montes Rivas.

Les travaux ont porté sur la lutte contre le terrorisme, la sécurité maritime en Méditerranée et dans l'Atlantique, le déminage humanitaire et la participation aux opérations de maintien de la paix. Les deux parties ont adopté, à l'issue de la réunion, le plan de coopération bilatérale pour 2025-2026, qui prévoit une soixantaine d'activités, dont des échanges de délégations et des stages de formation.

La prochaine réunion se tiendra à Madrid en 2026."""),
[E("dialogue", "reported", "2025-06-19", ("Rabat", "MAR"), ["ESP", "MAR"],
   [("Youssef Bennani", "MAR", "général de division"),
    ("Álvaro Montes Rivas", "ESP", "secrétaire général de politique de défense")],
   ("Commission mixte de défense", 14),
   ["counter_terrorism", "maritime_security", "peacekeeping", "war_legacy"]),
 E("agreement", "reported", "2025-06-19", ("Rabat", "MAR"), ["ESP", "MAR"],
   [("Youssef Bennani", "MAR", "général de division"),
    ("Álvaro Montes Rivas", "ESP", "secrétaire général de politique de défense")],
   None, ["delegation_exchange", "training"])],
chk=[],
note="'le 19 courant' = the 19th of the month of the page date (June 2025). 'déminage humanitaire' is coded war_legacy (mines).")

# 41 Lebanon: two donors, two assistance events; Tripoli is in Lebanon here
doc("fr", "https://www.depeches-monde.example.fr/monde/2024/03/16/liban-armee-dons",
fr("""BEYROUTH (AFP) – L'armée libanaise a reçu samedi deux lots d'aide étrangère, alors qu'elle peine à payer ses soldats et à entretenir son matériel.

Au port de Beyrouth, l'ambassadeur de France, Philippe Courtois, a remis au commandant de l'armée, le général Joseph Haddad, vingt véhicules de transport de troupes destinés aux unités déployées au Liban-Sud aux côtés de la Finul.

Le même jour, un navire affrété par le Qatar a livré au port de Tripoli, dans le nord du pays, une nouvelle cargaison de 70 000 tonnes de carburant pour l'armée, selon un communiqué militaire.

« Sans ces aides, des casernes entières seraient à l'arrêt », confie un officier sous couvert d'anonymat."""),
[E("assistance", "reported", "2024-03-16", ("Beirut", "LBN"), ["FRA", "LBN"],
   [("Philippe Courtois", "FRA", "ambassadeur de France"), ("Joseph Haddad", "LBN", "commandant de l'armée")],
   None, ["peacekeeping"]),
 E("assistance", "reported", "2024-03-16", ("Tripoli", "LBN"), ["LBN", "QAT"], [], None, [])],
published="2024-03-16", chk=[("2024-03-16", "Sat")],
note="Two donors, two distinct handovers: two events. Vehicles for units deployed with UNIFIL: peacekeeping.")

# 42 Belgium-Benin, ministry page: training closing + equipment handover
doc("fr", "https://www.defence-be.example.be/fr/actualites/fin-de-formation-forces-speciales-beninoises",
fr("""Actualités | Publié le 14 février 2024

Fin de formation pour les forces spéciales béninoises à Ouidah

Mardi, les instructeurs du Special Operations Regiment ont clôturé à Ouidah une formation de dix semaines au profit de 80 militaires des forces spéciales béninoises, axée sur la lutte contre les groupes terroristes dans le nord du pays.

À l'occasion de la cérémonie, le colonel Pierre Dumont, chef du détachement belge, a remis à l'armée béninoise des jumelles de vision nocturne, des drones d'observation et du matériel de transmission financés par la Défense belge.

Le matériel a été réceptionné par le général de brigade Fructueux Gbaguidi, chef d'état-major de l'armée de Terre béninoise, qui a salué « un partenariat de terrain ».

Depuis 2021, plus de 600 militaires béninois ont été formés par la Belgique."""),
[E("training", "reported", "2024-02-13", ("Ouidah", "BEN"), ["BEL", "BEN"],
   [("Pierre Dumont", "BEL", "chef du détachement belge")], None, ["counter_terrorism", "training"]),
 E("assistance", "reported", "2024-02-13", ("Ouidah", "BEN"), ["BEL", "BEN"],
   [("Pierre Dumont", "BEL", "chef du détachement belge"),
    ("Fructueux Gbaguidi", "BEN", "chef d'état-major de l'armée de Terre")],
   None, ["capacity_building", "counter_terrorism"])],
chk=[("2024-02-13", "Tue"), ("2024-02-14", "Wed")])

# 43 Switzerland-Ukraine, federal communiqué: demining machines (oblast only), meeting in Kiev, background delivery
doc("fr", "https://www.admin-ch.example.ch/gov/fr/accueil/documentation/communiques.msg-id-10421.html",
"""Berne, 07.03.2025 - La Suisse a remis jeudi à l'Ukraine trois machines de déminage supplémentaires, dans l'oblast de Kharkiv. La veille, le chef de l'Armée avait fait le point à Kiev avec les autorités ukrainiennes sur la suite de l'engagement suisse.

Les machines, financées par le Département fédéral de la défense, de la protection de la population et des sports (DDPS), ont été réceptionnées par le Service d'État ukrainien pour les situations d'urgence en présence de l'attaché de défense suisse, le colonel EMG Marc Aebischer.

Mercredi, le chef de l'Armée, le commandant de corps Urs Keller, a rencontré à Kiev le vice-ministre ukrainien de la Défense, Oleksandr Hrytsenko. Les deux hommes ont évoqué la formation de démineurs ukrainiens en Suisse et la dépollution des terres agricoles.

La Suisse avait déjà livré cinq machines en novembre 2023.

Renseignements : Communication DDPS, +41 58 464 50 58""",
[E("assistance", "reported", "2025-03-06", (None, "UKR"), ["CHE", "UKR"],
   [("Marc Aebischer", "CHE", "attaché de défense suisse")], None, ["war_legacy"]),
 E("meeting", "reported", "2025-03-05", ("Kyiv", "UKR"), ["CHE", "UKR"],
   [("Urs Keller", "CHE", "chef de l'Armée"), ("Oleksandr Hrytsenko", "UKR", "vice-ministre de la Défense")],
   None, ["training", "war_legacy"]),
 E("assistance", "background", "2023-11", (None, "UKR"), ["CHE", "UKR"], [], None, ["war_legacy"])],
chk=[("2025-03-06", "Thu"), ("2025-03-05", "Wed")],
note="The Wednesday meeting is mentioned twice (lead: 'La veille', body: 'Mercredi'): one event. Kiev is coded Kyiv (English exonym). Demining of recent war: war_legacy (mines).")

# 44 France + Gulf of Guinea navies: port call in Abidjan, then multinational exercise off Abidjan
doc("fr", "https://www.marine-nationale.example.fr/actualites/commandant-blaison-abidjan-atlantique-solidaire",
fr("""Accueil > Actualités > Opérations

Le PHM Commandant Blaison en escale à Abidjan avant Atlantique Solidaire 2024

Mis à jour le 11/03/2024

Déployé dans le golfe de Guinée, le patrouilleur de haute mer Commandant Blaison a fait escale à Abidjan le 1er mars. L'escale a permis à l'équipage de préparer, avec la marine ivoirienne, l'exercice Atlantique Solidaire 2024.

Du 4 au 8 mars, au large d'Abidjan, le bâtiment français a conduit avec les marines de Côte d'Ivoire, du Ghana, du Togo et du Bénin des entraînements à la lutte contre la piraterie, la pêche illicite et les trafics, ainsi que des visites de navires suspects.

« Le golfe de Guinée se sécurise d'abord par la coopération entre riverains », souligne le capitaine de corvette Julien Marec, commandant du Commandant Blaison.

Partager : Facebook | X | LinkedIn"""),
[E("port_call", "reported", "2024-03-01", ("Abidjan", "CIV"), ["CIV", "FRA"],
   [("Julien Marec", "FRA", "commandant du Commandant Blaison")], None, ["naval_cooperation"]),
 E("exercise", "reported", "2024-03-04", ("Abidjan", "CIV"), ["BEN", "CIV", "FRA", "GHA", "TGO"],
   [("Julien Marec", "FRA", "commandant du Commandant Blaison")],
   ("Atlantique Solidaire", None), ["maritime_security", "naval_cooperation"])],
chk=[])

# 45 Canada-France, regional newspaper: frigate in Brest since Thursday; CO received at the préfecture maritime
doc("fr", "https://www.ouest-littoral.example.fr/brest-29200/la-fregate-canadienne-ville-de-quebec-en-escale",
fr("""Brest. La frégate canadienne Ville-de-Québec en escale jusqu'à lundi

Par Gwenaëlle Le Bris

La frégate canadienne NCSM Ville-de-Québec est amarrée depuis jeudi au quai des flottilles, à Brest. Ses 240 marins font une pause avant de rejoindre un groupe de l'Otan en Méditerranée.

Vendredi, son commandant, le capitaine de frégate Étienne Gagnon, a été reçu à la préfecture maritime par le vice-amiral d'escadre Jean-Marc Le Goff, préfet maritime de l'Atlantique. Les deux officiers ont évoqué la surveillance des sous-marins dans l'Atlantique Nord.

« C'est un peu comme revenir chez des cousins », sourit un officier marinier québécois croisé sur le port de commerce.

Le bâtiment ne sera pas ouvert au public."""),
[E("port_call", "reported", "2025-10-09", ("Brest", "FRA"), ["CAN", "FRA"], [], None, ["naval_cooperation"]),
 E("meeting", "reported", "2025-10-10", ("Brest", "FRA"), ["CAN", "FRA"],
   [("Étienne Gagnon", "CAN", "commandant du NCSM Ville-de-Québec"),
    ("Jean-Marc Le Goff", "FRA", "préfet maritime de l'Atlantique")],
   None, ["maritime_security"])],
published="2025-10-11", chk=[("2025-10-09", "Thu"), ("2025-10-10", "Fri"), ("2025-10-11", "Sat")],
note="Anti-submarine surveillance is coded maritime_security (security at sea).")

# 46 Tunisia-US, ministry communiqué: 37e commission militaire mixte + reception of the ambassador
doc("fr", "https://www.defense-tn.example.tn/fr/actualites/37e-session-commission-militaire-mixte",
fr("""Tunis, le 3 décembre 2024

Communiqué

Les travaux de la 37e session de la Commission militaire mixte tuniso-américaine se sont déroulés les 2 et 3 décembre 2024 à Tunis, sous la coprésidence du directeur général de la sécurité militaire, le général de brigade Karim Ayari, et du sous-secrétaire adjoint américain à la Défense chargé de l'Afrique, M. Brian Collins.

Les deux parties ont passé en revue le programme de coopération, notamment la formation, la lutte contre le terrorisme, la sécurisation des frontières et le soutien en maintenance des équipements.

En marge des travaux, le ministre de la Défense nationale, M. Anis Chebbi, a reçu mardi l'ambassadeur des États-Unis à Tunis, Mme Karen Whitley, accompagnée de M. Collins. L'entretien a porté sur le renforcement de la coopération militaire et le partage du renseignement."""),
[E("dialogue", "reported", "2024-12-02", ("Tunis", "TUN"), ["TUN", "USA"],
   [("Karim Ayari", "TUN", "directeur général de la sécurité militaire"),
    ("Brian Collins", "USA", "sous-secrétaire adjoint à la Défense chargé de l'Afrique")],
   ("Commission militaire mixte", 37), ["capacity_building", "counter_terrorism", "training"]),
 E("meeting", "reported", "2024-12-03", ("Tunis", "TUN"), ["TUN", "USA"],
   [("Anis Chebbi", "TUN", "ministre de la Défense nationale"),
    ("Karen Whitley", "USA", "ambassadeur des États-Unis"),
    ("Brian Collins", "USA", "sous-secrétaire adjoint à la Défense chargé de l'Afrique")],
   None, ["information_sharing"])],
chk=[("2024-12-03", "Tue")],
note="Equipment maintenance support is coded capacity_building.")

# 47 Algeria-Italy, ministry page with photo captions: academy visit + talks with the chief of staff
doc("fr", "https://www.mdn-dz.example.dz/fr/actualites/visite-chef-etat-major-marine-italienne",
fr("""Visite officielle en Algérie du chef d'état-major de la Marine militaire italienne

Sur invitation du commandant des Forces navales, l'amiral de division Paolo Ferraresi, chef d'état-major de la Marine militaire italienne, effectue du 12 au 15 mai 2024 une visite officielle en Algérie.

Dimanche 12 mai 2024, l'hôte de l'Algérie a été reçu au siège du ministère de la Défense nationale par le général d'armée Rachid Benali, chef d'état-major de l'Armée nationale populaire. Les deux parties ont évoqué l'état de la coopération militaire, notamment en matière de formation et de recherche et sauvetage en mer.

Le même jour, l'amiral Ferraresi et la délégation qui l'accompagne ont visité l'Académie militaire de Cherchell, où ils ont suivi une présentation sur les cursus de formation des officiers.

Photo 1 : Le général d'armée Rachid Benali reçoit l'amiral de division Paolo Ferraresi.
Photo 2 : La délégation italienne à l'Académie militaire de Cherchell."""),
[E("visit", "reported", "2024-05-12", (None, "DZA"), ["DZA", "ITA"],
   [("Paolo Ferraresi", "ITA", "chef d'état-major de la Marine militaire italienne")], None,
   ["delegation_exchange"]),
 E("meeting", "reported", "2024-05-12", (None, "DZA"), ["DZA", "ITA"],
   [("Rachid Benali", "DZA", "chef d'état-major de l'Armée nationale populaire"),
    ("Paolo Ferraresi", "ITA", "chef d'état-major de la Marine militaire italienne")],
   None, ["search_rescue", "training"]),
 E("visit", "reported", "2024-05-12", ("Cherchell", "DZA"), ["DZA", "ITA"],
   [("Paolo Ferraresi", "ITA", "chef d'état-major de la Marine militaire italienne")], None,
   ["delegation_exchange", "training"])],
chk=[("2024-05-12", "Sun")],
note="Official country visit and academy visit are two events. Ministry headquarters named without a town: city null (the text never says Algiers). Photo captions repeat the two events.")

# 48 Japan-Djibouti, daily newspaper: coast guard boats handed over 'lundi dernier'
doc("fr", "https://www.lanation-dj.example.dj/societe/le-japon-remet-deux-vedettes-aux-garde-cotes",
fr("""Djibouti, le 20 novembre 2024

Le Japon remet deux vedettes rapides aux garde-côtes djiboutiens

Lundi dernier, au port de Djibouti, l'ambassadeur du Japon, M. Kenichi Sato, a remis officiellement deux vedettes d'intervention rapide aux Garde-côtes djiboutiens, en présence de leur commandant, le colonel Abdourahman Ali Houmed.

D'une valeur de 900 millions de francs Djibouti, ce don s'inscrit dans le programme japonais de renforcement des capacités de sécurité maritime dans le détroit de Bab-el-Mandeb. Une formation de trois semaines à la conduite et à l'entretien des embarcations a été assurée aux équipages par des experts des garde-côtes japonais.

« Ces vedettes permettront de mieux lutter contre la piraterie et les trafics », a déclaré le colonel Houmed."""),
[E("assistance", "reported", "2024-11-18", ("Djibouti", "DJI"), ["DJI", "JPN"],
   [("Kenichi Sato", "JPN", "ambassadeur du Japon"),
    ("Abdourahman Ali Houmed", "DJI", "commandant des Garde-côtes djiboutiens")],
   None, ["capacity_building", "maritime_security"]),
 E("training", "reported", None, None, ["DJI", "JPN"], [], None, ["maritime_security", "training"])],
chk=[("2024-11-20", "Wed"), ("2024-11-18", "Mon")],
note="The three-week crew course by Japanese coast guard experts is a distinct training event; the text gives neither its date nor its place (date null, location null).")

# 49 China-Cameroon, web page with cookie banner and "Lire aussi": medical donation
doc("fr", "https://www.camerounactu.example.cm/defense/la-chine-offre-du-materiel-medical-a-l-hopital-militaire",
"""Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. [J'accepte] [En savoir plus]

Accueil | Politique | Économie | Défense | Sports | Culture

DÉFENSE
La Chine offre du matériel médical à l'Hôpital militaire de Yaoundé

Publié le 30 septembre 2024 · Par Serge Mbarga

Le vendredi 27 septembre, l'attaché de défense de l'ambassade de Chine, le colonel Wang Lixin, a remis au général de brigade Emmanuel Nkoa, directeur de la santé militaire, représentant le ministre délégué à la présidence chargé de la Défense, un lot d'équipements médicaux : échographes, respirateurs, tables d'opération et médicaments.

Le don, d'une valeur de 350 millions de FCFA, est destiné à l'Hôpital militaire de région n° 1 de Yaoundé.

Lire aussi : Bakassi : les marins camerounais en formation à Douala

Le général Nkoa a salué « un geste concret de l'amitié sino-camerounaise », rappelant que des équipes médicales militaires chinoises ont déjà séjourné à Yaoundé.

Lire aussi : Recrutement dans l'armée : le calendrier des concours dévoilé
Lire aussi : Football : les Lions indomptables en stage à Garoua

Partager : Facebook · WhatsApp · X
© 2024 Cameroun Actu — Tous droits réservés""",
[E("assistance", "reported", "2024-09-27", ("Yaounde", "CMR"), ["CHN", "CMR"],
   [("Wang Lixin", "CHN", "attaché de défense de l'ambassade de Chine"),
    ("Emmanuel Nkoa", "CMR", "directeur de la santé militaire")],
   None, ["military_medicine"])],
chk=[("2024-09-27", "Fri")],
note="The minister is represented and unnamed: left out. Past Chinese medical teams have no date: not coded. 'Lire aussi' lines are residue.")

# 50 India-Madagascar, ship visit at Antsiranana (Diego-Suarez) + call on the navy commander
doc("fr", "https://www.midi-mada.example.mg/actualites/escale-ins-sunayna-antsiranana",
fr("""Publié le : 02/12/2024

Marine : escale du navire indien INS Sunayna à Diego-Suarez

Le patrouilleur de la Marine indienne INS Sunayna est arrivé samedi 30 novembre au port de Diego-Suarez (Antsiranana) pour une escale de quatre jours, dans le cadre de sa mission de surveillance dans le canal du Mozambique.

Son commandant, le capitaine de frégate Rohit Nair, a rendu une visite de courtoisie au commandant de la Marine malgache, le contre-amiral Jean-Claude Rakotondrabe, le lendemain, à la base navale de Diego-Suarez. Les échanges ont porté sur la surveillance de la zone économique exclusive et la lutte contre la pêche illicite.

L'équipage doit également organiser une journée de consultations médicales gratuites à l'hôpital militaire de la ville."""),
[E("port_call", "reported", "2024-11-30", ("Antsiranana", "MDG"), ["IND", "MDG"],
   [("Rohit Nair", "IND", "commandant de l'INS Sunayna")], None, ["maritime_security", "naval_cooperation"]),
 E("meeting", "reported", "2024-12-01", ("Antsiranana", "MDG"), ["IND", "MDG"],
   [("Rohit Nair", "IND", "commandant de l'INS Sunayna"),
    ("Jean-Claude Rakotondrabe", "MDG", "commandant de la Marine malgache")],
   None, ["maritime_security"])],
chk=[("2024-11-30", "Sat")],
note="Diego-Suarez is the French name of Antsiranana: city coded Antsiranana. The medical day is announced (future): not coded. The port call carries maritime_security because the ship is on an EEZ surveillance mission.")

# 51 DR Congo-Angola, hard-wrapped text: 10e session de la commission mixte + protocole d'accord
doc("fr", "https://www.kinshasa-hebdo.example.cd/securite/10e-commission-mixte-rdc-angola",
wrap(fr("""SÉCURITÉ — RDC-ANGOLA : LA 10e COMMISSION MIXTE DE DÉFENSE ET DE SÉCURITÉ CLÔTURE SES TRAVAUX À LUANDA

Luanda, 25 octobre 2024 — La 10e session de la Commission mixte de défense et de sécurité entre la République démocratique du Congo et l'Angola s'est tenue du 22 au 24 octobre 2024 à Luanda. La délégation congolaise était conduite par le vice-ministre de la Défense nationale, Albert Kabongo Mulamba, et la partie angolaise par le secrétaire d'État à la Défense, Manuel Ngola Tavares.

Les experts des deux pays ont examiné la situation sécuritaire le long de leur frontière commune, l'échange de renseignements sur les groupes armés et la lutte contre les trafics d'armes.

À l'issue des travaux, les deux chefs de délégation ont signé un protocole d'accord sur l'échange de renseignements et l'organisation de patrouilles conjointes le long de la frontière.

La prochaine session se tiendra à Kinshasa.""")),
[E("dialogue", "reported", "2024-10-22", ("Luanda", "AGO"), ["AGO", "COD"],
   [("Albert Kabongo Mulamba", "COD", "vice-ministre de la Défense nationale"),
    ("Manuel Ngola Tavares", "AGO", "secrétaire d'État à la Défense")],
   ("Commission mixte de défense et de sécurité", 10), ["information_sharing"]),
 E("agreement", "reported", "2024-10-24", ("Luanda", "AGO"), ["AGO", "COD"],
   [("Albert Kabongo Mulamba", "COD", "vice-ministre de la Défense nationale"),
    ("Manuel Ngola Tavares", "AGO", "secrétaire d'État à la Défense")],
   None, ["information_sharing"])],
chk=[],
note="The protocol is signed 'à l'issue des travaux', i.e. on the last day (24 October).")

# 52 Gabon: graduation of a regional staff course with France's support, many student countries
doc("fr", "https://www.gabonmatin.example.ga/defense/sortie-de-promotion-ecole-etat-major-libreville",
fr("""Libreville, 28 juin 2024 — La 22e promotion du cours d'état-major de l'École d'état-major de Libreville a reçu ses diplômes ce vendredi, au terme de dix mois de formation.

Les 45 officiers stagiaires venaient du Gabon, du Cameroun, du Congo, du Tchad, de Centrafrique, du Sénégal, du Bénin et du Togo. L'école, à vocation régionale, est soutenue par la France, qui met à sa disposition une partie de son encadrement.

La cérémonie était présidée par le ministre gabonais de la Défense nationale, le général Brice Oyono Mba, en présence de l'ambassadeur de France, M. Laurent Vasseur.

« Vous repartez avec une même doctrine et un même langage », a lancé le directeur de l'école, le colonel Aimé Moussavou."""),
[E("training", "reported", "2024-06-28", ("Libreville", "GAB"),
   ["BEN", "CAF", "CMR", "COG", "FRA", "GAB", "SEN", "TCD", "TGO"],
   [("Brice Oyono Mba", "GAB", "ministre de la Défense nationale"),
    ("Laurent Vasseur", "FRA", "ambassadeur de France"),
    ("Aimé Moussavou", "GAB", "directeur de l'école")],
   ("cours d'état-major", 22), ["capacity_building", "training"])],
chk=[("2024-06-28", "Fri")],
note="The countries sending students are parties to the training event, with the host and the supporting country. A numbered promotion of a course is taken as the edition.")

# 53 Cambodia-China exercise, wire dateline without year: year from the exercise name; province only
doc("fr", "https://french.xinwen-wire.example.cn/20250512/mekong-uni-2025.html",
fr("""PHNOM PENH, 12 mai (Xinwen) -- Les armées cambodgienne et chinoise ont lancé lundi dans la province de Kampong Speu la troisième édition de l'exercice conjoint « Mékong Uni 2025 », qui se poursuivra jusqu'au 25 mai.

Quelque 1 300 militaires des deux pays s'entraîneront à la lutte antiterroriste, au secours en cas de catastrophe et au déminage, a indiqué le porte-parole du ministère cambodgien de la Défense nationale, le général Chea Sopheap.

La cérémonie d'ouverture a été présidée par le commandant adjoint de l'Armée royale cambodgienne, le général Sok Vuthy, et par le général de division chinois Zhou Haibin."""),
[E("exercise", "reported", "2025-05-12", (None, "KHM"), ["CHN", "KHM"],
   [("Sok Vuthy", "KHM", "commandant adjoint de l'Armée royale cambodgienne"),
    ("Zhou Haibin", "CHN", "général de division")],
   ("Mékong Uni", 3), ["counter_terrorism", "disaster_relief", "war_legacy"])],
chk=[("2025-05-12", "Mon")],
note="Year from 'Mékong Uni 2025' (the year in the name is not the edition; 'troisième édition' is). Only a province is named: city null. The spokesman is a source, not a participant.")

# 54 France-India, navy page: 'le 3 courant' at Mormugao (Goa is a state), reception on board, background call
doc("fr", "https://www.marine-nationale.example.fr/actualites/jeanne-d-arc-2024-le-tonnerre-a-mormugao",
fr("""Mission Jeanne d'Arc 2024 : le Tonnerre en escale en Inde

Le porte-hélicoptères amphibie Tonnerre et la frégate Guépratte ont accosté le 3 courant à Mormugao, dans l'État de Goa, pour une escale de quatre jours.

Le lendemain, le capitaine de vaisseau Arnaud Quéré, commandant du Tonnerre, a donné une réception à bord en l'honneur du vice-amiral Anil Kapoor, commandant en chef de la région navale Ouest de la Marine indienne. Les officiers-élèves de la mission Jeanne d'Arc ont pu échanger avec leurs homologues de l'Académie navale indienne.

Le Tonnerre avait déjà fait escale à Mumbai en mars 2023, lors de la précédente mission Jeanne d'Arc."""),
[E("port_call", "reported", "2024-02-03", ("Mormugao", "IND"), ["FRA", "IND"], [], None,
   ["naval_cooperation", "training"]),
 E("meeting", "reported", "2024-02-04", ("Mormugao", "IND"), ["FRA", "IND"],
   [("Arnaud Quéré", "FRA", "commandant du Tonnerre"),
    ("Anil Kapoor", "IND", "commandant en chef de la région navale Ouest")],
   None, ["naval_cooperation"]),
 E("port_call", "background", "2023-03", ("Mumbai", "IND"), ["FRA", "IND"], [], None, ["naval_cooperation"])],
published="2024-02-06",
note="'le 3 courant' = 3 February 2024 from the published date. Two French ships arrive together: one port call. The exchange between officer cadets (a training cruise) is coded as training on the port call. A reception is a meeting per the spec.")

# 55 Benelux letter of intent, wire
doc("fr", "https://www.belga-fr.example.be/politique/benelux-lettre-intention-defense-aerienne",
fr("""LA HAYE (Belga) – La Belgique, les Pays-Bas et le Luxembourg ont signé mercredi à La Haye une lettre d'intention en vue d'acheter en commun des systèmes de défense aérienne à courte portée et de former ensemble leurs opérateurs.

Le texte a été paraphé par le ministre belge de la Défense, Thomas Verhaegen, son homologue néerlandais Ruben de Groot et la ministre luxembourgeoise de la Défense, Claire Weber.

« Ensemble, nous pesons davantage face aux industriels », a souligné M. Verhaegen. Un accord définitif pourrait être signé d'ici la fin de l'année."""),
[E("agreement", "reported", "2025-04-09", ("The Hague", "NLD"), ["BEL", "LUX", "NLD"],
   [("Thomas Verhaegen", "BEL", "ministre de la Défense"), ("Ruben de Groot", "NLD", "ministre de la Défense"),
    ("Claire Weber", "LUX", "ministre de la Défense")],
   None, ["defense_industry", "training"])],
published="2025-04-10", chk=[("2025-04-09", "Wed")],
note="'La Haye' is coded The Hague. The final agreement is hypothetical ('pourrait être signé'): not coded.")

# 56 France-Australia, ministry communiqué on a phone call; background port call in Toulon
doc("fr", "https://www.defense-fr.example.gouv.fr/actualites/entretien-telephonique-ministre-australien",
fr("""Communiqué
Paris, le 23 janvier 2025

Entretien téléphonique de Hélène Marchetti avec le vice-Premier ministre australien

Hélène Marchetti, ministre des Armées, s'est entretenue ce jeudi par téléphone avec Richard Hale, vice-Premier ministre et ministre de la Défense de l'Australie.

Les deux ministres ont fait le point sur la coopération industrielle, notamment dans le domaine des munitions, et sur la sécurité maritime dans le Pacifique Sud. Ils ont salué l'escale de la frégate australienne HMAS Toowoomba à Toulon en décembre 2024, première d'un bâtiment de la Royal Australian Navy en Méditerranée depuis dix ans.

Ils sont convenus de se rencontrer prochainement."""),
[E("phone_call", "reported", "2025-01-23", None, ["AUS", "FRA"],
   [("Hélène Marchetti", "FRA", "ministre des Armées"),
    ("Richard Hale", "AUS", "vice-Premier ministre et ministre de la Défense")],
   None, ["defense_industry", "maritime_security"]),
 E("port_call", "background", "2024-12", ("Toulon", "FRA"), ["AUS", "FRA"], [], None, ["naval_cooperation"])],
chk=[("2025-01-23", "Thu")])

# 57 France-Canada, Quebec regional paper: Saint-Cyr cadets visit RMC Saint-Jean 'mardi dernier'
doc("fr", "https://www.lecanadafrancais.example.ca/actualites/des-saint-cyriens-au-college-militaire",
fr("""Des Saint-Cyriens en visite au Collège militaire royal de Saint-Jean

Une délégation de 30 élèves-officiers de l'École spéciale militaire de Saint-Cyr, conduite par le chef de bataillon Amélie Rousseau, a visité mardi dernier le Collège militaire royal de Saint-Jean.

Les élèves français ont été accueillis par le commandant du Collège, le colonel Marc-André Pelletier, avant de partager les cours et le repas des élèves-officiers canadiens. Ils ont aussi suivi une démonstration de leadership en milieu hivernal.

« On découvre une autre façon de former des chefs, mais les mêmes valeurs », confie un élève breton.

Ce programme d'échange, lancé en 2019, doit permettre à une délégation canadienne de se rendre à Coëtquidan l'automne prochain."""),
[E("visit", "reported", "2025-04-22", ("Saint-Jean-sur-Richelieu", "CAN"), ["CAN", "FRA"],
   [("Amélie Rousseau", "FRA", "chef de bataillon"),
    ("Marc-André Pelletier", "CAN", "commandant du Collège militaire royal de Saint-Jean")],
   None, ["delegation_exchange", "training"])],
published="2025-04-25", chk=[("2025-04-25", "Fri"), ("2025-04-22", "Tue")],
note="The college is named after its town (Saint-Jean-sur-Richelieu). Return visit to Coëtquidan is planned: not coded.")

# 58 Indonesia-France, long feature with several past events
doc("fr", "https://www.lejournal-monde.example.fr/international/article/2025/01/29/paris-jakarta-partenariat-defense",
fr("""Paris et Jakarta, un partenariat de défense qui prend le large

Par Claire Duvernay
Publié le 29 janvier 2025 à 06h00

Le chef d'état-major de la marine indonésienne n'est pas venu en touriste. Lundi, l'amiral Arif Wicaksono a visité le site de Naval Group à Lorient, où il s'est fait présenter la frégate de défense et d'intervention et les sous-marins Scorpène, dont Jakarta a commandé deux exemplaires. Mardi, il a été reçu à Paris par son homologue français, l'amiral Hugues Castelnau ; les deux hommes ont évoqué la formation des équipages et des exercices communs en mer de Java.

Ce ballet n'a rien d'exceptionnel. Depuis la signature à Paris, en juin 2021, d'un accord de coopération de défense, les rencontres se sont multipliées. Le contrat de 42 Rafale, conclu en février 2022 avec Dassault Aviation, a donné à la relation une dimension industrielle inédite.

Les militaires ont suivi. En novembre 2023, des commandos marine français et des nageurs de combat indonésiens se sont entraînés ensemble à Surabaya à la lutte contre le terrorisme maritime. Et en septembre 2024, Jakarta a accueilli le premier Dialogue stratégique de défense franco-indonésien, consacré à l'industrie de défense et à la sécurité maritime.

« L'Indonésie ne veut dépendre de personne, et la France lui offre une façon de diversifier sans s'aligner », résume un chercheur de l'Institut des relations internationales. Reste à savoir si le budget indonésien suivra : plusieurs commandes annoncées n'ont toujours pas été financées.

La visite d'État du président indonésien à Paris, en juillet 2023, avait surtout porté sur le climat et les énergies renouvelables."""),
[E("visit", "reported", "2025-01-27", ("Lorient", "FRA"), ["FRA", "IDN"],
   [("Arif Wicaksono", "IDN", "chef d'état-major de la marine indonésienne")], None,
   ["defense_industry", "delegation_exchange"]),
 E("meeting", "reported", "2025-01-28", ("Paris", "FRA"), ["FRA", "IDN"],
   [("Arif Wicaksono", "IDN", "chef d'état-major de la marine indonésienne"),
    ("Hugues Castelnau", "FRA", "chef d'état-major de la Marine")],
   None, ["naval_cooperation", "training"]),
 E("agreement", "background", "2021-06", ("Paris", "FRA"), ["FRA", "IDN"], [], None, []),
 E("exercise", "background", "2023-11", ("Surabaya", "IDN"), ["FRA", "IDN"], [], None,
   ["counter_terrorism", "maritime_security", "naval_cooperation"]),
 E("dialogue", "background", "2024-09", ("Jakarta", "IDN"), ["FRA", "IDN"], [],
   ("Dialogue stratégique de défense", 1), ["defense_industry", "maritime_security"])],
published="2025-01-29", chk=[("2025-01-27", "Mon"), ("2025-01-28", "Tue"), ("2025-01-29", "Wed")],
note="The Rafale contract is a commercial sale with a firm: not coded. The July 2023 state visit is general diplomacy: left out. 'premier' gives edition 1. Exercises 'en mer de Java' are only discussed (no event).")

# 59 Mauritania-Spain: joint maritime patrols since 1 October off Nouadhibou + meeting
doc("fr", "https://www.nouakchott-info.example.mr/securite/patrouilles-conjointes-garde-cotes-guardia-civil",
fr("""Publié le 18 octobre 2024

Nouadhibou : garde-côtes mauritaniens et Guardia Civil en patrouille conjointe

Depuis le 1er octobre, un patrouilleur de la Guardia Civil espagnole et deux vedettes de la Garde côtière mauritanienne mènent des patrouilles conjointes au large de Nouadhibou, afin de lutter contre les réseaux de migration irrégulière et la pêche illicite.

Mercredi, le chef d'état-major de la Garde côtière mauritanienne, le colonel Sidi Mohamed Ould Ahmedou, a reçu à Nouadhibou le général de la Guardia Civil Fernando Ruiz Calderón, chef du commandement des frontières et de la police maritime, pour un point d'étape. Les deux officiers ont insisté sur l'échange d'informations en temps réel entre leurs centres de commandement."""),
[E("exercise", "reported", "2024-10-01", ("Nouadhibou", "MRT"), ["ESP", "MRT"], [], None, ["maritime_security"]),
 E("meeting", "reported", "2024-10-16", ("Nouadhibou", "MRT"), ["ESP", "MRT"],
   [("Sidi Mohamed Ould Ahmedou", "MRT", "chef d'état-major de la Garde côtière mauritanienne"),
    ("Fernando Ruiz Calderón", "ESP", "chef du commandement des frontières et de la police maritime")],
   None, ["information_sharing", "maritime_security"])],
chk=[("2024-10-16", "Wed")],
note="Guardia Civil maritime service and the Mauritanian coast guard are maritime law enforcement: in scope. Ongoing joint patrols started on 1 October: one exercise event dated by its first day.")

# 60 France-Greece: two-sentence brief; Balard stands for Paris
doc("fr", "https://www.lettre-defense.example.fr/breves/le-cema-recoit-son-homologue-grec",
fr("""Le chef d'état-major des armées, le général Philippe Rambert, a reçu jeudi à Balard son homologue grec, le général Konstantinos Drakos. Les deux chefs militaires ont évoqué la coopération navale en Méditerranée orientale et la formation des pilotes grecs sur Rafale."""),
[E("meeting", "reported", "2025-05-15", ("Paris", "FRA"), ["FRA", "GRC"],
   [("Philippe Rambert", "FRA", "chef d'état-major des armées"),
    ("Konstantinos Drakos", "GRC", "chef d'état-major de la défense nationale grecque")],
   None, ["naval_cooperation", "training"])],
published="2025-05-16", chk=[("2025-05-15", "Thu")],
note="Balard (seat of the French ministry and staff) stands for Paris. The French chief's country comes from his title only.")

# ---- Vietnam, French
# 61 Vietnam-China 38th joint patrol in the Gulf of Tonkin + friendly visit at Haiphong; first patrol background
doc("fr", "https://fr.vna-info.example.vn/defense/38e-patrouille-conjointe-golfe-du-tonkin",
fr("""Publié le 12/04/2024 à 16h05

Vietnam et Chine effectuent la 38e patrouille conjointe dans le golfe du Tonkin

Hanoï (VNA) – Les forces navales vietnamiennes et chinoises ont effectué les 10 et 11 avril la 38e patrouille conjointe dans le golfe du Tonkin, a annoncé le Commandement de la Marine populaire du Vietnam.

Les navires 016 et 18 de la Marine vietnamienne et les navires 624 et 625 de la Marine chinoise ont patrouillé le long de la ligne de délimitation du golfe. Pendant la patrouille, les deux parties ont organisé un exercice de recherche et de sauvetage et échangé des informations sur les activités de pêche.

La délégation vietnamienne était conduite par le contre-amiral Nguyen Dinh Long, commandant adjoint de la Marine, et la délégation chinoise par le contre-amiral Huang Qiang, commandant adjoint de la Flotte du Sud.

Ce vendredi 12 avril, les navires chinois sont arrivés au port de Hai Phong pour une visite amicale de trois jours.

La première patrouille conjointe entre les deux marines a eu lieu en avril 2006."""),
[E("exercise", "reported", "2024-04-10", None, ["CHN", "VNM"],
   [("Nguyen Dinh Long", "VNM", "commandant adjoint de la Marine"),
    ("Huang Qiang", "CHN", "commandant adjoint de la Flotte du Sud")],
   ("patrouille conjointe", 38),
   ["information_sharing", "maritime_security", "naval_cooperation", "search_rescue"]),
 E("port_call", "reported", "2024-04-12", ("Haiphong", "VNM"), ["CHN", "VNM"], [], None, ["naval_cooperation"]),
 E("exercise", "background", "2006-04", None, ["CHN", "VNM"], [], ("patrouille conjointe", 1), [])],
chk=[("2024-04-12", "Fri")],
note="The Gulf of Tonkin is a sea shared by both countries: location null. The SAR drill during the patrol is part of the patrol (area search_rescue), not a separate event. 'La première patrouille' gives edition 1. Hai Phong is coded with its English exonym Haiphong.")

# 62 India-Vietnam: INS Kiltan at Cam Ranh + courtesy call; PASSEX announced
doc("fr", "https://www.courrier-vn.example.vn/societe/le-navire-indien-ins-kiltan-a-cam-ranh",
fr("""Le navire indien INS Kiltan en visite au port international de Cam Ranh

Khanh Hoa, 23 juin – La corvette INS Kiltan de la Marine indienne est arrivée ce lundi au port international de Cam Ranh, dans la province de Khanh Hoa (Centre), pour une escale de quatre jours.

Le même jour, son commandant, le capitaine de frégate Sandeep Rathore, a rendu une visite de courtoisie au commandement de la Région navale 4, à Cam Ranh, où il a été reçu par le contre-amiral Tran Quoc Tuan, commandant adjoint de la région. Les deux parties ont discuté des échanges d'équipages et de la formation des jeunes officiers.

Durant l'escale, les marins indiens participeront à des activités sportives et culturelles avec leurs homologues vietnamiens. À l'issue de l'escale, les deux marines effectueront un exercice de passage (PASSEX) au large de la côte."""),
[E("port_call", "reported", "--06-23", ("Cam Ranh", "VNM"), ["IND", "VNM"],
   [("Sandeep Rathore", "IND", "commandant de l'INS Kiltan")], None, ["naval_cooperation"]),
 E("meeting", "reported", "--06-23", ("Cam Ranh", "VNM"), ["IND", "VNM"],
   [("Sandeep Rathore", "IND", "commandant de l'INS Kiltan"),
    ("Tran Quoc Tuan", "VNM", "commandant adjoint de la Région navale 4")],
   None, ["naval_cooperation", "training"])],
chk=[],
note="No year anywhere in the page: the dateline '23 juin' and 'ce lundi' give --06-23. PASSEX announced for the end of the call: not coded.")

# 63 Vietnam-Laos: graduation 'mardi dernier' + reception; photo caption at the top
doc("fr", "https://fr.qdnd-info.example.vn/international/remise-de-diplomes-officiers-laotiens",
fr("""Photo : Le vice-ministre Do Quang Vinh remet les diplômes aux officiers laotiens. Photo : QĐND

Remise de diplômes à 32 officiers laotiens à l'Académie de la Défense nationale

Hanoï – Mardi dernier, l'Académie de la Défense nationale a organisé la cérémonie de remise des diplômes à 32 officiers de l'Armée populaire lao ayant suivi un cours de commandement et d'état-major de dix mois.

Y assistaient le général de corps d'armée Do Quang Vinh, vice-ministre vietnamien de la Défense, et le général de division Khamphanh Sisouk, vice-ministre lao de la Défense.

En marge de la cérémonie, le général Do Quang Vinh a reçu son homologue lao. Les deux parties ont convenu de poursuivre la coopération en matière de formation et la recherche des restes des soldats volontaires vietnamiens tombés au Laos."""),
[E("training", "reported", "2024-07-02", ("Hanoi", "VNM"), ["LAO", "VNM"],
   [("Do Quang Vinh", "VNM", "vice-ministre de la Défense"),
    ("Khamphanh Sisouk", "LAO", "vice-ministre de la Défense")],
   None, ["training"]),
 E("meeting", "reported", "2024-07-02", ("Hanoi", "VNM"), ["LAO", "VNM"],
   [("Do Quang Vinh", "VNM", "vice-ministre de la Défense"),
    ("Khamphanh Sisouk", "LAO", "vice-ministre de la Défense")],
   None, ["training", "war_legacy"])],
published="2024-07-05", chk=[("2024-07-05", "Fri"), ("2024-07-02", "Tue")],
note="'Mardi dernier' from Friday 5 July 2024 = 2 July. The counterpart is named in the previous sentence and referred to as 'son homologue lao'.")

# 64 Vietnam-France: sixth defence policy dialogue in Paris, letter of intent, visit to the École de guerre
doc("fr", "https://fr.vna-info.example.vn/politique/sixieme-dialogue-politique-defense-vietnam-france",
fr("""Sixième Dialogue de politique de défense Vietnam – France à Paris

Mis à jour le 15/11/2024 à 09h30

Paris (VNA) – Le général de corps d'armée Hoàng Văn Tùng, vice-ministre vietnamien de la Défense, et Antoine Leclerc, directeur général des relations internationales et de la stratégie (DGRIS) du ministère des Armées, ont coprésidé le jeudi 14 novembre, à l'hôtel de Brienne, le sixième Dialogue de politique de défense Vietnam – France.

Les deux parties se sont félicitées des progrès de la coopération dans les domaines du maintien de la paix de l'ONU, de la formation, de l'industrie de défense, de la cybersécurité et de la médecine militaire. À l'issue du dialogue, elles ont signé une lettre d'intention sur la coopération en médecine militaire.

Le lendemain, la délégation vietnamienne a visité l'École de guerre, à Paris.

Le cinquième Dialogue s'était tenu à Hanoï en octobre 2022."""),
[E("dialogue", "reported", "2024-11-14", ("Paris", "FRA"), ["FRA", "VNM"],
   [("Hoàng Văn Tùng", "VNM", "vice-ministre de la Défense"),
    ("Antoine Leclerc", "FRA", "directeur général des relations internationales et de la stratégie")],
   ("Dialogue de politique de défense", 6),
   ["cybersecurity", "defense_industry", "military_medicine", "peacekeeping", "training"]),
 E("agreement", "reported", "2024-11-14", ("Paris", "FRA"), ["FRA", "VNM"],
   [("Hoàng Văn Tùng", "VNM", "vice-ministre de la Défense"),
    ("Antoine Leclerc", "FRA", "directeur général des relations internationales et de la stratégie")],
   None, ["military_medicine"]),
 E("visit", "reported", "2024-11-15", ("Paris", "FRA"), ["FRA", "VNM"], [], None,
   ["delegation_exchange", "training"]),
 E("dialogue", "background", "2022-10", ("Hanoi", "VNM"), ["FRA", "VNM"], [],
   ("Dialogue de politique de défense", 5), [])],
chk=[("2024-11-14", "Thu")],
note="Participants of the École de guerre visit are not named individually ('la délégation'): none listed.")

# 65 Vietnam-Cambodia, video call (year only in the published field)
doc("fr", "https://fr.vna-info.example.vn/politique/entretien-en-ligne-ministres-defense-vietnam-cambodge",
fr("""Entretien en ligne entre les ministres de la Défense du Vietnam et du Cambodge

Hanoï (VNA) – Le général Phan Minh Tuan, ministre vietnamien de la Défense, a eu mercredi un entretien en ligne avec le vice-Premier ministre et ministre cambodgien de la Défense nationale, le général Chan Sovann.

Les deux ministres se sont félicités de la coordination de leurs forces dans la gestion des frontières et de la recherche et du rapatriement des restes des soldats volontaires vietnamiens tombés au Cambodge. Ils sont convenus d'intensifier la formation des cadets cambodgiens dans les écoles militaires vietnamiennes et de se soutenir mutuellement au sein de l'ADMM."""),
[E("phone_call", "reported", "2025-01-08", None, ["KHM", "VNM"],
   [("Phan Minh Tuan", "VNM", "ministre de la Défense"),
    ("Chan Sovann", "KHM", "vice-Premier ministre et ministre de la Défense nationale")],
   None, ["multilateral_coordination", "training", "war_legacy"])],
published="2025-01-08", chk=[("2025-01-08", "Wed")],
note="An 'entretien en ligne' (online talks) is a video call: phone_call.")

# ---- French negatives
# 66 budget debate
doc("fr", "https://www.parlement-actu.example.fr/assemblee/debat-budget-defense-programme-146",
fr("""Budget des armées : passe d'armes à l'Assemblée sur le programme 146

L'Assemblée nationale a adopté dans la nuit de mardi à mercredi les crédits de la mission « Défense » pour 2025, après un débat tendu sur le financement des équipements.

Le rapporteur spécial a dénoncé le report de commandes de véhicules blindés et de munitions, tandis que l'opposition réclamait une hausse des crédits consacrés au maintien en condition opérationnelle. « On ne gagne pas une guerre de haute intensité avec des stocks de paix », a lancé un député.

Le ministre délégué a défendu « le budget le plus élevé depuis la fin de la guerre froide ». Le texte doit maintenant être examiné par le Sénat."""),
[],  neg="Domestic budget debate: no foreign party, no interaction.")

# 67 domestic procurement
doc("fr", "https://www.industrie-defense.example.fr/naval/la-dga-commande-deux-patrouilleurs",
fr("""La DGA commande deux patrouilleurs supplémentaires pour l'outre-mer

La Direction générale de l'armement (DGA) a notifié vendredi au chantier brestois Piriou la commande de deux patrouilleurs outre-mer supplémentaires, destinés à la Polynésie française, a annoncé le ministère des Armées.

Les bâtiments, longs de 80 mètres, seront livrés en 2027. Ils remplaceront des patrouilleurs en service depuis plus de trente ans et participeront à la surveillance des zones économiques exclusives et à la lutte contre la pêche illicite.

Avec cette commande, la série atteint huit unités."""),
[],  neg="Procurement from a domestic shipyard with no foreign partner.")

# 68 friendly football match between two armies
doc("fr", "https://www.senego-sport.example.sn/football/match-amical-armees-senegal-gambie",
fr("""Football : l'équipe des Forces armées sénégalaises s'impose face à son homologue gambienne

L'équipe de football des Forces armées sénégalaises a battu samedi celle des forces armées gambiennes (2-1) au stade Iba-Mar-Diop de Dakar, lors d'un match amical disputé devant près de 3 000 spectateurs.

Les buts sénégalais ont été inscrits par le sergent Ousmane Faye et le caporal Abdou Ndiaye. Les Gambiens avaient ouvert le score dès la 10e minute.

Un match retour est prévu à Banjul à la fin de l'année."""),
[], published="2025-03-10",
neg="Friendly football match between two armies' teams: a sports contact that is none of the nine event types (no talks, visit to a unit, exercise or training); treated as out of scope like cultural contacts. The return match is planned anyway.")

# 69 announced visit and hypothetical exercise only
doc("fr", "https://www.lematinal-maroc.example.ma/nation/visite-attendue-du-chef-etat-major-portugais",
fr("""Le chef d'état-major des forces armées portugaises attendu à Rabat

Le chef d'état-major général des forces armées portugaises effectuera une visite officielle au Maroc du 12 au 14 mai prochain, a-t-on appris de source militaire.

Selon la même source, les deux parties pourraient signer à cette occasion un plan de coopération militaire et envisagent d'organiser, pour la première fois, un exercice naval conjoint au large d'Agadir.

Aucune date n'a encore été arrêtée pour cet exercice."""),
[], published="2025-04-28",
neg="Only planned or hypothetical events: an announced visit, a possible signing, an envisaged exercise.")

# 70 Vietnam domestic exercise
doc("fr", "https://fr.vna-info.example.vn/societe/exercice-de-defense-de-zone-binh-duong",
fr("""Binh Duong : exercice de défense de zone 2024

Binh Duong (VNA) – La province de Binh Duong a organisé mardi un exercice de défense de zone mobilisant plus de 1 500 miliciens, réservistes et membres des forces armées locales, sous la direction du Commandement militaire provincial.

Le scénario portait sur la protection des zones industrielles, la lutte contre les incendies et l'évacuation des habitants en cas de catastrophe naturelle. Le vice-président du Comité populaire provincial, M. Nguyen Van Loc, a salué la bonne coordination entre les forces armées et les autorités locales."""),
[], neg="Domestic Vietnamese provincial defence exercise: no foreign party.")


# ================================================================ build + validate
JUDGEMENT = """\
## Judgement calls (where the spec leaves a choice)

1. **Planned, announced, hypothetical, postponed, cancelled.** Not coded, whatever the tense of the
   rest of the text ("is due to travel", "will sail", "pourraient signer", "was canceled",
   "did not take place"). An exercise that has begun is coded even if the text describes its
   remaining days in the future tense.
2. **Background needs a month and a year.** An earlier event given with month and year
   ("in September 2019", "en avril 2006") is `background`. An earlier event with only a year
   ("completed in 2018", "lancé en 2019"), a decade, or nothing ("last year's edition") is not
   coded at all: it is neither news nor background as the spec defines it.
3. **Which date "gives the year".** The `published` field, a dateline with a year, a "Published:"
   / "Publié le" / "Mis à jour le" header and the page's own date line all count as the document's
   date. A year in the name of a current exercise or forum ("Steppe Guardian 2024",
   "SLD 2025", "Mékong Uni 2025") is also taken as the year of the event. When no year can be
   found ({KOR} with dateline "SEOUL, June 11" only, {CAM} with "Khanh Hoa, 23 juin") the year is left out: `--MM-DD`, or `--MM` when
   only the month is certain.
4. **Relative dates** ("Tuesday", "yesterday", "on the 14th", "le 3 courant", "mardi dernier",
   "lundi dernier", "le lendemain") are resolved against the document date. A bare weekday means
   the most recent such day on or before the document date. "last week" gives `YYYY-MM` when the
   whole week lies in one month; a meeting "on the margins" of a two-day session gives the month
   only. A date range gives its first day; an ongoing patrol "since 1 October" gives 1 October.
5. **Location.** City is the town where the event happened, in its English exonym without
   diacritics (Kiev → Kyiv, La Haye → The Hague, Diego-Suarez → Antsiranana, Hai Phong → Haiphong,
   Brasília → Brasilia, Yaoundé → Yaounde, Tromsø → Tromso). Seats stand for cities (Hôtel de
   Brienne, Balard → Paris; Torre Tagle Palace → Lima). A base, barracks, academy or port named
   after or placed in a town gives that town (Sattahip Naval Base, Ras El-Tin base in Alexandria,
   Burma Camp in Accra, Collège militaire royal de Saint-Jean → Saint-Jean-sur-Richelieu; a
   training area "near Pabradė" → Pabrade). When the text names only a base without a town
   (Krtsanisi National Training Center), a province or oblast, a body of water in one country
   (Manila Bay, waters off northern Norway) or a ministry, the location is `{"city": null,
   "country": X}`. "off <town>" (off Abidjan, off Chennai, off Nouadhibou) is coded as that town. A
   site "60 km west of Ulaanbaatar" is not in Ulaanbaatar: city null. An event at sea between
   countries (Gulf of Tonkin) and every phone or video call have `location: null`. A courtesy call
   at a navy or coast-guard headquarters is placed in the dispatch's city when the dispatch sets
   the whole visit there (Manila, Chennai, Cam Ranh); a ministry named with no town anywhere in
   the text stays city null (Algerian ministry, Egyptian chief of staff).
6. **Countries.** The parties only: a venue country that does not take part is left out (Singapore
   at the Shangri-La Dialogue, Belgium at a NATO ministerial). For a port call: the flag state and
   the host. For a multilateral exercise or course: every country the text names as taking part,
   including the countries that send students to a regional school. For the ADMM-Plus working
   group, whose text says that all ten ASEAN members and eight Plus countries attended, the 18
   members as of 2024 are listed.
7. **One occurrence, one event; linked occurrences are separate.** An official visit to a
   country, the talks held during it and an agreement signed at the end are three events. A
   courtesy call by a ship's captain during a port call is a separate `meeting`; a reception on
   board is a `meeting`. A donation and a graduation at the same ceremony are two events. Two
   donors on the same day are two events. The same exercise shown in two photo captions, or a
   meeting mentioned in the lead and again in the body, is one event. A drill held inside a joint
   patrol (SAR during the 38th patrol) is part of the patrol. The harbour phase of an exercise
   is part of the exercise; but a ship's arrival in a foreign port that the text reports as its
   own dated occurrence is a `port_call`, even when the ship came for the exercise (Blue Lotus). The reception
   of a visiting delegation by an academy's director is part of the academy visit.
8. **A country-level `visit`** is coded when the text presents the trip as a visit (official
   visit, "visite officielle", a stated multi-day visit). A "stop", "trip" or arrival with no such
   wording is not a country-level visit, though a visit to a base or facility during it is.
9. **A forum as setting.** A summit or ministerial that is only the setting of bilateral meetings
   (Shangri-La Dialogue, NATO ministerial) is not coded as an event of its own; the sideline
   meetings are `meeting`s. A working-group session reported for itself is a `dialogue`.
10. **Mechanisms.** `name` as the document writes it, in the document's language, without the
   country names, the ordinal or the year ("Annual Defence Dialogue", "Commission mixte de
   défense", "patrouille conjointe", "Blue Lotus"). `edition` is the ordinal the text gives, in
   digits, words, Roman numerals ("XIVe", "Confluencia XII") or "first"/"première" (= 1). "The
   previous session" gives no ordinal: edition null, even where one could infer it. A named
   exercise with no ordinal has the mechanism with edition null. A numbered series of courses or
   training rotations ("ninth UN Staff Officer Course", "14th rotation", "22e promotion") is treated
   as a recurring mechanism with that edition. A first, unnamed joint exercise has no mechanism.
11. **Areas.** Only what the text says the parties discussed, agreed or carried out in that
   event. Visits always carry `delegation_exchange` (a delegation exchange is what a visit
   carries out), plus any subject the text attaches to the visit itself. Port calls carry
   `naval_cooperation`; coast-guard port calls also `maritime_security`. Training events carry
   `training`. Mine clearance, UXO, Agent Orange/dioxin and the search for soldiers' remains are
   `war_legacy`. Anti-piracy, illegal fishing, maritime law enforcement, EEZ surveillance and
   anti-submarine surveillance are `maritime_security`. Combat first aid, medevac and combat
   lifesaving are `military_medicine`. Counter-IED is `counter_terrorism`. Coordination within
   NATO is counted as `multilateral_coordination` (the spec's list of forums reads as examples).
   Air defence, tanks, river crossing and the like have no area of their own.
12. **Scope.** Coast guards and maritime law enforcement (Guardia Civil maritime service) are in
   scope. A donation from an embassy or an aid agency to a defence body (army, MoD, coast guard)
   is in scope. Commercial arms sales and deliveries (K2 tanks, Rafale contract) are not
   agreements or assistance. A state visit devoted to non-defence matters is left out even as
   background. A friendly football match between two armies is out of scope: it is none of the
   nine types.
13. **Participants.** Only named people who took part; spokesmen and analysts quoted as sources
   are left out, and so is an official who is only represented. `name` is written as in the text
   (diacritics kept), without rank; `title` is free text from the text (language of the
   document); the country comes from the title or context ("the Pentagon chief", "le ministre des
   Armées", "son homologue grec"). A delegation referred to only collectively gives no
   participants.
14. **Phone calls.** Video conferences and "entretien en ligne" are `phone_call`, with location
   null.
15. **Reported or background.** What the dispatch reports as having just happened (that day,
   "yesterday", a weekday, "last week", an exercise running now) is `reported`. An earlier event
   cited as context with a month and a year is `background`, even when it is only a few weeks old
   (the Toulon port call of December 2024 recalled in a January 2025 readout).
16. **Unknown date or place.** A distinct event the text reports without any date (the crew
   course given with the Djibouti boat donation) is still coded, with `date: null`.
"""

def validate_event(ev, did):
    assert set(ev) == {"type", "status", "date", "location", "countries", "participants",
                       "mechanism", "areas"}, (did, ev)
    assert ev["type"] in TYPES, (did, ev["type"])
    assert ev["status"] in STATUS, (did, ev["status"])
    if ev["date"] is not None:
        assert DATE_RE.match(ev["date"]), (did, ev["date"])
        d = ev["date"]
        if re.match(r"^\d{4}-\d{2}-\d{2}$", d):
            datetime.date.fromisoformat(d)
        elif d.startswith("--"):
            parts = d[2:].split("-")
            assert 1 <= int(parts[0]) <= 12
            if len(parts) == 2:
                datetime.date(2024, int(parts[0]), int(parts[1]))
        elif len(d) == 7:
            assert 1 <= int(d[5:]) <= 12
    if ev["status"] == "background":
        assert ev["date"] and re.match(r"^\d{4}-\d{2}", ev["date"]), (did, "background needs month+year")
    loc = ev["location"]
    if loc is not None:
        assert set(loc) == {"city", "country"}
        assert loc["country"] in ISO3, (did, loc)
        if loc["city"] is not None:
            assert loc["city"].isascii(), (did, loc["city"])
    assert ev["countries"] == sorted(set(ev["countries"])) and len(ev["countries"]) >= 2, (did, ev["countries"])
    for c in ev["countries"]:
        assert c in ISO3, (did, c)
    for p in ev["participants"]:
        assert set(p) == {"name", "country", "title"}
        assert p["country"] in ev["countries"], (did, p)
    if ev["mechanism"] is not None:
        assert set(ev["mechanism"]) == {"name", "edition"}
        assert ev["mechanism"]["edition"] is None or isinstance(ev["mechanism"]["edition"], int)
    assert ev["areas"] == sorted(set(ev["areas"])), (did, ev["areas"])
    for a in ev["areas"]:
        assert a in AREAS, (did, a)

def main():
    import random
    docs = list(DOCS)
    random.Random(20250601).shuffle(docs)      # mix languages and outlets
    for i, d in enumerate(docs, 1):
        d["id"] = "p-%03d" % i
    # --- checks on the source data
    for d in docs:
        for ds, wd in d["chk"]:
            got = datetime.date.fromisoformat(ds).strftime("%a")
            assert got == wd, (d["id"], ds, wd, got)
        assert d["lang"] in ("en", "fr")
        if d["published"]:
            datetime.date.fromisoformat(d["published"])
        for ev in d["events"]:
            validate_event(ev, d["id"])
            for p in ev["participants"]:
                assert p["name"] in re.sub(r"[\s\u00a0\u202f]+", " ", d["text"]), (d["id"], p["name"])
        assert (d["neg"] is None) == bool(d["events"]), d["id"]
    # --- write
    with open("docs.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            rec = {"id": d["id"], "lang": d["lang"], "url": d["url"]}
            if d["published"]:
                rec["published"] = d["published"]
            rec["text"] = d["text"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open("gold.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "lang": d["lang"], "events": d["events"]},
                               ensure_ascii=False) + "\n")
    # --- re-read and validate the files themselves
    D = [json.loads(l) for l in open("docs.jsonl", encoding="utf-8")]
    G = [json.loads(l) for l in open("gold.jsonl", encoding="utf-8")]
    assert [x["id"] for x in D] == [x["id"] for x in G]
    assert len({x["id"] for x in D}) == len(D)
    for x, g in zip(D, G):
        assert x["lang"] == g["lang"]
        assert x["url"].startswith("https://")
        assert set(x) <= {"id", "lang", "url", "published", "text"}
        for ev in g["events"]:
            validate_event(ev, g["id"])
    write_readme(docs)
    print("ok: %d docs, %d events" % (len(D), sum(len(g["events"]) for g in G)))

def write_readme(docs):
    C = collections.Counter
    lang = C(d["lang"] for d in docs)
    pub = C(d["lang"] for d in docs if d["published"])
    evs = [(d["lang"], e) for d in docs for e in d["events"]]
    bytype = {l: C(e["type"] for ll, e in evs if ll == l) for l in ("en", "fr")}
    bystat = {l: C(e["status"] for ll, e in evs if ll == l) for l in ("en", "fr")}
    vnm = [d["id"] for d in docs if any("VNM" in e["countries"] for e in d["events"]) or "vn" in d["url"].split("/")[2].split(".")[-1]]
    datefmt = C()
    for _, e in evs:
        d = e["date"]
        datefmt["null" if d is None else "--MM" if re.match(r"^--\d\d$", d) else "--MM-DD" if d.startswith("--")
                 else "YYYY-MM-DD" if len(d) == 10 else "YYYY-MM" if len(d) == 7 else "YYYY"] += 1
    L = []
    L.append("# Attaché practice set (invented dispatches)\n")
    L.append("""## How it was made

Seventy dispatches were written by hand for this set, from the event specification
(`shared/spec/events.md`) alone: no project code, rules, seeds, evaluation data or design notes were
read. All people, outlets, URLs and quotes are invented; countries, cities, and some ship and unit
types are real, ship and exercise names are plausible. Each text was written together with its
gold annotation in `make.py`, which also

* checks every weekday a text relies on against the real calendar (`chk` entries),
* checks that every participant name occurs verbatim in its text,
* shuffles the documents (fixed seed) so that languages and outlets are mixed, and numbers them,
* writes `docs.jsonl` and `gold.jsonl`, re-reads them and validates: every line parses, ids match
  one to one, types, statuses and areas come from the spec's lists, ISO 3166-1 alpha-3 codes are
  valid, countries and areas are sorted, dates are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or
  `--MM`, background events have at least a month and a year, cities are ASCII,
* writes this README (counts and the per-document notes below are generated).

Run `python3 make.py` to rebuild. Gold records carry `lang` as asked; they carry no `evidence`
(extractor output only).

Formats covered: wire copy with datelines (with and without year), agency copy with byline and
"Updated" line, ministry press releases and readouts, embassy pages, regional newspapers, navy
news pages, a military blog with menu residue, photo captions and a photo gallery, two long
features with several background events, two-sentence briefs, hard-wrapped text (~70 columns,
one English, one French), pages with cookie banners, "Read more"/"Lire aussi" and related links.
French texts use « » with no-break spaces and narrow no-break spaces before ; ! ?.
""")
    L.append("## Counts\n")
    L.append("| | en | fr | total |\n|---|---|---|---|")
    L.append("| documents | %d | %d | %d |" % (lang["en"], lang["fr"], len(docs)))
    L.append("| with `published` field | %d | %d | %d |" % (pub["en"], pub["fr"], sum(pub.values())))
    neg = C(d["lang"] for d in docs if d["neg"])
    L.append("| negative documents (no event) | %d | %d | %d |" % (neg["en"], neg["fr"], sum(neg.values())))
    L.append("| events | %d | %d | %d |" % (sum(bytype["en"].values()), sum(bytype["fr"].values()), len(evs)))
    for t in TYPES:
        L.append("| `%s` | %d | %d | %d |" % (t, bytype["en"][t], bytype["fr"][t], bytype["en"][t] + bytype["fr"][t]))
    for s in STATUS:
        L.append("| status `%s` | %d | %d | %d |" % (s, bystat["en"][s], bystat["fr"][s], bystat["en"][s] + bystat["fr"][s]))
    L.append("")
    L.append("Date granularity of gold events: " + ", ".join("%s %d" % kv for kv in sorted(datefmt.items())) + ".\n")
    L.append("Documents with Vietnam as a party to at least one event, or a Vietnamese domestic negative (one of them is the ADMM-Plus working group, where Vietnam is one of 18 members): "
             + ", ".join(vnm) + " (%d).\n" % len(vnm))
    L.append("## Negative documents\n")
    for d in docs:
        if d["neg"]:
            L.append("* **%s** (%s): %s" % (d["id"], d["lang"], d["neg"]))
    L.append("")
    ids = {k: next(d["id"] for d in docs if k2 in d["url"]) for k, k2 in (("KOR", "koreawire"), ("CAM", "ins-kiltan"))}
    L.append(JUDGEMENT.replace("{KOR}", ids["KOR"]).replace("{CAM}", ids["CAM"]))
    L.append("## Per-document notes\n")
    for d in docs:
        ts = C(e["type"] for e in d["events"])
        summ = ", ".join("%s×%d" % kv for kv in sorted(ts.items())) or "none"
        line = "* **%s** (%s; events: %s)" % (d["id"], d["lang"], summ)
        if d["note"]:
            line += " — " + d["note"]
        L.append(line)
    L.append("")
    open("README.md", "w", encoding="utf-8").write("\n".join(L))

if __name__ == "__main__":
    main()
