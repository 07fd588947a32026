// Package normalize turns the text of a mention into a comparable value:
// numbers, intervals, units, dates and canonical names.
//
// Everything here is a pure function of its arguments: no I/O, no global
// state that changes, and no knowledge of files or articles. Offsets that
// functions return are byte offsets into the string they were given, so
// callers can map them back to lines and columns of the source.
package normalize
