#!/usr/bin/env python3
"""Independent numpy reference for `storefront-cli evaluate` (issue #5).

A developer tool, never run by CTest or CI. It recomputes popularity and EASE ranking figures
from scratch, so a difference between the CLI and the reference points at either the split
or the models/metrics:

  # the same split the CLI uses (exported by `storefront-cli split`):
  ranking_reference.py --train train.csv --test test.csv
  # the reference's own split of the issue's protocol (per-user random 20 % of all ratings):
  ranking_reference.py --ratings ../shared/datasets/ml-latest-small/ratings.csv

Protocol: binary relevance (test rating >= --relevance-threshold), the user's train items are
never recommended, users without a relevant test item are not averaged; NDCG with binary gain,
log2 discount, IDCG over min(#relevant, k); P@k = hits / k.
Needs numpy and scipy (Debian: python3-numpy python3-scipy).
"""
import argparse
import csv

import numpy as np
import scipy.sparse as sp


def read_csv(path):
    users, items, ratings = [], [], []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        cols = [h.strip().lower() for h in header]
        ui = cols.index("user") if "user" in cols else cols.index("userid")
        ii = cols.index("item") if "item" in cols else cols.index("movieid")
        ri = cols.index("rating")
        for row in reader:
            if not row:
                continue
            users.append(row[ui].strip())
            items.append(row[ii].strip())
            ratings.append(float(row[ri]))
    return users, items, np.array(ratings, dtype=np.float64)


def holdout(users, ratio, seed):
    """Per user, a random `ratio` of their ratings (rounded, at least one kept for training)."""
    rng = np.random.default_rng(seed)
    by_user = {}
    for idx, u in enumerate(users):
        by_user.setdefault(u, []).append(idx)
    test = np.zeros(len(users), dtype=bool)
    for u in sorted(by_user, key=lambda s: (len(s), s)):
        idx = np.array(by_user[u])
        n_test = min(int(round(ratio * len(idx))), len(idx) - 1)
        test[rng.permutation(idx)[:n_test]] = True
    return test


def evaluate(scores_fn, train, relevant, k):
    ndcg, prec = [], []
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    for u, rel in relevant.items():
        s = scores_fn(u).astype(np.float64).copy()
        s[train[u].indices] = -np.inf
        top = np.argsort(-s, kind="stable")[:k]
        hits = np.isin(top, rel)
        dcg = float(np.sum(discounts[hits]))
        idcg = float(np.sum(discounts[: min(len(rel), k)]))
        ndcg.append(dcg / idcg)
        prec.append(hits.sum() / k)
    return float(np.mean(ndcg)), float(np.mean(prec)), len(ndcg)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--train")
    ap.add_argument("--test")
    ap.add_argument("--ratings", help="split this ratings file with the reference's own holdout")
    ap.add_argument("--ratio", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--relevance-threshold", type=float, default=4.0)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--lambda", dest="lam", type=float, default=500.0)
    ap.add_argument("--popularity-min-rating", type=float, default=None,
                    help="count only train ratings >= this for popularity (default: all)")
    ap.add_argument("--models", default="popularity,ease")
    ap.add_argument("--dropout", type=float, default=0.0)
    args = ap.parse_args()
    models = args.models.split(",")

    if args.ratings:
        u, i, r = read_csv(args.ratings)
        is_test = holdout(u, args.ratio, args.seed)
    else:
        tu, ti, tr = read_csv(args.train)
        su, si, sr = read_csv(args.test)
        u, i, r = tu + su, ti + si, np.concatenate([tr, sr])
        is_test = np.array([False] * len(tu) + [True] * len(su))

    uid = {x: n for n, x in enumerate(dict.fromkeys(u))}
    iid = {x: n for n, x in enumerate(dict.fromkeys(i))}
    ui = np.array([uid[x] for x in u])
    ii = np.array([iid[x] for x in i])
    n_users, n_items = len(uid), len(iid)
    tr = ~is_test
    x = sp.csr_matrix((np.ones(tr.sum()), (ui[tr], ii[tr])), shape=(n_users, n_items))
    x.data[:] = 1.0
    relevant = {}
    for uu, it, rr in zip(ui[is_test], ii[is_test], r[is_test]):
        if rr >= args.relevance_threshold:
            relevant.setdefault(uu, []).append(it)
    print(f"users {n_users} items {n_items} train {tr.sum()} test {is_test.sum()} "
          f"evaluated users {len(relevant)}")

    if "popularity" in models:
        popularity(args, x, tr, r, ii, n_items, relevant)
    if "ease" in models:
        ease(args, x, n_items, relevant)


def popularity(args, x, tr, r, ii, n_items, relevant):
    if args.popularity_min_rating is None:
        pop = np.asarray(x.sum(axis=0)).ravel()
    else:
        liked = tr & (r >= args.popularity_min_rating)
        pop = np.bincount(ii[liked], minlength=n_items).astype(np.float64)
    n, p, m = evaluate(lambda _: pop, x, relevant, args.k)
    print(f"popularity  ndcg@{args.k} {n:.4f}  p@{args.k} {p:.4f}  users {m}")


def ease(args, x, n_items, relevant):
    """Steck's EASE; with --dropout p > 0 the DLAE penalty of Steck (2020), lambda + p/(1-p) G_jj."""

    g = (x.T @ x).toarray().astype(np.float32)
    g[np.diag_indices(n_items)] += args.lam + args.dropout / (1.0 - args.dropout) * np.diag(g)
    pinv = np.linalg.inv(g)
    b = -pinv / np.diag(pinv)
    b[np.diag_indices(n_items)] = 0.0
    del g, pinv
    scores = np.asarray(x @ b)
    n, p, m = evaluate(lambda uu: scores[uu], x, relevant, args.k)
    print(f"ease({args.lam:g}, dropout {args.dropout:g}) ndcg@{args.k} {n:.4f}  p@{args.k} {p:.4f}  users {m}")


if __name__ == "__main__":
    main()
