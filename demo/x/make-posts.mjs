// Builds demo/x/posts.json and demo/x/following.json from the hand-written posts below.
// Run: node demo/x/make-posts.mjs   (deterministic: same input, same output)
// Every text here was written for this demo in the style of X; nothing is copied.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** id -> [display name, lang, kind] */
const AUTHORS = {
  marcus_hale: ['Marcus Hale', 'en'],
  lena_okoro: ['Lena Okoro', 'en'],
  ingrid_codes: ['Ingrid Nilsson', 'en'],
  crumbandcrust: ['Crumb & Crust Bakery', 'en', 'page'],
  brent_scales: ["Brent Maddox | DM me 'SCALE'", 'en'],
  dealdropdaily: ['Deal Drop Daily 🔥', 'en', 'page'],
  rivertoncouncil: ['Riverton Borough Council', 'en', 'page'],
  sam_teaches: ['Sam Whitfield', 'en'],
  nursekayla: ['Kayla R. 🩺', 'en'],
  pete_obrien: ["Pete O'Brien", 'en'],
  hana_writes: ['Hana Mori', 'en'],
  fitwithjordan: ['Jordan Reyes 💪', 'en'],
  chef_aldo: ['Aldo Ferretti', 'en'],
  sarahbuilds: ['Sarah Lin', 'en'],
  mike_realty: ['Mike Dunn Realty', 'en', 'page'],
  birdnerd_em: ['Emma Holt', 'en'],
  statsguy_raj: ['Raj Patel', 'en'],
  footy_tom: ['Tom Hargreaves', 'en'],
  ai_hustle_kev: ['Kev | AI Income 🤖', 'en'],
  maya_plants: ['Maya Green 🌿', 'en'],
  senales_alvaro: ['Álvaro | Señales Cripto 🚀', 'es'],
  itzel_ciencia: ['Itzel Ramírez 🔬', 'es'],
  flor_grafica: ['Flor Benítez ✏️', 'es'],
  hornolasmoras: ['Horno Las Moras', 'es', 'page'],
  aytovaldecillas: ['Ayuntamiento de Valdecillas', 'es', 'page'],
  martinvega_info: ['Martín Vega', 'es'],
  chollazos_hoy: ['Chollazos Hoy', 'es', 'page'],
  coach_valeria: ['Valeria Soto | Mentora de negocios', 'es'],
  profe_andres: ['Andrés Quiroga', 'es'],
  lu_runner: ['Lucía Martín 🏃‍♀️', 'es'],
  dev_pablom: ['Pablo Medina', 'es'],
  nutri_caro: ['Carolina Paz | Nutricionista', 'es'],
  futbol_nacho: ['Nacho Ferreyra', 'es'],
  mamiylibros: ['Sofía Herrera', 'es'],
  ruben_inversor: ['Rubén | Inversión inmobiliaria', 'es'],
  cloudnest: ['CloudNest', 'en', 'page'],
  lingoleap: ['LingoLeap', 'en', 'page'],
  trailforge: ['Trailforge', 'en', 'page'],
  quillnote: ['Quillnote', 'en', 'page'],
  bancoaurora: ['Banco Aurora', 'es', 'page'],
  vuelaya: ['VuelaYa ✈️', 'es', 'page'],
  sabormarket: ['Sabor Market', 'es', 'page'],
  // Only ever quoted:
  jenna_freelance: ['Jenna K.', 'en'],
  detox_vida: ['Vida Detox 🌿', 'es'],
  cripto_titular: ['Cripto Titulares', 'es', 'page'],
  emprende_lucas: ['Lucas | Emprendedor', 'es'],
  quickwealth_dan: ['Dan | Quick Wealth', 'en'],
};

function author(id) {
  const a = AUTHORS[id];
  if (!a) throw new Error(`unknown author ${id}`);
  return a[2] ? { id, name: a[0], kind: a[2] } : { id, name: a[0] };
}

// [author, label, text, options?]  options: ad, rt (reposter id), quote [author, text], trunc, pin, lang
const P = 'promo';
const V = 'value';

const FOR_YOU = [
  // ---- Marcus Hale: course seller who also shares real tips (mostly promo)
  ['marcus_hale', P, 'Start here 📌 My free 5-day email course on landing your first $5k client. 23,000+ freelancers have taken it.\nhttps://marcushale.com/start', { pin: true }],
  ['marcus_hale', V, 'Cold email tip nobody tells you: your first line should be about them, not you. Delete every sentence that starts with "I" and read it again. Reply rates go up.'],
  ['marcus_hale', V, "Pricing tip for freelancers: quote the project, not the hour. Clients compare an hourly rate to their own salary in two seconds. They can't do that with a project price."],
  ['marcus_hale', P, 'The Freelance Freedom Blueprint is open again 🔓 12 modules, my templates, and the exact proposal that landed a $40k client. Early-bird ends Friday 👉 https://marcushale.gumroad.com/l/blueprint'],
  ['marcus_hale', P, "Only 3 seats left in my 1:1 cohort for January. If you're stuck at $3k/month, this is built for you. Book a call: https://calendly.com/marcushale/intro"],
  ['marcus_hale', P, '"I made the course price back in my first week" - Jenna, Blueprint student 🙌 Doors close Sunday at midnight. #freelancing #sidehustle'],
  ['marcus_hale', V, "Unpopular opinion: you don't need a personal brand to get clients. You need 10 people who know exactly what you do. Write the list today."],
  ['marcus_hale', P, "Comment BLUEPRINT and I'll DM you the first module for free 📩"],
  ['marcus_hale', P, "I almost quit freelancing in 2021.\n\nThree clients ghosted me in one month, I had $212 in the bank and my landlord was texting every morning. I sat in my car outside a job interview for a warehouse shift and couldn't go in.\n\nWhat changed wasn't talent. I stopped pitching everyone and started pitching 20 companies I actually understood, with a one-page proposal instead of a 12-page deck.\n\nThat's the whole system I teach in the Blueprint. Black Friday: 50% off for 72 hours 👇\nhttps://marcushale.gumroad.com/l/blueprint-bf", { trunc: true }],
  ['marcus_hale', P, 'This is why I do what I do 🙏 Blueprint doors close Sunday.', { quote: ['jenna_freelance', 'Just signed my first retainer client after 8 months of trying. Still shaking a bit. Thank you @marcus_hale!'] }],
  ['marcus_hale', P, "Free webinar Thursday 7pm ET: 'From 0 to 5 retainer clients'. 400 spots, 312 taken. Save yours → https://bit.ly/mh-webinar"],

  // ---- Lena Okoro: local journalist (news)
  ['lena_okoro', V, "BREAKING: Riverton Water confirms a boil-water notice for the east side after a main burst on Carver St. Expected to last 48 hours. I'll post updates here."],
  ['lena_okoro', V, 'The council vote on the bus depot sale has been postponed to December 4. Three councillors asked for the independent valuation to be published first.'],
  ['lena_okoro', V, 'Spent the day at the food bank on Mill Road. Demand is up 38% on last year, volunteers are down. My piece: https://rivertonledger.com/news/foodbank-winter-2026'],
  ['lena_okoro', V, "Correction: in yesterday's story I wrote that the depot site is 4 acres. It's 2.4. The article has been updated with a note at the bottom. Thanks to the reader who flagged it."],
  ['lena_okoro', P, "Local papers can't survive on clicks. If you read us, please consider a subscription, it's £5 a month and it pays for stories like the food bank one → https://rivertonledger.com/subscribe"],
  ['lena_okoro', V, "Court update: the trial of the former planning officer resumes Monday. The judge asked the jury not to read coverage over the weekend, so that's all I'll say for now."],
  ['lena_okoro', V, "Six months, 140 tenancy agreements and 31 interviews later, our investigation into rents in Riverton is out.\n\nWhat we found: the average rent on a two-bed rose 19% in two years, while the council's own register lists 400 homes that have been empty for more than a year. Nine of the ten largest landlords are companies registered at the same two addresses.\n\nWe asked every one of them for comment. Two replied.\n\nRead it, share it, and if you have a story about your own tenancy, my inbox is open: https://rivertonledger.com/investigations/rents", { trunc: true }],
  ['lena_okoro', V, "Does anyone have a photo of the flooding on Quay Lane this morning? Please DM me, we'll credit you."],
  ['lena_okoro', V, "Worth noting the consultation documents don't include a cost estimate. I've asked the council for it and will share what they send.", { quote: ['rivertoncouncil', 'Have your say on the new cycle lane plans for the town centre. The consultation closes on 15 January and takes about 5 minutes.'] }],

  // ---- Ingrid Nilsson: open-source developer
  ['ingrid_codes', V, 'lintdiff 2.3 is out: it diffs your lint results against main, so CI only fails on warnings you introduced. MIT, no telemetry.\nhttps://github.com/inilsson/lintdiff'],
  ['ingrid_codes', V, "PSA: a relative path in a Node script is relative to the cwd, not to the script. Use new URL('./data.json', import.meta.url). Cost me an hour today."],
  ['ingrid_codes', V, "Someone opened an issue titled 'URGENT production down' on a hobby project I maintain for free. Reminder: a good repro is worth more than capital letters ❤️"],
  ['ingrid_codes', V, "Hot take: most 'learn to code in 30 days' courses sell you the feeling of progress. Read the docs, build something small and ugly, ship it. Free, and it works."],
  ['ingrid_codes', P, 'Thank you to the 41 people who sponsor my open source work 💜 It pays for CI and coffee. If your company depends on lintdiff, this helps a lot: https://github.com/sponsors/inilsson'],
  ['ingrid_codes', V, 'TIL: git worktree add ../hotfix main\nNo more stashing half-finished work to fix a bug on another branch. #git', { rt: 'sarahbuilds' }],
  ['ingrid_codes', V, 'Reviewing a PR from a first-time contributor and it is cleaner than my original code. Best part of open source.'],
  ['ingrid_codes', V, "Can anyone recommend a good course on distributed systems that isn't a YouTube playlist behind a paywall? Happy to pay for quality, just not for hype."],

  // ---- Crumb & Crust: local bakery (mostly value, occasional offer)
  ['crumbandcrust', V, 'Sourdough is out of the oven at 7:30 tomorrow. The secret is boring: 18 hours in the fridge. Time does the work, not us 🍞'],
  ['crumbandcrust', V, 'Tip for home bakers: if your loaf spreads flat, it is probably under-proofed, not over. Poke test: if the dent springs back slowly, it is ready.'],
  ['crumbandcrust', V, "We're closed Monday for a family wedding. Back Tuesday with extra cinnamon buns to make up for it 💛"],
  ['crumbandcrust', P, "Saturday offer: buy any 2 loaves and get a dozen bagels half price. Pre-order so we don't run out 👉 https://crumbandcrust.square.site/order"],
  ['crumbandcrust', V, 'Leftover bread goes to the Mill Road food bank every evening. If you run a shelter and could use some, give us a ring.'],
  ['crumbandcrust', P, 'Christmas stollen pre-orders are open 🎄 One batch of 120, £14 each. Order by 10 December: https://crumbandcrust.square.site/stollen'],
  ['crumbandcrust', V, "Someone asked why our croissants are £2.80. Butter went up 30% this year and each one takes three days of lamination. We'd rather raise prices than cut corners."],
  ['crumbandcrust', V, "Proud of our apprentice Dani, who shaped today's entire batch of baguettes on her own 🥖👏", { rt: 'sam_teaches' }],

  // ---- Brent: "DM me" growth coach (all promo)
  ['brent_scales', P, "I helped 47 coaches hit $10k months this year. Want to be next? DM me 'SCALE' 📩"],
  ['brent_scales', P, "Your content isn't the problem. Your offer is. I fix offers in 30 minutes. DM 'OFFER'."],
  ['brent_scales', P, "Opening 3 spots for private mentorship. Application only. DM me 'READY' and I'll send the form 🔥"],
  ['brent_scales', P, 'Stop trading time for money. My clients work 20 hours a week and out-earn their old salary. Link in bio to see how 👆'],
  ['brent_scales', P, "Most people will scroll past this. The 1% will DM me 'GROWTH' and change their 2027. Your call."],
  ['brent_scales', P, 'Free training: the 3-step DM system that books 10 calls a week. Grab it 👉 https://linktr.ee/brentscales'],
  ['brent_scales', P, 'Client win 🏆 Sarah went from 200 to 14,000 followers in 60 days with my system. DMs are open.', { rt: 'marcus_hale' }],
  ['brent_scales', P, "In 2019 I was sleeping on my brother's couch with $40 to my name.\n\nI watched every free video on the internet. None of it worked, because nobody tells you the truth: followers don't pay your rent. Conversations do.\n\nI built a simple system around one idea: turn every comment into a DM and every DM into a call. Today I run a 7-figure coaching business from a laptop.\n\nIf you're ready to stop guessing, comment 'SCALE' below and I'll personally send you the playbook. Free. For now.", { trunc: true }],

  // ---- Deal Drop Daily: affiliate deals (all promo)
  ['dealdropdaily', P, '🔥 DEAL: noise-cancelling earbuds down to $39 (was $89). Lowest price we have tracked. https://amzn.to/3xQ9kLp #ad #deals'],
  ['dealdropdaily', P, 'Air fryer 5.8qt for $49.99, today only ⏰ https://amzn.to/4bT2mWz (affiliate link)'],
  ['dealdropdaily', P, 'Kindle books under $2 this weekend, our 10 picks 📚 https://dealdropdaily.com/kindle-weekend'],
  ['dealdropdaily', P, 'PRICE DROP 📉 Robot vacuum $129 → $84, clip the coupon on the page. https://amzn.to/3VfPq2s'],
  ['dealdropdaily', P, "Black Friday early deals thread 🧵👇 only the stuff we'd actually buy ourselves. #BlackFriday"],
  ['dealdropdaily', P, "LEGO botanical set back in stock and 25% off, won't last https://amzn.to/3KjY7pq"],
  ['dealdropdaily', P, 'Cyber Week: sign up and we text you the best deal every morning → https://dealdropdaily.com/sms'],
  ['dealdropdaily', P, 'Insulated water bottle $12, four colours https://amzn.to/49Lr0sT #ad'],

  // ---- Riverton Borough Council: public service (value)
  ['rivertoncouncil', V, 'Bin collections will run one day late during the week of 25 December. Check your new collection day: https://riverton.gov.uk/bins', { rt: 'lena_okoro' }],
  ['rivertoncouncil', V, 'Winter gritting starts tonight on priority routes. See the map before you travel: https://riverton.gov.uk/gritting ❄️'],
  ['rivertoncouncil', V, 'Free flu jabs for over-65s at Riverton Library every Wednesday in December. No appointment needed.'],
  ['rivertoncouncil', V, 'Job vacancy: school crossing patrol at Park Lane Primary. 10 hours a week, £12.60/hour. Apply by 6 December: https://riverton.gov.uk/jobs'],
  ['rivertoncouncil', V, 'Roadworks on the A614 bridge from Monday, 9am to 3pm. Expect delays of up to 20 minutes.'],
  ['rivertoncouncil', V, 'Warm spaces are open at six community centres this winter: free hot drinks, Wi-Fi and a friendly face. Full list: https://riverton.gov.uk/warmspaces'],
  ['rivertoncouncil', V, 'Lost property: a child\'s blue scooter was handed in at the town hall. Call 01632 960441 to collect it.'],
  ['rivertoncouncil', V, 'Christmas opening hours for the recycling centre: closed 25-26 Dec and 1 Jan, otherwise 8am-4pm.'],

  // ---- Assorted people (EN)
  ['sam_teaches', V, "Year 9 asked why we learn algebra. I said it's the first time maths asks you to reason about something you can't see. One kid said 'like wifi'. I'll take it."],
  ['sam_teaches', V, "Teachers: what's the one classroom routine that actually saved you time this year? Mine: a 3-minute silent starter on the board before they sit down."],
  ['sam_teaches', V, 'Marking 90 essays this weekend. If you need me I will be under a pile of paper 📝'],
  ['sam_teaches', V, "A former student emailed to say she got into her first-choice university. I taught her in Year 7 when she wouldn't speak in class. Crying in the staff room, normal Tuesday."],
  ['nursekayla', V, 'Night shift reminder: drink water, eat an actual meal, and be kind to the day team at handover. They are tired too.'],
  ['nursekayla', V, 'No, the supplement on your feed does not "detox your liver". Your liver does that. For free. 💊❌'],
  ['nursekayla', V, '12 hours on, 3 patients discharged home in time for the holidays. Good night, everyone.'],
  ['pete_obrien', V, "I asked the librarian if they had any books on paranoia. She whispered: 'they're right behind you'."],
  ['pete_obrien', V, "My son asked how I got so good at dad jokes. I said it's a phase, like the moon. He left the room."],
  ['pete_obrien', V, 'Tried to organise a hide-and-seek tournament. Good players are hard to find.'],
  ['hana_writes', V, "Writing tip: if a scene isn't working, check whose point of view it's in. Nine times out of ten it's the wrong character."],
  ['hana_writes', P, 'The Salt Archive is out today 🎉 My second novel, three years of work. Ebook, paperback and audio: https://books2read.com/saltarchive'],
  ['hana_writes', P, 'Pre-order the sequel and get the first 3 chapters in your inbox tonight 📖 https://hanamori.com/preorder'],
  ['hana_writes', V, "Got my first one-star review today: 'too many boats'. Fair. It is a book about boats."],
  ['hana_writes', P, 'Giveaway 📚 5 signed copies of The Salt Archive. Follow + RT to enter, winners picked Monday.'],
  ['fitwithjordan', P, 'My 12-week shred program is 40% off this week only 💪 https://stan.store/fitwithjordan'],
  ['fitwithjordan', V, "You don't need a 'fat burning zone'. Walk more, lift heavy things, sleep 8 hours. That's it, that's the tweet."],
  ['fitwithjordan', P, 'Coaching spots for January are open. 5 left. Apply here: https://calendly.com/fitwithjordan/consult'],
  ['fitwithjordan', P, 'Use code JORDAN20 for 20% off my favourite protein 🥤 https://fitfuel.com/?ref=jordan'],
  ['fitwithjordan', P, 'Transformation Tuesday 🔥 Mike lost 14kg on my plan. Want the same? l1nk in b1o'],
  ['chef_aldo', V, 'Salt your pasta water "like the sea"? No. Like a well-seasoned soup. About 10g per litre.'],
  ['chef_aldo', V, 'Risotto does not need constant stirring. Stir at the start, stir at the end, and have a glass of wine in between.'],
  ['chef_aldo', P, "My cookbook 'Sunday at Nonna's' is 30% off for the holidays 🇮🇹 https://amzn.to/3NonnaBk"],
  ['chef_aldo', V, "A good tomato in August beats any recipe. Don't overthink it 🍅"],
  ['sarahbuilds', V, 'Month 14 of building Tallyflow in public: $4.1k MRR, 212 customers, churn 3.8%. Biggest lesson: the onboarding email matters more than the landing page.'],
  ['sarahbuilds', P, 'Tallyflow 2.0 is live on Product Hunt today 🚀 It would mean the world if you checked it out: https://producthunt.com/posts/tallyflow-2'],
  ['sarahbuilds', V, "Founders keep asking me which SaaS marketing course to buy. Honestly: read your competitors' changelogs and talk to 10 customers. Cheaper than any course."],
  ['sarahbuilds', V, 'We had 4 hours of downtime yesterday. Postmortem, including the part I got wrong: https://tallyflow.app/blog/postmortem-nov'],
  ['sarahbuilds', P, 'Black Friday: the Tallyflow annual plan is 50% off with code BF50 until Monday. https://tallyflow.app/pricing'],
  ['mike_realty', P, '🏡 JUST LISTED: 3-bed semi on Elm Grove, new kitchen, big garden. Viewings this weekend, DM me to book.'],
  ['mike_realty', P, 'Thinking of selling in 2027? Free valuation within 24 hours 👉 https://mikedunnrealty.com/valuation'],
  ['mike_realty', P, "Rates are moving. If you're remortgaging next year, let's talk now. Free 15-minute call: https://calendly.com/mikedunn/15min"],
  ['birdnerd_em', V, 'First redwing of the winter in the garden this morning 🐦 They always turn up the week the rowan berries go.', { rt: 'maya_plants' }],
  ['birdnerd_em', V, 'If you put out feeders, clean them every two weeks. Dirty feeders spread disease among finches.'],
  ['birdnerd_em', V, 'Starling murmuration over the reservoir at 4pm. Ten thousand birds and nobody in charge. Incredible.'],
  ['statsguy_raj', V, "A guru posted that 90% of his students hit six figures. How many students? 11. How many answered the survey? 4. So: three or four people. Be careful with percentages.", { rt: 'ingrid_codes' }],
  ['statsguy_raj', V, "Correlation isn't causation, but it isn't nothing either. It's a reason to look closer."],
  ['statsguy_raj', V, "I used the three most popular budgeting apps for a month each. None is worth paying for if you already keep a spreadsheet. Full write-up, no affiliate links: https://rajpatel.substack.com/p/budget-apps"],
  ['statsguy_raj', V, "When someone shows you a chart with no y-axis, they're selling something."],
  ['statsguy_raj', V, 'The $3,200 is revenue from selling a course about the tool, not money the tool made. Ask to see the tool\'s own earnings and watch the thread go quiet.', { quote: ['ai_hustle_kev', 'THIS AI tool made me $3,200 while I slept 😳 Not gatekeeping anymore.'] }],
  ['statsguy_raj', V, "A quick guide to reading a 'study shows' headline before you share it.\n\n1. Who was studied? Mice, students, 40 volunteers from one gym?\n2. How big was the effect, in absolute terms? 'Doubles the risk' can mean 1 in 10,000 becoming 2 in 10,000.\n3. Was there a control group at all?\n4. Who paid for it, and did they pre-register what they would measure?\n5. Has anyone else found the same thing?\n\nIf the article can't answer those, the headline is a guess dressed up as science.", { trunc: true }],
  ['footy_tom', V, 'That was the worst 45 minutes of football I have seen this season and I watched it sober.'],
  ['footy_tom', V, 'Under-12s won 4-1 on Saturday in the pouring rain. Parents on the touchline louder than Wembley ⚽'],
  ['footy_tom', V, 'VAR took four minutes to decide a throw-in. We are not okay.'],
  ['ai_hustle_kev', P, "THIS AI tool made me $3,200 while I slept 😳 Not gatekeeping anymore. Comment 'AI' and I'll send it to you."],
  ['ai_hustle_kev', P, 'I packaged my 57 best ChatGPT prompts for business into one PDF. $19 today, $49 tomorrow → https://kevai.gumroad.com/l/prompts'],
  ['ai_hustle_kev', P, 'l1nk in b1o for the free AI side hustle guide 🤖💰 (they keep hiding it)'],
  ['ai_hustle_kev', P, '7 AI tools that replace a $60k employee 🧵 bookmark this. Number 7 is the one nobody talks about 👉🔗'],
  ['maya_plants', V, 'Overwatering kills more houseplants than neglect. Stick a finger 2cm into the soil. Dry? Water. Damp? Walk away.'],
  ['maya_plants', V, 'My monstera finally put out a split leaf after two years. Patience is the only fertiliser that works 🌿'],
  ['maya_plants', P, 'The grow light I use on all my shelves is 35% off → https://amzn.to/3PlnTgL (affiliate, I earn a small commission)'],

  // ---- Ads (EN)
  ['cloudnest', P, 'Back up every photo automatically. 2TB for $2.99/month for your first year. Try CloudNest free → https://cloudnest.io/try', { ad: true }],
  ['lingoleap', P, 'Speak Spanish in 3 months, 10 minutes a day 🇪🇸 Start your free week: https://lingoleap.app/start', { ad: true }],
  ['trailforge', P, 'The jacket that survived 40 days on the Pacific Crest Trail. Winter sale: 30% off all outerwear. https://trailforge.com/sale', { ad: true }],
  ['quillnote', P, 'Your notes, finally organised. Quillnote links ideas you forgot you had. Free for students → https://quillnote.app/students', { ad: true }],

  // ---- Álvaro: Spanish crypto-signals seller (all promo)
  ['senales_alvaro', P, '🚀 +34% en $SOL para el grupo VIP esta mañana. Quedan 5 plazas al precio antiguo. Escríbeme por DM 📩'],
  ['senales_alvaro', P, 'Mis señales llevan un 87% de aciertos en noviembre. Entra al canal antes de que suba de precio 👉 https://t.me/senalesalvaro'],
  ['senales_alvaro', P, 'Los que me dicen que lo cripto es una estafa son los mismos que en 2017 no compraron BTC a 1.000 $. Tú decides. Link en bio 🔥'],
  ['senales_alvaro', P, "Abro 3 plazas para mi mentoría de trading 1 a 1. Solo gente seria. DM 'CRIPTO'"],
  ['senales_alvaro', P, 'Comenta SEÑAL y te paso gratis la operación de mañana 📈'],
  ['senales_alvaro', P, 'Oferta Black Friday: acceso de por vida al grupo VIP por 199 €. Solo hasta el domingo → https://hotmart.com/es/senalesvip'],
  ['senales_alvaro', P, 'Otro día en verde para los miembros 🟢🟢🟢 ¿Cuándo vas a entrar tú?', { rt: 'ruben_inversor' }],
  ['senales_alvaro', P, 'Diciembre va a ser explosivo. Los que estén dentro lo van a agradecer. l1nk en b1o'],
  ['senales_alvaro', P, 'Os lo dije hace un mes en el grupo VIP. Los que entraron ya están en beneficios. Quedan 5 plazas 👉 https://t.me/senalesalvaro', { quote: ['cripto_titular', 'Bitcoin supera por primera vez los 120.000 dólares tras semanas de subidas.'] }],
  ['senales_alvaro', P, 'Te enseño a vivir del trading en 30 días o te devuelvo el dinero. Plazas limitadas, escríbeme "QUIERO" 💰'],

  // ---- Itzel: Mexican science communicator (value, one book plug)
  ['itzel_ciencia', V, '¿Sabían que los ajolotes pueden regenerar partes de su corazón y de su cerebro? En Xochimilco quedan muy pocos en vida silvestre. Cuidarlos es cuidar los canales 🦎'],
  ['itzel_ciencia', V, "No, las vacunas de ARN mensajero no 'cambian tu ADN'. El ARNm ni siquiera entra al núcleo de la célula y se degrada en unos días. Hilo cortito 🧵👇"],
  ['itzel_ciencia', V, 'Esta noche hay lluvia de estrellas Gemínidas 🌠 Desde la CDMX se ven poquitas por la contaminación lumínica; si pueden salir a la sierra, vale muchísimo la pena.'],
  ['itzel_ciencia', V, "Me preguntan qué curso recomiendo para aprender estadística. Honestamente: el material gratuito de la UNAM y Khan Academy. No paguen 3 mil pesos por un 'método secreto'."],
  ['itzel_ciencia', V, 'Hoy di una charla en una secundaria de Iztapalapa. Una niña me preguntó si el espacio huele a algo. Según los astronautas, huele a metal quemado. Qué pregunta tan bonita.'],
  ['itzel_ciencia', V, 'El maíz nativo mexicano tiene más de 60 razas, cada una adaptada a un clima y una altura distintos. Perderlas es perder siglos de ciencia campesina 🌽'],
  ['itzel_ciencia', P, "¡Ya salió mi libro 'El universo en tu cocina'! 🔬📖 Experimentos sencillos para hacer con niñas y niños. Lo encuentran aquí: https://amzn.to/3ItzelL"],
  ['itzel_ciencia', V, 'Dato: un rayo calienta el aire a unos 30,000 °C, cinco veces más que la superficie del Sol ⚡'],
  ['itzel_ciencia', V, "Cada otoño, millones de mariposas monarca viajan más de 4,000 km desde Canadá y Estados Unidos hasta los bosques de oyamel de Michoacán y el Estado de México.\n\nLo más increíble: ninguna de las mariposas que llegan hizo antes el viaje. Son bisnietas de las que se fueron en primavera. Se orientan con el sol y, probablemente, con el campo magnético de la Tierra.\n\nSi van a los santuarios, no las toquen, no hagan ruido y contraten guías locales: de ellos depende que el bosque siga en pie. 🦋", { trunc: true, rt: 'profe_andres' }],
  ['itzel_ciencia', V, 'No. Tu hígado y tus riñones ya hacen ese trabajo. El agua con limón está rica, pero no es medicina. 🍋', { quote: ['detox_vida', 'El agua con limón en ayunas elimina las toxinas del hígado y acelera tu metabolismo ✨'] }],
  ['itzel_ciencia', V, 'Recordatorio de que el Sol es una estrella bastante promedio. Lo especial es que estamos justo a la distancia correcta de él ☀️ #ciencia'],

  // ---- Flor: Argentine designer (voseo), mostly value
  ['flor_grafica', V, 'Tip de diseño: si no sabés qué color usar, sacale la saturación a todo y dejá un solo elemento con color. Funciona siempre.', { rt: 'dev_pablom' }],
  ['flor_grafica', V, 'Che, dejen de usar cuatro tipografías en la misma pieza. Con una buena familia y dos pesos te alcanza y te sobra.'],
  ['flor_grafica', P, 'Lancé mi pack de 40 plantillas para Instagram 🎨 editables en Canva. Precio de lanzamiento hasta el viernes → https://florgrafica.gumroad.com/l/pack40'],
  ['flor_grafica', V, "Si un cliente te dice 'hacelo más moderno', preguntale qué marca le gusta. Te ahorrás tres rondas de cambios."],
  ['flor_grafica', P, 'Abro 2 lugares para identidad de marca en enero. Si tenés un emprendimiento y querés darle una vuelta, escribime por privado ✨'],
  ['flor_grafica', V, "Mirá, no existe el 'diseño que vende'. Existe el diseño que se entiende. Lo demás es marketing."],
  ['flor_grafica', P, 'Comentá GUÍA y te mando gratis mi guía de paletas de color 🎨📩'],
  ['flor_grafica', V, 'Hoy terminé el logo para la verdulería de mi barrio. Me pagaron con tomates y una sonrisa. Vale igual 🍅'],
  ['flor_grafica', V, 'Esto pasa cuando no hay brief 😅 Cobrá lo que vale tu trabajo, aunque sea "algo rápido".', { quote: ['emprende_lucas', 'Busco diseñador que me haga logo, web y 20 posts por 50 dólares, es algo rápido'] }],

  // ---- Horno Las Moras: Spanish bakery (mostly value)
  ['hornolasmoras', V, 'Mañana sacamos la primera hornada de roscón a las 8. El truco: masa madre y mucha paciencia 👑'],
  ['hornolasmoras', V, 'Consejo para hacer pan en casa: si la masa se pega, no le echéis más harina. Aceitad las manos y dejadla reposar 20 minutos.'],
  ['hornolasmoras', V, 'Cerramos el lunes por descanso del personal. ¡Nos vemos el martes con pan recién hecho!'],
  ['hornolasmoras', P, 'Ya podéis encargar vuestro roscón de Reyes 👑 Con nata, trufa o sin relleno. Reserva antes del 3 de enero: https://hornolasmoras.es/roscon'],
  ['hornolasmoras', V, 'El pan que sobra cada noche lo llevamos al comedor social de la parroquia. Gracias a quienes nos ayudáis a repartirlo 💛'],
  ['hornolasmoras', V, 'Nos preguntáis por qué la barra cuesta 1,40 €. Harina, luz y horas de madrugada. Preferimos explicarlo a bajar la calidad.'],

  // ---- Ayuntamiento: public service (value)
  ['aytovaldecillas', V, '⚠️ Aviso: mañana se corta el agua en la calle Mayor de 9:00 a 13:00 por obras de mejora en la red.'],
  ['aytovaldecillas', V, 'Abierto el plazo de inscripción en las escuelas deportivas municipales 2027. Toda la información: https://valdecillas.es/deportes'],
  ['aytovaldecillas', V, 'La biblioteca municipal amplía su horario en época de exámenes: de 8:00 a 23:00 hasta el 31 de enero 📚', { rt: 'martinvega_info' }],
  ['aytovaldecillas', V, 'Recogida de muebles y enseres: pide cita gratis en el 010. No los dejes junto a los contenedores.'],
  ['aytovaldecillas', V, 'Cabalgata de Reyes: recorrido y cortes de tráfico del 5 de enero → https://valdecillas.es/cabalgata'],
  ['aytovaldecillas', V, 'Oferta de empleo público: 4 plazas de auxiliar administrativo. Plazo de solicitudes hasta el 20 de diciembre.'],
  ['aytovaldecillas', V, 'El punto limpio móvil estará este sábado en la plaza de España de 10:00 a 14:00. Aceite, pilas, pequeños electrodomésticos ♻️'],

  // ---- Martín Vega: Spanish journalist
  ['martinvega_info', V, 'ÚLTIMA HORA: el Gobierno aprueba una subida del salario mínimo del 4,1% para 2027. Afecta a unos 2,4 millones de trabajadores.'],
  ['martinvega_info', V, 'Esta mañana he estado en la concentración de la plantilla de la fábrica de Getafe. Piden que se cumpla el convenio firmado en 2024. Crónica: https://diarioabierto.es/economia/getafe-protesta'],
  ['martinvega_info', V, 'Rectificación: en el artículo de ayer escribí que la obra costaba 12 millones. Son 21. Ya está corregido. Gracias a quienes lo señalasteis.'],
  ['martinvega_info', V, '¿Alguien ha vivido un desahucio en Vallecas este año y quiere contarlo? Preparo un reportaje. Escribidme por DM, se garantiza el anonimato.'],
  ['martinvega_info', V, 'Dato del día: el alquiler medio en Madrid ha subido un 11% en un año, según el último informe del Banco de España.'],
  ['martinvega_info', P, 'Si os gustan mis crónicas, he lanzado una newsletter semanal. Gratis, sin publicidad, los domingos: https://martinvega.substack.com'],
  ['martinvega_info', V, 'Pleno municipal tenso esta tarde. La oposición abandona la sala durante la votación de los presupuestos. Sigo informando.'],
  ['martinvega_info', V, "He pasado tres semanas siguiendo el rastro de las ayudas al alquiler joven.\n\nDe los 9.000 solicitantes en la comunidad, menos de 2.000 han cobrado algo. Los demás esperan una resolución que, según la ley, debía llegar en tres meses. Hay expedientes parados desde hace más de un año.\n\nHe hablado con 14 jóvenes. Una de ellas dejó el piso porque no podía adelantar el alquiler mientras esperaba la ayuda. La consejería reconoce 'retrasos puntuales'.\n\nEl reportaje completo, con los datos por municipio: https://diarioabierto.es/sociedad/ayudas-alquiler-joven", { trunc: true }],

  // ---- Chollazos Hoy: Spanish affiliate deals (all promo)
  ['chollazos_hoy', P, '🔥 CHOLLO: freidora de aire 5,5 L por 49,99 € (antes 89 €). Mínimo histórico → https://amzn.to/3Chl0Af #publi'],
  ['chollazos_hoy', P, 'Auriculares inalámbricos a 19 € solo hoy ⏰ https://amzn.to/4ChLlz2'],
  ['chollazos_hoy', P, '⚡ Oferta flash: patinete eléctrico con 120 € de descuento. Corre que vuela → https://amzn.to/3PatNt3'],
  ['chollazos_hoy', P, 'Los 10 mejores chollos de tecnología del Black Friday, en un solo hilo 🧵👇'],
  ['chollazos_hoy', P, 'Cupón del 30% en zapatillas de running. Enlace de afiliado: https://amzn.to/3ZapRun'],
  ['chollazos_hoy', P, 'Robot aspirador a mitad de precio, solo quedan unas pocas unidades 🏃 https://amzn.to/3RoBot5 #chollo'],

  // ---- Valeria: Spanish business coach (all promo)
  ['coach_valeria', P, "Si ganas menos de 3.000 € al mes es porque nadie te ha enseñado a vender tu talento. Escríbeme 'QUIERO' por DM 💌"],
  ['coach_valeria', P, "Abro 3 plazas para mi programa 'Mujer que factura'. Empezamos el 8 de enero. Agenda tu llamada: https://calendly.com/valeriasoto/llamada"],
  ['coach_valeria', P, 'Comenta GUÍA y te mando mi guía gratuita para conseguir tus primeras 5 clientas 📩'],
  ['coach_valeria', P, 'Mi clienta Laura pasó de 0 a 7.000 € en 3 meses. No es suerte, es método. Link en bio 👆'],
  ['coach_valeria', P, "Masterclass gratuita el jueves: 'Cómo cobrar lo que vales sin sentir culpa'. Plazas limitadas 👉 https://linktr.ee/valeriasoto"],
  ['coach_valeria', P, "Hace tres años lloraba en el baño de la oficina todos los lunes.\n\nTenía un buen sueldo, un jefe que no me valoraba y la sensación de que mi vida era de otra persona. Un día me atreví: dejé el trabajo con 2.000 € ahorrados y muchas dudas.\n\nNo fue fácil. Pero descubrí que sabía hacer algo por lo que otras mujeres estaban dispuestas a pagar, y que nadie me había enseñado a cobrarlo.\n\nHoy acompaño a emprendedoras a facturar sus primeros 5.000 € al mes. Si sientes que te hablo a ti, comenta 'YO' y te escribo 💜", { trunc: true }],

  // ---- Assorted people (ES)
  ['profe_andres', V, 'Hoy un alumno me dijo que las matemáticas no sirven para nada. Le pregunté cuánto le cuesta el móvil a plazos con un 24% TAE. Ahora quiere saber más.'],
  ['profe_andres', V, '¿Profes, qué hacéis para que lean en verano? Yo les dejo elegir cualquier libro, cómics incluidos. Lo importante es el hábito.'],
  ['profe_andres', V, 'Me piden que recomiende un curso de oratoria. Sinceramente: apuntaos a un club de debate o grabaos hablando. Cuesta cero euros.'],
  ['profe_andres', V, 'Fin de trimestre. 28 evaluaciones, tres cafés al día y un grupo que me ha hecho reír muchísimo. Vacaciones merecidas 🎄'],
  ['profe_andres', V, 'Hilo de lecturas para adolescentes que no leen, probadas en clase este año. Abajo 👇 #educación'],
  ['lu_runner', V, 'Primera media maratón terminada en 1:54 🏃‍♀️ Hace un año no podía correr dos kilómetros seguidos. Paciencia y constancia, nada más.'],
  ['lu_runner', V, 'Consejo que me habría ahorrado una lesión: no subas más de un 10% el kilometraje semanal. Tu cuerpo no tiene prisa.'],
  ['lu_runner', V, 'Esta mañana a -2 °C en el Retiro. Si me veis con gorro y guantes no es postureo, es supervivencia.'],
  ['lu_runner', V, 'Reseña sincera de las zapatillas que me regalaron por mi cumple: amortiguan genial, pero la talla viene pequeña. Pedid medio número más.'],
  ['dev_pablom', V, 'Truco de CSS que uso cada semana: aspect-ratio: 16 / 9 y te olvidas de los hacks con padding-top 🙌'],
  ['dev_pablom', V, 'Si estás empezando a programar: no necesitas un bootcamp de 6.000 €. Documentación oficial, un proyecto pequeño y mucha terquedad.'],
  ['dev_pablom', P, 'He sacado mi curso de TypeScript desde cero 🎉 32 lecciones con proyectos reales. 40% de descuento el primer mes: https://pablomedina.teachable.com/p/typescript'],
  ['dev_pablom', V, 'Acabo de publicar la versión 1.2 de mi librería de fechas en español. Gratis y open source, PRs bienvenidas: https://github.com/pablom/fechas-es'],
  ['dev_pablom', P, 'Quedan 4 plazas para la mentoría grupal de frontend de febrero. Info y reserva 👉 https://pablomedina.dev/mentoria'],
  ['dev_pablom', V, "Gracias @ingrid_codes por lintdiff, lo metí en el CI del trabajo y ya nadie se queja de los warnings heredados."],
  ['nutri_caro', V, "No existen alimentos que 'queman grasa'. El pomelo no hace magia. Lo siento 🍊"],
  ['nutri_caro', P, 'Mi plan de 4 semanas de comidas saludables, con lista de la compra, ya está disponible 🥗 https://pay.hotmart.com/nutricaro-plan'],
  ['nutri_caro', V, 'Desayuno rápido y completo: yogur natural, avena y fruta. Sin complicarse la vida.'],
  ['nutri_caro', P, 'Consultas online abiertas para enero. Reserva tu primera sesión con un 20% de descuento → https://calendly.com/nutricaro'],
  ['futbol_nacho', V, 'Qué partido, por favor. El segundo gol es de los que le vas a contar a tus nietos ⚽🔥'],
  ['futbol_nacho', V, 'El árbitro hoy estaba mirando otro partido, no hay otra explicación.'],
  ['futbol_nacho', V, 'Ayer fui a ver a la reserva del club del barrio. Doscientas personas, frío, choripán y un 0 a 0 hermoso.'],
  ['futbol_nacho', V, '¿Alguien sabe si el partido del domingo se pasa por la tele abierta o hay que pagar el pack? Pregunto en serio.'],
  ['mamiylibros', V, "Libro que nos funciona para dormir: 'Adivina cuánto te quiero'. Lo hemos leído 300 veces y seguimos."],
  ['mamiylibros', P, 'Con mi código SOFIA10 tenéis un 10% en la tienda de cuentos infantiles que más uso 📚 https://cuentosdelnorte.es/?ref=sofia'],
  ['mamiylibros', V, 'Reseña honesta: compré el proyector de estrellas del que habla todo el mundo. A mi hija le encanta, pero el motor hace ruido. Un 6 sobre 10.'],
  ['mamiylibros', P, '¡Sorteo! 🎁 3 lotes de libros infantiles. Para participar: seguir a @cuentosdelnorte, dar like y mencionar a dos amigas.'],
  ['ruben_inversor', P, 'Compré mi primer piso con 23 años y sin ayuda de nadie. Te enseño cómo en mi curso gratuito 👉 https://linktr.ee/rubeninversor'],
  ['ruben_inversor', P, 'El alquiler es tirar el dinero. Si quieres dejar de hacerlo, comenta PISO y te mando la guía.'],
  ['ruben_inversor', P, 'Últimas 3 plazas para el programa Inversor Desde Cero. Cierra el domingo a las 23:59.'],
  ['ruben_inversor', P, 'Hoy firmamos la compra número 14 con un alumno. Sin herencias, sin suerte, solo método 💪 https://hotmart.com/es/inversordesdecero'],

  // ---- Ads (ES)
  ['bancoaurora', P, 'Abre tu Cuenta Aurora sin comisiones y llévate 100 € de bienvenida. Condiciones en la web → https://bancoaurora.es/cuenta', { ad: true }],
  ['vuelaya', P, 'Vuelos a Lisboa desde 29 € ✈️ Solo este fin de semana. Reserva en https://vuelaya.es/ofertas', { ad: true }],
  ['sabormarket', P, 'Tu compra en casa en 30 minutos 🛒 Primer pedido con envío gratis con el código HOLA30. https://sabormarket.es', { ad: true }],
  ['bancoaurora', P, 'Tu hipoteca, sin letra pequeña. Simula tu cuota en dos minutos 🏠 https://bancoaurora.es/hipoteca', { ad: true }],

  // ---- More everyday value posts
  ['sam_teaches', V, "Parents' evening survival tip: lead with one specific good thing. Then the hard part. Then one thing they can do at home. Works every time."],
  ['nursekayla', V, 'If an elderly relative seems suddenly confused, it can be an infection, not "just age". Get them checked. It is often very treatable.'],
  ['footy_tom', V, "Took my dad to his first match in ten years. He complained about the price of a pie for 90 minutes and loved every second."],
  ['chef_aldo', V, 'Leftover roast potatoes + eggs + a hot pan = the best breakfast of the week. No recipe needed.'],
  ['birdnerd_em', V, "Please don't put out bread for ducks. Chopped lettuce, peas or oats are much better for them 🦆"],
  ['ingrid_codes', V, 'My rule for error messages: say what happened, why, and what to do next. Two out of three is still better than "Something went wrong".'],
  ['lena_okoro', V, 'Election count update: turnout in Riverton North was 41%, up six points on last time. Results expected after 2am.'],
  ['itzel_ciencia', V, '¿Por qué el cielo es azul? Porque la luz azul se dispersa más en la atmósfera que la roja. Y al atardecer, la luz cruza más aire y nos llegan los rojos y naranjas 🌅'],
  ['itzel_ciencia', V, 'Ojo con los videos que dicen que el agua "tiene memoria". No la tiene. Si la tuviera, se acordaría de todo lo que ha pasado por el drenaje 😅'],
  ['flor_grafica', V, 'Posta: el contraste no es opcional. Si tu texto gris claro sobre blanco no se lee, no es minimalismo, es un problema.'],
  ['flor_grafica', V, '¿Me recomiendan algún curso de ilustración digital que valga la pena? Busco algo con correcciones reales, no solo videos grabados.'],
  ['hornolasmoras', V, 'Hoy hemos probado una hogaza con centeno y nueces. Si os gusta, se queda en la carta. ¡Contadnos qué os parece!'],
  ['aytovaldecillas', V, 'Se amplía el servicio de autobús nocturno los fines de semana de diciembre. Horarios en las marquesinas y en la app municipal 🚌'],
  ['martinvega_info', V, 'Lo que se sabe del incendio en el polígono: no hay heridos, el fuego está controlado y los bomberos siguen trabajando en la zona.'],
  ['profe_andres', V, 'Un recordatorio para familias: el mejor "curso de técnicas de estudio" es dormir bien y dejar el móvil fuera del cuarto.'],
  ['lu_runner', V, 'Club de corredoras del barrio: quedamos los domingos a las 9 en la puerta del parque. Ritmo tranquilo, nadie se queda atrás.'],
  ['futbol_nacho', V, 'Banco al técnico, pero ese cambio en el minuto 60 fue cualquier cosa. Sacar al único que la estaba tocando, che.'],
  ['mamiylibros', V, 'Hoy en la biblioteca del barrio había cuentacuentos gratis. Cuarenta niños sentados en el suelo, en silencio. Magia pura.'],
];

const FOLLOWING = [
  ['lena_okoro', V, 'Boil-water notice lifted for the east side as of 6am. Riverton Water says tests came back clean. Thanks to everyone who checked on neighbours.'],
  ['lena_okoro', V, "I'll be live-posting from tonight's planning meeting. Main item: the 300-home site by the ring road."],
  ['lena_okoro', V, 'Thread of everything we know about the depot sale so far, with documents 🧵'],
  ['ingrid_codes', V, 'lintdiff now supports oxlint output. Thanks to the contributor who did all of it on a Sunday 🙏'],
  ['ingrid_codes', V, 'Reminder that "it works on my machine" is a valid bug report if you also tell me what your machine is.'],
  ['ingrid_codes', V, 'Writing docs is designing the API twice. If it is awkward to explain, it is awkward to use.'],
  ['crumbandcrust', V, 'Snow day ❄️ We are open, but the van is not. No deliveries today, sorry!'],
  ['crumbandcrust', P, 'Mince pies are back: £1.50 each or 6 for £8 🥧 Pre-order for Christmas Eve: https://crumbandcrust.square.site/mincepies'],
  ['rivertoncouncil', V, 'Schools are open as normal today. Please take care on untreated pavements.'],
  ['rivertoncouncil', V, 'Our customer service centre closes at 1pm on 24 December and reopens on 27 December.', { rt: 'lena_okoro' }],
  ['sam_teaches', V, 'Last day of term. Someone left a card that just says "thanks for not giving up on me". Going to need a minute.'],
  ['statsguy_raj', V, 'Survivorship bias, a holiday special: every success story you read was written by someone who succeeded.'],
  ['statsguy_raj', V, "Someone asked which data course to buy. My honest answer: none yet. Pick a dataset you care about and try to answer one question. Then you'll know what you're missing."],
  ['birdnerd_em', V, 'Garden bird count this morning: 4 blue tits, 2 robins, a very angry wren 🐦'],
  ['hana_writes', P, 'The Salt Archive audiobook is 2-for-1 this week on the big audio app 🎧 https://books2read.com/saltarchive-audio'],
  ['pete_obrien', V, "I'm reading a book about anti-gravity. I can't put it down."],
  ['itzel_ciencia', V, 'Hoy es el solsticio de invierno en el hemisferio norte: el día más corto del año. A partir de mañana, cada día tendrá un poquito más de luz ☀️'],
  ['itzel_ciencia', V, 'Pregunta de un niño en una feria de ciencias: ¿por qué el cielo no es morado si el morado se dispersa más? Respuesta: porque nuestros ojos son más sensibles al azul. Qué nivel.'],
  ['itzel_ciencia', P, 'Este sábado presento mi libro en la FIL de Guadalajara, a las 17:00 📖 Habrá firma y experimentos en vivo. ¡Les espero!'],
  ['flor_grafica', V, 'Consejo para quien arranca: guardá todos los bocetos. En un año te vas a dar cuenta de cuánto creciste.'],
  ['flor_grafica', V, 'No, no te hago "un logo rapidito" gratis para tu portfolio. Gracias igual 🙃'],
  ['martinvega_info', V, 'ÚLTIMA HORA: Renfe suspende la circulación en la línea C-5 por una incidencia en la infraestructura. Servicio alternativo por carretera.'],
  ['martinvega_info', V, 'Gracias a todas las personas que me escribisteis sobre los desahucios. Estoy leyendo cada mensaje. El reportaje sale en enero.'],
  ['aytovaldecillas', V, 'El mercadillo navideño abre este viernes en la plaza Mayor, de 11:00 a 21:00 🎄 Entrada libre.'],
  ['aytovaldecillas', V, 'Aviso por heladas: el servicio de limpieza ha esparcido sal en los accesos a colegios y centro de salud.', { rt: 'profe_andres' }],
  ['hornolasmoras', V, 'Gracias a todos por la paciencia con las colas del roscón. Mañana abrimos a las 7 para que nadie se quede sin él 👑'],
  ['profe_andres', V, 'Mis alumnos han escrito cartas a los abuelos de la residencia del barrio. Hoy nos han contestado todos. Día bonito.'],
  ['dev_pablom', V, 'Truco rápido: structuredClone() existe y copia objetos en profundidad sin JSON.parse(JSON.stringify()). De nada.'],
  ['dev_pablom', P, 'Último día del 40% en el curso de TypeScript. Mañana vuelve al precio normal → https://pablomedina.teachable.com/p/typescript'],
  ['lu_runner', V, 'Hoy tocaba descanso y he descansado. También es entrenar.'],
  ['nutri_caro', V, 'En Navidad comed lo que os apetezca, con calma y en compañía. Un día no define tu alimentación.'],
  ['senales_alvaro', P, 'Último día para entrar al VIP con el precio de Black Friday. Después sube. DM 📩'],
  ['sarahbuilds', V, "Honest review of the three analytics tools we tried for Tallyflow. We picked the cheapest one and it's fine. Details: https://tallyflow.app/blog/analytics-tools"],
  ['marcus_hale', V, 'A client paid late for the third time. I now send invoices with a 7-day due date and a polite reminder on day 5. Late payments dropped to zero.'],
  ['lingoleap', P, 'New year, new language. 50% off LingoLeap Premium until 31 December 🎉 https://lingoleap.app/newyear', { ad: true }],
  ['ingrid_codes', V, 'Yes, this. Free software is a gift, not a contract.', { quote: ['quickwealth_dan', 'Why is this open source library so slow to fix bugs?? We pay for our SaaS, why should we wait on some volunteer'] }],
  ['itzel_ciencia', V, "La Luna se aleja de la Tierra unos 3.8 cm al año. Lo sabemos porque los astronautas del Apolo dejaron espejos allá arriba, y desde entonces les disparamos láseres para medir la distancia.\n\nCada pulso tarda unos 2.5 segundos en ir y volver. De millones de fotones enviados, regresan apenas unos cuantos. Con eso basta para medir la distancia con precisión de milímetros.\n\nLa ciencia a veces es eso: paciencia, un espejo y muchísimos intentos. 🌙", { trunc: true }],
];

// ---- deterministic helpers
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, rand) {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const URL_RE = /https?:\/\/[^\s]+/g;

/** How X shows a URL: no scheme, no "www.", cut after 23 characters with an ellipsis. */
export function displayUrl(url) {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > 23 ? `${bare.slice(0, 23)}…` : bare;
}

function linksOf(text) {
  const out = [];
  for (const m of text.matchAll(URL_RE)) {
    const href = m[0].replace(/[.,;:!?)»"']+$/, '');
    out.push({ text: displayUrl(href), href });
  }
  return out;
}

function build(entries, { seed, startId, startTime }) {
  const rand = rng(seed);
  const pinned = entries.filter((e) => e[3]?.pin);
  const ads = entries.filter((e) => e[3]?.ad);
  const rest = shuffle(entries.filter((e) => !e[3]?.pin && !e[3]?.ad), rand);
  // Ads at regular-ish intervals, the first one on the first page.
  const order = [...pinned, ...rest];
  ads.forEach((ad, i) => {
    const at = Math.min(order.length, Math.round(3 + i * (order.length / Math.max(1, ads.length)) + rand() * 4));
    order.splice(at, 0, ad);
  });
  let id = startId;
  let time = Date.parse(startTime);
  let quoteId = startId - 4_000_000_000_000_000n;
  const posts = order.map(([authorId, label, text, opt = {}]) => {
    id -= BigInt(Math.floor(1e13 + rand() * 9e13));
    time -= Math.floor((4 + rand() * 55) * 60_000);
    const a = author(authorId);
    const lang = opt.lang ?? AUTHORS[authorId][1];
    const post = { id: String(id), author: a, lang, text, label, time: new Date(Math.floor(time / 1000) * 1000).toISOString() };
    const links = linksOf(text);
    if (links.length) post.links = links;
    if (opt.ad) post.ad = true;
    if (opt.rt) post.repostedBy = author(opt.rt);
    if (opt.pin) post.pinned = true;
    if (opt.quote) {
      quoteId -= BigInt(Math.floor(1e14 + rand() * 9e14));
      post.quote = { id: String(quoteId), author: author(opt.quote[0]), text: opt.quote[1] };
    }
    if (opt.trunc) post.truncated = true;
    return post;
  });
  return posts;
}

const forYou = build(FOR_YOU, { seed: 20261120, startId: 1861500000000000000n, startTime: '2026-11-20T18:05:00Z' });
const following = build(FOLLOWING, { seed: 20261121, startId: 1861520000000000000n, startTime: '2026-11-20T19:40:00Z' });

const ids = new Set();
for (const p of [...forYou, ...following]) {
  if (ids.has(p.id)) throw new Error(`duplicate id ${p.id}`);
  ids.add(p.id);
  if (p.truncated && p.text.length < 300) throw new Error(`truncated post too short: ${p.text.slice(0, 40)}`);
}

writeFileSync(join(HERE, 'posts.json'), `${JSON.stringify({ variant: 'x', posts: forYou }, null, 1)}\n`);
writeFileSync(join(HERE, 'following.json'), `${JSON.stringify({ variant: 'x', posts: following }, null, 1)}\n`);

const summary = (posts) => {
  const promo = posts.filter((p) => p.label === 'promo').length;
  const es = posts.filter((p) => p.lang === 'es').length;
  const authors = new Set(posts.map((p) => p.author.id)).size;
  return `${posts.length} posts, ${authors} authors, ${es} es, promo ${Math.round((100 * promo) / posts.length)}%, ads ${posts.filter((p) => p.ad).length}, reposts ${posts.filter((p) => p.repostedBy).length}, quotes ${posts.filter((p) => p.quote).length}, truncated ${posts.filter((p) => p.truncated).length}`;
};
console.log('posts.json:', summary(forYou));
console.log('following.json:', summary(following));
