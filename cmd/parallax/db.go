package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/parallax-news/parallax/internal/store"
)

// dbOptions is the --db flag shared by the commands that use the database.
type dbOptions struct {
	path string
}

func (o *dbOptions) AddFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.path, "db", "", "SQLite database file (default: $PARALLAX_DB, else parallax/parallax.db in the user's data directory)")
}

// open opens the database the flags and environment name.
func (o *dbOptions) open(ctx context.Context, e *env) (*store.Store, string, error) {
	path := o.path
	if path == "" {
		path = e.getenv("PARALLAX_DB")
	}
	if path == "" {
		dir, err := dataDir(e.getenv)
		if err != nil {
			return nil, "", fmt.Errorf("no database given and %w; use --db FILE or PARALLAX_DB", err)
		}
		path = filepath.Join(dir, "parallax", "parallax.db")
	}
	s, err := store.OpenSQLite(ctx, path)
	return s, path, err
}

// dataDir is the user's data directory: $XDG_DATA_HOME, else
// ~/.local/share on Unix, ~/Library/Application Support on macOS and
// %LocalAppData% on Windows.
func dataDir(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return d, nil
	}
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return d, nil
		}
	case "darwin":
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
	}
	h := getenv("HOME")
	if h == "" {
		return "", fmt.Errorf("the home directory is not known")
	}
	return filepath.Join(h, ".local", "share"), nil
}
