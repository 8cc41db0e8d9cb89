// Package wikidata links the entities of an article to Wikidata items.
//
// It works in two steps. Build reads the Wikidata JSON dump (plain, gzip or
// bzip2; one entity per line) once, streaming and on all cores, and writes
// an index of what linking needs: each item's number, its labels and
// aliases in the chosen languages, its classes (instance of, P31) and the
// entity types they imply, its English Wikipedia title, the years it states
// (P580, P582, P585), the items it is in or part of (P17, P361, P276, P131),
// and its sitelink count as a popularity prior. A Linker then sets the QID
// of the entities of an article, or leaves it empty when the choice is not
// clear.
//
// # Index format
//
// An index is one file of entries sorted by key, in blocks with a block
// index and a JSON Meta at the end (see table.go for the byte layout). An
// entry is one (name, item) pair: the key is the name's NameKey, a zero
// byte and the item's number (8 bytes, big-endian), so a lookup reads the
// entries of one name, which sit together; the value (record.go) says how
// the name reaches the item (label, alias, Wikipedia title, or one of these
// less a bracketed disambiguator) and carries what the linker scores.
// Items are repeated under each of their names; nothing else is stored.
package wikidata
