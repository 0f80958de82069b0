package analyze

import "strings"

// Word lists of the entity and quote stages. They are general news
// English: titles, role nouns, organisation and place cues, demonyms, a
// small gazetteer of countries and capitals, common given names and
// speech verbs. Nothing here names the people of any particular story.

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

var (
	// titleWords are capitalised titles written before a person's name
	// ("President Donald Trump", "Defense Minister Rustem Umerov").
	titleWords = wordSet(`president|vice|prime|minister|chancellor|secretary|senator|sen|rep|representative|
		gov|governor|mayor|king|queen|prince|princess|pope|general|gen|admiral|colonel|col|lt|sgt|capt|captain|
		commander|adviser|advisor|ambassador|envoy|director|chairman|chairwoman|chair|ceo|judge|justice|
		spokesman|spokeswoman|spokesperson|mr|mrs|ms|dr|prof|professor|premier|leader|chief|deputy|
		sheikh|emir|president-elect|speaker|lord|lady|sir|dame|marshal|archbishop|bishop|rabbi|imam|
		aide|negotiator|attorney|commissioner|officer|counterpart`)
	// titleModifiers may sit between a country and a title ("Russian
	// Foreign Minister", "National Security Adviser", "Secretary of State").
	titleModifiers = wordSet(`foreign|defense|defence|interior|finance|economy|national|security|state|
		special|chief|senior|deputy|first|former|acting|top|press|presidential|military|general|
		justice|health|energy|trade|home|executive|supreme|joint|staff|of|for|the`)
	// roleNouns, written in lower case before a name or in a description
	// ("Kremlin spokesman Dmitry Peskov", "the Finnish president"), mark a
	// person.
	roleNouns = wordSet(`president|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|minister|
		official|envoy|negotiator|analyst|expert|commander|chief|director|head|leader|lawmaker|senator|
		ambassador|counterpart|secretary|general|governor|mayor|prosecutor|lawyer|professor|researcher|
		economist|correspondent|reporter|editor|founder|chairman|ceo|chancellor|premier|king|queen|
		diplomat|representative|congressman|congresswoman|politician|activist|strategist|
		commentator|journalist|historian|scientist|officer|colonel|sergeant|soldier|resident|witness|
		deputy|candidate|judge|executive|manager|owner|mp|mep|counsel|attorney|pope`)
	// roleAdjectives may precede a role noun in a description.
	roleAdjectives = wordSet(`presidential|chief|senior|top|foreign|defense|defence|national|security|
		press|deputy|former|acting|special|prime|vice|military|state|interior|finance|economy|main|
		lead|new|then|first|health|justice|energy|trade|home|environment|education|culture|
		agriculture|transport|labour|labor|economic|interior`)
	// orgWords in a capitalised name make it an organisation.
	orgWords = wordSet(`ministry|council|kremlin|house|force|forces|agency|party|union|institute|
		department|office|commission|committee|bank|court|parliament|congress|senate|army|navy|guard|
		service|services|company|corp|corporation|inc|ltd|llc|group|university|college|organization|
		organisation|association|foundation|fund|network|news|times|post|press|journal|tribune|
		assembly|cabinet|government|administration|bureau|authority|board|police|command|centre|center|
		consortium|alliance|federation|coalition|movement|front|brigade|battalion|regiment|staff|
		reuters|tass|afp|nato|un|eu|ap|bbc|cnn|pentagon|interfax|ria|xinhua|bloomberg|kyodo|opec|who|
		imf|fbi|cia|nsa|isw|osce|iaea|icc|wto|gazprom|rosatom|reserve|exchange|airlines|airways|
		club|church|media|television|radio|channel|telegraph|guardian|herald|gazette|daily|
		motors|motor|holdings|industries|systems|technologies|pharmaceuticals|partners|securities|
		laboratories|electric|steel|mining|chemicals|petroleum|telecom|communications|insurance|plc|
		gmbh|trust|utilities|railways|shipping|logistics|energy`)
	// orgNouns before or after a name say it is an organisation ("news
	// agency TASS", "a Washington-based think tank").
	orgNouns = wordSet(`agency|company|firm|group|party|newspaper|broadcaster|outlet|bank|ministry|
		institute|tank|organization|organisation|channel|network|daily|publication|website|
		platform|app|service|union|alliance|bloc|militia|carrier|airline|regulator|watchdog|charity`)
	// placeWords in a capitalised name make it a place.
	placeWords = wordSet(`sea|ocean|river|mountains|mountain|island|islands|region|oblast|province|
		state|county|valley|street|square|strait|gulf|bay|lake|peninsula|desert|coast|city|republic|
		district|airport|port|border|bridge|avenue|krai|canal|hill|hills|road|lane|park|plaza|harbour|
		harbor|boulevard|reservoir|dam|forest|heights|quarter|embankment|highway|motorway`)
	// placeNouns before "of X" or after X name a place ("city of X", "X region").
	placeNouns = wordSet(`city|town|village|capital|region|province|oblast|country|port|island|
		district|state|county|area`)
	// placePreps before a capitalised word hint a place ("in Helsinki").
	placePreps = wordSet(`in|at|near|from|into|across|outside|towards|toward|around|over|to|via`)
	// demonyms are adjectives of nationality; standing alone they are not
	// entities. Each maps to its country for role keys.
	demonyms = map[string]string{
		"american": "us", "us": "us", "u.s.": "us", "russian": "russia", "ukrainian": "ukraine",
		"british": "uk", "uk": "uk", "u.k.": "uk", "english": "uk", "french": "france", "german": "germany",
		"italian": "italy", "spanish": "spain", "chinese": "china", "japanese": "japan", "korean": "korea",
		"indian": "india", "finnish": "finland", "swedish": "sweden", "norwegian": "norway", "danish": "denmark",
		"polish": "poland", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland", "austrian": "austria",
		"hungarian": "hungary", "czech": "czechia", "slovak": "slovakia", "romanian": "romania", "bulgarian": "bulgaria",
		"greek": "greece", "turkish": "turkey", "iranian": "iran", "iraqi": "iraq", "israeli": "israel",
		"palestinian": "palestine", "syrian": "syria", "saudi": "saudi arabia", "egyptian": "egypt",
		"canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "australian": "australia",
		"belarusian": "belarus", "georgian": "georgia", "estonian": "estonia", "latvian": "latvia",
		"lithuanian": "lithuania", "moldovan": "moldova", "serbian": "serbia", "croatian": "croatia",
		"european": "europe", "western": "west", "eastern": "east", "african": "africa", "asian": "asia",
		"pakistani": "pakistan", "afghan": "afghanistan", "lebanese": "lebanon", "jordanian": "jordan",
		"qatari": "qatar", "emirati": "uae", "yemeni": "yemen", "venezuelan": "venezuela", "cuban": "cuba",
		"argentine": "argentina", "chilean": "chile", "colombian": "colombia", "nigerian": "nigeria",
		"kenyan": "kenya", "ethiopian": "ethiopia", "south": "", "north": "", "soviet": "ussr", "irish": "ireland",
		"portuguese": "portugal", "scottish": "uk", "welsh": "uk", "taiwanese": "taiwan", "vietnamese": "vietnam",
		"thai": "thailand", "indonesian": "indonesia", "filipino": "philippines", "armenian": "armenia",
		"azerbaijani": "azerbaijan", "kazakh": "kazakhstan", "chechen": "chechnya", "crimean": "crimea",
	}
	// places is a small gazetteer: countries, capitals and a few major
	// cities, in lower case, variant spellings folded by placeKey.
	places = wordSet(`afghanistan|albania|algeria|argentina|armenia|australia|austria|azerbaijan|
		bahrain|bangladesh|belarus|belgium|bolivia|bosnia|brazil|britain|bulgaria|cambodia|canada|chile|
		china|colombia|croatia|cuba|cyprus|czechia|denmark|egypt|england|estonia|ethiopia|europe|finland|
		france|gaza|georgia|germany|greece|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|
		japan|jordan|kazakhstan|kenya|korea|kosovo|kuwait|latvia|lebanon|libya|lithuania|luxembourg|
		malaysia|mexico|moldova|mongolia|montenegro|morocco|myanmar|nepal|netherlands|nigeria|norway|
		oman|pakistan|palestine|panama|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|
		scotland|serbia|singapore|slovakia|slovenia|somalia|spain|sudan|sweden|switzerland|syria|taiwan|
		thailand|tunisia|turkey|turkiye|uganda|ukraine|uzbekistan|venezuela|vietnam|wales|yemen|zimbabwe|
		us|usa|u.s.|uk|u.k.|uae|america|africa|asia|crimea|donbas|donbass|
		kabul|tirana|algiers|yerevan|canberra|vienna|baku|minsk|brussels|sofia|ottawa|santiago|beijing|
		bogota|zagreb|havana|nicosia|prague|copenhagen|cairo|tallinn|helsinki|paris|tbilisi|berlin|athens|
		budapest|reykjavik|delhi|jakarta|tehran|baghdad|dublin|jerusalem|rome|tokyo|amman|nairobi|pristina|
		riga|beirut|tripoli|vilnius|kuala|chisinau|rabat|oslo|islamabad|lima|manila|warsaw|lisbon|doha|
		bucharest|moscow|kigali|riyadh|belgrade|bratislava|ljubljana|seoul|pyongyang|madrid|khartoum|
		stockholm|bern|geneva|damascus|taipei|bangkok|ankara|istanbul|kampala|kyiv|kiev|london|washington|
		caracas|hanoi|harare|dubai|abu|tashkent|astana|new york|los angeles|chicago|shanghai|mumbai|
		hong kong|sydney|toronto|munich|milan|odesa|odessa|kharkiv|lviv|dnipro|st petersburg|
		saint petersburg|gaza strip|west bank|saudi arabia|south korea|north korea|south africa|
		new zealand|united states|united kingdom|european union|middle east`)
	// givenNames are common first names of news English, a weak person cue
	// for a two-word name that has no other.
	givenNames = wordSet(`john|james|robert|michael|mike|william|bill|david|richard|joseph|joe|thomas|
		charles|christopher|daniel|matthew|anthony|mark|donald|steven|paul|andrew|joshua|kenneth|kevin|
		brian|george|timothy|ronald|edward|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|
		larry|justin|scott|brandon|benjamin|samuel|gregory|frank|alexander|raymond|patrick|jack|dennis|
		jerry|tyler|aaron|jose|adam|henry|nathan|douglas|peter|kyle|walter|ethan|jeremy|harold|keith|
		christian|roger|noah|gerald|carl|terry|sean|austin|arthur|lawrence|jesse|dylan|bryan|joe|jordan|
		billy|bruce|albert|willie|gabriel|logan|alan|juan|wayne|roy|ralph|randy|eugene|vincent|russell|
		elijah|louis|bobby|philip|johnny|mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|
		sarah|karen|nancy|lisa|betty|margaret|sandra|ashley|kimberly|emily|donna|michelle|dorothy|carol|
		amanda|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia|kathleen|amy|shirley|angela|helen|
		anna|brenda|pamela|nicole|emma|samantha|katherine|christine|debra|rachel|catherine|carolyn|janet|
		ruth|maria|heather|diane|virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|evelyn|
		judith|megan|cheryl|andrea|hannah|martha|jacqueline|frances|gloria|ann|teresa|kathryn|sara|janice|
		jean|alice|madison|doris|abigail|julia|judy|grace|denise|amber|marilyn|beverly|danielle|theresa|
		sophia|marie|diana|brittany|natalie|isabella|charlotte|rose|alexis|kayla|kamala|hillary|nikki|
		vladimir|volodymyr|dmitry|dmitri|dmytro|sergei|sergey|serhiy|serhii|yuri|yury|yuriy|oleksandr|
		aleksandr|alexei|alexey|oleksiy|mikhail|mykhailo|andrei|andriy|andrii|nikolai|mykola|ivan|igor|ihor|
		oleg|boris|viktor|victor|petro|pavel|pavlo|maxim|maksym|yevgeny|evgeny|anatoly|valery|valeriy|
		denys|denis|roman|ruslan|rustem|arseniy|vitali|vitaly|kyrylo|kirill|olena|yelena|elena|olga|
		tatiana|natalia|irina|iryna|yulia|maria|svetlana|ekaterina|kateryna|anastasia|lyudmila|valentina|
		emmanuel|olaf|friedrich|angela|ursula|giorgia|pedro|recep|benjamin|xi|narendra|keir|rishi|boris|
		mohammed|muhammad|ahmed|ali|hassan|hussein|omar|abdul|ibrahim|mahmoud|khalid|yusuf|mustafa|
		marco|antonio|giuseppe|luca|francesco|jean|pierre|francois|jacques|michel|hans|klaus|wolfgang|
		jurgen|karl|stefan|lars|erik|anders|jens|mette|sanna|alexander|emmanuel|charles|jens|kaja|
		jd|rex|lloyd|antony|jake|marco|pete|tulsi|kristi|steve|dan|tom|tim|jim|bob|ted|ed|ben|sam|nick|
		chris|matt|greg|jeff|ron|andy|tony|dave|pat|liz|kate|sue|jen|alex|kim|lee|min|wang|li|zhang|
		fumio|shinzo|yoon|moon|kim|luiz|javier|claudia|andres|gustavo|nicolas|cyril|abiy|paul|william`)
	// speechVerbs are the stems of reporting verbs; speechForm gives their
	// inflected forms.
	speechStems = []string{"say", "tell", "add", "write", "warn", "note", "claim", "insist", "stress",
		"announce", "state", "declare", "explain", "argue", "confirm", "acknowledge", "admit", "assert",
		"remark", "reply", "respond", "tweet", "post", "comment", "describe", "characterize", "characterise",
		"recall", "urge", "emphasize", "emphasise", "suggest", "predict", "promise", "vow", "pledge",
		"caution", "concede", "contend", "maintain", "observe", "report", "reiterate", "answer", "ask",
		"deny", "allege", "boast", "complain", "joke", "quip", "conclude", "continue", "proclaim", "cite",
		"quote", "speak", "testify", "underline", "underscore", "point", "agree", "told", "said", "wrote"}
	speechForms = func() map[string]bool {
		m := map[string]bool{}
		irregular := map[string][]string{"say": {"said", "says", "saying"}, "tell": {"told", "tells", "telling"},
			"write": {"wrote", "writes", "writing", "written"}, "speak": {"spoke", "speaks", "speaking"}}
		for _, s := range speechStems {
			m[s] = true
			if forms, ok := irregular[s]; ok {
				for _, f := range forms {
					m[f] = true
				}
				continue
			}
			base := s
			if strings.HasSuffix(s, "e") {
				base = s[:len(s)-1]
				m[s+"s"], m[s+"d"], m[base+"ing"] = true, true, true
				continue
			}
			if strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ay") && !strings.HasSuffix(s, "ey") {
				m[s[:len(s)-1]+"ies"], m[s[:len(s)-1]+"ied"], m[s+"ing"] = true, true, true
				continue
			}
			m[s+"s"], m[s+"ed"], m[s+"ing"] = true, true, true
		}
		m["quip"+"ped"], m["quip"+"ping"] = true, true
		delete(m, "point") // only "pointed out"
		delete(m, "continue")
		delete(m, "continued")
		delete(m, "continues")
		delete(m, "continuing")
		delete(m, "agree")
		delete(m, "agreed")
		delete(m, "agrees")
		delete(m, "agreeing")
		delete(m, "post") // a noun too often
		delete(m, "report")
		delete(m, "reports")
		return m
	}()
	// pronouns that stand for a person as a speaker.
	personPronouns = wordSet(`he|she`)
	// sentenceWords are capitalised only because they open a sentence or
	// a heading: never names.
	nonNames = wordSet(`the|a|an|this|that|these|those|it|its|he|she|they|we|i|you|but|and|or|so|
		if|as|at|in|on|of|for|to|by|with|from|after|before|during|while|when|where|since|despite|
		however|meanwhile|following|neither|nor|both|either|all|some|many|most|more|no|not|unfortunately|
		also|even|still|yet|then|there|here|what|which|who|why|how|according|speaking|asked|last|next|
		monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|
		july|august|september|october|november|december|mr|mrs|ms|dr|his|her|their|our|my|your|one|two|
		three|another|other|such|each|every|any|several|shortly|ahead|among|about|against|under|over|
		in-depth|breaking|live|update|updated|read|watch|photo|video|opinion|analysis|exclusive|
		yes|well|now|today|yesterday|tomorrow|tonight|earlier|later|instead|indeed|rather|only|just|
		although|though|because|until|unless|once|whether|let|like|amid|via|into|through|throughout`)
)
