package text

import "strings"

// stopwords are English function words and the reporting verbs and time
// words of news prose: frequent in every article, they say nothing about
// which happening an article reports.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above after again against ago all almost along already also although always am among an and
another any anyone anything are around as at away back be became because become been before being
below between both but by can cannot could did do does doing done down during each early either else
even ever every few first for former from further get gets getting given go going got had has have
having he her here hers herself him himself his how however i if in including into is it its itself
just last late later latest least less let like made make many may me might more most mostly much must
my myself near nearly new next no nor not now of off often on once one only onto or other others our
ours out over own per perhaps put rather really said same say saying says second see seen several
shall she should since so some such than that the their theirs them themselves then there these they
this those though three through thus to today told too two under until up upon us use used very via
was way we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yesterday tomorrow week weeks month months year years day days time
times monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december mr mrs ms dr according added asked called
`) {
		m[w] = true
	}
	return m
}()

// IsStopword reports whether the folded word w is a stopword.
func IsStopword(w string) bool { return stopwords[w] }
