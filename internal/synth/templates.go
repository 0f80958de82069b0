package synth

import (
	"strconv"
	"strings"
)

// kind is a kind of event and the templates its articles are written from.
// In templates, "{slot}" takes a value the kind's setup (or the article)
// gives, and "{a|b}" one of the alternatives. Titles and leads may only use
// slots every event of the kind has; body sentences whose slots are missing
// are left out.
type kind struct {
	name   string
	weight float64
	// setup invents the event's participants, places and figures, and
	// returns the keys of its actors, whose histories link it to their
	// earlier and later events.
	setup  func(g *gen, v vars) []string
	titles []string
	leads  []string
	body   []string
	// recap is what later articles about the same actors recall of it.
	recap string
}

// historyBody recalls the previous event of an actor.
const historyBody = "{It was not the first time {who} had made the news:|Earlier,|Previously,|In {a separate|an earlier} development,} {prev}."

// generalBody are sentences any article may carry: reactions, background,
// housekeeping.
var generalBody = []string{
	"{Officials in|Authorities in|The government in} {capital} did not immediately respond to a request for comment.",
	"More details are expected {in the coming days|later this week|as the situation develops}.",
	"{Opposition politicians|Critics|Commentators} said the {subject} raised {serious|new|uncomfortable} questions for the government.",
	"Markets in {capital} {were little changed|edged lower|rose slightly} after the news.",
	"It was not immediately clear {what would happen next|how long the situation would last|whether further steps were planned}.",
	"Social media users shared {videos|photos|footage} of the {subject}{ within minutes| throughout the day|}.",
	"The {subject} {dominated|led} {the front pages|the headlines|evening news bulletins} in {country}.",
	"{A reporter for {outlet}|Our correspondent} in {place} said {the mood was tense|people were talking about little else|life appeared to be returning to normal}.",
	"{outlet} has {contacted|asked} {org} for comment.",
	"{Neighbouring countries|Foreign governments} {were watching closely|expressed concern|said they were following events}.",
	"A spokesperson for {org} {declined to comment|said a statement would follow|referred questions to an earlier statement}.",
	"The news {spread quickly|was widely shared} {on social media|across {country}}.",
	"{Local|National} {newspapers|broadcasters} {devoted|gave} {extensive|wide} coverage to the {subject}.",
	"{Several|Some} {experts|analysts} cautioned that {it was too early to draw conclusions|the full picture was not yet clear}.",
	"{org_cap} {has faced|faces} {criticism|scrutiny} over its handling of {similar matters|the issue} in the past.",
	"{This story has been updated|This article was updated} with {additional details|more information}.",
	"In {capital}, {reactions|opinions} were {mixed|divided|largely positive}.",
	"The {subject} {comes|came} at a {difficult|sensitive|busy} time for {country}.",
	"Residents of {place} {said they were|described themselves as} {surprised|not surprised|worried}.",
	"{outlet} will {continue to follow|keep reporting on} the story.",
	"{Analysts|Observers} in {capital} said the {subject} was likely to {have lasting consequences|be discussed for weeks|fade from the headlines quickly}.",
	"{Readers|Viewers} of {outlet} sent {dozens of|many} {messages|questions} about the {subject}.",
	"A {poll|survey} published {last month|earlier this year} found that {pct_poll} percent of people in {country} {trust|distrust} the government.",
	"{head_role} {head} {has not|had not yet} commented publicly{ on the {subject}|}.",
}

var kinds = []kind{
	{
		name: "call", weight: 1.2, setup: setupCall,
		titles: []string{
			"{a_last} and {b_last} discuss {topic} in phone call",
			"{a_last}, {b_last} {agree|pledge} to keep talking on {topic}",
			"{a_adj} and {b_adj} leaders speak by phone {about|on} {topic}",
			"{a_last} {calls|phones} {b_last} {amid tensions over|as talks stall on} {topic}",
			"{a_last}-{b_last} call {focuses on|centres on|covers} {topic}",
			"{What|Here is what} {a_last} and {b_last} said {in|during} their phone call",
		},
		leads: []string{
			"{a_role} {a} of {a_country} spoke by phone with {b_role} {b} of {b_country}{when}, {discussing|focusing on} {topic}, {officials said|according to both governments|their offices said}.",
			"The leaders of {a_country} and {b_country} held a {lengthy|brief|90-minute|wide-ranging} telephone conversation{when} {in which|during which} {topic} dominated, {a_office} said.",
			"{a_country}'s {a_role}, {a}, and {b_country}'s {b_role}, {b}, {talked|spoke} by phone{when}, their first {conversation|direct contact} in {months} months.",
			"{a} and {b} {discussed|went over} {topic} in a phone call{when}, {according to|in} a statement from {a_office}.",
			"\"{We agreed to keep working together|It was a good and frank conversation|We understand each other better now}\", {a_role} {a} said after speaking by phone with {b} of {b_country}{when}.",
		},
		body: []string{
			"According to {a_office}, the two {leaders|sides} agreed to {set up a working group|hold further talks|meet in person} {soon|in the coming weeks|before the end of the year}.",
			"\"{We had a frank and useful conversation|The call was constructive|We agreed on more than we disagreed}\", {a_last} told reporters {afterwards|later}.",
			"{b_office_cap} said {b_last} had {raised|pressed|stressed} {topic2} during the call, which lasted {mins} minutes.",
			"The call came {two weeks|days|a month} after {b_country} {imposed tariffs of {pct} percent on goods from|recalled its ambassador from|expelled two diplomats from} {a_country}.",
			"Analysts in {a_capital} said the {conversation|call} was a sign that relations were {thawing|improving|stabilising}.",
			"Trade between {a_country} and {b_country} was worth {bn} billion dollars last year, {official figures show|according to customs data}.",
			"Neither side mentioned {topic2} in its {statement|summary of the call}.",
			"{b_last} {invited|asked} {a_last} to visit {b_capital}, {b_office} said.",
			"{a_adj} officials described the call as {cordial|businesslike|tense at times}.",
			"The two leaders last met {in person|face to face} {months} months ago{ in {b_capital}|| on the sidelines of a summit}.",
			"{b_adj} {media|state television} {reported|said} that {b_last} {had thanked|had warned} {a_last} {over|about} {topic}.",
			"{a_minister}, {a_country}'s foreign minister, {took part in|joined} the call, {a_office} said.",
			"Relations between {a_country} and {b_country} have been strained {over|by disagreements on} {topic2}.",
		},
		recap: "{a_last} {spoke by phone with|held a call with} {b_last} in {month}",
	},
	{
		name: "summit", weight: 0.8, setup: setupSummit,
		titles: []string{
			"{a_last} hosts {b_last} for {talks|summit} in {city}",
			"{a_adj}-{b_adj} summit in {city} ends with {deals} {agreements|deals}",
			"{b_last} {visits|travels to} {a_country} for summit on {topic}",
			"Leaders of {a_country} and {b_country} meet in {city}",
			"{a_last} and {b_last} sign {trade|energy|security} pact at {city} summit",
		},
		leads: []string{
			"{a_role} {a} {welcomed|received|hosted} {b_role} {b} of {b_country} in {city}{when} for a summit {dominated by|focused on} {topic}.",
			"The leaders of {a_country} and {b_country} met in {city}{when} and signed {deals} agreements{, including one on {topic}|}.",
			"{b}, the {b_role} of {b_country}, {held|began} {two days of|a day of} talks with {a} in {city}{when} on {topic}.",
			"A summit between {a_country} and {b_country} in {city}{when} {ended with|produced} {deals} {agreements|accords} and a {joint declaration|joint statement} on {topic}.",
		},
		body: []string{
			"The agreements cover {topic2}, {investment|infrastructure|education} and {tourism|health|cultural exchanges}, officials said.",
			"\"{This is a new chapter|Today we have taken an important step|Our countries have never been closer}\", {a_last} said at a joint news conference.",
			"{b_last} said {b_country} would invest {bn} billion dollars in {a_country} over the next {years} years.",
			"Protesters gathered outside the {venue} where the talks were held{, calling for action on {topic2}|}.",
			"It was {b_last}'s first visit to {a_country} {since taking office|in {years} years}.",
			"The two delegations also discussed {topic2}, according to a {joint statement|statement released after the talks}.",
			"{a_adj} and {b_adj} officials had prepared the summit for {months} months.",
			"Security was tight in {city}, with {police_n} police officers deployed around the {venue}.",
			"The leaders {toured|visited} a {port|factory|university|museum} in {city} after the talks.",
			"Critics {in {b_country}|at home} said the deals {fell short|were largely symbolic|gave away too much}.",
			"A follow-up meeting is planned {in {b_capital}|next year|within six months}.",
			"{a_minister} and {b_minister}, the two foreign ministers, {signed|initialled} a separate accord on {topic2}.",
		},
		recap: "{a_last} hosted {b_last} in {city} in {month}",
	},
	{
		name: "strike", weight: 0.8, setup: setupStrike,
		titles: []string{
			"{workers_cap} at {company} {walk out|go on strike} over pay",
			"Strike {halts|hits|shuts down} {company} {plants|sites|operations} in {country}",
			"{union_short} calls {days}-day strike at {company}",
			"Thousands of {company} {workers} strike in {city}",
			"{company} strike: {union_short} demands {pct} percent pay rise",
		},
		leads: []string{
			"{Thousands of|About {n}} {workers} at {company} {walked out|went on strike}{when}, {halting|disrupting} {production|operations} in {city} in a dispute over {pay|wages and working hours|job cuts}.",
			"The {union} {began|launched} a {days}-day strike at {company}{when}, demanding a pay rise of {pct} percent{ to keep up with inflation|}.",
			"{Production|Work} at {company}'s {site} in {city} came to a halt{when} as {n} {workers} joined a strike called by the {union}.",
			"{union_leader}, {the head|leader} of the {union}, said{when} that {n} members had {stopped work|walked out} at {company} after talks {broke down|collapsed}.",
		},
		body: []string{
			"The union is demanding a {pct} percent pay rise, while {company} has offered {pct2} percent.",
			"\"{Our members have had enough|We did not want to strike, but we were left no choice|The company can afford to pay}\", said {union_leader}, who leads the {union}.",
			"{company} said in a statement that it {regretted|was disappointed by} the strike and that its offer was {fair|generous|final}.",
			"The company employs {staff} people in {country}{, most of them in {city}|}.",
			"Pickets gathered {outside the main gate|at dawn|in the rain} at the {site} in {city}.",
			"{ceo}, {company}'s chief executive, said the strike would cost {mn} million dollars a day.",
			"{labour_minister} urged both sides to return to talks.",
			"It is the {ordinal} strike at {company} {this year|in {years} years}.",
			"{company} shares fell {pct3} percent in {capital} trading.",
			"Talks are expected to resume {next week|after the weekend|once the strike ends}.",
			"The strike is {due to|set to} last {days} days{, the union said|}.",
			"Other unions {said they would|threatened to} join the action if {company} did not improve its offer.",
		},
		recap: "workers at {company} {went on strike|walked out} in {month}",
	},
	{
		name: "flood", weight: 0.7, setup: setupFlood,
		titles: []string{
			"Floods kill {dead} in {prov} {province|region}",
			"{Heavy|Torrential} rain {floods|swamps} {town}, {evacuated} evacuated",
			"{prov} floods: death toll {rises|climbs} to {dead}",
			"Thousands flee as rivers burst banks in {country}",
			"{country} {declares emergency|sends troops} after floods in {prov}",
		},
		leads: []string{
			"At least {dead} people {were killed|died} {when|after} {heavy|torrential} rain {flooded|swept through} {town} and {town2} in {country}'s {prov} {province|region}{when}, {officials said|authorities said}.",
			"Floods in {country}'s {prov} region {forced|drove} {evacuated} people from their homes{when} {after|as} rivers burst their banks.",
			"{Rescue teams|Emergency crews} {searched for|were looking for} {missing} missing people in {town}{when} after floods that killed {dead}.",
			"{country} declared a state of emergency in {prov}{when} after {rain_mm} millimetres of rain fell in {hours} hours, flooding {town}.",
		},
		body: []string{
			"{interior_minister} said {evacuated} people had been {moved to shelters|evacuated} and {missing} were still missing.",
			"Television footage showed {cars swept away by water|roofs poking out of brown water|people being rescued by boat} in {town}.",
			"The {river} burst its banks {early in the morning|overnight|in the afternoon}, {residents said|witnesses said}.",
			"\"{We lost everything|The water came so fast|We had no warning}\", a {resident|shopkeeper|farmer} in {town} told {outlet}.",
			"{rain_mm} millimetres of rain fell in {hours} hours, more than {usually falls in a month|the monthly average}, the weather service said.",
			"Roads and railway lines {were cut|were closed} across {prov}{, and power was out in {houses} homes|}.",
			"The army sent {troops} soldiers and {helis} helicopters to help with the rescue.",
			"The weather service warned of more rain {over the weekend|in the coming days|later in the week}.",
			"{head_last} {visited|flew to} {town} and promised {aid} million dollars in emergency aid.",
			"It is the worst flooding in {prov} {in {years} years|since records began|in a generation}.",
			"Neighbouring {country2} offered to send rescue teams.",
			"Scientists say {such|extreme} rainfall is becoming more frequent as the climate warms.",
		},
		recap: "floods in {prov} killed {dead} people in {month}",
	},
	{
		name: "earthquake", weight: 0.4, setup: setupQuake,
		titles: []string{
			"Magnitude {mag} earthquake {strikes|hits|shakes} {prov}",
			"Earthquake in {country} kills {dead}",
			"{town} {earthquake|quake}: rescuers {search|dig through} rubble",
			"Strong quake {rocks|jolts} {country}, {dead} dead",
		},
		leads: []string{
			"A magnitude {mag} earthquake {struck|hit} {country}'s {prov} region{when}, killing at least {dead} people and {injuring|hurting} {injured}, {officials said|the authorities said}.",
			"{A powerful|A strong|A shallow} earthquake {shook|rocked} {town}{ in {prov}|}{when}, {bringing down|collapsing} buildings and killing {dead} people.",
			"Rescuers in {town} {dug through rubble|searched collapsed buildings}{when} after a magnitude {mag} earthquake that killed {dead}.",
			"The death toll from the earthquake in {prov} rose to {dead}{when}, {the interior ministry|emergency officials} said.",
		},
		body: []string{
			"The {agency} said the quake struck at a depth of {depth} kilometres, {km} kilometres from {town}.",
			"{Aftershocks|Several aftershocks}, the strongest of magnitude {aftermag}, {were felt|followed} {in the hours after|through the night}.",
			"{injured} people were {taken to hospital|treated for injuries}, {health_minister} said.",
			"\"{The whole building was shaking|I ran outside with my children|It felt like it would never stop}\", a resident of {town} told {outlet}.",
			"{collapsed} buildings collapsed {in {town}|in the region}, including {a school|a hospital wing|a church}.",
			"{head_last} {ordered|announced} {three days of|national} mourning.",
			"The region {sits on|lies along} a major fault line and has had {several|many} strong earthquakes.",
			"Tremors were felt as far away as {capital}{, {km2} kilometres away|}.",
			"International rescue teams from {country2} {arrived|were on their way}.",
			"Electricity {was cut|failed} in {houses} homes, the power company said.",
		},
		recap: "an earthquake in {prov} killed {dead} people in {month}",
	},
	{
		name: "election", weight: 0.35, setup: setupElection,
		titles: []string{
			"{winner_last} wins {country} election",
			"{party_cap} {wins|takes} {pct} percent in {adj} vote",
			"{adj} election: {winner_last} claims victory{, {loser_last} concedes|}",
			"{country} votes: {winner_last} {ahead|leads} with most votes counted",
			"{High|Low} turnout as {country} elects new parliament",
		},
		leads: []string{
			"{winner}, leader of {party}, won {country}'s {general|parliamentary} election{when} with {pct} percent of the vote, {according to|official results from} the electoral commission.",
			"{adj} voters {handed|gave} {party} {a clear victory|a narrow win|the most seats} in {the|an} election{when}, {making|putting} {winner} {on course to become|set to be} {role}.",
			"{loser}, {leader of {loser_party}|the runner-up}, conceded defeat{when} after results showed {winner}'s {party} winning {pct} percent.",
			"With {counted} percent of ballots counted, {party} led {country}'s election{when} with {pct} percent, ahead of {loser_party} on {pct2} percent.",
		},
		body: []string{
			"Turnout was {turnout} percent, {up from|down from} {turnout2} percent at the last election, the electoral commission said.",
			"{party_cap} is expected to hold {seats} of the {total_seats} seats in parliament.",
			"\"{This is a victory for every citizen|The people have spoken|We will govern for all}\", {winner_last} told supporters in {capital}.",
			"{loser_last} said {loser_party} would {be a strong opposition|study the results|challenge some results in court}.",
			"Observers from {country2} said the vote had been {largely free and fair|orderly|marred by irregularities in {prov}}.",
			"The campaign was dominated by {issue} and {issue2}.",
			"{winner_last} has promised to {cut taxes|raise pensions|tackle corruption|build {houses} new homes}.",
			"Markets {rose|edged higher|fell} in {capital} after the results were announced.",
			"Coalition talks are expected to {begin|start} {next week|within days}.",
			"{pct3} percent of the vote went to smaller parties.",
			"{third}, whose {third_party} came third, said {he would not join a coalition|talks with both sides were possible}.",
		},
		recap: "{winner_last} won the election in {country} in {month}",
	},
	{
		name: "trial", weight: 0.6, setup: setupTrial,
		titles: []string{
			"{def_desc_cap} {def_last} {jailed|sentenced} for {years} years over {charge}",
			"Court {convicts|finds} {def_last} guilty of {charge}",
			"{def_last} verdict: {years} years in prison for {charge}",
			"{def_desc_cap} {def_last} {found guilty|convicted} in {charge} trial",
		},
		leads: []string{
			"{court_cap} {sentenced|jailed} {def}, {def_desc_a}, to {years} years in prison{when} for {charge}.",
			"{def}, {def_desc_a}, was {found guilty|convicted} of {charge}{when} by {court}, which {handed down a sentence of|imposed} {years} years.",
			"Judge {judge} {read out|delivered} the verdict in the {charge} trial of {def} at {court}{when}, {sentencing|jailing} {def_last} for {years} years.",
			"{def_desc_a_cap} {accused of|charged with} {charge} was {jailed|sentenced to prison} for {years} years{when}, {ending|concluding} a trial that lasted {months} months.",
		},
		body: []string{
			"Prosecutors {said|argued} that {def_last} had {taken|received|moved} {mn} million dollars {in bribes|from public funds|through shell companies} between {y1} and {y2}.",
			"{def_last}'s lawyer, {lawyer}, said {the defence|{def_last}} would appeal.",
			"\"{Justice has been done|This sends a clear message|No one is above the law}\", {prosecutor}, the {chief|lead} prosecutor, said outside the court.",
			"{def_last} {denied|has denied} all charges{ and called the case political|}.",
			"The court also ordered {def_last} to {repay|pay back} {mn2} million dollars.",
			"{accomplices} other {defendants|people} were also convicted in the case.",
			"The trial {drew|attracted} {large crowds|wide attention} in {country}, where corruption is {a major|a growing} concern.",
			"{def_last} {listened|stood} {without expression|in silence} as the sentence was read.",
			"Supporters of {def_last} {gathered|protested} outside {court}.",
			"The case began {months} months ago {after|when} {a newspaper investigation|an audit|a whistleblower} {revealed|exposed} the payments.",
			"{justice_minister} said the verdict showed the courts were independent.",
		},
		recap: "",
	},
	{
		name: "launch", weight: 0.8, setup: setupLaunch,
		titles: []string{
			"{company} {unveils|launches|reveals} {model} {product}",
			"{company} bets on new {product}, the {model}",
			"{model}: {company} {takes on rivals|enters the market} with {product}",
			"{company} {launches|debuts} {model}, priced at {price} dollars",
		},
		leads: []string{
			"{company} {unveiled|launched|presented} the {model}, a new {product}, at an event in {city}{when}, {betting|hoping} it will {win back customers|revive sales|lift growth}.",
			"{ceo}, chief executive of {company}, {showed off|presented|introduced} the {model} {product}{when}, saying it would go on sale {next month|in {launch_month}|within weeks}.",
			"The {adj} {sector} {company} {launched|revealed} its {model} {product}{when}, {priced at|starting at} {price} dollars.",
		},
		body: []string{
			"The {model} will cost {price} dollars{ in {country}|} and go on sale {next month|in {launch_month}|this autumn}.",
			"\"{This is the best product we have ever made|We built this for everyone|It changes what people expect}\", {ceo_last} told {the audience|reporters|investors}.",
			"{company} shares {rose|climbed|fell} {pct} percent {after|following} the launch.",
			"Analysts at {broker} said the {model} could sell {units} units in its first year.",
			"The company spent {years} years and {mn} million dollars developing the {model}.",
			"{company} faces {growing|stiff} competition from {rival}{ and others|}.",
			"Early reviews {praised|criticised} the {model}'s {design|battery life|price|performance}.",
			"The {model} will be made at {company}'s plant in {city2}{, creating {jobs} jobs|}.",
			"{company} {reported|posted} {falling|flat|rising} sales last quarter.",
			"The launch event in {city} was attended by {guests} people{, including investors and journalists|}.",
		},
		recap: "{company} launched the {model} in {month}",
	},
	{
		name: "match", weight: 1.3, setup: setupMatch,
		titles: []string{
			"{winner} beat {loser} {score} in {competition_short}",
			"{scorer_last} {scores|stars} as {winner} {beat|see off|defeat} {loser}",
			"{loser} {lose|fall} to {winner} {score}",
			"{winner} {go top|close the gap|keep winning} after {score} win over {loser}",
		},
		leads: []string{
			"{winner} {beat|defeated|overcame} {loser} {score} in {competition}{when}, with {scorer} scoring {goals_phrase}.",
			"{scorer} {scored|netted} {goals_phrase} as {winner} {beat|saw off} {loser} {score} at {stadium}{when}.",
			"{loser} {lost|went down} {score} to {winner}{when} in front of {crowd} fans at {stadium}.",
			"{winner} {moved top of|climbed to second in|strengthened their lead in} {competition} with a {score} win over {loser}{when}.",
		},
		body: []string{
			"{scorer_last} opened the scoring after {minute} minutes{ with a header| from the penalty spot| after a long run|}.",
			"{loser_player} {pulled one back|hit the post|missed a penalty} {before half-time|in the second half|late on}.",
			"\"{We deserved the win|The players were magnificent|It was a hard game}\", {winner_coach} told reporters after the match.",
			"{loser_coach}, the {loser} coach, said his team had {not played well enough|been unlucky|lacked energy}.",
			"The match was played in front of {crowd} {spectators|fans} at {stadium}.",
			"{winner} have now won {streak} of their last {streak2} games.",
			"{loser} {sit|remain} {pos} in the table{ after the defeat|}.",
			"The two sides meet again {next month|in the return leg|later in the season}.",
			"{scorer_last} has now scored {season_goals} goals this season.",
			"{winner_player} was {booked|sent off|substituted with an injury} in the second half.",
			"{loser} {fans|supporters} {booed|applauded} their team off the pitch.",
		},
		recap: "{winner} beat {loser} {score} in {month}",
	},
	{
		name: "protest", weight: 0.7, setup: setupProtest,
		titles: []string{
			"Thousands protest in {city} against {issue}",
			"{Police|Riot police} {clash with|disperse} protesters in {city}",
			"{city} protest over {issue} draws {crowd} people",
			"{arrests} arrested as protests against {issue} {spread|grow} in {country}",
		},
		leads: []string{
			"{Tens of thousands|Thousands} of people {marched|rallied|took to the streets} in {city}{when} to protest against {issue}, {in one of the largest demonstrations|in the biggest protest} {in years|the country has seen in a decade}.",
			"Police in {city} {used tear gas|fired water cannon} on protesters{when} as {crowd} people demonstrated against {issue}.",
			"{crowd} {people|demonstrators} {gathered|protested} in {city}'s {square} Square{when}, demanding {demand}.",
			"{arrests} people were arrested{when} after a protest against {issue} in {city} turned violent, {police} said.",
		},
		body: []string{
			"Organisers put the crowd at {crowd}, while {police} estimated {crowd2}.",
			"{organiser}, {one of the organisers|a spokesperson for the protesters}, said: \"{We will not stop until we are heard|This is only the beginning|The government must listen}\".",
			"Protesters carried {banners|placards|flags} reading \"{slogan}\".",
			"{interior_minister} said the {protest|demonstration} had been {largely peaceful|hijacked by a violent minority}.",
			"{injured} people {were injured|needed treatment}, {including|among them} {officers} police officers.",
			"The government {has said|insists} {defence}.",
			"Similar {protests|rallies} {took place|were held} in {city2} and {city3}.",
			"Shops {in the centre of {city}|along the route} {closed|stayed shut} {early|for the day}.",
			"{Another|A further} protest is planned for {next weekend|next week|later this month}.",
			"The protests began {weeks|months} ago when {trigger}.",
		},
		recap: "thousands protested in {city} against {issue} in {month}",
	},
	{
		name: "resignation", weight: 0.45, setup: setupResignation,
		titles: []string{
			"{role} {minister_last} resigns {over|amid} {reason}",
			"{adj} {role_lower} quits after {reason}",
			"{minister_last} {steps down|resigns} as {country}'s {role_lower}",
			"{head_last} accepts resignation of {role_lower} {minister_last}",
		},
		leads: []string{
			"{country}'s {role_lower}, {minister}, resigned{when} {over|amid|following} {reason}, {the government said|{head_last}'s office said}.",
			"{minister} {stepped down|quit} as {role_lower} of {country}{when}, saying {quote_reason}.",
			"{role} {minister} {handed in|submitted} a letter of resignation to {head_role} {head}{when} after {days} days of pressure over {reason}.",
		},
		body: []string{
			"{head_last} {accepted|has accepted} the resignation and named {successor} as {acting|interim|the new} {role_lower}.",
			"\"{I take full responsibility|I do not want to be a distraction|My conscience is clear}\", {minister_last} said in a statement.",
			"Opposition {parties|leaders} had called for {minister_last}'s resignation {for weeks|since the report was published|after the revelations}.",
			"{minister_last} had been {role_lower} since {since_year}.",
			"{opp}, leader of {opp_party}, said the resignation {came too late|was only the first step|showed the government was in crisis}.",
			"The {scandal|affair|row} {first emerged|began} when {outlet_other} reported {reason_detail}.",
			"{pct} percent of {adj} voters said in a poll that {minister_last} should go.",
			"{successor_last} is a {former diplomat|veteran lawmaker|former banker|close ally of {head_last}}.",
			"It is the {ordinal} resignation from {head_last}'s government {this year|in {months} months}.",
			"{head_last} {faces|will face} questions in parliament {next week|on the affair}.",
		},
		recap: "{role_lower} {minister_last} resigned in {month}",
	},
	{
		name: "takeover", weight: 0.5, setup: setupTakeover,
		titles: []string{
			"{buyer} to buy {target} for {bn} billion dollars",
			"{buyer} agrees {bn} billion dollar takeover of {target}",
			"{target} shares {soar|jump} on {buyer} deal",
			"{buyer} and {target} agree to merge",
		},
		leads: []string{
			"{buyer} {agreed|has agreed} to buy {target} for {bn} billion dollars{when}, {creating|forming} one of the largest {sector} groups in {country}.",
			"{target} shares {jumped|soared} {pct} percent{when} after {buyer} {announced|unveiled} a {bn} billion dollar takeover {offer|bid}.",
			"{buyer_ceo}, chief executive of {buyer}, said{when} the {bn} billion dollar purchase of {target} would {save|cut costs by} {mn} million dollars a year.",
		},
		body: []string{
			"The offer values {target} at {price_per} dollars a share, a premium of {pct} percent {to|on} its last closing price.",
			"\"{Together we will be stronger|This deal makes sense for both companies|We see huge opportunities}\", {buyer_ceo_last} said.",
			"{target_ceo}, {target}'s chief executive, will {join the board|leave the company|stay on to run the business}.",
			"The deal needs approval from {regulators|competition authorities} in {country} and {country2}.",
			"{buyer} will pay {cash_pct} percent in cash and the rest in shares.",
			"The combined company will employ {staff} people{ and have annual sales of {bn2} billion dollars|}.",
			"Unions said they feared {job cuts|plant closures} after the merger.",
			"{buyer} {had tried|made an attempt} to buy {target} {years} years ago{, but talks failed|}.",
			"Analysts at {broker} called the price {full|generous|cheap}.",
			"The deal is expected to close {next year|in {launch_month}|by the end of the year}.",
		},
		recap: "{buyer} agreed to buy {target} in {month}",
	},
	{
		name: "rates", weight: 0.5, setup: setupRates,
		titles: []string{
			"{bank_cap} {act_pres} interest rates{ to {rate} percent|}",
			"{adj} central bank {act_pres} rates as inflation {infl_dir}",
			"{gov_last} defends {act_noun}",
			"{country}: central bank {act_pres} {benchmark|key} rate",
		},
		leads: []string{
			"{bank_cap} {act_past} its {key|benchmark} interest rate to {rate} percent{when}, {citing|pointing to} inflation of {infl} percent.",
			"{country}'s central bank {act_past} interest rates{when}, {a move|a decision} {most economists had expected|that surprised markets}.",
			"Governor {gov} said{when} that {bank} had {act_past} rates to {rate} percent {because|as} inflation {infl_dir}.",
		},
		body: []string{
			"Inflation in {country} {was|stood at} {infl} percent last month, {above|well above|close to} the bank's target of {target} percent.",
			"\"{We will do what is necessary|Inflation remains too high|The economy needs support}\", {gov_last} told a news conference.",
			"The {currency} {rose|fell|was steady} against the dollar after the decision.",
			"{votes} of the {board} members of the rate-setting committee voted for the move.",
			"{finance_minister} {welcomed|criticised} the decision.",
			"Economists {expect|see} {one more|another|no further} {move|change} {this year|before the summer}.",
			"Mortgage costs are likely to {follow|change} soon, {lenders|banks} said.",
			"{bank_cap} also {raised|cut|kept} its growth forecast for this year{ at {growth} percent|}.",
			"Growth {slowed|picked up} to {growth} percent in the last quarter.",
			"The next decision is due in {decision_month}.",
		},
		recap: "{bank} {act_past} rates to {rate} percent in {month}",
	},
	{
		name: "wildfire", weight: 0.45, setup: setupWildfire,
		titles: []string{
			"Wildfire {forces|prompts} evacuation of {evacuated} in {prov}",
			"{Firefighters|Crews} battle {huge wildfire|forest fire} in {prov}",
			"{prov} wildfire {destroys|burns} {hectares} hectares",
			"{village} evacuated as fire spreads in {country}",
		},
		leads: []string{
			"A wildfire {burned|destroyed} {hectares} hectares of forest in {country}'s {prov} region{when}, forcing {evacuated} people to leave their homes.",
			"{firefighters} firefighters, {helped by|backed by} {planes} water-bombing planes, {battled|fought} a {huge|fast-moving} wildfire near {village}{when}.",
			"{Residents|Hundreds of residents} of {village} were {evacuated|told to leave}{when} as a forest fire {fanned by strong winds|driven by wind} {approached|spread toward} the town.",
		},
		body: []string{
			"The fire {started|broke out} {in the afternoon|overnight|on a hillside} and spread quickly {because of|in} {strong winds|hot, dry weather}.",
			"{houses} {houses|homes} {were destroyed|burned down}, the regional government said.",
			"Temperatures {reached|hit} {temp} degrees{ in {prov}|}.",
			"{interior_minister} said {arson|a power line|lightning} {may have|was suspected to have} caused the fire.",
			"\"{We could see the flames from our garden|The smoke was everywhere|We left with nothing}\", a resident of {village} told {outlet}.",
			"The {motorway|main road} between {village} and {city} was closed.",
			"{country2} sent {planes2} planes to help{ fight the fire|}.",
			"It is the {ordinal} major wildfire in {country} this {summer|year}.",
			"Firefighters hoped {cooler weather|rain|a change in the wind} would help them {contain|control} the blaze.",
			"{injured} people were treated for smoke inhalation.",
		},
		recap: "a wildfire burned {hectares} hectares in {prov} in {month}",
	},
	{
		name: "accident", weight: 0.45, setup: setupAccident,
		titles: []string{
			"{dead} killed in {mode} crash near {town}",
			"{mode_cap} {crash|accident} in {country} {kills|leaves} {dead} {dead|people dead}",
			"{Investigators|Inquiry} {look|looks} into cause of {town} {mode} crash",
		},
		leads: []string{
			"At least {dead} people were killed and {injured} injured{when} when a {mode_desc} {crash_verb} near {town} in {country}, {officials said|the authorities said}.",
			"A {mode_desc} {travelling|on its way} from {from} to {to} {crash_verb} near {town}{when}, killing {dead} {passengers|people}.",
			"{Rescuers|Emergency services} {worked through the night|searched the wreckage} near {town}{when} after a {mode} {crash|accident} that killed {dead}.",
		},
		body: []string{
			"The {mode_desc} was carrying {passengers} passengers{ and {crew} crew|}, {operator} said.",
			"{transport_minister} said an investigation {had been opened|would determine the cause}.",
			"\"{There was a huge bang|People were screaming|I was thrown from my seat}\", a {passenger|survivor} told {outlet}.",
			"{injured} injured people were taken to hospitals in {town} and {city}.",
			"{head_last} {expressed|sent} condolences to the families of the victims.",
			"Images {on social media|from the scene} showed {the wreckage|the overturned vehicle|debris scattered across the ground}.",
			"The route between {from} and {to} {will remain|remains} closed {for several days|until further notice}.",
			"{operator} said it was {cooperating with investigators|deeply saddened}.",
			"It is the {worst|deadliest} {mode} accident in {country} {in {years} years|since records began}.",
			"Unions have {long|repeatedly} warned about {safety|underinvestment} on the route.",
		},
		recap: "{dead} people died in a {mode} crash near {town} in {month}",
	},
}

func itoa(n int) string { return strconv.Itoa(n) }

// common sets the slots of an event in country c that general sentences
// and many kinds use.
func (g *gen) common(v vars, c *country) {
	v["country"], v["adj"], v["capital"] = c.name, c.adj, c.capital
	v["country2"] = g.w.otherCountry(g.r, c).name
	v["head"], v["head_last"], v["head_role"] = c.head.full(), c.head.last, c.headRole
	for i, role := range ministerRoles {
		key := strings.ToLower(strings.ReplaceAll(role, " ", "_"))
		v[key] = role + " " + c.ministers[i].full()
	}
	prov := pick(g.r, c.provinces)
	v["prov"] = prov
	v["city"] = pick(g.r, c.cities)
	v["place"] = v["city"]
	v["org"] = "the " + c.adj + " government"
	v["pct_poll"] = itoa(g.num(18, 64))
	v["years"] = itoa(g.num(2, 30))
	v["months"] = itoa(g.num(2, 18))
	v["ordinal"] = ordinal(g.num(2, 6))
}

// finishCommon fills what depends on slots a setup may have changed.
func finishCommon(v vars) {
	v["org_cap"] = capFirst(v["org"])
}

func setupCall(g *gen, v vars) []string {
	c1 := g.w.country(g.r)
	c2 := g.w.otherCountry(g.r, c1)
	g.common(v, c1)
	leaders(v, "a", c1)
	leaders(v, "b", c2)
	v["topic"] = g.topic(c1, c2)
	v["topic2"] = g.topic(c1, c2)
	v["mins"] = itoa(g.num(20, 120))
	v["bn"] = itoa(g.num(2, 90))
	v["pct"] = itoa(g.num(5, 40))
	v["a_office"] = pick(g.r, []string{c1.head.last + "'s office", "the " + c1.adj + " government", "the " + c1.adj + " foreign ministry"})
	v["b_office"] = pick(g.r, []string{c2.head.last + "'s office", "the " + c2.adj + " government", c2.ministries[0]})
	v["b_office_cap"] = capFirst(v["b_office"])
	v["subject"] = pick(g.r, []string{"call", "phone call", "conversation"})
	v["who"] = c1.head.last
	v["org"] = v["a_office"]
	finishCommon(v)
	return []string{"p:" + c1.head.full(), "p:" + c2.head.full()}
}

// leaders sets the slots of a country's leader under prefix p ("a", "b").
func leaders(v vars, p string, c *country) {
	v[p] = c.head.full()
	v[p+"_last"] = c.head.last
	v[p+"_role"] = c.headRole
	v[p+"_country"] = c.name
	v[p+"_adj"] = c.adj
	v[p+"_capital"] = c.capital
	v[p+"_minister"] = c.ministers[0].full()
}

func (g *gen) topic(c1, c2 *country) string {
	return pick(g.r, []string{"trade", "the border dispute", "energy supplies", "migration", "climate finance",
		"tariffs on steel", "a prisoner exchange", "grain exports", "nuclear safety", "fishing rights",
		"a planned gas pipeline", "the conflict in " + pick(g.r, g.w.otherCountry(g.r, c1).provinces),
		"visa rules", "a new rail link between " + c1.capital + " and " + c2.capital, "water rights on the " + pick(g.r, c2.provinces) + " river",
		"debt relief", "cyber security", "arms sales"})
}

func setupSummit(g *gen, v vars) []string {
	c1 := g.w.country(g.r)
	c2 := g.w.otherCountry(g.r, c1)
	g.common(v, c1)
	leaders(v, "a", c1)
	leaders(v, "b", c2)
	v["city"] = pick(g.r, c1.cities[:3])
	v["place"] = v["city"]
	v["topic"] = g.topic(c1, c2)
	v["topic2"] = g.topic(c1, c2)
	v["deals"] = itoa(g.num(2, 14))
	v["bn"] = itoa(g.num(1, 40))
	v["venue"] = g.expand("{presidential palace|government headquarters|" + v["city"] + " Congress Centre|old town hall}")
	v["police_n"] = commas(g.num(8, 80) * 100)
	v["subject"] = pick(g.r, []string{"summit", "talks", "visit"})
	v["who"] = c1.head.last
	finishCommon(v)
	return []string{"p:" + c1.head.full(), "p:" + c2.head.full()}
}

func setupStrike(g *gen, v vars) []string {
	co := g.w.company(g.r)
	c := co.country
	g.common(v, c)
	v["company"], v["ceo"] = co.name, co.ceo.full()
	v["city"] = co.city
	v["place"] = co.city
	v["workers"] = co.sector.workers
	v["workers_cap"] = capFirst(co.sector.workers)
	v["union"] = c.adj + " " + co.sector.union + "' Union"
	v["union_short"] = pick(g.r, []string{"Union", co.sector.union + "' union", c.adj + " union"})
	v["union_leader"] = g.w.person(g.r).full()
	v["n"] = commas(g.num(12, 400) * 100)
	v["staff"] = commas(g.num(20, 900) * 100)
	v["days"] = itoa(g.num(1, 5))
	v["pct"] = itoa(g.num(6, 15))
	v["pct2"] = itoa(g.num(2, 5))
	v["pct3"] = decimal(0.5 + 4*g.r.Float64())
	v["mn"] = itoa(g.num(3, 80))
	v["site"] = pick(g.r, []string{"main plant", "headquarters", "largest factory", "distribution centre", "main site"})
	v["subject"] = "strike"
	v["org"] = co.name
	v["who"] = co.name
	finishCommon(v)
	return []string{"co:" + co.name}
}

func setupFlood(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	towns := g.towns(c, 2)
	v["town"], v["town2"] = towns[0], towns[1]
	v["place"] = towns[0]
	dead := g.num(2, 60)
	v["dead"] = itoa(dead)
	v["missing"] = itoa(g.num(3, 40))
	v["evacuated"] = commas(g.num(5, 300) * 100)
	v["rain_mm"] = itoa(g.num(120, 400))
	v["hours"] = itoa(g.num(6, 48))
	v["river"] = pick(g.r, c.provinces) + " river"
	v["houses"] = commas(g.num(2, 90) * 1000)
	v["troops"] = commas(g.num(3, 40) * 100)
	v["helis"] = itoa(g.num(4, 30))
	v["aid"] = itoa(g.num(10, 400))
	v["subject"] = "floods"
	v["org"] = c.ministries[2]
	v["who"] = c.name
	finishCommon(v)
	return []string{"c:" + c.name}
}

// towns returns n distinct towns of c.
func (g *gen) towns(c *country, n int) []string {
	idx := g.r.Perm(len(c.cities))[:n]
	out := make([]string, n)
	for i, j := range idx {
		out[i] = c.cities[j]
	}
	return out
}

func setupQuake(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	v["town"] = g.towns(c, 1)[0]
	v["place"] = v["town"]
	mag := 5.2 + 2.6*g.r.Float64()
	v["mag"] = decimal(mag)
	v["aftermag"] = decimal(mag - 0.5 - g.r.Float64())
	v["dead"] = itoa(g.num(3, 400))
	v["injured"] = commas(g.num(20, 2000))
	v["depth"] = itoa(g.num(5, 60))
	v["km"] = itoa(g.num(5, 80))
	v["km2"] = itoa(g.num(100, 600))
	v["collapsed"] = itoa(g.num(10, 900))
	v["houses"] = commas(g.num(5, 200) * 1000)
	v["agency"] = c.adj + " Seismological Institute"
	v["subject"] = "earthquake"
	v["org"] = "the " + c.adj + " Seismological Institute"
	v["who"] = c.name
	finishCommon(v)
	return []string{"c:" + c.name}
}

func setupElection(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	i := g.r.IntN(3)
	j := (i + 1 + g.r.IntN(2)) % 3
	k := 3 - i - j
	win, lose, third := c.parties[i], c.parties[j], c.parties[k]
	v["winner"], v["winner_last"] = win.leader.full(), win.leader.last
	v["party"], v["party_cap"] = win.name, capFirst(win.name)
	v["loser"], v["loser_last"], v["loser_party"] = lose.leader.full(), lose.leader.last, lose.name
	v["third"], v["third_party"] = third.leader.full(), third.name
	v["role"] = strings.ToLower(c.headRole)
	pct := g.num(32, 55)
	v["pct"], v["pct2"], v["pct3"] = itoa(pct), itoa(g.num(20, pct-2)), itoa(g.num(3, 15))
	v["turnout"], v["turnout2"] = itoa(g.num(45, 82)), itoa(g.num(45, 82))
	v["counted"] = itoa(g.num(60, 99))
	total := g.num(10, 60) * 10
	v["total_seats"], v["seats"] = itoa(total), itoa(total*pct/100+g.num(0, 20))
	v["issue"] = pick(g.r, campaignIssues)
	v["issue2"] = pick(g.r, campaignIssues)
	v["houses"] = commas(g.num(50, 900) * 1000)
	v["subject"] = "election"
	v["org"] = "the electoral commission"
	v["who"] = win.leader.last
	finishCommon(v)
	// The winner leads the country from now on.
	c.head = win.leader
	return []string{"c:" + c.name, "p:" + win.leader.full()}
}

var campaignIssues = []string{"the cost of living", "immigration", "housing", "corruption", "energy prices",
	"health care", "jobs", "security", "pensions", "climate policy", "education"}

func setupTrial(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	def := g.w.person(g.r)
	v["def"], v["def_last"] = def.full(), def.last
	desc := pick(g.r, []string{"former " + strings.ToLower(pick(g.r, ministerRoles)), "businessman", "former mayor of " + pick(g.r, c.cities),
		"property developer", "former " + g.w.company(g.r).name + " executive", "senior tax official", "former police chief"})
	v["def_desc"], v["def_desc_cap"] = desc, capFirst(desc)
	art := "a "
	if strings.ContainsAny(desc[:1], "aeiou") {
		art = "an "
	}
	v["def_desc_a"], v["def_desc_a_cap"] = art+desc, capFirst(art+desc)
	v["charge"] = pick(g.r, []string{"corruption", "fraud", "bribery", "tax evasion", "money laundering", "abuse of office", "embezzlement"})
	v["court"], v["court_cap"] = c.court, capFirst(c.court)
	v["judge"], v["lawyer"], v["prosecutor"] = g.w.person(g.r).full(), g.w.person(g.r).full(), g.w.person(g.r).full()
	v["years"] = itoa(g.num(2, 15))
	v["mn"], v["mn2"] = itoa(g.num(2, 300)), itoa(g.num(1, 50))
	y := 2005 + g.r.IntN(12)
	v["y1"], v["y2"] = itoa(y), itoa(y+g.num(1, 6))
	v["accomplices"] = itoa(g.num(2, 9))
	v["subject"] = "verdict"
	v["org"] = c.ministries[7]
	v["who"] = def.last
	finishCommon(v)
	return nil
}

func setupLaunch(g *gen, v vars) []string {
	co := g.w.company(g.r)
	c := co.country
	g.common(v, c)
	v["company"], v["ceo"], v["ceo_last"] = co.name, co.ceo.full(), co.ceo.last
	v["city"], v["place"] = co.city, co.city
	v["city2"] = pick(g.r, c.cities)
	v["sector"] = co.sector.name
	v["product"] = pick(g.r, co.sector.products)
	v["model"] = strings.Fields(co.name)[0] + " " + pick(g.r, []string{"X", "Pro ", "One ", "Z", "Nova ", "Max ", "S"}) + itoa(g.num(1, 12))
	v["price"] = commas(g.num(2, 600) * 100)
	v["pct"] = decimal(0.5 + 7*g.r.Float64())
	v["units"] = commas(g.num(5, 900) * 1000)
	v["mn"] = itoa(g.num(20, 900))
	v["jobs"] = commas(g.num(2, 30) * 100)
	v["guests"] = commas(g.num(3, 40) * 100)
	v["launch_month"] = pick(g.r, monthNames)
	v["rival"] = g.rival(co)
	v["broker"] = g.broker()
	v["subject"] = "launch"
	v["org"] = co.name
	v["who"] = co.name
	finishCommon(v)
	return []string{"co:" + co.name}
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// rival returns another company of co's sector.
func (g *gen) rival(co *company) string {
	for range 50 {
		o := g.w.company(g.r)
		if o != co && o.sector == co.sector {
			return o.name
		}
	}
	return g.w.company(g.r).name
}

// broker returns a bank to quote analysts of.
func (g *gen) broker() string {
	for {
		if o := g.w.company(g.r); o.sector.name == "bank" {
			return o.name
		}
	}
}

func setupMatch(g *gen, v vars) []string {
	t1 := g.w.team(g.r)
	var t2 *team
	local := g.w.teamsOf[t1.country]
	cup := len(local) < 2 || g.r.IntN(5) == 0
	for t2 == nil || t2 == t1 {
		if cup {
			t2 = g.w.team(g.r)
		} else {
			t2 = pick(g.r, local)
		}
	}
	home := t1
	if g.r.IntN(2) == 0 {
		t1, t2 = t2, t1
	}
	c := home.country
	g.common(v, c)
	w := g.num(1, 5)
	l := g.r.IntN(w)
	v["winner"], v["loser"] = t1.name, t2.name
	v["score"] = itoa(w) + "-" + itoa(l)
	scorer := pick(g.r, t1.players)
	v["scorer"], v["scorer_last"] = scorer.full(), scorer.last
	goals := min(w, g.num(1, 3))
	v["goals_phrase"] = []string{"once", "twice", "a hat-trick"}[goals-1]
	if cup {
		v["competition"] = pick(g.r, g.w.cups)
	} else {
		v["competition"] = c.league
	}
	v["competition_short"] = strings.TrimPrefix(v["competition"], "the ")
	v["stadium"] = home.stadium
	v["city"], v["place"] = home.city, home.city
	v["crowd"] = commas(g.num(40, 700) * 100)
	v["minute"] = itoa(g.num(3, 88))
	v["loser_player"] = pick(g.r, t2.players).full()
	v["winner_player"] = pick(g.r, t1.players).full()
	v["winner_coach"], v["loser_coach"] = t1.coach.full(), t2.coach.full()
	s2 := g.num(4, 10)
	v["streak"], v["streak2"] = itoa(g.num(2, s2)), itoa(s2)
	v["pos"] = ordinal(g.num(3, 10))
	v["season_goals"] = itoa(g.num(goals, 30))
	v["subject"] = "match"
	v["org"] = t1.name
	v["who"] = t1.name
	finishCommon(v)
	return []string{"t:" + t1.name, "t:" + t2.name}
}

var protestIssues = []struct{ issue, demand, defence, trigger, slogan string }{
	{"a rise in fuel prices", "lower fuel prices", "the price rise is needed to balance the budget", "the government ended fuel subsidies", "We cannot afford to drive"},
	{"a new pension law", "the withdrawal of the pension reform", "the reform will keep pensions affordable", "parliament passed the pension bill", "Hands off our pensions"},
	{"corruption", "the resignation of the government", "it is fighting corruption", "a leaked report named several ministers", "Enough is enough"},
	{"a planned mine", "an end to the mining project", "the mine will bring jobs", "the mining licence was granted", "Water is worth more than gold"},
	{"rising rents", "a rent freeze", "new homes are being built", "rents rose by a fifth in a year", "Homes not profits"},
	{"cuts to university funding", "the restoration of university budgets", "universities must make savings", "the budget was published", "Education is not a cost"},
	{"a new security law", "the repeal of the security law", "the law is needed to keep people safe", "the security law came into force", "Freedom now"},
	{"police violence", "an independent inquiry", "the officers involved have been suspended", "a teenager was shot by police", "Justice for all"},
}

func setupProtest(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	p := pick(g.r, protestIssues)
	v["issue"], v["demand"], v["defence"], v["trigger"], v["slogan"] = p.issue, p.demand, p.defence, p.trigger, p.slogan
	cities := g.towns(c, 3)
	v["city"], v["city2"], v["city3"] = cities[0], cities[1], cities[2]
	v["place"] = cities[0]
	crowd := g.num(20, 900) * 100
	v["crowd"], v["crowd2"] = commas(crowd), commas(crowd*g.num(3, 8)/10)
	v["arrests"] = itoa(g.num(5, 300))
	v["injured"] = itoa(g.num(3, 120))
	v["officers"] = itoa(g.num(1, 30))
	v["police"] = c.police
	v["square"] = pick(g.r, []string{"Freedom", "Independence", "Republic", "Central", "Cathedral", "Parliament"})
	v["organiser"] = g.w.person(g.r).full()
	v["subject"] = "protest"
	v["org"] = c.ministries[2]
	v["who"] = c.name
	finishCommon(v)
	return []string{"c:" + c.name}
}

func setupResignation(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	i := g.r.IntN(len(ministerRoles))
	m := c.ministers[i]
	role := ministerRoles[i]
	v["minister"], v["minister_last"] = m.full(), m.last
	v["role"], v["role_lower"] = role, strings.ToLower(role)
	reasons := []struct{ short, detail string }{
		{"a corruption inquiry", "that prosecutors were examining payments to a company linked to the minister"},
		{"leaked messages", "messages in which the minister mocked colleagues"},
		{"a failed procurement deal", "that a contract had been given to a friend of the minister"},
		{"a row over the budget", "that the minister opposed the spending plans"},
		{"claims of misleading parliament", "figures that contradicted the minister's statements"},
		{"the handling of the crisis", "internal memos on the government's response"},
	}
	r := pick(g.r, reasons)
	v["reason"], v["reason_detail"] = r.short, r.detail
	v["quote_reason"] = pick(g.r, []string{"the government needed a fresh start", "the decision was personal", "the work had become impossible", "the accusations were false but damaging"})
	succ := g.w.person(g.r)
	v["successor"], v["successor_last"] = succ.full(), succ.last
	v["days"] = itoa(g.num(3, 40))
	v["since_year"] = itoa(2015 + g.r.IntN(8))
	opp := c.parties[1+g.r.IntN(2)]
	v["opp"], v["opp_party"] = opp.leader.full(), opp.name
	v["pct"] = itoa(g.num(30, 80))
	v["subject"] = "resignation"
	v["org"] = c.head.last + "'s office"
	v["who"] = m.last
	finishCommon(v)
	// The successor takes the post.
	c.ministers[i] = succ
	return []string{"c:" + c.name}
}

func setupTakeover(g *gen, v vars) []string {
	buyer := g.w.company(g.r)
	var target *company
	for target == nil || target == buyer {
		target = g.w.company(g.r)
	}
	c := buyer.country
	g.common(v, c)
	v["buyer"], v["target"] = buyer.name, target.name
	v["buyer_ceo"], v["buyer_ceo_last"] = buyer.ceo.full(), buyer.ceo.last
	v["target_ceo"] = target.ceo.full()
	v["sector"] = buyer.sector.name
	v["country2"] = target.country.name
	v["city"], v["place"] = buyer.city, buyer.city
	v["bn"], v["bn2"] = decimal(1+40*g.r.Float64()), itoa(g.num(5, 120))
	v["pct"] = itoa(g.num(12, 60))
	v["mn"] = itoa(g.num(50, 900))
	v["price_per"] = decimal(5 + 150*g.r.Float64())
	v["cash_pct"] = itoa(g.num(20, 100))
	v["staff"] = commas(g.num(50, 2000) * 100)
	v["launch_month"] = pick(g.r, monthNames)
	v["broker"] = g.broker()
	v["subject"] = "deal"
	v["org"] = buyer.name
	v["who"] = buyer.name
	finishCommon(v)
	return []string{"co:" + buyer.name, "co:" + target.name}
}

func setupRates(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	step := 0.25 * float64(g.num(1, 3))
	switch g.r.IntN(3) {
	case 0:
		c.rate += step
		v["act_pres"], v["act_past"], v["act_noun"], v["infl_dir"] = "raises", "raised", "rate rise", "stays high"
	case 1:
		c.rate = max(0.25, c.rate-step)
		v["act_pres"], v["act_past"], v["act_noun"], v["infl_dir"] = "cuts", "cut", "rate cut", "eases"
	default:
		v["act_pres"], v["act_past"], v["act_noun"], v["infl_dir"] = "holds", "held", "decision to hold rates", "slows"
	}
	v["rate"] = strconv.FormatFloat(c.rate, 'f', 2, 64)
	v["bank"], v["bank_cap"] = c.bank, capFirst(c.bank)
	v["gov"], v["gov_last"] = c.governor.full(), c.governor.last
	v["infl"] = decimal(1 + 9*g.r.Float64())
	v["target"] = itoa(g.num(2, 3))
	board := g.num(5, 9)
	v["board"], v["votes"] = itoa(board), itoa(g.num(board/2+1, board))
	v["currency"] = c.adj + " " + pick(g.r, []string{"crown", "mark", "dinar", "peso", "franc"})
	v["growth"] = decimal(-1 + 4*g.r.Float64())
	v["decision_month"] = pick(g.r, monthNames)
	v["subject"] = "rate decision"
	v["org"] = c.bank
	v["who"] = c.bank
	finishCommon(v)
	return []string{"b:" + c.name}
}

func setupWildfire(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	towns := g.towns(c, 2)
	v["village"], v["city"] = towns[0], towns[1]
	v["place"] = v["village"]
	v["hectares"] = commas(g.num(5, 400) * 100)
	v["evacuated"] = commas(g.num(2, 200) * 100)
	v["firefighters"] = commas(g.num(10, 200) * 10)
	v["planes"], v["planes2"] = itoa(g.num(2, 20)), itoa(g.num(2, 6))
	v["houses"] = itoa(g.num(3, 300))
	v["temp"] = itoa(g.num(36, 46))
	v["injured"] = itoa(g.num(2, 60))
	v["subject"] = "fire"
	v["org"] = c.ministries[2]
	v["who"] = c.name
	finishCommon(v)
	return []string{"c:" + c.name}
}

func setupAccident(g *gen, v vars) []string {
	c := g.w.country(g.r)
	g.common(v, c)
	towns := g.towns(c, 3)
	v["town"], v["from"], v["to"] = towns[0], towns[1], towns[2]
	v["place"] = towns[0]
	brand := strings.Fields(g.w.company(g.r).name)[0]
	switch g.r.IntN(3) {
	case 0:
		v["mode"], v["mode_desc"], v["crash_verb"], v["operator"] = "train", "passenger train", g.expand("{derailed|came off the tracks|collided with a freight train}"), c.adj+" Railways"
	case 1:
		v["mode"], v["mode_desc"], v["crash_verb"], v["operator"] = "bus", "{bus|coach}", g.expand("{overturned|crashed|plunged into a ravine}"), brand+" Coaches"
		v["mode_desc"] = g.expand(v["mode_desc"])
	default:
		v["mode"], v["mode_desc"], v["crash_verb"], v["operator"] = "ferry", "ferry", g.expand("{capsized|sank|ran aground}"), brand+" Ferries"
	}
	v["mode_cap"] = capFirst(v["mode"])
	v["dead"] = itoa(g.num(3, 90))
	v["injured"] = itoa(g.num(5, 200))
	v["passengers"] = itoa(g.num(40, 600))
	v["crew"] = itoa(g.num(3, 20))
	v["subject"] = "crash"
	v["org"] = v["operator"]
	v["who"] = c.name
	finishCommon(v)
	return []string{"c:" + c.name}
}
