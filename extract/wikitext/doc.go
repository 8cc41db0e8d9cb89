// Package wikitext turns the wikitext of a Wikipedia article about an armed
// conflict into the text layout that package extract reads, and keeps the
// Wikipedia titles its links name.
//
// # What it reads
//
// A page is a conflict article when it transcludes {{Infobox military
// conflict}} or one of the names that redirect to it (see InfoboxNames).
// IsConflict finds that name without parsing the page, so a reader of a
// whole dump can skip every other page at the cost of a byte search.
//
// # What it writes
//
// Convert writes the layout of extract's package documentation:
//
//	Conflict: | Battle of Agincourt |
//	Partof: | the Hundred Years' War |
//	Commander1: | Henry V of England, Edward of YorkKIA, Humphrey of Lancaster |
//	The Battle of Agincourt was a battle of the Hundred Years' War that …
//
// First one line per infobox parameter, in the order of the page, the key
// being the parameter's name with each word capitalised ("map_type" gives
// "Map Type"); parameters that only lay out the box (image, caption, map,
// coordinates, campaignbox …) are left out. A value is rendered as a reader
// sees it: links give their label (and the target title is kept, see
// Article.Links), flag icons and images are dropped, {{flag|X}} gives X,
// {{KIA}} gives a run-in "KIA" (and {{POW}}, {{WIA}} theirs; a "†" stays),
// {{plainlist}}, {{ubl}}, {{hlist}} and <br> give list items joined by ", ",
// date templates ({{start date}}, {{Start and end dates}} …) give the date
// in words, {{convert}} its first value and unit, and references, comments,
// citation and maintenance templates are removed. A conflict name missing
// from the infobox is the page's title, as the template itself does.
//
// Then the prose: every paragraph of the article on one line, headings,
// tables, images and templates dropped, up to the first closing section
// ("See also", "Notes", "References", …).
//
// Broken markup inside the infobox (a template or link that is never
// closed) fails the page with ErrBrokenMarkup and its line; in the prose it
// costs only the markup, which is dropped.
package wikitext
