package brief

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/news"
)

//go:embed brief.schema.json
var schemaJSON []byte

// jsonSchema is a minimal JSON Schema validator. It implements only the
// subset of draft 2020-12 that brief.schema.json uses:
//
//   - "type": a type name or an array of them ("object", "array", "string",
//     "number", "integer", "boolean", "null");
//   - "properties", "required" and "additionalProperties": false;
//   - "items" (one schema for every element) and "minItems";
//   - "enum" (JSON equality of decoded values);
//   - "$ref" to "#/$defs/<name>", applied alongside its sibling keywords;
//   - the annotations "$schema", "$id", "$defs", "title" and "description",
//     which do not constrain instances.
//
// Any other keyword makes the schema invalid (see check), so that the
// schema cannot silently rely on something this validator ignores.
type jsonSchema struct {
	root map[string]any
}

// knownKeywords are the keywords jsonSchema understands.
var knownKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "title": true, "description": true,
	"type": true, "properties": true, "required": true, "additionalProperties": true,
	"items": true, "minItems": true, "enum": true, "$ref": true,
}

var jsonTypes = map[string]bool{"object": true, "array": true, "string": true, "number": true,
	"integer": true, "boolean": true, "null": true}

func parseSchema(data []byte) (*jsonSchema, error) {
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	s := &jsonSchema{root: root}
	if errs := s.check(root, "#"); len(errs) > 0 {
		return nil, fmt.Errorf("invalid schema:\n%s", strings.Join(errs, "\n"))
	}
	return s, nil
}

// resolve follows a "#/$defs/<name>" reference.
func (s *jsonSchema) resolve(ref string) (map[string]any, error) {
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	if !ok || strings.Contains(name, "/") {
		return nil, fmt.Errorf("unsupported $ref %q", ref)
	}
	defs, _ := s.root["$defs"].(map[string]any)
	def, ok := defs[name].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("unresolved $ref %q", ref)
	}
	return def, nil
}

// typesOf returns the type names a "type" keyword allows.
func typesOf(t any) ([]string, bool) {
	switch t := t.(type) {
	case string:
		return []string{t}, true
	case []any:
		var out []string
		for _, x := range t {
			s, ok := x.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, len(out) > 0
	}
	return nil, false
}

// check reports where the schema node at path uses keywords outside the
// subset or uses them wrongly.
func (s *jsonSchema) check(node map[string]any, path string) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, a...)) }
	for k, v := range node {
		if !knownKeywords[k] {
			bad("unsupported keyword %q", k)
			continue
		}
		switch k {
		case "type":
			ts, ok := typesOf(v)
			if !ok {
				bad("type must be a name or a non-empty array of names")
			}
			for _, t := range ts {
				if !jsonTypes[t] {
					bad("unknown type %q", t)
				}
			}
		case "properties", "$defs":
			m, ok := v.(map[string]any)
			if !ok {
				bad("%s must be an object", k)
				continue
			}
			for name, sub := range m {
				subm, ok := sub.(map[string]any)
				if !ok {
					bad("%s/%s must be a schema object", k, name)
					continue
				}
				errs = append(errs, s.check(subm, path+"/"+k+"/"+name)...)
			}
		case "required":
			arr, ok := v.([]any)
			if !ok {
				bad("required must be an array")
				continue
			}
			props, _ := node["properties"].(map[string]any)
			for _, r := range arr {
				name, ok := r.(string)
				if !ok {
					bad("required entries must be strings")
				} else if _, ok := props[name]; !ok {
					bad("required %q is not a property", name)
				}
			}
		case "additionalProperties":
			if v != false {
				bad("only additionalProperties: false is supported")
			}
		case "items":
			m, ok := v.(map[string]any)
			if !ok {
				bad("items must be a schema object")
				continue
			}
			errs = append(errs, s.check(m, path+"/items")...)
		case "minItems":
			f, ok := v.(float64)
			if !ok || f < 0 || f != math.Trunc(f) {
				bad("minItems must be a non-negative integer")
			}
		case "enum":
			if arr, ok := v.([]any); !ok || len(arr) == 0 {
				bad("enum must be a non-empty array")
			}
		case "$ref":
			ref, ok := v.(string)
			if !ok {
				bad("$ref must be a string")
			} else if _, err := s.resolve(ref); err != nil {
				bad("%v", err)
			}
		case "$schema", "$id", "title", "description":
			if _, ok := v.(string); !ok {
				bad("%s must be a string", k)
			}
		}
	}
	return errs
}

// validate reports where the decoded JSON value v (as encoding/json
// decodes into any) does not match the schema node.
func (s *jsonSchema) validate(node map[string]any, v any, path string) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, a...)) }
	if ref, ok := node["$ref"].(string); ok {
		def, err := s.resolve(ref)
		if err != nil {
			bad("%v", err)
		} else {
			errs = append(errs, s.validate(def, v, path)...)
		}
	}
	if t, ok := node["type"]; ok {
		ts, _ := typesOf(t)
		if !slices.ContainsFunc(ts, func(t string) bool { return hasType(v, t) }) {
			bad("got %s, want type %v", jsonTypeName(v), t)
			return errs // the other keywords assume the type
		}
	}
	if enum, ok := node["enum"].([]any); ok {
		if !slices.ContainsFunc(enum, func(e any) bool { return reflect.DeepEqual(e, v) }) {
			bad("%v is not one of %v", v, enum)
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := node["properties"].(map[string]any)
		if req, ok := node["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					bad("missing required property %q", r)
				}
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sub, ok := props[k].(map[string]any)
			if !ok {
				if node["additionalProperties"] == false {
					bad("unexpected property %q", k)
				}
				continue
			}
			errs = append(errs, s.validate(sub, obj[k], path+"/"+k)...)
		}
	}
	if arr, ok := v.([]any); ok {
		if mi, ok := node["minItems"].(float64); ok && float64(len(arr)) < mi {
			bad("%d items, want at least %v", len(arr), mi)
		}
		if items, ok := node["items"].(map[string]any); ok {
			for i, x := range arr {
				errs = append(errs, s.validate(items, x, fmt.Sprintf("%s/%d", path, i))...)
			}
		}
	}
	return errs
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f) && !math.IsInf(f, 0)
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	}
	return false
}

func jsonTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}

func loadSchema(t *testing.T) *jsonSchema {
	t.Helper()
	s, err := parseSchema(schemaJSON)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// asJSON marshals b and decodes it into any, as a consumer would see it.
func asJSON(t *testing.T, b Brief) any {
	t.Helper()
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// schemaBriefs are briefs built from the inputs the other tests use, so
// that every section of a brief is exercised.
func schemaBriefs() map[string]Brief {
	out := map[string]Brief{
		"empty":   Build("event", "e0", "", nil),
		"summary": Build("event", "e1", "", summaryInputs()),
		"figures": Build("event", "e1", "", figInputs([]figSpec{
			{src: "a1", outlet: "Reuters", sentence: "Russia launched 150 drones overnight, Ukraine's air force said.",
				phrase: "150 drones", value: 150, unit: "drones", claimedBy: "Ukraine's air force"},
			{src: "x1", outlet: "Yahoo News", sentence: "Russia launched 150 drones overnight, Ukraine's air force said.",
				phrase: "150 drones", value: 150, unit: "drones", claimedBy: "Ukraine's air force", dupOf: "a1"},
			{src: "b1", outlet: "BBC", sentence: "Moscow fired 145 drones at Ukrainian cities overnight.",
				phrase: "145 drones", value: 145, unit: "drones"},
			{src: "c1", outlet: "CNN", sentence: "Trump and Putin spoke for nearly two hours on Monday, the Kremlin said.",
				phrase: "nearly two hours", value: 2, unit: "hours", approx: true, claimedBy: "Kremlin"},
			{src: "d1", outlet: "AP", sentence: "The call lasted 90 minutes, according to Ukrainian officials.",
				phrase: "90 minutes", value: 90, unit: "minutes", claimedBy: "Ukrainian officials"},
		})),
		"synthetic": Build("story", "s1", "Synthetic story", synthInputs(60)),
	}

	a := art("a1", "Reuters", "2025-03-20",
		`"We are ready for peace talks without any preconditions," Putin said after the call.`,
		"On March 18, Trump and Putin agreed to pause strikes on energy sites, the Kremlin said.")
	b := art("b1", "BBC", "2025-03-21",
		`Putin told reporters he was "ready for peace talks" with Kyiv.`,
		"Trump and Putin agreed on March 18 to pause strikes on energy sites, according to the White House.")
	c := art("c1", "AP", "2025-03-19", `"This is a step towards peace," a senior official said on Tuesday.`)
	cp := art("x1", "Yahoo News", "2025-03-21")
	cp.Paragraphs = b.Paragraphs
	m := art("m1", "MSN", "2025-03-20", "Zelensky said Ukraine would not accept terms set by Putin and Trump.")
	m.Origin = "Associated Press"
	ins := []Input{
		{Article: a, Analysis: analyze.Analysis{
			Quotes: []analyze.Quote{quote(a, "We are ready for peace talks without any preconditions", "Putin", true)},
			Dates:  []analyze.DateMention{date(a, "March 18", "2025-03-18")}}},
		{Article: b, Analysis: analyze.Analysis{
			Quotes: []analyze.Quote{quote(b, "ready for peace talks", "Putin", true)},
			Dates:  []analyze.DateMention{date(b, "March 18", "2025-03-18")}}},
		{Article: c, Analysis: analyze.Analysis{
			Quotes: []analyze.Quote{quote(c, "This is a step towards peace", "", true)}}},
		{Article: cp, DuplicateOf: "b1"},
		{Article: m},
	}
	for i := range ins {
		for _, n := range []string{"Trump", "Putin", "Zelensky"} {
			if e := entity(ins[i].Article, n, "person"); len(e.Mentions) > 0 {
				ins[i].Analysis.Entities = append(ins[i].Analysis.Entities, e)
			}
		}
		if e := entity(ins[i].Article, "Ukraine", "place"); len(e.Mentions) > 0 {
			ins[i].Analysis.Entities = append(ins[i].Analysis.Entities, e)
		}
	}
	out["quotes, timeline, actors, coverage"] = Build("story", "s2", "Ceasefire talks", ins)
	return out
}

func TestSchemaValid(t *testing.T) {
	s := loadSchema(t)
	briefs := schemaBriefs()
	names := make([]string, 0, len(briefs))
	for n := range briefs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b := briefs[name]
		if name != "empty" && (len(b.Summary)+len(b.Timeline)+len(b.Quotes)+len(b.Figures)+len(b.Actors)+len(b.Coverage)) == 0 {
			t.Errorf("%s: brief is empty, exercises nothing", name)
		}
		if errs := s.validate(s.root, asJSON(t, b), "#"); len(errs) > 0 {
			t.Errorf("%s: brief does not match the schema:\n%s", name, strings.Join(errs, "\n"))
		}
	}
}

// TestSchemaCoversFields walks Brief's types and checks that every struct
// field has a documented property in the schema, and every property a
// field.
func TestSchemaCoversFields(t *testing.T) {
	s := loadSchema(t)
	var walk func(typ reflect.Type, node map[string]any, path string)
	walk = func(typ reflect.Type, node map[string]any, path string) {
		for {
			ref, ok := node["$ref"].(string)
			if !ok {
				break
			}
			def, err := s.resolve(ref)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			node = def
		}
		switch typ.Kind() {
		case reflect.Slice, reflect.Array:
			items, ok := node["items"].(map[string]any)
			if !ok {
				t.Errorf("%s: %s has no items schema", path, typ)
				return
			}
			walk(typ.Elem(), items, path+"/items")
		case reflect.Pointer:
			walk(typ.Elem(), node, path)
		case reflect.Struct:
			props, _ := node["properties"].(map[string]any)
			seen := map[string]bool{}
			for f := range typ.Fields() {
				if !f.IsExported() {
					continue
				}
				name := f.Name
				if tag := strings.Split(f.Tag.Get("json"), ",")[0]; tag == "-" {
					continue
				} else if tag != "" {
					name = tag
				}
				seen[name] = true
				sub, ok := props[name].(map[string]any)
				if !ok {
					t.Errorf("%s: field %s.%s (%q) has no property in the schema", path, typ.Name(), f.Name, name)
					continue
				}
				if d, _ := sub["description"].(string); strings.TrimSpace(d) == "" {
					t.Errorf("%s/%s: no description", path, name)
				}
				walk(f.Type, sub, path+"/"+name)
			}
			for name := range props {
				if !seen[name] {
					t.Errorf("%s: property %q has no field in %s", path, name, typ.Name())
				}
			}
		}
	}
	walk(reflect.TypeFor[Brief](), s.root, "#")
}

func TestSchemaRejects(t *testing.T) {
	s := loadSchema(t)
	base := Build("event", "e1", "", summaryInputs())
	if len(base.Summary) == 0 {
		t.Fatal("no summary to alter")
	}
	summary0 := func(v map[string]any) map[string]any {
		return v["summary"].([]any)[0].(map[string]any)
	}
	tests := []struct {
		name  string
		alter func(v map[string]any)
		want  string
	}{
		{"extra top-level field", func(v map[string]any) { v["extra"] = 1 }, `unexpected property "extra"`},
		{"missing required field", func(v map[string]any) { delete(v, "headline") }, `missing required property "headline"`},
		{"extra nested field", func(v map[string]any) {
			summary0(v)["sources"].([]any)[0].(map[string]any)["author"] = "x"
		}, `unexpected property "author"`},
		{"missing sources", func(v map[string]any) { delete(summary0(v), "sources") }, `missing required property "sources"`},
		{"empty sources", func(v map[string]any) { summary0(v)["sources"] = []any{} }, "at least"},
		{"null list", func(v map[string]any) { v["figures"] = nil }, "got null"},
		{"kind outside enum", func(v map[string]any) { v["kind"] = "topic" }, "is not one of"},
		{"wrong type", func(v map[string]any) { v["id"] = 7.0 }, "want type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := asJSON(t, base).(map[string]any)
			if errs := s.validate(s.root, v, "#"); len(errs) > 0 {
				t.Fatalf("unaltered brief invalid: %v", errs)
			}
			tt.alter(v)
			errs := s.validate(s.root, v, "#")
			if len(errs) == 0 {
				t.Fatal("altered brief passes validation")
			}
			if !strings.Contains(strings.Join(errs, "\n"), tt.want) {
				t.Errorf("errors %q lack %q", errs, tt.want)
			}
		})
	}
}

func TestSchemaSubset(t *testing.T) {
	for _, bad := range []string{
		`{"type": "object", "pattern": "x"}`,
		`{"type": "strng"}`,
		`{"$ref": "#/$defs/Nope"}`,
		`{"type": "object", "additionalProperties": true}`,
		`{"type": "object", "properties": {}, "required": ["x"]}`,
	} {
		if _, err := parseSchema([]byte(bad)); err == nil {
			t.Errorf("schema %s accepted", bad)
		}
	}
	s, err := parseSchema([]byte(`{"type": ["string", "null"]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{"x", nil} {
		if errs := s.validate(s.root, v, "#"); len(errs) > 0 {
			t.Errorf("%v rejected: %v", v, errs)
		}
	}
	if errs := s.validate(s.root, 1.0, "#"); len(errs) == 0 {
		t.Error("number accepted by [string, null]")
	}
}

// TestSchemaValidOnCoverage builds the briefs of the labelled coverage
// sets (each article analysed, grouped by its labelled event, every event
// and the story of all) and checks them against the schema: real text
// reaches fields the hand-made briefs may not (undated timelines, changed
// figures, quote variants).
func TestSchemaValidOnCoverage(t *testing.T) {
	s := loadSchema(t)
	for _, dir := range []string{"devset", "heldout"} {
		var gold struct {
			Events map[string]struct{ Articles []string }
		}
		raw, err := os.ReadFile(filepath.Join("testdata", dir, "gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatal(err)
		}
		eventOf := map[string]string{}
		for ev, e := range gold.Events {
			for _, a := range e.Articles {
				eventOf[a] = ev
			}
		}
		f, err := os.Open(filepath.Join("testdata", dir, "coverage.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		byEvent := map[string][]Input{}
		var all []Input
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r struct{ ID, URL, Title, Published, Outlet, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			a := news.Article{Source: r.ID, URL: r.URL, Title: r.Title, Outlet: news.Outlet{Name: r.Outlet}}
			if r.Published != "" {
				a.Published = day(r.Published)
			}
			for p := range strings.SplitSeq(r.Text, "\n\n") {
				a.Paragraphs = append(a.Paragraphs, news.Paragraph{Kind: news.Text, Text: p})
			}
			in := Input{Article: a, Analysis: analyze.Analyze(a.Body(), a.Published), EventID: eventOf[r.ID]}
			byEvent[in.EventID] = append(byEvent[in.EventID], in)
			all = append(all, in)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		briefs := []Brief{Build("story", "s1", "", all)}
		for ev, ins := range byEvent {
			briefs = append(briefs, Build("event", ev, "", ins))
		}
		for _, b := range briefs {
			if errs := s.validate(s.root, asJSON(t, b), "#"); len(errs) > 0 {
				t.Errorf("%s %s %s: brief does not match the schema:\n%s", dir, b.Kind, b.ID, strings.Join(errs, "\n"))
			}
		}
	}
}
