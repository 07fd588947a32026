// Package claims finds the claims an article makes — counts of people, durations, dates of
// events, money, ages, lengths, and people's names and titles — and gives each the subject it
// measures, so that claims about one subject can be compared.
//
// Extraction works sentence by sentence and clause by clause. A number becomes a claim only when
// the words around it, matched against the rule pack, say what it counts; anything the text does
// not tie to a subject is dropped, because a figure of unknown meaning cannot contradict another.
// The subject carries the scope the sentence gives the figure (the group of people, the day a
// count is about, whose proposal a duration belongs to), so that figures about different things
// are never compared.
package claims
