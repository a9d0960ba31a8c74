#!/usr/bin/env python3
"""top-entities.py GRAPH.jsonld — the 30 most-mentioned Person and Organization nodes of a built graph,
and the Person nodes named by a single word or starting with a title word (issue 12's Reuters check)."""
import json
import sys

TITLES = set("King Queen Prince Princess Crown Sheikh Emir Pope Ayatollah Sultan Mr Mrs Ms Dr President Minister "
             "Senator Sen Rep Gov General Gen Lord Lady Sir Chancellor Premier Prime Secretary Chairman Judge Justice "
             "Cardinal Archbishop Bishop Rev Father Sister Brother Dame Baron Duke Duchess Count Countess Emperor "
             "Empress Shah Imam Rabbi Mayor Governor Ambassador Director Colonel Col Lt Captain Major Admiral "
             "Commissioner".split())

graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
for kind in ("schema:Person", "schema:Organization"):
    nodes = sorted((n for n in graph if n.get("@type") == kind), key=lambda n: (-n.get("ng:mentionCount", 0), str(n["schema:name"])))
    print(f"top 30 {kind} ({len(nodes)} nodes): " + "; ".join(f"{n['schema:name']} {n.get('ng:mentionCount', 0)}" for n in nodes[:30]))
people = [str(n["schema:name"]) for n in graph if n.get("@type") == "schema:Person"]
single = [p for p in people if len(p.split()) == 1]
titled = [p for p in people if len(p.split()) > 1 and p.split()[0].rstrip(".") in TITLES]
print(f"Person nodes: {len(people)}, named by one word: {len(single)}, starting with a title word: {len(titled)}")
