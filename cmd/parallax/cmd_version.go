package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module's build information is used.
var version = ""

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "version")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	v := version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok {
			if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
				v = bi.Main.Version
			}
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" && len(s.Value) >= 12 {
					v += " " + s.Value[:12]
				}
			}
		}
	}
	_, err := fmt.Fprintf(e.stdout, "parallax %s\n", v)
	return err
}
