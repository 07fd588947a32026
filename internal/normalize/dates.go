package normalize

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Day is a civil date with no time zone. A zero field means the text did
// not say (or the value could not be worked out): Day{2025, 1, 0} is
// "January 2025", Day{0, 3, 3} is "March 3" of an unknown year.
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

// Complete reports whether all three fields are known and form a real
// calendar day.
func (d Day) Complete() bool {
	return d.Year != 0 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= dateDaysIn(d.Month, d.Year)
}

// Time is midnight UTC of the day. It is the zero time.Time unless the day
// is Complete.
func (d Day) Time() time.Time {
	if !d.Complete() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// DayOf is the calendar day of t, in t's own zone.
func DayOf(t time.Time) Day { return Day{Year: t.Year(), Month: t.Month(), Day: t.Day()} }

// String writes the known part of the day in ISO 8601 form: "2025-01-19",
// "2025-01", "2025", or "--03-03" / "--03" when only the year is unknown.
// The zero Day is "".
func (d Day) String() string {
	switch {
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case d.Year != 0 && d.Month != 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case d.Year != 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("--%02d-%02d", int(d.Month), d.Day)
	case d.Month != 0:
		return fmt.Sprintf("--%02d", int(d.Month))
	}
	return ""
}

// Before reports whether d is earlier than o. Both should be Complete.
func (d Day) Before(o Day) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// AddDays is the day n days after d (before, when n is negative). It
// returns d unchanged unless d is Complete.
func (d Day) AddDays(n int) Day {
	if !d.Complete() {
		return d
	}
	t := time.Date(d.Year, d.Month, d.Day+n, 0, 0, 0, 0, time.UTC)
	return Day{t.Year(), t.Month(), t.Day()}
}

// Precision names the unit a date mention is stated in.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Date is one date mention found in text.
type Date struct {
	Start, End int // byte offsets of the mention in the scanned text

	// First and Last bound the days the mention covers: a single day has
	// First == Last; "January 2025" is Jan 1..Jan 31; "in 1978" is
	// 1978-01-01..1978-12-31; "early February" Feb 1..10, "mid-March"
	// 11..20, "late May" 21..end; "the first week of June" 1..7; "the
	// 1990s" 1990-01-01..1999-12-31. Year is 0 in both when it is unknown.
	First, Last Day

	Weekday    time.Weekday // the weekday the text states; valid only if HasWeekday
	HasWeekday bool
	YearStated bool // the text itself gave the year
	Relative   bool // resolved from a weekday name or "yesterday"/"today" against the reference day

	// Precision is the unit the mention names: PrecisionDay for a day or a
	// range of days ("March 3-5"), PrecisionMonth for a month or part of
	// one ("early February"), PrecisionYear for a year, part of a year or
	// a decade.
	Precision string
}

// WeekdayMismatch reports whether a date states a weekday that its day does
// not fall on ("Monday, March 3, 2026" — a Tuesday). It is false when the
// day is not fully known or the mention covers more than one day.
func (d Date) WeekdayMismatch() bool {
	if !d.HasWeekday || d.First != d.Last || !d.First.Complete() {
		return false
	}
	return d.First.Time().Weekday() != d.Weekday
}

// ScanDates finds date mentions in text, in order of position. ref is the
// article's publication day (the zero Day when unknown; a Day with only Year
// set pins the year of dates that state none).
//
// Dates without a year take the year that puts them nearest before ref: a
// date more than two months after ref is taken from the previous year. With
// no ref the year stays 0. A bare weekday ("on Tuesday", "Tuesday's attack")
// is the latest such weekday on or before ref, "last Tuesday" the latest one
// strictly before it and "next Tuesday" the first one after it; "yesterday",
// "last night", "today", "tonight", "this morning" and "tomorrow" are ref
// plus or minus a day. Those relative forms need a complete ref and are left
// out without one.
//
// A year on its own counts only after a preposition (in, since, from, until,
// by, of, between, after, before, during, through) and not when a count
// noun follows it ("by 2000 people"). Month names are matched in any case,
// except that "May", "March" and abbreviations ("Oct.") must be capitalised
// ("officials may release", "they march 10 miles"); a month name with no
// day or year next to it needs a preposition before it when it is also a
// word or a given name (May, March, April, June, August), and is not read
// inside a proper name ("Black September", "the October War"). Numeric
// slash dates ("19/01/2025") are never read, since their order is
// ambiguous.
func ScanDates(text string, ref Day) []Date {
	s := dateScannerPool.Get().(*dateScanner)
	s.reset(text, ref, false)
	var out []Date
	for i := 0; i < len(s.toks); {
		if t := &s.toks[i]; t.kind == dtPunct || t.kind == dtWord && t.info.flags&dfStartsDate == 0 {
			i++ // the common case, kept out of matchAt
			continue
		}
		if sp, ok := s.matchAt(i); ok {
			if d, ok := s.resolve(sp); ok {
				out = append(out, d)
			}
			i = sp.next
			continue
		}
		i++
	}
	s.release()
	return out
}

// ParseDate reads s as one date: the whole string, apart from surrounding
// space and a final period or comma, must be a single date mention. It
// accepts the forms ScanDates finds and also a month name, a year or a
// weekday standing alone. ref is used as in ScanDates.
func ParseDate(s string, ref Day) (Date, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	body := strings.TrimRight(s[lead:], " \t\r\n")
	body = strings.TrimRight(body, ".,")
	body = strings.TrimRight(body, " \t\r\n")
	if body == "" {
		return Date{}, false
	}
	sc := dateScannerPool.Get().(*dateScanner)
	defer sc.release()
	sc.reset(body, ref, true)
	if len(sc.toks) == 0 {
		return Date{}, false
	}
	sp, ok := sc.matchAt(0)
	if !ok || sp.next != len(sc.toks) {
		return Date{}, false
	}
	d, ok := sc.resolve(sp)
	if !ok {
		return Date{}, false
	}
	d.Start += lead
	d.End += lead
	return d, true
}

// dateSpan is a matched mention before its year and range are worked out.
type dateSpan struct {
	start, end int // byte offsets
	next       int // index of the first token after the mention

	year       int // 0 when the text gives none
	yearStated bool
	month      time.Month // 0 for year-level mentions
	day1, day2 int        // 0 for month- and year-level mentions
	part       datePart
	decade     bool
	prec       string

	weekday    time.Weekday
	hasWeekday bool
	// relative mentions: the offset in days from ref, or a weekday search.
	relative   bool
	relDays    int
	relWeekday dateWeekdaySearch
}

// dateWeekdaySearch says which occurrence of a named weekday a relative
// mention means.
type dateWeekdaySearch uint8

const (
	dateNoSearch      dateWeekdaySearch = iota
	dateOnOrBeforeRef                   // "Tuesday": the latest one on or before ref
	dateBeforeRef                       // "last Tuesday": the latest one before ref
	dateAfterRef                        // "next Tuesday": the first one after ref
)

// datePart narrows a month or a year to part of it.
type datePart uint8

const (
	datePartWhole datePart = iota
	datePartEarly
	datePartMid
	datePartLate
	datePartWeek1
	datePartWeek2
	datePartWeek3
	datePartWeek4
	datePartLastWeek
)

// resolve fills in the year and the covered range of a span.
func (s *dateScanner) resolve(sp dateSpan) (Date, bool) {
	d := Date{
		Start:      sp.start,
		End:        sp.end,
		Weekday:    sp.weekday,
		HasWeekday: sp.hasWeekday,
		YearStated: sp.yearStated,
		Relative:   sp.relative,
		Precision:  sp.prec,
	}
	if sp.relative {
		if !s.ref.Complete() {
			return Date{}, false
		}
		day := s.ref.AddDays(sp.relDays)
		if sp.relWeekday != dateNoSearch {
			refWd := int(s.ref.Time().Weekday())
			wd := int(sp.weekday)
			switch sp.relWeekday {
			case dateOnOrBeforeRef:
				day = s.ref.AddDays(-((refWd - wd + 7) % 7))
			case dateBeforeRef:
				back := (refWd - wd + 7) % 7
				if back == 0 {
					back = 7
				}
				day = s.ref.AddDays(-back)
			case dateAfterRef:
				ahead := (wd - refWd + 7) % 7
				if ahead == 0 {
					ahead = 7
				}
				day = s.ref.AddDays(ahead)
			}
		}
		if !day.Complete() {
			return Date{}, false // stepped out of the calendar from a far-fetched ref
		}
		d.First, d.Last = day, day
		return d, true
	}

	if sp.month == 0 { // a year, part of one, or a decade
		y := sp.year
		switch {
		case sp.decade:
			from, to := y, y+9
			switch sp.part {
			case datePartEarly:
				to = y + 3
			case datePartMid:
				from, to = y+3, y+6
			case datePartLate:
				from = y + 6
			}
			d.First, d.Last = Day{from, time.January, 1}, Day{to, time.December, 31}
		case sp.part == datePartEarly:
			d.First, d.Last = Day{y, time.January, 1}, Day{y, time.April, 30}
		case sp.part == datePartMid:
			d.First, d.Last = Day{y, time.May, 1}, Day{y, time.August, 31}
		case sp.part == datePartLate:
			d.First, d.Last = Day{y, time.September, 1}, Day{y, time.December, 31}
		default:
			d.First, d.Last = Day{y, time.January, 1}, Day{y, time.December, 31}
		}
		return d, true
	}

	first, last := sp.day1, sp.day2
	if first == 0 {
		first, last = dateMonthPart(sp.part)
	}
	y := sp.year
	if y == 0 {
		y = s.inferYear(sp.month, first)
	}
	max := dateDaysIn(sp.month, y)
	if sp.day1 != 0 && last > max {
		// February 29 in an inferred year that has none: the year is not
		// known after all.
		y = 0
		max = dateDaysIn(sp.month, 0)
		if last > max {
			return Date{}, false
		}
	}
	if last == 0 || last > max {
		last = max
	}
	if sp.part == datePartLastWeek {
		first = max - 6
	}
	d.First = Day{y, sp.month, first}
	d.Last = Day{y, sp.month, last}
	return d, true
}

// dateMonthPart is the day range of part of a month; a last day of 31 is
// cut to the month's length by the caller.
func dateMonthPart(p datePart) (int, int) {
	switch p {
	case datePartEarly:
		return 1, 10
	case datePartMid:
		return 11, 20
	case datePartLate:
		return 21, 31
	case datePartWeek1:
		return 1, 7
	case datePartWeek2:
		return 8, 14
	case datePartWeek3:
		return 15, 21
	case datePartWeek4:
		return 22, 28
	case datePartLastWeek:
		return 25, 31 // first is moved to last-6 once the year is known
	}
	return 1, 31
}

// inferYear picks the year of a month/day that the text gave without one:
// the reference year, or the one before when that would put the date more
// than about two months after the reference day.
func (s *dateScanner) inferYear(m time.Month, day int) int {
	ref := s.ref
	if ref.Year == 0 {
		return 0
	}
	if !ref.Complete() {
		if ref.Month == 0 && ref.Day == 0 {
			return ref.Year
		}
		return 0
	}
	if day > dateDaysIn(m, ref.Year) {
		day = dateDaysIn(m, ref.Year)
	}
	cand := time.Date(ref.Year, m, day, 0, 0, 0, 0, time.UTC)
	if cand.Sub(ref.Time()) > dateFutureSlack {
		return ref.Year - 1
	}
	return ref.Year
}

// dateFutureSlack is how far after the reference day a date without a year
// may fall and still be read in the reference year (announced plans,
// schedules); beyond it the text is taken to mean the year before.
const dateFutureSlack = 62 * 24 * time.Hour

func dateDaysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return 0
}

// ---- tokens -----------------------------------------------------------

type dateTokKind uint8

const (
	dtWord dateTokKind = iota + 1
	dtNum
	dtPunct
)

// dateTok is one token of the date lexer: a run of letters, a run of ASCII
// digits, or one other rune. Space separates tokens and is not kept.
type dateTok struct {
	start, end int
	kind       dateTokKind
	upper      bool     // word starting with an upper-case letter
	info       dateWord // what the word means to the date grammar
	num        int      // value of a digit run (capped)
	ndig       int
	r          rune // the rune of a punctuation token
}

type dateScanner struct {
	text  string
	ref   Day
	whole bool // ParseDate: the text is one date, so no cue words are needed
	// inRange is set while reading the second day of "3-5": a number after
	// a dash is then expected.
	inRange bool
	toks    []dateTok
}

var dateScannerPool = sync.Pool{New: func() any { return &dateScanner{toks: make([]dateTok, 0, 256)} }}

func (s *dateScanner) reset(text string, ref Day, whole bool) {
	s.text, s.ref, s.whole = text, ref, whole
	s.toks = dateLex(text, s.toks[:0])
}

func (s *dateScanner) release() {
	s.text = ""
	if cap(s.toks) > 1<<16 {
		s.toks = make([]dateTok, 0, 256)
	}
	dateScannerPool.Put(s)
}

func dateLex(text string, toks []dateTok) []dateTok {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				var t dateTok
				t, i = dateLexWord(text, i)
				toks = append(toks, t)
			case '0' <= c && c <= '9':
				start, v := i, 0
				for i < len(text) && '0' <= text[i] && text[i] <= '9' {
					if v < 1e9 {
						v = v*10 + int(text[i]-'0')
					}
					i++
				}
				toks = append(toks, dateTok{start: start, end: i, kind: dtNum, num: v, ndig: i - start})
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
			default:
				toks = append(toks, dateTok{start: i, end: i + 1, kind: dtPunct, r: rune(c)})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			var t dateTok
			t, i = dateLexWord(text, i)
			toks = append(toks, t)
		case unicode.IsSpace(r):
			i += size
		default:
			toks = append(toks, dateTok{start: i, end: i + size, kind: dtPunct, r: r})
			i += size
		}
	}
	return toks
}

// dateLexWord reads a run of letters (and combining marks) starting at i.
// Only pure-ASCII words can mean anything to the grammar, so "Maymaraş"
// stays one unknown word instead of hiding a "May".
func dateLexWord(text string, i int) (dateTok, int) {
	start := i
	ascii := true
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		ascii = false
		i += size
	}
	t := dateTok{start: start, end: i, kind: dtWord}
	if c := text[start]; 'A' <= c && c <= 'Z' {
		t.upper = true
	} else if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[start:])
		t.upper = unicode.IsUpper(r)
	}
	if n := i - start; ascii && n <= 12 {
		first := text[start] | 0x20 // ASCII letters only: lower case
		if dateWordShapes[first-'a']&(1<<n) != 0 {
			t.info = dateWordTable.lookup(text[start:i])
		}
	}
	return t, i
}

// dateWordIndex is an open-addressing hash table over dateWords, looked up
// case-insensitively without building a lower-case copy of the word. It is
// several times faster than a Go map for the short words of running text.
type dateWordIndex struct {
	slots []dateWordSlot // a power of two long, at most half full
}

type dateWordSlot struct {
	word string
	info dateWord
}

func dateWordHash(w string) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		h ^= uint32(w[k] | 0x20)
		h *= 16777619
	}
	return h
}

func (x *dateWordIndex) lookup(w string) dateWord {
	mask := uint32(len(x.slots) - 1)
	for h := dateWordHash(w) & mask; ; h = (h + 1) & mask {
		slot := &x.slots[h]
		if slot.word == "" {
			return dateWord{}
		}
		if len(slot.word) == len(w) && dateASCIIEqualFold(slot.word, w) {
			return slot.info
		}
	}
}

// dateASCIIEqualFold compares a lower-case key with an ASCII word of the
// same length in any case.
func dateASCIIEqualFold(key, w string) bool {
	for k := 0; k < len(w); k++ {
		if key[k] != w[k]|0x20 {
			return false
		}
	}
	return true
}

var dateWordTable = func() *dateWordIndex {
	size := 16
	for size < 2*len(dateWords) {
		size *= 2
	}
	x := &dateWordIndex{slots: make([]dateWordSlot, size)}
	mask := uint32(size - 1)
	for w, info := range dateWords {
		h := dateWordHash(w) & mask
		for x.slots[h].word != "" {
			h = (h + 1) & mask
		}
		x.slots[h].word, x.slots[h].info = w, info
	}
	return x
}()

// ---- the words the grammar knows ----------------------------------------

type dateWordKind uint8

const (
	dwNone dateWordKind = iota
	dwMonth
	dwMonthAbbr
	dwWeekday
	dwWeekdayAbbr
	dwOrdinal // first … thirty-first; val is the number
	dwTens    // twenty, thirty (for "twenty-first")
	dwKey     // a structural word; key says which
)

type dateKey uint8

const (
	dkNone dateKey = iota
	dkThe
	dkOf
	dkWeek
	dkEarly
	dkMid
	dkLate
	dkLast
	dkNext
	dkThis
	dkYesterday
	dkToday
	dkTonight
	dkTomorrow
	dkPartOfDay // morning, afternoon, evening
	dkNight
	dkEnd
	dkStart // start, beginning
	dkMiddle
	dkSuffix // st, nd, rd, th
	dkS
	dkAnd
	dkTo
	dkBetween
	dkFrom
)

// Flags say how a word constrains its neighbours.
const (
	dfMonthCue     uint16 = 1 << iota // lets a bare month name be a date: "in May", "last March"
	dfYearPrep                        // lets a bare year be a date: "in 1978", "since 1997"
	dfYearFollow                      // may follow a bare year: "in 1978 when…", not "by 2000 people"
	dfClockWord                       // "by 1800 GMT" is a time of day
	dfCountWord                       // "a total of 2000" is a count
	dfWeekdayBlock                    // "every Tuesday", "the following Tuesday" are not a day near ref
	dfWeekdayCue                      // a capitalised word that may stand before a weekday: "On Tuesday"
	dfProperAfter                     // "Sunday Times", "Saturday Night Live"
	dfStartsDate                      // a mention can begin with this word
)

type dateWord struct {
	kind  dateWordKind
	val   int8
	key   dateKey
	flags uint16
}

var dateWords = func() map[string]dateWord {
	m := map[string]dateWord{}
	add := func(w string, d dateWord) {
		old := m[w]
		if d.kind != dwNone {
			old.kind, old.val = d.kind, d.val
		}
		if d.key != dkNone {
			old.key = d.key
		}
		old.flags |= d.flags
		m[w] = old
	}
	for i, w := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		add(w, dateWord{kind: dwMonth, val: int8(i + 1)})
	}
	for w, v := range map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(w, dateWord{kind: dwMonthAbbr, val: v})
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		add(w, dateWord{kind: dwWeekday, val: int8(i)})
	}
	for w, v := range map[string]int8{"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4,
		"thur": 4, "thurs": 4, "fri": 5, "sat": 6} {
		add(w, dateWord{kind: dwWeekdayAbbr, val: v})
	}
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"} {
		add(w, dateWord{kind: dwOrdinal, val: int8(i + 1)})
	}
	add("thirtieth", dateWord{kind: dwOrdinal, val: 30})
	add("twenty", dateWord{kind: dwTens, val: 20})
	add("thirty", dateWord{kind: dwTens, val: 30})

	keys := map[string]dateKey{
		"the": dkThe, "of": dkOf, "week": dkWeek, "early": dkEarly, "mid": dkMid, "late": dkLate,
		"last": dkLast, "next": dkNext, "this": dkThis, "yesterday": dkYesterday, "today": dkToday,
		"tonight": dkTonight, "tomorrow": dkTomorrow, "morning": dkPartOfDay,
		"afternoon": dkPartOfDay, "evening": dkPartOfDay, "night": dkNight, "end": dkEnd,
		"start": dkStart, "beginning": dkStart, "middle": dkMiddle, "st": dkSuffix,
		"nd": dkSuffix, "rd": dkSuffix, "th": dkSuffix, "s": dkS, "and": dkAnd, "to": dkTo,
		"between": dkBetween, "from": dkFrom,
	}
	for w, k := range keys {
		add(w, dateWord{key: k})
	}
	for w, d := range m {
		switch {
		case d.kind == dwMonth || d.kind == dwMonthAbbr || d.kind == dwWeekday || d.kind == dwWeekdayAbbr,
			d.key == dkThe || d.key == dkEarly || d.key == dkMid || d.key == dkLate,
			d.key == dkLast || d.key == dkNext || d.key == dkThis,
			d.key == dkYesterday || d.key == dkToday || d.key == dkTonight || d.key == dkTomorrow:
			d.flags |= dfStartsDate
			m[w] = d
		}
	}
	for _, w := range []string{"in", "since", "from", "until", "till", "by", "of", "between",
		"after", "before", "through", "during", "on", "last", "next", "this", "early", "mid",
		"late", "throughout", "around", "until"} {
		add(w, dateWord{flags: dfMonthCue})
	}
	for _, w := range []string{"in", "since", "from", "until", "till", "by", "of", "between",
		"after", "before", "through", "during", "throughout"} {
		add(w, dateWord{flags: dfYearPrep})
	}
	for _, w := range []string{"and", "or", "but", "to", "when", "while", "after", "before", "as",
		"that", "which", "who", "where", "until", "till", "through", "the", "a", "an", "in", "on",
		"at", "for", "with", "was", "were", "is", "are", "had", "has", "have", "he", "she", "they",
		"it", "we", "i", "there", "during", "amid", "under", "by", "from", "of", "since", "then",
		"his", "her", "their", "its", "this", "these", "those", "not", "also", "alone", "onward",
		"onwards", "itself"} {
		add(w, dateWord{flags: dfYearFollow})
	}
	for _, w := range []string{"gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt",
		"et", "pt", "ist", "msk", "hrs", "hours", "h", "local", "zulu"} {
		add(w, dateWord{flags: dfClockWord})
	}
	for _, w := range []string{"total", "sum", "average", "maximum", "minimum", "number", "toll",
		"figure", "count", "estimate", "estimated", "out", "tally", "crowd", "population",
		"capacity", "height", "depth", "altitude", "distance", "price", "cost", "value", "rate",
		"budget", "fine", "salary", "reward", "bail", "ransom", "loan", "score", "group", "force",
		"fleet", "army", "convoy", "list", "some", "all", "each", "none", "one", "any"} {
		add(w, dateWord{flags: dfCountWord})
	}
	for _, w := range []string{"this", "that", "every", "each", "following", "previous",
		"coming", "a", "one", "the", "same", "another", "any", "some", "first", "second",
		"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next",
		"super", "black", "good", "ash", "holy", "easter", "palm", "bloody", "cyber", "maundy",
		"shrove", "whit", "low", "plough", "fat", "giving", "trinity", "mothering"} {
		add(w, dateWord{flags: dfWeekdayBlock})
	}
	for _, w := range []string{"on", "since", "by", "until", "till", "from", "before", "after",
		"and", "or", "but", "late", "early", "through", "as", "of", "then", "since", "until",
		"overnight", "starting", "beginning", "ending", "between", "to", "that", "when", "while",
		"for", "at", "last", "next"} {
		add(w, dateWord{flags: dfWeekdayCue})
	}
	for _, w := range []string{"times", "telegraph", "mirror", "express", "post", "herald",
		"independent", "school", "service", "mass", "night", "club", "morning", "mail", "sport",
		"people", "star", "tribune", "observer", "sun", "league", "market", "group", "show"} {
		add(w, dateWord{flags: dfProperAfter})
	}
	return m
}()

// dateWordShapes has bit n of entry c set when some word of dateWords
// starts with 'a'+c and is n bytes long: a cheap test that skips the map
// lookup for most words of running text.
var dateWordShapes = func() (shapes [26]uint16) {
	for w := range dateWords {
		shapes[w[0]-'a'] |= 1 << len(w)
	}
	return shapes
}()

// ---- matching -------------------------------------------------------------

func (s *dateScanner) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == dtWord
}
func (s *dateScanner) isNum(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == dtNum }
func (s *dateScanner) isPunct(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == dtPunct
}

func (s *dateScanner) key(i int, k dateKey) bool {
	return s.isWord(i) && s.toks[i].info.key == k
}

func (s *dateScanner) flag(i int, f uint16) bool {
	return s.isWord(i) && s.toks[i].info.flags&f != 0
}

func (s *dateScanner) punct(i int, r rune) bool {
	return s.isPunct(i) && s.toks[i].r == r
}

// adj reports whether tokens i and j touch with no space between them.
func (s *dateScanner) adj(i, j int) bool {
	return i >= 0 && j < len(s.toks) && i < j && s.toks[i].end == s.toks[j].start
}

func dateIsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

func (s *dateScanner) dash(i int) bool {
	return s.isPunct(i) && dateIsDash(s.toks[i].r)
}

// plainNumber reports whether the digit run at i stands alone rather than
// being part of "1,200", "3.5", "10:30", "$2025", "19/01" or "50%".
func (s *dateScanner) plainNumber(i int) bool {
	if p := i - 1; s.isPunct(p) && s.adj(p, i) {
		switch r := s.toks[p].r; {
		case r == '$' || r == '£' || r == '€' || r == '#' || r == '/' || r == '¥' || r == '+':
			return false
		case r == '.' || r == ',' || r == ':' || dateIsDash(r):
			if s.isNum(p-1) && s.adj(p-1, p) && !s.inRange {
				return false
			}
		}
	}
	if n := i + 1; s.isPunct(n) && s.adj(i, n) {
		switch s.toks[n].r {
		case '%', '/':
			return false
		case '.', ',', ':':
			if s.isNum(n+1) && s.adj(n, n+1) {
				return false
			}
		}
	}
	return true
}

// yearAt reads a four-digit year at i.
func (s *dateScanner) yearAt(i int, min int) (int, bool) {
	if !s.isNum(i) || s.toks[i].ndig != 4 || !s.plainNumber(i) {
		return 0, false
	}
	y := s.toks[i].num
	if y < min || y > 2199 {
		return 0, false
	}
	if n := i + 1; s.adj(i, n) {
		if s.isWord(n) || s.isNum(n) {
			return 0, false // "1990s", "2023rd"
		}
		if s.dash(n) && s.isNum(n+1) && s.adj(n, n+1) {
			return 0, false // "2023-24", an ISO date
		}
		if s.isPunct(n) && (s.toks[n].r == '\'' || s.toks[n].r == '’') && s.key(n+1, dkS) && s.adj(n, n+1) {
			return 0, false // "1990's"
		}
	}
	return y, true
}

// dayAt reads a day of the month at i: "7", "7th". It returns the token
// after it and whether an ordinal suffix was present.
func (s *dateScanner) dayAt(i int) (day, next int, suffix, ok bool) {
	if !s.isNum(i) || s.toks[i].ndig > 2 || s.toks[i].num < 1 || s.toks[i].num > 31 || !s.plainNumber(i) {
		return 0, 0, false, false
	}
	next = i + 1
	if s.adj(i, next) {
		switch {
		case s.key(next, dkSuffix):
			suffix = true
			next++
			if s.adj(next-1, next) && (s.isWord(next) || s.isNum(next)) {
				return 0, 0, false, false
			}
		case s.isWord(next) || s.isNum(next):
			return 0, 0, false, false // "7am", "3km"
		}
	}
	return s.toks[i].num, next, suffix, true
}

// ordinalWordAt reads "first" … "thirty-first" at i.
func (s *dateScanner) ordinalWordAt(i int) (int, int, bool) {
	if !s.isWord(i) {
		return 0, 0, false
	}
	w := s.toks[i].info
	if w.kind == dwOrdinal {
		return int(w.val), i + 1, true
	}
	if w.kind == dwTens && s.dash(i+1) && s.adj(i, i+1) && s.isWord(i+2) && s.adj(i+1, i+2) {
		u := s.toks[i+2].info
		if u.kind == dwOrdinal && u.val >= 1 && u.val <= 9 {
			v := int(w.val) + int(u.val)
			if v <= 31 {
				return v, i + 3, true
			}
		}
	}
	return 0, 0, false
}

// dateMonthTok describes a month name at a token index.
type dateMonthTok struct {
	month  time.Month
	abbrev bool
	upper  bool
	next   int // token after the name (and the period of an abbreviation)
	end    int // byte offset after the name (and its period)
}

func (s *dateScanner) monthAt(i int) (dateMonthTok, bool) {
	if !s.isWord(i) {
		return dateMonthTok{}, false
	}
	t := s.toks[i]
	switch t.info.kind {
	case dwMonth:
		return dateMonthTok{month: time.Month(t.info.val), upper: t.upper, next: i + 1, end: t.end}, true
	case dwMonthAbbr:
		mt := dateMonthTok{month: time.Month(t.info.val), abbrev: true, upper: t.upper, next: i + 1, end: t.end}
		if s.punct(i+1, '.') && s.adj(i, i+1) {
			mt.next, mt.end = i+2, s.toks[i+1].end
		}
		return mt, true
	}
	return dateMonthTok{}, false
}

// dateVerbMonth: month names that are common English words.
func dateVerbMonth(m time.Month) bool { return m == time.May || m == time.March }

// dateNameMonth: month names that are also given names.
func dateNameMonth(m time.Month) bool {
	return m == time.April || m == time.June || m == time.August
}

// withDay reports whether a month name may head or follow a day or year.
// Abbreviations and the verb-like months must be capitalised; whole-string
// parsing accepts any case.
func (s *dateScanner) monthWithDayOK(mt dateMonthTok) bool {
	if s.whole || mt.upper {
		return true
	}
	return !mt.abbrev && !dateVerbMonth(mt.month)
}

// matchAt tries every form that can start at token i.
func (s *dateScanner) matchAt(i int) (dateSpan, bool) {
	t := s.toks[i]
	switch t.kind {
	case dtWord:
		switch t.info.kind {
		case dwWeekday, dwWeekdayAbbr:
			return s.weekdayAt(i)
		case dwMonth, dwMonthAbbr:
			return s.monthFirstAt(i, false)
		}
		switch t.info.key {
		case dkThe:
			return s.theAt(i)
		case dkEarly, dkMid, dkLate:
			return s.partAt(i)
		case dkLast, dkNext, dkThis, dkYesterday, dkToday, dkTonight, dkTomorrow:
			return s.relativeAt(i)
		}
	case dtNum:
		if sp, ok := s.isoAt(i); ok {
			return sp, true
		}
		if sp, ok := s.dayFirstAt(i, false); ok {
			return sp, true
		}
		if sp, ok := s.decadeAt(i); ok {
			return sp, true
		}
		return s.bareYearAt(i)
	}
	return dateSpan{}, false
}

// coreDayAt reads a date that names a single day (for use after a weekday).
func (s *dateScanner) coreDayAt(i int) (dateSpan, bool) {
	if i >= len(s.toks) {
		return dateSpan{}, false
	}
	var sp dateSpan
	var ok bool
	switch {
	case s.isNum(i):
		sp, ok = s.dayFirstAt(i, true)
	case s.key(i, dkThe):
		sp, ok = s.theOrdinalOfAt(i)
	default:
		sp, ok = s.monthFirstAt(i, true)
	}
	if !ok || sp.day1 == 0 || sp.day1 != sp.day2 {
		return dateSpan{}, false
	}
	return sp, true
}

// yearAfter reads an optional ", 2023" / " 2023" at i. Years before 1600
// are not taken: "October 7, 1200 militants" is a count after a date.
func (s *dateScanner) yearAfter(i int) (year, next int, ok bool) {
	j := i
	if s.punct(j, ',') {
		j++
	}
	if y, ok := s.yearAt(j, 1600); ok {
		return y, j + 1, true
	}
	return 0, i, false
}

// dayRangeAfter reads "-5" after a day: "March 3-5", "3–5 March".
func (s *dateScanner) dayRangeAfter(i, first int) (last, next int) {
	if !s.dash(i) {
		return first, i
	}
	s.inRange = true
	d, n, _, ok := s.dayAt(i + 1)
	s.inRange = false
	if ok && d > first {
		return d, n
	}
	return first, i
}

// monthFirstAt: "October 7", "Oct. 7, 2023", "October 7th", "March 3-5",
// "January 2025", and a month name alone when its context allows.
func (s *dateScanner) monthFirstAt(i int, needDay bool) (dateSpan, bool) {
	mt, ok := s.monthAt(i)
	if !ok {
		return dateSpan{}, false
	}
	sp := dateSpan{start: s.toks[i].start, month: mt.month}
	if d, n, _, ok := s.dayAt(mt.next); ok && s.monthWithDayOK(mt) {
		last, n := s.dayRangeAfter(n, d)
		sp.day1, sp.day2, sp.prec = d, last, PrecisionDay
		sp.end, sp.next = s.toks[n-1].end, n
		if y, n2, ok := s.yearAfter(n); ok {
			sp.year, sp.yearStated = y, true
			sp.end, sp.next = s.toks[n2-1].end, n2
		}
		if last > dateDaysIn(mt.month, sp.year) {
			return dateSpan{}, false
		}
		return sp, true
	}
	if needDay {
		return dateSpan{}, false
	}
	if y, n, ok := s.yearAfter(mt.next); ok && s.monthWithDayOK(mt) {
		sp.year, sp.yearStated, sp.prec = y, true, PrecisionMonth
		sp.end, sp.next = s.toks[n-1].end, n
		return sp, true
	}
	if !s.monthAloneOK(i, mt) {
		return dateSpan{}, false
	}
	// A bare month's mention ends at the name, not at an abbreviation's
	// period that may also end the sentence.
	sp.prec, sp.end, sp.next = PrecisionMonth, s.toks[i].end, i+1
	return sp, true
}

// monthAloneOK decides whether a month name with no day or year next to it
// is a date here.
func (s *dateScanner) monthAloneOK(i int, mt dateMonthTok) bool {
	if s.whole {
		return true
	}
	if mt.abbrev {
		return false
	}
	cue := s.flag(i-1, dfMonthCue)
	if !mt.upper {
		return cue && !dateVerbMonth(mt.month)
	}
	if (dateVerbMonth(mt.month) || dateNameMonth(mt.month)) && !cue {
		return false
	}
	// Proper names: "Black September", "the October War".
	if p := i - 1; s.isWord(p) && s.toks[p].upper && !cue && !s.key(p, dkThe) {
		return false
	}
	if n := i + 1; s.isWord(n) && s.toks[n].upper && s.toks[n].info.kind == dwNone {
		return false
	}
	return true
}

// dayFirstAt: "7 October 2023", "7th October", "7th of October", "3-5 March".
func (s *dateScanner) dayFirstAt(i int, needSingle bool) (dateSpan, bool) {
	d, n, suffix, ok := s.dayAt(i)
	if !ok {
		return dateSpan{}, false
	}
	last, n := s.dayRangeAfter(n, d)
	if needSingle && last != d {
		return dateSpan{}, false
	}
	if suffix && last == d && s.key(n, dkOf) {
		n++
	}
	mt, ok := s.monthAt(n)
	if !ok || !s.monthWithDayOK(mt) {
		return dateSpan{}, false
	}
	sp := dateSpan{start: s.toks[i].start, month: mt.month, day1: d, day2: last, prec: PrecisionDay}
	sp.end, sp.next = mt.end, mt.next
	if y, n2, ok := s.yearAfter(mt.next); ok {
		sp.year, sp.yearStated = y, true
		sp.end, sp.next = s.toks[n2-1].end, n2
	} else if mt.abbrev && mt.next > n+1 {
		// "7 Oct." at the end of a sentence: keep the period out.
		sp.end, sp.next = s.toks[n].end, n+1
	}
	if last > dateDaysIn(mt.month, sp.year) {
		return dateSpan{}, false
	}
	return sp, true
}

// theAt: "the 7th of October", "the first of June", "the first week of
// June", "the end of May", "the beginning of 2025".
func (s *dateScanner) theAt(i int) (dateSpan, bool) {
	if sp, ok := s.theOrdinalOfAt(i); ok {
		return sp, true
	}
	j := i + 1
	var part datePart
	switch {
	case s.key(j, dkEnd):
		part = datePartLate
	case s.key(j, dkStart):
		part = datePartEarly
	case s.key(j, dkMiddle):
		part = datePartMid
	case s.key(j, dkLast) && s.key(j+1, dkWeek):
		part = datePartLastWeek
		j++
	default:
		if v, n, ok := s.ordinalWordAt(j); ok && v <= 4 && s.key(n, dkWeek) {
			part = datePartWeek1 + datePart(v-1)
			j = n
		} else {
			return dateSpan{}, false
		}
	}
	if !s.key(j+1, dkOf) {
		return dateSpan{}, false
	}
	sp, ok := s.monthOrYearAt(j+2, part)
	if !ok {
		return dateSpan{}, false
	}
	sp.start = s.toks[i].start
	return sp, true
}

// theOrdinalOfAt: "the 7th of October 2023", "the twenty-first of June".
func (s *dateScanner) theOrdinalOfAt(i int) (dateSpan, bool) {
	if !s.key(i, dkThe) {
		return dateSpan{}, false
	}
	d, n, suffix, ok := s.dayAt(i + 1)
	if !ok || !suffix {
		d, n, ok = s.ordinalWordAt(i + 1)
		if !ok {
			return dateSpan{}, false
		}
	}
	if !s.key(n, dkOf) {
		return dateSpan{}, false
	}
	mt, ok := s.monthAt(n + 1)
	if !ok || !s.monthWithDayOK(mt) {
		return dateSpan{}, false
	}
	sp := dateSpan{start: s.toks[i].start, month: mt.month, day1: d, day2: d, prec: PrecisionDay}
	sp.end, sp.next = mt.end, mt.next
	if y, n2, ok := s.yearAfter(mt.next); ok {
		sp.year, sp.yearStated = y, true
		sp.end, sp.next = s.toks[n2-1].end, n2
	} else if mt.abbrev && mt.next > n+2 {
		sp.end, sp.next = s.toks[n+1].end, n+2
	}
	if d > dateDaysIn(mt.month, sp.year) {
		return dateSpan{}, false
	}
	return sp, true
}

// monthOrYearAt reads the month (with optional year) or the year that a
// part-of word ("early", "the end of", "the first week of") narrows.
func (s *dateScanner) monthOrYearAt(i int, part datePart) (dateSpan, bool) {
	if mt, ok := s.monthAt(i); ok && !mt.abbrev && (mt.upper || s.whole || !dateVerbMonth(mt.month)) {
		sp := dateSpan{month: mt.month, part: part, prec: PrecisionMonth, end: mt.end, next: mt.next}
		if y, n, ok := s.yearAfter(mt.next); ok {
			sp.year, sp.yearStated = y, true
			sp.end, sp.next = s.toks[n-1].end, n
		}
		return sp, true
	}
	if part > datePartLate {
		return dateSpan{}, false // "the first week of 2025" is not a form news uses
	}
	if y, ok := s.yearAt(i, 1000); ok {
		return dateSpan{year: y, yearStated: true, part: part, prec: PrecisionYear,
			end: s.toks[i].end, next: i + 1}, true
	}
	return dateSpan{}, false
}

// partAt: "early February", "mid-March", "late May 2025", "early 2025".
func (s *dateScanner) partAt(i int) (dateSpan, bool) {
	var part datePart
	switch s.toks[i].info.key {
	case dkEarly:
		part = datePartEarly
	case dkMid:
		part = datePartMid
	default:
		part = datePartLate
	}
	j := i + 1
	if s.dash(j) && s.adj(i, j) {
		j++
	}
	if sp, ok := s.decadeAt(j); ok {
		// "the early 1990s" is 1990..1993, "mid-1990s" 1993..1996, "late
		// 1990s" 1996..1999 (a decade's thirds, overlapping at the joins).
		sp.start, sp.part = s.toks[i].start, part
		return sp, true
	}
	sp, ok := s.monthOrYearAt(j, part)
	if !ok {
		return dateSpan{}, false
	}
	sp.start = s.toks[i].start
	return sp, true
}

// weekdayAt: "Tuesday, March 3", "Fri. July 10", "Tuesday, 3 March 2026",
// or a bare weekday resolved against ref.
func (s *dateScanner) weekdayAt(i int) (dateSpan, bool) {
	t := s.toks[i]
	if !t.upper && !s.whole {
		return dateSpan{}, false
	}
	wd := time.Weekday(t.info.val)
	j := i + 1
	if t.info.kind == dwWeekdayAbbr && s.punct(j, '.') && s.adj(i, j) {
		j++
	}
	if s.punct(j, ',') {
		j++
	}
	if sp, ok := s.coreDayAt(j); ok {
		sp.start = t.start
		sp.weekday, sp.hasWeekday = wd, true
		return sp, true
	}
	if t.info.kind == dwWeekdayAbbr {
		return dateSpan{}, false
	}
	if !s.whole {
		if s.flag(i-1, dfWeekdayBlock) {
			return dateSpan{}, false
		}
		if p := i - 1; s.isWord(p) && s.toks[p].upper && !s.flag(p, dfWeekdayCue) {
			return dateSpan{}, false // "Bloody Sunday", "Super Tuesday"
		}
		if n := i + 1; s.isWord(n) && s.toks[n].upper && s.flag(n, dfProperAfter) {
			return dateSpan{}, false // "Sunday Times"
		}
	}
	return dateSpan{start: t.start, end: t.end, next: i + 1, prec: PrecisionDay,
		weekday: wd, hasWeekday: true, relative: true, relWeekday: dateOnOrBeforeRef}, true
}

// relativeAt: "yesterday", "today", "tonight", "tomorrow", "this morning",
// "last night", "last Tuesday", "next Friday".
func (s *dateScanner) relativeAt(i int) (dateSpan, bool) {
	t := s.toks[i]
	sp := dateSpan{start: t.start, end: t.end, next: i + 1, prec: PrecisionDay, relative: true}
	switch t.info.key {
	case dkYesterday:
		sp.relDays = -1
	case dkToday, dkTonight:
	case dkTomorrow:
		sp.relDays = 1
	case dkThis:
		if !s.key(i+1, dkPartOfDay) && !s.key(i+1, dkNight) {
			return dateSpan{}, false
		}
		sp.end, sp.next = s.toks[i+1].end, i+2
	case dkLast, dkNext:
		n := i + 1
		if t.info.key == dkLast && s.key(n, dkNight) {
			sp.relDays = -1
			sp.end, sp.next = s.toks[n].end, n+1
			break
		}
		if !s.isWord(n) || s.toks[n].info.kind != dwWeekday || (!s.toks[n].upper && !s.whole) {
			return dateSpan{}, false
		}
		sp.weekday, sp.hasWeekday = time.Weekday(s.toks[n].info.val), true
		sp.relWeekday = dateBeforeRef
		if t.info.key == dkNext {
			sp.relWeekday = dateAfterRef
		}
		sp.end, sp.next = s.toks[n].end, n+1
	default:
		return dateSpan{}, false
	}
	return sp, true
}

// isoAt: "2025-01-19".
func (s *dateScanner) isoAt(i int) (dateSpan, bool) {
	if !s.isNum(i) || s.toks[i].ndig != 4 || !s.punct(i+1, '-') || !s.punct(i+3, '-') ||
		!s.isNum(i+2) || !s.isNum(i+4) || s.toks[i+2].ndig != 2 || s.toks[i+4].ndig != 2 {
		return dateSpan{}, false
	}
	for k := i; k < i+4; k++ {
		if !s.adj(k, k+1) {
			return dateSpan{}, false
		}
	}
	if p := i - 1; s.adj(p, i) && (s.isNum(p) || s.isWord(p) || s.dash(p) || s.punct(p, '.')) {
		return dateSpan{}, false
	}
	if n := i + 5; s.adj(i+4, n) && (s.isNum(n) || s.dash(n) || (s.punct(n, '.') && s.isNum(n+1))) {
		return dateSpan{}, false
	}
	y, m, d := s.toks[i].num, s.toks[i+2].num, s.toks[i+4].num
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > dateDaysIn(time.Month(m), y) {
		return dateSpan{}, false
	}
	return dateSpan{start: s.toks[i].start, end: s.toks[i+4].end, next: i + 5,
		year: y, yearStated: true, month: time.Month(m), day1: d, day2: d, prec: PrecisionDay}, true
}

// decadeAt: "1990s", "1990's".
func (s *dateScanner) decadeAt(i int) (dateSpan, bool) {
	if !s.isNum(i) {
		return dateSpan{}, false
	}
	t := s.toks[i]
	if t.ndig != 4 || t.num%10 != 0 || t.num < 1000 || t.num > 2190 || !s.plainNumber(i) {
		return dateSpan{}, false
	}
	n := i + 1
	if s.isPunct(n) && (s.toks[n].r == '\'' || s.toks[n].r == '’') && s.adj(i, n) {
		n++
	}
	if !s.key(n, dkS) || !s.adj(n-1, n) {
		return dateSpan{}, false
	}
	if s.adj(n, n+1) && (s.isWord(n+1) || s.isNum(n+1)) {
		return dateSpan{}, false
	}
	return dateSpan{start: t.start, end: s.toks[n].end, next: n + 1, year: t.num,
		yearStated: true, decade: true, prec: PrecisionYear}, true
}

// bareYearAt: "in 1978", "since 1997", "between 1990 and 1995".
func (s *dateScanner) bareYearAt(i int) (dateSpan, bool) {
	min := 1700
	if s.whole {
		min = 1000
	}
	y, ok := s.yearAt(i, min)
	if !ok {
		return dateSpan{}, false
	}
	if !s.whole {
		p := i - 1
		switch {
		case s.flag(p, dfYearPrep):
			if s.key(p, dkOf) && s.flag(p-1, dfCountWord) {
				return dateSpan{}, false
			}
		case (s.key(p, dkAnd) && s.key(p-2, dkBetween)) || (s.key(p, dkTo) && s.key(p-2, dkFrom)):
			if _, ok := s.yearAt(p-1, min); !ok {
				return dateSpan{}, false
			}
		default:
			return dateSpan{}, false
		}
		if n := i + 1; s.isWord(n) {
			if s.flag(n, dfClockWord) {
				return dateSpan{}, false
			}
			if !s.toks[n].upper && !s.flag(n, dfYearFollow) {
				return dateSpan{}, false // "by 2000 people"
			}
		}
	}
	return dateSpan{start: s.toks[i].start, end: s.toks[i].end, next: i + 1, year: y,
		yearStated: true, prec: PrecisionYear}, true
}
