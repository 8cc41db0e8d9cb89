package wikidata

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factloom/factloom/extract"
)

// Types is a set of the entity types an item can be, read from its P31
// classes. The zero value means unknown: the item states no class, or none
// the index can place.
type Types uint8

// The type bits, one per extract.Type an item can be linked from.
const (
	TPerson Types = 1 << iota
	TOrganization
	TCountry
	TPlace
	TEvent
	TEquipment
)

var typeNames = []struct {
	t    Types
	name extract.Type
}{
	{TPerson, extract.Person}, {TOrganization, extract.Organization}, {TCountry, extract.Country},
	{TPlace, extract.Place}, {TEvent, extract.Event}, {TEquipment, extract.Equipment},
}

// String lists the types as "Country,Place", or "unknown".
func (t Types) String() string {
	if t == 0 {
		return "unknown"
	}
	var parts []string
	for _, n := range typeNames {
		if t&n.t != 0 {
			parts = append(parts, string(n.name))
		}
	}
	return strings.Join(parts, ",")
}

// ParseTypes reads a comma-separated list of extract types ("Person,Event").
func ParseTypes(s string) (Types, error) {
	var t Types
next:
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		for _, n := range typeNames {
			if strings.EqualFold(string(n.name), f) {
				t |= n.t
				continue next
			}
		}
		return 0, fmt.Errorf("unknown type %q: want Person, Organization, Country, Place, Event or Equipment", f)
	}
	return t, nil
}

// compatible gives, for each entity type, the item types it may be linked
// to: a Person only to a human, a Country only to a state, a Place to a
// place or a country, an Event to a battle, war, operation and the like.
var compatible = map[extract.Type]Types{
	extract.Person:       TPerson,
	extract.Organization: TOrganization,
	extract.Country:      TCountry,
	extract.Place:        TPlace | TCountry,
	extract.Event:        TEvent,
	extract.Equipment:    TEquipment,
}

// Compatible reports whether an entity of type t may be an item of types
// it. Unknown item types are compatible with everything (the dump may not
// state them); so is an entity of type Other or of no type.
func Compatible(t extract.Type, it Types) bool {
	want, ok := compatible[t]
	return it == 0 || !ok || it&want != 0
}

// classTypes places the classes that say what kind of thing an item is.
// Other classes are placed through their subclass of (P279) statements in
// the dump, up to one of these.
var classTypes = map[uint64]Types{
	// people
	5: TPerson, // human
	// states
	6256: TCountry, 3624078: TCountry, 7275: TCountry, 3024240: TCountry, // country, sovereign state, state, historical country
	7270: TCountry, // republic
	// organisations
	43229: TOrganization, 17127659: TOrganization, 176799: TOrganization, // organization, terrorist organization, military unit
	7210356: TOrganization, 7278: TOrganization, 327333: TOrganization, // political organization, political party, government agency
	4830453: TOrganization, 163740: TOrganization, 37726: TOrganization, // business, nonprofit organization, army
	// places
	486972: TPlace, 515: TPlace, 532: TPlace, 3957: TPlace, 5119: TPlace, // human settlement, city, village, town, capital
	56061: TPlace, 10864048: TPlace, 82794: TPlace, 2221906: TPlace, // administrative territorial entity, first-level division, geographic region, geographic location
	618123: TPlace, 23442: TPlace, 8502: TPlace, 4022: TPlace, 23397: TPlace, // geographical feature, island, mountain, river, lake
	41176: TPlace, 57821: TPlace, 23413: TPlace, // building, fortification, castle
	// events
	178561: TEvent, 188055: TEvent, 198: TEvent, 8465: TEvent, 645883: TEvent, // battle, siege, war, civil war, military operation
	831663: TEvent, 350604: TEvent, 180684: TEvent, 124734: TEvent, 2001676: TEvent, // military campaign, armed conflict, conflict, rebellion, offensive
	2223653: TEvent, 3199915: TEvent, 1261499: TEvent, 467011: TEvent, 1361229: TEvent, // terrorist attack, massacre, naval battle, invasion, conquest
	// equipment
	728: TEquipment, 11446: TEquipment, 11436: TEquipment, 15142889: TEquipment, // weapon, ship, aircraft, weapon family
}

// maxClassDepth bounds the walk up subclass of (P279): Wikidata's upper
// classes join nearly everything, so a class is placed only by a near one.
const maxClassDepth = 4

// A classGraph places classes through subclass of (P279) edges read from
// the dump. Its zero value places only classTypes.
type classGraph struct {
	edges []uint64 // child<<32 | parent, sorted
	memo  map[uint64]Types
}

func newClassGraph(edges []uint64) *classGraph {
	slices.Sort(edges)
	return &classGraph{edges: slices.Compact(edges), memo: make(map[uint64]Types)}
}

// typesOf returns the types the classes imply.
func (g *classGraph) typesOf(classes []uint64) Types {
	var t Types
	for _, c := range classes {
		t |= g.class(c, 0)
	}
	return t
}

func (g *classGraph) class(c uint64, depth int) Types {
	if t, ok := classTypes[c]; ok {
		return t
	}
	if depth >= maxClassDepth || c > 0xFFFFFFFF {
		return 0
	}
	if t, ok := g.memo[c]; ok && depth == 0 {
		return t
	}
	var t Types
	i, _ := slices.BinarySearch(g.edges, c<<32)
	for ; i < len(g.edges) && g.edges[i]>>32 == c; i++ {
		t |= g.class(g.edges[i]&0xFFFFFFFF, depth+1)
	}
	if depth == 0 {
		g.memo[c] = t
	}
	return t
}
