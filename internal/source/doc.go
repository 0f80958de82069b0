// Package source turns what the user points Parallax at (files, folders,
// gzip files, JSON Lines records, standard input) into news.Documents, one at
// a time.
//
// Input: paths as the user gave them. Output: a stream of Documents decoded
// to UTF-8, and for every input that cannot be read an *InputError naming it
// and the reason (one of the sentinel errors below, wrapped). The stream never
// stops at a bad input, never holds more than one input's content in memory,
// and never reads more than Config.MaxBytes of any one input.
package source
