// Package baseline reads and writes the file of known contradictions that CI holds back, so that
// only new ones fail a run.
//
// A baseline entry is keyed by the finding's fingerprint, which holds no line or column: edits
// elsewhere in an article, reflowed text, renamed files and reordered arguments keep it, while a
// changed value or a new article repeating a known-wrong value makes a new finding. The file is
// JSON, sorted, one finding per entry, with the subject, both values and both quotes for a
// person to read in a diff. It is written atomically: a killed run never leaves half a file.
package baseline
