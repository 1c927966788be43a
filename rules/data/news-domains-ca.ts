/**
 * Canadian news outlets the US-focused candidate list lacks or only partly covers: national and
 * regional newspapers, broadcasters and their radio sites, digital outlets and magazines, and local
 * news in Toronto, Calgary and Peterborough. Hand-curated from the outlets' own mastheads and
 * ownership groups (CBC/Radio-Canada, Bell Media, Corus, Rogers, Postmedia, Torstar/Metroland,
 * Village Media, Black Press, SaltWire, Québecor, independent digital outlets), plus the wire
 * services and news-brand link domains (nyti.ms, reut.rs …) that also appear in the shortener list.
 * Registrable domains or hosts; subdomains match too (calgary.ctvnews.ca matches ctvnews.ca).
 * Deliberately NOT here: canada.ca and other government sites, City sites, platforms (youtube.com,
 * facebook.com, substack.com) and radio streaming portals (iheartradio.ca).
 */
export const NEWS_DOMAINS_CA: readonly string[] = [
  // Public and national broadcasters, networks
  'cbc.ca', 'radio-canada.ca', 'ici.radio-canada.ca', 'cbc.radio-canada.ca', 'rcinet.ca', 'tvo.org', 'tvo.me', 'cpac.ca',
  'aptnnews.ca', 'aptn.ca', 'ctvnews.ca', 'ctv.ca', 'bnnbloomberg.ca', 'cp24.com', 'cp24.ca', 'globalnews.ca', 'citynews.ca',
  'citytv.com', 'omnitv.ca', 'chch.com', 'cheknews.ca', 'noovo.info', 'tvanouvelles.ca', 'tva.ca', 'qub.ca', 'cablepulse24.com',
  // Wire services
  'thecanadianpress.com', 'canadianpress.com', 'cp.org', 'reuters.com', 'apnews.com', 'ap.org', 'afp.com', 'bloomberg.com',
  // National papers, magazines, digital outlets
  'theglobeandmail.com', 'tgam.ca', 'nationalpost.com', 'financialpost.com', 'thestar.com', 'thestar.ca', 'torontostar.com',
  'macleans.ca', 'chatelaine.com', 'thewalrus.ca', 'thetyee.ca', 'thenarwhal.ca', 'nationalobserver.com', 'thelogic.co',
  'thehub.ca', 'ipolitics.ca', 'hilltimes.com', 'rabble.ca', 'pressprogress.ca', 'canadaland.com', 'canadalandshow.com',
  'thebreach.ca', 'thecoast.ca', 'canadianbusiness.com', 'betakit.com', 'huffingtonpost.ca', 'huffpost.ca', 'vice.com',
  'dailyhive.com', 'narcity.com', 'mtlblog.com', 'canada.com', 'o.canada.com', 'canoe.com', 'tnc.news', 'westernstandard.news',
  'westernstandardonline.com', 'rebelnews.com', 'thepostmillennial.com', 'theconversation.com', 'xtramagazine.com', 'ricochet.media',
  'thejuggernaut.com', 'canadiangeographic.ca', 'readersdigest.ca', 'canadianliving.com', 'todaysparent.com', 'cottagelife.com', 'newcanadianmedia.ca', 'canadiandimension.com', 'c2cjournal.ca', 'policyoptions.irpp.org', 'theline.substack.com',
  // Toronto and the GTA
  'toronto.com', 'blogto.com', 'torontolife.com', 'nowtoronto.com', 'torontosun.com', 'torontoobserver.ca', 'torontoist.com',
  'thelocal.to', 'streetsoftoronto.com', 'spacing.ca', 'urbantoronto.ca', 'storeys.com', 'thetrillium.ca', 'insauga.com',
  'mississauga.com', 'bramptonguardian.com', 'thepointer.com', 'yorkregion.com', 'durhamregion.com', 'insidehalton.com',
  'inhalton.com', 'oakvillenews.org', 'newmarkettoday.ca', 'bradfordtoday.ca', 'torontocitynews.ca', 'toronto.citynews.ca', 'torontotoday.ca',
  'insidetoronto.com', 'beachmetro.com', 'sharenews.com', 'thebulletin.ca', 'yongestreetmedia.ca', 'torontoguardian.com', 'thegrid.to',
  'cityline.tv', 'cfrb.com', 'newstalk1010.com', '680news.com', '640toronto.com', '1310news.com', 'cp24breakfast.com',
  // Peterborough and the Kawarthas
  'thepeterboroughexaminer.com', 'peterboroughexaminer.com', 'mykawartha.com', 'kawarthanow.com', 'ptbotoday.ca',
  'peterboroughcurrents.ca', 'lindsayadvocate.ca', 'kawarthalakesthisweek.com', 'northumberlandnews.com', 'todaysnorthumberland.ca',
  'cobourgnow.ca', 'quintenews.com', 'bancroftthisweek.com', 'insidebelleville.com', 'intelligencer.ca', 'chex.ca', 'ptbo.fm', 'trentarthur.ca',
  // Calgary and southern Alberta
  'calgaryherald.com', 'calgarysun.com', 'livewirecalgary.com', 'sprawlcalgary.com', 'thesprawl.ca', 'avenuecalgary.com',
  'calgaryjournal.ca', 'calgary.citynews.ca', '660citynews.com', '660news.com', '770chqr.com', 'qr77.com', 'cochraneeagle.ca',
  'cochranetoday.ca', 'airdrietoday.com', 'airdriecityview.com', 'okotoksonline.com', 'okotokstoday.ca', 'westernwheel.ca',
  'rmoutlook.com', 'rmotoday.com', 'stalberttoday.ca', 'lakelandtoday.ca', 'mountainviewtoday.ca', 'albertaprimetimes.com', 'westcentralonline.com', 'lethbridgeherald.com', 'lethbridgenewsnow.com', 'medicinehatnews.com', 'chatnewstoday.ca',
  'reddeeradvocate.com', 'rdnewsnow.com', 'edmontonjournal.com', 'edmontonsun.com', 'taprootedmonton.com', '630ched.com',
  '880edmonton.com', 'albertaviews.ca', 'thebigstory.ca', 'everythinggp.com', 'fortmcmurraytoday.com', 'mymcmurray.com',
  // Rest of Ontario
  'ottawacitizen.com', 'ottawasun.com', 'ottawamatters.com', 'cfra.com', '580cfra.com', 'thespec.com', 'hamiltonnews.com',
  'inthehammer.com', 'therecord.com', 'guelphmercury.com', 'guelphtoday.com', 'cambridgetoday.ca', 'kitchenertoday.com',
  '570news.com', 'lfpress.com', 'londonfreepress.com', 'blackburnnews.com', 'windsorstar.com', 'ourwindsor.ca', 'am800cklw.com',
  'stcatharinesstandard.ca', 'niagarafallsreview.ca', 'wellandtribune.ca', 'niagarathisweek.com', '610cktb.com',
  'thewhig.com', 'kingstonist.com', 'barrietoday.com', 'innisfiltoday.ca', 'midlandtoday.ca', 'elliotlaketoday.com', 'thoroldtoday.ca',
  'burlingtontoday.com', 'stoneycreektoday.com', 'northernontariobusiness.com', 'bayshorebroadcasting.ca', 'simcoe.com', 'orilliamatters.com', 'collingwoodtoday.ca',
  'muskokaregion.com', 'baytoday.ca', 'sudbury.com', 'thesudburystar.com', 'sootoday.com', 'timminstoday.com',
  'tbnewswatch.com', 'chroniclejournal.com', 'nugget.ca', 'brantfordexpositor.ca', 'theobserver.ca', 'sarnianewstoday.ca',
  'chathamdailynews.ca', 'stratfordbeaconherald.com', 'woodstocksentinelreview.com', 'insideottawavalley.com',
  // Québec
  'lapresse.ca', 'ledevoir.com', 'journaldemontreal.com', 'journaldequebec.com', 'lactualite.com', 'ledroit.com', 'lesoleil.com',
  'lenouvelliste.ca', 'latribune.ca', 'lavoixdelest.ca', 'montrealgazette.com', 'cjad.com', 'cjad800.com', '985fm.ca',
  // Prairies, British Columbia, the North
  'winnipegfreepress.com', 'winnipegsun.com', 'leaderpost.com', 'thestarphoenix.com', 'cjme.com', '650ckom.com', 'paherald.sk.ca',
  'vancouversun.com', 'theprovince.com', 'timescolonist.com', 'vancouverisawesome.com', 'biv.com', 'castanet.net', 'infotel.ca',
  'kelownanow.com', 'nsnews.com', 'richmond-news.com', 'tricitynews.com', 'burnabynow.com', 'surreynowleader.com', 'cknw.com',
  'news1130.com', 'citynews1130.com', 'nunatsiaq.com', 'cabinradio.ca', 'yukon-news.com', 'nnsl.com',
  // Atlantic
  'saltwire.com', 'thechronicleherald.ca', 'theguardian.pe.ca', 'halifaxexaminer.ca', 'allnovascotia.com', 'huddle.today',
  'tj.news', 'telegraphjournal.com', 'thetelegram.com', 'capebretonpost.com', 'ntv.ca', 'vocm.com',
  // International outlets often shared in Canada
  'nytimes.com', 'nyti.ms', 'washingtonpost.com', 'wapo.st', 'wsj.com', 'on.wsj.com', 'ft.com', 'on.ft.com', 'economist.com',
  'econ.st', 'bbc.com', 'bbc.co.uk', 'bbc.in', 'theguardian.com', 'gu.com', 'cnn.com', 'cnn.it', 'reut.rs', 'apne.ws', 'bloom.bg',
  'npr.org', 'n.pr', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'abcn.ws', 'usatoday.com', 'usat.ly', 'politico.com',
  'politico.eu', 'politi.co', 'axios.com', 'theatlantic.com', 'newyorker.com', 'time.com', 'newsweek.com', 'aljazeera.com',
  'independent.co.uk', 'telegraph.co.uk', 'thetimes.co.uk', 'dailymail.co.uk', 'euronews.com', 'france24.com', 'dw.com',
  'abc.net.au', 'smh.com.au', 'citylab.com', 'bloomberg.com', 'huffpost.com', 'huffp.st', 'apple.news',
  // News sections of portals (the portals themselves are not outlets)
  'news.google.com', 'news.yahoo.com', 'ca.news.yahoo.com', 'news.msn.com',
];
