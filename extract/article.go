package extract

// Type is the kind of a named thing. Its values are the plain strings of the
// competency questions.
type Type string

// The entity types.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Country      Type = "Country"
	Place        Type = "Place"
	Event        Type = "Event"
	Equipment    Type = "Equipment"
	Other        Type = "Other"
)

// Class is the kind of an Event.
type Class string

// The event classes.
const (
	War       Class = "War"
	Battle    Class = "Battle"
	Siege     Class = "Siege"
	Operation Class = "Operation"
	Attack    Class = "Attack"
	Campaign  Class = "Campaign"
	Conflict  Class = "Conflict"
)

// Rel is the name of a relation between two entities.
type Rel string

// The relations. Roles (an agent's part in an event) are the first six;
// the graph gives each its own node.
const (
	CombatantIn    Rel = "combatantIn"
	CommanderIn    Rel = "commanderIn"
	ParticipantIn  Rel = "participantIn"
	KilledIn       Rel = "killedIn"
	WoundedIn      Rel = "woundedIn"
	CapturedIn     Rel = "capturedIn"
	PartOf         Rel = "partOf"
	Location       Rel = "location"
	LocatedIn      Rel = "locatedIn"
	WinnerOf       Rel = "winnerOf"
	MemberOf       Rel = "memberOf"
	LeaderOf       Rel = "leaderOf"
	DeputyLeaderOf Rel = "deputyLeaderOf"
	FounderOf      Rel = "founderOf"
	AffiliatedWith Rel = "affiliatedWith"
	OpponentOf     Rel = "opponentOf"
)

// IsRole reports whether r is an agent's role in an event.
func (r Rel) IsRole() bool {
	switch r {
	case CombatantIn, CommanderIn, ParticipantIn, KilledIn, WoundedIn, CapturedIn:
		return true
	}
	return false
}

// Attr is the name of a literal-valued attribute.
type Attr string

// The attributes. Dates are ISO 8601 strings (YYYY, YYYY-MM or YYYY-MM-DD,
// with a leading '-' for years BC).
const (
	StartDate       Attr = "startDate"
	EndDate         Attr = "endDate"
	Result          Attr = "result"
	BirthDate       Attr = "birthDate"
	DeathDate       Attr = "deathDate"
	FoundingDate    Attr = "foundingDate"
	DissolutionDate Attr = "dissolutionDate"
	Latitude        Attr = "latitude"  // decimal degrees, north positive
	Longitude       Attr = "longitude" // decimal degrees, east positive
)

// Kind is what a casualty figure counts.
type Kind string

// The casualty kinds, and Strength for a troop strength figure.
const (
	Killed   Kind = "killed"
	Wounded  Kind = "wounded"
	Captured Kind = "captured"
	Missing  Kind = "missing"
	Total    Kind = "total"
	Strength Kind = "strength"
)

// A Source is the place in an article a fact was read from: one infobox
// field or one prose sentence.
type Source struct {
	Line  int    // 1-based line of the article
	Start int    // 0-based offset of the first character in the article, in Unicode code points
	End   int    // offset just past the last character, in code points
	Field string // the infobox key ("Commander2"), or "" for prose
	Text  string // the sentence, or the infobox value
}

// An Entity is one named thing of an article.
type Entity struct {
	Key       string // identity within the article: the normalised label
	Label     string // the fullest proper name the text uses
	Type      Type
	Class     Class    // for events only
	Aliases   []string // other names the text uses, in order of first use
	QID       string   // the Wikidata item ("Q42"), set by a linker
	WikiTitle string   // the English Wikipedia title, when the input names it
	Sources   []Source // where the entity is named
}

// A Relation says Subject Rel Object, both entity keys.
type Relation struct {
	Subject string
	Rel     Rel
	Object  string
	Side    int // 1-based side of the infobox column for roles; 0 when none
	Source  Source
}

// An Attribute gives an entity a literal value.
type Attribute struct {
	Subject string
	Attr    Attr
	Value   string
	Source  Source
}

// A Figure is a casualty or strength figure of one side of an event.
type Figure struct {
	Event    string // entity key of the event
	Side     int    // 1-based infobox column; 3 for overall or civilian figures
	Kind     Kind
	Count    int  // the number, or its lower bound for a range
	HasCount bool // false when the text gives no number ("Several prisoners")
	Max      int  // upper bound of a range, or 0
	Text     string
	Source   Source
}

// An Article is everything read from one article.
type Article struct {
	Name       string // the input's name, as given to Read
	ID         string // a slug of the article's title, stable across runs
	Subject    string // entity key of the article's event
	Entities   []*Entity
	Relations  []Relation
	Attributes []Attribute
	Figures    []Figure
}

// Entity returns the entity with the given key, or nil.
func (a *Article) Entity(key string) *Entity {
	for _, e := range a.Entities {
		if e.Key == key {
			return e
		}
	}
	return nil
}
