// Package sparql provides loading N-Triples into a SPARQL store, and
// querying it, over HTTP with the standard protocols. It uses the standard
// library only, so it loads any N-Triples, not only factloom's.
//
// # Loading
//
// Client.Load replaces one named graph with the triples of its sources:
//
//  1. Each source is read whole and checked as strict N-Triples (Reader). A
//     bad line is reported as "file:line: reason" and nothing is sent, so
//     a lenient store (Virtuoso keeps the triples before a syntax error)
//     never sees it.
//  2. The triples go to a staging graph, StagingGraph(graph), in chunks of
//     Client.Chunk triples, Client.Jobs requests at a time: with the SPARQL
//     1.1 Graph Store HTTP Protocol (POST application/n-triples to
//     GraphStore?graph=STAGING), or with SPARQL 1.1 Update
//     (INSERT DATA { GRAPH <STAGING> { ... } }).
//  3. One SPARQL 1.1 Update "COPY <STAGING> TO <graph>" replaces the graph
//     in one transaction, and "DROP SILENT GRAPH <STAGING>" clears the
//     staging graph.
//
// A reload therefore replaces and never duplicates, and a load that fails
// before step 3 leaves the old graph untouched. COPY, not MOVE, is used
// because it can be retried safely: Virtuoso's MOVE of a graph that no
// longer exists (because a first attempt did succeed) empties the target.
//
// Requests time out after Client.Timeout; connection errors, timeouts and
// 5xx answers are retried Client.Retries times with doubling waits, 4xx
// answers never. HTTP digest (RFC 7616, MD5 or SHA-256, as Virtuoso's
// /sparql-auth asks for) and basic auth answer the server's challenge.
//
// # Virtuoso
//
// When the server calls itself Virtuoso (the Server header), staging graphs
// are dropped with the pragma "DEFINE sql:log-enable 3" (logged, committed
// row by row, as Virtuoso's documentation deletes large graphs), and a COPY
// too large for one logged transaction (error SR325, the server's
// TransactionAfterImageLimit) is run again with "DEFINE sql:log-enable 0":
// still one transaction, durable from the server's next checkpoint.
package sparql
