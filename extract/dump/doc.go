// Package dump reads MediaWiki XML export files (Wikipedia's
// pages-articles dumps) and extracts the articles about armed conflicts in
// them, as many at once as there are cores, writing the results in input
// order.
//
// # Input
//
// A dump is the XML of Special:Export (schema export-0.10 or 0.11): a
// <mediawiki> root, a <siteinfo> header, then one <page> per page:
//
//	<page>
//	  <title>Battle of Agincourt</title>
//	  <ns>0</ns>
//	  <id>4615</id>
//	  <redirect title="…" />            (redirects only)
//	  <revision> … <text bytes="…" xml:space="preserve">wikitext, XML-escaped</text> … </revision>
//	</page>
//
// It may be plain, or compressed with bzip2 as one stream or as the
// "multistream" layout of Wikimedia's dumps: a header stream, streams of 100
// pages each, and a footer stream, concatenated. The multistream index that
// comes with such a file has one line per page, "offset:pageid:title",
// offset being the byte offset of the bzip2 stream that holds the page. A
// Reader finds pages with byte searches, not an XML parser, and holds one
// page at a time.
//
// # Decoders
//
// bzip2 input goes through an external "lbzip2 -dc -n JOBS" when lbzip2 is
// installed (Decoder Lbzip2; it decodes the blocks of one stream in parallel
// and is the fastest decoder measured here), or through compress/bzip2
// (Decoder Go). With an index, the Go decoder decodes JOBS streams at once.
//
// # Selection and output
//
// Run keeps the pages in the main namespace (ns 0) that are not redirects
// and carry the conflict infobox (wikitext.IsConflict), converts them to the
// text layout (wikitext.Convert), reads them with extract.Parse, gives the
// entities that links name their Wikipedia title, and passes each article
// to Options.Render. Outputs are written in the order of the pages,
// whatever the number of jobs, to one stream or one file per article. A
// page that fails costs that page; a dump that is truncated or corrupt ends
// the run with ErrTruncated or ErrCorrupt after everything read before the
// damage has been written.
//
// # Checkpoints
//
// With an output file or directory, Run keeps a JSON checkpoint beside it
// (see checkpoint): the pages done and the output's length when they were.
// Options.Resume cuts the output back to that length and goes on after
// those pages; with an index it starts at the stream that holds the next
// page instead of decompressing the dump again from its start.
package dump
