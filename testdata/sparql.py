#!/usr/bin/python3
"""sparql: run SPARQL SELECT queries on a graph file with rdflib.

usage: sparql.py GRAPH.nt|GRAPH.ttl QUERY.rq...

For each query it prints one JSON line: {"query": NAME, "vars": [...],
"rows": N}. A query that does not parse or run prints {"query": NAME,
"error": "..."} and makes the exit status 1.
"""
import json
import os
import sys
from rdflib import Graph


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    g = Graph().parse(sys.argv[1], format="turtle")
    status = 0
    for q in sys.argv[2:]:
        name = os.path.basename(q)
        try:
            res = g.query(open(q).read())
            rows = list(res)
            print(json.dumps({"query": name, "vars": [str(v) for v in res.vars], "rows": len(rows)}))
        except Exception as e:  # rdflib raises several kinds
            print(json.dumps({"query": name, "error": f"{type(e).__name__}: {e}"}))
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
