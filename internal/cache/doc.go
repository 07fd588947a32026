// Package cache keeps the claims extracted from article files on disk, so that checking drafts
// against a large archive a second time re-reads nothing in the archive that has not changed.
//
// An entry is keyed by the file's content hash and by everything its claims depend on: the path
// the claims carry, the compiled rule set, the story's day (kept in the key, empty since undated articles are not
// placed in time) and the
// program's version. A change to any of them, or to the layout of the cached types, looks up a
// different entry, so a stale entry is never returned. A second, stat-level index maps a path,
// size and modification time to the content hash and date, so that an unchanged file need not
// even be read; a file modified within a few seconds of being remembered is not trusted, because
// a second change within the file system's timestamp granularity would go unseen.
//
// Each entry is one file, written to a temporary file in the same folder and renamed
// into place, so that readers in any goroutine or process see whole files only. A file starts
// with a magic line, holds a gob payload that repeats the full key, and ends with a SHA-256 of
// all that precedes it. Anything absent, truncated, corrupt, foreign or written for another key
// is a miss, never an error: the caller then extracts afresh and puts the entry back. Entries
// are not synced to disk: one a crash cut short fails its checksum.
//
// Beside the entries, an archive index holds a whole corpus in one file, for checking drafts
// against it without touching the archive's files beyond a stat: the folders listed and their
// times, every file's size and time, each article's story, the articles bearing each name, and
// the claims in blocks by story and subject, read only when asked for. Every section and block
// carries a CRC-32C; a damaged index is a miss. Whether the archive is still as indexed is the
// caller's to decide (Archive.Trusted applies the same timestamp caution as the stat index).
package cache
