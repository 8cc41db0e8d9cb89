package wikidata

import (
	"encoding/binary"
	"errors"
	"strings"
)

// Match says how a name reaches an item: which of the item's names it is.
type Match uint8

// The ways a name matches an item. Base matches compare the name with the
// item's label or title less a bracketed disambiguator: "Battle of Kirkuk"
// is the title base of "Battle of Kirkuk (2016)".
const (
	MLabel     Match = 1 << iota // the item's label
	MAlias                       // one of its aliases (or a label in another wanted language)
	MTitle                       // its English Wikipedia title
	MLabelBase                   // its label, less the disambiguator
	MTitleBase                   // its title, less the disambiguator
)

// String lists the matches as "label+title".
func (m Match) String() string {
	var parts []string
	for i, n := range []string{"label", "alias", "title", "label-base", "title-base"} {
		if m&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// A record is the value of one index entry: the item a name reaches and
// how. The key of the entry is the name's key, a zero byte, and the item's
// number as 8 bytes big-endian, so that the entries of one name sit
// together and in item order.
//
// Value layout: match (1 byte), types (1 byte), sitelinks, years known
// (1 byte) then from and to as signed varints when known, label, title
// (each a length then bytes), P31 (a count then ids), related (a count then
// ids). Counts, lengths and ids are unsigned varints.
type record struct {
	ID        uint64
	Match     Match
	Types     Types
	Sitelinks int
	Years     Years
	Label     string
	Title     string
	P31       []uint64
	Related   []uint64
}

func entryKey(dst []byte, name string, id uint64) []byte {
	dst = append(dst, name...)
	dst = append(dst, 0)
	return binary.BigEndian.AppendUint64(dst, id)
}

func appendRecord(dst []byte, r *record) []byte {
	dst = append(dst, byte(r.Match), byte(r.Types))
	dst = binary.AppendUvarint(dst, uint64(r.Sitelinks))
	if r.Years.Known {
		dst = append(dst, 1)
		dst = binary.AppendVarint(dst, int64(r.Years.From))
		dst = binary.AppendVarint(dst, int64(r.Years.To))
	} else {
		dst = append(dst, 0)
	}
	for _, s := range []string{r.Label, r.Title} {
		dst = binary.AppendUvarint(dst, uint64(len(s)))
		dst = append(dst, s...)
	}
	for _, ids := range [][]uint64{r.P31, r.Related} {
		dst = binary.AppendUvarint(dst, uint64(len(ids)))
		for _, id := range ids {
			dst = binary.AppendUvarint(dst, id)
		}
	}
	return dst
}

var errBadRecord = errors.New("bad index record")

// decodeRecord reads the entry key and value written by entryKey and
// appendRecord.
func decodeRecord(key, val []byte, r *record) error {
	if len(key) < 9 || key[len(key)-9] != 0 || len(val) < 4 {
		return errBadRecord
	}
	*r = record{ID: binary.BigEndian.Uint64(key[len(key)-8:]), Match: Match(val[0]), Types: Types(val[1])}
	d := decoder{b: val[2:]}
	r.Sitelinks = int(d.uvarint())
	if d.byte() == 1 {
		r.Years = Years{From: int(d.varint()), To: int(d.varint()), Known: true}
	}
	r.Label = d.str()
	r.Title = d.str()
	r.P31 = d.ids()
	r.Related = d.ids()
	if d.err {
		return errBadRecord
	}
	return nil
}

// recordP31 appends the P31 classes of a record's value to dst, without
// decoding the rest.
func recordP31(dst []uint64, val []byte) ([]uint64, bool) {
	if len(val) < 4 {
		return dst, false
	}
	d := decoder{b: val[2:]}
	d.uvarint()
	if d.byte() == 1 {
		d.varint()
		d.varint()
	}
	for range 2 { // label, title
		n := d.uvarint()
		if n > uint64(len(d.b)) {
			return dst, false
		}
		d.b = d.b[n:]
	}
	n := d.uvarint()
	for range min(n, uint64(len(d.b))) {
		dst = append(dst, d.uvarint())
	}
	return dst, !d.err
}

type decoder struct {
	b   []byte
	err bool
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.err = true
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err = true
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) ids() []uint64 {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err = true
		return nil
	}
	ids := make([]uint64, 0, n)
	for range n {
		ids = append(ids, d.uvarint())
	}
	return ids
}
