package analyze

import "strings"

// Word lists of the figure stage.

func figSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	// figSmallNumbers are the number words below a hundred (compounds such as
	// "twenty-five" are read from their parts).
	figSmallNumbers = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	// figScales multiply the number before them ("1.2 million", "two dozen").
	figScales = map[string]float64{
		"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "bn": 1e9, "tn": 1e12, "dozen": 12, "lakh": 1e5, "crore": 1e7,
	}
	// figScaleSuffixes are written onto digits after a currency sign ("$5bn", "£3m").
	figScaleSuffixes = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
	// figMeasureSuffixes are units written onto digits ("5km", "40mph").
	figMeasureSuffixes = figSet("km kg mm cm m mph kph kmh km/h kw mw gw kwh mwh gwh ft lb lbs ml mg ha mi sqkm")
	figCurrencies      = map[rune]string{'$': "dollars", '£': "pounds", '€': "euros", '¥': "yen", '₽': "roubles", '₴': "hryvnias", '₹': "rupees"}

	// figApproxBefore are the words before a number that make it approximate;
	// figApproxPairs the two-word ones ("more than"), figApproxTriples the
	// three-word ones ("as many as").
	figApproxBefore  = figSet("nearly almost about around roughly some over approximately approx estimated circa under upwards approaching nearing")
	figApproxPairs   = figSet("more+than fewer+than less+than at+least up+to close+to just+over just+under well+over upwards+of in+excess+of greater+than")
	figApproxTriples = figSet("as+many+as as+much+as as+few+as in+excess+of")

	// figRunStops end the noun phrase after a number: function words, auxiliaries
	// and figPronouns.
	figRunStops = figSet(`a an the this that these those their its his her our your my of in on at to from by with
		for into onto over under across near and or but nor which who whom whose were was are is be been being
		had has have will would could should may might must can did do does each every than as after before
		since during including per ago later earlier apiece more less then when while where if because so not
		no also only just said says say according it they he she we you i them us him me there here both all
		against between among toward towards through via amid despite without within like about around out up
		down off away back again still yet already now today yesterday tomorrow last next overnight` +
		" january february march april may june july august september october november december" +
		" monday tuesday wednesday thursday friday saturday sunday")

	// figIrregularPlurals are counted nouns without a final s.
	figIrregularPlurals = figSet("people men women children police personnel staff feet teeth mice geese cattle sheep fish aircraft deer livestock militia clergy crew folk")

	// figNotPlural are words ending in s that are not plural nouns.
	figNotPlural = figSet("this was has his hers its yours ours theirs always sometimes perhaps towards besides thus news whereas afterwards various numerous previous serious famous analysis crisis basis thesis plus bus gas yes lens alias chaos")

	// figMeasureUnits are singular units and counted nouns read after a number
	// even when they are not plural ("20 km", "one hour", "1 person").
	figMeasureUnits = figSet(`percent pct km kilometre kilometer kilometres kilometers mile metre meter kg kilogram tonne ton litre
		liter acre hectare mph second minute hour day week month year decade century person man woman child
		soldier civilian officer dollar euro pound yen rouble ruble point degree min mins sec secs hr hrs`)

	// figTimePreps precede a year ("in 2022", "since 2014").
	figTimePreps = figSet("in since by until till from of to the a an early late mid before after during between through year years")

	// figNumberCues precede a number that is a label, not a quantity
	// ("No. 10", "page 3").
	figNumberCues = figSet("no nos number page pages p pp chapter section paragraph clause version room flight route platform gate seat line episode season vol volume issue item step stage phase level grade tier round resolution article protocol type category class size model")

	// figDefiniteBefore make a word number refer back to a known group ("the
	// two leaders"), not report a figure.
	figDefiniteBefore = figSet("the these those both all their its his her our my your whose")

	// figTimeAfter follow a number that is a time of day.
	figTimeAfter = figSet("am pm gmt bst utc cet cest est edt pst pdt msk eet eest o'clock")

	// figHyphenFree are words after a hyphen that do not name the unit
	// ("1,000-strong force", "20-odd years").
	figHyphenFree = map[string]bool{"strong": false, "odd": true, "plus": true, "some": true}

	figMonthNames = figSet("January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

	// figFurnitureUnits are the counters of page furniture ("12 comments").
	figFurnitureUnits = figSet("comments shares likes views retweets replies reactions")

	// figPartitiveRefs point back to a noun named before ("93 of them").
	figPartitiveRefs = figSet("them these those which whom")
	figDeterminers   = figSet("the its their these those his her our this that")
)

// Attribution vocabulary.
var (
	figClaimVerbs = figSet(`said says stated states told tells reported reports claimed claims announced announces added
		adds estimated estimates wrote writes confirmed confirms noted notes insisted insists alleged alleges
		declared declares tweeted posted explained explains warned warns counted recorded tallied described describes
		put puts gave gives`)
	figPassiveAux = figSet("was were is are been be being")
	// figSubjectTrail are adverbs and auxiliaries between a subject and its verb.
	figSubjectTrail = figSet("also further has have had previously later earlier separately then again now would will has reportedly had initially first officially")
	// figSubjectStops end a subject read backwards from its verb, or forwards
	// after an inverted verb ("…, said the ministry on Tuesday").
	figSubjectStops = figSet(`that which who whom when while as after before because if and but or although though where since until
		so then in on at to from by with into during over under after about than whether it's there here how
		what why once later earlier yesterday today tonight overnight however meanwhile separately`)
	figLeadingDrop = figSet("however but and meanwhile also now separately yet still so")
	figPronouns    = figSet("he she they it we i you who this that one")
	// figAgents are common nouns that can state a figure ("the ministry
	// said"); a claimant without a capitalised word needs one of them.
	figAgents = figSet(`official officials spokesman spokeswoman spokesperson spokespeople ministry minister police
		authorities authority government agency army military forces force command commander president governor
		mayor chief head director analyst analysts researcher researchers scientist scientists expert experts
		prosecutor prosecutors witness witnesses resident residents source sources report reports statement study
		survey data figures letter author authors doctor doctors company firm court judge lawyer lawyers attorney
		attorneys council committee office department service services union group organisation organization
		administration leader leaders adviser advisers advisor aide aides diplomat diplomats negotiator monitors
		observers media newspaper board bank economist economists executive executives team coalition regulator
		regulators investigators campaign party operator utility hospital rescuers medics staff workers commission
		estimate estimates census count tally toll defence defense ministers embassy spokesmen officers governments`)
	// figUnitAbbrevs are unit abbreviations written as words after a number,
	// in any case ("3 GW", "5 km").
	figUnitAbbrevs = figSet("km kg mm cm mph kph kmh kw mw gw kwh mwh gwh twh ft lb lbs ml mg ha gb mb tb ghz mhz bpd bcm")
)
