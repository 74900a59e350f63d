#!/usr/bin/env python3
"""Validate the generated demo data and run a small learnability check (stdlib only).

    python3 data/generator/check_demo.py --data data
"""
import argparse
import collections
import csv
import json
import math
import os
import random
import re
import statistics
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    d = args.data
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    # ---- catalog
    with open(os.path.join(d, "catalog.csv"), encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    check(header == ["sku", "name", "categories", "brand", "price", "currency", "stock", "image", "description",
                     "attributes"], "catalog header")
    cat = read(os.path.join(d, "catalog.csv"))
    skus = [r["sku"] for r in cat]
    check(len(set(skus)) == len(skus), "duplicate sku")
    check(len(set(r["name"] for r in cat)) == len(cat), "duplicate product name")
    tops = collections.defaultdict(set)
    brands = collections.defaultdict(set)
    for r in cat:
        check(re.fullmatch(r"[A-Z]{3}-[A-Z]{3}-\d{4}", r["sku"]) is not None, "sku format " + r["sku"])
        parts = r["categories"].split(" > ")
        check(len(parts) == 2, "categories " + r["categories"])
        tops[parts[0]].add(parts[1])
        brands[parts[0]].add(r["brand"])
        check(re.fullmatch(r"\d+\.\d\d", r["price"]) is not None and float(r["price"]) > 0, "price " + r["price"])
        check(r["currency"] == "EUR", "currency")
        check(0 <= int(r["stock"]) <= 250, "stock")
        check(os.path.isfile(os.path.join(d, r["image"])), "missing image " + r["image"])
        a = json.loads(r["attributes"])
        check(isinstance(a, dict) and a, "attributes " + r["sku"])
        n_sent = len(re.findall(r"[.!?](\s|$)", r["description"]))
        check(2 <= n_sent <= 3, "description sentences (%d) %s" % (n_sent, r["sku"]))
    zero = sum(int(r["stock"]) == 0 for r in cat)
    images = sorted(set(r["image"] for r in cat))
    print("products: %d, top-level categories: %d, subcategories: %d, brands: %d, distinct images: %d, stock=0: %d (%.1f%%)"
          % (len(cat), len(tops), sum(len(v) for v in tops.values()), len(set(r["brand"] for r in cat)), len(images),
             zero, 100.0 * zero / len(cat)))
    for t in sorted(tops):
        check(2 <= len(tops[t]) <= 4, "subcategory count " + t)
        check(4 <= len(brands[t]) <= 8, "brand count %s %d" % (t, len(brands[t])))
        print("  %-20s %3d products, %d subcategories, %d brands"
              % (t, sum(r["categories"].startswith(t + " >") for r in cat), len(tops[t]), len(brands[t])))

    # ---- shoppers
    sh = read(os.path.join(d, "shoppers.csv"))
    emails = [r["email"] for r in sh]
    check(len(set(emails)) == len(emails), "duplicate email")
    check([(r["email"], r["display_name"]) for r in sh[:3]] ==
          [("alice@demo.storefront", "Alice Martin"), ("bruno@demo.storefront", "Bruno Costa"),
           ("chen@demo.storefront", "Chen Wei")], "first three shoppers")
    created = {}
    for r in sh:
        favs = r["favourite_categories"].split("|")
        check(1 <= len(favs) <= 3 and all(f in tops for f in favs), "favourites " + r["email"])
        check(r["price_level"] in ("budget", "mid", "premium"), "price level")
        check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["created_at"]) is not None, "created_at")
        created[r["email"]] = r["created_at"]
    print("shoppers: %d" % len(sh))

    # ---- ratings
    ra = read(os.path.join(d, "ratings.csv"))
    skuset = set(skus)
    pairs = set()
    per = collections.Counter()
    hist = collections.Counter()
    for r in ra:
        check(r["email"] in created and r["sku"] in skuset, "rating refs")
        check((r["email"], r["sku"]) not in pairs, "duplicate rating")
        pairs.add((r["email"], r["sku"]))
        check(r["stars"] in "12345" and len(r["stars"]) == 1, "stars")
        check("2026-01-01" <= r["rated_at"] <= "2026-11-20T23:59:59Z" and r["rated_at"] > created[r["email"]], "rated_at")
        per[r["email"]] += 1
        hist[int(r["stars"])] += 1
    counts = sorted(per[e] for e in emails)
    print("ratings: %d; per shopper min/median/max = %d/%g/%d; shoppers with 300+: %d"
          % (len(ra), counts[0], statistics.median(counts), counts[-1], sum(c >= 300 for c in counts)))
    print("star histogram: " + ", ".join("%d*: %d (%.1f%%)" % (s, hist[s], 100.0 * hist[s] / len(ra)) for s in range(1, 6)))

    # ---- events
    ev = read(os.path.join(d, "events.csv"))
    types = collections.Counter()
    first_view = {}
    for r in ev:
        types[r["type"]] += 1
        check(r["type"] in ("view", "add_to_cart", "purchase", "search"), "event type")
        check(r["email"] in created, "event email")
        check("2026-01-01" <= r["occurred_at"] <= "2026-11-20T23:59:59Z" and r["occurred_at"] > created[r["email"]], "occurred_at")
        if r["type"] == "search":
            check(r["sku"] == "" and r["query"] != "", "search row")
        else:
            check(r["sku"] in skuset and r["query"] == "", "non-search row")
        if r["type"] == "view":
            k = (r["email"], r["sku"])
            first_view[k] = min(first_view.get(k, "9"), r["occurred_at"])
    for r in ra:
        check(first_view.get((r["email"], r["sku"]), "9") < r["rated_at"], "view precedes rating")
    for r in ev:
        if r["type"] in ("add_to_cart", "purchase"):
            check(first_view.get((r["email"], r["sku"]), "9") <= r["occurred_at"], "view precedes " + r["type"])
    print("events: %d (%s)" % (len(ev), ", ".join("%s %d" % (t, types[t]) for t in ("view", "add_to_cart", "purchase", "search"))))

    # ---- learnability: hold out 20% of each shopper's ratings >= 4
    rng = random.Random(args.seed)
    by_user = collections.defaultdict(list)
    for r in ra:
        by_user[r["email"]].append((r["sku"], int(r["stars"])))
    train, test = {}, {}
    for e in emails:
        items = sorted(by_user[e])
        liked = [s for s, st in items if st >= 4]
        rng.shuffle(liked)
        k = int(round(0.2 * len(liked)))
        held = set(liked[:k])
        test[e] = held
        train[e] = [(s, st) for s, st in items if s not in held]
    pop = collections.Counter()
    co = collections.defaultdict(collections.Counter)
    liked_train = {}
    for e in emails:
        lk = sorted(s for s, st in train[e] if st >= 4)
        liked_train[e] = lk
        for s in lk:
            pop[s] += 1
        for a in lk:
            for b in lk:
                if a != b:
                    co[a][b] += 1

    def cosine(a, b):
        return co[a][b] / math.sqrt(pop[a] * pop[b])

    def evaluate(score_fn):
        hits = users = found = total = 0
        for e in emails:
            if not test[e]:
                continue
            seen = set(s for s, _ in train[e])
            scores = score_fn(e)
            ranked = sorted((s for s in skus if s not in seen), key=lambda s: (-scores.get(s, 0.0), s))[:10]
            h = len(test[e].intersection(ranked))
            users += 1
            hits += h > 0
            found += h
            total += len(test[e])
        return hits / users, found / total, users

    def pop_scores(e):
        return {s: float(c) for s, c in pop.items()}

    def item_item(e):
        sc = collections.defaultdict(float)
        for a in liked_train[e]:
            for b in co[a]:
                sc[b] += cosine(a, b)
        for s, c in pop.items():      # tiny popularity tie-breaker
            sc[s] += 1e-6 * c
        return sc

    hr_p, rec_p, n = evaluate(pop_scores)
    hr_i, rec_i, _ = evaluate(item_item)
    print("learnability (%d shoppers with held-out items):" % n)
    print("  popularity          HR@10 = %.3f   recall@10 = %.3f" % (hr_p, rec_p))
    print("  item-item co-occur. HR@10 = %.3f   recall@10 = %.3f" % (hr_i, rec_i))
    print("  lift: HR x%.2f, recall x%.2f" % (hr_i / hr_p, rec_i / rec_p))

    if errors:
        print("ERRORS (%d): %s" % (len(errors), "; ".join(sorted(set(errors))[:20])))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
