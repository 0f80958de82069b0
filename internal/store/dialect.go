package store

import (
	"strconv"
	"strings"
)

// dialect holds what differs between the SQL databases Parallax runs on.
type dialect struct {
	name string
	// idType is the column type of an auto-incremented primary key.
	idType string
	// blobType is the column type of raw bytes.
	blobType string
	// dollar says placeholders are $1, $2 … rather than ?.
	dollar bool
}

var sqliteDialect = dialect{name: "sqlite", idType: "INTEGER PRIMARY KEY", blobType: "BLOB"}

// rebind rewrites ? placeholders for dialects that number them. Queries are
// written with ? and no literal question marks.
func (d dialect) rebind(q string) string {
	if !d.dollar {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// schema fills the dialect's types into a schema statement.
func (d dialect) schema(q string) string {
	return strings.NewReplacer("{{ID}}", d.idType, "{{BLOB}}", d.blobType).Replace(q)
}
