package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// Span is a sentence as byte offsets into the text, End exclusive. The text
// it covers has no white space at either end.
type Span struct{ Start, End int }

// Sentences splits text into sentences, in order. Spans never overlap and
// are never empty; white space between sentences belongs to none.
func Sentences(text string) []Span {
	work := unwrap(text)
	var (
		spans []Span
		cur   Span
		have  bool
	)
	it := sentences.FromString(work)
	for it.Next() {
		next, ok := trim(work, it.Start(), it.End())
		if !ok {
			continue
		}
		if have && !hasLineBreak(work[cur.End:next.Start]) && joins(work[cur.Start:cur.End], work[next.Start:next.End]) {
			cur.End = next.End
			continue
		}
		if have {
			spans = append(spans, cur)
		}
		cur, have = next, true
	}
	if have {
		spans = append(spans, cur)
	}
	return spans
}

// trim narrows [start, end) of text to exclude surrounding white space and
// reports whether anything is left.
func trim(text string, start, end int) (Span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return Span{start, end}, start < end
}

// hasLineBreak reports whether the white space between two sentences holds
// a line or paragraph separator (soft wraps have already become spaces).
func hasLineBreak(gap string) bool {
	return strings.ContainsAny(gap, "\n\r\v\f\u0085\u2028\u2029")
}

// abbrevKind says when a sentence break after an abbreviation is undone.
type abbrevKind uint8

const (
	always      abbrevKind = iota + 1 // titles, months: a name or number follows
	beforeDigit                       // "No. 10": only a number may follow
)

// abbreviations lists the tokens (with their period) after which the UAX #29
// break is undone. "etc.", "Jr.", "Inc." and the like are absent on purpose:
// followed by a capital they usually do end a sentence, and followed by a
// lower-case word the break is undone anyway.
var abbreviations = map[string]abbrevKind{
	"Mr.": always, "Mrs.": always, "Ms.": always, "Mx.": always, "Dr.": always, "Prof.": always,
	"St.": always, "Mt.": always, "Ft.": always,
	"Gen.": always, "Gens.": always, "Lt.": always, "Col.": always, "Maj.": always, "Sgt.": always,
	"Capt.": always, "Cmdr.": always, "Cdr.": always, "Adm.": always, "Brig.": always, "Cpl.": always,
	"Pvt.": always, "Pfc.": always, "Lt.Col.": always,
	"Gov.": always, "Sen.": always, "Sens.": always, "Rep.": always, "Reps.": always, "Rev.": always,
	"Hon.": always, "Pres.": always, "Supt.": always, "Insp.": always, "Det.": always, "Amb.": always,
	"Atty.": always, "Messrs.": always, "Mme.": always, "Mlle.": always, "Msgr.": always, "Fr.": always,
	"vs.": always, "v.": always, "e.g.": always, "i.e.": always, "cf.": always, "approx.": always,
	"Jan.": always, "Feb.": always, "Mar.": always, "Apr.": always, "Jun.": always, "Jul.": always,
	"Aug.": always, "Sep.": always, "Sept.": always, "Oct.": always, "Nov.": always, "Dec.": always,
	"No.": beforeDigit, "Nos.": beforeDigit, "Art.": beforeDigit, "Vol.": beforeDigit, "Para.": beforeDigit,
}

// openers are stripped from the front of the last token of a sentence
// before it is looked up: "(Dr." is "Dr.".
const openers = "\"'([{“‘«"

// joins reports whether the UAX #29 break between two sentences (on the
// same line) should be undone.
func joins(cur, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) || first == ',' || first == ';' || first == ':' {
		return true
	}
	tok := cur
	if i := strings.LastIndexFunc(cur, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(cur[i:])
		tok = cur[i+size:]
	}
	tok = strings.TrimLeft(tok, openers)
	switch abbreviations[tok] {
	case always:
		return true
	case beforeDigit:
		return unicode.IsDigit(first)
	}
	return isInitials(tok)
}

// isInitials reports whether tok is one or more upper-case letters each
// followed by a period: "J.", "J.R.", "U.S.", "U.N.".
func isInitials(tok string) bool {
	if tok == "" {
		return false
	}
	for tok != "" {
		r, size := utf8.DecodeRuneInString(tok)
		if !unicode.IsUpper(r) || len(tok) <= size || tok[size] != '.' {
			return false
		}
		tok = tok[size+1:]
	}
	return true
}

// unwrap returns text with every soft-wrap line break (and the \r of a
// CRLF) replaced by spaces, so that UAX #29, which breaks after every line
// feed, sees wrapped prose as one line. Offsets are unchanged.
func unwrap(text string) string {
	var buf []byte
	lineStart := 0
	for {
		nl := strings.IndexByte(text[lineStart:], '\n')
		if nl < 0 {
			break
		}
		nl += lineStart
		nextStart := nl + 1
		nextEnd := len(text)
		if j := strings.IndexByte(text[nextStart:], '\n'); j >= 0 {
			nextEnd = nextStart + j
		}
		if softWrap(text[lineStart:nl], text[nextStart:nextEnd]) {
			if buf == nil {
				buf = []byte(text)
			}
			buf[nl] = ' '
			if nl > lineStart && buf[nl-1] == '\r' {
				buf[nl-1] = ' '
			}
		}
		lineStart = nextStart
	}
	if buf == nil {
		return text
	}
	return string(buf)
}

// closers may follow the punctuation that ends a sentence.
const closers = "\"')]}”’»*_"

// continuations are words that cannot end a headline, so a line ending in
// one runs on into the next line whatever its case ("talks with the\nUnited
// Nations").
var continuations = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true, "but": true,
	"nor": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"from": true, "into": true, "onto": true, "as": true, "than": true, "that": true, "which": true,
	"who": true, "whose": true, "whom": true, "said": true, "says": true, "told": true, "its": true,
	"their": true, "his": true, "her": true, "our": true,
}

// softWrap reports whether the line break between lines a and b (without
// their line feeds) joins wrapped prose rather than ending a sentence.
func softWrap(a, b string) bool {
	a = strings.TrimRight(a, " \t\r")
	b = strings.TrimLeft(b, " \t")
	if a == "" || strings.TrimRight(b, " \t\r") == "" {
		return false // a blank line ends a paragraph
	}
	word := a
	if i := strings.LastIndexAny(a, " \t"); i >= 0 {
		word = a[i+1:]
	}
	first, _ := utf8.DecodeRuneInString(b)
	if abbreviations[strings.TrimLeft(word, openers)] == always && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		return true // "Gen.\nSmith", "Oct.\n7"
	}
	end := strings.TrimRight(a, closers)
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', '!', '?', '…', '。', '！', '？':
		return false
	}
	if unicode.IsLower(first) || unicode.IsDigit(first) {
		return true
	}
	if !unicode.IsLetter(first) && !strings.ContainsRune(openers, first) {
		return false
	}
	switch last {
	case ',', ';', '—', '–':
		return true
	}
	return continuations[word]
}
