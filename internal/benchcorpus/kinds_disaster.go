package benchcorpus

// Templates: {key} is a figure, name or word list of the story (see article.resolve); [a|b|c]
// picks one wording. A person key {p0} writes the full name with its title on first mention
// and the surname after; {p0,} adds the age in apposition ("Commander Elena Varga, 47,").
// A figure key may end in ~ (a qualified count: "at least 87") or # (spelled out to ten).

var quake = &kindSpec{
	name:     "earthquake",
	event:    "earthquake",
	disaster: true,
	headlines: each(
		"{Region} earthquake death toll rises to {killed}",
		"Quake kills {killed~} in {region} province",
		"{Region} quake: {missing} still missing as rescuers dig through rubble",
		"Death toll from {region} earthquake climbs to {killed}",
		"{Displaced~} left homeless by {region} earthquake",
		"Rescuers pull {rescued} alive from rubble in {town}",
	),
	ledes: firstDay(
		"{dateline} A magnitude {magnitude} earthquake struck {region} province [before dawn|in the early hours|shortly after midnight] on {eventDate}, killing {killed~} people and injuring {injured~}, officials said.",
		"{dateline} The number of people killed in the {region} earthquake rose to {killed}, the civil protection agency said, [as hopes faded of finding more survivors|as aftershocks rattled the province|as rescuers reached villages cut off by landslides].",
		"{dateline} Rescuers [dug|clawed|searched] through the rubble of [collapsed homes|flattened villages|the old town] in {region} province, where the death toll from last week's earthquake [stood at|had reached] {killed}, officials said.",
		"{dateline} [Survivors of the {region} earthquake|Families left homeless by the {region} earthquake|Residents of {region} province] [spent another night|spent the night|waited] in [tents|cars|makeshift shelters] as the death toll rose to {killed}. The quake struck on {eventDate}.",
	),
	facts: []fact{
		{alts: []string{
			"The death toll [rose|climbed] to {killed}, the civil protection agency said, and officials warned it was likely to rise further.",
			"{killed~} people have been confirmed dead, according to the civil protection agency.",
			"Officials said {killed~} people had died, most of them in collapsed homes in [hillside villages|the old town|outlying villages].",
		}},
		{alts: []string{
			"{Injured~} people were injured, [dozens of them|many of them] seriously, and hospitals in {town} were [overwhelmed|struggling to cope].",
			"Hospitals across the province have treated {injured~} injured people, the health ministry said.",
		}},
		{alts: []string{
			"Rescuers were still searching for {missing} people listed as missing, [the agency said|officials said].",
			"{Missing~} people remain missing, most of them in [mountain hamlets|villages above {town}|the old quarter of {town}], [officials said|according to the civil protection agency].",
		}},
		{alts: []string{
			"{Rescued~} people have been rescued from the rubble, [among them|one of them] a [teenage girl|young boy|woman in her eighties] found [under a collapsed staircase|in the ruins of a bakery|beneath a fallen wall].",
			"Rescue teams have pulled {rescued~} people alive from collapsed buildings, [the agency said|officials said], [though hopes were fading|and were still listening for signs of life].",
		}},
		{alts: []string{
			"{Displaced~} people have been left homeless, and many [spent the night|slept] in [tents|cars|school gyms] [as temperatures dropped|in the cold].",
			"The quake has displaced {displaced~} people, [the interior ministry said|according to the interior ministry], and tent camps have been set up on football pitches.",
		}},
		{alts: []string{
			"The earthquake struck on {eventDate}, [before dawn|in the early hours|shortly after midnight], when most people were asleep.",
		}},
		{alts: []string{
			"The earthquake struck at a depth of {depth} kilometres, about {distance} kilometres from {town}, [according to|said] the National Seismological Institute.",
			"The National Seismological Institute said the quake had a magnitude of {magnitude} and its epicentre lay about {distance} kilometres from {town}.",
		}},
		{alts: []string{
			"{Hospital} partly collapsed onto its ground-floor wards. The hospital was built in {built}.",
			"The hospital, which was built in {built} and never reinforced, was evacuated after [cracks opened in its walls|its east wing collapsed].",
			"Engineers said the hospital had been built in {built}, [long before the current building code|decades before modern seismic rules], and had never been strengthened.",
		}},
		{alts: []string{
			"The {thingAge}-year-old hospital had been listed for [repairs|seismic strengthening] [for years|since the last tremor], [local officials said|according to local officials].",
		}},
		{alts: []string{
			"The {length}-metre {Bridge}, the main road link [into|to] the valley, was closed after [cracks|fissures] appeared in its [piers|deck].",
			"Engineers closed the {Bridge}, {length^}-metre span over the {river} river, while they [inspected|checked] its [piers|foundations].",
		}},
		{alts: []string{
			"{p0} declared {emergency#^}-day state of emergency in the province [and ordered troops to help with the rescue|and sent army units to the worst-hit villages].",
			"{emergency#^}-day state of emergency [is in force|has been declared] across {region} province.",
		}},
		{alts: []string{
			"The government declared {mourning#} days of national mourning, with flags flown at half-mast on public buildings.",
			"Flags flew at half-mast during {mourning#} days of national mourning declared by the government.",
		}},
		{alts: []string{
			"{p0} announced {aid$} in emergency aid for the [province|region].",
			"The government has released {aid$} in aid for the worst-hit villages, [officials said|the finance ministry said].",
		}},
		{alts: []string{
			"{Town}, a town of {population} people, [lies|sits] in a valley [ringed by|below] [steep hills|the {region} mountains].",
		}},
		{alts: []string{
			"{p0} visited {town} and said the state would [rebuild every damaged school|pay for temporary housing|not abandon the mountain villages].",
			"“[We will rebuild every home|No one will be left behind|The state will not abandon these communities],” {p0} said [at a news conference in {capital}|after visiting {town}|in a televised address].",
		}},
		{alts: []string{
			"{p1} said [entire villages|whole hamlets|several mountain communities] had been cut off by landslides and that helicopters were dropping supplies.",
			"“[Whole villages are cut off|We are still reaching places no one has seen since the quake|Every hour counts now],” {p1} told reporters [at a school being used as a shelter|in {town}].",
		}},
		{alts: []string{
			"{p2,} who heads the civil protection agency, said [teams were working around the clock|crews were using thermal cameras to look for survivors|the search would go on as long as there was hope].",
			"“[We are listening for every sound|There may still be people alive under there|My teams have not slept],” said {p2,} head of the civil protection agency.",
		}},
		{alts: []string{
			"{p3,} a seismologist at the National Seismological Institute, said [aftershocks were likely to continue for weeks|the fault had not moved so violently in decades|the shallow depth had made the shaking more destructive].",
		}},
		{alts: []string{
			"“[The walls just folded|I heard a roar and then everything went dark|We ran into the street with nothing],” said {p4,} a [teacher|baker|retired miner|shopkeeper] from {town}.",
			"{p4,} a [pensioner|farmer|nurse|mechanic] from {town}, said [she|the family] had [lost everything|slept in the car since the quake|no word from relatives in the hills].",
		}},
		{alts: []string{
			"More than {rescuers} rescuers, [backed by|along with] [army units|sniffer dogs|heavy machinery], [have been sent|were deployed] to the area.",
		}},
	},
	words: map[string][]string{
		"event":   {"earthquake", "quake", "disaster"},
		"topic":   {"building codes", "seismic safety in schools", "the cost of strengthening old hospitals", "illegal construction on hillsides", "how prepared the country is for the next big quake"},
		"history": {"deadly earthquakes", "landslides and floods", "emigration to the cities", "poverty and neglect"},
		"image":   {"a church tower cracked down the middle", "cars crushed under fallen balconies", "rescuers passing a child over a heap of bricks", "a road split open by the shaking"},
		"warning": {"many older buildings would not survive a strong quake", "inspections of public buildings had been skipped for years", "building rules were not enforced in the mountains"},
	},
	filler: []string{
		"[Engineers|Inspectors] [began|started] checking [schools|apartment blocks|churches] for [cracks|structural damage], [marking|tagging] unsafe buildings with red paint.",
		"[Some|Many] residents [refused|were afraid] to go back inside their homes, [preferring|choosing] to sleep in [gardens|cars|tents].",
		"Aftershocks [rattled|shook] the area through the night, [sending|driving] residents back into the streets.",
		"Seismologists said the {region} region sits on one of the most active faults in the country.",
		"Many of the houses that collapsed were built of stone and mud brick, [engineers said|according to engineers].",
		"Rescuers [worked|toiled] with their bare hands where heavy machinery could not reach.",
	},
	build: buildQuake,
}

var flood = &kindSpec{
	name:     "dam failure",
	event:    "flood",
	disaster: true,
	headlines: each(
		"{Dam} failure: death toll rises to {killed}",
		"Dam burst in {region} kills {killed~}",
		"{Evacuated~} evacuated as floodwater spreads below {dam}",
		"{Missing} still missing after {dam} gives way",
		"Flood death toll climbs to {killed} in {region}",
	),
	ledes: firstDay(
		"{dateline} The {dam} burst on {eventDate}, sending a wall of water down the {river} valley and killing {killed~} people, officials said.",
		"{dateline} The death toll from the collapse of the {dam} rose to {killed}, [officials said|the civil protection agency said], as [floodwater|the water] began to recede from [villages|farmland|the lower town] along the {river} river.",
		"{dateline} Rescuers in boats searched flooded villages along the {river} river, where {killed~} people have died, [officials said|according to the civil protection agency]. The {dam} gave way on {eventDate}.",
		"{dateline} [Families|Residents|Farmers] returned to [mud-filled homes|ruined fields|the lower town] below the {dam} as the number of people killed in the flood rose to {killed}.",
	),
	facts: []fact{
		{alts: []string{
			"The death toll rose to {killed}, the civil protection agency said, and officials expected it to climb as the water receded.",
			"{killed~} people have been killed, according to the regional government.",
			"Officials said {killed~} people had died, many of them trapped in their homes as the water rose.",
		}},
		{alts: []string{
			"{Missing~} people remain missing, [officials said|according to the civil protection agency].",
			"Divers and volunteers were still searching for {missing} people listed as missing.",
		}},
		{alts: []string{
			"{Evacuated~} people have been evacuated from [towns|villages] downstream, [officials said|the interior ministry said].",
			"Authorities have evacuated {evacuated~} people from the valley, [housing many in schools and sports halls|and warned them not to return].",
		}},
		{alts: []string{
			"Rescue crews in boats and helicopters have rescued {rescued~} people from rooftops and trees, [the fire brigade said|officials said].",
			"{Rescued~} people have been rescued from flooded homes, [the fire brigade said|according to the fire brigade].",
		}},
		{alts: []string{
			"The {length}-metre dam, built in {built}, held back [a reservoir used for irrigation|the valley's main reservoir|water for a hydroelectric plant].",
			"The dam, built in {built}, had been [inspected|checked] [only rarely|last year|years ago], [engineers said|according to engineers].",
			"The dam was completed in {built} and had not been [renovated|strengthened|upgraded] since [the last century|the end of the war], officials said.",
		}},
		{alts: []string{
			"The dam gave way on {eventDate}, [shortly before dawn|in the early afternoon|after days of heavy rain], [engineers said|according to the operator].",
			"The {dam} failed on {eventDate}, after [days of heavy rain|water rose behind it for a week|cracks widened overnight].",
		}},
		{alts: []string{
			"The {length}-metre wall of the dam [gave way|failed] near its [western|eastern] abutment, engineers said.",
			"Engineers said cracks had been [noticed|reported] in the {length}-metre dam [weeks|months] before it failed.",
		}},
		{alts: []string{
			"{p0} declared {emergency#^}-day state of emergency in the region.",
			"{emergency#^}-day state of emergency [has been declared|is in force] in {region}.",
		}},
		{alts: []string{
			"The government declared {mourning#} days of national mourning, and flags were lowered to half-mast.",
			"{Mourning#} days of national mourning were declared for the victims of the flood.",
		}},
		{alts: []string{
			"The government announced {aid$} in aid for families who lost their homes.",
			"{p0} promised {aid$} in emergency aid to rebuild roads and bridges.",
		}},
		{alts: []string{
			"The operator of the dam said it would pay {compensation$} in compensation to [affected families|the families of the dead].",
			"Families of the victims will receive {compensation$} in compensation, the operator of the dam said.",
		}},
		{alts: []string{
			"{Town}, a town of {population} people, was [partly submerged|cut in two by the water|flooded up to the first floor].",
		}},
		{alts: []string{
			"“[Those responsible will be held to account|We owe these families the truth|Every dam in the country will be inspected],” {p0} said [after visiting the valley|at a news conference in {capital}].",
			"{p0} ordered an inquiry into why the dam failed and said [every dam in the country would be inspected|the findings would be made public].",
		}},
		{alts: []string{
			"{p1} said [the water had risen faster than anyone expected|several villages were still cut off|the priority was reaching the stranded].",
		}},
		{alts: []string{
			"{p2} said [the lower town had been flooded within minutes|the first sirens had sounded too late|the clean-up would take months].",
			"“[The water came in minutes|We had no time to warn anyone|People climbed onto their roofs],” {p2} told reporters.",
		}},
		{alts: []string{
			"{p3,} who commands the regional fire brigade, said crews [were pumping water out of flooded cellars|had searched most of the flooded houses|were working in shifts around the clock].",
		}},
		{alts: []string{
			"“[We lost everything in ten minutes|The water was at the window before we knew it|My neighbours are still missing],” said {p4,} a [farmer|shopkeeper|teacher|pensioner] from {town}.",
		}},
	},
	words: map[string][]string{
		"event":   {"flood", "dam collapse", "disaster"},
		"topic":   {"the state of the country's ageing dams", "how reservoirs are managed", "warning systems for downstream towns", "who inspects the dams and how often"},
		"history": {"floods and droughts", "hydroelectric projects", "farming along the river"},
		"image":   {"cars piled against a bridge", "a church half under water", "cattle stranded on a levee", "a house carried downstream"},
		"warning": {"the dam had been neglected for years", "warning sirens were too few and too old", "the reservoir was kept too full"},
	},
	filler: []string{
		"[Farmers|Growers] said [entire harvests|whole fields|orchards] had been [destroyed|washed away|buried in silt].",
		"[Drinking water|Tap water] was [unsafe|cut off|rationed] in [several villages|parts of {town}|the lower town], and [tankers|lorries] brought [bottled water|clean water].",
		"The {river} river [burst its banks|spread across the valley floor] within hours, [swallowing|covering] fields and roads.",
		"Mud [coated|covered] streets in the lower town, and [volunteers|soldiers] [shovelled|cleared] it from doorways.",
		"Engineers said the water level in the reservoir had been unusually high after weeks of rain.",
	},
	build: buildFlood,
}

var ferry = &kindSpec{
	name:     "ferry sinking",
	event:    "ferry",
	disaster: true,
	headlines: each(
		"{Vessel} sinking: death toll rises to {killed}",
		"Ferry {vesselName} capsizes off {island}, killing {killed~}",
		"{Missing} still missing after ferry {vesselName} sinks",
		"Divers search {vesselName} wreck as toll climbs to {killed}",
		"Overloaded ferry was carrying {aboard} people, officials say",
	),
	ledes: firstDay(
		"{dateline} The passenger ferry {vessel} capsized off {island} on {eventDate}, with {aboard} people on board, killing {killed~}, the coast guard said.",
		"{dateline} The death toll from the sinking of the ferry {vessel} rose to {killed}, the coast guard said, as divers [searched the wreck|reached the lower decks|worked in strong currents].",
		"{dateline} [Relatives|Families] [waited|kept vigil] at the port of {town} as the number of people killed in the sinking of the {vessel} rose to {killed}.",
	),
	facts: []fact{
		{alts: []string{
			"The death toll rose to {killed}, the coast guard said.",
			"{killed~} people have died, [officials said|according to the coast guard].",
			"Officials said {killed~} people had been killed, most of them trapped below deck.",
		}},
		{alts: []string{
			"{Missing~} people remain missing, [the coast guard said|according to the coast guard].",
			"Divers were still searching for {missing} people listed as missing.",
		}},
		{alts: []string{
			"{Rescued~} people were rescued, [many of them by fishing boats|some after hours in the water], [the coast guard said|officials said].",
			"Fishing boats and navy vessels have rescued {rescued~} people, the coast guard said.",
		}},
		{alts: []string{
			"The ferry was carrying {aboard} people, [according to the passenger list|the coast guard said], but was licensed to carry {capacity} passengers.",
			"The {vesselName} was licensed to carry {capacity} passengers but had {aboard} people on board, [the transport ministry said|according to the transport ministry].",
		}},
		{alts: []string{
			"The ferry, built in {built}, had passed its last inspection in [the spring|the autumn|January], the ministry said.",
			"The ferry was built in {built} and had [changed hands several times|been refitted abroad|served the route for years], according to port records.",
		}},
		{alts: []string{
			"The {length}-metre ferry [ran the route|sailed the crossing] between {town} and {island} [several times a week|daily].",
			"The {vesselName} was {length^}-metre vessel [bought second-hand|refitted|registered] in {capital}.",
		}},
		{alts: []string{
			"The {thingAge}-year-old ferry had [a history of engine trouble|been cited for safety problems|been refitted only once], [inspectors said|according to inspectors].",
		}},
		{alts: []string{
			"The ferry capsized on {eventDate}, [about an hour after leaving {town}|in rough seas|shortly before midnight], [the coast guard said|according to the coast guard].",
			"The ferry sank on {eventDate}, [within sight of {island}|in heavy seas|minutes after sending a distress call], [port officials said|the transport ministry said].",
		}},
		{alts: []string{
			"The crossing normally takes {crossing#} hours.",
			"The crossing usually takes {crossing#} hours in calm weather.",
		}},
		{alts: []string{
			"The government declared {mourning#} days of national mourning.",
			"{Mourning#} days of national mourning were declared for the victims of the sinking.",
		}},
		{alts: []string{
			"The ferry's owner said it would pay {compensation$} in compensation to the families of the victims.",
			"Families of the dead will receive {compensation$} in compensation, the operator said.",
		}},
		{alts: []string{
			"Police have arrested {arrested} members of the crew, [prosecutors said|according to prosecutors].",
			"Prosecutors said {arrested} people, including crew members, had been arrested.",
		}},
		{alts: []string{
			"{p0} promised a full inquiry into the disaster.",
			"“[Someone allowed this ship to sail overloaded|We will find out who let this ferry leave port|The families deserve answers],” {p0} said [in {capital}|at the port].",
		}},
		{alts: []string{
			"{p1,} of the coast guard, said divers were [searching the wreck|working in strong currents|cutting through the hull].",
			"“[We have not given up|The currents are very strong|Visibility down there is almost nil],” said {p1,} who leads the search.",
		}},
		{alts: []string{
			"{p2,} the ferry's master, was [among the survivors|questioned by police|taken to hospital], [officials said|port officials said].",
		}},
		{alts: []string{
			"{p3} said the town's [sports hall|school|church] had been turned into a centre for relatives.",
		}},
		{alts: []string{
			"“[The ship leaned and everyone fell|We jumped into black water|I held on to a life jacket for hours],” said {p4,} a survivor from {town}.",
			"{p4,} who survived by clinging to [a life raft|a floating bench|debris], said the ferry [tilted suddenly|rolled within minutes|was packed with cargo].",
		}},
	},
	words: map[string][]string{
		"event":   {"sinking", "disaster", "capsizing"},
		"topic":   {"overloading on island ferries", "the age of the ferry fleet", "how ports check passenger numbers", "safety rules at sea"},
		"history": {"fishing and trade by sea", "ferry accidents", "emigration from the islands"},
		"image":   {"the hull of the ferry above the waves", "survivors wrapped in blankets on the quay", "divers preparing at dawn", "life jackets floating near the shore"},
		"warning": {"ferries on the route were routinely overloaded", "inspections were a formality", "old ferries should have been retired years ago"},
	},
	filler: []string{
		"[Relatives|Families] [waited|gathered] on the quay [through the night|in the rain|for news], [some|many] [holding photographs|clutching phones|in silence].",
		"[Fishermen|Boat owners] from {island} [joined|helped with] the search [at first light|through the night|in their own boats].",
		"Ferries are the main link between {island} and the mainland, [carrying|ferrying] workers, students and goods.",
		"[The sea|The weather] had been [rough|calm|choppy] that evening, [sailors|fishermen] said.",
		"Overloading has been blamed for several accidents on the island routes in the past.",
	},
	build: buildFerry,
}

var wildfire = &kindSpec{
	name:     "wildfire",
	event:    "fire",
	disaster: true,
	headlines: each(
		"{Fire} death toll rises to {killed}",
		"Wildfire kills {killed~} in {region}",
		"{Evacuated~} flee as {fire} spreads",
		"{Missing} missing as {fire} burns on",
	),
	ledes: firstDay(
		"{dateline} The {fire} broke out on {eventDate}, and [raced through|tore through|swept across] [forests|villages|farmland] in {region}, killing {killed~} people, officials said.",
		"{dateline} The death toll from the {fire} rose to {killed}, [officials said|fire officials said], as [crews|firefighters] [battled|fought] the flames [in strong winds|on several fronts|through the night].",
		"{dateline} [Residents|Families] who fled the {fire} [waited|gathered] in [shelters|schools|sports halls] as the number of people killed rose to {killed}.",
	),
	facts: []fact{
		{alts: []string{
			"The death toll rose to {killed}, officials said.",
			"{killed~} people have been killed, according to the regional government.",
			"Officials said {killed~} people had died, some of them in cars as they tried to flee.",
		}},
		{alts: []string{
			"{Injured~} people have been injured, [many with burns|including firefighters], [officials said|according to hospitals].",
		}},
		{alts: []string{
			"{Missing~} people remain missing, [police said|officials said].",
			"Police were still searching for {missing} people listed as missing.",
		}},
		{alts: []string{
			"{Evacuated~} people have been evacuated, [officials said|according to the interior ministry].",
			"Authorities have evacuated {evacuated~} people from [towns and villages|the valley] in the path of the fire.",
		}},
		{alts: []string{
			"The fire broke out on {eventDate}, [in the hills above {town}|near a forest road|in dry scrubland] and spread quickly in strong winds.",
			"The {fire} started on {eventDate}, [fire officials said|according to the forestry service].",
		}},
		{alts: []string{
			"The fire has burned more than {hectares} hectares of forest and farmland, [officials said|according to the forestry service].",
		}},
		{alts: []string{
			"Police have arrested {arrested} people on suspicion of starting fires, [prosecutors said|officials said].",
			"{Arrested} people have been arrested on suspicion of arson, police said.",
		}},
		{alts: []string{
			"The fire destroyed the {Hotel}, built in {built}, [a landmark of the region|a favourite of hikers].",
			"Among the buildings lost was the {Hotel}, which was built in {built}.",
		}},
		{alts: []string{
			"The {length}-kilometre {Tunnel} was closed as smoke [drifted|poured] across the [road|highway].",
		}},
		{alts: []string{
			"{p0} declared {emergency#^}-day state of emergency in {region}.",
			"{emergency#^}-day state of emergency is in force in the region.",
		}},
		{alts: []string{
			"The government declared {mourning#} days of national mourning.",
			"{Mourning#} days of national mourning were declared for the victims of the fire.",
		}},
		{alts: []string{
			"The government announced {aid$} in aid for people who lost their homes.",
			"{p0} promised {aid$} in emergency aid for the region.",
		}},
		{alts: []string{
			"“[We will rebuild|The state will stand by these families|No one will be left on their own],” {p0} said [after visiting {town}|in {capital}].",
			"{p0} said [the army would help fight the fire|aircraft from abroad were on their way|those who set fires would be punished].",
		}},
		{alts: []string{
			"{p1} said [the fire had jumped a river|winds were driving the flames toward {town}|several villages had been cut off].",
		}},
		{alts: []string{
			"{p2,} said crews were [working on several fronts|protecting homes on the edge of {town}|exhausted after days on the line].",
			"“[The wind changes every hour|We cannot fight this alone|My crews have not slept],” said {p2,} who leads the firefighters.",
		}},
		{alts: []string{
			"{p3} said army units were [helping to evacuate villages|clearing firebreaks|bringing water to the front].",
		}},
		{alts: []string{
			"“[The sky turned black at noon|We left with the clothes we were wearing|The flames were in the garden before we knew it],” said {p4,} who fled {town}.",
		}},
	},
	words: map[string][]string{
		"event":   {"fire", "wildfire", "blaze"},
		"topic":   {"forest management", "drought and heat", "the building of houses in forests", "the readiness of fire services"},
		"history": {"summer fires", "droughts", "logging", "tourism in the hills"},
		"image":   {"a wall of flame behind a village", "cars abandoned on a road", "water bombers over a ridge", "a burned-out church"},
		"warning": {"the forests had become tinder-dry", "firefighters were underfunded", "too few firebreaks had been cut"},
	},
	filler: []string{
		"[Farmers|Families] [moved|led] [livestock|animals|their herds] to [safety|the coast|open fields] [as the fire approached|ahead of the flames].",
		"[Firefighters|Crews] from [neighbouring regions|abroad|other provinces] [joined|reinforced] the [effort|local crews] [on the front line|in the hills].",
		"[Strong|Gusting|Dry] winds [fanned|drove] the flames [across ridges|through pine forests|toward the coast].",
		"[Smoke|Ash] hung over {capital}, and [authorities|doctors] [urged|told] residents to stay indoors.",
		"Water-bombing aircraft [flew|made] runs [from dawn|all day] over the [hills|ridges].",
	},
	build: buildWildfire,
}
