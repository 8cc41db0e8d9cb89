#!/usr/bin/python3
"""rdfcheck: parse graphs with rdflib, count their triples, compare them.

usage: rdfcheck.py FILE.ttl...

For each NAME.ttl it also reads NAME.nt beside it, and prints one line:
    NAME TTL_COUNT NT_COUNT same|DIFFERENT
where a count is the number of distinct triples rdflib read. A file that
does not parse prints "NAME: ERROR message" and makes the exit status 1.
N-Triples are read with rdflib's Turtle parser: rdflib 6.1.1's "nt" parser
misreads "\\\\n" (see ../shared/notes/validators.md).
"""
import os
import sys
from rdflib import Graph
from rdflib.compare import to_isomorphic


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    status = 0
    for ttl in sys.argv[1:]:
        name = os.path.basename(ttl)[:-4]
        nt = ttl[:-4] + ".nt"
        try:
            a = Graph().parse(ttl, format="turtle")
            b = Graph().parse(nt, format="turtle")
        except Exception as e:  # rdflib raises several kinds
            print(f"{name}: ERROR {type(e).__name__}: {e}")
            status = 1
            continue
        same = "same" if to_isomorphic(a) == to_isomorphic(b) else "DIFFERENT"
        print(name, len(a), len(b), same)
    sys.exit(status)


if __name__ == "__main__":
    main()
