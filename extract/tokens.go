package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word, a number or a punctuation mark of a sentence. It
// keeps no text of its own but lower, which is enough for most of its
// readers; text gives it as written.
type token struct {
	lower      string // the token with its ASCII letters in lower case
	start, end int    // byte offsets in the sentence
	cap        bool   // starts with a capital letter (or a particle and a capital: "al-Qaeda")
	word       bool   // letters or digits
	num        bool   // starts with a digit
	poss       bool   // followed by a possessive "'s"
	bare       bool   // the possessive is a bare apostrophe: "Years' War"
}

// tokenize cuts a sentence into tokens. A word keeps its inner hyphens and
// apostrophes ("Lettow-Vorbeck", "Jama'at") and the dots of an abbreviation
// or initial ("U.S.", "S."); a possessive "'s" is marked on the word before.
func tokenize(s string) []token { return tokenizeLower(s, asciiLower(s)) }

// tokenizeLower is tokenize for a sentence whose asciiLower is known.
func tokenizeLower(s, lower string) []token {
	return appendTokens(make([]token, 0, tokenEstimate(s)), s, lower)
}

// tokenEstimate is about how many tokens s holds: one for every five
// bytes.
func tokenEstimate(s string) int { return len(s)/5 + 1 }

// appendTokens is tokenizeLower appending to toks.
func appendTokens(toks []token, s, lower string) []token {
	i := 0
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0':
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				// ASCII letters and digits without decoding.
				if b := s[j]; b < 0x80 && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
					j++
					continue
				}
				// Any other ASCII byte is no letter, digit or mark: only
				// a rune beyond ASCII needs decoding and the tables.
				c, sz := rune(s[j]), 1
				if c >= 0x80 {
					c, sz = utf8.DecodeRuneInString(s[j:])
					if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
						j += sz
						continue
					}
				}
				if (c == '-' || c == '\'' || c == '’' || c == '–' && isDigitRune(r)) && j+sz < len(s) {
					n, _ := utf8.DecodeRuneInString(s[j+sz:])
					if unicode.IsLetter(n) || unicode.IsDigit(n) {
						// A possessive is not part of the word.
						if (c == '\'' || c == '’') && (strings.HasPrefix(s[j+sz:], "s ") || j+sz+1 == len(s) || strings.HasPrefix(s[j+sz:], "s,") || strings.HasPrefix(s[j+sz:], "s.")) {
							break
						}
						j += sz
						continue
					}
				}
				if c == '.' && isAbbrevWord(s[i:j]) {
					j += sz
					// "U.S.": letters and dots.
					for j < len(s) {
						n, nsz := utf8.DecodeRuneInString(s[j:])
						if unicode.IsUpper(n) && j+nsz < len(s) && s[j+nsz] == '.' {
							j += nsz + 1
							continue
						}
						break
					}
				}
				break
			}
			// "U.S.-led", "Turkish-backed": the suffix is no part of the name.
			if h := strings.LastIndexByte(s[i:j], '-'); h > 0 && hyphenSuffixes[s[i+h+1:j]] {
				toks = append(toks, token{lower: lower[i : i+h], start: i, end: i + h, word: true, cap: unicode.IsUpper(r), num: isDigitRune(r)})
				toks = append(toks, token{lower: lower[i+h+1 : j], start: i + h + 1, end: j, word: true})
				i = j
				continue
			}
			t := token{lower: lower[i:j], start: i, end: j, word: true}
			t.num = isDigitRune(r)
			// looksLikeName is asked only where it can say yes: a word
			// that begins beyond ASCII, or an ASCII particle with a mark
			// after it ("al-Qaeda").
			t.cap = unicode.IsUpper(r) || !t.num && (r >= 0x80 || particleMark(s[i:j])) && looksLikeName(s[i:j])
			toks = append(toks, t)
			i = j
			// Possessive.
			if i+1 < len(s) && (s[i] == '\'' || strings.HasPrefix(s[i:], "’")) {
				k := i + 1
				if s[i] != '\'' {
					k = i + len("’")
				}
				if k < len(s) && s[k] == 's' && (k+1 == len(s) || !isLetterByte(s[k+1])) {
					toks[len(toks)-1].poss = true
					i = k + 1
				} else if k == len(s) || s[k] == ' ' {
					toks[len(toks)-1].poss = true // "Crusaders' camp"
					toks[len(toks)-1].bare = true
					i = k
				}
			}
		default:
			toks = append(toks, token{lower: lower[i : i+size], start: i, end: i + size})
			i += size
		}
	}
	return toks
}

// particleMark reports whether a hyphen, a space or an apostrophe stands
// among the bytes after a word's first that looksLikeName reads for a
// particle: "al-", "ibn ", "d'".
func particleMark(w string) bool {
	for k := 1; k < len(w) && k <= 4; k++ {
		if c := w[k]; c == '-' || c == ' ' || c == '\'' {
			return true
		}
	}
	return false
}

// text returns the token as written in s, the sentence it was cut from.
func (t token) text(s string) string { return s[t.start:t.end] }

// hyphenSuffixes turn a name into an adjective: "U.S.-led", "FSA-held".
var hyphenSuffixes = map[string]bool{
	"led": true, "backed": true, "based": true, "held": true, "controlled": true, "aligned": true,
	"affiliated": true, "linked": true, "brokered": true, "supported": true, "allied": true,
	"occupied": true, "dominated": true, "run": true, "owned": true, "born": true, "era": true,
	"style": true, "class": true, "type": true, "funded": true, "trained": true, "armed": true,
	"sponsored": true, "inspired": true, "loyal": true, "friendly": true, "majority": true,
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// isAbbrevWord reports whether a word before a dot is an initial or an
// abbreviation whose dot belongs to it: "S", "U", "Gen", "St", "No".
func isAbbrevWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) && unicode.IsUpper(r) {
		return true
	}
	return unicode.IsUpper(r) && isAbbreviation(w)
}
