"""Platforms in scope, their aliases and tasks, and mentions that do not count."""

import pytest

from conftest import facts_of

IN_SCOPE = [
    ("Manage our LinkedIn, Facebook, Twitter and YouTube channel.", {"linkedin", "facebook", "x", "youtube"}),
    ("Post on X (formerly Twitter) twice a day.", {"x"}),
    ("Run our LinkedIn company page.", {"linkedin"}),
    ("Look after our FB and IG accounts.", {"facebook", "instagram"}),
    ("Keep our Google Business Profile up to date.", {"google_business"}),
    ("Update our Google My Business listing weekly.", {"google_business"}),
    ("Publish short videos on TikTok and Instagram Reels.", {"tiktok", "instagram"}),
    ("Pin recipes to Pinterest.", {"pinterest"}),
    ("Grow our presence on Threads and Bluesky.", {"threads", "bluesky"}),
    ("Answer customers on WhatsApp Business.", {"whatsapp"}),
    ("Post neighbourhood updates on Nextdoor.", {"nextdoor"}),
    ("Set up a YT channel and link it from LI.", {"youtube", "linkedin"}),
    ("Please create an account on X.", {"x"}),
    ("Duties include, but are not limited to, Facebook and Instagram.", {"facebook", "instagram"}),
]


@pytest.mark.parametrize("text,expected", IN_SCOPE)
def test_finds_platforms_in_scope(text, expected):
    """Names, short forms and aliases map to the contract's ids."""
    assert {p.id for p in facts_of(text).platforms} == expected


NOT_IN_SCOPE = [
    ("We no longer use Twitter.", set()),
    ("Our competitors are on TikTok.", set()),
    ("TikTok is out of scope.", set()),
    ("Manage Facebook; Instagram is handled in-house.", {"facebook"}),
    ("We used to post on Pinterest, but now want LinkedIn.", {"linkedin"}),
    ("Manage Facebook, excluding Snapchat.", {"facebook"}),
    ("We closed our Snapchat account last year.", set()),
    ("Send us a proposal for the X project.", set()),
    ("We are not on Reddit and do not plan to be.", set()),
    ("The taqueria down the street is all over TikTok but that's not really us.", set()),
    ("PowerHouse Gym's TikTok gets a lot of views, but we are not going there.", set()),
    ('I can send photos on WhatsApp every week.', set()),
    ('Message me via LinkedIn when you need a decision.', set()),
    ('Share our photos on Instagram three times a week.', {'instagram'}),
    ('Our Google profiles need to be claimed and set up.', {'google_business'}),
    ('Real-time service alerts on X are posted around the clock by the Operations Center and are outside this contract.', set()),
    ("The Authority's YouTube channel, which holds recordings of Board meetings, is also excluded.", set()),
    ('Their Facebook page has been dormant since 2022, so leave it alone.', set()),
    ("There's also an old Pinterest board nobody has touched since 2021; ignore it.", set()),
    ('Our TikTok account is run by a teenage volunteer and is not part of this request.', set()),
    ('LinkedIn is managed by HR for recruitment.', set()),
    ('Full council meetings are webcast on YouTube by Democratic Services.', set()),
    ('We may open a LinkedIn page in 2027, but it is not part of this RFQ.', set()),
    ("Calder's managing director posts on X himself; that stays with him.", set()),
    ("Hartwell's Facebook page hasn't been updated since 2022 and isn't part of this.", set()),
    ('Instagram is managed by you and reviewed by our director.', {'instagram'}),
    ('Facebook will be run by the successful proposer.', {'facebook'}),
    ('Neighbouring library systems post to TikTok; the District has no plans to follow.', set()),
    ('TikTok is not used.', set()),
    ("A neighbouring winery's YouTube series is referenced in the brief as a tone example only.", set()),
    ('The old Twitter account from 2015 we can forget about.', set()),
    ("Google Business listings belong to their SEO vendor, so don't touch those.", set()),
    ('The head office also has a LinkedIn page which their HR lead runs for hiring; not ours.', set()),
    ("We shut Instagram down in 2024 after it went nowhere, and I don't want to reopen it.", set()),
]


@pytest.mark.parametrize("text,expected", NOT_IN_SCOPE)
def test_negated_historical_and_competitor_mentions_do_not_count(text, expected):
    """Out of scope, dropped, run by someone else, used only to talk, or a competitor's: not in scope."""
    assert {p.id for p in facts_of(text).platforms} == expected


def test_out_of_scope_section_excludes_its_platforms():
    """Everything under an 'Out of scope' heading stays out."""
    f = facts_of("Manage Facebook and Instagram.", ("heading", "Out of scope"), ("list_item", "TikTok"), ("list_item", "Paid ads on LinkedIn"))
    assert {p.id for p in f.platforms} == {"facebook", "instagram"}


def test_background_section_does_not_put_platforms_in_scope():
    """A platform named only in the background is not work asked for."""
    f = facts_of(("heading", "Background"), "We tried YouTube in 2019.", ("heading", "Scope of work"), "Manage our Facebook page.")
    assert {p.id for p in f.platforms} == {"facebook"}


@pytest.mark.parametrize("text,tasks", [
    ("Set up, improve and manage our LinkedIn page.", ("setup", "manage")),
    ("Create a TikTok account.", ("setup",)),
    ("Optimise our Google Business Profile.", ("setup",)),
    ("Run our Facebook page.", ("manage",)),
    ("Facebook", ("manage",)),
])
def test_tasks_per_platform(text, tasks):
    """Set-up verbs and management verbs become the platform's tasks."""
    (p,) = facts_of(text).platforms
    assert p.tasks == tasks


def test_a_list_item_is_one_unit_of_scope():
    """Verbs in the item's next sentence still apply to the platforms it names."""
    f = facts_of(("list_item", "Get four profiles into shape and keep them going: Facebook and YouTube. "
                               "That means creating and polishing the pages."))
    assert [(p.id, p.tasks) for p in f.platforms] == [("facebook", ("setup", "manage")), ("youtube", ("setup", "manage"))]


def test_list_items_take_tasks_from_their_lead_in():
    """'The SMP will establish, upgrade and run:' gives its verbs to each listed platform."""
    f = facts_of("The SMP will establish, upgrade and then run the client's presence on four networks:",
                 ("list_item", "LinkedIn"), ("list_item", "a YouTube channel"))
    assert [(p.id, p.tasks) for p in f.platforms] == [("linkedin", ("setup", "manage")), ("youtube", ("setup", "manage"))]


def test_evidence_points_at_the_sentence():
    """Each platform quotes the sentence it was read from, with offsets into the text."""
    from conftest import doc_of
    from rfpcheck.extract import extract

    d = doc_of("Background text here.", "Manage our Facebook page.")
    (p,) = extract(d).platforms
    ev = p.evidence[0]
    assert d.text[ev.start:ev.end] == ev.quote == "Manage our Facebook page."


def test_numbered_section_titles_set_the_section():
    """'4. Insurance' as a numbered list item starts a section that is not the work."""
    f = facts_of(("list_item", "3. Scope of work"), "Manage our Facebook page.", ("list_item", "4. Background"),
                 "We once tried TikTok.")
    assert {p.id for p in f.platforms} == {"facebook"}


@pytest.mark.parametrize("text", [
    "Join our Monday stand-up to hear the news about Facebook.",
    "Indemnify us from any and all claims about our Facebook page.",
])
def test_nouns_that_look_like_setup_verbs(text):
    """'stand-up' meetings and legal 'claims' are not set-up work."""
    (p,) = facts_of(text).platforms
    assert p.tasks == ("manage",)


def test_items_under_an_exclusion_lead_in():
    f = facts_of("Manage Facebook.", "Excluded from this solicitation:",
                 ("list_item", "the Registrar's X account, kept by the Registrar personally;"),
                 ("list_item", "the County YouTube channel, where Board meetings are streamed by the IT Division."))
    assert {p.id for p in f.platforms} == {"facebook"}


@pytest.mark.parametrize("text,expected", [
    ("IG 3x a week", {"instagram"}),
    ("Their LI pages we're leaving alone for now, and TikTok is off the table.", set()),
])
def test_short_forms_in_list_items_and_more_refusals(text, expected):
    assert {p.id for p in facts_of(("list_item", text)).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["Pinterest is parked for this financial year."], set()),
    (["Livestreams of Council Meetings are placed on YouTube by the Governance team."], set()),
    (["We want these channels:", ("list_item", "X"), ("list_item", "Threads")], {"x", "threads"}),
    ([("list_item", "X: dormant since 2023.")], set()),
])
def test_platforms_in_a_fourth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["We run Instagram and Facebook.",
      "Outside the scope: the Conservatory's TikTok; all paid advertising; and live-streams on the University's YouTube channel."],
     {"instagram", "facebook"}),
    (["Keep Facebook going. Outside of this contract: YouTube and Pinterest."], {"facebook"}),
    (["Post on Instagram.", "Not part of this role: the YouTube trailer channel (our distributor feeds it)."], {"instagram"}),
    (["Keep Facebook going. Their LinkedIn pages stay with Dana on our side, so leave those be."], {"facebook"}),
    (["Keep Facebook going. Our Pinterest remains with the in-store team."], {"facebook"}),
    (["Keep Facebook going. LinkedIn stays with you as well."], {"facebook", "linkedin"}),
    (["Post to Instagram. Our TikTok experiment ended in October."], {"instagram"}),
    (["Post to Instagram. TikTok ended up being our best channel, so keep it going."], {"instagram", "tiktok"}),
    (["Post to Instagram. WhatsApp me any time for approvals."], {"instagram"}),
    (["Post to Instagram. About Bluesky: volunteers post there personally, but the station has no official account."],
     {"instagram"}),
])
def test_platforms_in_a_fifth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("rows,expected", [
    (["Channel | Posts per week | Notes", "X | 5 | Matchday line-ups", "TikTok | - | Run by the Academy's media students; out of scope"],
     {"x"}),
    (["Platform | Status", "Instagram | managed by us", "Pinterest | dormant", "Threads | 2 posts a week", "Facebook | 3 posts a week"], {"threads", "facebook"}),
    (["Platform | Owner", "LinkedIn | handled by HR", "Facebook | the contractor"], {"facebook"}),
])
def test_a_later_cell_can_leave_a_row_platform_out(rows, expected):
    assert {p.id for p in facts_of(*[("table_row", r) for r in rows]).platforms} == expected


@pytest.mark.parametrize("text,tasks", [
    ("The Contractor writes titles, builds playlists and moderates comments on YouTube.", ("manage",)),
    ("Create posts for Facebook.", ("manage",)),
    ("Build our Instagram following.", ("manage",)),
    ("Improve engagement on Instagram.", ("manage",)),
    ("Build a LinkedIn company page from scratch.", ("setup",)),
    ("Create a TikTok account.", ("setup",)),
    ("Set up, improve and manage LinkedIn.", ("setup", "manage")),
])
def test_setup_verbs_need_a_profile_not_content(text, tasks):
    (p,) = facts_of(text).platforms
    assert p.tasks == tasks


def test_pounds_are_not_a_google_business_profile():
    assert {p.id for p in facts_of("Manage Facebook at GBP 23 per hour, about 1,500 GBP a month.").platforms} == {"facebook"}


@pytest.mark.parametrize("blocks,expected", [
    ([("heading", "What we're NOT asking for"), ("list_item", "Facebook. We'll keep running it ourselves."),
      ("heading", "What we need"), ("list_item", "Four Instagram posts a week.")], {"instagram"}),
    (["Not needed:", ("list_item", "TikTok. A rival is all over it."), ("list_item", "Google reviews.")], set()),
    (["Our YouTube channel holds recorded sessions that staff upload; it is not part of this engagement."], set()),
    (["Head office runs the brand's Facebook page; those stay in-house and are not part of this brief."], set()),
    (["Post on LinkedIn. Instagram isn't on the list for now, and TikTok is not on the table this year."], {"linkedin"}),
    ([("list_item", "Nextdoor: out - agents post there under their own names")], set()),
    (["Post on Instagram. We'll add you to our WhatsApp group for quick questions."], {"instagram"}),
    # "Mass." ends a sentence here, not an abbreviation of Massachusetts
    (["We have a YouTube channel from when we livestreamed Sunday Mass. We stopped streaming in 2022, but keep it tidy."],
     {"youtube"}),
])
def test_platforms_in_a_sixth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,tasks", [
    (["The Supplier shall establish a new Instagram account.", "The Supplier shall then manage all four channels."],
     ("setup", "manage")),
    (["Brightwell Creative has signed three opticians; you'd run their Instagram."], ("manage",)),
    (["Instagram needs a total makeover first: new bio, highlights, profile pic."], ("setup",)),
])
def test_setup_and_manage_in_a_sixth_set_of_words(blocks, tasks):
    (p,) = facts_of(*blocks).platforms
    assert p.tasks == tasks


@pytest.mark.parametrize("blocks,expected", [
    ([("heading", "What you don't touch"), ("list_item", "Instagram. Paused since March.")], set()),
    (["Post on LinkedIn. Dr. Patel keeps asking about TikTok; it isn't happening this year."], {"linkedin"}),
    ([("list_item", "TikTok (I film it myself, it's my face)")], set()),
    ([("list_item", "Facebook: leave the page up but no new posting. Not in the freelancer's brief."),
      ("list_item", "Instagram: yes, the main one.")], {"instagram"}),
    ([("list_item", "TikTok: revisit next season, not now.")], set()),
    (["Post on Instagram.", "The freelancer talks to us directly, any time - WhatsApp is quickest."], {"instagram"}),
    (["Send a WhatsApp broadcast to subscribers each week."], {"whatsapp"}),
])
def test_platforms_in_a_seventh_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


def test_a_numbered_singular_requirement_title_is_a_scope_heading():
    f = facts_of(("list_item", "Background"), ("list_item", "2.1 Instagram is run in-house."),
                 ("list_item", "Requirement"), ("list_item", "3.1 The Supplier shall publish three posts a week on LinkedIn."))
    assert {p.id for p in f.platforms} == {"linkedin"}


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Instagram.", "TikTok my niece does for fun, don't worry about that one."], {"instagram"}),
    (["Post on Instagram.", "LinkedIn our founder handles himself."], {"instagram"}),
    (["Post on Instagram.", "And we had a Pinterest years ago, forget it."], {"instagram"}),
    (["Post on Instagram.", "Facebook you needn't bother with, it's fine as it is."], {"instagram"}),
    (["Post on Instagram.", "Bea will WhatsApp photos from the orchard most weeks."], {"instagram"}),
    ([("list_item", "Facebook: no fewer than four posts per week")], {"facebook"}),
    ([("list_item", "Facebook - no less than two posts a week")], {"facebook"}),
    ([("list_item", "Snapchat: no, not for us")], set()),
])
def test_platforms_in_an_eighth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,tasks", [
    (["Subject: insta help?? (from Kim at Polished)", "Keep our Instagram going."], ("manage",)),
    (["We are Revive Physio and need our Facebook page run."], ("manage",)),
    ([("heading", "Set Up, Improve and Manage Facebook")], ("setup", "manage")),
    (["Please polish and refresh our Facebook page."], ("setup",)),
])
def test_a_capitalised_name_is_not_a_setup_verb(blocks, tasks):
    (p,) = facts_of(*blocks).platforms
    assert p.tasks == tasks


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Instagram.", "Who to deal with: me. Phone, WhatsApp, or just come in."], {"instagram"}),
    (["Post on Instagram and Facebook.", "And TikTok, not in a million years."], {"instagram", "facebook"}),
    (["Post on Instagram, not Facebook."], {"instagram"}),
    (["Post on Nextdoor.", "People keep asking about Instagram; we don't have one and the board voted not to start one."],
     {"nextdoor"}),
    (["Instagram: we don't have one yet, so please set it up."], {"instagram"}),
    (["Post on Instagram.", "We looked at TikTok and may revisit it in 2026."], {"instagram"}),
    # an idle channel wanted again by the next sentence
    (["Post on Facebook.", "Our YouTube channel has not been touched since 2020. We would like it kept alive alongside the rest."],
     {"facebook", "youtube"}),
    (["Post on Facebook.", "Our YouTube channel has not been touched since 2020."], {"facebook"}),
    ([("heading", "Not doing"), ("list_item", "Facebook. It's there, leave it."), ("heading", "Doing"),
      ("list_item", "Instagram, 3 posts a week.")], {"instagram"}),
    ([("table_row", "Workstream | Channel | Frequency"), ("table_row", "Posting | Threads | 2 per week")], {"threads"}),
])
def test_platforms_in_a_ninth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,tasks", [
    (["Manage the Instagram account of each school.", "In February we want every school's profile overhauled."],
     ("setup", "manage")),
    (["Manage Facebook and LinkedIn.", "Audit all of our pages in the first month."], ("setup", "manage")),
    (["Manage Facebook and LinkedIn.", "Month one: create the missing page and overhaul the rest."], ("setup", "manage")),
    (["Manage the Instagram account of each school.", "Every school's profile is updated by its director."], ("manage",)),
])
def test_set_up_of_profiles_named_together(blocks, tasks):
    assert {p.tasks for p in facts_of(*blocks).platforms} == {tasks}


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "Facebook page is dead, don't bother."), ("list_item", "Instagram: three posts a week.")], {"instagram"}),
    ([("list_item", "Google reviews I answer myself."), ("list_item", "Instagram: three posts a week.")], {"instagram"}),
    (["Post on Instagram.", "TikTok is a no. Bea runs her own TikTok about teeth."], {"instagram"}),
    (["Post on Instagram.", "There's a YouTube channel from 2019. Dormant, and it stays dormant."], {"instagram"}),
    (["Post on Instagram. The Centre is winding down its Facebook page and the Contractor shall not post there."],
     {"instagram"}),
    (["Post on Instagram.", "2.3 The following are outside the scope of this contract: the LinkedIn page; the TikTok "
      "account operated by the Library Service; and the former Snapchat account."], {"instagram"}),
    (["Post on Instagram.", "Pinterest I let die back in 2022 and good riddance."], {"instagram"}),
    (["Post on Instagram.", "LinkedIn is HR's, for recruitment."], {"instagram"}),
    (["Post on Instagram.", "LinkedIn is the brand's main channel, so post there weekly too."], {"instagram", "linkedin"}),
])
def test_platforms_in_a_tenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Instagram.", "The Facebook page, Declan does that, he's my business partner."], {"instagram"}),
    (["Post on Instagram.", "And my nephew keeps on at me about TikTok, dancing physios or whatever, no."], {"instagram"}),
    (["Post on Instagram.", "Google reviews, leave those, Aoife on reception replies to them."], {"instagram"}),
    ([("list_item", "Instagram + Facebook, that's it"), ("list_item", "TikTok try-ons are my niece's thing.")],
     {"instagram", "facebook"}),
    (["Post on Instagram.", "Outside the retainer: Google reviews (each shop manager) and the YouTube channel (Dev)."],
     {"instagram"}),
    (["Post on Instagram.", "The YouTube channel, including livestreams, remains the responsibility of Video Services."],
     {"instagram"}),
    (["Post on Instagram.", "And my niece keeps saying TikTok. Absolutely not."], {"instagram"}),
    (["Post on Facebook.", "None of the three has Instagram and nobody wants to start one."], {"facebook"}),
    (["Post on Facebook.", "2.3 The LinkedIn page is used by Human Resources for recruitment and is outwith the scope."],
     {"facebook"}),
    (["Post on Facebook.", "Nothing on Nextdoor.", "Jo's Pinterest board of project ideas stays hers."], {"facebook"}),
    (["Visés : la page Facebook.", "Exclus : la diffusion des séances du conseil sur YouTube."], {"facebook"}),
])
def test_platforms_in_an_eleventh_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Instagram.", "Facebook you can ignore, my mum still runs the page."], {"instagram"}),
    (["Post on Instagram.", "And I reply to the Google reviews myself, I like doing those."], {"instagram"}),
    ([("list_item", "Facebook: 2 posts a week"), ("list_item", "Instagram (my nephew's thing)"),
      ("list_item", "Google listing (my wife handles it)")], {"facebook"}),
    (["Post on Facebook.", "Pinterest boards were set up in 2022 but we've parked them.", "TikTok, maybe next year."],
     {"facebook"}),
    (["Post on Facebook.", "The Club's YouTube channel, on which the 2019 final was once shown, is no longer used."], {"facebook"}),
    (["Post on Instagram.", "Facebook: I've got an old page from my gym days. I'm archiving it, so don't worry about it."],
     {"instagram"}),
    ([("heading", "What you won't look after"), ("list_item", "TikTok. We tried it last summer and decided it's not us."),
      ("heading", "What you will"), ("list_item", "Instagram, four posts a week.")], {"instagram"}),
    (["Post on Facebook.", "The committee again decided against starting an Instagram account."], {"facebook"}),
])
def test_platforms_in_a_twelfth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Instagram.", "What I'm NOT picturing: Pinterest (gave up on it), and the YouTube channel, which can sit there."],
     {"instagram"}),
    (["Post on Facebook.", "The group's Instagram is run by the family and the Google Business listings sit with the office "
      "manager, so leave both of those alone."], {"facebook"}),
    ([("heading", "Not in scope"), ("list_item", "X"), ("heading", "Scope"), "Post on Instagram.",
      ("list_item", "TikTok, which the Museum's Youth Panel produces with the Learning team.")], {"instagram"}),
    (["Post on Instagram.", "The University's LinkedIn page, which features our curators but belongs to the University."],
     {"instagram"}),
    (["Post on Instagram.", "On advice we decided not to open a TikTok account, and that decision stands."], {"instagram"}),
    (["Post on Instagram.", "2.2 The Council's X account is used by Emergency Planning and falls outside this contract."],
     {"instagram"}),
    (["Post on Instagram.", "The Guild has a Facebook group I post in personally; that's mine too."], {"instagram"}),
    (["Post on Facebook.", "The fixtures WhatsApp groups (team managers run those)."], {"facebook"}),
    (["Post on Instagram.", "I had a go at Twitter in 2021 and packed it in after six weeks."], {"instagram"}),
    ([("list_item", "Facebook: two posts a week."), ("list_item", "Google reviews, I answer those.")], {"facebook"}),
    (["Post on Facebook.", "The league's X account went quiet in 2022 and we won't revive it."], {"facebook"}),
    (["Post on Facebook.", "The group Instagram account, which I run myself; Google reviews, which each reception team answers."],
     {"facebook"}),
    ([("heading", "Not their job"), ("list_item", "TikTok. Jamie's idea, parked."), ("heading", "Their job"),
      ("list_item", "Facebook: two posts a week.")], {"facebook"}),
    ([("heading", "What you won't do"), ("list_item", "TikTok. Not now, not ever."), ("heading", "What you will do"),
      ("list_item", "Facebook: two posts a week.")], {"facebook"}),
])
def test_platforms_in_a_thirteenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    ([("heading", "The job"), ("list_item", "Post three times a week on Facebook."), ("heading", "Not the job"),
      ("list_item", "Google reviews (the office answers those)."), ("list_item", "TikTok.")], {"facebook"}),
    ([("heading", "What stays with us"), ("list_item", "Google reviews: I answer them myself."),
      ("heading", "What the new person does"), ("list_item", "One Instagram post every weekday.")], {"instagram"}),
    ([("heading", "What you won't be doing"), "Pinterest and Facebook, both of which I still enjoy doing.",
      ("heading", "What you will be doing"), "Three Instagram posts a week."], {"instagram"}),
    (["Post on Facebook.", "Our neighbour, the Coast Road Tourism Alliance, keeps an active Pinterest presence."], {"facebook"}),
    (["Keep our neighbours informed on Nextdoor, two posts a week."], {"nextdoor"}),
    (["Fix the Facebook page (wrong phone number, no cover photo) and the Instagram (three posts in five years)."],
     {"facebook", "instagram"}),
    ([("list_item", "Instagram and Facebook for each agency."),
      ("list_item", "Oakhurst's TikTok is their junior negotiator's baby.")], {"instagram", "facebook"}),
    ([("list_item", "Instagram and Facebook for each agency."),
      ("list_item", "Tilby's LinkedIn = the MD's personal account. Not ours.")], {"instagram", "facebook"}),
    (["LinkedIn is our founder's personal profile. We'd like two ghost-written posts a week on it."], {"linkedin"}),
    ([("list_item", "Facebook: two posts a week."), ("list_item", "TikTok: the owner's niece keeps suggesting it. Not this year.")],
     {"facebook"}),
    ([("list_item", "Facebook: two posts a week."), ("list_item", "Threads. Run by a volunteer. Not ours.")], {"facebook"}),
    (["Two Instagram posts a week.", "TikTok, which I've decided against, so please don't ask."], {"instagram"}),
    ([("list_item", "Facebook: two posts a week."), ("list_item", "TikTok. We gave it a go in 2023 and it wasn't for us.")],
     {"facebook"}),
    (["Two Instagram posts a week.", "One of us will always be in the shop (open 9 till 5, Mon-Sat) and on WhatsApp."],
     {"instagram"}),
    (["Two Instagram posts a week, and we'd like to be on WhatsApp Channels too, posting a deal there every Friday."],
     {"instagram", "whatsapp"}),
])
def test_platforms_in_a_fifteenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("text,expected", [
    ("Post twice a week on Facebook and on the Nextdoor page that a customer made me set up.", ("manage",)),
    ("Post twice a week on our Facebook page, which was set up in 2019 by my nephew.", ("manage",)),
    ("Post daily on Instagram and set up a chatbot in Instagram DMs for the usual questions.", ("manage",)),
    ("Please set up our Instagram account and post twice a week.", ("setup", "manage")),
    ("Our second shop has never had an Instagram, so one will have to be opened. Two posts a week on Instagram.",
     ("setup", "manage")),
    ("The Facebook page still shows the old logo and wants a proper tidy; then two posts a week.", ("setup", "manage")),
    ("Keep the Facebook page tidy with two posts a week.", ("manage",)),
    ("Our Instagram was opened years ago; it needs a refresh and three posts a week.", ("setup", "manage")),
])
def test_set_up_told_as_history_or_of_a_tool_is_no_profile_set_up(text, expected):
    assert {p.id: p.tasks for p in facts_of(text).platforms}["instagram" if "Instagram" in text else "facebook"] == expected


def test_a_numbered_what_we_want_item_opens_the_scope_again():
    """Word's numbered headings arrive as list items: 'What we're asking for' ends the 'About us' background."""
    f = facts_of(("list_item", "About us"), "Each nursery has its own Facebook page.", ("list_item", "What we're asking for"),
                 ("list_item", "three posts a week on each nursery's Facebook page"))
    assert [p.id for p in f.platforms] == ["facebook"]


@pytest.mark.parametrize("blocks,expected", [
    ([("table_row", "Account | Handle | Included"), ("table_row", "Facebook | /WyndmoorPCC | Yes"),
      ("table_row", "LinkedIn | Wyndmoor OPCC | No: the Chief Executive uses it for vacancies"),
      ("table_row", "YouTube | Wyndmoor Police | No")], {"facebook"}),
    (["Instagram only, four posts a week.", "TikTok is Mo's thing (our apprentice), hands off."], {"instagram"}),
    (["Facebook and Instagram are covered by this SOW. The Operations team posts pantry stops to Nextdoor; neither is part "
      "of this SOW."], {"facebook", "instagram"}),
    ([("heading", "What you'll do"), ("list_item", "Three Instagram posts a week."), ("heading", "Leave to us"),
      ("list_item", "Google reviews, which we like to answer ourselves.")], {"instagram"}),
    (["Two Facebook posts a week.", "Pinterest was Claire's idea a few years back; we are not carrying on with it."], {"facebook"}),
    ([("heading", "What I want"), ("list_item", "The same post on Instagram and Facebook."),
      ("heading", "What I'm not handing over"), ("list_item", "Pinterest.")], {"instagram", "facebook"}),
])
def test_platforms_in_a_sixteenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["We post on Facebook and Instagram.", "TikTok is not something we are ready for."], {"facebook", "instagram"}),
    ([("heading", "What you'll do"), ("list_item", "Three posts a week on Facebook."), ("heading", "What stays out"),
      ("list_item", "The YouTube livestream of services (9:30 a.m.) is run by the AV volunteers.")], {"facebook"}),
    (["Three Instagram posts a week.", "TikTok is not yours, that's my daughter's thing."], {"instagram"}),
    ([("heading", "The job"), ("list_item", "Three Instagram posts a week."), ("heading", "Not in this job"),
      ("list_item", "We may try Pinterest next year, but not as part of this contract.")], {"instagram"}),
    ([("heading", "For them"), ("list_item", "Facebook, daily."), ("heading", "Not for them"), ("list_item", "TikTok.")],
     {"facebook"}),
    ([("list_item", "About the Authority"), "The park covers 1,340 square kilometres.", ("list_item", "What we are buying"),
      "Four posts a week on Facebook and Instagram."], {"facebook", "instagram"}),
])
def test_platforms_in_a_seventeenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


def test_a_profile_not_there_yet_is_made():
    f = facts_of("I haven't actually got a google business page yet so you'd have to make it from scratch. Two posts a week.")
    assert {p.id: p.tasks for p in f.platforms}["google_business"] == ("setup", "manage")


def test_a_tidy_up_is_set_up():
    f = facts_of("Month one: a proper tidy-up of each hotel's Instagram. After that, three posts a week.")
    assert "setup" in {p.id: p.tasks for p in f.platforms}["instagram"]


@pytest.mark.parametrize("blocks,expected", [
    (["Post on Facebook and Instagram.", "Also the County Archives' X account, which the Archives team runs itself."],
     {"facebook", "instagram"}),
    ([("heading", "What we're asking"), ("list_item", "Three Instagram posts a week."), ("heading", "What we're not asking"),
      ("list_item", "Google reviews are answered by the front desk at each studio.")], {"instagram"}),
    (["We run Instagram and Facebook. The Bluesky account is excluded, as is the X account, dormant since 2023."],
     {"instagram", "facebook"}),
    ([("heading", "What you would do"), ("list_item", "Two Instagram posts a week."), ("heading", "What you wouldn't do"),
      ("list_item", "TikTok.")], {"instagram"}),
    ([("list_item", "Instagram: three posts a week."), ("list_item", "TikTok: not us."), ("list_item", "X account: closed last year")],
     {"instagram"}),
    (["Three Instagram posts a week.", "Ring Ange or Tom whenever, WhatsApp is quickest."], {"instagram"}),
    (["Facebook and Instagram, three posts a week.", "A TikTok presence may be considered in year two, through a separate change order."],
     {"facebook", "instagram"}),
    (["Facebook: three posts a week.", "Jade 19:30: what about tiktok?"], {"facebook"}),
    (["Facebook and X, daily.", "A TikTok presence is not contemplated at this time."], {"facebook", "x"}),
    ([("list_item", "Instagram: four posts a week."), ("list_item", "Google listing: I answer the reviews myself.")], {"instagram"}),
    (["Facebook, please.", "We did have a Twitter account once but nobody remembers the password, so please let it rest."],
     {"facebook"}),
    ([("heading", "What each pub gets"), ("list_item", "Its own Facebook page and Instagram, three posts a week per pub.")],
     {"facebook", "instagram"}),
    (["Post on Instagram.", "The school district has its own Facebook and X accounts run by the district office."], {"instagram"}),
])
def test_platforms_in_an_eighteenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


def test_set_up_by_someone_else_is_history():
    f = facts_of("Each shop has its own Facebook page (set up by the site managers, all still live). Post there weekly.")
    assert all("setup" not in p.tasks for p in f.platforms)


@pytest.mark.parametrize("blocks,expected", [
    (["Facebook page for the business, please.", ("heading", "Things I don't want:"), ("list_item", "Instagram. Not for sweeps.")],
     {"facebook"}),
    (["B2.1 In scope: the Trust's Facebook page and Instagram account.",
      "B2.2 Out of scope: the café's Facebook page (run by café staff), the Trust's YouTube channel (talks) and its LinkedIn page."],
     {"facebook", "instagram"}),
    (["Please look after our Facebook page.", "Outside this quote: LinkedIn, which the director writes; and X, which we left."],
     {"facebook"}),
    (["Three posts a week on Instagram.", "We had a Pinterest account once.", "TikTok: my son says yes, I say no."],
     {"instagram"}),
    (["Two posts a week on Instagram.", "The deli in York has a brilliant YouTube; we are not doing YouTube."], {"instagram"}),
    (["Two posts a week on Instagram.", "Everyone's number is in the staff WhatsApp, which I'll add you to."], {"instagram"}),
    (["Each shop has its own Instagram and all four are quiet.", "For each one: three posts a week."], {"instagram"}),
    (["Posts go on Instagram rather than Facebook."], {"instagram"}),
])
def test_platforms_in_a_nineteenth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


def test_a_platform_wanted_later_in_its_sentence_stays():
    assert {p.id for p in facts_of("We are not on TikTok yet, but please set up TikTok for us.").platforms} == {"tiktok"}


@pytest.mark.parametrize("blocks,expected", [
    (["Three Instagram posts a week.", "We know lots of garden centres are now on TikTok; we are not ready to take that step."],
     {"instagram"}),
    (["Three Instagram posts a week.", ("heading", "Staying with me"), ("list_item", "Pinterest boards"),
      ("list_item", "the Google profile and reviews")], {"instagram"}),
    (["Three Facebook posts a week.", "Google reviews leave to the wife, she likes doing them."], {"facebook"}),
    (["Three Facebook posts a week.", ("list_item", "TikTok: head office runs the national one, so nothing there")],
     {"facebook"}),
    (["Instagram and Facebook. LinkedIn is only for when we're hiring and I'll handle that, and TikTok can wait until next year."],
     {"instagram", "facebook"}),
    (["Post on Facebook.", ("list_item", "Instagram: decided at the AGM not to open one yet"),
      ("list_item", "The county's YouTube channel is nothing to do with us")], {"facebook"}),
    (["Three Facebook posts a week.", "Nisha: what about the Checkatrade profile and google reviews?",
      "Ollie: no, leave them, my missus does those."], {"facebook"}),
    (["We're both on WhatsApp pretty much all day, so message whenever.", "Two Instagram posts a week."], {"instagram"}),
])
def test_platforms_in_a_twentieth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected
