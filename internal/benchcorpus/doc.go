// Package benchcorpus generates a deterministic corpus of dated wire-copy articles on running
// stories, with contradictions planted at a chosen rate, for benchmarks of the checker.
//
// Each story (an earthquake, a dam failure, a ferry sinking, an election, a trial, a wildfire,
// ceasefire talks) has its own fictional people and places, built from syllables so that no two
// stories share a surname or a place name, and its own figures: death tolls and other running
// totals that rise from day to day, durations of named things, event dates with their weekdays,
// sums of money, ages, lengths and construction years. Articles are assembled from templates
// with varied wording and padded with background paragraphs that carry few figures.
//
// A planted contradiction changes one fact of one article: a death toll lower than the first
// day's, a construction year, a surname with one letter changed, "Deputy" before a minister's
// title, or the length of a named duration. Everything else in that article agrees with the
// story. The first article of each story states every fact a plant can change and is never
// planted, so each plant contradicts it. A plant draws its own wrong value, but values can
// repeat within a story (a Deputy title always does), and the checker reports one finding per
// pair of values, so there may be fewer findings than Stats.Planted.
//
// The output depends only on the Config: the same seed gives the same bytes on every platform.
// No floating-point arithmetic or platform-sized integers touch the random stream, and the
// contradiction rate only decides which articles are altered: the articles it does not alter
// are byte for byte those of a corpus generated with a rate of zero.
//
// Subjects such as "people killed" are not tied to a story's places, so the checker is meant
// to be run on one story folder at a time.
package benchcorpus
