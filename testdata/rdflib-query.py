#!/usr/bin/python3
"""Run one SPARQL query with rdflib over N-Triples or Turtle files.

usage: /usr/bin/python3 testdata/rdflib-query.py QUERY.rq FILE...

Prints the answer as SPARQL 1.1 Query Results JSON on standard output. The
files are merged into one graph; .nt files are parsed with rdflib's Turtle
parser, because the "nt" parser of rdflib 6.1.1 misreads "\\n" (see
shared/notes/validators.md). Exits 1 with a message on a parse error.
"""
import sys

from rdflib import Graph


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        query = f.read()
    g = Graph()
    for path in sys.argv[2:]:
        try:
            g.parse(path, format="turtle")
        except Exception as e:  # rdflib raises several kinds
            sys.exit(f"{path}: {type(e).__name__}: {e}")
    out = g.query(query).serialize(format="json")
    sys.stdout.write(out.decode("utf-8") if isinstance(out, bytes) else out)


main()
