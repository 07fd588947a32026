// Package compare groups claims by subject, decides which of them cannot all be true, and builds
// a Finding for each disagreement, with both claims.
//
// Two claims disagree only when they are shown to be about the same thing at the same time:
// intervals that overlap agree ("more than 50,000" and "53,977"); a running total may rise
// between dated articles but not fall; a person's age may grow with the time between articles.
// Names and titles are compared person by person: one person written two ways, or given two
// titles that exclude each other.
package compare
