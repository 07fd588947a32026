// Package suppress reads the comments with which an editor silences crosscheck findings
// inside an article, and answers whether a claim on a given line is silenced.
//
// Three comments are understood, in Markdown, plain text and HTML files alike, on the raw
// lines of the file, in any letter case and with any spacing inside the comment:
//
//	<!-- crosscheck-ignore -->
//	<!-- crosscheck-ignore people killed, date -->
//	<!-- crosscheck off --> … <!-- crosscheck on -->
//
// crosscheck-ignore on a line of its own silences the next paragraph: the non-blank lines
// that follow it (after any blank lines) up to the next blank line. When the comment shares
// its line with text, it silences that line's paragraph instead. Markup alone (tags, other
// comments, list bullets, quote marks) is not text for this purpose. Words after
// crosscheck-ignore narrow it to findings whose kind is one of the comma-separated words
// (count, date, name, …) or whose subject contains one of them, ignoring case.
//
// crosscheck off silences every line from the comment to the next crosscheck on, or to the
// end of the file when none follows. On the lines that hold the comments, only the text after
// off and before on is silenced.
//
// A comment must open and close on one line; anything else that looks almost like one (a
// misspelt keyword, a missing "-->") has no effect.
package suppress
