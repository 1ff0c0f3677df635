using Attache.Events.Arguments;
using Attache.Events.Filters;
using Attache.Events.Passes;
using Attache.Events.Triggers;
using Attache.Extraction;
using Attache.Model;
using Attache.Serialization;

namespace Attache.Tests.Events;

/// <summary>
/// Each assembly rule on sentences written for these tests, in both languages: the trace names the rule that kept,
/// dropped or joined a trigger, and where each field came from.
/// </summary>
public class AssemblyRuleTests
{
    private static readonly Extractor Engine = new();

    private static ExtractionResult Explain(string text) => Engine.Explain(new Document("t", text, Published: new DateOnly(2025, 3, 4)));

    /// <summary>The trace entry of the first candidate whose phrase is <paramref name="trigger"/>.</summary>
    private static TraceEntry Entry(ExtractionResult r, string trigger) =>
        r.Trace!.Entries.FirstOrDefault(e => e.Trigger == trigger)
        ?? throw new Xunit.Sdk.XunitException($"no candidate '{trigger}' in [{string.Join(", ", r.Trace!.Entries.Select(e => $"{e.Trigger}: {e.Decision} by {e.Rule}"))}]");

    private static void AssertDropped(string text, string trigger, string rule)
    {
        var r = Explain(text);
        var e = Entry(r, trigger);
        Assert.True(e.Decision == TraceDecision.Dropped && e.Rule == rule, $"'{trigger}': {e.Decision} by {e.Rule} ({e.Reason}), expected dropped by {rule}");
        Assert.Null(e.Event);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
    }

    private static void AssertJoined(string text, string trigger, string rule, int index = 0)
    {
        var r = Explain(text);
        var e = r.Trace!.Entries.Where(x => x.Trigger == trigger).Last();
        Assert.True(e.Decision == TraceDecision.Joined && e.Rule == rule, $"'{trigger}': {e.Decision} by {e.Rule} ({e.Reason}), expected joined by {rule}");
        Assert.Equal(index, e.Event);
    }

    private static FieldOrigin Source(ExtractionResult r, int ev, string field) => r.Trace!.Sources[ev].Single(o => o.Field == field);

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long will visit Japan next month to meet Japanese Defence Minister Kenji Sato.", "visit")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, effectuera une visite officielle au Japon le mois prochain.", "visite officielle")]
    public void FutureOrProposed_DropsAPlannedVisit_AndNamesItself(string text, string trigger) => AssertDropped(text, trigger, nameof(FutureOrProposed));

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long did not hold talks with Japanese Defence Minister Kenji Sato in Tokyo.", "hold talks")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, n'a pas rencontré le ministre japonais de la Défense Kenji Sato.", "rencontré")]
    public void Negated_DropsTalksThatDidNotTakePlace(string text, string trigger) => AssertDropped(text, trigger, nameof(Negated));

    [Theory]
    [InlineData("A joint naval exercise between the Royal Thai Navy and the Indian Navy in the Andaman Sea, planned for early March, has been postponed.", "joint naval exercise")]
    [InlineData("Les entretiens entre les chefs d'état-major marocain et mauritanien, qui devaient se tenir lundi à Nouakchott, n'ont pas eu lieu.", "entretiens")]
    public void Negated_DropsAnOccasionTheSentenceCallsOffLater(string text, string trigger) => AssertDropped(text, trigger, nameof(Negated));

    [Theory]
    [InlineData("The navies of Vietnam and Japan hold annual joint exercises in the South China Sea.", "joint exercises")]
    [InlineData("Les marines du Vietnam et du Japon organisent chaque année des exercices conjoints.", "exercices conjoints")]
    public void Habitual_DropsAPractice(string text, string trigger) => AssertDropped(text, trigger, nameof(Habitual));

    [Theory]
    [InlineData("The Russian corvette Sovershenny arrived in Colombo on 2 March 2025. It is the ninth port call of the year in Colombo, after that of JS Akizuki.", "port call")]
    [InlineData("La corvette russe Sovershenny est arrivée à Colombo le 2 mars 2025. Il s'agit de la neuvième escale de l'année à Colombo, après celle du JS Akizuki.", "escale")]
    public void CountOfTheYear_DropsACountedRestatement(string text, string trigger) => AssertDropped(text, trigger, nameof(CountOfTheYear));

    [Theory]
    [InlineData("Vietnamese Trade Minister Tran Van Long held talks with Japanese Trade Minister Kenji Sato in Hanoi on rice exports.", "held talks")]
    [InlineData("Le ministre vietnamien du Commerce Tran Van Long a reçu le ministre japonais du Commerce Kenji Sato à Hanoi le 3 mars.", "a reçu")]
    public void OutOfDefenseScope_DropsTradeTalks(string text, string trigger) => AssertDropped(text, trigger, nameof(OutOfDefenseScope));

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long attended an exercise of the Vietnamese army in Ha Tinh on March 3.", "exercise")]
    [InlineData("Le ministre vietnamien de la Défense a assisté à un exercice de l'armée vietnamienne à Ha Tinh le 3 mars.", "exercice")]
    public void BareDomesticExercise_DropsAnExerciseOfOneCountry(string text, string trigger) => AssertDropped(text, trigger, nameof(BareDomesticExercise));

    [Theory]
    [InlineData("The defence ministry said the visit was useful.", "visit")]
    [InlineData("Le ministère de la Défense a indiqué que la visite était utile.", "visite")]
    public void NoForeignParty_DropsAWeakTriggerWithNoOneForeign(string text, string trigger) => AssertDropped(text, trigger, nameof(NoForeignParty));

    [Theory]
    [InlineData("The Vietnamese navy held the opening ceremony of its new headquarters in Hanoi on March 3 with Japanese defence officers.", "opening ceremony")]
    [InlineData("La marine vietnamienne a organisé la cérémonie d'ouverture de son nouveau siège à Hanoi le 3 mars en présence d'officiers japonais de la Défense.", "cérémonie d'ouverture")]
    public void CourseWithoutCue_DropsACeremonyThatIsNoCourse(string text, string trigger) => AssertDropped(text, trigger, nameof(CourseWithoutCue));

    [Theory]
    [InlineData("Vietnam and Japan defence officials said the visit seeks to deepen defence ties.", "visit")]
    [InlineData("Les responsables de la défense du Vietnam et du Japon ont déclaré que la visite vise à renforcer les liens.", "visite")]
    public void GenericStatement_DropsAVisitWithNothingOfItsOwn(string text, string trigger) => AssertDropped(text, trigger, nameof(GenericStatement));

    [Theory]
    [InlineData("Les ministères de la Défense du Vietnam et de l'Inde travaillent pour préparer le 12e dialogue sur la politique de défense en décembre.", "dialogue sur la politique de défense")]
    [InlineData("The defence ministries of Vietnam and India are working to prepare for the 12th Defence Policy Dialogue in December.", "Defence Policy Dialogue")]
    public void FutureOrProposed_DropsASessionAnAimGoverns(string text, string trigger) => AssertDropped(text, trigger, nameof(FutureOrProposed));

    [Theory]
    [InlineData("Vietnam and Japan have maintained the Defence Policy Dialogue for years, the defence ministry said.", "Defence Policy Dialogue")]
    [InlineData("Les deux pays ont engagé cette année un dialogue stratégique avec l'objectif de signer rapidement un accord de défense.", "dialogue stratégique")]
    [InlineData("The two countries launched a strategic dialogue on defence in 2021 with the aim of a quick agreement.", "strategic dialogue")]
    public void MechanismInPassing_DropsAMechanismNamedWithoutASession(string text, string trigger) =>
        AssertDropped(text, trigger, nameof(MechanismInPassing));

    [Fact]
    public void ShipVisitInPortCall_JoinsAShipsVisitToItsPortCall() =>
        AssertJoined("The Japanese destroyer Ikazuchi made a port call at Cam Ranh, Vietnam, on March 3. The visit of the Japanese destroyer strengthens Vietnam-Japan naval ties.",
            "visit", nameof(ShipVisitInPortCall));

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
        + "At the talks, the two ministers agreed to deepen defence cooperation.", "talks")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, a reçu le ministre japonais de la Défense Kenji Sato à Hanoi le 3 mars. "
        + "Lors de la rencontre, les deux ministres ont discuté de la coopération en matière de défense.", "rencontre")]
    public void AnaphoricMention_JoinsAMentionOfTheTalksToThem(string text, string trigger) => AssertJoined(text, trigger, nameof(AnaphoricMention));

    [Fact]
    public void OneEventPerGroup_JoinsASecondConsultWordOfTheSentence() =>
        AssertJoined("Le ministre vietnamien de la Défense, le général Tran Van Long, a reçu le ministre japonais de la Défense Kenji Sato à Hanoi le 3 mars. "
            + "Lors de la rencontre, les deux ministres ont discuté de la coopération en matière de défense.", "ont discuté", nameof(OneEventPerGroup));

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
        + "Tran Van Long and Kenji Sato held talks on March 3 in Hanoi on defence industry.", "held talks")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, a reçu le ministre japonais de la Défense Kenji Sato à Hanoi le 3 mars. "
        + "Le général Tran Van Long a reçu Kenji Sato le 3 mars à Hanoi.", "a reçu")]
    public void MergeRepeatedMentions_JoinsARepeatedMention(string text, string trigger)
    {
        AssertJoined(text, trigger, nameof(MergeRepeatedMentions));
        Assert.Single(Explain(text).Events);
    }

    [Fact]
    public void MeetingInSession_JoinsAWeakMeetingToTheCallOfItsDay()
    {
        const string text = "date 2022-10-05 Saudi Defence Minister Khalid Al-Faisal discussed the partnership with his American counterpart John Carter on Tuesday.\n"
            + "The Saudi defence minister said he had received a phone call from Mr Carter on Tuesday, during which they discussed defence co-operation.";
        var r = Explain(text);
        Assert.Equal(EventType.PhoneCall, Assert.Single(r.Events).Type);
        Assert.Contains(r.Trace!.Entries, e => e.Decision == TraceDecision.Joined && e.Rule == nameof(MeetingInSession));
    }

    [Theory]
    [InlineData("Le 12 mars 2019, le général Tran Van Minh a accueilli le vice-ministre australien de la Défense, Peter Hall, à l'occasion de la cinquième réunion du dialogue de défense.", "a accueilli")]
    [InlineData("On March 12, 2019, General Tran Van Minh received Australian Deputy Defence Secretary Peter Hall on the occasion of the fifth defence policy dialogue.", "received")]
    public void MeetingAtSession_DropsTalksHeldOnTheOccasionOfASession(string text, string trigger)
    {
        AssertDropped(text, trigger, nameof(MeetingAtSession));
        var r = Explain(text);
        var session = Assert.Single(r.Events);
        Assert.Equal(EventType.Dialogue, session.Type);
        Assert.Equal(5, session.Mechanism?.Edition);
        Assert.Equal(2, session.Participants.Count);
    }

    [Theory]
    [InlineData("date 2023-05-10 Le ministre japonais de la Défense Ken Ishida s'exprime lors d'une réunion avec ses homologues australiens à Tokyo mardi.\nLe Japon et l'Australie ont tenu mardi à Tokyo leur septième réunion deux plus deux des ministres des Affaires étrangères et de la Défense.", "réunion")]
    [InlineData("date 2023-05-10 Japanese Defence Minister Ken Ishida spoke at a meeting of Japanese and Australian ministers in Tokyo on Tuesday.\nJapan and Australia held their seventh two plus two meeting of foreign and defence ministers in Tokyo on Tuesday.", "meeting")]
    public void MeetingInSession_JoinsAWeakMeetingToTheSessionOfItsDay(string text, string trigger)
    {
        var r = Explain(text);
        Assert.Single(r.Events);
        Assert.Equal(EventType.Dialogue, r.Events[0].Type);
        Assert.Equal(7, r.Events[0].Mechanism?.Edition);
        Assert.Contains(r.Trace!.Entries, e => e.Trigger == trigger && e.Decision == TraceDecision.Joined && e.Rule == nameof(MeetingInSession));
    }

    [Fact]
    public void FoldShipVisits_JoinsAShipsArrivalToThePortCallOfItsSentence() =>
        AssertJoined("A Japanese naval task group arrived in Cam Ranh, Vietnam, on March 3 for a port call.", "arrived in", nameof(FoldShipVisits));

    [Theory]
    [InlineData("Indonesian and Australian troops began a joint exercise in East Java on 3 September. Soldiers from New Zealand and Fiji are also taking part.", "AUS,FJI,IDN,NZL")]
    [InlineData("Les armées sénégalaise et française ont lancé le 6 mars un exercice conjoint à Thiès. Des soldats maliens y prennent également part.", "FRA,MLI,SEN")]
    [InlineData("Indonesian and Australian troops began a joint exercise in East Java on 3 September. New Zealand's defence minister visited Fiji in May.", "AUS,IDN")]
    public void ExerciseParticipants_AddsTheCountriesALaterSentenceSaysTakePart(string text, string countries)
    {
        var r = Explain(text);
        Assert.Equal(countries, string.Join(",", Assert.Single(r.Events, e => e.Type == EventType.Exercise).Countries));
        Assert.Equal(countries.Length > 7, r.Trace!.Entries.Any(e => e.Steps.Any(s => s.Rule == nameof(ExerciseParticipants))));
    }

    [Theory]
    [InlineData("The 10th Vietnam-Japan Defence Policy Dialogue was held in Hanoi on March 3. The 9th Defence Policy Dialogue took place in Tokyo.")]
    public void EditionOrder_DropsALowerEditionWithNoMonth(string text)
    {
        var r = Explain(text);
        var lower = r.Trace!.Entries.Where(e => e.Trigger == "Defence Policy Dialogue").Last();
        Assert.Equal((TraceDecision.Dropped, nameof(EditionOrder)), (lower.Decision, lower.Rule));
        Assert.Equal(10, Assert.Single(r.Events).Mechanism?.Edition);
    }

    [Theory]
    [InlineData("Twelve Kenyan officers completed a two-week mine clearance course run by British instructors in Nairobi on 3 March 2025.", "completed", true)]
    [InlineData("Des officiers béninois ont suivi du 3 au 14 mars 2025 à Cotonou une formation au déminage dispensée par des instructeurs belges.", "ont suivi", true)]
    [InlineData("The Kenyan delegation completed a four-day visit to the British Army Training Unit in Nanyuki on 3 March 2025.", "completed", false)]
    public void CourseWithoutCue_KeepsAPlainVerbOnlyWithACourseAsItsObject(string text, string trigger, bool kept)
    {
        var e = Entry(Explain(text), trigger);
        Assert.Equal(kept, e.Rule != nameof(CourseWithoutCue));
    }

    [Fact]
    public void OpeningOfTheExercise_DropsTheCourseReadingOfAnOpening()
    {
        var r = Explain("Mongolian and US troops opened the multinational peacekeeping exercise Golden Steppe at the Tavan Tolgoi training area on 2 March 2025.");
        Assert.Equal((TraceDecision.Dropped, TriggerCandidates.OpeningOfTheExercise), (Entry(r, "opened").Decision, Entry(r, "opened").Rule));
        Assert.Equal(EventType.Exercise, Assert.Single(r.Events).Type);
    }

    [Fact]
    public void CallWasTheTalks_DropsTheMeetingOfACall()
    {
        var r = Explain("Vietnamese Defence Minister General Tran Van Long held talks by phone with Japanese Defence Minister Kenji Sato on March 3.");
        Assert.Equal((TraceDecision.Dropped, TriggerCandidates.CallWasTheTalks), (Entry(r, "held talks").Decision, Entry(r, "held talks").Rule));
        Assert.Equal(EventType.PhoneCall, Assert.Single(r.Events).Type);
    }

    [Theory]
    [InlineData("Vietnam and Japan defence ministries have signed five agreements since 2010.", "have signed")]
    [InlineData("Les ministères de la Défense du Vietnam et du Japon ont signé cinq accords depuis 2010.", "ont signé")]
    public void DateRule_DropsATally(string text, string trigger) => AssertDropped(text, trigger, nameof(DateRule));

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long visited Japan in 2019.", "visited")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, a effectué une visite officielle au Japon en 2019.", "a effectué une visite")]
    public void StatusRule_DropsAnEarlierEventKnownOnlyByItsYear(string text, string trigger) => AssertDropped(text, trigger, nameof(StatusRule));

    [Fact]
    public void StatusRule_MakesAnEarlierMonthBackground()
    {
        var r = Explain("The Japanese Defence Minister Kenji Sato visited Vietnam in March 2024, and Vietnamese Defence Minister Tran Van Long received him in Hanoi.");
        Assert.All(r.Events, e => Assert.Equal(EventStatus.Background, e.Status));
        Assert.Equal(nameof(StatusRule), Source(r, 0, "status").Rule);
    }

    [Theory]
    [InlineData("Japanese Defence Minister Kenji Sato held talks with the defence ministry in Tokyo on March 3.", "held talks")]
    [InlineData("Le ministre japonais de la Défense Kenji Sato a reçu les responsables du ministère à Tokyo le 3 mars.", "a reçu")]
    public void PartiesRule_DropsAnEventWithOneCountry(string text, string trigger) => AssertDropped(text, trigger, nameof(PartiesRule));

    [Theory]
    [InlineData("Defence Minister Arvind Kulkarni arrived in Tokyo on March 3 for a three-day official visit to Japan, the first by an Indian defence minister since 2019.", "visit", "JPN", "Arvind Kulkarni")]
    [InlineData("La frégate française Surcouf, commandée par le capitaine de vaisseau Paul Verrier, a fait escale le 3 mars au port de Manille, aux Philippines, pour une visite de quatre jours.", "port_call", "PHL", "Paul Verrier")]
    public void ParticipantsRule_PutsVisitorsWithoutACountryOnTheSideThatIsNotVisited(string text, string type, string visited, string visitor)
    {
        var r = Explain(text);
        var e = Assert.Single(r.Events, x => EventJson.Name(x.Type) == type);
        Assert.Equal(visited, e.Location?.Country);
        var p = Assert.Single(e.Participants, x => x.Name == visitor);
        Assert.Equal(Assert.Single(e.Countries, c => c != visited), p.Country);
    }

    private const string TalksInHanoi = "Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3 on defence industry.";

    [Fact]
    public void TheArgumentRules_EachGiveTheirFieldWithItsEvidence()
    {
        var r = Explain(TalksInHanoi);
        Assert.Single(r.Events);
        var text = TalksInHanoi;
        string At(string field) => Source(r, 0, field).Span is { } s ? text[s.Start..s.End] : "";
        Assert.Equal((nameof(DateRule), "March 3"), (Source(r, 0, "date").Rule, At("date")));
        Assert.Equal((nameof(PlaceRule), "Hanoi"), (Source(r, 0, "location").Rule, At("location")));
        Assert.Equal(nameof(ParticipantsRule), Source(r, 0, "participants").Rule);
        Assert.Equal(nameof(PartiesRule), Source(r, 0, "countries").Rule);
        Assert.Contains("JPN", Source(r, 0, "countries").Reason, StringComparison.Ordinal);
        Assert.Equal(nameof(MechanismRule), Source(r, 0, "mechanism").Rule);
        Assert.Equal((nameof(AreasRule), "defence industry"), (Source(r, 0, "areas").Rule, At("areas")));
        Assert.Equal(nameof(StatusRule), Source(r, 0, "status").Rule);
        Assert.Equal("held talks", At("type"));
    }

    [Fact]
    public void MechanismRule_GivesTheSessionsNameAndEdition()
    {
        const string text = "Le 10e Dialogue sur la politique de défense Vietnam-Japon s'est tenu à Hanoi le 3 mars.";
        var r = Explain(text);
        var m = Source(r, 0, "mechanism");
        Assert.Equal(nameof(MechanismRule), m.Rule);
        Assert.Equal("Dialogue sur la politique de défense Vietnam-Japon", text[m.Span!.Value.Start..m.Span.Value.End]);
        Assert.Equal(10, r.Events[0].Mechanism?.Edition);
    }

    [Theory]
    [InlineData("Les ministres de la Défense français et australien ont tenu le 3 mars à Canberra la cinquième session du dialogue stratégique franco-australien.", "dialogue stratégique franco-australien", 5)]
    [InlineData("The French and Australian defence ministers held the 5th session of the Strategic Dialogue in Canberra on March 3.", "Strategic Dialogue", 5)]
    public void MechanismRule_ASessionOfAMechanismIsNamedAfterIt(string text, string name, int edition)
    {
        var r = Explain(text);
        Assert.Equal(name, r.Events[0].Mechanism?.Name);
        Assert.Equal(edition, r.Events[0].Mechanism?.Edition);
    }

    [Fact]
    public void UndatedNewsRule_AndBorrowedParticipants_FillAHeadline()
    {
        var r = Explain("Vietnamese defence minister receives Japanese counterpart in Hanoi. "
            + "Japanese Defence Minister Kenji Sato is on his first trip abroad since taking office; Vietnamese Defence Minister General Tran Van Long praised the partnership.");
        Assert.Equal(nameof(UndatedNewsRule), Source(r, 0, "date").Rule);
        Assert.Equal("2025-03-04", r.Events[0].Date?.ToString());
        Assert.Equal(nameof(BorrowedParticipants), Source(r, 0, "participants").Rule);
    }

    [Fact]
    public void FilledPlaces_PlacesAnEventItsSentenceDoesNotByTheDateline()
    {
        var r = Explain("Hanoi (VNA) – Vietnamese Defence Minister General Tran Van Long received Japanese Defence Minister Kenji Sato on March 3.");
        Assert.Equal("Hanoi", r.Events[0].Location?.City);
        Assert.Equal(nameof(FilledPlaces), Source(r, 0, "location").Rule);
    }

    [Fact]
    public void MergeRepeatedMentions_AHeadlineDatedOnlyByTheDispatchTakesTheDayItsReportGives()
    {
        // The headline has the dispatch's day (4 March) only for want of its own; the report says 3 March.
        var r = Explain("Vietnamese defence minister receives Japanese counterpart. "
            + "Vietnamese Defence Minister General Tran Van Long received Japanese Defence Minister Kenji Sato in Hanoi on March 3.");
        Assert.Single(r.Events);
        Assert.Equal("2025-03-03", r.Events[0].Date?.ToString());
        Assert.Equal(nameof(DateRule), Source(r, 0, "date").Rule);
        Assert.Equal(nameof(MergeRepeatedMentions), Source(r, 0, "participants").Rule);
    }

    [Fact]
    public void FilledDates_DatesAnUndatedHeadlineFromTheSentenceAfter()
    {
        // With no date of the dispatch, nothing dates the headline before the sentence after it.
        var r = Engine.Explain(new Document("t", "Vietnamese defence minister receives Japanese counterpart. "
            + "On March 3, 2025, in Hanoi, the ministers discussed defence industry."));
        Assert.Contains(r.Trace!.Sources, s => s.Single(o => o.Field == "date").Rule == nameof(FilledDates));
    }

    [Theory]
    [InlineData("La ministre des Armées, Claire Fontaine, et Paul Girard, ministre des Affaires étrangères, étaient le 3 mars à Séoul pour des entretiens avec leurs homologues sud-coréens.", "Paul Girard")]
    [InlineData("Defence Minister Claire Fontaine of France and Foreign Minister Paul Girard held talks in Seoul on March 3 with their South Korean counterparts.", "Paul Girard")]
    public void ParticipantsRule_LeavesTheSideOfUnnamedCounterpartsToNoOne(string text, string name)
    {
        // The other side is there only as "their counterparts": who is named without a country is not of it.
        var e = Explain(text).Events.Single();
        Assert.Equal(["FRA", "KOR"], e.Countries);
        Assert.NotEqual("KOR", e.Participants.Single(p => p.Name == name).Country);
    }

    [Theory]
    [InlineData("Indonesian Defence Minister Agus Prasetyo held talks with his Australian counterpart Mark Ellison in Jakarta on March 3. "
        + "The two ministers then signed a memorandum of understanding on maritime security cooperation.")]
    [InlineData("Le ministre marocain de la Défense, Karim Benali, s'est entretenu le 3 mars à Rabat avec son homologue espagnol, Luis Ortega. "
        + "Ils ont ensuite signé un accord de coopération dans le domaine de la formation militaire.")]
    public void SignersFromTalks_GivesANamelessSigningThePeopleOfTheTalksBefore(string text)
    {
        var r = Explain(text);
        var signing = r.Events.Single(e => e.Type == EventType.Agreement);
        Assert.Equal(r.Events.Single(e => e.Type == EventType.Meeting).Participants.Select(p => p.Name), signing.Participants.Select(p => p.Name));
        Assert.Equal(nameof(SignersFromTalks), Source(r, r.Events.ToList().IndexOf(signing), "participants").Rule);
    }

    [Fact]
    public void SignersFromTalks_LeavesASigningNamedByOthersAlone()
    {
        // "The two navies" are not people: the signing stays without signers rather than borrowing the ministers.
        var r = Explain("Indonesian Defence Minister Agus Prasetyo held talks with his Australian counterpart Mark Ellison in Jakarta on March 3. "
            + "The two navies later signed a memorandum of understanding on maritime security cooperation.");
        var signing = r.Events.SingleOrDefault(e => e.Type == EventType.Agreement);
        Assert.True(signing is null || signing.Participants.Count == 0);
    }

    [Theory]
    [InlineData("Vietnamese Defence Minister General Tran Van Long held talks with Japanese Defence Minister Kenji Sato in Hanoi on March 3. "
        + "During the courtesy call, the two ministers discussed defence industry.", "courtesy call")]
    [InlineData("Le ministre vietnamien de la Défense, le général Tran Van Long, a reçu le ministre japonais de la Défense Kenji Sato à Hanoi le 3 mars. "
        + "Lors de cet entretien, les deux ministres ont évoqué l'industrie de défense.", "entretien")]
    public void DefiniteNoun_CountsARecalledTalksNounAsWeak_WhichThenJoinsTheTalks(string text, string trigger)
    {
        var e = Entry(Explain(text), trigger);
        Assert.Equal([nameof(DefiniteNoun), nameof(AnaphoricMention)], e.Steps.Select(s => s.Rule));
        Assert.Equal((TraceDecision.Joined, 0), (e.Decision, e.Event));
    }

    [Fact]
    public void EventFamilies_IsTheOneTableTheRecordUses()
    {
        foreach (var type in Enum.GetValues<EventType>())
            Assert.Equal(EventFamilies.Name(EventFamilies.Of(type)), Attache.Record.EventMatcher.Family(type));
        Assert.Equal(EventFamily.Consult, EventFamilies.Of(EventType.PhoneCall));
        Assert.Equal(EventFamily.Cooperate, EventFamilies.Of(EventType.PortCall));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("004")]
    public void OnTheSeeds_EveryCandidateHasADecision_EverySpanIsInsideTheText_AndEveryEventHasASourcePerField(string seed)
    {
        var text = Attache.Tests.Extraction.SeedFixtureTests.SeedText(seed);
        var r = Engine.Explain(new Document(seed, text));
        Assert.NotEmpty(r.Trace!.Entries);
        foreach (var e in r.Trace.Entries)
        {
            Assert.InRange(e.Span.Start, 0, e.Span.End);
            Assert.InRange(e.Span.End, e.Span.Start, text.Length);
            Assert.Equal(text[e.Span.Start..e.Span.End], e.Trigger);
            Assert.NotEmpty(e.Steps);
            if (e.Decision == TraceDecision.Kept) Assert.NotNull(e.Event);
            if (e.Event is int i) Assert.InRange(i, 0, r.Events.Count - 1);
        }
        Assert.Equal(r.Events.Count, r.Trace.Sources.Count);
        for (var i = 0; i < r.Events.Count; i++)
        {
            Assert.Contains(r.Trace.Entries, e => e.Decision == TraceDecision.Kept && e.Event == i);
            Assert.Equal(["type", "date", "location", "countries", "participants", "mechanism", "areas", "status"], r.Trace.Sources[i].Select(o => o.Field));
            foreach (var o in r.Trace.Sources[i])
            {
                Assert.False(string.IsNullOrEmpty(o.Rule), $"event {i}: no rule for {o.Field}");
                if (o.Span is { } s) Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= text.Length, $"event {i}: {o.Field} span {s} outside the text");
            }
        }
        // The same events as without the trace.
        Assert.Equal(Attache.Serialization.EventJson.ToJsonLine(Engine.Extract(new Document(seed, text))),
            Attache.Serialization.EventJson.ToJsonLine(r with { Trace = null }));
    }

    [Fact]
    public void Seed000_KeepsTheDialogue_AndJoinsItsRepeatedMentions()
    {
        var r = Engine.Explain(new Document("000", Attache.Tests.Extraction.SeedFixtureTests.SeedText("000")));
        var kept = Assert.Single(r.Trace!.Entries, e => e.Decision == TraceDecision.Kept);
        Assert.Equal(EventType.Dialogue, r.Events[kept.Event!.Value].Type);
        Assert.Contains(r.Trace.Entries, e => e.Decision == TraceDecision.Joined && e.Event == kept.Event);
    }
}
