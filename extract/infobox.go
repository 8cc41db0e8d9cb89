package extract

import "strings"

// readTitle makes the article's event from the infobox title.
func (x *extractor) readTitle(title string, src Source) {
	title = stripDebris(title)
	x.event = x.entity(title, Event, src)
	x.a.Subject = x.event.Key
	x.a.ID = articleID(x.event.Label)
}

func (x *extractor) readInfobox() {}
func (x *extractor) readProse()   {}
func (x *extractor) finish()      {}

// stripDebris removes what page copies leave of images and templates.
func stripDebris(s string) string { return strings.TrimSpace(s) }

func eventClass(name string) Class { return Battle }
