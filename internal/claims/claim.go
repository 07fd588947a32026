package claims

import (
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// Kind is the sort of value a claim states.
type Kind string

// The kinds of claim.
const (
	KindCount    Kind = "count"
	KindDuration Kind = "duration"
	KindDate     Kind = "date"
	KindWeekday  Kind = "weekday"
	KindMoney    Kind = "money"
	KindAge      Kind = "age"
	KindLength   Kind = "length"
	KindPercent  Kind = "percent"
	KindName     Kind = "name"
	KindTitle    Kind = "title"
)

// Unknown is the value of a facet the sentence shows but does not resolve ("he"); claims with
// it are not compared.
const Unknown = "?"

// Facet is an optional part of a subject that the sentence may or may not state, such as whose
// proposal a ceasefire length belongs to. Claims that state different values of a facet are about
// different things; a claim that states none is about the only one the story names, if it names
// just one.
type Facet struct {
	Name  string
	Value string
}

// Claim is one statement of a value about a subject, with where it stands.
type Claim struct {
	Path   string // as given by the user
	Line   int    // 1-based, in the file as stored
	Column int    // 1-based, in characters
	Text   string // the mention as it stands in the text
	Quote  string // the sentence the mention stands in

	Kind    Kind
	Subject string // the key claims are grouped by: kind, measure and scope
	Label   string // the subject for a person to read
	Facets  []Facet

	// Value is the figure: a count, seconds, metres, an amount of Unit, years of age, or for
	// dates the day number (days since 1970-01-01) of the first and last day covered.
	Value   normalize.Interval
	Unit    string
	Display string // the normalized value for a person to read

	// AsOf is the day the figure speaks for: the day the text gives, else the article's date.
	AsOf  normalize.Day
	Dated bool // AsOf is known
	// Change says how the true value may move over time.
	Change ruleset.Change
	// Timeless claims are compared whatever the dates of their articles (weekdays of a date).
	Timeless bool
	// Implied is set on a value the text implies rather than states (the weekday a date falls
	// on); findings show a stated value in preference.
	Implied bool
	// Revised is set when the sentence explains the figure as a revision ("lowered to 42
	// after double-counting was found"): a fall to it between articles is not a contradiction.
	Revised bool
	// Headline is set on claims of the front-matter title; findings show a claim of the body
	// in preference, where the figure is stated in full.
	Headline bool

	// Person is set on name, title and age claims about a person.
	Person *Person

	// Story names the story the claim's article belongs to (set when articles are grouped into
	// stories): claims of different stories are never compared.
	Story string
}

// Person is a person as one mention names them.
type Person struct {
	Name    string   // as written, cleaned ("Khalil Al-Hayya")
	Key     string   // folded full name ("khalil al-hayya")
	Given   []string // folded given names
	Surname string   // folded surname with particles ("al-hayya")
	Core    string   // surname without particles ("hayya")
	Title   *Title   // the title this mention gives, if any
	Parties []string // parties named in the person's titles in this article ("US")
	// Kin is set when the article speaks of this surname's family: two people sharing it are
	// then likely relatives, not a misspelling.
	Kin bool
}

// Title is a title or role as written before or beside a name.
type Title struct {
	Text   string   // as written: "Deputy Transport Minister"
	Words  []string // folded words
	Head   string   // the head noun from the rule pack: "minister"
	Former bool     // "former", "ex-": not a current office
	Party  string   // a party named in the title ("US" for "U.S. envoy")
	// Formal is set on a title written before the name ("Fire Chief Dale Whitcombe"): an
	// apposition ("Whitcombe, the chief leading the fight") may leave out a rank word.
	Formal bool
}
