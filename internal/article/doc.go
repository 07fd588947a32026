// Package article reads news articles from disk — plain text, Markdown with
// YAML front matter, and HTML — into text whose every byte maps back to a line
// and column of the file.
//
// Plain text and Markdown keep the byte offsets of the file: Markdown markup
// and front matter are overwritten with spaces of the same length, so a claim
// found at offset n of Article.Text sits at offset n of the file (after an
// optional byte order mark). HTML text is rebuilt from the visible text nodes,
// and a table of text ranges to file offsets keeps Position exact for plain
// characters; a decoded entity maps to the start of the entity.
//
// Every exported function is total: malformed input yields an *Error, never a
// panic.
package article
