#!/usr/bin/env python3
"""Writes one-article JSONL files for the growth benchmark (scripts/bench-growth.sh).

Shapes, each at the requested word counts:
  nostop   "<Name> met <Name> and held talks with " repeated, no full stop anywhere (one unbroken sentence);
  stops    "<Name> met <Name> and held talks with <Name>." repeated, one sentence per segment;
  reuters  the bodies of a JSONL corpus concatenated into one article body (real text), repeated as needed.
Names are drawn deterministically: common first names with common surnames or surnames made of syllables,
so a long article holds tens of thousands of distinct people, many sharing a surname.
Usage: growth-articles.py OUT_DIR WORDS[,WORDS...] [REUTERS_JSONL]
"""
import json
import os
import random
import sys

FIRST = ("John Mary Peter Anna James Maria Robert Helen Michael Laura David Sarah William Emma Richard Julia "
         "Thomas Clara Charles Alice Daniel Sofia Paul Irene Mark Nina Steven Olga Andrew Rosa George Marta "
         "Kenneth Elena Edward Lucia Brian Hanna Kevin Ines").split()
LAST = ("Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson "
        "White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper "
        "Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell Kelly Carter").split()


SYLLABLES = "ka lo ri ma ten sor vel din bra mor chi nel gar pos tun fel dra kim ros val".split()


def name(rng):
    # A third of the surnames common (shared by many people), the rest made of syllables (8,000 kinds),
    # so a long article names tens of thousands of different people.
    if rng.random() < 0.33:
        return rng.choice(FIRST) + " " + rng.choice(LAST)
    return rng.choice(FIRST) + " " + "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def segments(shape, rng, bodies):
    if shape == "reuters":
        while True:
            for body in bodies:
                yield body
    while True:
        if shape == "nostop":
            yield f"{name(rng)} met {name(rng)} and held talks with"
        else:
            yield f"{name(rng)} met {name(rng)} and held talks with {name(rng)}."


def article(shape, words, bodies):
    rng = random.Random(f"{shape}-{words}")
    parts, count = [], 0
    for segment in segments(shape, rng, bodies):
        parts.append(segment)
        count += len(segment.split())
        if count >= words:
            break
    if shape == "nostop":
        parts.append(name(rng))
    separator = "\n\n" if shape == "reuters" else " "
    return separator.join(parts)


def main():
    out, sizes = sys.argv[1], [int(s) for s in sys.argv[2].split(",")]
    bodies = []
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as corpus:
            bodies = [json.loads(line)["body"] for line in corpus if line.strip()]
    shapes = ["nostop", "stops"] + (["reuters"] if bodies else [])
    os.makedirs(out, exist_ok=True)
    for shape in shapes:
        for words in sizes:
            body = article(shape, words, bodies)
            record = {"id": f"growth-{shape}-{words}", "date": "2020-01-01", "title": f"Growth {shape} {words}",
                      "body": body}
            with open(os.path.join(out, f"{shape}-{words}.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
            print(f"{shape}-{words}.jsonl {len(body.split())}")


if __name__ == "__main__":
    main()
