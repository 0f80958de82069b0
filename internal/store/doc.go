// Package store keeps documents and articles in a SQL database: SQLite
// (modernc.org/sqlite, pure Go, the embedded default) now, and PostgreSQL
// through the same code later. SQL is kept to the subset both dialects share;
// the few differences (column types, placeholders) live in dialect.go.
//
// Invariants: a document's content is stored once, whatever path or record it
// came from (its key is a hash of its kind and decoded bytes); a document and
// its article are stored in one transaction, so a failure leaves neither.
package store
