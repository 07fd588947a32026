package benchcorpus

var election = &kindSpec{
	name:  "election",
	event: "election",
	headlines: []fact{
		{late: true, alts: []string{"{Party1} wins {seats1} seats in {country} election", "Final count gives {party1} {seats1} seats"}},
		{alts: []string{"Police arrest {arrested} as {country} election protests grow"}},
		{alts: []string{"{Injured~} hurt in clashes after {country} vote"}},
		{alts: []string{"{country} election cost {cost$}, commission says"}},
	},
	ledes: []fact{
		{alts: []string{
			"{dateline} Voters in {country} went to the polls on {eventDate}, in [a tense|a closely watched|a bitterly fought] election between {p1} and {p2}.",
			"{dateline} [Results|Early results|The count] from the election held on {eventDate}, [pointed to|suggested] a [narrow|clear|contested] outcome, as {p1} and {p2} both [claimed victory|urged calm].",
		}},
		{late: true, alts: []string{
			"{dateline} {Party1} won {seats1} seats in the {seatsTotal}-seat parliament, final results showed, [handing {p1} a [narrow|clear] majority|short of the majority {p1} had hoped for].",
			"{dateline} [Protesters|Supporters of the opposition] [marched|gathered] in {capital} after final results gave {party1} {seats1} seats in the election held on {eventDate}.",
		}},
	},
	facts: []fact{
		{late: true, alts: []string{
			"Final results gave {party1} {seats1} seats in the {seatsTotal}-seat parliament, [the electoral commission said|according to the electoral commission].",
			"{Party1} won {seats1} seats, [the electoral commission said|according to the final count].",
		}},
		{late: true, alts: []string{
			"{Party2} won {seats2} seats and [said it would challenge the result|called for a recount|conceded defeat].",
		}},
		{alts: []string{
			"Turnout was {turnout} percent, [the electoral commission said|according to the commission].",
		}},
		{alts: []string{
			"Voting began on {eventDate}, at [seven in the morning|dawn] and ran until [the evening|nine at night].",
			"The election was held on {eventDate}, [a month after parliament was dissolved|after a campaign marred by violence].",
		}},
		{alts: []string{
			"Police have arrested {arrested} people during protests in {capital}, [the interior ministry said|officials said].",
			"{Arrested} people have been arrested since the protests began, [police said|according to the police].",
		}},
		{alts: []string{
			"{Injured~} people have been injured in clashes between protesters and police, [hospitals said|the health ministry said].",
		}},
		{alts: []string{
			"The government declared {emergency#^}-day state of emergency in {capital}.",
			"{emergency#^}-day state of emergency [is in force|has been declared] in the capital.",
		}},
		{alts: []string{
			"The parliament building, completed in {built}, was [ringed by riot police|surrounded by protesters|sealed off by police].",
			"Protesters gathered outside the parliament building, which was built in {built}.",
		}},
		{alts: []string{
			"Protesters [climbed|hung banners from] the {length}-metre clock tower of the parliament.",
		}},
		{alts: []string{
			"The election cost {cost$}, [the finance ministry said|according to the electoral commission].",
		}},
		{alts: []string{
			"{p0} said police had [acted with restraint|been attacked first|arrested only those who broke the law].",
			"“[Order will be kept|The police will protect every citizen|Violence will not be tolerated],” {p0} said.",
		}},
		{alts: []string{
			"{p1,} who is seeking a [second|third] term, [claimed victory|said the vote had been fair|thanked voters] in a speech in {capital}.",
		}},
		{alts: []string{
			"“[The people have spoken|This result was stolen|We will not accept this count],” said {p2,} whose party [came second|led in the big cities].",
		}},
		{alts: []string{
			"{p3} said [the count had been transparent|complaints would be investigated|observers had been present at every polling station].",
		}},
		{alts: []string{
			"{p4} said [the result reflected anger over prices|the opposition had failed to win over rural voters|the protests could grow].",
		}},
		{alts: []string{
			"“[I voted for change|Nothing ever changes here|I just want my children to stay in this country],” said {p5,} a [student|pensioner|taxi driver|nurse] in {capital}.",
		}},
	},
	words: map[string][]string{
		"event":    {"election", "vote", "campaign"},
		"question": {"what the result would mean for the country", "whether the count could be trusted", "who would form the next government", "why so many voters stayed at home"},
		"topic":    {"corruption", "the cost of living", "emigration of young people", "the independence of the courts", "media freedom"},
		"history":  {"disputed elections", "coalition governments", "street protests"},
		"image":    {"queues outside polling stations", "riot police in the main square", "ballot boxes carried into a school", "supporters waving flags"},
		"warning":  {"the electoral rolls were full of dead voters", "state media favoured the government", "vote-buying was widespread in the countryside"},
	},
	filler: []string{
		"[Pollsters|Analysts] said [young voters|rural voters|voters abroad] had [turned out in larger numbers|stayed at home|swung the result].",
		"Campaign [rallies|events] had [drawn|attracted] [large crowds|thin crowds|young crowds] in {capital} and the [provincial towns|countryside].",
		"The electoral commission [rejected|was reviewing|dismissed] complaints of [irregularities|vote-buying|ballot stuffing] in [several districts|the countryside|the capital].",
		"[State television|Private channels] [gave|devoted] [hours|much of the evening] to [the count|coverage of the results|studio debates].",
		"[Supporters|Activists] of both camps [gathered|rallied] [late into the night|in the main square|outside party offices].",
		"Coalition talks [are expected|could begin|may drag on] [in the coming weeks|once the results are certified|before a new government is formed].",
		"Observers from [neighbouring countries|international bodies|civil society groups] [monitored|watched] polling stations [across the country|in the capital|in rural districts].",
		"The campaign was dominated by [the cost of living|corruption|emigration], [polls showed|according to pollsters].",
		"International observers said they would [publish|present] their findings [next week|in the coming days].",
		"[Posters|Billboards] of the candidates still [lined|covered] the main boulevards of {capital}.",
	},
	build: buildElection,
}

var trial = &kindSpec{
	name:  "trial",
	event: "trial",
	headlines: []fact{
		{alts: []string{"Trial opens over {Bridge} collapse that killed {killed}", "{Bridge} trial: prosecutors say {killed} died through negligence"}},
		{late: true, alts: []string{"{p3n} jailed for {sentence#} years over {Bridge} collapse"}},
		{alts: []string{"Businessman accused of embezzling {embezzled$} in {Bridge} case"}},
	},
	ledes: []fact{
		{alts: []string{
			"{dateline} The trial of {p3,} opened on {eventDate}, at the {Town} District Court. The businessman is accused over the collapse of the {Bridge}, which killed {killed} people.",
			"{dateline} Prosecutors [told|showed] the court that warnings about the {Bridge} had been ignored for years before it collapsed on {collapseDate}, killing {killed} people.",
		}},
		{late: true, alts: []string{
			"{dateline} A court in {town} sentenced {p3,} to {sentence#} years in prison for his role in the collapse of the {Bridge}, which killed {killed} people.",
		}},
	},
	facts: []fact{
		{alts: []string{
			"The {Bridge} collapsed on {collapseDate}, killing {killed} people and injuring {injured}.",
			"In all, {killed} people died when the bridge collapsed during [a festival|the evening rush hour|a school outing].",
		}},
		{alts: []string{
			"The bridge, built in {built}, had been [declared safe|inspected|repainted] [months|a year] before it collapsed.",
			"Prosecutors say the {Bridge}, completed in {built}, was built with [cheap steel|too little concrete|falsified safety reports].",
		}},
		{alts: []string{
			"The {length}-metre footbridge [spanned|crossed] the {river} river [in the old town|near the central market].",
		}},
		{alts: []string{
			"Prosecutors have charged {charged} people in the case, [among them|including] engineers and city inspectors.",
		}},
		{alts: []string{
			"{p3,} whose company built the bridge, is accused of embezzling {embezzled$} meant for its maintenance.",
			"Prosecutors say {p3} embezzled {embezzled$} from the bridge contract.",
		}},
		{alts: []string{
			"{p3} was released on bail of {bail$} after the arrest.",
		}},
		{alts: []string{
			"The city has paid {compensation$} in compensation to the families of the victims.",
		}},
		{alts: []string{
			"{Mourning#} days of national mourning were declared after the collapse.",
			"The government declared {mourning#} days of national mourning after the disaster.",
		}},
		{alts: []string{
			"The trial opened on {eventDate}, at the {Town} District Court amid tight security.",
		}},
		{late: true, alts: []string{
			"The court sentenced {p3} to {sentence#} years in prison for [negligence|fraud and negligence|causing death by negligence].",
			"{p3} was sentenced to {sentence#} years in prison [on charges of negligence|for fraud and negligence].",
		}},
		{alts: []string{
			"{p0} said [the government would respect the court's decision|the case had exposed failures in public tenders|new rules on inspections were being drafted].",
		}},
		{alts: []string{
			"{p1} [rejected|dismissed] a defence request to [delay the hearing|move the trial to another city|exclude evidence from the inspectors].",
		}},
		{alts: []string{
			"“[This bridge was a trap|The warnings were ignored for years|Money was put before lives],” {p2} told the court.",
		}},
		{alts: []string{
			"{p3,} [denies the charges|has pleaded not guilty|says the engineers were to blame].",
		}},
		{alts: []string{
			"{p4} said the defence would [appeal|call independent engineers|show that the inspections were the city's job].",
		}},
		{alts: []string{
			"“[I want to look them in the eye|Nothing will bring my son back|We have waited too long for this day],” said {p5,} whose [son|daughter|husband|wife] died in the collapse.",
		}},
	},
	words: map[string][]string{
		"event":   {"trial", "case", "collapse"},
		"topic":   {"corruption in public works", "the independence of the courts", "how bridges are inspected", "who answers for public safety"},
		"history": {"corruption scandals", "rapid building in the boom years", "slow justice"},
		"image":   {"relatives holding photographs outside the court", "the twisted remains of the bridge", "police escorting the defendants", "candles on the riverbank"},
		"finding": {"warnings about corrosion had been passed up the chain", "inspections had been signed without visits", "cheaper steel had been ordered than the design required", "repairs had been postponed to save money"},
		"warning": {"public contracts went to friends of officials", "inspectors were paid to look away", "many bridges of that era were unsafe"},
	},
	filler: []string{
		"[Defence lawyers|Prosecutors] [spent the morning|spent hours|began] [questioning|cross-examining] [engineers|inspectors|former employees] of the company.",
		"[Outside the court|On the steps of the courthouse], relatives [held up|carried] [photographs|banners|candles] [of the victims|demanding justice].",
		"The [hearing|session] was [adjourned|suspended] [until the next day|after a dispute over evidence|while the judges consulted].",
		"[Documents|Emails|Reports] shown in court [suggested|indicated] that {finding}.",
		"The case has [gripped|divided|angered] the country, [and|while] [crowds|reporters|protesters] [gather|wait] outside the court [each day|every morning].",
		"[Witnesses|Former employees] [told the court|testified] that {finding}.",
		"The courtroom was [packed|crowded] with relatives of the victims, some holding photographs.",
		"[Legal experts|Lawyers] said the trial could [last months|drag on into next year|set a precedent].",
		"The remains of the bridge have been [removed|left in place] while [investigators|engineers] [finish their work|study the steel].",
	},
	build: buildTrial,
}

var ceasefire = &kindSpec{
	name:  "ceasefire talks",
	event: "ceasefire",
	headlines: []fact{
		{alts: []string{"{Front} frees {released} captives as {country} truce holds"}},
		{alts: []string{"Death toll in {country} war rises to {killed} as talks resume"}},
		{alts: []string{"{Held} captives still held as {country} ceasefire talks go on"}},
		{alts: []string{"{Ceasefire#}-day ceasefire holds in {country}", "Donors promise {aid$} for {country} as truce holds"}},
	},
	ledes: []fact{
		{alts: []string{
			"{dateline} The {ceasefire#}-day ceasefire between {country} and the {front} took effect on {eventDate}, after [months of talks|weeks of shuttle diplomacy] mediated by {mediator}.",
			"{dateline} Negotiators from {country} and the {front} [met again|resumed talks] in {talkCity} to discuss the next phase of the ceasefire that took effect on {eventDate}.",
			"{dateline} The ceasefire in {country} [held|largely held] for another day, [mediators said|officials said], as [aid convoys|lorries of food] crossed into areas held by the {front}.",
		}},
	},
	facts: []fact{
		{alts: []string{
			"The war has killed {killed~} people, [according to health officials|the health ministry says].",
			"{killed~} people have been killed since the fighting began, [officials said|according to local health officials].",
		}},
		{alts: []string{
			"{Held~} captives remain in captivity, [officials said|according to the government].",
			"The government says {held} captives are still being held by the {front}.",
		}},
		{alts: []string{
			"The {front} has released {released} captives since the truce began, [the mediators said|officials said].",
			"{Released} captives have been freed so far under the deal, [officials said|according to the mediators].",
		}},
		{alts: []string{
			"The ceasefire is meant to last {ceasefire#} days, [officials said|according to the mediators].",
			"Under the deal, the {ceasefire#}-day truce [may be extended|will be reviewed] if both sides keep to its terms.",
		}},
		{alts: []string{
			"The first phase of the deal, lasting {phase#} days, [covers|includes] the [exchange of captives|return of displaced people|withdrawal of heavy weapons].",
		}},
		{alts: []string{
			"Donors have [promised|committed] {aid$} in reconstruction aid, [the mediators said|officials said].",
		}},
		{alts: []string{
			"The {Bridge}, built in {built}, reopened to traffic under the deal.",
			"Engineers [began|started] repairs on the {Bridge}, which was built in {built} and damaged in the fighting.",
		}},
		{alts: []string{
			"Both sides agreed to {length^}-kilometre buffer zone along the front line.",
		}},
		{alts: []string{
			"{p0} said [the government would honour the ceasefire|any violation would be answered|every captive must come home].",
		}},
		{alts: []string{
			"{p1,} of {mediator}, said [both sides were committed to the deal|the next round of talks would be difficult|aid convoys were moving again].",
		}},
		{alts: []string{
			"{p2,} who commands the {front}'s fighters, said the group would respect the truce as long as the army did.",
		}},
		{alts: []string{
			"“[We are closer than ever|Every captive must come home|Nothing is agreed until everything is agreed],” {p3} said.",
		}},
		{alts: []string{
			"{p4} accused the {front} of [violating the truce|moving weapons into the buffer zone|delaying the release of captives].",
		}},
		{alts: []string{
			"“[We just want to go home|For the first time in months we slept through the night|We do not trust the silence],” said {p5,} who fled {town}.",
		}},
	},
	words: map[string][]string{
		"event":    {"war", "conflict", "fighting"},
		"question": {"whether the truce would hold", "who would pay to rebuild the border towns", "what the deal meant for the captives", "whether the talks could succeed"},
		"topic":    {"how to rebuild the border towns", "the fate of the captives", "who will police the buffer zone", "the return of displaced families"},
		"history":  {"border wars", "uneasy truces", "foreign mediation"},
		"image":    {"families returning to ruined homes", "aid lorries at a checkpoint", "captives embracing relatives", "children playing in a bombed square"},
		"warning":  {"the truce was fragile", "spoilers on both sides wanted the talks to fail", "aid was not reaching the worst-hit towns"},
	},
	filler: []string{
		"[Convoys|Lorries] [carrying|loaded with] [food|fuel|medicine] [crossed|entered] [the border|the front line|areas held by the {front}] [under escort|at dawn|after long delays].",
		"[Families|Residents] [began returning|started to return|went back] to [villages|homes|towns] along the front line, [many of them|most of them] [damaged|in ruins].",
		"[Both sides|The two sides] [accused each other|traded accusations] of [minor violations|breaches of the truce|moving troops], [mediators said|according to the mediators].",
		"[Foreign ministers|Diplomats|Envoys] from [several countries|neighbouring states|the region] [welcomed|praised] the truce [and urged|but warned] [both sides|the parties] [to keep to it|that it remained fragile].",
		"Talks [were held|took place|continued] [behind closed doors|at a hotel|in a government guesthouse] in {talkCity}.",
		"[Demining teams|Engineers|Aid workers] [began|started] [clearing|surveying|repairing] [roads|fields|water pipes] near the front line.",
		"Aid agencies said [food|fuel|medicine] was still [scarce|running short] in the border towns.",
		"[Diplomats|Mediators] said the hardest questions had been left for later rounds.",
		"Residents of the border towns said the guns had [fallen silent|gone quiet] for the first time in months.",
	},
	build: buildCeasefire,
}
