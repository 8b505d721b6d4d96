"""Client contact and the clients covered, with negation traps."""

import pytest

from conftest import facts_of

FORBIDDEN = [
    "Zero direct contact with franchisees, site managers or anyone at Anvil HQ.",
    "5.1 The Contractor shall not contact the Festival's director, staff, trustees or sponsors directly, whether by email or phone.",
    "Please don't identify yourself as a freelancer or mention your own business to anyone at Heatherbank.",
    "Don't get in touch with the home managers, activities coordinators or the group office directly.",
    "The firms are not to know a freelancer is involved.",
    "Questions and drafts come to me; I take them to the firms and bring back approvals.",
    "3.1 The Subcontractor shall not communicate, directly or indirectly, with any Client Firm or any of its partners.",
    "You must not contact the Association's staff, board or members directly.",
    "You'll be working under the Cobalt name.",
    "You will not be in contact with the client at any point.",
    "All client communication stays with our account team.",
    "Please route every question through us.",
    "All communication goes through our account team.",
    "The SMP may not talk with the client.",
    "This is a white-label arrangement.",
    "You must not identify yourself to our customers.",
    "The client must never know you exist.",
    "Do not contact our clients directly.",
    "The SMP is not permitted to have any direct dealings with our clients.",
    "Our account team remains the only point of contact for every client.",
    "There will be no direct contact with the end client.",
    "Vendors shall not communicate with the brand owner.",
    "You'll never deal with our clients yourself.",
    "Any question goes to us and we relay it.",
    "Our clients shouldn't know we use a freelancer.",
    "Please don't reach out to anyone at Ledgerly; just forward it to us.",
    'Every approval, question and piece of feedback goes through our account team.',
    'K&F is our client, not yours, and the relationship stays with us.',
    'Hands off everyone at Kestrel & Finch, please.',
    "You'll post from the accounts as K&F, never as yourself or as us.",
    "The clients believe everything is done in-house, so please don't contact any of them yourself.",
    "The contractor shall not contact participating farms, their owners or their staff directly, by any means.",
]


@pytest.mark.parametrize("text", FORBIDDEN)
def test_forbidden(text):
    """Bans, routing and white-label covers forbid contact."""
    c = facts_of(text).client_contact
    assert c.allowed is False and c.evidence[0].quote == text and c.cue


ALLOWED = [
    "The contractor's lead will report to the Centre Communications Officer, with direct access to the Director.",
    "Questions? Message Carl Haughton, the owner, on 0113 496 0718, or drop into the yard.",
    "WhatsApp group with me and Dad, any time.",
    "Your day-to-day contact will be Imogen Sallis, our Supporter Care Coordinator.",
    "You are welcome to phone the care team lead with questions about a case.",
    "Owain or I will always be around the café and on WhatsApp.",
    "Samuel and Pastor Ruth are both happy to be phoned or messaged directly.",
    "There is no restriction on the Contractor's contact with Agency program staff.",
    "You will work with our Development Director, Carla Munoz, by email and on a call each month.",
    "The Contractor shall meet once a month with the Communications Manager to plan the month ahead.",
    "Sit down with me once a month to plan the month ahead.",
    "The Contractor agrees content directly with the Head of Learning and may approach the Collections Manager.",
    "I'm on the counter most of the day, so ring or message any time.",
    "Brightstave takes day-to-day direction from the Hall's Head of Marketing and may go directly to the AV team.",
    "I'm easy to reach: WhatsApp me between sessions.",
    "We have a WhatsApp group for the three of us; use it for quick questions and approvals.",
    "Text or call any time we're not slammed.",
    "Contractor talks to the venue managers directly: texts, calls, whatever works.",
    "Tell Priya what's working and what isn't, over a coffee, whenever.",
    "I'm on the shop phone all day, text anything.",
    "The contractor will coordinate directly with the Shelter Director, Luis Ferreira.",
    "Talking to me: text, ring, voice notes, whatever suits.",
    "The contractor must not contact, message or photograph any client family directly. Weekly calls with our "
    "communications lead.",
    "Ana on the counter knows what's going on day-to-day too, ask her anything.",
    "You will report to the club President, Marguerite Ellison, who is happy to talk by phone any time.",
    "Questions? Email our secretary, Ruth Abernathy, at secretary@example.org.",
    "You'll work straight with the four practice managers for photos and approvals.",
    "Dr. Hale, the clinical director, wants to sign off anything that mentions medication.",
    "The freelancer sends anything from a pub or bottle shop straight to Bea, who handles trade sales.",
    "Who they talk to: either of us, any time.",
    "Studio managers, directly, in a shared Slack channel. No need to route anything through me.",
    "Reporting to Dana Reyes, co-founder. Direct line, texts welcome.",
    "Provider may interview the customer success managers and product leads directly for article material.",
    "Read it once, then ask me anything on Voxer.",
    "Text or voice-note me anytime, I answer fast.",
    "Shop managers are happy to be contacted by the supplier directly.",
    "You'll be added to our crew WhatsApp group, where the festival director talks every day.",
    "You're welcome to contact Sofia Mendez, their marketing coordinator, directly; there's no need to route everything through us.",
    "Gina, the owners and every general manager are a phone call away, and you're encouraged to visit the restaurants.",
    "You report to Janet Vance and can go straight to any partner for stories. No gatekeepers.",
    "You'll report to Priya Nandakumar, Marketing Manager.",
    "You'll be in our Slack with both founders. Ask anyone anything; nobody will route you through me.",
    "Father Tom and I are always a phone call away.",
    "There is no restriction on contacting the client.",
    "You will have weekly calls with the client.",
    "We hold a monthly 30-minute call with the owner.",
    "Our communications manager will be your point of contact.",
    "You are free to contact the client whenever needed.",
    "You will work directly with our marketing team.",
    'You can text or call me whenever you need a decision.',
    "The agency will hold weekly calls with Northwind's marketing lead.",
    "You may contact Northwind's product managers directly.",
    'The manager reports to me and can message me on Slack.',
    'Join our Monday stand-up when you can.',
    'Do not hesitate to contact the client with questions.',
    'Never post anything without talking to the client first.',
    "You'll deal directly with Sofia Marchetti, the hotel's marketing manager.",
    'Day-to-day questions go straight to her.',
    "You'll work with me and the physios for content ideas.",
    'Happy to jump on a 20-minute call whenever you need one.',
    'The founders, Dev and Ines Okafor, are the day-to-day contacts.',
    'Hannah Price is the named contact and may be reached directly on weekdays.',
    "The Proponent will work day to day with the Faculty's Communications Officer.",
    "You'll have the owners' cell numbers and a sit-down with Sam at the start of every month.",
    'D5 | Stand-up call with the E-commerce Lead | Weekly, 45 minutes',
    'The contractor takes direction from, and deals in person with, Captain Lena Whitford.',
    'The contractor may contact station captains to arrange photography.',
    'The specialist is expected to be in regular, direct contact with faculty and visiting artists.',
    'Gloria Pham, our Office Manager, is your manager; reach her by phone or Slack.',
    'Each month walk through the summary with the PIO in a check-in meeting.',
]


@pytest.mark.parametrize("text", [
    "The freelancer can ring or message any store manager directly; numbers are in the shared sheet.",
    "You may phone or email the practice owners directly.",
    "The consultant should call each site lead direct with questions.",
])
def test_allowed_in_a_fifteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "For Kit, who starts on the 3rd. Read before your first day, questions to Sadie.",
    "You'd work with our director, Beth Ansari, most weeks.",
    "Your day-to-day contact and approver is Farida Osei, Communications Lead.",
    "Beth is glad to take a call or an email on any weekday.",
])
def test_allowed_in_a_sixteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "The four practice managers know you're coming and expect to hear from you directly.",
    "Please phone each of them in your first week and set up a shared photo folder.",
    "You can grab Ray or any of the growers whenever you need a plant name or a story.",
    "Come to any repair night, take photos, chat to whoever's on the stands.",
    "You'll be added to the coordinators' Signal group for questions and sign-offs.",
    "Our Publicity Officer, Gwen Farrant, is your first port of call.",
    "We meet every Tuesday evening in the clubroom; drop in any week.",
])
def test_allowed_in_a_seventeenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "Please telephone our Ringing Master, Alan Birkett, on 015242 71936.",
    "Or simply come and find any of us after Tuesday practice.",
    "Anything you're not sure about, voice-note me back, I listen between dogs.",
    "The contractor will agree content with the Town Clerk, who may be contacted at the Town Hall.",
    "The contractor may obtain information directly from councillors and from council staff.",
    "Pop in any time, I'm always here, or text.",
    "You report to the Co-op Manager, Andrea Olawale.",
    "We want you to talk to members; that is the job.",
    "The freelancer must never message a young person directly. You will work directly with our Group Lead Volunteer.",
])
def test_allowed_in_an_eighteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "You cannot ring the store managers directly; go through head office.",
    "You may not contact the managers directly.",
    "Store managers can phone the head office directly.",
    "Questions to Jane by 5 May.",
    "Please call our Procurement team with any questions about the tender.",
    "Send questions to Procurement Services.",
])
def test_no_allowance_in_a_fifteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is not True


@pytest.mark.parametrize("text", ALLOWED)
def test_allowed(text):
    """Explicit access, meetings, named contacts, invitations and negated restrictions allow contact."""
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "The weather is nice.",
    "Proposals are due on 1 May.",
    "We manage social media for local shops.",
    "We sign off everything before it goes live, normally within 48 hours.",
])
def test_unstated(text):
    """Silence is null, not allowed."""
    assert facts_of(text).client_contact.allowed is None


def test_a_ban_wins_over_an_allowance():
    """One ban anywhere makes the plan a ban."""
    f = facts_of("You will have weekly calls with our team.", "Do not contact our clients.")
    assert f.client_contact.allowed is False


CLIENTS = [
    ("Set it all up with each client.", None, True),
    ("Do this for each of our 6 clients.", 6, True),
    ("We manage six client accounts; the work applies to each client.", 6, True),
    ("The same package per brand.", None, True),
    ("Cover all of our client accounts.", None, True),
    ("Post on all three accounts.", None, False),
    ("Pass questions to the right member of staff.", None, False),
    ("Build each client's presence on LinkedIn.", None, True),
    ("Manage our Facebook page.", None, False),
    ("All client communication stays with us.", None, False),
    ('We serve 2,500 customers; work for each location.', None, True),
    ('Reply to all customers within one business day.', None, False),
    ('For each of the four departments, the contractor shall publish three posts per week.', 4, True),
    ('What we need, for each of our 8 studios.', 8, True),
    ("Each franchisee runs their own location's Facebook page; those are not part of this brief.", None, False),
    ('Per garage, every month: two posts and a report.', None, True),
    ('Five (5) posts per school week.', None, False),
    ("Show how you'd make healed work look unlike every other shop.", None, False),
    ("Lensbury is a buying group of five independently owned opticians. What, per practice: two posts a week.", 5, True),
    # a set the document counts, then a label that repeats the work for each of it
    ("Each wall runs its own Instagram. Per wall, a one-page numbers sheet at month end. 24 hrs/week across all four walls.",
     4, True),
    ("Current book: five (5) brokerages. Output, per brokerage", 5, True),
    ("IronPeak Fitness, 7 franchised clubs in the metro area. Per club:", 7, True),
    ("The league has 64 teams. Every team gets one spotlight post sometime during the season.", None, False),
    ("Google Business Profiles for each clinic stay with the clinic managers and are out of scope.", None, False),
    # an agency's accounts are its clients, and "every one of those three" points back at them
    ("Three of our accounts have outgrown my team: Lindqvist Pharmacy (four shops, one brand), Old Mill and Tidewater. "
     "Every one of those three needs Facebook and Instagram kept alive.", 3, True),
    ("Two of our clients need help. Each of the two gets three posts a week.", 2, True),
    ("We have three channels. Each of those three gets two posts a week.", None, False),
    ("A shared service for twelve (12) member farms. Services per participating farm: two posts a week.", 12, True),
    ("Every member of our team reviews posts.", None, False),
    ("Each partner will receive a report.", None, False),
    ("Our three restaurants. Every restaurant has its own Instagram. For each of the three, here's the job.", 3, True),
    ("Each of our four buildings has its own Facebook page for residents.", 4, True),
    ("Each franchisee runs their own page; those are not part of this brief.", None, False),
    # a counted set with two modifiers, and the work repeated for each of it in a heading
    ("The group runs four residential and nursing homes. What they've bought, for each home:", 4, True),
    ("I take loads of photos after every client, so you'll never be short.", None, False),
    ("Between each client I check my phone.", None, False),
    ("We'd like one person to do both houses. What we're hoping for, for each house:", 2, True),
]


@pytest.mark.parametrize("text,count,per_client", CLIENTS)
def test_clients(text, count, per_client):
    """Distributive phrases make the work per client; a number gives the count."""
    c = facts_of(text).clients
    assert (c.count, c.per_client) == (count, per_client)


def test_white_label_with_an_explicit_allowance_is_allowed():
    f = facts_of("We'd like to bring you in on a white-label basis.", "There's no restriction on talking to Calder.")
    assert f.client_contact.allowed is True


@pytest.mark.parametrize("text,count,per_client", [
    ("Five day nurseries, each with between 40 and 62 places. The work below is the same for every one of the five settings:",
     5, True),
    ("We'd like one person for the two cafés.\n\nWhat we need for each café:", 2, True),
])
def test_clients_in_an_eighteenth_set_of_words(text, count, per_client):
    c = facts_of(*text.split("\n\n")).clients
    assert (c.count, c.per_client) == (count, per_client)


@pytest.mark.parametrize("text", [
    "You're welcome to chat to the bar staff and the kitchen team for stories.",
    "You can talk to anybody here, from the head gardener to the volunteers.",
    "A coffee with me every fortnight to see how it's going, please.",
    "- Instructions from the Hon. Treasurer and the Fixtures Secretary.",
    "The contractor will take day-to-day direction from the Clerk and is free to contact any trustee directly.",
    "Ring whoever is on shift at the café you're posting about.",
    "Gaz: ring after six, or text whenever, I read them all.",
    "4. Attend the Parish Council meeting every month to report.",
    "Please join the marketing group's catch-up on the last Friday of each month.",
    "Our secretary, Jan, is always on the end of the phone.",
])
def test_allowed_in_a_nineteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "Please never ring, email or drop in on the shops; anything you need from them, ask me.",
    "Please don't get in touch with the practice managers or any of their staff yourself.",
    "You must not phone or email the hotel directors, whatever happens.",
])
def test_forbidden_in_a_nineteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is False


@pytest.mark.parametrize("text", [
    "Bidders may attend the pre-bid meeting on 3 May.",
    "Applicants must not contact the Trust's staff about this opportunity; questions go through the portal.",
    "Please don't contact the funder's staff; our director handles that relationship.",
    "Don't email the press about anything.",
])
def test_no_ban_or_allowance_in_a_nineteenth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is None


@pytest.mark.parametrize("blocks,count,per_client", [
    (["Between us we run four guesthouses on the front.", "Each house has its own Instagram, all of them neglected.",
      "For each one, what we'd like is three posts a week."], 4, True),
    (["Each kiosk has its own Instagram.", "What we'd like is three posts a week."], None, False),
])
def test_clients_in_a_nineteenth_set_of_words(blocks, count, per_client):
    c = facts_of(*blocks).clients
    assert (c.count, c.per_client) == (count, per_client)


@pytest.mark.parametrize("text", [
    "Priya is the person to ask about anything (07700 900123, or email).",
    "- Sam, Operations Manager, your line manager (office by the front desk, door always open)",
    "I'm in the workshop most days. Call, text, walk in, whatever works.",
])
def test_allowed_in_a_twentieth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True


@pytest.mark.parametrize("text", [
    "Do not contact the GMs, sales managers or anyone else at the showrooms; forward anything to me.",
    "Approvals, photos and offers all come through our account team.",
])
def test_forbidden_in_a_twentieth_set_of_words(text):
    assert facts_of(text).client_contact.allowed is False


@pytest.mark.parametrize("text", [
    "Any and all intellectual property in content created under the contract vests in the Trust.",
    "Nearly every new client finds us on Instagram, so that's where the effort goes.",
])
def test_not_per_client_in_a_twentieth_set_of_words(text):
    c = facts_of(text).clients
    assert (c.count, c.per_client) == (None, False)


@pytest.mark.parametrize("text", [
    "Jo runs the yard and is rarely at a desk, but she's always on WhatsApp and happy to talk ideas over a brew.",
    "There's no restriction on who you talk to at the hall: the caretaker, the bookings secretary, anyone.",
    "You can talk to any section head about what's coming up; nobody needs to go through me.",
    "- Sit down with Priya (owner) every month to plan the content.",
])
def test_allowed_in_a_twenty_first_set_of_words(text):
    assert facts_of(text).client_contact.allowed is True
