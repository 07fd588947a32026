// Package segment splits article text into sentences, keeping byte offsets.
//
// Sentence boundaries come from the Unicode sentence rules (UAX #29), then
// news-copy corrections are applied: a break after a title, an initial, a
// month or another common abbreviation ("Dr. Smith", "Oct. 7", "U.S. Army",
// "J. R. Smith") is undone, and so is a break before a word in lower case
// ("\"Stop!\" she said."). Line breaks carry meaning in articles: a blank
// line always ends a sentence, a single line break ends one unless the line
// is soft-wrapped prose, and a line without closing punctuation above a
// capitalised line or a blank line (a headline) is a sentence of its own.
package segment
