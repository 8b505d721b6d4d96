"""Pre-bid checklist facts: approvals, brand assets, account access, guarantees, KPIs and renewal."""

import pytest

from conftest import doc_of
from rfpcheck.extract import prebid
from rfpcheck.nlp import sentences


def sents(*blocks):
    return sentences(doc_of(*blocks))


def said(blocks) -> str:
    """All the text of the blocks, to check that evidence quotes them."""
    return " ".join(b if isinstance(b, str) else b[1] for b in blocks)


# --- approvals -------------------------------------------------------------


@pytest.mark.parametrize("blocks,hours", [
    (("All posts must be approved by our marketing lead.",), None),
    (("Drafts go to the client for sign-off.",), None),
    (("Content calendar approved monthly.",), None),
    (("We will approve or comment within two business days.",), 48),
    (("Approval turnaround: 48 hours.",), 48),
    ((("table_row", "Approval turnaround | 2 business days"),), 48),
    (("Our marketing coordinator, Lena Ortiz, approves drafts within two working days.",), 48),
    (("The Client approves or comments within two business days.",), 48),
    (("Each week's content plan is signed off by the Communications Manager within 24 hours of receipt.",), 24),
    (("Posts will be reviewed and approved by Council officers; allow up to five working days for approval.",), 120),
    (("Please allow a week for sign-off on the content calendar.",), 168),
    (("Nothing goes live without my OK, and I'll usually get back to you the same day.",), 8),
    (("Every caption needs sign-off from me before it goes out.",), None),
    (("Our franchise marketing lead, Tom Becker, approves all posts by Thursday for the following week.",), None),
    ((("heading", "Approvals"), ("list_item", "- Turnaround: 1 business day")), 24),
    (("Drafts go to Priya for sign-off. She normally replies within 3 working days.",), 72),
    (("Submit drafts for approval at least 3 business days before posting.",), None),
    (("Content approval: the client has 72 hours to respond; after that, posts are deemed approved.",), 72),
    (("Sam will OK posts on Slack, usually within the hour.",), 1),
    (("Final approval rests with the Mayor's office, which can take up to 10 working days.",), 240),
    (("We'll review your monthly plan and give feedback within 3 days.",), 72),
    ((("table_row", "Approvals | Communications Manager, 2 working days"),), 48),
    (("The Director of Marketing approves all content and normally arranges interviews within five working days.",), None),
    (("Customer shall give Vendor admin access within five (5) business days of signature and approve or comment on drafts "
      "within three (3) business days.",), 72),
    (("Drafts are uploaded there by Wednesday; the account managers approve them within 48 hours.",), 48),
    (("Every question, draft and approval comes through me.",), None),
])
def test_approvals(blocks, hours):
    """A content approval step is found, with its turnaround in hours when one is stated."""
    found = prebid.approvals(sents(*blocks))
    assert found is not None and found.turnaround_hours == hours
    assert found.evidence and found.evidence[0].quote in said(blocks)


def test_approvals_take_the_slowest_turnaround():
    """Two stated turnarounds: the slower one is the one a schedule must allow for."""
    found = prebid.approvals(sents("Routine posts are approved within one business day.",
                                   "Campaign creative is signed off by the board within two weeks."))
    assert found.turnaround_hours == 336 and len(found.evidence) == 2


@pytest.mark.parametrize("blocks", [
    ("Proposals will be approved by the board.",),
    ("Contract approval by council is expected in May.",),
    ("Invoices are approved by the finance team within 30 days.",),
    ("Timesheets must be approved by your line manager each week.",),
    ("Overtime requires prior written approval.",),
    ("Post three times a week on Facebook and Instagram.",),
    ("Any change in key personnel requires the County's written approval.",),
    ("The award is subject to approval by the Board of Supervisors.",),
    ("Drafts are due 48 hours before publication.",),
    ("You don't need our approval for day-to-day posts.",),
    (("heading", "Submission instructions"), "Submissions will be reviewed and approved by the panel within 10 days."),
    ("Questions from bidders will be answered within 2 business days.",),
    ("The board has approved up to 15 hours per month for this work.",),
    ("I can approve a maximum of 40 hours a month.",),
    ("Moderate comments and reply using our approved wording.",),
    ("Expenses must be pre-approved in writing.",),
    ("Approved suppliers must hold public liability insurance.",),
    ("Hours beyond 60 in any month require the Client's prior written approval.",),
    ("Facebook group: approving new members and keeping an eye on threads.",),
    (("heading", "Out of scope"), "Sign-off of the annual report."),
])
def test_no_content_approval(blocks):
    """Approving bids, money or staff, or waiving approval, is not a content approval step."""
    assert prebid.approvals(sents(*blocks)) is None


# --- brand assets ----------------------------------------------------------


@pytest.mark.parametrize("blocks,provided", [
    (("We will pass on each client's logo, photos and login details.",), True),
    (("Our brand guide and photo library will be shared at kickoff.",), True),
    (("You'll get access to our Canva brand kit.",), True),
    (("The City will provide its brand standards manual, logo files and approved photography.",), True),
    (("Brand guidelines are attached as Appendix B.",), True),
    (("All content must follow our brand guidelines.",), True),
    (("We have a big folder of photos from past events you're welcome to use.",), True),
    (("You will be given access to our image library on Google Drive.",), True),
    ((("table_row", "Brand assets | Provided by client"),), True),
    (("Logos and fonts will be supplied by the Marketing Department.",), True),
    (("We will provide:", ("list_item", "- Brand style guide and logos")), True),
    (("We'll send over our logo pack and fonts before launch.",), True),
    (("Use the templates we already have in Canva.",), True),
    (("Photos of events will be taken by our volunteers and shared with you.",), True),
    (("The 2024 photo library and brand guidelines are on the Trust's shared drive.",), True),
    (("Attachment A: Brand standards.",), True),
    (("Carla at the front desk can send you photos too.",), True),
    (("Onboarding is a 45-minute Q&A call and access to the brand folder.",), True),
    (("We have no brand guidelines yet; you will develop our brand voice.",), False),
    (("The contractor sources all imagery.",), False),
    (("There is no photo library, so you'll need to take your own photos.",), False),
    (("We don't have a logo yet, so designing one would be part of the job.",), False),
    (("Photography is the contractor's responsibility.",), False),
    (("Develop brand guidelines and a visual identity for the new service.",), False),
    (("All images must be supplied by the contractor.",), False),
    (("The successful bidder will provide all photography and video.",), False),
    (("You will need to source stock imagery for most posts.",), False),
    (("Please create a simple style guide in month one.",), False),
    (("Brand assets: to be developed by the successful bidder.",), False),
    (("We have plenty of photos but no brand guidelines.",), False),
    (("Design assets will need to be created from scratch.",), False),
    (("We want a new logo as part of this work.",), False),
])
def test_brand_assets(blocks, provided):
    """Brand assets the client supplies are True; ones that do not exist or the vendor makes are False."""
    found = prebid.brand_assets(sents(*blocks))
    assert found.provided is provided and found.cue and found.evidence[0].quote in said(blocks)


@pytest.mark.parametrize("blocks", [
    ("Our logo will be supplied.", "There is no photo library."),
    ("The City's Brand Standards Manual is attached as Appendix B.", "The contractor will create all graphics and photography."),
])
def test_brand_assets_given_in_part(blocks):
    """Some assets supplied and some left to the vendor: given in part, both quoted, for the checklist to ask about."""
    found = prebid.brand_assets(sents(*blocks))
    assert found.provided is True and found.partly
    assert [e.quote for e in found.evidence] == list(blocks) and "; but " in found.cue


@pytest.mark.parametrize("blocks", [
    ("Post three times a week on Facebook.",),
    ("Take photos at the Saturday market and post them the same day.",),
    ("Share photos of new stock on Instagram.",),
    ("Proposals should include samples of logos you have designed.",),
    (("heading", "Out of scope"), "Logo design and brand guidelines."),
    ("Provide photos for the monthly newsletter.",),
    ("We don't need you to refresh our logo.",),
    ("The District will provide a 90-minute orientation on FERPA and photo-release rules.",),
    ("Photo calls with company dancers may be arranged with the rehearsal director.",),
    ("Reply to comments and DMs the same day, re-share good guest photos (with permission).",),
    ("Kings Heath and Moseley share a stockroom, so photos for those two can be done in one trip.",),
    ("You're welcome to come along on a Tuesday to take your own photos.",),
    ("Photos can be shared with IG, but the captions should be written for FB.",),
])
def test_brand_assets_silent(blocks):
    """Posting photos, bid samples and excluded design work say nothing about assets supplied."""
    assert prebid.brand_assets(sents(*blocks)).provided is None


# --- account access ----------------------------------------------------------


@pytest.mark.parametrize("blocks,provided", [
    (("We will pass on each client's logo, photos and login details.",), True),
    (("We will add you as an admin on the Facebook page.",), True),
    (("Access via Meta Business Suite.",), True),
    (("The contractor will be granted editor access to all County social media accounts.",), True),
    (("All accounts remain the property of the District; the vendor will be given the access it needs.",), True),
    (("You'll get the Instagram password from Sarah on day one.",), True),
    (("Login credentials will be shared through our password manager.",), True),
    ((("table_row", "Account access | Admin role on Facebook and Instagram via Business Manager"),), True),
    (("We'll make you a manager on our LinkedIn company page.",), True),
    (("You'll be given editor rights on our Facebook page.",), True),
    (("We'll set you up as a partner in Business Manager.",), True),
    (("Account access will be provided via Hootsuite.",), True),
    (("Logins come through our password manager.",), True),
    (("Voice guides, logins and the photo library shared on day one",), True),
    (("The Contractor shall sign a Business Associate Agreement before receiving access to any account.",), True),
    ((("heading", "Terms and Conditions"), "The Contractor will be granted administrator access to all District accounts."), True),
    (("You will not have access to our accounts; send posts to us to publish.",), False),
    (("We cannot share passwords.",), False),
    (("Please email the finished posts to me and I'll post them myself.",), False),
    (("Login details will not be shared with the contractor.",), False),
    (("The agency will have no direct access to the Trust's social media accounts.",), False),
    (("Drafts are sent to our comms team, who publish them.",), False),
    (("Access to the accounts remains with the Council at all times.",), False),
    (("We publish everything ourselves; you just draft.",), False),
    (("You won't be posting directly - we'll do that.",), False),
    (("The vendor will not be given passwords; all posts will be published by City staff.",), False),
])
def test_account_access(blocks, provided):
    """Logins or page roles given are True; access withheld, or the client publishing, is False."""
    found = prebid.account_access(sents(*blocks))
    assert found.provided is provided and found.cue and found.evidence[0].quote in said(blocks)


@pytest.mark.parametrize("blocks", [
    ("Post three times a week on Facebook.",),
    ("Vendors must create an account on the procurement portal to download addenda.",),
    ("Passwords must never be shared with third parties.",),
    ("Our Facebook page has 2,000 followers.",),
    ("The contractor must not access the County network from personal devices.",),
    ("Send drafts to us for approval, then publish them on our pages.",),
    ("Proposals must describe how you keep client login credentials secure.",),
    ("I have a Mailchimp login somewhere.",),
    ("We did have a Twitter account once but nobody remembers the password.",),
    ("We'll give her a login to the booking system so she can see the gaps.",),
    ("The successful proponent will have direct, day-to-day access to her and to the events team.",),
    ("For three years we've done the posting ourselves, usually at 1am.",),
    ("Gritting updates are posted by the Council's Resilience Team.",),
])
def test_account_access_silent(blocks):
    """Bid portals, security rules and posting instructions say nothing about access granted."""
    assert prebid.account_access(sents(*blocks)).provided is None


# --- guarantees --------------------------------------------------------------


@pytest.mark.parametrize("text,phrase", [
    ("Guarantee 1,000 new followers a month.", "Guarantee 1,000 new followers a month"),
    ("The agency must grow followers by 50% within three months.", "must grow followers by 50% within three months"),
    ("A minimum of 500 likes per post is expected.", "A minimum of 500 likes per post"),
    ("We want content that goes viral.", "goes viral"),
    ("Guaranteed first-page ranking on Google.", "Guaranteed first-page ranking"),
    ("The contractor will be required to achieve 10,000 impressions per month.",
     "required to achieve 10,000 impressions per month"),
    ("Payment is tied to follower growth of at least 20% per quarter.", "Payment is tied to follower growth"),
    ("Fees will be withheld if engagement falls below 5%.", "withheld if engagement falls below 5%"),
    ("Vendor shall increase Instagram followers from 800 to 5,000 by December.",
     "shall increase Instagram followers from 800 to 5,000 by December"),
    ("You must get at least 200 sign-ups from the campaign.", "must get at least 200 sign-ups"),
    ("We expect the successful agency to deliver at least 20% growth in Instagram followers in year one.",
     "expect the successful agency to deliver at least 20% growth"),
    ("The vendor will guarantee a minimum engagement rate of 4%.", "guarantee a minimum engagement rate of 4%"),
    ("The Contractor shall achieve a minimum of 2,000 new page likes per quarter.",
     "shall achieve a minimum of 2,000 new page likes per quarter"),
    ("Target: 15% engagement increase per quarter (mandatory).", "15% engagement increase per quarter"),
    ("You will be required to increase website traffic from social by 30% within six months.",
     "required to increase website traffic from social by 30% within six months"),
    ("Grow our Facebook following to 5,000 by December.", "Grow our Facebook following to 5,000 by December"),
    ("Any shortfall against the 500-follower monthly target will be deducted from the fee.",
     "shortfall against the 500-follower monthly target will be deducted"),
])
def test_guarantees(text, phrase):
    """An outcome the vendor is held to is quoted as the phrase that demands it."""
    found = prebid.guarantees(sents(text))
    assert [g.phrase for g in found] == [phrase] and found[0].evidence[0].quote == text


@pytest.mark.parametrize("text", [
    "We hope to grow our audience over the year.",
    "We do not expect guaranteed follower numbers.",
    "Our goal is to reach 5,000 followers by next summer.",
    "Post at least 3 times a week.",
    "Report monthly on follower growth and engagement.",
    "We know no one can promise viral posts, and we won't ask you to.",
    "We currently have 1,200 followers on Instagram.",
    "There are no follower targets in this contract.",
    "Respond to at least 90% of comments within a day.",
    "The contractor must help us work towards 10,000 followers.",
    "We'd love for something to go viral, but no pressure.",
    "Our aim is to double our followers this year.",
    "We cannot guarantee you'll have photos every week.",
    "We guarantee payment within 30 days of invoice.",
    "The agency must increase engagement on Instagram.",
    "Proposals should state what follower growth you can guarantee.",
    "Produce a short monthly report on reach and follower growth.",
    "The contractor shall deliver the following:",
    "Flat roofs, slate, leadwork: 10-year guarantee on all new roofs.",
])
def test_no_guarantee(text):
    """Hopes, current figures, negated targets and work quotas are not guarantees."""
    assert prebid.guarantees(sents(text)) == ()


def test_guarantee_out_of_scope_is_ignored():
    """A guarantee listed under an exclusion heading is not asked for."""
    assert prebid.guarantees(sents(("heading", "Out of scope"), "Guaranteed follower numbers.")) == ()


def test_guarantee_in_payment_terms_is_found():
    """A fee tied to an outcome under a payment-terms heading is a guarantee, though the section is not the scope."""
    found = prebid.guarantees(sents(("heading", "Payment terms"), "Fees will be withheld if engagement falls below 5%."))
    assert [g.phrase for g in found] == ["withheld if engagement falls below 5%"]


# --- KPIs --------------------------------------------------------------------


@pytest.mark.parametrize("blocks,phrase", [
    (("Report monthly on reach, engagement rate and link clicks.",), "reach, engagement rate, link clicks"),
    (("KPIs: follower growth, engagement, website referrals.",), "follower growth, engagement, website referrals"),
    (("Monthly report to include impressions, video views and top posts.",), "impressions, video views"),
    (("Success will be measured by growth in followers and click-throughs to the booking page.",),
     "followers, click-throughs"),
    (("Track sentiment and share of voice each quarter.",), "sentiment, share of voice"),
    (("Each monthly report should cover:", ("list_item", "- reach and impressions")), "reach, impressions"),
    ((("table_row", "Metric | Target"), ("table_row", "Engagement rate | 3%")), "engagement rate"),
    (("A quarterly analytics summary (reach, saves, shares, profile visits).",), "reach, saves, shares, profile visits"),
    (("Report on reach and engagement, not follower counts.",), "reach, engagement"),
    (("A monthly results report: reach, clicks through to the valuation form, follower growth.",), "reach, clicks, follower growth"),
    (("One-page performance snapshot (reach, follows, booking-link taps)",), "reach, follows"),
    (("Short monthly report: followers, leads, which posts worked",), "followers, leads"),
    (("A monthly dashboard of reach, engagement, message volume and reply times.",),
     "reach, engagement, message volume, reply times"),
    (("We measure success by bookings and website visits from social.",), "bookings, website visits"),
])
def test_kpis(blocks, phrase):
    """The measures named for reporting are one phrase per sentence."""
    found = prebid.kpis(sents(*blocks))
    assert [k.phrase for k in found] == [phrase] and found[0].evidence[0].quote in said(blocks)


@pytest.mark.parametrize("text", [
    "Reply to comments and messages within one business day.",
    "Post three times a week on Instagram.",
    "Reach out to local partners for content.",
    "Proposals will be evaluated on experience and price.",
    "We don't need reports on likes or follower counts.",
    "Report on this engagement's progress at the monthly meeting.",
    "Help us reach more families in the district.",
    "You will report to Renée Castellanos, Communications Manager, and may contact program leads directly.",
    "The Chair reported that hall bookings fell by 18% in 2025.",
    "Run all three accounts, keep an eye on mentions, and send me a short report at the end of each month.",
    "Report any negative comments to the duty manager.",
    "A written performance report is due monthly, reviewed with the Head of Communications and Engagement.",
    "Auto-follow anyone who follows or tags the brokerage, to grow our numbers.",
    "The newsletter goes to about 9,500 subscribers and a short metrics summary is due monthly.",
])
def test_no_kpis(text):
    """Work on comments, 'reach out', bid scoring and refused reports name no measures."""
    assert prebid.kpis(sents(text)) == ()


def test_kpis_in_background_are_not_asked_for():
    """Measures named in the background describe the past, not what the plan asks to be reported."""
    assert prebid.kpis(sents(("heading", "Background"), "Last year we tracked reach and engagement in a spreadsheet.")) == ()


# --- renewal -----------------------------------------------------------------


@pytest.mark.parametrize("blocks,phrase", [
    (("The contract is renewable for two further one-year periods.",), "renewable for two further one-year periods"),
    (("The Council has the option to extend by 12 months.",), "option to extend by 12 months"),
    (("The agreement automatically renews each year unless either party gives 30 days' notice.",),
     "automatically renews each year unless either party gives 30 days' notice"),
    (("The contract may be extended at the Council's discretion.",), "may be extended at the Council's discretion"),
    (("3.2 The term is twelve (12) months, with up to two one-year renewals.",), "up to two one-year renewals"),
    (("Initial term of one year, with an option for two additional one-year terms.",),
     "option for two additional one-year terms"),
    (("After the trial we'd continue month to month if it's working.",), "continue month to month if it's working"),
    ((("table_row", "Extension | Up to 24 months by mutual agreement"),), "Extension | Up to 24 months by mutual agreement"),
    ((("heading", "Contract Terms"), "The contract may be extended by up to one year."),
     "may be extended by up to one year"),
    (("The Agreement shall automatically renew for successive one-year terms unless terminated.",),
     "shall automatically renew for successive one-year terms unless terminated"),
    (("We may extend the contract if funding allows.",), "may extend the contract if funding allows"),
    (("The term is two (2) years beginning October 1, 2025, with one optional renewal year.",), "one optional renewal year"),
    (("Six-month contract, renewable.",), "renewable"),
    (("Happy to go month to month.",), "go month to month"),
])
def test_renewal(blocks, phrase):
    """Renewal and extension terms of the contract are quoted."""
    found = prebid.renewal(sents(*blocks))
    assert found is not None and found.phrase == phrase and phrase in found.evidence[0].quote


@pytest.mark.parametrize("blocks", [
    ("Promote membership renewals in January.",),
    ("Extend our reach to new audiences.",),
    ("The proposal deadline may be extended by addendum.",),
    ("This contract is not renewable.",),
    ("The term is twelve months.",),
    ("Remind members to renew their subscriptions.",),
    ("Extended opening hours over Christmas should be promoted.",),
    (("heading", "Background"), "Our last agency contract was renewed twice."),
    ("There is no option to extend.",),
    ("Its research covers housing, ferries and renewable energy.",),
    ("2 posts a week on LinkedIn (tips, renewals reminders, claims explainers).",),
    ("Hours may be extended during the festival week.",),
    ("The contract will not be renewed automatically.",),
    ("The deadline for submissions may be extended at the City's discretion.",),
    ("Posting volume varies from month to month.",),
])
def test_no_renewal(blocks):
    """Customers' renewals, reach, bid deadlines and a term that cannot renew are not renewal terms."""
    assert prebid.renewal(sents(*blocks)) is None


def test_access_refused_then_given_in_one_sentence_is_given():
    """"We cannot give out passwords, but we will add you as an editor": the editor role is access."""
    found = prebid.account_access(sents("We cannot give out passwords, but we will add you as an editor via Meta Business Suite."))
    assert found.provided is True and "editor" in found.cue


@pytest.mark.parametrize("blocks,provided", [
    (("No one outside the Council is given login credentials, and page roles are never granted to contractors.",), False),
    (("We cannot give out passwords.", "But we will add you as an editor on the Facebook page."), True),
    (("We cannot share passwords; we will add you as an editor on each page instead.",), True),
])
def test_access_refusals_and_roles_in_order(blocks, provided):
    """A refusal stands unless something is given past a contrast; an editor role without passwords is access."""
    found = prebid.account_access(sents(*blocks))
    assert found.provided is provided and not found.partly


def test_assets_refused_and_given_in_one_sentence_are_given_in_part():
    found = prebid.brand_assets(sents("We will not provide logos or photos; we do provide the brand guidelines."))
    assert found.provided is True and found.partly
