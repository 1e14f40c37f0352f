#!/usr/bin/env python3
"""Loads journey/src/test/resources/journey/anxi-scenario.json into a running server over its HTTP API (the same
scenario the journey tests load through the Java services): organisations and keys, delegations, locations,
products, the batch, and each capture by its party. Prints the journey path of the scanned item.
Usage: journey-seed.py BASE_URL ADMIN_KEY"""
import json
import sys
import urllib.request

BASE, ADMIN = sys.argv[1].rstrip("/"), sys.argv[2]
SCENARIO = json.load(open("journey/src/test/resources/journey/anxi-scenario.json", encoding="utf-8"))


def call(path, key, body):
    req = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        text = r.read()
        return json.loads(text) if text else {}


orgs, keys = {}, {}
for o in SCENARIO["organisations"]:
    org = call("/api/admin/orgs", ADMIN, {"name": o["name"], "country": o["country"], "kind": o["kind"],
                                          "prefixes": [o["prefix"]]})
    orgs[o["name"]] = org["id"]
    keys[o["name"]] = call("/api/admin/orgs/%d/keys" % org["id"], ADMIN, {"role": "admin"})["key"]
for d in SCENARIO["delegations"]:
    call("/api/delegations", keys[d["by"]], {"prefix": d["prefix"], "to": orgs[d["to"]]})
for l in SCENARIO["locations"]:
    call("/api/locations", keys[l["by"]], {k: l[k] for k in ("gln", "name", "country", "lat", "lon")})
for field in ("product", "inputProduct"):
    p = dict(SCENARIO[field])
    call("/api/products", keys[p.pop("by")], p)
b = SCENARIO["batch"]
call("/api/products/%s/batches" % b["gtin"], keys["Anxi Tea"], {"lot": b["lot"], "serials": b["serials"]})
for c in SCENARIO["captures"]:
    document = {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-05-10T12:00:00Z",
                "epcisBody": {"eventList": c["events"]}}
    req = urllib.request.Request(BASE + "/epcis/capture", data=json.dumps(document).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + keys[c["by"]],
                                          "Content-Type": "application/ld+json"})
    urllib.request.urlopen(req).read()
print("/journey" + SCENARIO["item"].replace("https://id.gs1.org", ""))
