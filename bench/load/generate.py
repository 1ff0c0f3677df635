#!/usr/bin/env python3
"""Writes N synthetic documents (docs.jsonl) and their already-extracted events (events.jsonl) for the load benchmark.

Each document reports one event; countries, types, dates and people vary so that events do not merge.
"""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "."
rng = random.Random(42)
countries = ["VNM", "JPN", "FRA", "IND", "USA", "AUS", "KOR", "PHL", "IDN", "MYS", "SGP", "THA", "GBR", "DEU", "RUS", "CHN", "LAO", "KHM", "NZL", "CAN"]
types = ["meeting", "visit", "agreement", "exercise", "port_call", "assistance", "training", "phone_call"]
areas = ["training", "defense_industry", "military_medicine", "cybersecurity", "search_rescue", "peacekeeping", "war_legacy", "maritime_security"]
def name(i):
    # Distinct words per person: shared name words would make every person a candidate match for every other.
    letters = "bcdfghklmnprstvz"
    word = lambda k: "".join(letters[(k >> (4 * j)) & 15] + "aeiou"[(k >> j) % 5] for j in range(5)).capitalize()
    return f"{word(i * 2 + 1)} {word(i * 2 + 2)}"


with open(f"{out}/docs.jsonl", "w") as docs, open(f"{out}/events.jsonl", "w") as events:
    for i in range(n):
        a, b = sorted(rng.sample(countries, 2))
        year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        text = f"Synthetic dispatch {i}: officials of {a} and {b} met on {year}-{month:02d}-{day:02d} to discuss defence cooperation."
        docs.write(json.dumps({"id": f"syn-{i}", "text": text, "published": f"{year}-{month:02d}-{day:02d}"}) + "\n")
        event = {
            "type": rng.choice(types), "status": "reported", "date": f"{year}-{month:02d}-{day:02d}",
            "location": {"city": None, "country": a}, "countries": [a, b],
            "participants": [{"name": name(i), "country": a, "title": "colonel"}],
            "mechanism": None, "areas": sorted(rng.sample(areas, 2)), "evidence": [[0, len(text)]],
        }
        events.write(json.dumps({"id": f"syn-{i}", "events": [event]}) + "\n")
