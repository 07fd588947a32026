package ruleset

// Change says how a measure's true value may move over the course of a story.
type Change string

const (
	// Cumulative figures may rise between dated articles but never fall (death tolls).
	Cumulative Change = "cumulative"
	// Static figures never change (a ferry's capacity).
	Static Change = "static"
	// Varying figures are compared only at one point in time (people still missing).
	Varying Change = "varying"
)

// Source says where a rule was written, for error messages.
type Source struct {
	Path string
	Line int
}

// Measure is a quantity of people, named by the phrases near a number.
type Measure struct {
	Name    string
	Label   string
	Change  Change
	Phrases []string
	// ByEntity measures are counted per named body (seats or votes per party): the name in
	// the clause becomes part of the subject.
	ByEntity bool
	Source   Source
}

// Thing is a named thing a duration or an amount of money can belong to.
type Thing struct {
	Name  string
	Label string
	Words []string
	// PerPerson things belong to one person each (a sentence, a fine): the person named with
	// the figure becomes part of the subject.
	PerPerson bool
	// UntilEvent things are the time from a moment to an event ("32 seconds after take-off"
	// the plane went down): a figure is read as one only when its clause names an event, since
	// "contact was lost a minute after take-off" times something else.
	UntilEvent bool
	Source     Source
}

// Dimension is a direction a length can be measured in (height, length, depth, width).
type Dimension struct {
	Name   string
	Words  []string
	Source Source
}

// Event is a kind of happening whose date can be stated, named by its verbs.
type Event struct {
	Name  string
	Label string
	Verbs []string
	// Background events date a thing or a person, not the day of the story ("built in
	// 1968"): their dates do not place the figures of their sentence.
	Background bool
	// Subjects, when set, are the only nouns the event is told of ("a court ruled"): the verbs
	// are too common to date anything else.
	Subjects []string
	Source   Source
}

// Exclusive is a set of title words of which one person holds at most one at a time, within
// titles whose head is one of Heads ("*" for any head). The empty word stands for "none of the
// others".
type Exclusive struct {
	Heads  []string
	Words  []string
	Source Source
}

// Titles describes how titles are written.
type Titles struct {
	// NotHolders are offices whose holders hand out sentences and fines rather than receive
	// them (a judge): they are never the person a sentence or fine belongs to.
	NotHolders []string
	Heads      []string
	Honorifics []string
	Modifiers  []string
	Former     []string
	Exclusive  []Exclusive
}

// Names holds the tables for telling people apart.
type Names struct {
	Nicknames [][]string
	Kinship   []string
	// Decades maps a word for a person's age by decade ("octogenarian") to the decade's first
	// year of age (80).
	Decades map[string]int
}

// Party is a country or body and the forms that name it.
type Party struct {
	Name   string
	Forms  []string
	Source Source
}

// Markers are words that change what a figure means.
type Markers struct {
	Partitive  []string
	Increment  []string
	Proposal   []string
	Cumulative []string
	Period     []string
	NotCount   []string
	Repeatable []string
	Above      []string
	// Revision words say an official changed a figure and why ("revised down to 42").
	Revision []string
	// Comparison words bring in another event to measure this one by ("the worst since").
	Comparison []string
	// Anaphora are place words that point back rather than name ("the state"): a population
	// given so is not known.
	Anaphora []string
	// Subpopulation phrases mark off part of an event's people ("on the ground").
	Subpopulation []string
	// Shared words make a figure several people's together ("combined").
	Shared []string
	// Incidents are things within a story with tolls of their own ("an air strike").
	Incidents []string
}

// markerList is one list of marker words: its key in the rule file, the category its phrases
// are matched as, and where the words are kept.
type markerList struct {
	key   string
	cat   Category
	words *[]string
}

// lists names every marker list once, for the parser, the merge and the compiler alike.
func (m *Markers) lists() []markerList {
	return []markerList{
		{"partitive", CatPartitive, &m.Partitive},
		{"increment", CatIncrement, &m.Increment},
		{"proposal", CatProposal, &m.Proposal},
		{"cumulative", CatCumulative, &m.Cumulative},
		{"period", CatPeriod, &m.Period},
		{"not_count", CatNotCount, &m.NotCount},
		{"repeatable", CatRepeatable, &m.Repeatable},
		{"above", CatAbove, &m.Above},
		{"revision", CatRevision, &m.Revision},
		{"comparison", CatComparison, &m.Comparison},
		{"anaphora", CatAnaphora, &m.Anaphora},
		{"subpopulation", CatSubpopulation, &m.Subpopulation},
		{"shared", CatShared, &m.Shared},
		{"incidents", CatIncident, &m.Incidents},
	}
}

// Rules is a merged rule pack, before compilation.
type Rules struct {
	Kinds         []string
	Synonyms      [][]string
	Measures      []Measure
	GenericGroups []string
	Durations     []Thing
	Percentages   []Thing
	Money         []Thing
	Dimensions    []Dimension
	Events        []Event
	Titles        Titles
	Names         Names
	Parties       []Party
	Markers       Markers
}
